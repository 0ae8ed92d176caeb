#!/usr/bin/env bash
# Builds reel-fuzz with libFuzzer and AddressSanitizer, then runs each fuzz target for
# FUZZ_SECONDS (default 60) on a corpus seeded from Fixtures/. Crashing inputs are written to
# .build-fuzz/artifacts/<target>/; keep each as Fixtures/fuzz/<target>/crash-… (replayed by the
# "Fuzz regressions" tests) once fixed.
#
#   make fuzz                                   every target, 60 s each, one after another
#   FUZZ_SECONDS=600 FUZZ_TARGETS="jpeg png" make fuzz
#   FUZZ_BUILD=0 …                              reuse the last build
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${FUZZ_SECONDS:-60}"
TARGETS="${FUZZ_TARGETS:-draft sse envelope exif prompt jpeg png webp gif heif clip}"
SCRATCH=.build-fuzz
BIN="$SCRATCH/debug/reel-fuzz"

if [[ "${FUZZ_BUILD:-1}" != 0 ]]; then
    swift build --product reel-fuzz --scratch-path "$SCRATCH" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" \
        || { echo "fuzz: the build failed" >&2; exit 1; }
fi
[[ -x "$BIN" ]] || { echo "fuzz: $BIN was not built" >&2; exit 1; }

# Seeds for one target, copied into its corpus folder.
seed() {
    local target="$1" corpus="$2"
    case "$target" in
        draft|sse|envelope|prompt) cp Fixtures/fuzz-seeds/"$target"/* "$corpus"/ ;;
        exif) python3 scripts/extract-exif.py "$corpus" Fixtures/images/* Fixtures/color/* ;;
        jpeg) cp Fixtures/images/*.jpg Fixtures/color/*.jpg Fixtures/bad/*.jpg "$corpus"/ ;;
        png)  cp Fixtures/images/*.png Fixtures/color/*.png Fixtures/bad/*.png "$corpus"/ ;;
        webp) cp Fixtures/images/*.webp Fixtures/color/*.webp Fixtures/bad/*.webp "$corpus"/ ;;
        gif)  cp Fixtures/images/*.gif Fixtures/bad/*.gif "$corpus"/ ;;
        heif) cp Fixtures/heif/* Fixtures/bad/*.heic "$corpus"/ ;;
        clip) cp Fixtures/clips/* Fixtures/bad/*.mp4 "$corpus"/ ;;
    esac
}

status=0
for target in $TARGETS; do
    corpus="$SCRATCH/corpus/$target"
    artifacts="$SCRATCH/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    seed "$target" "$corpus"
    case "$target" in
        jpeg|png|webp|gif|heif|clip) max_len=65536 ;;
        *) max_len=8192 ;;
    esac
    echo "== fuzz $target for ${SECONDS_EACH}s"
    LSAN_OPTIONS="suppressions=$(pwd)/scripts/sanitizers/lsan.supp:print_suppressions=0" \
    SWIFT_BACKTRACE=enable=no REEL_FUZZ_TARGET="$target" "$BIN" "$corpus" \
        -max_total_time="$SECONDS_EACH" -max_len="$max_len" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" 2>&1 \
        | tee "$SCRATCH/$target.log" | grep -E "^(#[0-9]+ +DONE|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
    if ls "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-* >/dev/null 2>&1; then
        echo "fuzz: $target left inputs in $artifacts" >&2
        status=1
    fi
done
exit $status
