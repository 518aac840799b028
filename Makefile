# Stegvis: the two commands are `make run` and `make test`; the rest are their parts.
SHELL := /bin/bash
JOBS ?= 2
BUILD_DIR ?= build/release
ASAN_DIR ?= build/asan
DB ?= var/stegvis.db
PORT ?= 8080
CMAKE_FLAGS ?=
STEGVIS := $(BUILD_DIR)/stegvis

.PHONY: run test deps build build-asan test-release test-asan lint format bench clean

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j$(JOBS)

build-asan: deps
	@cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTEGVIS_SANITIZE=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN_DIR) -j$(JOBS)

# Migrates, seeds the demonstration data on first start, and serves on http://localhost:$(PORT).
run: build
	@mkdir -p $(dir $(DB))
	@if [[ ! -f $(DB) ]]; then $(STEGVIS) demo --db $(DB); fi
	@exec $(STEGVIS) serve --db $(DB) --port $(PORT) --data-dir $(dir $(DB))

# Every suite: unit, data-driven, storage, end-to-end (release build), then the unit
# tests again under AddressSanitizer + UndefinedBehaviorSanitizer. The storage suite and
# e2e.server.postgres run on a throwaway PostgreSQL 15 that ctest starts and removes
# (tests/postgres/), so PostgreSQL's server binaries must be installed (install-deps does).
test: test-release test-asan

test-release: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

test-asan: build-asan
	@cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j$(JOBS) -L unit

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
