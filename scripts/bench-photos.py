#!/usr/bin/python3
"""Makes the benchmark's photos, reproducibly, from the licensed fixture photos.

Each of the five photos in Fixtures/photos is cover-cropped and upscaled (Lanczos) to the
requested size, mirrored for the second five, and given deterministic fine grain so the JPEGs
carry real high-frequency detail, as camera photos do. Usage:
    bench-photos.py OUTDIR WIDTH HEIGHT [COUNT]
"""
import os
import sys

import numpy as np
from PIL import Image, ImageOps

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "photos")
out, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
count = int(sys.argv[4]) if len(sys.argv) > 4 else 10
os.makedirs(out, exist_ok=True)
sources = sorted(f for f in os.listdir(root) if f.endswith(".jpg"))
rng = np.random.default_rng(2024)
for i in range(count):
    name = os.path.join(out, f"photo{i + 1:03d}.jpg")
    if os.path.exists(name):
        continue
    img = Image.open(os.path.join(root, sources[i % len(sources)])).convert("RGB")
    if (i // len(sources)) % 2 == 1:
        img = ImageOps.mirror(img)
    img = ImageOps.fit(img, (width, height), Image.LANCZOS)
    grain = rng.normal(0, 6, (height, width, 1)).astype(np.float32)
    arr = np.clip(np.asarray(img, dtype=np.float32) + grain, 0, 255).astype(np.uint8)
    Image.fromarray(arr).save(name, quality=90)
print(out)
