# Reel — common tasks. `make demo` renders the bundled photos; `make test` runs the tests.
SWIFT ?= swift
BIN := .build/release/reel
# The one C++ file (dlib's face detector, header templates) is 30x slower unoptimised; debug
# builds compile it at -O2 so tests and debug renders stay quick (Swift code stays debug).
DEBUG_FLAGS := -Xcxx -O2

.PHONY: deps build demo test example bench bench-prompt bench-focus clean fixtures fuzz sanitize check-docs

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product reel

demo: build
	@mkdir -p out
	$(BIN) render Fixtures/photos -o out/demo.mp4
	@echo "Demo video: $(CURDIR)/out/demo.mp4"

# The request interpreter is optimised for the tests (see Package.swift): the phrasing table runs
# every one of its requests. Swift Testing's backtrace of every thrown error is off: the table's
# draft read-backs throw (and catch) by the hundred thousand, and the backtraces cost a third of
# its time. A test that fails on an error still reports the error and where it was caught.
test: deps
	REEL_OPTIMIZE_INTERPRETER=1 $(SWIFT) build --build-tests $(DEBUG_FLAGS)
	REEL_OPTIMIZE_INTERPRETER=1 SWT_SWIFT_ERROR_BACKTRACING_ENABLED=0 $(SWIFT) test --skip-build --no-parallel

# Examples/EmbedReel, an app embedding Reel by path: built, run on Fixtures/photos, cancelled.
# A separate package, so it compiles Reel again (~1.5-3 min): CI (.ci/run) runs it after `test`.
example:
	@SWIFT="$(SWIFT)" bash scripts/check-example.sh

# Not part of `test`: each takes many minutes. FUZZ_SECONDS per target (default 60).
fuzz: deps
	@bash scripts/fuzz.sh

sanitize: deps
	@bash scripts/sanitize.sh

bench: build
	@bash scripts/bench.sh

# how long the request interpreter takes over the phrasing table (no photos, no rendering)
bench-prompt:
	$(SWIFT) run -c release prompt-bench Tests/ReelPromptTests/Phrasings.tsv

# what focus auto costs a photo (decode at the render's reduced size, then faces/saliency and framing)
bench-focus:
	$(SWIFT) run -c release focus-bench Fixtures/photos/*.jpg Fixtures/faces/tall-face-*.jpg

fixtures:
	/usr/bin/python3 scripts/make-fixtures.py

check-docs:
	@python3 scripts/check-doc-comments.py

clean:
	rm -rf .build out
