/// A cheap saliency estimate for photos without faces: colour contrast against the photo's
/// mean colour plus edge energy, on a copy about 48 pixels long; the subject is the window of
/// a third of the photo's width and height where that is densest.
///
/// Deliberately conservative: a window counts only when it holds `minimumDensity` times the
/// photo's average and is off the centre; otherwise nothing stands out and the photo is framed
/// on its centre, as before.
public enum Saliency {
    /// How many times denser than the whole the best window must be.
    public static let minimumDensity = 2.2
    /// How far (a share of the photo) the window's centre must be from the photo's centre.
    public static let minimumOffset = 0.08

    /// The region that clearly stands out in an RGB picture (3 floats a pixel, 0…255), or nil.
    public static func region(rgb: [Float], width w: Int, height h: Int) -> SubjectRegion? {
        guard w >= 6, h >= 6, rgb.count >= w * h * 3 else { return nil }
        let n = w * h
        var l = [Float](repeating: 0, count: n), a = l, b = l
        for i in 0..<n {
            let r = rgb[i * 3], g = rgb[i * 3 + 1], bl = rgb[i * 3 + 2]
            l[i] = (r + g + bl) / 3; a[i] = r - g; b[i] = (r + g) / 2 - bl
        }
        let ml = l.reduce(0, +) / Float(n), ma = a.reduce(0, +) / Float(n), mb = b.reduce(0, +) / Float(n)
        var contrast = [Float](repeating: 0, count: n), edges = contrast
        for y in 0..<h {
            for x in 0..<w {
                let i = y * w + x
                let dl = l[i] - ml, da = a[i] - ma, db = b[i] - mb
                contrast[i] = (dl * dl + da * da + db * db).squareRoot()
                let dx = l[y * w + min(x + 1, w - 1)] - l[y * w + max(x - 1, 0)]
                let dy = l[min(y + 1, h - 1) * w + x] - l[max(y - 1, 0) * w + x]
                edges[i] = abs(dx) + abs(dy)
            }
        }
        let mc = contrast.reduce(0, +) / Float(n), me = edges.reduce(0, +) / Float(n)
        guard mc + me > 1 else { return nil }  // a flat picture
        let s = (0..<n).map { Double((mc > 0.5 ? contrast[$0] / mc : 0) + (me > 0.5 ? edges[$0] / me : 0)) }
        // Integral image for window sums.
        var sum = [Double](repeating: 0, count: (w + 1) * (h + 1))
        for y in 0..<h {
            var row = 0.0
            for x in 0..<w {
                row += s[y * w + x]
                sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + row
            }
        }
        let total = sum[h * (w + 1) + w]
        guard total > 0 else { return nil }
        let ww = max(2, w / 3), wh = max(2, h / 3)
        var best = (density: 0.0, x: 0, y: 0)
        for y in 0...(h - wh) {
            for x in 0...(w - ww) {
                let inside = sum[(y + wh) * (w + 1) + x + ww] - sum[y * (w + 1) + x + ww] - sum[(y + wh) * (w + 1) + x] + sum[y * (w + 1) + x]
                let density = (inside / Double(ww * wh)) / (total / Double(n))
                if density > best.density { best = (density, x, y) }
            }
        }
        let r = SubjectRegion(x: Double(best.x) / Double(w), y: Double(best.y) / Double(h),
                              width: Double(ww) / Double(w), height: Double(wh) / Double(h), score: best.density)
        let offset = max(abs(r.x + r.width / 2 - 0.5), abs(r.y + r.height / 2 - 0.5))
        return best.density >= minimumDensity && offset >= minimumOffset ? r : nil
    }
}
