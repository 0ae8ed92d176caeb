#!/usr/bin/env python3
"""Reel's clip benchmark (run by `make bench` after the photo scene; alone: `scripts/bench.sh clips`).

Scene: 6 photos of 2560x1600 (3 s) and 4 phone-style clips of 8 s — three 1080p60 H.264
with AAC sound, one 2160p30 HEVC 10-bit HLG (BT.2020) — alternating, 0.5 s crossfades,
1920x1080 30 fps, libx264 CRF 20 at --preset veryfast. Interleaved in one run it measures:
  reel    Reel's wall time and peak RSS
  decode  ffmpeg decoding the four clips alone (each once, as Reel must)
  encode  ffmpeg encoding the exact frames Reel composited (a .y4m written by Reel), same x264 settings
  floor   decode + encode
and prints medians and reel/floor (target <= 1.15). Then memory: 1 clip against 12 clips of
the same kind (1080p60 H.264, each capped at 2 s), peak RSS (target: 12 clips <= 1 clip + 25 MB).
The clips are generated once into out/bench/clips (libx264, libx265), from testsrc2 with
grain so the decoders do real work.
Times are wall and CPU (user + sys) seconds; on a loaded machine the CPU ratio is the steadier.
Environment: BENCH_RUNS (default 3), REEL (binary, default .build/release/reel), REEL_BASE (another
reel binary, e.g. main's, interleaved with the others to compare), BENCH_CLIP_PARTS ("speed,memory").
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import REEL, RUNS, WORK, SHM, X264, run, photos, med  # noqa: E402

CLIPS = os.path.join(WORK, "clips")


def make_clips():
    os.makedirs(CLIPS, exist_ok=True)
    ff = ["ffmpeg", "-v", "error", "-y"]
    made = []
    for i in range(3):
        name = os.path.join(CLIPS, f"phone{i + 1}-1080p60.mp4")
        if not os.path.exists(name):
            subprocess.run(ff + ["-f", "lavfi", "-i", f"testsrc2=s=1920x1080:r=60:d=8,noise=alls=12:allf=t+u,hue=H={i}*2",
                                 "-f", "lavfi", "-i", f"sine=frequency={440 + 110 * i}:sample_rate=48000:duration=8",
                                 "-c:v", "libx264", "-preset", "faster", "-crf", "21", "-g", "60", "-pix_fmt", "yuv420p",
                                 "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
                                 "-c:a", "aac", "-b:a", "128k", "-shortest", "-movflags", "+faststart", name], check=True)
        made.append(name)
    hdr = os.path.join(CLIPS, "phone4-2160p30-hlg-hevc10.mp4")
    if not os.path.exists(hdr):
        # Tagged SDR first (zimg needs to know what it converts from), then to HLG BT.2020 10-bit.
        sdr = os.path.join(CLIPS, "sdr-2160p30.mp4")
        subprocess.run(ff + ["-f", "lavfi", "-i", "testsrc2=s=3840x2160:r=30:d=8,noise=alls=10:allf=t+u",
                             "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "16",
                             "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv", sdr],
                       check=True)
        subprocess.run(ff + ["-i", sdr,
                             "-vf", "zscale=t=linear:npl=100,format=gbrpf32le,zscale=p=bt2020:t=arib-std-b67:m=bt2020nc:r=tv,format=yuv420p10le",
                             "-c:v", "libx265", "-preset", "ultrafast", "-crf", "24",
                             "-x265-params", "log-level=error:colorprim=bt2020:transfer=arib-std-b67:colormatrix=bt2020nc",
                             "-tag:v", "hvc1", "-movflags", "+faststart", hdr], check=True)
        os.remove(sdr)
    made.insert(2, hdr)
    return made


def main():
    if not os.path.exists(REEL):
        sys.exit(f"bench: {REEL} not found; run `make build` first")
    stills = photos("4mp", 2560, 1600, 6)
    clips = make_clips()
    scene = [stills[0], clips[0], stills[1], stills[2], clips[1], stills[3], clips[2], stills[4], clips[3], stills[5]]
    out = os.path.join(SHM, "reel-bench-clips")
    os.makedirs(out, exist_ok=True)
    print(f"\nClip scene: 6 photos 2560x1600 (3 s) + 3 clips 1080p60 H.264 + 1 clip 2160p30 HEVC 10-bit HLG (8 s each), "
          f"0.5 s crossfades, 1920x1080 30 fps, CRF 20, veryfast; {RUNS} runs each, interleaved")
    parts = os.environ.get("BENCH_CLIP_PARTS", "speed,memory").split(",")
    base = os.environ.get("REEL_BASE")
    if "speed" in parts:
        speed(scene, clips, out, base)
    if "memory" in parts:
        for name, binary in [("reel", REEL), ("base", base)]:
            if binary:
                memory(binary, name, stills, clips, out)
    for name in os.listdir(out):
        os.remove(os.path.join(out, name))
    os.rmdir(out)


def speed(scene, clips, out, base):
    y4m = os.path.join(out, "frames.y4m")
    run([REEL, "render", *scene, "--progress", "none", "--clip-audio", "off", "-o", y4m])
    reel, other, dec, enc = [], [], [], []
    render = ["render", *scene, "--preset", "veryfast", "--crf", "20", "--progress", "none", "-o", os.path.join(out, "reel.mp4")]
    for _ in range(RUNS):
        reel.append(run([REEL, *render]))
        d = [run(["ffmpeg", "-v", "error", "-i", c, "-map", "0:v:0", "-f", "null", "-"]) for c in clips]
        dec.append((sum(x[0] for x in d), max(x[1] for x in d), sum(x[2] for x in d)))
        enc.append(run(["ffmpeg", "-v", "error", "-y", "-i", y4m, "-preset", "veryfast", *X264, os.path.join(out, "exact.mp4")]))
        if base:
            other.append(run([base, *render]))
    dw, ew = med([x[0] for x in dec]), med([x[0] for x in enc])
    dc, ec = med([x[2] for x in dec]), med([x[2] for x in enc])
    print(f"{'':6} {'wall s':>7} {'CPU s':>7} {'wall/floor':>11} {'CPU/floor':>10} {'peak MB':>8}")
    print(f"{'decode':6} {dw:7.2f} {dc:7.2f}")
    print(f"{'encode':6} {ew:7.2f} {ec:7.2f} {'':>11} {'':>10} {max(x[1] for x in enc):8.0f}")
    print(f"{'floor':6} {dw + ew:7.2f} {dc + ec:7.2f}")
    for name, runs in [("reel", reel), ("base", other)]:
        if runs:
            w, c = med([x[0] for x in runs]), med([x[2] for x in runs])
            print(f"{name:6} {w:7.2f} {c:7.2f} {w / (dw + ew):11.3f} {c / (dc + ec):10.3f} {max(x[1] for x in runs):8.0f}")
    print("target: reel/floor <= 1.15 (medians of interleaved runs)")



def memory(reel, name, stills, clips, out):
    one, two, twelve = [], [], []
    for _ in range(RUNS):
        common = ["--preset", "veryfast", "--crf", "20", "--progress", "none", "--clip-max", "2"]
        one.append(run([reel, "render", stills[0], clips[0], *common, "-o", os.path.join(out, "one.mp4")]))
        two.append(run([reel, "render", stills[0], clips[0], clips[1], *common, "-o", os.path.join(out, "two.mp4")]))
        twelve.append(run([reel, "render", stills[0], *([clips[0], clips[1]] * 6), *common, "-o", os.path.join(out, "twelve.mp4")]))
    a, b, c = max(x[1] for x in one), max(x[1] for x in two), max(x[1] for x in twelve)
    def spread(runs):
        return f"{min(x[1] for x in runs):.0f}-{max(x[1] for x in runs):.0f}"
    print(f"{name}: peak RSS with 1080p60 clips capped at 2 s: 1 clip {spread(one)} MB, 2 clips {spread(two)} MB, "
          f"12 clips {spread(twelve)} MB; 12 - 1 = {c - a:.0f} MB (target <= 25 MB), "
          f"12 - 2 = {c - b:.0f} MB (two decoders overlap in a clip-to-clip transition)")

if __name__ == "__main__":
    main()
