// swift-tools-version:6.0
import PackageDescription

// An app embedding Reel: depends on the package two folders up, as an app would on a release.
let package = Package(
    name: "EmbedReel",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Reel", path: "../..")],
    targets: [
        .executableTarget(name: "EmbedReel", dependencies: [.product(name: "Reel", package: "Reel")]),
    ],
    swiftLanguageModes: [.v6]
)
