# Unsent: `make run` starts the app, `make test` runs every check. Both set up what they need.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian packages the tests need: a real browser for the end-to-end test, PostgreSQL for the journal.
DEB_PACKAGES := chromium chromium-driver postgresql

.PHONY: run test lint typecheck pytest sysdeps bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	@echo "Installing dev dependencies (the first time compiles llama-cpp-python: a few minutes)..."
	$(BIN)/pip install -q -e ".[dev]"
	touch $@ $(VENV)/.installed-run

## run: start the app on http://localhost:8501 (STREAMLIT_SERVER_PORT etc. are honoured)
run: $(VENV)/.installed-run
	$(BIN)/streamlit run app.py

## sysdeps: install the Debian packages the tests need, if missing
sysdeps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check app.py assistant app_pages tests bench

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy assistant

pytest: sysdeps $(VENV)/.installed-dev
	$(BIN)/pytest

## test: ruff, mypy on assistant/, then the whole pytest suite
test: lint typecheck pytest

## bench: print the benchmark figures (see bench/README.md)
bench: $(VENV)/.installed-dev
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
