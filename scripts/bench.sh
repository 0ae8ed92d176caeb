#!/usr/bin/env bash
# `make bench`: speed and memory against the x264 floor and the ffmpeg recipe (see scripts/bench.py).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v ffmpeg >/dev/null || { echo "bench: ffmpeg is needed (scripts/install-deps.sh installs it)" >&2; exit 1; }
/usr/bin/python3 -c 'import numpy, PIL' 2>/dev/null || {
  echo "bench: installing python3-numpy and python3-pil to generate the photos"
  ${SUDO:-$( [ "$(id -u)" -ne 0 ] && echo sudo )} apt-get install -y -qq python3-numpy python3-pil >/dev/null
}
exec python3 scripts/bench.py "$@"
