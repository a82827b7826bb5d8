# The two README commands: `make run` (index the samples and serve) and `make test` (everything).
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint unit browser bench clean system-deps

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(VENV)/bin/entente index
	$(VENV)/bin/entente serve --host $(HOST) --port $(PORT)

system-deps:
	bash .ci/system-deps

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(VENV)/.installed system-deps lint
	$(PY) -m pytest

unit: $(VENV)/.installed
	$(PY) -m pytest -m "not browser and not slow"

bench: $(VENV)/.installed
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_index.py

clean:
	rm -rf $(VENV) build dist *.egg-info test-artifacts
