# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := app

.PHONY: install run test test-fast test-browser test-postgres lint format
.DEFAULT_GOAL := run

$(BIN)/python:
	@echo "==> creating virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	@echo "==> installing policylabel and its dependencies into $(VENV)"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

run: install
	@echo "==> migrating the database (instance/policylabel.sqlite unless DATABASE_URL is set)"
	$(BIN)/flask db upgrade
	@echo "==> loading the demo labels if the database is empty"
	$(BIN)/flask demo load
	@echo "==> serving on http://127.0.0.1:5000 (Ctrl-C stops)"
	$(BIN)/flask run --host 127.0.0.1 --port 5000

test: install
	@echo "==> running the whole test suite"
	$(BIN)/python -m pytest

test-postgres: install
	@echo "==> running the test suite against a throw-away PostgreSQL server"
	bash scripts/with-postgres.sh $(BIN)/python -m pytest -m "not browser"

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .
