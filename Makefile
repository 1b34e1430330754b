# gosub: a compiler for a subset of Go, written in C11.
#
#   make            bin/gosub, the runtime library and the prebuilt standard packages
#   make demo       install missing packages, build, run an example
#   make test       unit tests, golden tests, differential tests (when go exists)
#   make SAN=1 ...  everything with ASan + UBSan (separate build dir)
#   make test GCSTRESS=1  golden programs with a GC at every allocation
#   make fuzz       libFuzzer harnesses (clang)
#   make bench      benchmarks against go build
#   make conformance  Go's own test suite, the subset we support
#
# Sources are found by wildcard: a new .c file in a stage folder is built
# without touching this file.

CC      ?= cc
ifeq ($(CC),)
CC = cc
endif
SAN     ?= 0
GCSTRESS ?= 0
RE2C    ?= re2c
BISON   ?= bison

ifeq ($(SAN),1)
O       := build/san
BIN     := build/san/bin
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT     := -O1
else
O       := build/rel
BIN     := bin
SANFLAGS :=
OPT     := -O2
endif

WARN    := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS_BASE := -std=c11 -D_GNU_SOURCE -g $(OPT) $(WARN) $(SANFLAGS) -I. -I$(O)/gen -MMD -MP
CFLAGS  ?=
ALL_CFLAGS := $(CFLAGS_BASE) $(CFLAGS)
LDLIBS_C := -lgmp -lm
LDLIBS_RT := -lffi -lpthread -lm

# The driver finds the runtime and headers here (GOSUB_ROOT overrides).
DRIVER_DEFS := -DGOSUB_ROOT='"$(abspath .)"' -DGOSUB_LIBDIR='"$(abspath $(O)/lib)"' \
               -DGOSUB_SANFLAGS='"$(SANFLAGS)"'

COMPILER_DIRS := util lexer parser types ir escape codegen
COMPILER_SRCS := $(foreach d,$(COMPILER_DIRS),$(wildcard $(d)/*.c))
GEN_SRCS      := $(if $(wildcard lexer/lexer.re),$(O)/gen/lexer.c) $(if $(wildcard parser/parser.y),$(O)/gen/parser.tab.c)
COMPILER_OBJS := $(COMPILER_SRCS:%.c=$(O)/%.o) $(GEN_SRCS:%.c=%.o)
DRIVER_SRCS   := $(wildcard driver/*.c)
DRIVER_OBJS   := $(DRIVER_SRCS:%.c=$(O)/%.o)

RT_SRCS := $(wildcard runtime/*.c)
RT_ASM  := $(wildcard runtime/*.S)
RT_OBJS := $(RT_SRCS:%.c=$(O)/%.o) $(RT_ASM:%.S=$(O)/%.o)

UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(O)/tests/%)

LIBC  := $(O)/lib/libgosubc.a
LIBRT := $(O)/lib/libgosubrt.a
LIBSTD := $(O)/lib/libgosubstd.a
GOSUB := $(BIN)/gosub
STDLIB_GO := $(shell find stdlib -name '*.go' 2>/dev/null)

.PHONY: all demo test unit unit-bins gotest golden diff fuzz bench conformance cachetest pkgtest libtest schedtest clean deps
all: $(GOSUB) $(LIBRT) $(LIBSTD)

# ---- generated lexer and parser ----
$(O)/gen/lexer.c: lexer/lexer.re lexer/lexer.h lexer/unicode_tables.h
	@mkdir -p $(dir $@)
	$(RE2C) -W -i -o $@ $<

$(O)/gen/parser.tab.c $(O)/gen/parser.tab.h: parser/parser.y parser/ast.h
	@mkdir -p $(dir $@)
	$(BISON) -Wall -d -o $(O)/gen/parser.tab.c $<

$(O)/gen/%.o: $(O)/gen/%.c
	$(CC) $(ALL_CFLAGS) -Wno-unused-function -Wno-sign-compare -c -o $@ $<

# Everything in parser/ may include the generated header.
$(patsubst %.c,$(O)/%.o,$(wildcard parser/*.c)): $(if $(wildcard parser/parser.y),$(O)/gen/parser.tab.h)

# ---- compiler ----
$(O)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/driver/%.o: driver/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(DRIVER_DEFS) -c -o $@ $<

$(LIBC): $(COMPILER_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(GOSUB): $(DRIVER_OBJS) $(LIBC)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $(DRIVER_OBJS) $(LIBC) $(LDLIBS_C)

# ---- runtime ----
$(O)/runtime/%.o: runtime/%.S
	@mkdir -p $(dir $@)
	$(CC) $(SANFLAGS) -g -c -o $@ $<

$(LIBRT): $(RT_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

# ---- the standard packages, compiled once (codegen/cg_lib.c) ----
# gosub generates $(O)/std/std.c from stdlib/ and compiles it with the
# flags of every generated C file; programs link the archive.
$(LIBSTD): $(GOSUB) $(STDLIB_GO) $(wildcard runtime/*.h)
	@mkdir -p $(O)/std $(dir $@)
	ASAN_OPTIONS=detect_leaks=0 $(GOSUB) tool stdlib -work $(O)/std $@

# ---- tests ----
$(O)/tests/%: tests/unit/%.c $(LIBC) $(LIBRT)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBC) $(LIBRT) -lcriterion $(LDLIBS_C) $(LDLIBS_RT)

# The criterion binaries build on every core even under a plain `make test`.
unit-bins: $(UNIT_BINS)
unit: $(LIBC) $(LIBRT)
	@$(MAKE) --no-print-directory -j$$(nproc 2>/dev/null || echo 2) unit-bins
	@set -e; for t in $(UNIT_BINS); do echo "== $$t"; ASAN_OPTIONS=detect_leaks=0 $$t --jobs 2 || exit 1; done

golden: $(GOSUB) $(LIBRT) $(LIBSTD)
	@GOSUB=$(GOSUB) SAN=$(SAN) GCSTRESS=$(GCSTRESS) sh tests/golden.sh

diff: $(GOSUB) $(LIBRT) $(LIBSTD)
	@GOSUB=$(GOSUB) sh tests/differential.sh

# The small suites run two at a time (each is mostly one process at a
# time), gotest, the longest, first; their outputs are not interleaved.
test: all unit golden diff
	@$(MAKE) --no-print-directory -j2 --output-sync=target gotest schedtest pkgtest cachetest libtest

# gosub test against go test's recorded outputs (testdata/gotest)
gotest: $(GOSUB) $(LIBRT) $(LIBSTD)
	@GOSUB=$(GOSUB) sh tests/gotest.sh

# whole tracebacks vs go's, a goroutine blocked on a stdin pipe (tests/arm64.sh: by hand, needs qemu)
schedtest: $(GOSUB) $(LIBRT) $(LIBSTD)
	@GOSUB=$(GOSUB) SAN=$(SAN) sh tests/traceback_shape.sh && GOSUB=$(GOSUB) sh tests/stdin_pipe.sh

cachetest: $(GOSUB) $(LIBRT) $(LIBSTD)
	@GOSUB=$(GOSUB) sh tests/cache.sh

# packages named by directory (go run ., go build -gcflags=-m) against go
pkgtest: $(GOSUB) $(LIBRT) $(LIBSTD)
	@GOSUB=$(GOSUB) sh tests/pkgdir.sh

libtest: $(GOSUB) $(LIBRT) $(LIBSTD)
	@GOSUB=$(GOSUB) sh tests/stdlib_lib.sh

conformance: $(GOSUB) $(LIBRT) $(LIBSTD)
	@if [ -f tests/conformance.sh ]; then GOSUB=$(GOSUB) sh tests/conformance.sh; fi
	@GOSUB=$(GOSUB) sh tests/conformance_run.sh
	@GOSUB=$(GOSUB) sh tests/conformance_errors.sh
	@GOSUB=$(GOSUB) sh tests/conformance_compile.sh

# ---- setup and demo ----
DEB_PKGS := re2c bison libcriterion-dev libgmp-dev libffi-dev pkg-config golang-go
deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

demo: deps
	$(MAKE) all
	@sh examples/demo.sh $(GOSUB)

fuzz:
	@sh tests/fuzz/run.sh

bench: all
	@sh bench/compare.sh

clean:
	rm -rf build bin

-include $(shell find $(O) -name '*.d' 2>/dev/null)
