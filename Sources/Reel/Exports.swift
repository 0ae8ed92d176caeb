import Foundation
import ReelAV
import ReelImageIO

// The facade: apps (and the `reel` tool) import `Reel` alone and get the model, the frame
// types, the prompt interpreter and the renderers.
@_exported import ReelCompositor
@_exported import ReelPrompt
@_exported import ReelTimeline

/// When the photo was taken (EXIF DateTimeOriginal), or nil — for "in date order".
public func photoDate(_ url: URL) -> Date? {
    exifDateTimeOriginal(of: url)
}

/// How long the video clip at `url` plays, ms, or nil when it cannot be read (a render of it
/// then reports why).
public func clipDurationMs(_ url: URL) -> Int? {
    try? ClipInfo(probing: url).durationMs
}
