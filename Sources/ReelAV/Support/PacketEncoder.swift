internal import CFFmpeg

/// An encoder's codec context and the packet it fills, with the one loop that sends a frame
/// and drains every packet that comes out. The H.264 and AAC encoders both run through it.
///
/// Both C objects have their owners from the moment they exist, so an encoder whose setup
/// fails half-way frees them as it unwinds.
final class PacketEncoder {
    /// The codec context: configured by the encoder that holds it, then opened with `open`.
    let context: AVCodecContextBox
    private let packet: AVPacketBox
    private let sendOperation: StaticString
    private let receiveOperation: StaticString

    /// Allocates the context and the packet for `codec`; `sendOperation` and `receiveOperation`
    /// name the two libav calls in errors (e.g. `"avcodec_send_frame (aac)"`).
    init(codec: UnsafePointer<AVCodec>, sendOperation: StaticString, receiveOperation: StaticString) throws {
        context = try AVCodecContextBox(codec)
        packet = try AVPacketBox()
        self.sendOperation = sendOperation
        self.receiveOperation = receiveOperation
    }

    /// Sends one frame (or `nil`: the end of the input) and hands every packet that comes out
    /// to `sink`, in the encoder's output order.
    ///
    /// The packet is only valid during the call; the sink may take its data (e.g.
    /// `av_interleaved_write_frame`). It is blanked afterwards, even when the sink throws.
    func send(_ frame: UnsafeMutablePointer<AVFrame>?,
              into sink: (UnsafeMutablePointer<AVPacket>) throws -> Void) throws {
        let c = context.pointer
        let p = packet.pointer
        try check(avcodec_send_frame(c, frame), sendOperation)
        while true {
            let rc = avcodec_receive_packet(c, p)
            if rc == reel_averror_eagain() || rc == reel_averror_eof() { return }
            try check(rc, receiveOperation)
            defer { av_packet_unref(p) }
            try sink(p)
        }
    }
}
