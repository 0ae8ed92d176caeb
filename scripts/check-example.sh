#!/usr/bin/env bash
# `make example`: builds Examples/EmbedReel (an app that embeds Reel by path, a separate
# package with its own .build) and runs it twice: a render of Fixtures/photos, checked with
# ffprobe, and a render cancelled part-way, which must exit 130 and leave nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
fail() { echo "make example: $*" >&2; exit 1; }

t0=$(date +%s)
(cd Examples/EmbedReel && $SWIFT build -Xcxx -O2)
bin="$(cd Examples/EmbedReel && $SWIFT build -Xcxx -O2 --show-bin-path)/EmbedReel"
t1=$(date +%s)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" Fixtures/photos "$tmp/video.mp4" | tee "$tmp/log"
steps=$(grep -c ' % (' "$tmp/log" || true)
[ "$steps" -eq 10 ] || fail "expected 10 progress lines (one per 10 %), got $steps"
facts=$(ffprobe -v error -count_frames -select_streams v:0 \
    -show_entries stream=codec_name,width,height,nb_read_frames -of csv=p=0 "$tmp/video.mp4")
# 5 photos × 3 s less 4 crossfades × 0.5 s = 13 s at 30 fps; preview quality is half of 1920x1080.
[ "$facts" = "h264,960,540,390" ] || fail "unexpected video: $facts"
t2=$(date +%s)

mkdir "$tmp/cancelled"
status=0
"$bin" Fixtures/photos "$tmp/cancelled/video.mp4" --cancel-after 0.5 || status=$?
[ "$status" -eq 130 ] || fail "a cancelled render exited $status, not 130"
[ -z "$(ls -A "$tmp/cancelled")" ] || fail "a cancelled render left $(ls -A "$tmp/cancelled")"
t3=$(date +%s)
echo "EmbedReel: built in $((t1 - t0)) s, rendered and checked in $((t2 - t1)) s, cancelled run $((t3 - t2)) s"
