import Foundation
import ReelAV
import ReelCompositor
import ReelTestSupport
import Testing

@Suite("Loudness normalisation", .serialized)
final class LoudnessTests {
    private let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reel-loudness-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A song: the same tone at `lufs`, 6 s.
    private func song(_ name: String, lufs: Double) throws -> URL {
        let url = folder.appendingPathComponent(name)
        let tone = sineAtLoudness(lufs, seconds: 6)
        try writeWAV(url, left: tone, right: tone)
        return url
    }

    private func render(_ song: URL, loudness: AudioMix.Loudness?, name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        let mix = AudioMix(segments: [AudioMix.Segment(url: song, startMs: 0, durationMs: 5000, volume: 0.35)],
                           durationMs: 5000, loudness: loudness)
        let writer = try VideoFileWriter(url: url, options: VideoEncodingOptions(width: 64, height: 48, fps: 30, preset: "ultrafast"), audio: mix)
        for _ in 0..<150 { try writer.append(YUVFrame(width: 64, height: 48)) }
        try writer.finish()
        return url
    }

    @Test("the songs are measured as made: −30 and −8 LUFS")
    func measurement() throws {
        let quiet = try LoudnessMeasurement(measuring: song("quiet.wav", lufs: -30))
        let loud = try LoudnessMeasurement(measuring: song("loud.wav", lufs: -8))
        #expect(abs(quiet.integratedLUFS + 30) < 0.3, "\(quiet)")
        #expect(abs(loud.integratedLUFS + 8) < 0.3, "\(loud)")
        #expect(abs(loud.truePeakDBTP + 8) < 0.3, "\(loud)")
        let silent = folder.appendingPathComponent("silent.wav")
        try writeWAV(silent, left: [Float](repeating: 0, count: 48_000), right: [Float](repeating: 0, count: 48_000))
        let nothing = try LoudnessMeasurement(measuring: silent)
        #expect(nothing.integratedLUFS == -.infinity)
        #expect(AudioMix.Loudness().gain(for: nothing) == 1)
    }

    @Test("a quiet and a loud song at volume 0.35 end within 1.5 LU, at −25 LUFS, peaks below −1 dBTP")
    func evenLoudness() throws {
        let quiet = try MeasuredLoudness(render(song("quiet.wav", lufs: -30), loudness: AudioMix.Loudness(), name: "quiet.mp4"))
        let loud = try MeasuredLoudness(render(song("loud.wav", lufs: -8), loudness: AudioMix.Loudness(), name: "loud.mp4"))
        #expect(abs(quiet.integratedLUFS - loud.integratedLUFS) <= 1.5, "quiet \(quiet.integratedLUFS), loud \(loud.integratedLUFS) LUFS")
        // −16 LUFS, then 0.35 (−9.1 dB).
        #expect(abs(quiet.integratedLUFS - (-25.1)) <= 1, "quiet \(quiet.integratedLUFS) LUFS")
        #expect(quiet.truePeakDBTP < -1 && loud.truePeakDBTP < -1, "peaks \(quiet.truePeakDBTP), \(loud.truePeakDBTP) dBTP")
        // Without normalisation the two stay 22 LU apart.
        let rawQuiet = try MeasuredLoudness(render(song("quiet.wav", lufs: -30), loudness: nil, name: "raw-quiet.mp4"))
        let rawLoud = try MeasuredLoudness(render(song("loud.wav", lufs: -8), loudness: nil, name: "raw-loud.mp4"))
        #expect(rawLoud.integratedLUFS - rawQuiet.integratedLUFS > 20)
    }

    @Test("clip sound is normalised the same way, measured where it plays: a loud clip at volume 1 plays at −16 LUFS")
    func clipSound() throws {
        // 10 s at −16 LUFS, then 6 s at −8 LUFS (−11.2 LUFS over all); the clip plays from 10 s on.
        let url = folder.appendingPathComponent("clip.wav")
        let quiet = sineAtLoudness(-16, seconds: 10), loud = sineAtLoudness(-8, seconds: 6)
        try writeWAV(url, left: quiet + loud, right: quiet + loud)
        #expect(try LoudnessMeasurement.of(url, fromMs: 10_000, durationMs: 5000).integratedLUFS > -8.5)
        #expect(try LoudnessMeasurement.of(url).integratedLUFS < -10.5)
        let out = folder.appendingPathComponent("clip.mp4")
        let mix = AudioMix(segments: [AudioMix.Segment(url: url, startMs: 0, durationMs: 5000, volume: 1, sourceOffsetMs: 10_000, role: .clip)],
                           durationMs: 5000, loudness: AudioMix.Loudness())
        let writer = try VideoFileWriter(url: out, options: VideoEncodingOptions(width: 64, height: 48, fps: 30, preset: "ultrafast"), audio: mix)
        for _ in 0..<150 { try writer.append(YUVFrame(width: 64, height: 48)) }
        try writer.finish()
        let measured = try MeasuredLoudness(out)
        #expect(abs(measured.integratedLUFS - (-16)) <= 1, "clip at \(measured.integratedLUFS) LUFS")
    }

    @Test("a loud song with high peaks at volume 1 is capped by its true peak: nothing above −1 dBTP")
    func truePeakCap() throws {
        // A square-ish wave: loudness −14 LUFS but peaks near full scale, so reaching −16 LUFS
        // leaves it above the ceiling unless the gain is capped.
        let url = folder.appendingPathComponent("spiky.wav")
        var samples = [Float](repeating: 0.02, count: 48_000 * 4)
        for i in stride(from: 0, to: samples.count, by: 480) { samples[i] = 0.98; samples[i + 1] = -0.98 }
        try writeWAV(url, left: samples, right: samples)
        let m = try LoudnessMeasurement(measuring: url)
        let gain = AudioMix.Loudness().gain(for: m)
        #expect(m.truePeakDBTP + (-16 - m.integratedLUFS) > -1, "the target alone would clip: \(m)")
        #expect(m.truePeakDBTP + 20 * log10(gain) <= -1 + 1e-9, "\(m), gain \(gain)")
        let out = folder.appendingPathComponent("spiky.mp4")
        let mix = AudioMix(segments: [AudioMix.Segment(url: url, startMs: 0, durationMs: 3000, volume: 1)],
                           durationMs: 3000, loudness: AudioMix.Loudness())
        let writer = try VideoFileWriter(url: out, options: VideoEncodingOptions(width: 64, height: 48, fps: 30, preset: "ultrafast"), audio: mix)
        for _ in 0..<90 { try writer.append(YUVFrame(width: 64, height: 48)) }
        try writer.finish()
        let sound = try DecodedAudio(out)
        let peak = zip(sound.left, sound.right).map { max(abs($0), abs($1)) }.max() ?? 0
        #expect(peak < 1, "sample peak \(peak)")
    }

    @Test("two loud songs crossfading at volume 1 are limited, not clipped: peaks at −1 dBFS")
    func sumsAreLimited() throws {
        let url = try song("loud.wav", lufs: -2)  // a sine peaking at −2 dBFS
        let out = folder.appendingPathComponent("sum.mp4")
        let a = AudioMix.Segment(url: url, startMs: 0, durationMs: 3000, volume: 1)
        let b = AudioMix.Segment(url: url, startMs: 1000, durationMs: 2000, volume: 1)
        let writer = try VideoFileWriter(url: out, options: VideoEncodingOptions(width: 64, height: 48, fps: 30, preset: "ultrafast"),
                                         audio: AudioMix(segments: [a, b], durationMs: 3000))
        for _ in 0..<90 { try writer.append(YUVFrame(width: 64, height: 48)) }
        try writer.finish()
        let sound = try DecodedAudio(out)
        func peak(_ from: Double, _ to: Double) -> Float {
            let r = Int(from * 48_000)..<min(sound.left.count, Int(to * 48_000))
            return r.map { max(abs(sound.left[$0]), abs(sound.right[$0])) }.max() ?? 0
        }
        // Alone the song passes as it is (0.79); together (1.59) it is brought down to the ceiling.
        #expect(abs(peak(0.2, 0.9) - 0.794) < 0.03, "alone: \(peak(0.2, 0.9))")
        #expect(peak(1.2, 2.9) < 0.92 && peak(1.2, 2.9) > 0.85, "together: \(peak(1.2, 2.9))")
    }
}
