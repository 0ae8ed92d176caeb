#!/usr/bin/env python3
"""Reel's batch benchmark (run by `make bench` after the clip scene; alone: `scripts/bench.sh batch`).

8 videos of the 10-photo scene (2560x1600, 3 s slides, 0.5 s crossfades, Ken Burns) made by
`reel batch` (default --jobs: from the cores and the quality) against the same 8 made by one
`reel render` after another:
  preview   --quality preview (half size, ultrafast): target batch throughput >= 1.15x
  standard  the default quality (1920x1080, medium): target no slower (>= 0.97x, noise)
Runs are interleaved (batch, then one after another); the machine's other load shows in both.
Environment: BENCH_RUNS (preview runs, default 3), BENCH_BATCH_STANDARD_RUNS (default 1),
REEL (binary, default .build/release/reel).
"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import REEL, RUNS, SHM, run, photos, med  # noqa: E402

JOBS = 8
STANDARD_RUNS = int(os.environ.get("BENCH_BATCH_STANDARD_RUNS", "1"))


def measure(scene, out, quality, runs):
    manifest = os.path.join(out, f"{quality}.jsonl")
    with open(manifest, "w") as f:
        for k in range(JOBS):
            f.write(json.dumps({"inputs": scene, "output": f"{quality}-batch-{k}.mp4", "quality": quality}) + "\n")
    batch, serial = [], []
    for _ in range(runs):
        batch.append(run([REEL, "batch", manifest, "--force", "--progress", "none"])[0])
        serial.append(sum(run([REEL, "render", *scene, "--quality", quality, "--progress", "none",
                               "-o", os.path.join(out, f"{quality}-one-{k}.mp4")])[0] for k in range(JOBS)))
    b, s = med(batch), med(serial)
    return b, s, s / b


def main():
    if not os.path.exists(REEL):
        sys.exit(f"bench: {REEL} not found; run `make build` first")
    scene = photos("4mp", 2560, 1600)
    out = os.path.join(SHM, "reel-bench-batch")
    os.makedirs(out, exist_ok=True)
    print(f"\nBatch: {JOBS} videos of the 10-photo scene, `reel batch` (default --jobs) against one `reel render` after "
          f"another; {os.cpu_count()} cores")
    print(f"{'quality':<9} {'runs':>4} {'batch s':>8} {'serial s':>9} {'throughput':>11}  target")
    # One untimed preview first, so the page cache holds the photos for both sides.
    run([REEL, "render", *scene, "--quality", "preview", "--progress", "none", "-o", os.path.join(out, "warm.mp4")])
    for quality, runs, target in [("preview", RUNS, ">= 1.15x"), ("standard", STANDARD_RUNS, ">= 1.00x (no slower)")]:
        b, s, x = measure(scene, out, quality, runs)
        print(f"{quality:<9} {runs:4d} {b:8.2f} {s:9.2f} {x:10.2f}x  {target}")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
