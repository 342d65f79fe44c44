# One entry point for set-up, running, testing and generated files.
# `make run` and `make test` each do all set-up on a fresh Debian machine. `make test` runs the
# suite with a throwaway PostgreSQL server (scripts/postgres-for-tests.sh) for the tests that
# run the storage layer on PostgreSQL too.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UI_FILES := $(wildcard ui/*.ui)
FORMS := $(patsubst ui/%.ui,score_desktop/gui/forms/ui_%.py,$(UI_FILES))
TS_FILES := $(wildcard resources/translations/*.ts)

.PHONY: run test system-deps venv forms translations icons lint bench bundle bundle-test clean

run: $(STAMP)
	$(BIN)/score-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/lint-imports
	$(BIN)/ruff check score_desktop tests benchmarks scripts packaging
	$(BIN)/ruff format --check score_desktop tests benchmarks scripts packaging
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen bash scripts/postgres-for-tests.sh run -- $(BIN)/pytest $(PYTEST_ARGS)

system-deps:
	bash scripts/install-system-deps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Designer forms -> generated Python (never edit the output by hand).
forms: $(FORMS)

score_desktop/gui/forms/ui_%.py: ui/%.ui $(STAMP)
	$(BIN)/python scripts/build_forms.py $< $@

# Extract tr() strings into .ts files, then compile .qm files.
translations: $(STAMP)
	$(BIN)/python scripts/build_translations.py

# The application icon's PNG/ICO/ICNS sizes, from resources/icons/score-desktop.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/build_icons.py

# A self-contained one-folder application (PyInstaller, packaging/score-desktop.spec) in
# dist/score-desktop/, and a .tar.gz of it. See packaging/README.md for Windows and macOS.
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' score_desktop/__init__.py)
BUNDLE_TAR := dist/score-desktop-$(VERSION)-linux-$(shell uname -m).tar.gz
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	rm -rf build/pyinstaller build/bundle-stage dist/score-desktop $(BUNDLE_TAR)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/score-desktop.spec
	tar -C dist -cf - score-desktop | gzip -6 > $(BUNDLE_TAR)
	@du -sh dist/score-desktop $(BUNDLE_TAR)

# Smoke test of the built bundle (not the source): CLI, PDF scripts, GUI under Xvfb, imports.
bundle-test: bundle
	SCORE_DESKTOP_BUNDLE=dist/score-desktop $(BIN)/python -m pytest -p no:cacheprovider packaging/tests

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info
