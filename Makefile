# Two commands do all the set-up on a fresh machine:
#   make run    set up, ingest the sample pages into ./baoshu.db and serve the reader (PORT=8000; Ctrl-C stops it)
#   make test   set up (with headless Chromium for the browser tests) and run the tests
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
PORT ?= 8000

.PHONY: run test setup browser bench-tools

run: $(VENV)/.installed
	$(BIN)/baoshu ingest baoshu/samples/
	$(BIN)/baoshu serve --port $(PORT)

test: $(VENV)/.installed browser bench-tools
	$(BIN)/mypy
	$(BIN)/pytest -q

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# Debian's Chromium, for the web reader's tests in a real browser.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

# pdftotext and the TrueType CJK and Latin fonts, for the page corpus (bench/corpus_build.py) and its tests.
BENCH_FONTS := /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc /usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
  /usr/share/fonts/truetype/arphic/uming.ttc /usr/share/fonts/truetype/arphic/ukai.ttc
bench-tools:
	@command -v pdftotext >/dev/null 2>&1 && ls $(BENCH_FONTS) >/dev/null 2>&1 || { \
	  echo "installing poppler-utils and CJK fonts"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq poppler-utils \
	    fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai fonts-liberation2 >/dev/null; }
