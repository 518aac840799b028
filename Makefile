# Stegvis: the two commands are `make run` and `make test`; the rest are their parts.
SHELL := /bin/bash
JOBS ?= 2
BUILD_DIR ?= build/release
ASAN_DIR ?= build/asan
FUZZ_DIR ?= build/fuzz
# `make fuzz`: seconds per fuzz target (they run one after the other).
FUZZ_SECONDS ?= 600
DB ?= var/stegvis.db
PORT ?= 8080
CMAKE_FLAGS ?=
STEGVIS := $(BUILD_DIR)/stegvis

.PHONY: run test deps build build-asan build-fuzz test-release test-asan test-fuzz fuzz \
        lint format bench clean

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j$(JOBS)

build-asan: deps
	@cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTEGVIS_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN_DIR) -j$(JOBS)

# The libFuzzer targets (tests/fuzz/): clang with ASan and UBSan, optimised but with asserts.
build-fuzz: deps
	@cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSTEGVIS_FUZZ=ON \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_DIR) -j$(JOBS) --target fuzz_targets

# Migrates, seeds the demonstration data on first start, and serves on http://localhost:$(PORT).
run: build
	@mkdir -p $(dir $(DB))
	@if [[ ! -f $(DB) ]]; then $(STEGVIS) demo --db $(DB); fi
	@exec $(STEGVIS) serve --db $(DB) --port $(PORT) --data-dir $(dir $(DB))

# Every suite: unit, data-driven, storage, end-to-end (release build), then the unit
# tests again under AddressSanitizer + UndefinedBehaviorSanitizer, then each fuzz target
# briefly (its seeds, then a bounded number of new inputs). The storage suite and
# e2e.server.postgres run on a throwaway PostgreSQL 15 that ctest starts and removes
# (tests/postgres/), so PostgreSQL's server binaries must be installed (install-deps does).
test: test-release test-asan test-fuzz

test-release: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

test-asan: build-asan
	@cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp ctest --output-on-failure -j$(JOBS) -L unit

test-fuzz: build-fuzz
	@cd $(FUZZ_DIR) && ctest --output-on-failure -j$(JOBS) -L fuzz

# Each fuzz target for FUZZ_SECONDS, one after the other, at low priority; the corpus grows in
# $(FUZZ_DIR)/tests/fuzz/corpus, findings go to $(FUZZ_DIR)/tests/fuzz/artifacts. Prints the
# executions per target (docs/reliability.md).
fuzz: build-fuzz
	@tests/fuzz/run-long $(FUZZ_DIR) $(FUZZ_SECONDS)

lint: build
	@scripts/lint $(BUILD_DIR)

format:
	@git ls-files '*.cc' '*.h' | xargs clang-format -i

bench:
	@scripts/install-deps --bench
	@cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTEGVIS_BENCH=ON >/dev/null
	@cmake --build build/bench -j$(JOBS)
	@bench/run-all build/bench

clean:
	@rm -rf build
