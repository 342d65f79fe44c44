# One entry point for set-up, running, testing and generated files.
# `make run` and `make test` each do all set-up on a fresh Debian machine.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UI_FILES := $(wildcard ui/*.ui)
FORMS := $(patsubst ui/%.ui,score_desktop/gui/forms/ui_%.py,$(UI_FILES))
TS_FILES := $(wildcard resources/translations/*.ts)

.PHONY: run test system-deps venv forms translations lint bench clean

run: $(STAMP)
	$(BIN)/score-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/lint-imports
	$(BIN)/ruff check score_desktop tests benchmarks
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

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

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info
