#!/usr/bin/env bash
# `make bench`: speed and memory against the x264 floor and the ffmpeg recipe (scripts/bench.py),
# then the clip scene (scripts/bench-clips.py) and many videos at once (scripts/bench-batch.py).
# `scripts/bench.sh photos`, `clips` or `batch` runs one part.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v ffmpeg >/dev/null || { echo "bench: ffmpeg is needed (scripts/install-deps.sh installs it)" >&2; exit 1; }
command -v heif-enc >/dev/null || {
  echo "bench: installing libheif-examples (heif-enc) to make the HEIC photos"
  ${SUDO:-$( [ "$(id -u)" -ne 0 ] && echo sudo )} apt-get install -y -qq --no-install-recommends libheif-examples >/dev/null
}
/usr/bin/python3 -c 'import numpy, PIL' 2>/dev/null || {
  echo "bench: installing python3-numpy and python3-pil to generate the photos"
  ${SUDO:-$( [ "$(id -u)" -ne 0 ] && echo sudo )} apt-get install -y -qq python3-numpy python3-pil >/dev/null
}
case "${1:-all}" in
  photos) exec /usr/bin/python3 scripts/bench.py ;;
  clips) exec /usr/bin/python3 scripts/bench-clips.py ;;
  batch) exec /usr/bin/python3 scripts/bench-batch.py ;;
  *) /usr/bin/python3 scripts/bench.py && /usr/bin/python3 scripts/bench-clips.py && exec /usr/bin/python3 scripts/bench-batch.py ;;
esac
