internal import CAubio

// The one owner of each kind of aubio object: each frees its object in `deinit`.

/// The one owner of an `aubio_tempo_t` (aubio's beat tracker).
final class AubioTempoBox {
    let pointer: OpaquePointer

    /// A tracker using onset `method` over `bufferSize`-sample windows, `hopSize` apart; nil
    /// when aubio refuses the settings.
    init?(method: String, bufferSize: Int, hopSize: Int, sampleRate: Int) {
        guard let tempo = new_aubio_tempo(method, UInt32(bufferSize), UInt32(hopSize), UInt32(sampleRate)) else {
            return nil
        }
        pointer = tempo
    }

    deinit { del_aubio_tempo(pointer) }
}

/// The one owner of an `fvec_t` (aubio's vector of samples).
final class AubioVectorBox {
    let pointer: UnsafeMutablePointer<fvec_t>

    /// A vector of `length` zeros; nil when aubio cannot allocate it.
    init?(length: Int) {
        guard let vector = new_fvec(UInt32(length)) else { return nil }
        pointer = vector
    }

    deinit { del_fvec(pointer) }
}
