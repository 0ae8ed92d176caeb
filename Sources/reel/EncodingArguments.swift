import ArgumentParser
import Reel

/// Encoder options shared by `render` and `frame`.
struct EncodingArguments: ParsableArguments {
    @Option(help: "x264 preset, ultrafast … veryslow (default: medium; preview: ultrafast; high: slow); the stream is High profile with every preset.")
    var preset: String?

    @Option(help: "x264 constant rate factor, 0–51, lower is better (default 20; preview 23; high 17).")
    var crf: Double?

    @Option(help: "preview (half size, fast), standard (default) or high.")
    var quality: String = "standard"

    func settings() throws -> RenderSettings {
        guard let q = RenderSettings.Quality(rawValue: quality) else { throw ValidationError("--quality \(quality): use preview, standard or high") }
        if let p = preset, !RenderSettings.presets.contains(p) {
            throw ValidationError("--preset \(p): use one of \(RenderSettings.presets.joined(separator: ", "))")
        }
        if let c = crf, !(0...51).contains(c) { throw ValidationError("--crf \(c): use a value from 0 to 51") }
        return RenderSettings(quality: q, preset: preset, crf: crf)
    }
}
