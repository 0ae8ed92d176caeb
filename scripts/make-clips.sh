#!/usr/bin/env bash
# Generates the video clip fixtures in Fixtures/clips with ffmpeg (Debian's build: libx264,
# libx265, libvpx, libopus). Every clip is small (320x180 or less, 1–2 s). The "level" clips
# show flat grey whose luma encodes the frame number (16 + 3·n), so a test can tell which
# source frame a rendered frame shows; the "coffee" clips are made from Fixtures/images'
# coffee crop (CC0, see Fixtures/README.md).
set -euo pipefail
cd "$(dirname "$0")/../Fixtures/clips"
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }
level() { echo "geq=lum='16+3*N':cb=128:cr=128"; }
tags=(-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv)

# 30 fps H.264 with a 660 Hz tone, 2 s.
ff -f lavfi -i "color=c=gray:s=320x180:r=30:d=2,format=yuv420p,$(level)" \
   -f lavfi -i "sine=frequency=660:sample_rate=48000:duration=2" \
   -c:v libx264 -preset veryfast -crf 18 -g 30 "${tags[@]}" -c:a aac -b:a 64k -shortest -movflags +faststart level-30fps-sound.mp4
# The same without sound.
ff -f lavfi -i "color=c=gray:s=320x180:r=30:d=2,format=yuv420p,$(level)" \
   -c:v libx264 -preset veryfast -crf 18 -g 30 "${tags[@]}" -movflags +faststart level-30fps-silent.mp4
# 24 fps VP9 in WebM with Opus sound, 2 s.
ff -f lavfi -i "color=c=gray:s=320x180:r=24:d=2,format=yuv420p,$(level)" \
   -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=2" \
   -c:v libvpx-vp9 -crf 20 -b:v 0 -deadline realtime -cpu-used 8 "${tags[@]}" -c:a libopus -b:a 48k -shortest level-24fps.webm
# 60 fps with frames dropped irregularly (variable frame rate), in Matroska, 1 s.
ff -f lavfi -i "color=c=gray:s=320x180:r=60:d=1,format=yuv420p,$(level)" \
   -vf "select='not(eq(mod(n\,5)\,2))*not(eq(mod(n\,7)\,4))'" -fps_mode vfr \
   -c:v libx264 -preset veryfast -crf 18 "${tags[@]}" level-vfr.mkv
# A portrait picture stored sideways with a 90° display matrix, as phones record:
# upright it is 180x320 with a red band at the top.
ff -f lavfi -i "color=c=0x3060C0:s=180x320:r=30:d=1,drawbox=x=0:y=0:w=180:h=60:color=red:t=fill,format=yuv420p,transpose=cclock" \
   -c:v libx264 -preset veryfast -crf 18 "${tags[@]}" -movflags +faststart rotated-90.mp4
python3 - rotated-90.mp4 <<'PY'
# Writes a 90° clockwise display matrix into the video track header (tkhd), as phones do.
import struct, sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
i = data.find(b"tkhd")
version = data[i + 4]
matrix = i + 4 + 4 + (24 if version == 1 else 12) + 4 + (8 if version == 1 else 4) + 8 + 8
data[matrix:matrix + 36] = struct.pack(">9i", 0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000)
w, h = struct.unpack(">II", data[matrix + 36:matrix + 44])
data[matrix + 36:matrix + 44] = struct.pack(">II", h, w)
open(path, "wb").write(bytes(data))
PY
# The eight orientations a display matrix expresses are tested on one stored picture (the test
# writes each matrix into a copy): blue, a red band along the top, a green block at the bottom
# left, so every turn and mirror puts them somewhere else. 0.2 s.
ff -f lavfi -i "color=c=0x3060C0:s=320x180:r=30:d=0.2,drawbox=x=0:y=0:w=320:h=40:color=red:t=fill,drawbox=x=0:y=100:w=60:h=80:color=green:t=fill,format=yuv420p" \
   -c:v libx264 -preset veryfast -crf 18 "${tags[@]}" -movflags +faststart orientation.mp4
# The coffee crop from RGB into each Y′CbCr matrix, 0.5 s: BT.709 (the reference), BT.601
# tagged as such, and BT.601 untagged (a player takes an untagged SD clip for BT.601).
coffee=(-loop 1 -i ../images/jpeg-baseline.jpg -t 0.5 -r 30)
rgb="scale=320:208,crop=320:180,format=gbrp"
ff "${coffee[@]}" -vf "$rgb,scale=out_color_matrix=bt709:out_range=tv,format=yuv420p" \
   -c:v libx264 -preset veryfast -crf 16 "${tags[@]}" -movflags +faststart coffee-bt709.mp4
ff "${coffee[@]}" -vf "$rgb,scale=out_color_matrix=bt601:out_range=tv,format=yuv420p" \
   -c:v libx264 -preset veryfast -crf 16 -colorspace smpte170m -color_primaries smpte170m -color_trc smpte170m -color_range tv \
   -movflags +faststart coffee-bt601.mp4
ff "${coffee[@]}" -vf "$rgb,scale=out_color_matrix=bt601:out_range=tv,format=yuv420p" \
   -c:v libx264 -preset veryfast -crf 16 -movflags +faststart coffee-sd-untagged.mp4
# The coffee crop as a 1 s SDR clip, and the same converted to HLG BT.2020 10-bit HEVC.
ff -loop 1 -i ../images/jpeg-baseline.jpg -t 1 -r 30 -vf "scale=320:208,crop=320:180,format=yuv420p" \
   -c:v libx264 -preset veryfast -crf 12 "${tags[@]}" -movflags +faststart coffee-sdr.mp4
ff -i coffee-sdr.mp4 -vf "zscale=tin=bt709:min=bt709:pin=bt709:rin=tv:t=linear:npl=100,format=gbrpf32le,zscale=p=bt2020:t=arib-std-b67:m=bt2020nc:r=tv,format=yuv420p10le" \
   -c:v libx265 -x265-params log-level=error:colorprim=bt2020:transfer=arib-std-b67:colormatrix=bt2020nc -crf 14 \
   -tag:v hvc1 -movflags +faststart coffee-hlg-hevc10.mp4
# Interlaced (top field first) H.264, 1 s.
ff -f lavfi -i "color=c=gray:s=320x180:r=60:d=1,format=yuv420p,$(level),tinterlace=interleave_top,setfield=tff" \
   -c:v libx264 -preset veryfast -crf 18 -flags +ilme+ildct -x264-params tff=1 "${tags[@]}" interlaced.mp4
# Damaged: the 30 fps clip cut to half its bytes (its index, at the front, promises 2 s).
head -c "$(( $(stat -c %s level-30fps-sound.mp4) / 2 ))" level-30fps-sound.mp4 > ../bad/truncated-clip.mp4
# Sound only, and text, under video names.
cp ../audio/tone-440-4s.m4a ../bad/sound-only.mp4
printf 'this is not a video\n' > ../bad/text.mp4
ls -l
