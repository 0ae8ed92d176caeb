#!/usr/bin/env python3
"""Regenerates Fixtures/faces deterministically: a small crop of a real face, and the tall
test canvases built from it.

Run from anywhere:  /usr/bin/python3 scripts/make-face-fixtures.py [--crop]

Needs Pillow (Debian: python3-pil). The canvases are built from the committed crop,
astronaut-head.jpg; --crop first cuts that crop again from scikit-image's bundled sample
photo (Debian: python3-skimage).
The head is Eileen Collins in scikit-image's astronaut.png (NASA, public domain). The canvases
are 1000x2400 portraits on a plain vertical gradient with the head, enlarged, near the top or
near the bottom: a 16:9 fill crops away three quarters of their height, so a crop that ignores
the face shows no face at all.
"""

import os
import sys

from PIL import Image

SKIMAGE_DATA = "/usr/lib/python3/dist-packages/skimage/data"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "faces")

# The head in astronaut.png (512x512): hair to chin, ear to ear. dlib finds the face at
# (179, 83) 88x88 in the whole photo, i.e. (39, 63) in this crop.
HEAD = (140, 20, 320, 230)
CANVAS = (1000, 2400)
SCALE = 3.4          # the face box becomes about 300 px across, 30% of the canvas width
LEFT = 180           # off-centre horizontally too
MARGIN = 80          # from the top or bottom edge


def gradient(size):
    w, h = size
    img = Image.new("RGB", size)
    top, bottom = (112, 128, 150), (58, 62, 70)
    px = img.load()
    for y in range(h):
        t = y / (h - 1)
        c = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom))
        for x in range(w):
            px[x, y] = c
    return img


def main():
    os.makedirs(OUT, exist_ok=True)
    crop = os.path.join(OUT, "astronaut-head.jpg")
    if "--crop" in sys.argv[1:]:
        head = Image.open(os.path.join(SKIMAGE_DATA, "astronaut.png")).convert("RGB").crop(HEAD)
        head.save(crop, quality=90, optimize=True)
    head = Image.open(crop).convert("RGB")
    big = head.resize((round(head.width * SCALE), round(head.height * SCALE)), Image.LANCZOS)
    for name, y in (("tall-face-top.jpg", MARGIN), ("tall-face-bottom.jpg", CANVAS[1] - MARGIN - big.height)):
        canvas = gradient(CANVAS)
        canvas.paste(big, (LEFT, y))
        canvas.save(os.path.join(OUT, name), quality=75, optimize=True)


if __name__ == "__main__":
    main()
