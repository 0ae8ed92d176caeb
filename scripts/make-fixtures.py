#!/usr/bin/env python3
"""Regenerates Fixtures/photos, Fixtures/images and Fixtures/bad deterministically.

Run from anywhere:  /usr/bin/python3 scripts/make-fixtures.py

Needs Pillow (with WebP support) and scikit-image's bundled sample photos. Every output is
written from fixed inputs with fixed encoder settings, so re-running gives the same files for
the same library versions. It also writes Fixtures/images/reference.json: for each decodable
fixture, the size and a few pixels as Pillow decodes them (upright, first frame, RGBA), which
the decoder tests compare against.
"""

import io
import json
import os
import struct
import sys
import zlib

from PIL import Image, ImageOps

SKIMAGE_DATA = "/usr/lib/python3/dist-packages/skimage/data"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures")
PHOTOS = os.path.join(ROOT, "photos")
IMAGES = os.path.join(ROOT, "images")
BAD = os.path.join(ROOT, "bad")

RED = (230, 30, 30)
BLUE = (30, 60, 230)


def source(name):
    """Opens one of scikit-image's sample photos as RGB."""
    return Image.open(os.path.join(SKIMAGE_DATA, name)).convert("RGB")


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


# --- EXIF (TIFF) writer ---------------------------------------------------------------------

def tiff_exif(orientation=None, date_time_original=None, big_endian=False):
    """Builds a minimal TIFF/EXIF block: IFD0 with Orientation and an Exif sub-IFD with
    DateTimeOriginal. Returns the TIFF bytes (no "Exif\\0\\0" prefix)."""
    e = ">" if big_endian else "<"
    ifd0 = []  # (tag, type, count, value bytes)
    if orientation is not None:
        ifd0.append((0x0112, 3, 1, struct.pack(e + "H", orientation) + b"\0\0"))
    exif_ifd = []
    if date_time_original is not None:
        text = date_time_original.encode("ascii") + b"\0"
        exif_ifd.append((0x9003, 2, len(text), text))
        exif_ifd.append((0x9011, 2, 7, b"+02:00\0"))  # OffsetTimeOriginal
    if exif_ifd:
        ifd0.append((0x8769, 4, 1, None))  # ExifIFDPointer, patched below

    out = bytearray(b"MM" if big_endian else b"II")
    out += struct.pack(e + "HI", 42, 8)

    def ifd_size(entries):
        return 2 + 12 * len(entries) + 4

    def write_ifd(entries, start, extra_pointer=None):
        """Serialises one IFD at `start`; values longer than 4 bytes follow the IFD."""
        body = bytearray(struct.pack(e + "H", len(entries)))
        data = bytearray()
        data_start = start + ifd_size(entries)
        for tag, typ, count, value in sorted(entries, key=lambda t: t[0]):
            if value is None:
                value = struct.pack(e + "I", extra_pointer)
            if len(value) > 4:
                body += struct.pack(e + "HHII", tag, typ, count, data_start + len(data))
                data += value
                if len(data) % 2:
                    data += b"\0"
            else:
                body += struct.pack(e + "HHI", tag, typ, count) + value.ljust(4, b"\0")
        body += struct.pack(e + "I", 0)
        return body + data

    ifd0_len = len(write_ifd(ifd0, 8, 0))
    exif_start = 8 + ifd0_len
    out += write_ifd(ifd0, 8, exif_start)
    if exif_ifd:
        out += write_ifd(exif_ifd, exif_start)
    return bytes(out)


# --- Raw PNG writer (for what Pillow cannot write: 16-bit RGB, lying headers) ----------------

def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width, height, bit_depth, color_type, raw_rows, extra_chunks=()):
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    idat = zlib.compress(b"".join(b"\0" + row for row in raw_rows), 9)
    out = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
    for kind, data in extra_chunks:
        out += png_chunk(kind, data)
    return out + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


# --- GIF patching: move the first frame inside a bigger logical screen -----------------------

def gif_with_offset(gif, screen_size, offset):
    """Rewrites a single-frame GIF so its frame sits at `offset` on a `screen_size` screen."""
    data = bytearray(gif)
    struct.pack_into("<HH", data, 6, *screen_size)
    flags = data[10]
    pos = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    while data[pos] == 0x21:  # extension: introducer, label, sub-blocks
        pos += 2
        while data[pos]:
            pos += data[pos] + 1
        pos += 1
    assert data[pos] == 0x2C, "image descriptor expected"
    struct.pack_into("<HH", data, pos + 1, *offset)
    return bytes(data)


# --- Pictures ---------------------------------------------------------------------------------

def marked(img):
    """Adds a red square top-left and a blue square top-right so orientation errors show."""
    img = img.copy()
    w, _ = img.size
    img.paste(RED, (0, 0, 16, 16))
    img.paste(BLUE, (w - 16, 0, w, 16))
    return img


def coffee_crop(size):
    return source("coffee.png").crop((150, 60, 470, 273)).resize(size, Image.LANCZOS)


def chelsea_crop(size):
    return source("chelsea.png").crop((60, 20, 380, 233)).resize(size, Image.LANCZOS)


def with_alpha(img):
    """A left-to-right alpha ramp plus a fully transparent bottom band."""
    w, h = img.size
    alpha = Image.new("L", (w, h))
    alpha.putdata([min(255, 40 + x * 215 // max(1, w - 1)) if y < h - 8 else 0
                   for y in range(h) for x in range(w)])
    out = img.convert("RGBA")
    out.putalpha(alpha)
    return out


def save_jpeg(img, path, **kw):
    kw.setdefault("quality", 90)
    img.save(path, "JPEG", optimize=False, **kw)


def make_photos():
    os.makedirs(PHOTOS, exist_ok=True)
    names = [("astronaut.png", "01-astronaut.jpg"), ("rocket.jpg", "02-rocket.jpg"),
             ("hubble_deep_field.jpg", "03-hubble-deep-field.jpg"),
             ("chelsea.png", "04-chelsea.jpg"), ("coffee.png", "05-coffee.jpg")]
    for src, dst in names:
        save_jpeg(source(src), os.path.join(PHOTOS, dst))


def make_images():
    os.makedirs(IMAGES, exist_ok=True)
    base = coffee_crop((240, 160))
    p = lambda n: os.path.join(IMAGES, n)

    # JPEG variants
    save_jpeg(base, p("jpeg-baseline.jpg"))
    save_jpeg(base, p("jpeg-progressive.jpg"), progressive=True)
    save_jpeg(base.convert("L"), p("jpeg-grey.jpg"))
    save_jpeg(base.convert("CMYK"), p("jpeg-cmyk.jpg"))  # Adobe marker, inverted CMYK
    save_jpeg(base, p("jpeg-named.png"))                 # a JPEG despite its name
    rocket = source("rocket.jpg")
    save_jpeg(rocket.crop((180, 0, 464, 427)), p("portrait.jpg"))  # 284x427
    exif = tiff_exif(date_time_original="2021:06:15 14:30:05")
    save_jpeg(chelsea_crop((160, 106)), p("exif-datetime.jpg"), exif=b"Exif\0\0" + exif)
    exif_be = tiff_exif(orientation=1, date_time_original="2019:12:31 23:59:58", big_endian=True)
    save_jpeg(chelsea_crop((160, 106)), p("exif-datetime-be.jpg"), exif=b"Exif\0\0" + exif_be)

    # EXIF orientation 1..8: stored pixels are the inverse transform of one upright picture.
    upright = marked(coffee_crop((128, 80)))
    inverse = {1: None, 2: Image.FLIP_LEFT_RIGHT, 3: Image.ROTATE_180, 4: Image.FLIP_TOP_BOTTOM,
               5: Image.TRANSPOSE, 6: Image.ROTATE_90, 7: Image.TRANSVERSE, 8: Image.ROTATE_270}
    for o, method in inverse.items():
        stored = upright if method is None else upright.transpose(method)
        exif = tiff_exif(orientation=o, big_endian=(o % 2 == 0))
        save_jpeg(stored, p(f"orientation-{o}.jpg"), quality=95, exif=b"Exif\0\0" + exif)
    upright.save(p("orientation-upright.png"), optimize=True)
    # The same orientation machinery for PNG eXIf and WebP EXIF chunks.
    upright.transpose(Image.ROTATE_90).save(
        p("png-exif-orientation-6.png"), exif=b"Exif\0\0" + tiff_exif(orientation=6), optimize=True)
    upright.transpose(Image.ROTATE_270).save(
        p("webp-exif-orientation-8.webp"), lossless=True, method=4,
        exif=b"Exif\0\0" + tiff_exif(orientation=8, big_endian=True))

    # PNG variants
    small = coffee_crop((120, 80))
    small.save(p("png-rgb8.png"), optimize=True)
    small.convert("L").save(p("png-grey.png"), optimize=True)
    small.quantize(64, method=Image.MEDIANCUT, dither=Image.NONE).save(p("png-palette.png"), optimize=True)
    with_alpha(small).save(p("png-rgba.png"), optimize=True)
    rows = []
    for y in range(small.height):
        row = bytearray()
        for x in range(small.width):
            r, g, b = small.getpixel((x, y))
            # 16-bit samples whose low byte differs from the high byte, so a decoder that
            # mishandles 16-bit data shows.
            for v in (r, g, b):
                row += struct.pack(">H", v * 257 + (x * 13 + y * 7) % 200 - 100 if 0 < v < 255 else v * 257)
        rows.append(bytes(row))
    write_bytes(p("png-rgb16.png"), png_bytes(small.width, small.height, 16, 2, rows))

    # WebP variants
    base.save(p("webp-lossy.webp"), quality=80, method=4)
    base.save(p("webp-lossless.webp"), lossless=True, method=4)
    with_alpha(base).save(p("webp-alpha.webp"), quality=80, method=4)
    frames = [base.convert("RGBA"), chelsea_crop((240, 160)).convert("RGBA"),
              Image.new("RGBA", (240, 160), BLUE + (255,))]
    frames[0].save(p("webp-animated.webp"), save_all=True, append_images=frames[1:],
                   duration=200, loop=0, lossless=False, quality=70, method=4)

    # GIF variants
    gif_base = small.quantize(128, method=Image.MEDIANCUT, dither=Image.NONE)
    gif_base.save(p("gif-static.gif"))  # Pillow writes interlaced GIFs by default
    anim = [f.quantize(128, method=Image.MEDIANCUT, dither=Image.NONE)
            for f in (small, chelsea_crop((120, 80)), Image.new("RGB", (120, 80), RED))]
    anim[0].save(p("gif-animated.gif"), save_all=True, append_images=anim[1:], duration=150,
                 loop=0, interlace=False)
    # A 40x30 frame at (20, 15) on an 80x60 screen: left half red, right half blue, with a
    # transparent 4-pixel stripe at the top of the frame.
    frame = Image.new("P", (40, 30), 0)
    frame.putpalette(list(RED) + list(BLUE) + [0, 255, 0] + [0, 0, 0] * 253)
    frame.paste(1, (20, 0, 40, 30))
    frame.paste(2, (0, 0, 40, 4))
    buf = io.BytesIO()
    frame.save(buf, "GIF", transparency=2, interlace=False, optimize=False)
    write_bytes(p("gif-offset.gif"), gif_with_offset(buf.getvalue(), (80, 60), (20, 15)))


def make_bad():
    os.makedirs(BAD, exist_ok=True)
    b = lambda n: os.path.join(BAD, n)
    write_bytes(b("zero-bytes.jpg"), b"")
    with open(os.path.join(IMAGES, "jpeg-baseline.jpg"), "rb") as f:
        jpeg = f.read()
    write_bytes(b("truncated.jpg"), jpeg[: len(jpeg) // 2])
    with open(os.path.join(IMAGES, "png-rgb8.png"), "rb") as f:
        png = f.read()
    write_bytes(b("truncated.png"), png[: len(png) // 2])
    with open(os.path.join(IMAGES, "webp-lossy.webp"), "rb") as f:
        webp = f.read()
    write_bytes(b("truncated.webp"), webp[: len(webp) // 2])
    with open(os.path.join(IMAGES, "gif-static.gif"), "rb") as f:
        gif = f.read()
    write_bytes(b("truncated.gif"), gif[: len(gif) // 2])
    write_bytes(b("notanimage.jpg"), b"This is a text file, not a photo.\n")
    # A valid PNG signature and IHDR claiming 20000x20000 RGB (400 megapixels) with a tiny
    # IDAT: a decoder must refuse it from the header alone.
    ihdr = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    write_bytes(b("huge-dimensions.png"),
                b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
                + png_chunk(b"IDAT", zlib.compress(b"\0" * 64)) + png_chunk(b"IEND", b""))
    tiny = coffee_crop((32, 24))
    tiny.save(b("unsupported.bmp"))
    tiny.save(b("unsupported.tiff"))


# --- Reference values -------------------------------------------------------------------------

def reference(path):
    """Size, mean colour and sampled pixels as Pillow decodes the file: first frame, upright,
    RGBA."""
    im = Image.open(path)
    im.seek(0)
    im = ImageOps.exif_transpose(im).convert("RGBA")
    w, h = im.size
    samples = []
    for fy in (0.1, 0.5, 0.9):
        for fx in (0.1, 0.5, 0.9):
            x, y = int(fx * (w - 1)), int(fy * (h - 1))
            samples.append([x, y] + list(im.getpixel((x, y))))
    # Colour means are premultiplied by alpha, so fully transparent pixels (whose colour
    # decoders are free to choose) do not count.
    px = list(im.getdata())
    mean = [round(sum(p[c] * p[3] / 255 for p in px) / len(px), 2) for c in range(3)]
    mean.append(round(sum(p[3] for p in px) / len(px), 2))
    return {"width": w, "height": h, "mean": mean, "samples": samples}


def write_reference():
    refs = {}
    for folder in ("photos", "images"):
        for name in sorted(os.listdir(os.path.join(ROOT, folder))):
            if name.endswith(".json"):
                continue
            refs[f"{folder}/{name}"] = reference(os.path.join(ROOT, folder, name))
    with open(os.path.join(IMAGES, "reference.json"), "w") as f:
        json.dump(refs, f, indent=1, sort_keys=True)
        f.write("\n")


def check_orientations():
    """Every orientation fixture must come out as the upright picture under Pillow."""
    up = Image.open(os.path.join(IMAGES, "orientation-upright.png")).convert("RGB")
    for o in range(1, 9):
        im = ImageOps.exif_transpose(Image.open(os.path.join(IMAGES, f"orientation-{o}.jpg")))
        assert im.size == up.size, (o, im.size)
        assert im.getpixel((4, 4))[0] > 180 and im.getpixel((up.width - 4, 4))[2] > 180, o


def main():
    make_photos()
    make_images()
    make_bad()
    check_orientations()
    write_reference()
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(ROOT) for f in fs)
    print(f"fixtures written to {os.path.normpath(ROOT)} ({total // 1024} KiB)")


if __name__ == "__main__":
    sys.exit(main())
