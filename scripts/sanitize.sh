#!/usr/bin/env bash
# Runs the test suites under AddressSanitizer with leak checking, then under ThreadSanitizer,
# each in its own scratch folder (.build-asan, .build-tsan). Fails when either reports anything
# not in its committed suppressions file (scripts/sanitizers/, third-party code only).
#
#   make sanitize                          both sanitizers, the library suites
#   SANITIZERS=thread make sanitize        only one
#   SANITIZE_SKIP='' make sanitize         include the CLI end-to-end suite (slow)
set -euo pipefail
cd "$(dirname "$0")/.."

SANITIZERS="${SANITIZERS:-address thread}"
# The CLI suite runs the reel binary end to end (minutes under a sanitizer); the library suites
# cover the same code in-process.
SKIP="${SANITIZE_SKIP-ReelCLITests}"
SUPP="$(pwd)/scripts/sanitizers"
status=0
# The Swift runtime's own crash backtracer would hold a failing test process open.
export SWIFT_BACKTRACE=enable=no
for sanitizer in $SANITIZERS; do
    case "$sanitizer" in
        address) scratch=.build-asan
                 export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1"
                 export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp:print_suppressions=0" ;;
        thread)  scratch=.build-tsan
                 export TSAN_OPTIONS="suppressions=$SUPP/tsan.supp:halt_on_error=1:second_deadlock_stack=1" ;;
        *) echo "sanitize: unknown sanitizer $sanitizer" >&2; exit 64 ;;
    esac
    echo "== $sanitizer sanitizer ($scratch)"
    swift build --build-tests --scratch-path "$scratch" -Xswiftc -sanitize="$sanitizer" 2>&1 \
        | grep -v "Cannot export local symbol" | tail -3
    args=(--skip-build --no-parallel --scratch-path "$scratch" -Xswiftc -sanitize="$sanitizer")
    [[ -n "$SKIP" ]] && args+=(--skip "$SKIP")
    set +e
    swift test "${args[@]}" "$@" > "$scratch/sanitize.log" 2>&1
    rc=$?
    set -e
    grep -aE "^(✔|✘) Test run|^✘ |ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer|^SUMMARY" "$scratch/sanitize.log" || true
    if [[ $rc != 0 ]] || grep -qaE "ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer" "$scratch/sanitize.log"; then
        echo "sanitize: $sanitizer found problems (exit $rc); see $scratch/sanitize.log" >&2
        status=1
    else
        echo "sanitize: $sanitizer clean"
    fi
done
exit $status
