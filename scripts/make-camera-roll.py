#!/usr/bin/env python3
"""Writes a realistic phone camera roll into a folder, for trying Reel by hand (not committed).

    /usr/bin/python3 scripts/make-camera-roll.py /tmp/roll          # the roll
    /usr/bin/python3 scripts/make-camera-roll.py /tmp/many --many 300  # 300 small photos

The roll holds what a person's phone export holds: 12 and 48 MP JPEGs stored sideways with EXIF
orientation 6/8 and a Display P3 profile, a 4032x3024 HEIC made of 512x512 tiles (as iPhones write),
PNG screenshots with alpha, an animated GIF, phone clips (1080p60 H.264 with a 90° display matrix,
4K HEVC 10-bit HLG, variable frame rate, with and without sound, 2 s), a .mov that is really sound
only, music in mp3/m4a/wav/ogg/flac at odd lengths and rates (8 kHz mono, 96 kHz 5.1), awkward file
names, and junk (.DS_Store, .json sidecars, .AAE, Thumbs.db, empty files, a symlink loop).

Every upright picture has a red band along its top edge, so a frame shows whether it was turned
upright. Needs Pillow and numpy (python3-pil, python3-numpy), ffmpeg with libx264/libx265, and what
scripts/make-color-fixtures.py needs for its HEIF writer (libheif-dev, liblcms2-dev, a C compiler).
Photos are scikit-image's sample photos (see Fixtures/README.md for their licences), enlarged.
"""

import argparse
import ctypes
import ctypes.util
import importlib.util
import io
import os
import struct
import subprocess
import sys

import numpy as np
from PIL import Image, ImageCms

HERE = os.path.dirname(os.path.abspath(__file__))
SKIMAGE = "/usr/lib/python3/dist-packages/skimage/data"


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ff(*args):
    subprocess.check_call(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *args])


def display_p3_icc():
    """A Display P3 ICC profile (P3 primaries, D65, the sRGB curve), made with lcms2."""
    lcms = ctypes.CDLL(ctypes.util.find_library("lcms2"))

    class XyY(ctypes.Structure):
        _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double), ("Y", ctypes.c_double)]

    lcms.cmsBuildParametricToneCurve.restype = ctypes.c_void_p
    lcms.cmsCreateRGBProfile.restype = ctypes.c_void_p
    params = (ctypes.c_double * 5)(2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045)
    curve = lcms.cmsBuildParametricToneCurve(None, 4, params)
    curves = (ctypes.c_void_p * 3)(curve, curve, curve)
    white = XyY(0.3127, 0.3290, 1.0)
    prim = (XyY * 3)(XyY(0.680, 0.320, 1), XyY(0.265, 0.690, 1), XyY(0.150, 0.060, 1))
    profile = lcms.cmsCreateRGBProfile(ctypes.byref(white), prim, curves)
    lcms.cmsSetProfileVersion(ctypes.c_void_p(profile), ctypes.c_double(4.3))
    size = ctypes.c_uint32(0)
    lcms.cmsSaveProfileToMem(ctypes.c_void_p(profile), None, ctypes.byref(size))
    buf = ctypes.create_string_buffer(size.value)
    lcms.cmsSaveProfileToMem(ctypes.c_void_p(profile), buf, ctypes.byref(size))
    return buf.raw[:size.value]


def photo(name, width, height, seed):
    """A sample photo enlarged to width x height with a little sensor noise and a red top band."""
    img = Image.open(os.path.join(SKIMAGE, name)).convert("RGB")
    scale = max(width / img.width, height / img.height)
    img = img.resize((round(img.width * scale) + 1, round(img.height * scale) + 1), Image.BICUBIC)
    left, top = (img.width - width) // 2, (img.height - height) // 2
    img = img.crop((left, top, left + width, top + height))
    a = np.asarray(img, dtype=np.int16)
    rng = np.random.default_rng(seed)
    a = a + rng.integers(-3, 4, size=a.shape, dtype=np.int16)
    a[: max(8, height // 12)] = (220, 20, 20)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def to_p3(img, icc):
    srgb = ImageCms.createProfile("sRGB")
    p3 = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    return ImageCms.profileToProfile(img, srgb, p3, outputMode="RGB")


def exif_with(orientation):
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15 Pro"
    return exif


def sideways(upright, orientation):
    """What the sensor stored for an upright picture shown with EXIF `orientation` 6 or 8."""
    return upright.transpose(Image.ROTATE_90 if orientation == 6 else Image.ROTATE_270)


def write_photos(out, icc):
    # 12 MP portrait shot, stored sideways (orientation 6), Display P3.
    up = photo("astronaut.png", 3024, 4032, 1)
    sideways(to_p3(up, icc), 6).save(os.path.join(out, "IMG_0001.JPG"), quality=92, icc_profile=icc,
                                     exif=exif_with(6))
    # 12 MP landscape, orientation 8 (phone held the other way), Display P3, name with spaces.
    up = photo("coffee.png", 3024, 4032, 2)
    sideways(to_p3(up, icc), 8).save(os.path.join(out, "IMG 0002 copy.jpg"), quality=90, icc_profile=icc,
                                     exif=exif_with(8))
    # 48 MP landscape, upright (orientation 1), Display P3, unicode name.
    up = photo("chelsea.png", 8064, 6048, 3)
    to_p3(up, icc).save(os.path.join(out, "猫 café ☕.jpg"), quality=90, icc_profile=icc, exif=exif_with(1))
    # A leading dash and a very long name.
    photo("rocket.jpg", 1600, 1200, 4).save(os.path.join(out, "-rf.jpg"), quality=85)
    photo("astronaut.png", 1200, 1600, 5).save(os.path.join(out, ("holiday-" * 28) + "end.jpg"), quality=85)
    # PNG screenshots with alpha (a rounded phone screenshot: transparent corners).
    shot = photo("coffee.png", 1179, 2556, 6).convert("RGBA")
    a = np.asarray(shot).copy()
    a[:60, :60, 3] = 0
    a[-60:, -60:, 3] = 0
    a[300:900, :, 3] = 128
    Image.fromarray(a).save(os.path.join(out, "Screenshot 2026-11-30 at 10.12.03.png"))
    # An animated GIF (a meme saved from chat).
    frames = [photo("chelsea.png", 480, 270, 10 + i).quantize(64) for i in range(8)]
    frames[0].save(os.path.join(out, "reaction.gif"), save_all=True, append_images=frames[1:], duration=80, loop=0)


def write_heic(out, icc):
    cf = load("make_color_fixtures", "make-color-fixtures.py")
    tool = cf.writer()
    up = photo("rocket.jpg", 4032, 3024, 7)
    cf.grid_heic(tool, up, os.path.join(out, "IMG_0003.HEIC"), 512, 512)
    # A single-image HEIC with a Display P3 profile and EXIF orientation 6 (irot from the writer).
    cf.write_heif(tool, sideways(to_p3(photo("coffee.png", 1512, 2016, 8), icc), 6),
                  os.path.join(out, "IMG_0004.heic"), orientation=6, icc=icc, quality=80)


def rotate_90(path):
    """Writes a 90° clockwise display matrix into the first (video) track header, as phones do
    (FFmpeg 5.1 has no -display_rotation); the header's size becomes the upright one."""
    data = bytearray(open(path, "rb").read())
    i = data.find(b"tkhd")
    version = data[i + 4]
    matrix = i + 4 + 4 + (24 if version == 1 else 12) + 4 + (8 if version == 1 else 4) + 8 + 8
    data[matrix:matrix + 36] = struct.pack(">9i", 0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000)
    w, h = struct.unpack(">II", data[matrix + 36:matrix + 44])
    data[matrix + 36:matrix + 44] = struct.pack(">II", h, w)
    open(path, "wb").write(bytes(data))


def write_clips(out):
    src = os.path.join(SKIMAGE, "astronaut.png")
    band = "drawbox=x=0:y=0:w=iw:h=ih/12:color=red:t=fill"
    # 1080p60 H.264 portrait clip stored sideways with a 90° display matrix, AAC sound, 4 s.
    tmp = os.path.join(out, ".tmp-rot.mp4")
    ff("-f", "lavfi", "-i", f"testsrc2=s=1080x1920:r=60:d=4,{band},transpose=cclock,format=yuv420p",
       "-f", "lavfi", "-i", "sine=frequency=523:sample_rate=44100:duration=4",
       "-c:v", "libx264", "-preset", "ultrafast", "-crf", "23", "-c:a", "aac", "-shortest", tmp)
    os.replace(tmp, os.path.join(out, "IMG_0005.MOV"))
    rotate_90(os.path.join(out, "IMG_0005.MOV"))
    # 4K HEVC 10-bit HLG, 3 s, with sound (an SDR clip first, then converted as make-clips.sh does).
    sdr = os.path.join(out, ".tmp-sdr.mp4")
    ff("-f", "lavfi", "-i", f"testsrc2=s=3840x2160:r=30:d=3,{band},format=yuv420p",
       "-f", "lavfi", "-i", "sine=frequency=330:sample_rate=48000:duration=3",
       "-c:v", "libx264", "-preset", "ultrafast", "-crf", "12", "-colorspace", "bt709", "-color_primaries", "bt709",
       "-color_trc", "bt709", "-color_range", "tv", "-c:a", "aac", "-shortest", sdr)
    ff("-i", sdr, "-vf", "zscale=tin=bt709:min=bt709:pin=bt709:rin=tv:t=linear:npl=100,format=gbrpf32le,"
                         "zscale=p=bt2020:t=arib-std-b67:m=bt2020nc:r=tv,format=yuv420p10le",
       "-c:v", "libx265", "-preset", "ultrafast", "-x265-params",
       "log-level=error:colorprim=bt2020:transfer=arib-std-b67:colormatrix=bt2020nc", "-crf", "28",
       "-tag:v", "hvc1", "-c:a", "copy", os.path.join(out, "IMG_0006.MOV"))
    os.remove(sdr)
    # Variable frame rate (frames dropped irregularly), no sound.
    ff("-f", "lavfi", "-i", f"testsrc2=s=1280x720:r=60:d=3,{band}",
       "-vf", "select='not(eq(mod(n\\,5)\\,2))*not(eq(mod(n\\,7)\\,4))'", "-fps_mode", "vfr",
       "-c:v", "libx264", "-preset", "ultrafast", os.path.join(out, "IMG_0007.mp4"))
    # A 2-second clip, 29.97 fps, with sound.
    ff("-loop", "1", "-i", src, "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
       "-t", "2", "-r", "30000/1001", "-vf", f"scale=1280:720,{band},format=yuv420p",
       "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", os.path.join(out, "IMG_0008.mp4"))
    # Sound only under a video name (a voice memo renamed .mov).
    ff("-f", "lavfi", "-i", "sine=frequency=200:duration=3", "-c:a", "aac", "-f", "mov", os.path.join(out, "voice memo.mov"))


def write_music(out):
    os.makedirs(out, exist_ok=True)
    tone = "sine=frequency=440:sample_rate={r}:duration={d}"
    ff("-f", "lavfi", "-i", tone.format(r=44100, d=7.3), "-c:a", "libmp3lame", "-b:a", "128k", os.path.join(out, "song.mp3"))
    ff("-f", "lavfi", "-i", tone.format(r=44100, d=61.7), "-c:a", "aac", os.path.join(out, "song long.m4a"))
    ff("-f", "lavfi", "-i", tone.format(r=8000, d=5.01), "-ac", "1", os.path.join(out, "8k-mono.wav"))
    ff("-f", "lavfi", "-i", tone.format(r=96000, d=4.5), "-af", "pan=5.1|c0=c0|c1=c0|c2=c0|c3=c0|c4=c0|c5=c0",
       "-c:a", "flac", os.path.join(out, "96k-5.1.flac"))
    ff("-f", "lavfi", "-i", tone.format(r=22050, d=0.7), "-c:a", "libvorbis", os.path.join(out, "short.ogg"))


def write_junk(out):
    for name, data in [(".DS_Store", b"\0\0\0\1Bud1" + bytes(100)), ("Thumbs.db", bytes(512)),
                       ("IMG_0001.AAE", b"<?xml version=\"1.0\"?><plist/>"),
                       ("IMG_0001.JPG.json", b'{"title": "IMG_0001.JPG"}'), ("empty.jpg", b""), ("notes.txt", b"hi")]:
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    os.makedirs(os.path.join(out, "sub"), exist_ok=True)
    link = os.path.join(out, "sub", "loop")
    if not os.path.lexists(link):
        os.symlink("..", link)


def write_many(out, count):
    for i in range(count):
        photo(["astronaut.png", "coffee.png", "chelsea.png", "rocket.jpg"][i % 4], 640, 480, 100 + i).save(
            os.path.join(out, f"IMG_{i:04d}.jpg"), quality=85)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--many", type=int, default=0, help="write this many small photos instead of the roll")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.many:
        write_many(args.out, args.many)
        return
    icc = display_p3_icc()
    write_photos(args.out, icc)
    write_heic(args.out, icc)
    write_clips(args.out)
    write_music(os.path.join(args.out, "..", os.path.basename(args.out.rstrip("/")) + "-music"))
    write_junk(args.out)


if __name__ == "__main__":
    sys.exit(main())
