# Unsent: `make run` starts the app, `make test` runs every check. Both set up what they need.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian packages the tests need: a real browser for the end-to-end test, PostgreSQL for the journal.
DEB_PACKAGES := chromium chromium-driver postgresql

.PHONY: run test lint typecheck pytest sysdeps bench screenshots clean train

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

# llama-cpp-python (the integration tests' OpenAI-compatible server) compiles from source.
# A native build targets every instruction this CPU reports (AMX included), and some VMs
# refuse those at run time ("invalid opcode"), so build a portable wheel once, into a
# wheelhouse outside the repo, and install from it. Keep the version in step with pyproject.
# LLAVA_BUILD=OFF leaves out the multimodal library (libmtmd), which only image chat handlers
# load: the tests serve a text model. Built back to back on 2 cores, 6 min 44 s against 8 min 43 s.
LLAMA_VERSION := 0.3.36
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DLLAVA_BUILD=OFF
WHEELHOUSE ?= $(HOME)/.cache/unsent/wheelhouse
LLAMA_STAMP := $(WHEELHOUSE)/.llama-cpp-python-$(LLAMA_VERSION)-portable-text

$(LLAMA_STAMP): | $(BIN)/python
	@echo "Building a portable llama-cpp-python $(LLAMA_VERSION) wheel (once per machine; about 7 minutes on 2 cores)..."
	mkdir -p $(WHEELHOUSE)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel -q --no-deps --no-cache-dir \
	  --no-binary llama-cpp-python -w $(WHEELHOUSE) "llama-cpp-python==$(LLAMA_VERSION)"
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(LLAMA_STAMP) | $(BIN)/python
	@echo "Installing dev dependencies..."
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install -q --find-links $(WHEELHOUSE) -e ".[dev]"
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
	$(BIN)/ruff check app.py app_ui assistant app_pages tests bench

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy assistant app_ui

# The unit tests run in a worker per core (at most 4); the browser and server tests then run on
# their own, one at a time as before, so the unit tests don't take the CPU they need. Both
# parts always run, and the target fails if either did.
pytest: sysdeps $(VENV)/.installed-dev
	@$(BIN)/pytest -m "not e2e and not integration" -n auto --maxprocesses 4; unit=$$?; \
	$(BIN)/pytest -m "e2e or integration"; servers=$$?; \
	echo "unit tests: exit $$unit; browser and server tests: exit $$servers"; \
	[ $$unit = 0 ] && [ $$servers = 0 ]

## test: ruff, mypy on assistant/, then the whole pytest suite
test: lint typecheck pytest

## train: retrain the committed classifier heads (assistant/models/*.npz) from the corpora
train: $(VENV)/.installed-dev
	@for t in training/train_*.py; do echo "== $$t"; $(BIN)/python $$t || exit 1; done

## bench: print the benchmark figures (see bench/README.md)
bench: $(VENV)/.installed-dev
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
