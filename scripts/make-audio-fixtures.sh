#!/bin/sh
# Regenerates Fixtures/audio and the bad-* audio files in Fixtures/bad from lavfi test tones.
#
# Run from anywhere:  sh scripts/make-audio-fixtures.sh
#
# Needs the ffmpeg command-line tool with libmp3lame and libvorbis (Debian: ffmpeg). Every file
# is a sine tone written with fixed encoder settings and no metadata, so re-running gives the
# same bytes for the same ffmpeg version.
set -eu

ROOT="$(cd "$(dirname "$0")/.." && pwd)/Fixtures"
AUDIO="$ROOT/audio"
BAD="$ROOT/bad"
mkdir -p "$AUDIO" "$BAD"

# Quiet, deterministic output: no encoder tags or metadata, overwrite without asking.
ff() { ffmpeg -v error -nostdin -y "$@"; }
BITEXACT="-fflags +bitexact -flags:a +bitexact -map_metadata -1"

# A stereo tone: $1 Hz left, $2 Hz right, amplitude 0.3 (about -10.5 dBFS), $3 seconds, $4 Hz rate.
tone() { echo "aevalsrc=0.3*sin(2*PI*$1*t)|0.3*sin(2*PI*$2*t):s=$4:d=$3"; }
# A mono tone: $1 Hz, amplitude 0.3, $2 seconds, $3 Hz rate.
mono() { echo "aevalsrc=0.3*sin(2*PI*$1*t):s=$3:d=$2"; }

# Four seconds: longer than the short test videos.
ff -f lavfi -i "$(tone 440 440 4 44100)" $BITEXACT -c:a libmp3lame -b:a 64k "$AUDIO/tone-440-4s.mp3"
ff -f lavfi -i "$(tone 440 440 4 44100)" $BITEXACT -c:a aac -b:a 64k "$AUDIO/tone-440-4s.m4a"
# Two seconds: shorter than the test videos, so they loop.
ff -f lavfi -i "$(mono 440 2 16000)" $BITEXACT -c:a pcm_s16le "$AUDIO/tone-440-2s.wav"
ff -f lavfi -i "$(mono 660 2 16000)" $BITEXACT -c:a flac "$AUDIO/tone-660-2s.flac"
ff -f lavfi -i "$(tone 550 550 2 44100)" $BITEXACT -c:a libvorbis -q:a 0 "$AUDIO/tone-550-2s.ogg"

# Bad audio. The first half of the mp3: its header still promises four seconds.
SIZE=$(wc -c < "$AUDIO/tone-440-4s.mp3")
head -c $((SIZE / 2)) "$AUDIO/tone-440-4s.mp3" > "$BAD/bad-truncated.mp3"
# Text under an audio name.
printf 'This is a text file, not a song.\n' > "$BAD/bad-notaudio.mp3"
# A WAV file whose format tag (bytes 20-21) names a codec nobody decodes (0x7A7A).
ff -f lavfi -i "$(mono 440 0.25 8000)" $BITEXACT -c:a pcm_s16le "$BAD/bad-unsupported-codec.wav"
printf 'zz' | dd of="$BAD/bad-unsupported-codec.wav" bs=1 seek=20 conv=notrunc 2>/dev/null
# A video with no sound at all.
ff -f lavfi -i "color=c=blue:s=64x64:r=10:d=1" $BITEXACT -c:v libx264 -preset ultrafast -pix_fmt yuv420p "$BAD/bad-no-audio.mp4"

ls -l "$AUDIO" "$BAD"/bad-*
