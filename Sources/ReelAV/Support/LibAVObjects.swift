internal import CFFmpeg

// The one owner of each kind of libav object. Each box takes its object the moment it exists
// and frees it in `deinit`, so whichever way the code that made it leaves — a return, a throw
// half-way through an initialiser — the object is freed exactly once. Nothing else in ReelAV
// frees these objects.

/// The one owner of an `AVFrame` (and, through it, a reference to its data buffers).
final class AVFrameBox {
    let pointer: UnsafeMutablePointer<AVFrame>

    init() throws {
        guard let frame = av_frame_alloc() else { throw AVError.outOfMemory("av_frame_alloc") }
        pointer = frame
    }

    deinit {
        var frame: UnsafeMutablePointer<AVFrame>? = pointer
        av_frame_free(&frame)
    }
}

/// The one owner of an `AVPacket` (and the data it references).
final class AVPacketBox {
    let pointer: UnsafeMutablePointer<AVPacket>

    init() throws {
        guard let packet = av_packet_alloc() else { throw AVError.outOfMemory("av_packet_alloc") }
        pointer = packet
    }

    deinit {
        var packet: UnsafeMutablePointer<AVPacket>? = pointer
        av_packet_free(&packet)
    }
}

/// The one owner of an `AVCodecContext` (encoder or decoder), open or not.
final class AVCodecContextBox {
    let pointer: UnsafeMutablePointer<AVCodecContext>

    /// Allocates a context for `codec` with its defaults; nothing is opened yet.
    init(_ codec: UnsafePointer<AVCodec>) throws {
        guard let context = avcodec_alloc_context3(codec) else { throw AVError.outOfMemory("avcodec_alloc_context3") }
        pointer = context
    }

    deinit {
        var context: UnsafeMutablePointer<AVCodecContext>? = pointer
        avcodec_free_context(&context)
    }
}

/// The one owner of a demuxing `AVFormatContext` opened with `avformat_open_input` (and the
/// `AVIOContext` libav opened for it).
final class AVFormatInputBox {
    let pointer: UnsafeMutablePointer<AVFormatContext>

    /// Opens `path` and reads its header.
    ///
    /// - Throws: `AVError` with libav's code (e.g. `AVERROR(EACCES)`), for the caller to explain.
    init(path: String) throws {
        var context: UnsafeMutablePointer<AVFormatContext>?
        let rc = avformat_open_input(&context, path, nil, nil)  // frees and clears `context` on failure
        guard rc >= 0, let context else {
            throw AVError(libav: rc < 0 ? rc : reel_averror(ENOMEM), "avformat_open_input", path: path)
        }
        pointer = context
    }

    deinit {
        var context: UnsafeMutablePointer<AVFormatContext>? = pointer
        avformat_close_input(&context)
    }
}

/// The one owner of a muxing `AVFormatContext` and the output `AVIOContext` it writes through
/// (`pb`, opened later with `avio_open`).
final class AVFormatOutputBox {
    let pointer: UnsafeMutablePointer<AVFormatContext>

    /// Allocates a muxer of `format` (e.g. `"mp4"`) for `path`; no file is opened yet.
    init(format: String, path: String) throws {
        var context: UnsafeMutablePointer<AVFormatContext>?
        try check(avformat_alloc_output_context2(&context, nil, format, path),
                  "avformat_alloc_output_context2", path: path)
        guard let context else { throw AVError.outOfMemory("avformat_alloc_output_context2").at(path) }
        pointer = context
    }

    /// Closes the output file now, reporting what closing it says (the last buffered bytes
    /// are written here); `deinit` then has only the context left to free.
    func closeOutput(path: String) throws {
        try check(avio_closep(&pointer.pointee.pb), "avio_closep", path: path)
    }

    deinit {
        if pointer.pointee.pb != nil { avio_closep(&pointer.pointee.pb) }
        avformat_free_context(pointer)
    }
}

/// The one owner of a `SwrContext` (libswresample), configured but not yet initialised.
final class SwrContextBox {
    let pointer: OpaquePointer

    /// Allocates a resampler from the input layout, sample format and rate to the output ones.
    init(outLayout: UnsafeMutablePointer<AVChannelLayout>, outFormat: AVSampleFormat, outRate: Int32,
         inLayout: UnsafeMutablePointer<AVChannelLayout>, inFormat: AVSampleFormat, inRate: Int32,
         path: String? = nil) throws {
        var context: OpaquePointer?
        // On failure libswresample frees what it allocated and clears `context`.
        let rc = swr_alloc_set_opts2(&context, outLayout, outFormat, outRate, inLayout, inFormat, inRate, 0, nil)
        guard rc >= 0, let context else {
            throw AVError(libav: rc < 0 ? rc : reel_averror(ENOMEM), "swr_alloc_set_opts2", path: path)
        }
        pointer = context
    }

    deinit {
        var context: OpaquePointer? = pointer
        swr_free(&context)
    }
}
