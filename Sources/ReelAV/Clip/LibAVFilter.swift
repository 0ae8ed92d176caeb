internal import CFFmpeg
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// libavfilter, opened on first use rather than linked.
///
/// Loading libavfilter and everything it links (Debian's build brings text-to-speech, OCR,
/// Vulkan and more) costs about 13 MB of memory in every process; only a render with video
/// clips needs it, so a photo slideshow never pays for it.
struct LibAVFilter: @unchecked Sendable {
    let graphAlloc: @convention(c) () -> UnsafeMutablePointer<AVFilterGraph>?
    let graphFree: @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<AVFilterGraph>?>?) -> Void
    let getByName: @convention(c) (UnsafePointer<CChar>?) -> UnsafePointer<AVFilter>?
    let graphCreateFilter: @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<AVFilterContext>?>?, UnsafePointer<AVFilter>?,
                                           UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafeMutableRawPointer?,
                                           UnsafeMutablePointer<AVFilterGraph>?) -> Int32
    let inoutAlloc: @convention(c) () -> UnsafeMutablePointer<AVFilterInOut>?
    let inoutFree: @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<AVFilterInOut>?>?) -> Void
    let graphParse: @convention(c) (UnsafeMutablePointer<AVFilterGraph>?, UnsafePointer<CChar>?,
                                    UnsafeMutablePointer<UnsafeMutablePointer<AVFilterInOut>?>?,
                                    UnsafeMutablePointer<UnsafeMutablePointer<AVFilterInOut>?>?, UnsafeMutableRawPointer?) -> Int32
    let graphConfig: @convention(c) (UnsafeMutablePointer<AVFilterGraph>?, UnsafeMutableRawPointer?) -> Int32
    let sourceAddFrame: @convention(c) (UnsafeMutablePointer<AVFilterContext>?, UnsafeMutablePointer<AVFrame>?, Int32) -> Int32
    let sinkGetFrame: @convention(c) (UnsafeMutablePointer<AVFilterContext>?, UnsafeMutablePointer<AVFrame>?) -> Int32
    let sinkTimeBase: @convention(c) (UnsafePointer<AVFilterContext>?) -> AVRational

    /// The library, loaded once; the error says what to install when it cannot be.
    static let shared: Result<LibAVFilter, AVError> = load()

    private static func load() -> Result<LibAVFilter, AVError> {
        let names = ["libavfilter.so.8", "libavfilter.so"]
        guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(AVError(.library, operation: "load libavfilter",
                                    reason: "libavfilter (FFmpeg's filters, needed for video clips) is not installed; install Debian's libavfilter8 (scripts/install-deps.sh does)"))
        }
        var missing: [String] = []
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let p = dlsym(handle, name) else { missing.append(name); return nil }
            return unsafeBitCast(p, to: type)
        }
        let library = LibAVFilter(
            graphAlloc: symbol("avfilter_graph_alloc", as: (@convention(c) () -> UnsafeMutablePointer<AVFilterGraph>?).self) ?? { nil },
            graphFree: symbol("avfilter_graph_free", as: (@convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<AVFilterGraph>?>?) -> Void).self) ?? { _ in },
            getByName: symbol("avfilter_get_by_name", as: (@convention(c) (UnsafePointer<CChar>?) -> UnsafePointer<AVFilter>?).self) ?? { _ in nil },
            graphCreateFilter: symbol("avfilter_graph_create_filter", as: (@convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<AVFilterContext>?>?, UnsafePointer<AVFilter>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<AVFilterGraph>?) -> Int32).self) ?? { _, _, _, _, _, _ in -1 },
            inoutAlloc: symbol("avfilter_inout_alloc", as: (@convention(c) () -> UnsafeMutablePointer<AVFilterInOut>?).self) ?? { nil },
            inoutFree: symbol("avfilter_inout_free", as: (@convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<AVFilterInOut>?>?) -> Void).self) ?? { _ in },
            graphParse: symbol("avfilter_graph_parse_ptr", as: (@convention(c) (UnsafeMutablePointer<AVFilterGraph>?, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<AVFilterInOut>?>?, UnsafeMutablePointer<UnsafeMutablePointer<AVFilterInOut>?>?, UnsafeMutableRawPointer?) -> Int32).self) ?? { _, _, _, _, _ in -1 },
            graphConfig: symbol("avfilter_graph_config", as: (@convention(c) (UnsafeMutablePointer<AVFilterGraph>?, UnsafeMutableRawPointer?) -> Int32).self) ?? { _, _ in -1 },
            sourceAddFrame: symbol("av_buffersrc_add_frame_flags", as: (@convention(c) (UnsafeMutablePointer<AVFilterContext>?, UnsafeMutablePointer<AVFrame>?, Int32) -> Int32).self) ?? { _, _, _ in -1 },
            sinkGetFrame: symbol("av_buffersink_get_frame", as: (@convention(c) (UnsafeMutablePointer<AVFilterContext>?, UnsafeMutablePointer<AVFrame>?) -> Int32).self) ?? { _, _ in -1 },
            sinkTimeBase: symbol("av_buffersink_get_time_base", as: (@convention(c) (UnsafePointer<AVFilterContext>?) -> AVRational).self) ?? { _ in AVRational(num: 1, den: 1) })
        guard missing.isEmpty else {
            return .failure(AVError(.library, operation: "load libavfilter",
                                    reason: "this libavfilter lacks \(missing.joined(separator: ", ")); install Debian's libavfilter8"))
        }
        return .success(library)
    }
}
