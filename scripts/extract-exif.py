#!/usr/bin/env python3
"""Writes the TIFF-structured EXIF block of each image given (JPEG APP1, PNG eXIf, WebP EXIF)
into the folder given first, as seeds for the `exif` fuzz target."""
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for name in sys.argv[2:]:
    data = pathlib.Path(name).read_bytes()
    for marker in (b"Exif\0\0", b"MM\0*", b"II*\0"):
        at = data.find(marker)
        if at >= 0:
            (out / (pathlib.Path(name).name + ".tiff")).write_bytes(data[at:at + 4096])
            break
