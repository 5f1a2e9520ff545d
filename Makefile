# Causerie build. One place sets the flags; every .c under src/<module>/ is part
# of the server, src/main.c is the entry point, tests/unit/<module>/test_*.c are
# cmocka programs linked against the same objects.
#   make            build/causerie
#   make check      every test (unit, black-box on SQLite and PostgreSQL, browser)
#   make asan       the same suite built with AddressSanitizer + UBSan
#   make fuzz       libFuzzer targets, each run for a bounded time
#   make bench      wrk benchmark against nginx serving the same bytes
#   make demo       the demo article page on http://127.0.0.1:8080/

PKGS    := libmicrohttpd sqlite3 libpq jansson libcmark libsodium libutf8proc libcurl inih
BUILD   ?= build
CC      ?= cc
OPT     ?= -O2
SAN     ?=
VERSION := $(shell cat VERSION 2>/dev/null || echo 0.1.0)

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

CFLAGS  := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter \
           -g $(OPT) $(SAN) -pthread -Isrc -I$(BUILD)/gen $(PKG_CFLAGS) \
           -DCAUSERIE_VERSION='"$(VERSION)"'
LDFLAGS := $(SAN) -pthread
LIBS    := $(PKG_LIBS) -lm

MOD_SRCS  := $(sort $(wildcard src/*/*.c))
MOD_OBJS  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(MOD_SRCS)) $(BUILD)/obj/gen/assets.o
MAIN_OBJ  := $(BUILD)/obj/main.o
UNIT_SRCS := $(sort $(wildcard tests/unit/*/test_*.c))
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))
WEB_FILES := $(sort $(shell find web -type f 2>/dev/null))

.PHONY: all setup check unit api browser asan fuzz bench bench-spam bench-moderation demo clean
all: $(BUILD)/causerie

setup:
	@scripts/setup.sh

$(BUILD)/causerie: $(MOD_OBJS) $(MAIN_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*/*.h) | setup-once
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -c -o $@ $<

# Web assets are embedded into the binary: tools/embed.c writes one C file.
$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O2 -o $@ $< -lz
$(BUILD)/gen/assets.c: $(BUILD)/tools/embed $(WEB_FILES)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed web $@
$(BUILD)/obj/gen/assets.o: $(BUILD)/gen/assets.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(MOD_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Itests/unit -o $@ $< $(MOD_OBJS) $(LDFLAGS) $(LIBS) $(shell pkg-config --libs cmocka)

# setup runs once per make invocation, before the first compile.
.PHONY: setup-once
setup-once:
	@[ -n "$$CAUSERIE_SKIP_SETUP" ] || scripts/setup.sh --quiet

unit: $(UNIT_BINS)
	@scripts/run-unit.sh $(UNIT_BINS)

api: $(BUILD)/causerie
	@CAUSERIE_BIN=$(abspath $(BUILD)/causerie) scripts/run-api-tests.sh

check: all unit api

asan:
	$(MAKE) BUILD=build/asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" check

demo: $(BUILD)/causerie
	$(BUILD)/causerie demo

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
