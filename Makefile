# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := app

.PHONY: install run test test-fast test-browser test-postgres lint format
.PHONY: translations-extract translations-update translations-check
.DEFAULT_GOAL := run

$(BIN)/python:
	@echo "==> creating virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The install compiles labels/_matching.pyx, the parts it includes and the modules setup.py
# lists. Once installed, a change to one of them is compiled again by build_ext, which
# compiles only what changed; pip installs (and compiles) everything anew
$(VENV)/.installed: $(BIN)/python pyproject.toml setup.py labels/_matching.pyx $(wildcard labels/_*.pxi labels/*.py labels/values/*.py)
	@if [ ! -e $@ ] || [ -n "$(filter $(BIN)/python pyproject.toml setup.py,$?)" ]; then \
		echo "==> installing policylabel and its dependencies into $(VENV) (compiling labels: minutes)"; \
		$(BIN)/python -m pip install --quiet -e '.[dev]'; \
	else \
		echo "==> compiling what changed in labels"; \
		$(BIN)/python setup.py --quiet build_ext --inplace; \
	fi
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
	@bash scripts/ensure-chromium.sh
	@echo "==> running the whole test suite (browser tests included)"
	$(BIN)/python -m pytest

test-fast: install
	@echo "==> running the test suite without the browser tests"
	$(BIN)/python -m pytest -m "not browser"

test-browser: install
	@bash scripts/ensure-chromium.sh
	@echo "==> running the browser tests (headless Chromium)"
	$(BIN)/python -m pytest -m browser

test-postgres: install
	@echo "==> running the test suite against a throw-away PostgreSQL server"
	bash scripts/with-postgres.sh $(BIN)/python -m pytest -m "not browser"

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

# Message catalogs: msgids are English, extracted from app/ and labels/; the app reads the
# .po files directly (compiled in memory), so there is no compile step to forget.
# The locales come from labels.i18n.LOCALES, the one list.
CATALOGS := translations
LOCALES = $(shell $(BIN)/python -c "from labels.i18n import LOCALES; print(*LOCALES)")

translations-extract: install
	@echo "==> extracting messages into $(CATALOGS)/messages.pot"
	$(BIN)/pybabel --quiet extract -F $(CATALOGS)/babel.cfg --no-location --sort-output \
		--project PolicyLabel --copyright-holder PolicyLabel -o $(CATALOGS)/messages.pot .

translations-update: translations-extract
	@for locale in $(LOCALES); do \
		$(BIN)/pybabel --quiet update --init-missing --ignore-obsolete \
			-i $(CATALOGS)/messages.pot -d $(CATALOGS) -l $$locale || exit 1; \
	done
	@echo "==> now translate the empty msgstr entries; make translations-check shows what is left"

translations-check: install
	$(BIN)/python -m pytest -q tests/test_translations.py
