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
Environment: BENCH_RUNS (default 3), REEL (binary, default .build/release/reel).
"""
import os
import statistics
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
    y4m = os.path.join(out, "frames.y4m")
    run([REEL, "render", *scene, "--progress", "none", "--clip-audio", "off", "-o", y4m])
    reel, dec, enc = [], [], []
    for _ in range(RUNS):
        reel.append(run([REEL, "render", *scene, "--preset", "veryfast", "--crf", "20", "--progress", "none",
                         "-o", os.path.join(out, "reel.mp4")]))
        d = [run(["ffmpeg", "-v", "error", "-i", c, "-map", "0:v:0", "-f", "null", "-"]) for c in clips]
        dec.append((sum(x[0] for x in d), max(x[1] for x in d)))
        enc.append(run(["ffmpeg", "-v", "error", "-y", "-i", y4m, "-preset", "veryfast", *X264, os.path.join(out, "exact.mp4")]))
    rw, dw, ew = med([x[0] for x in reel]), med([x[0] for x in dec]), med([x[0] for x in enc])
    print(f"{'reel s':>7} {'decode s':>9} {'encode s':>9} {'floor s':>8} {'reel/floor':>11} {'reel MB':>8} {'encode MB':>10}")
    print(f"{rw:7.2f} {dw:9.2f} {ew:9.2f} {dw + ew:8.2f} {rw / (dw + ew):11.3f} {max(x[1] for x in reel):8.0f} "
          f"{max(x[1] for x in enc):10.0f}")
    print("target: reel/floor <= 1.15")

    one, two, twelve = [], [], []
    for _ in range(RUNS):
        common = ["--preset", "veryfast", "--crf", "20", "--progress", "none", "--clip-max", "2"]
        one.append(run([REEL, "render", stills[0], clips[0], *common, "-o", os.path.join(out, "one.mp4")]))
        two.append(run([REEL, "render", stills[0], clips[0], clips[1], *common, "-o", os.path.join(out, "two.mp4")]))
        twelve.append(run([REEL, "render", stills[0], *([clips[0], clips[1]] * 6), *common, "-o", os.path.join(out, "twelve.mp4")]))
    a, b, c = max(x[1] for x in one), max(x[1] for x in two), max(x[1] for x in twelve)
    print(f"peak RSS with 1080p60 clips capped at 2 s: 1 clip {a:.0f} MB, 2 clips {b:.0f} MB, 12 clips {c:.0f} MB; "
          f"12 - 1 = {c - a:.0f} MB (target <= 25 MB), 12 - 2 = {c - b:.0f} MB (two decoders overlap in a clip-to-clip transition)")
    for name in os.listdir(out):
        os.remove(os.path.join(out, name))
    os.rmdir(out)


if __name__ == "__main__":
    main()
