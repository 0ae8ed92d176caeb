#!/usr/bin/env python3
"""Regenerates Fixtures/heif (HEIC/AVIF) and Fixtures/color (embedded colour profiles).

Run from anywhere:  /usr/bin/python3 scripts/make-color-fixtures.py

Needs Pillow with littleCMS and numpy (Debian: python3-pil, python3-numpy), a C compiler, libheif-dev (Debian 12's
libheif1 brings the x265 and aom encoders) and liblcms2-dev to build
scripts/fixture-tools/heif-fixture-writer.c, plus the ICC profiles of colord-data
(ProPhoto RGB, Adobe RGB (1998), sRGB; CC0); the grey and CMYK profiles are made by the
writer with lcms2. The pictures come from scikit-image's sample photos through scripts/make-fixtures.py. The HEVC
and AV1 encoders are deterministic for fixed settings and versions; the script prints, for
each colour-managed fixture, the mean CIE76 colour difference against the sRGB original
when the profile is ignored (what Reel showed before colour management).
"""

import importlib.util
import io
import os
import struct
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageCms

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("make_fixtures", os.path.join(HERE, "make-fixtures.py"))
mf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mf)

ROOT = os.path.join(HERE, "..", "Fixtures")
HEIF = os.path.join(ROOT, "heif")
COLOR = os.path.join(ROOT, "color")
BAD = os.path.join(ROOT, "bad")
COLORD = "/usr/share/color/icc/colord"
SIZE = (160, 120)


def writer():
    """Builds the C fixture writer into a temporary directory; returns its path."""
    out = os.path.join(tempfile.mkdtemp(), "heif-fixture-writer")
    flags = subprocess.check_output(["pkg-config", "--cflags", "--libs", "libheif", "lcms2"], text=True).split()
    subprocess.check_call(["cc", "-O1", "-o", out, os.path.join(HERE, "fixture-tools", "heif-fixture-writer.c")] + flags + ["-lm"])
    return out


def write_heif(tool, img, path, bits=8, orientation=1, exif=None, icc=None, avif=False, quality=80, chroma="420",
               nclx_primaries=None, premultiplied=False, nclx_options=()):
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "in.raw")
        with open(raw, "wb") as f:
            f.write(img.tobytes())
        exif_path = icc_path = "-"
        if exif is not None:
            exif_path = os.path.join(tmp, "exif.tiff")
            mf.write_bytes(exif_path, exif)
        if icc is not None:
            icc_path = os.path.join(tmp, "profile.icc")
            mf.write_bytes(icc_path, icc)
        channels = 4 if img.mode == "RGBA" else 3
        subprocess.check_call([tool, "heif", raw, str(img.width), str(img.height), str(channels), str(bits),
                               str(orientation), exif_path, icc_path, "avif" if avif else "heic", str(quality), chroma, path]
                              + ([f"nclx={nclx_primaries}"] if nclx_primaries else [])
                              + list(nclx_options)
                              + (["premultiplied"] if premultiplied else []))


# --- A grid HEIC assembled from four separately encoded tiles, as phones write them -----

def boxes(data, start=0, end=None):
    """(type, payload start, box end) of the ISO-BMFF boxes in data[start:end]."""
    pos, end = start, len(data) if end is None else end
    while pos + 8 <= end:
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        yield kind.decode("latin-1"), pos + 8, pos + size
        pos += size


def box(kind, payload, full=None):
    """A box; `full` = (version, flags) makes it a FullBox."""
    if full is not None:
        payload = struct.pack(">I", full[0] << 24 | full[1]) + payload
    return struct.pack(">I4s", 8 + len(payload), kind.encode()) + payload


def tile_parts(path):
    """The hvcC box and coded bytes of a single-image HEIC's primary item."""
    data = open(path, "rb").read()
    meta = next((s, e) for k, s, e in boxes(data) if k == "meta")
    inner = {k: (s, e) for k, s, e in boxes(data, meta[0] + 4, meta[1])}
    iprp = inner["iprp"]
    ipco = next((s, e) for k, s, e in boxes(data, *iprp) if k == "ipco")
    hvcc = next(data[s - 8:e] for k, s, e in boxes(data, *ipco) if k == "hvcC")
    s, _ = inner["iloc"]
    version = data[s]
    assert version in (0, 1)
    sizes = data[s + 4] << 8 | data[s + 5]
    offset_size, length_size, base_size = sizes >> 12, (sizes >> 8) & 15, (sizes >> 4) & 15
    assert (offset_size, length_size) == (4, 4) and base_size in (0, 4), "unexpected iloc layout"
    pos = s + 6
    count = struct.unpack(">H", data[pos:pos + 2])[0]
    assert count == 1, "the tile was wrapped (its size must be a multiple of 8)"
    pos += 2
    chunks = []
    for _ in range(count):
        pos += 2 + (2 if version == 1 else 0) + 2  # item ID, construction method, data reference index
        base = struct.unpack(">I", data[pos:pos + 4])[0] if base_size else 0
        pos += base_size
        extents = struct.unpack(">H", data[pos:pos + 2])[0]
        pos += 2
        for _ in range(extents):
            off, length = struct.unpack(">II", data[pos:pos + 8])
            pos += 8
            chunks.append(data[base + off:base + off + length])
    return hvcc, b"".join(chunks)


def grid_heic(tool, img, path, tw, th):
    """`img` as a grid of tw x th HEVC tiles (items 1…n hidden, the grid item primary). Like a
    phone's 512x512 tiles, the last row and column may reach past the picture: the grid's
    output size crops them (the source is extended by repeating its last row and column)."""
    cols, rows = -(-img.width // tw), -(-img.height // th)
    padded = Image.new("RGB", (cols * tw, rows * th))
    padded.paste(img, (0, 0))
    for y in range(img.height, rows * th):
        padded.paste(img.crop((0, img.height - 1, img.width, img.height)), (0, y))
    for x in range(img.width, cols * tw):
        padded.paste(padded.crop((img.width - 1, 0, img.width, rows * th)), (x, 0))
    parts = []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rows):
            for c in range(cols):
                tile = os.path.join(tmp, f"{r}{c}.heic")
                write_heif(tool, padded.crop((c * tw, r * th, (c + 1) * tw, (r + 1) * th)), tile)
                parts.append(tile_parts(tile))
    n = len(parts)
    grid_id = n + 1
    descriptor = struct.pack(">BBBBHH", 0, 0, rows - 1, cols - 1, img.width, img.height)
    infe = [box("infe", struct.pack(">HH4s", i + 1, 0, b"hvc1") + b"\0", (2, 1)) for i in range(n)]
    infe.append(box("infe", struct.pack(">HH4s", grid_id, 0, b"grid") + b"\0", (2, 0)))
    ipco = box("ipco", b"".join(h for h, _ in parts) + box("ispe", struct.pack(">II", tw, th), (0, 0))
               + box("ispe", struct.pack(">II", img.width, img.height), (0, 0)))
    assoc = b"".join(struct.pack(">HBBB", i + 1, 2, 0x80 | (i + 1), n + 1) for i in range(n))
    assoc += struct.pack(">HBB", grid_id, 1, n + 2)
    ipma = box("ipma", struct.pack(">I", n + 1) + assoc, (0, 0))
    iref = box("iref", box("dimg", struct.pack(">HH", grid_id, n) + b"".join(struct.pack(">H", i + 1) for i in range(n))), (0, 0))

    def meta_with(offsets):
        iloc_items = b"".join(struct.pack(">HHHII", i + 1, 0, 1, offsets[i], len(parts[i][1])) for i in range(n))
        iloc_items += struct.pack(">HHHII", grid_id, 0, 1, offsets[n], len(descriptor))
        iloc = box("iloc", struct.pack(">BBH", 0x44, 0x00, n + 1) + iloc_items, (0, 0))
        return box("meta", box("hdlr", struct.pack(">I4s", 0, b"pict") + bytes(12) + b"\0", (0, 0))
                   + box("pitm", struct.pack(">H", grid_id), (0, 0))
                   + iloc + box("iinf", struct.pack(">H", n + 1) + b"".join(infe), (0, 0))
                   + iref + box("iprp", ipco + ipma), (0, 0))

    ftyp = box("ftyp", b"heic" + struct.pack(">I", 0) + b"mif1heic")
    head = len(ftyp) + len(meta_with([0] * (n + 1))) + 8  # + the mdat header
    offsets, pos = [], head
    for _, coded in parts:
        offsets.append(pos)
        pos += len(coded)
    offsets.append(pos)
    mdat = box("mdat", b"".join(coded for _, coded in parts) + descriptor)
    mf.write_bytes(path, ftyp + meta_with(offsets) + mdat)


def profile_bytes(name):
    with open(os.path.join(COLORD, name), "rb") as f:
        return f.read()


def convert(img, profile_path, mode="RGB"):
    """`img` (sRGB) converted into the profile's space, relative colorimetric."""
    srgb = ImageCms.createProfile("sRGB")
    return ImageCms.profileToProfile(img, srgb, profile_path, renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                                     outputMode=mode)


def lab(rgb):
    """CIE Lab (D65) of sRGB pixels (N×3, 0–255)."""
    c = rgb.astype(np.float64) / 255
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = lin @ m.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]), 200 * (f[:, 1] - f[:, 2])], axis=1)


def delta_e(a, b):
    pa = np.asarray(a.convert("RGB")).reshape(-1, 3)
    pb = np.asarray(b.convert("RGB")).reshape(-1, 3)
    return float(np.mean(np.linalg.norm(lab(pa) - lab(pb), axis=1)))


def unmanaged(path):
    """What a decoder that ignores profiles shows."""
    img = Image.open(path)
    img.load()
    if img.mode == "CMYK":
        # Reel's naive CMYK conversion; Pillow hands back the same (non-inverted) values.
        c, m, y, k = [np.asarray(ch, dtype=np.float64) for ch in img.split()]
        rgb = np.stack([(255 - c) * (255 - k) / 255, (255 - m) * (255 - k) / 255, (255 - y) * (255 - k) / 255], axis=2)
        return Image.fromarray(np.round(rgb).astype(np.uint8))
    return img.convert("RGB")


def to_display_p3(img):
    """`img` (sRGB) in Display P3 (P3 primaries, D65, sRGB curve), by matrix: the photo as a
    phone's P3 HEIC/AVIF would hold it."""
    c = np.asarray(img, dtype=np.float64) / 255
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)

    def rgb_to_xyz(prim, white):
        xyz = np.array([[x / y, 1, (1 - x - y) / y] for x, y in prim]).T
        wx, wy = white
        s = np.linalg.solve(xyz, np.array([wx / wy, 1, (1 - wx - wy) / wy]))
        return xyz * s

    d65 = (0.3127, 0.3290)
    srgb = rgb_to_xyz([(0.64, 0.33), (0.30, 0.60), (0.15, 0.06)], d65)
    p3 = rgb_to_xyz([(0.680, 0.320), (0.265, 0.690), (0.150, 0.060)], d65)
    out = np.clip(lin @ (np.linalg.inv(p3) @ srgb).T, 0, 1)
    enc = np.where(out <= 0.0031308, out * 12.92, 1.055 * out ** (1 / 2.4) - 0.055)
    return Image.fromarray(np.round(enc * 255).astype(np.uint8), "RGB")


def grey_encoded(img, gamma):
    """The sRGB grey picture re-encoded with a pure gamma curve (what a gamma-`gamma` grey profile expects)."""
    g = np.asarray(img.convert("L"), dtype=np.float64) / 255
    lin = np.where(g <= 0.04045, g / 12.92, ((g + 0.055) / 1.055) ** 2.4)
    return Image.fromarray(np.round(255 * lin ** (1 / gamma)).astype(np.uint8), "L")


def make_heif(tool, original):
    os.makedirs(HEIF, exist_ok=True)
    write_heif(tool, original, os.path.join(HEIF, "heic-8bit.heic"))
    write_heif(tool, original, os.path.join(HEIF, "heic-10bit.heic"), bits=10)
    write_heif(tool, mf.with_alpha(original), os.path.join(HEIF, "heic-alpha.heic"))
    # The same with the colour premultiplied by alpha, as the file says (libheif hands it out so).
    straight = np.asarray(mf.with_alpha(original), dtype=np.uint32)
    premultiplied = straight.copy()
    premultiplied[:, :, :3] = (straight[:, :, :3] * straight[:, :, 3:] + 127) // 255
    write_heif(tool, Image.fromarray(premultiplied.astype(np.uint8), "RGBA"),
               os.path.join(HEIF, "heic-alpha-premultiplied.heic"), premultiplied=True)
    write_heif(tool, original, os.path.join(HEIF, "avif-8bit.avif"), avif=True, quality=70)
    # Stored turned a quarter left; irot (orientation 6) turns it back upright.
    stored = original.transpose(Image.Transpose.ROTATE_90)
    write_heif(tool, stored, os.path.join(HEIF, "heic-irot-6.heic"), orientation=6)
    write_heif(tool, stored, os.path.join(HEIF, "heic-irot-6-exif-6.heic"), orientation=6,
               exif=mf.tiff_exif(orientation=6, date_time_original="2022:07:01 09:15:00"))
    # Four 80x64 tiles covering 160x128, cropped to 160x120 (libheif's x265 encoder wraps
    # anything smaller than 64 in a grid of its own, so 80x60 tiles would not do).
    grid_heic(tool, original, os.path.join(HEIF, "heic-grid-2x2.heic"), tw=80, th=64)
    # An odd size the HEVC encoder pads: libheif wraps the coded image in a 1x1 `grid` item.
    write_heif(tool, original.crop((0, 0, 159, 119)), os.path.join(HEIF, "heic-grid-159x119.heic"))
    write_heif(tool, convert(original, os.path.join(COLORD, "ProPhotoRGB.icc")), os.path.join(HEIF, "heic-prophoto.heic"),
               icc=profile_bytes("ProPhotoRGB.icc"), quality=92, chroma="444")
    # Display P3 declared by nclx (primaries 12, sRGB transfer), as AVIF and HEIC.
    p3 = to_display_p3(original)
    write_heif(tool, p3, os.path.join(HEIF, "avif-nclx-p3.avif"), avif=True, quality=90, chroma="444", nclx_primaries=12)
    write_heif(tool, p3, os.path.join(HEIF, "heic-nclx-p3.heic"), quality=92, chroma="444", nclx_primaries=12)
    # BT.709 matrix and limited-range samples, declared by nclx (as some cameras write HEIC).
    write_heif(tool, original, os.path.join(HEIF, "heic-nclx-709-limited.heic"), nclx_options=["matrix=1", "limited"])
    with open(os.path.join(HEIF, "heic-8bit.heic"), "rb") as f:
        data = f.read()
    mf.write_bytes(os.path.join(BAD, "truncated.heic"), data[: len(data) // 2])
    mf.write_bytes(os.path.join(BAD, "garbage-after-ftyp.heic"), data[:32] + bytes(range(256)) * 4)


def make_color(tool, original):
    os.makedirs(COLOR, exist_ok=True)
    original.save(os.path.join(COLOR, "srgb.png"), optimize=True)
    for name, profile in [("prophoto", "ProPhotoRGB.icc"), ("adobergb", "AdobeRGB1998.icc")]:
        wide = convert(original, os.path.join(COLORD, profile))
        icc = profile_bytes(profile)
        # 4:4:4 at high quality: chroma subsampling in a wide space would blur colours that the
        # test attributes to colour management.
        mf.save_jpeg(wide, os.path.join(COLOR, f"{name}.jpg"), quality=97, subsampling=0, icc_profile=icc)
        wide.save(os.path.join(COLOR, f"{name}.png"), optimize=True, icc_profile=icc)
        wide.save(os.path.join(COLOR, f"{name}.webp"), lossless=True, icc_profile=icc)
    # With alpha: the transform must leave it exactly as it was.
    wide = mf.with_alpha(convert(original, os.path.join(COLORD, "AdobeRGB1998.icc")))
    wide.save(os.path.join(COLOR, "adobergb-alpha.png"), optimize=True, icc_profile=profile_bytes("AdobeRGB1998.icc"))
    # No iCCP: cHRM with Adobe RGB's chromaticities and gAMA 1/2.2 over the Adobe RGB pixels.
    adobe = convert(original, os.path.join(COLORD, "AdobeRGB1998.icc"))
    chrm = struct.pack(">8I", *[round(v * 100000) for v in (0.3127, 0.3290, 0.64, 0.33, 0.21, 0.71, 0.15, 0.06)])
    rows = [adobe.tobytes()[y * adobe.width * 3:(y + 1) * adobe.width * 3] for y in range(adobe.height)]
    mf.write_bytes(os.path.join(COLOR, "png-chrm-adobergb.png"),
                   mf.png_bytes(adobe.width, adobe.height, 8, 2, rows,
                                [(b"gAMA", struct.pack(">I", 45455)), (b"cHRM", chrm)]))
    # sRGB with the sRGB profile embedded: must decode exactly like no profile (the fast path).
    mf.save_jpeg(original, os.path.join(COLOR, "srgb-profile.jpg"), quality=95, icc_profile=profile_bytes("sRGB.icc"))
    mf.save_jpeg(original, os.path.join(COLOR, "srgb-no-profile.jpg"), quality=95)
    # A damaged profile (valid header signature, garbage after): decodes as sRGB.
    garbage = bytearray(profile_bytes("AdobeRGB1998.icc"))
    garbage[128:] = bytes((i * 37 + 11) % 256 for i in range(len(garbage) - 128))
    mf.save_jpeg(original, os.path.join(COLOR, "broken-profile.jpg"), quality=95, icc_profile=bytes(garbage))
    # CMYK through our made-up press profile (about 80 KB: two APP2 chunks, which must be
    # joined in order), Adobe-marked inverted CMYK as Pillow and Photoshop write.
    cmyk_profile = os.path.join(tempfile.mkdtemp(), "cmyk.icc")
    subprocess.check_call([tool, "cmyk-profile", cmyk_profile])
    with open(cmyk_profile, "rb") as f:
        cmyk_icc = bytearray(f.read())
    cmyk_icc[24:36] = bytes(12)  # creation date, as for the grey profile
    with open(cmyk_profile, "wb") as f:
        f.write(cmyk_icc)
    cmyk = convert(original, cmyk_profile, mode="CMYK")
    mf.save_jpeg(cmyk, os.path.join(COLOR, "cmyk-profile.jpg"), quality=95, icc_profile=bytes(cmyk_icc))
    # Some sRGB colours of the photo are outside this CMYK gamut, so the reference is what
    # littleCMS itself (through Pillow) makes of the file: relative colorimetric with black
    # point compensation, as Reel converts.
    decoded = Image.open(os.path.join(COLOR, "cmyk-profile.jpg"))
    reference = ImageCms.profileToProfile(decoded, cmyk_profile, ImageCms.createProfile("sRGB"),
                                          renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC, outputMode="RGB",
                                          flags=ImageCms.FLAGS["BLACKPOINTCOMPENSATION"])
    reference.info.pop("icc_profile", None)  # its dated sRGB profile would change every run
    reference.save(os.path.join(COLOR, "cmyk-profile-lcms.png"), optimize=True)
    # Grey with a gamma-1.5 grey profile (sRGB grey would be gamma ~2.2).
    profile = os.path.join(tempfile.mkdtemp(), "grey.icc")
    subprocess.check_call([tool, "grey-profile", "1.5", profile])
    with open(profile, "rb") as f:
        grey_icc = bytearray(f.read())
    grey_icc[24:36] = bytes(12)  # the creation date lcms2 stamps: zero, so reruns give the same bytes
    grey_icc = bytes(grey_icc)
    grey = grey_encoded(original, 1.5)
    mf.save_jpeg(grey, os.path.join(COLOR, "grey-gamma15.jpg"), quality=95, icc_profile=grey_icc)
    grey.save(os.path.join(COLOR, "grey-gamma15.png"), optimize=True, icc_profile=grey_icc)
    original.convert("L").save(os.path.join(COLOR, "grey-srgb.png"), optimize=True)


def report(original):
    print("mean CIE76 dE against color/srgb.png when the profile is ignored:")
    for name in ["prophoto.jpg", "prophoto.png", "prophoto.webp", "adobergb.jpg", "adobergb.png", "adobergb.webp",
                 "png-chrm-adobergb.png", "cmyk-profile.jpg"]:
        print(f"  {name:20s} {delta_e(unmanaged(os.path.join(COLOR, name)), original):5.2f}")
    grey_ref = original.convert("L")
    for name in ["grey-gamma15.jpg", "grey-gamma15.png"]:
        print(f"  {name:20s} {delta_e(unmanaged(os.path.join(COLOR, name)), grey_ref):5.2f}")
    print(f"  {'display P3 pixels':20s} {delta_e(to_display_p3(original), original):5.2f} (heic/avif-nclx-p3 before compression)")
    print(f"  {'ProPhoto pixels':20s} {delta_e(convert(original, os.path.join(COLORD, 'ProPhotoRGB.icc')), original):5.2f} (heic-prophoto before compression)")


def main():
    tool = writer()
    original = mf.coffee_crop(SIZE)
    make_color(tool, original)
    make_heif(tool, original)
    report(original)


if __name__ == "__main__":
    main()
