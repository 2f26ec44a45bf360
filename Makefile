# Two commands for a newcomer: `make run` and `make test`.
# Each creates .venv with the machine's python3 when it is missing and installs what it needs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint translations update-translations bench screenshots clean system-tools

run: $(STAMP_APP) translations
	$(BIN)/vink-desktop gui

test: $(STAMP_TEST) translations system-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP_TEST)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP_APP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(STAMP_TEST): $(STAMP_APP)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# pdftotext reads the yearly report's PDF in the tests. Installed when missing and this is a
# Debian machine where we may (CI runs as root); elsewhere those tests skip with a reason.
system-tools:
	@command -v pdftotext >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null) \
	  || echo "note: pdftotext not installed; the PDF text tests will be skipped"; }
	@command -v dbus-daemon >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && (apt-get update -qq && apt-get install -y -qq dbus-daemon >/dev/null) \
	  || echo "note: dbus-daemon not installed; the session-lock tests will be skipped"; }

# Compiled translations are build products: .ts is committed, .qm is built here.
translations: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP_APP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts catalogues from the source (run after adding visible strings), then fill
# the Danish translations from tools/translations_da.py (add new ones there).
update-translations: $(STAMP_APP)
	$(BIN)/pyside6-lupdate -locations none $$(find src/vink_desktop/ui -name '*.py' | sort) -ts $(TS_FILES)
	$(BIN)/python tools/fill_translations.py

bench: $(STAMP_TEST)
	$(BIN)/python -m benchmarks.run_all

# Render every screen in Danish into docs/screenshots/ (look at them before committing).
screenshots: $(STAMP_TEST) translations
	VINK_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -k screenshot tests/ui

clean:
	rm -rf $(VENV) build *.egg-info resources/i18n/*.qm
