# The two README commands: `make run` (index the samples and serve) and `make test` (everything).
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint unit browser bench score clean system-deps

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
	$(PY) benchmarks/bench_search.py --articles 20000

# Extraction scores: our dev set, our held-out test set, and the shared seeds (../shared).
SCORER := ../shared/acceptance/score_extraction.py
score: $(VENV)/.installed
	mkdir -p benchmarks/results
	$(VENV)/bin/entente extract benchmarks/extraction_dev/articles > benchmarks/results/extract-dev.jsonl
	python3 $(SCORER) benchmarks/extraction_dev/gold.jsonl benchmarks/results/extract-dev.jsonl | tee benchmarks/results/score-dev.txt
	$(VENV)/bin/entente extract benchmarks/extraction_dev2/articles > benchmarks/results/extract-dev2.jsonl
	python3 $(SCORER) benchmarks/extraction_dev2/gold.jsonl benchmarks/results/extract-dev2.jsonl | tee benchmarks/results/score-dev2.txt
	$(VENV)/bin/entente extract benchmarks/extraction_test/articles > benchmarks/results/extract-test.jsonl
	python3 $(SCORER) benchmarks/extraction_test/gold.jsonl benchmarks/results/extract-test.jsonl | tee benchmarks/results/score-test.txt
	$(VENV)/bin/entente extract ../shared/corpus/seeds > benchmarks/results/extract-seeds.jsonl
	python3 $(SCORER) ../shared/corpus/seeds.gold.jsonl benchmarks/results/extract-seeds.jsonl | tee benchmarks/results/score-seeds.txt

clean:
	rm -rf $(VENV) build dist *.egg-info test-artifacts
