import Foundation

/// Generated music with known beats, for measuring beat tracking: drums, a bass line, a
/// sustained pad of chords louder than the drums, swing hats, an intro without a pulse.
/// Everything is computed from fixed seeds, so each piece is the same on every run.
struct MusicMaterial {
    let name: String
    let samples: [Float]
    /// Where a listener taps, ms.
    let beatsMs: [Double]
    static let rate = 48_000

    /// Hits in the drum layer.
    struct Drums: OptionSet {
        let rawValue: Int
        static let click = Drums(rawValue: 1)
        static let kick = Drums(rawValue: 2)
        static let snare = Drums(rawValue: 4)
        /// Eighth-note hats, swung (the off-beat at 2/3 of the beat).
        static let swingHats = Drums(rawValue: 8)
        /// Sixteenth-note hats with syncopated accents.
        static let syncopatedHats = Drums(rawValue: 16)
        /// A hat half-way between beats.
        static let offbeatHats = Drums(rawValue: 32)
    }

    /// A piece at `bpm` whose drums start at `firstBeat` s; `padDB` is the pad's level over the
    /// drums' (RMS over the piece; nil: no pad); `bass` adds a bass line on and between beats;
    /// `intro` seconds of pad alone come first (the first beat moves after it).
    static func make(_ name: String, bpm: Double, seconds: Double = 30, firstBeat: Double = 0.25,
                     drums: Drums, padDB: Double?, bass: Bool = false, voice: Bool = false,
                     intro: Double = 0) -> MusicMaterial {
        let count = Int(seconds * Double(rate))
        let period = 60 / bpm
        let start = intro + firstBeat
        var beats: [Double] = []
        var t = start
        while t < seconds - 0.1 { beats.append(t); t += period }
        var drumLayer = [Float](repeating: 0, count: count)
        var noise = Noise(seed: 7)
        for (k, b) in beats.enumerated() {
            if drums.contains(.click) { add(&drumLayer, at: b) { x in 0.8 * sin(2 * .pi * 2000 * x) * exp(-x * 800) } }
            if drums.contains(.kick) && (!drums.contains(.snare) || k % 2 == 0) { add(&drumLayer, at: b, length: 0.25) { kick($0) } }
            if drums.contains(.snare) && k % 2 == 1 {
                add(&drumLayer, at: b, length: 0.2) { x in (0.3 * sin(2 * .pi * 185 * x) + 0.35 * noise.next()) * exp(-x * 25) }
            }
            if drums.contains(.swingHats) {
                for (offset, level) in [(0.0, 0.12), (2.0 / 3, 0.08)] {
                    add(&drumLayer, at: b + offset * period, length: 0.05) { x in level * noise.next() * exp(-x * 120) }
                }
            }
            if drums.contains(.offbeatHats) {
                add(&drumLayer, at: b + period / 2, length: 0.03) { x in 0.15 * noise.next() * exp(-x * 150) }
            }
            if drums.contains(.syncopatedHats) {
                for s in 0..<4 {
                    let level = [0.1, 0.04, 0.07, 0.12][(s + k) % 4]
                    add(&drumLayer, at: b + Double(s) * period / 4, length: 0.04) { x in level * noise.next() * exp(-x * 150) }
                }
            }
        }
        var samples = drumLayer
        if bass {
            // Root notes: on the beat and on the "and" before the next bar; 55–98 Hz.
            let roots = [55.0, 55, 73.4, 65.4, 49, 49, 61.7, 73.4]
            for (k, b) in beats.enumerated() {
                let f = roots[(k / 2) % roots.count]
                let notes = k % 4 == 3 ? [(b, 0.3 * period), (b + 0.5 * period, 0.45 * period)] : [(b, 0.9 * period)]
                for (at, length) in notes {
                    add(&samples, at: at, length: length) { x in
                        let env = min(1, x / 0.01) * exp(-x * 3) * min(1, (length - x) / 0.02)
                        return 0.18 * env * (sin(2 * .pi * f * x) + 0.4 * sin(4 * .pi * f * x) + 0.15 * sin(6 * .pi * f * x))
                    }
                }
            }
        }
        if let padDB {
            let pad = padLayer(count: count, chordSeconds: 4 * period * 2, start: start - 4 * period * 2 * 4)
            let gain = rms(drumLayer) / max(rms(pad), 1e-9) * pow(10, padDB / 20)
            for i in samples.indices { samples[i] += Float(gain) * pad[i] }
        }
        if voice {
            // A sung line: held notes with vibrato, changing on the beat, fading in over 80 ms.
            let notes = [440.0, 493.9, 523.3, 587.3, 523.3, 493.9, 440, 392]
            var phase = 0.0
            let level = 2 * rms(drumLayer)
            for i in samples.indices where Double(i) / Double(rate) >= start {
                let x = Double(i) / Double(rate) - start
                let note = Int(x / (2 * period))
                let inNote = x - Double(note) * 2 * period
                let f = notes[note % notes.count] * (1 + 0.006 * sin(2 * .pi * 5.5 * x))
                phase += 2 * .pi * f / Double(rate)
                let env = min(1, inNote / 0.08)
                samples[i] += Float(level * env * (sin(phase) + 0.5 * sin(2 * phase) + 0.25 * sin(3 * phase)))
            }
        }
        return MusicMaterial(name: name, samples: samples, beatsMs: beats.map { $0 * 1000 })
    }

    /// Hits at irregular times (no pulse) under a pad: a listener finds nothing to tap to.
    static func irregular(seconds: Double = 30) -> MusicMaterial {
        let count = Int(seconds * Double(rate))
        var samples = [Float](repeating: 0, count: count)
        var noise = Noise(seed: 99)
        var t = 0.3
        while t < seconds {
            let f = 300 + 600 * (noise.next() + 1)
            add(&samples, at: t, length: 0.3) { x in 0.3 * sin(2 * .pi * f * x) * exp(-x * 12) }
            t += 0.12 + 0.6 * (noise.next() + 1)  // gaps of 0.12…1.32 s, evenly spread
        }
        let pad = padLayer(count: count, chordSeconds: 3.1, start: 0)
        let gain = rms(samples) / max(rms(pad), 1e-9) * 2
        for i in samples.indices { samples[i] += Float(gain) * pad[i] }
        return MusicMaterial(name: "irregular plucks + pad", samples: samples, beatsMs: [])
    }

    private static func kick(_ x: Double) -> Double {
        // A 120 → 50 Hz thump with a short click on top.
        let phase = 2 * .pi * (50 * x + 70 * (1 - exp(-x * 30)) / 30)
        return 0.7 * sin(phase) * exp(-x * 12) + 0.15 * sin(2 * .pi * 3500 * x) * exp(-x * 400)
    }

    /// Sustained chords (three notes, six harmonics each, two slightly detuned voices), each
    /// `chordSeconds` long with a 150 ms swell, unit-ish level.
    private static func padLayer(count: Int, chordSeconds: Double, start: Double) -> [Float] {
        let chords: [[Double]] = [[220, 277.2, 329.6], [196, 246.9, 293.7], [174.6, 220, 261.6], [196, 246.9, 329.6]]
        // Per chord, per note and harmonic h: 1 / h^1.5 and the two voices' 2πf·h (the same
        // products, in the same order, as written out per sample), so each sample is the sum
        // of a · (sin(w1 · t) + sin(w2 · t)).
        struct Partial { let a, w1, w2: Double }
        let partials: [[Partial]] = chords.map { chord in
            chord.flatMap { f in
                (1...6).map { h in
                    Partial(a: 1 / pow(Double(h), 1.5), w1: 2 * .pi * f * Double(h), w2: 2 * .pi * f * 1.003 * Double(h))
                }
            }
        }
        var pad = [Float](repeating: 0, count: count)
        pad.withUnsafeMutableBufferPointer { pad in
            for i in 0..<pad.count {
                let t = Double(i) / Double(rate)
                let position = (t - start) / chordSeconds
                let inChord = (position - position.rounded(.down)) * chordSeconds
                let swell = min(1, inChord / 0.15)
                var x = 0.0
                partials[((Int(position.rounded(.down)) % 4) + 4) % 4].withUnsafeBufferPointer { chord in
                    for p in chord { x += p.a * (sin(p.w1 * t) + sin(p.w2 * t)) }
                }
                pad[i] = Float(0.05 * swell * x)
            }
        }
        return pad
    }

    private static func add(_ samples: inout [Float], at time: Double, length: Double = 0.005, _ f: (Double) -> Double) {
        let first = Int((time * Double(rate)).rounded())
        guard first >= 0 else { return }
        for i in 0..<Int(length * Double(rate)) where first + i < samples.count {
            samples[first + i] += Float(f(Double(i) / Double(rate)))
        }
    }

    private static func rms(_ samples: [Float]) -> Double {
        var sum = 0.0
        for s in samples { sum += Double(s * s) }
        return (sum / Double(max(samples.count, 1))).squareRoot()
    }

    /// Score of `found` against the true beats: the share of true beats with a found beat
    /// within `toleranceMs`, and the found beats with no true beat that near.
    func score(_ found: [Double], toleranceMs: Double = 33) -> (hitRate: Double, falseBeats: Int) {
        let hits = beatsMs.filter { b in found.contains { abs($0 - b) <= toleranceMs } }.count
        let wrong = found.filter { f in !beatsMs.contains { abs($0 - f) <= toleranceMs } }.count
        return (beatsMs.isEmpty ? 1 : Double(hits) / Double(beatsMs.count), wrong)
    }
}

/// A fixed sequence of numbers in −1…1 (a linear congruential generator).
struct Noise {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(Int64(bitPattern: state) >> 40) / Double(1 << 23)
    }
}
