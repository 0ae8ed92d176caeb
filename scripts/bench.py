#!/usr/bin/env python3
"""Reel's speed and memory benchmark (`make bench`).

Scene: 10 photos of 2560x1600, 3 s slides, 0.5 s crossfades, Ken Burns, 1920x1080, 30 fps,
libx264 CRF 20, at --preset veryfast and medium. Interleaved in one run, it measures:
  reel   Reel's wall time and peak RSS
  floor  ffmpeg encoding Reel's own frames from raw YUV in memory (/dev/shm), same x264
         settings; only the encode is timed
  exact  the same encode of the exact frames Reel composited (written once as .y4m by
         `reel render -o frames.y4m`), before any compression: what Reel's x264 really sees
  peer   the widely copied ffmpeg recipe: zoompan Ken Burns on photos pre-upscaled to 8000 px
         wide (cropped to 16:9 first), chained with xfade crossfades, same encoder settings
and prints medians and the ratios reel/floor and peer/reel; then a preview render, peak RSS
with 10 and 100 photos, 10 photos of 24 MP against the 4 MP scene, and 10 photos of 12 MP as
HEIC (quality 80; one HEVC picture by heif-enc, and a grid of 512x512 tiles as phones write) against
the same photos as JPEG, wall and CPU time (`--heic-only` runs just that).
Environment: BENCH_RUNS (default 3), REEL (binary, default .build/release/reel).
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REEL = os.environ.get("REEL", os.path.join(ROOT, ".build", "release", "reel"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
WORK = os.path.join(ROOT, "out", "bench")
SHM = "/dev/shm" if os.path.isdir("/dev/shm") else WORK
# Reel's encoder settings: x264 defaults for the preset, CRF 20, High, a key frame every 2 s.
X264 = ["-c:v", "libx264", "-crf", "20", "-profile:v", "high", "-pix_fmt", "yuv420p", "-g", "60", "-keyint_min", "6"]


def run(cmd, quiet=True):
    """Runs cmd; returns (wall seconds, peak RSS in MB, CPU seconds user + system) of that process alone."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL if quiet else None, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(cmd[:3])}… failed:\n{err[-2000:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def photos(name, width, height, count=10):
    folder = os.path.join(WORK, name)
    subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "scripts", "bench-photos.py"), folder, str(width), str(height), str(count)],
                   check=True, stdout=subprocess.DEVNULL)
    return [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".jpg")][:count]


def reel_cmd(inputs, out, preset, extra=()):
    return [REEL, "render", *inputs, "--preset", preset, "--crf", "20", "--progress", "none", "-o", out, *extra]


def peer_cmd(inputs, out, preset):
    """zoompan on photos pre-upscaled to 8000 px + xfade chain: the recipe found in countless
    answers (the upscale is its cure for zoompan's whole-pixel jitter)."""
    args = ["ffmpeg", "-v", "error", "-y"]
    for p in inputs:
        args += ["-i", p]
    graph = []
    for i in range(len(inputs)):
        graph.append(f"[{i}:v]scale=8000:4500:force_original_aspect_ratio=increase,crop=8000:4500,"
                     f"zoompan=z='min(zoom+0.0006,1.15)':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=90:s=1920x1080:fps=30,"
                     f"setsar=1,format=yuv420p[v{i}]")
    last = "v0"
    for i in range(1, len(inputs)):
        graph.append(f"[{last}][v{i}]xfade=transition=fade:duration=0.5:offset={2.5 * i:.1f}[x{i}]")
        last = f"x{i}"
    return args + ["-filter_complex", ";".join(graph), "-map", f"[{last}]", "-preset", preset, *X264, "-movflags", "+faststart", out]


def floor_cmd(raw, out, preset):
    return ["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", "1920x1080", "-r", "30",
            "-i", raw, "-preset", preset, *X264, out]


def exact_cmd(y4m, out, preset):
    return ["ffmpeg", "-v", "error", "-y", "-i", y4m, "-preset", preset, *X264, out]


def med(values):
    return statistics.median(values)


def heic_copies(jpegs, name):
    """HEIC copies (quality 80, as phones write them) of `jpegs`, made once with heif-enc."""
    folder = os.path.join(WORK, name)
    os.makedirs(folder, exist_ok=True)
    out = []
    for j in jpegs:
        h = os.path.join(folder, os.path.splitext(os.path.basename(j))[0] + ".heic")
        if not os.path.exists(h):
            subprocess.run(["heif-enc", "-q", "80", "-o", h, j], check=True, stdout=subprocess.DEVNULL)
        out.append(h)
    return out


def heic_grid_copies(jpegs, name):
    """HEIC copies of `jpegs` as phones write them: a grid of 512x512 HEVC tiles (quality 80),
    assembled by scripts/make-color-fixtures.py's grid writer; made once."""
    folder = os.path.join(WORK, name)
    os.makedirs(folder, exist_ok=True)
    out = [os.path.join(folder, os.path.splitext(os.path.basename(j))[0] + ".heic") for j in jpegs]
    if not all(os.path.exists(h) for h in out):
        import importlib.util
        from PIL import Image
        spec = importlib.util.spec_from_file_location("color_fixtures", os.path.join(ROOT, "scripts", "make-color-fixtures.py"))
        cf = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(cf)
        tool = cf.writer()
        for j, h in zip(jpegs, out):
            if not os.path.exists(h):
                cf.grid_heic(tool, Image.open(j).convert("RGB"), h + ".part", 512, 512)
                os.replace(h + ".part", h)
    return out


def heic_scene(out):
    """10 photos of 12 MP (4032x3024, a phone's size) as HEIC, one HEVC picture per file and
    as a phone's grid of 512x512 tiles, against the same as JPEG: the whole render, and one
    photo's decode and preparation alone (`reel frame`, one PNG). Wall and CPU time."""
    jpegs = photos("12mp", 4032, 3024)
    kinds = [("JPEG", jpegs), ("HEIC", heic_copies(jpegs, "12mp-heic")), ("HEIC grid", heic_grid_copies(jpegs, "12mp-heic-grid"))]
    renders = {k: [] for k, _ in kinds}
    frames = {k: [] for k, _ in kinds}
    for _ in range(RUNS):
        for kind, files in kinds:
            renders[kind].append(run(reel_cmd(files, os.path.join(out, "heic.mp4"), "veryfast")))
        for kind, files in kinds:
            frames[kind].append(run([REEL, "frame", files[0], "--at", "1", "--size", "1920x1080", "-o", os.path.join(out, "f.png")]))
    jw, jc = med([x[0] for x in renders["JPEG"]]), med([x[2] for x in renders["JPEG"]])
    print(f"12 MP photos x 10, veryfast, medians of {RUNS} interleaved runs (target: HEIC not noticeably slower):")
    for kind, _ in kinds:
        w, c = med([x[0] for x in renders[kind]]), med([x[2] for x in renders[kind]])
        fw, fc = med([x[0] for x in frames[kind]]), med([x[2] for x in frames[kind]])
        print(f"  {kind:<10} render {w:6.2f} s wall ({w / jw:.3f}x JPEG), {c:6.2f} s CPU ({c / jc:.3f}x), "
              f"peak {max(x[1] for x in renders[kind]):.0f} MB; one photo (reel frame) {fw:.2f} s wall, {fc:.2f} s CPU")


def main():
    if not os.path.exists(REEL):
        sys.exit(f"bench: {REEL} not found; run `make build` first")
    os.makedirs(WORK, exist_ok=True)
    if "--heic-only" in sys.argv:
        out = os.path.join(SHM, "reel-bench")
        os.makedirs(out, exist_ok=True)
        heic_scene(out)
        return
    four = photos("4mp", 2560, 1600)
    big = photos("24mp", 6000, 4000)
    out = os.path.join(SHM, "reel-bench")
    os.makedirs(out, exist_ok=True)
    print(f"Reel benchmark: 10 photos 2560x1600, 3 s slides, 0.5 s crossfades, Ken Burns, 1920x1080 30 fps, CRF 20; "
          f"{RUNS} runs each, interleaved; {os.cpu_count()} cores\n")
    y4m = os.path.join(out, "frames.y4m")
    run([REEL, "render", *four, "--progress", "none", "-o", y4m])  # the exact frames (same for every preset)
    rows = []
    for preset in ["veryfast", "medium"]:
        raw = os.path.join(out, "frames.yuv")
        r, f, e, p = [], [], [], []
        for i in range(RUNS):
            r.append(run(reel_cmd(four, os.path.join(out, "reel.mp4"), preset)))
            if i == 0:  # Reel's own frames, decoded once to raw YUV in memory
                subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", os.path.join(out, "reel.mp4"), "-f", "rawvideo",
                                "-pix_fmt", "yuv420p", raw], check=True)
            f.append(run(floor_cmd(raw, os.path.join(out, "floor.mp4"), preset)))
            e.append(run(exact_cmd(y4m, os.path.join(out, "exact.mp4"), preset)))
            p.append(run(peer_cmd(four, os.path.join(out, "peer.mp4"), preset)))
        os.remove(raw)
        rows.append((preset, r, f, e, p))
    os.remove(y4m)
    print(f"{'preset':<9} {'reel s':>7} {'floor s':>8} {'exact s':>8} {'peer s':>7} {'reel/floor':>11} {'reel/exact':>11} "
          f"{'peer/reel':>10} {'reel MB':>8} {'floor MB':>9} {'peer MB':>8}")
    for preset, r, f, e, p in rows:
        rw, fw, ew, pw = (med([x[0] for x in v]) for v in (r, f, e, p))
        print(f"{preset:<9} {rw:7.2f} {fw:8.2f} {ew:8.2f} {pw:7.2f} {rw / fw:11.3f} {rw / ew:11.3f} {pw / rw:10.2f} "
              f"{max(x[1] for x in r):8.0f} {max(x[1] for x in f):9.0f} {max(x[1] for x in p):8.0f}")
    print("targets: reel/floor <= 1.15 (veryfast), <= 1.05 (medium); peer/reel >= 1.7 (veryfast), >= 1.3 (medium)")
    print("exact: ffmpeg encoding the very frames Reel composited (before compression); floor MB: that encode's peak RSS\n")

    # One untimed run first: right after the big encodes the first short run also pays for the
    # kernel taking back their memory, which is not the preview's cost.
    preview = [REEL, "render", *four, "--quality", "preview", "--progress", "none", "-o", os.path.join(out, "preview.mp4")]
    run(preview)
    pv = [run(preview) for _ in range(max(RUNS, 5))]
    print(f"preview (--quality preview, 25.5 s scene): median {med([x[0] for x in pv]):.2f} s wall, "
          f"peak {max(x[1] for x in pv):.0f} MB (target < 2 s)")

    m10, m100 = [], []
    for _ in range(RUNS):
        m10.append(run(reel_cmd(four, os.path.join(out, "m10.mp4"), "veryfast", ["--slide", "1"])))
        m100.append(run(reel_cmd(four * 10, os.path.join(out, "m100.mp4"), "veryfast", ["--slide", "1"])))
    print(f"peak RSS, --slide 1 veryfast: 10 photos {max(x[1] for x in m10):.0f} MB, 100 photos {max(x[1] for x in m100):.0f} MB "
          f"(targets < 250 MB and < 300 MB)")

    s4, s24 = [], []
    for _ in range(RUNS):
        s4.append(run(reel_cmd(four, os.path.join(out, "s4.mp4"), "veryfast")))
        s24.append(run(reel_cmd(big, os.path.join(out, "s24.mp4"), "veryfast")))
    a, b = med([x[0] for x in s4]), med([x[0] for x in s24])
    print(f"large photos, veryfast: 10 x 4 MP {a:.2f} s, 10 x 24 MP {b:.2f} s, ratio {b / a:.3f} (target <= 1.3), "
          f"24 MP peak {max(x[1] for x in s24):.0f} MB")
    heic_scene(out)
    for name in os.listdir(out):
        os.remove(os.path.join(out, name))
    os.rmdir(out)


if __name__ == "__main__":
    main()
