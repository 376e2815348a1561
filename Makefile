# merit: the two commands are `make run` and `make test`; see README.md.
BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS       ?= $(shell nproc)
MERIT_DB   ?= sqlite:var/merit.db
LISTEN     ?= 127.0.0.1:8080
CMAKE_GEN  := -G Ninja

.PHONY: all deps deps-test build web run test asan fuzz fuzz-build bench format clean

all: build

deps:
	@bash scripts/deps.sh

# What `make test` alone needs on top: node, npm, Chromium (tests/e2e) and the OpenAPI
# validator in tools/openapi.
deps-test: deps
	@bash scripts/deps.sh --test

$(BUILD)/build.ninja: CMakeLists.txt
	@cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DMERIT_ASAN_DIR=$(abspath $(ASAN_BUILD)) -DMERIT_FUZZ_DIR=$(abspath $(FUZZ_BUILD)) >/dev/null

build: deps $(BUILD)/build.ninja
	@cmake --build $(BUILD) -j $(JOBS)

# The browser application (web/, Vite): npm ci when web/node_modules is missing or older
# than web/package-lock.json, then a build into web/dist only when a source changed.
WEB_SRC := $(shell find web/src -type f 2>/dev/null) web/index.html web/package.json \
           web/package-lock.json web/vite.config.ts web/tsconfig.json
web: deps web/dist/index.html

web/dist/index.html: $(WEB_SRC)
	@bash scripts/npm-deps.sh web
	@cd web && npm run build --silent >/dev/null
	@touch $@

run: build web
	@bash scripts/run.sh $(BUILD)/merit "$(MERIT_DB)" "$(LISTEN)" web/dist

asan-build: deps
	@cmake -S . -B $(ASAN_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DMERIT_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)

# The unit suite under AddressSanitizer + UBSan on its own.
asan: asan-build
	@cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -R '^unit/'

fuzz-build: deps
	@CC=clang cmake -S . -B $(FUZZ_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DMERIT_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS)

# Longer fuzz runs (FUZZ_SECONDS each); `make test` runs each harness briefly.
FUZZ_SECONDS ?= 120
fuzz: fuzz-build
	@for f in $(FUZZ_BUILD)/fuzz_*; do \
	  n=$$(basename $$f); echo "== $$n ($(FUZZ_SECONDS)s)"; \
	  bash scripts/fuzz-run.sh $$f $$n $(FUZZ_SECONDS) || exit 1; done

# Everything: unit + integration on SQLite and on a throwaway PostgreSQL 15,
# the unit suite again under ASan/UBSan, clang-format, short fuzz runs, the browser app's
# unit tests and its end-to-end tests in Chromium (on web/dist, built first).
# Ends with ctest's summary line.
test: deps-test build web asan-build fuzz-build
	@bash scripts/with-pg.sh ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: build
	@bash scripts/deps.sh --bench
	@bash bench/import/run.sh $(BUILD)/merit
	@bash bench/jpm/run.sh $(BUILD)/merit
	@bash bench/assign/run.sh $(BUILD)/merit
	@bash bench/talent/run.sh $(BUILD)/merit
	@bash bench/http/run.sh $(BUILD)/merit
	@bash bench/report/run.sh $(BUILD)/merit

# Only the JPM / fit matrix benchmark against pandas (needs Debian's python3-pandas).
.PHONY: bench-jpm
bench-jpm: build
	@bash scripts/deps.sh --bench
	@bash bench/jpm/run.sh $(BUILD)/merit

# Only the placement solver against scipy (needs Debian's python3-scipy).
.PHONY: bench-assign
bench-assign: build
	@bash scripts/deps.sh --bench
	@bash bench/assign/run.sh $(BUILD)/merit

# Only the 9-box / talent pool / slates benchmark against pandas (needs Debian's python3-pandas).
.PHONY: bench-talent
bench-talent: build
	@bash scripts/deps.sh --bench
	@bash bench/talent/run.sh $(BUILD)/merit

# Only the HTTP server against nginx under wrk, on SQLite and a throwaway PostgreSQL
# (needs Debian's wrk and nginx); prints a section for bench/RESULTS.md.
.PHONY: bench-http
bench-http: build
	@bash scripts/deps.sh --bench
	@bash bench/http/run.sh $(BUILD)/merit

# Only the PDF reports: `merit report individual` on the 600 demo results, reports/s and peak
# RSS for 100 vs 600 (flat memory); prints a section for bench/RESULTS.md.
.PHONY: bench-report
bench-report: build
	@bash scripts/deps.sh --bench
	@bash bench/report/run.sh $(BUILD)/merit

format:
	@git ls-files '*.c' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
