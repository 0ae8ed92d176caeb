// swift-tools-version:6.0
import PackageDescription

/// One system-library target per C library; each is imported by exactly one Swift module.
func cLibrary(_ name: String, pkgConfig: String? = nil, apt: [String]) -> Target {
    .systemLibrary(name: name, path: "Sources/\(name)", pkgConfig: pkgConfig, providers: [.apt(apt)])
}

/// The request interpreter's settings. `make test` sets `REEL_OPTIMIZE_INTERPRETER=1`: the
/// interpreter is then optimised in the debug build too, since the phrasing table's tests run
/// every request of the table (thousands) and unoptimised generic code made them 2-3x slower;
/// the tests' own per-row checks are optimised with it (`ReelPromptTests`).
/// Left unset (plain `swift build`), the module builds quickly for editing.
let interpreterSettings: [SwiftSetting] = Context.environment["REEL_OPTIMIZE_INTERPRETER"] == "1"
    ? [.unsafeFlags(["-O"], .when(configuration: .debug))] : []

let package = Package(
    name: "Reel",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Reel", targets: ["Reel"]),
        .executable(name: "reel", targets: ["reel"]),
        .executable(name: "prompt-bench", targets: ["prompt-bench"]),
        .executable(name: "focus-bench", targets: ["focus-bench"]),
        .executable(name: "reel-fuzz", targets: ["ReelFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        cLibrary("CFFmpeg", pkgConfig: "libavformat",
                 apt: ["libavformat-dev", "libavcodec-dev", "libswscale-dev", "libavutil-dev", "libswresample-dev", "libavfilter-dev"]),
        cLibrary("CJPEG", pkgConfig: "libturbojpeg", apt: ["libturbojpeg0-dev"]),
        cLibrary("CPNG", pkgConfig: "libpng", apt: ["libpng-dev"]),
        cLibrary("CWebP", pkgConfig: "libwebp", apt: ["libwebp-dev"]),
        cLibrary("CGIF", apt: ["libgif-dev"]),
        cLibrary("CHeif", pkgConfig: "libheif", apt: ["libheif-dev"]),
        cLibrary("CLcms", pkgConfig: "lcms2", apt: ["liblcms2-dev"]),
        cLibrary("CZlib", pkgConfig: "zlib", apt: ["zlib1g-dev"]),
        cLibrary("CFreeType", pkgConfig: "freetype2", apt: ["libfreetype-dev"]),
        cLibrary("CCurl", pkgConfig: "libcurl", apt: ["libcurl4-openssl-dev"]),
        cLibrary("CEbur128", pkgConfig: "libebur128", apt: ["libebur128-dev"]),
        cLibrary("CAubio", pkgConfig: "aubio", apt: ["libaubio-dev"]),
        // dlib (C++): linked for CFaceShim, never imported by Swift; its header templates call BLAS and LAPACK.
        cLibrary("CDlib", apt: ["libdlib-dev", "liblapack-dev"]),

        .target(name: "CReelKernels"),
        // dlib's HOG face detector behind a C header (C++ inside, no exception crosses it).
        .target(name: "CFaceShim", dependencies: ["CDlib"], linkerSettings: [.linkedLibrary("dlib"), .linkedLibrary("lapack"), .linkedLibrary("blas")]),
        // libheif's HEVC decoder plugin on libavcodec (C: the plugin API is a table of C callbacks).
        .target(name: "CHeifAV", dependencies: ["CHeif", "CFFmpeg"],
                linkerSettings: [.linkedLibrary("avcodec"), .linkedLibrary("avutil")]),
        .target(name: "ReelTimeline"),
        .target(name: "ReelCompositor", dependencies: ["ReelTimeline", "CReelKernels"]),
        .target(name: "ReelImageIO", dependencies: ["ReelCompositor", "CJPEG", "CPNG", "CWebP", "CGIF", "CHeif", "CHeifAV", "CLcms", "CZlib"]),
        .target(name: "ReelAV", dependencies: ["ReelCompositor", "ReelTimeline", "CFFmpeg", "CEbur128"]),
        .target(name: "ReelAnalysis", dependencies: ["CAubio", "CFaceShim"]),
        .target(name: "ReelText", dependencies: ["ReelCompositor", "ReelTimeline", "CFreeType"]),
        .target(name: "CCurlShim", dependencies: ["CCurl"]),
        .target(name: "ReelCloud", dependencies: ["ReelTimeline", "CCurl", "CCurlShim"]),
        // ReelPrompt searches with ICU's C API (Lexicon/Expression.swift): `_FoundationICU` ships with
        // the toolchain's Foundation, which links it; the module is imported, the library named here.
        .target(name: "ReelPrompt", dependencies: ["ReelTimeline"], swiftSettings: interpreterSettings,
                linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        .target(name: "Reel", dependencies: ["ReelTimeline", "ReelCompositor", "ReelImageIO", "ReelAV", "ReelText", "ReelPrompt", "ReelCloud", "ReelAnalysis"]),
        .executableTarget(name: "reel", dependencies: [
            "Reel", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .executableTarget(name: "prompt-bench", dependencies: ["ReelPrompt", "ReelTimeline"]),
        .executableTarget(name: "focus-bench", dependencies: ["ReelAnalysis", "ReelImageIO", "ReelCompositor", "ReelTimeline"]),
        // Fuzzing (`make fuzz`): the targets, and the tool that runs them under libFuzzer.
        .target(name: "ReelFuzzTargets", dependencies: ["ReelTimeline", "ReelCompositor", "ReelImageIO", "ReelAV", "ReelPrompt", "ReelCloud"]),
        .executableTarget(name: "ReelFuzz", dependencies: ["ReelFuzzTargets"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),

        .target(name: "ReelTestSupport", dependencies: ["ReelCompositor"], path: "Tests/ReelTestSupport"),
        .testTarget(name: "ReelTimelineTests", dependencies: ["ReelTimeline", "ReelTestSupport"]),
        .testTarget(name: "ReelCompositorTests", dependencies: ["ReelCompositor", "ReelTestSupport"]),
        .testTarget(name: "ReelImageIOTests", dependencies: ["ReelImageIO", "ReelTestSupport"]),
        .testTarget(name: "ReelAnalysisTests", dependencies: ["ReelAnalysis", "ReelTestSupport"]),
        .testTarget(name: "ReelAVTests", dependencies: ["ReelAV", "ReelTestSupport"]),
        .testTarget(name: "ReelTextTests", dependencies: ["ReelText", "ReelTestSupport"]),
        .testTarget(name: "ReelCloudTests", dependencies: ["ReelCloud", "ReelTestSupport"]),
        // its table tests check every request of the table: optimised with the interpreter. The
        // table is read beside the test file (`#filePath`), not bundled as a resource.
        .testTarget(name: "ReelPromptTests", dependencies: ["ReelPrompt", "ReelTestSupport"], exclude: ["Phrasings.tsv"],
                    swiftSettings: interpreterSettings),
        .testTarget(name: "ReelTests", dependencies: ["Reel", "ReelImageIO", "ReelAnalysis", "ReelTestSupport"]),
        .testTarget(name: "ReelFuzzTests", dependencies: ["ReelFuzzTargets", "ReelTestSupport"]),
        .testTarget(name: "ReelCLITests", dependencies: ["ReelTestSupport", "ReelImageIO", "ReelTimeline"]),
    ],
    swiftLanguageModes: [.v6]
)
