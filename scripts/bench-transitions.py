#!/usr/bin/python3
"""Transition cost: the photo scene of scripts/bench.py (10 photos 2560x1600, 3 s slides, 0.5 s
transitions, Ken Burns, 1920x1080 30 fps, CRF 20, veryfast) rendered with crossfade, with the
slowest catalogue kernels and with --transition random, each against the x264 encode of its
own exact frames.
Needs a release build (`swift build -c release --product reel`). Also prints the per-kernel
times of `reel transitions --time 1920x1080`. Usage: bench-transitions.py [VARIANT...]
(crossfade, circleopen, blurfade, random; default all). BENCH_RUNS sets the runs (3).
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import REEL, RUNS, WORK, SHM, run, photos, reel_cmd, exact_cmd, med  # noqa: E402


def main():
    if not os.path.exists(REEL):
        sys.exit(f"bench: build first: swift build -c release --product reel ({REEL} is missing)")
    print(subprocess.run([REEL, "transitions", "--time", "1920x1080"], check=True, capture_output=True, text=True).stdout)
    four = photos("4mp", 2560, 1600)
    out = os.path.join(SHM, "reel-bench-transitions")
    os.makedirs(out, exist_ok=True)
    variants = [("crossfade", ["--transition", "crossfade"]), ("circleopen", ["--transition", "circleopen"]),
                ("blurfade", ["--transition", "blurfade"]), ("random", ["--transition", "random"])]
    if sys.argv[1:]:
        variants = [v for v in variants if v[0] in sys.argv[1:]]
    # Each variant against the encode of its own exact frames (moving pictures cost x264 more
    # than a dissolve); one variant at a time, so only one set of raw frames is held.
    print(f"veryfast; {RUNS} runs each, interleaved, medians")
    for name, extra in variants:
        y4m = os.path.join(out, f"{name}.y4m")
        run([REEL, "render", *four, *extra, "--progress", "none", "-o", y4m])
        times, exact = [], []
        for _ in range(RUNS):
            times.append(run(reel_cmd(four, os.path.join(out, f"{name}.mp4"), "veryfast", extra))[0])
            exact.append(run(exact_cmd(y4m, os.path.join(out, "exact.mp4"), "veryfast"))[0])
        os.remove(y4m)
        t, e = med(times), med(exact)
        print(f"  --transition {name:<10} reel {t:6.2f} s  exact-frame x264 {e:6.2f} s  reel/exact {t / e:.3f} (target <= 1.10)", flush=True)

if __name__ == "__main__":
    main()
