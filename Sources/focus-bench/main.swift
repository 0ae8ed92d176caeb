// Times `focus: auto` on photos as a render sees them: each photo is decoded at the reduced
// size a render at the given output size uses, then its subjects are found (faces, else
// saliency) and the crop and motion chosen. Prints the median over runs per photo.
//
//   swift run -c release focus-bench [--size 1920x1080] [--runs 9] photo…
import Foundation
import ReelAnalysis
import ReelCompositor
import ReelImageIO
import ReelTimeline

var args = Array(CommandLine.arguments.dropFirst())
var size = PixelSize(width: 1920, height: 1080)
var runs = 9
var photos: [String] = []
while !args.isEmpty {
    let a = args.removeFirst()
    if a == "--size", let v = args.first, case let p = v.split(separator: "x").compactMap({ Int($0) }), p.count == 2 {
        size = PixelSize(width: p[0], height: p[1]); args.removeFirst()
    } else if a == "--runs", let v = args.first.flatMap({ Int($0) }) {
        runs = max(1, v); args.removeFirst()
    } else {
        photos.append(a)
    }
}
func ms(_ body: () throws -> Void) rethrows -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
}
/// CPU time of this thread, ms: what the work costs whatever else the machine is doing.
func cpuMs() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
}
let madeCPU = cpuMs()
let made = ms { _ = FaceDetector.shared }
print(String(format: "detector made once per process: %.0f ms (CPU %.0f ms)", made, cpuMs() - madeCPU))
let decoder = ImageDecoder()
let preparer = StillPreparer(output: size)
let canvas = preparer.canvasSize(maxZoom: 1.16)
var medians: [Double] = [], cpuMedians: [Double] = []
for path in photos {
    let url = URL(fileURLWithPath: path)
    do {
        let photo = try decoder.probeImageSize(url)
        let image = try decoder.decode(url, minimumSize: preparer.minimumDecodeSize(photo: photo, canvas: canvas))
        var times: [Double] = [], cpu: [Double] = []
        var subjects = Subjects(faces: [], salient: nil)
        for _ in 0..<runs {
            let c0 = cpuMs()
            defer { cpu.append(cpuMs() - c0) }
            times.append(ms {
                subjects = SubjectFinder.find(rgba: image.pixels, width: image.width, height: image.height)
                _ = Framing.choose(photo: PixelSize(width: image.width, height: image.height),
                                   fit: preparer.resolve(.auto, photo: photo), canvasAspect: Double(canvas.width) / Double(canvas.height),
                                   subjects: subjects.regions.map { UnitRect(x: $0.x, y: $0.y, width: $0.width, height: $0.height) },
                                   motion: KenBurns(from: Viewport(zoom: 1), to: Viewport(zoom: 1.15)))
            })
        }
        let m = times.sorted()[times.count / 2], c = cpu.sorted()[cpu.count / 2]
        medians.append(m)
        cpuMedians.append(c)
        let what = subjects.faces.isEmpty ? (subjects.salient == nil ? "nothing stands out" : "salient region") : "\(subjects.faces.count) face(s)"
        print(String(format: "%@: decoded %dx%d, %.1f ms (CPU %.1f ms; medians of %d), %@", url.lastPathComponent, image.width, image.height, m, c, runs, what))
    } catch {
        print("\(path): \(error)")
    }
}
if !medians.isEmpty {
    print(String(format: "median over photos: %.1f ms (CPU %.1f ms)", medians.sorted()[medians.count / 2], cpuMedians.sorted()[cpuMedians.count / 2]))
}
