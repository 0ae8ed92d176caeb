#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Reel needs to build, test and render, if any are missing.
# Idempotent: when everything is present it only checks and exits. Uses sudo when not root.
set -euo pipefail

packages=(
  pkg-config
  libavformat-dev libavcodec-dev libswscale-dev libavutil-dev libswresample-dev libavfilter-dev  # FFmpeg's libav (H.264 via libx264, AAC, MP4; clip decoding, scaling and HDR tone mapping)
  libturbojpeg0-dev libpng-dev libwebp-dev libgif-dev zlib1g-dev                # photo decoders (zlib: PNG iCCP profiles)
  libheif-dev libheif1                                                          # HEIC/HEIF/AVIF (Debian 12's libheif1 carries the HEVC and AV1 decoders: libde265, dav1d, aom; Reel decodes HEVC with libavcodec through CHeifAV, libde265 as the fallback)
  liblcms2-dev                                                                  # colour management: embedded ICC profiles to sRGB
  libebur128-dev libaubio-dev                                                   # music: EBU R128 loudness and true peak; beat tracking
  libdlib-dev liblapack-dev                                                     # faces: dlib's HOG face detector (its header templates call BLAS and LAPACK)
  libcurl4-openssl-dev                                                          # cloud export transport
  libfreetype-dev fontconfig fonts-dejavu-core fonts-noto-cjk                   # titles: glyphs, font lookup, Latin and CJK fonts
  ffmpeg                                                                        # ffprobe/ffmpeg for tests and the benchmark
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "install-deps: the Swift toolchain (6.0 or newer) is not on PATH; install it from the Swift project's Linux packages, then run this again." >&2
  exit 1
fi
