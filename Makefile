# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
FLASK  := $(BIN)/flask --app studyapp
# Stamps: the app alone for `make run`, the app and the test tools for `make test`.
STAMP  := $(VENV)/.installed-app
TESTS  := $(VENV)/.installed-test
GIFT_PEGJS := tests/gift_pegjs/node_modules/.package-lock.json

.PHONY: run test serve bench lint translations clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $(STAMP)

$(TESTS): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP) $(TESTS)

## make run: install, migrate, load questions/ and serve on http://127.0.0.1:5000
run: $(STAMP)
	$(FLASK) db upgrade
	$(FLASK) questions load
	$(FLASK) run --host 127.0.0.1 --port 5000

## make test: the whole suite, browser tests included, on SQLite (and PostgreSQL when
## TEST_DATABASE_URL is set). Installs Chromium from the system packages when missing.
test: $(TESTS) /usr/bin/chromium $(GIFT_PEGJS) node_modules/.installed
	$(BIN)/pytest

# gift-pegjs, the GIFT parser from npm that tests/domain/formats/test_gift_pegjs.py runs on
# the export; without npm those tests are skipped and say so.
$(GIFT_PEGJS): tests/gift_pegjs/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix tests/gift_pegjs --no-audit --no-fund --loglevel=error; \
	else \
		echo "npm not found: the gift-pegjs tests will be skipped"; \
	fi

## The browser tests' axe-core (package.json, package-lock.json); skipped where npm is missing.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund && touch $@; \
	else echo "npm is missing: the accessibility tests will be skipped (apt-get install npm)"; fi

## make serve: migrate, then serve under gunicorn on http://127.0.0.1:$(PORT) with DATABASE_URL
## (WORKERS and THREADS override deploy/gunicorn.conf.py; see docs/deployment.md)
PORT ?= 8000
serve: $(STAMP)
	$(FLASK) db upgrade
	PORT=$(PORT) $(BIN)/gunicorn --config deploy/gunicorn.conf.py

## make bench: load the app under gunicorn as `make serve` does and print one JSON line
## (STUDENTS, SECONDS; DATABASE_URL, else a fresh SQLite file). Figures: docs/benchmarks.md
bench: $(TESTS)
	$(BIN)/python -m bench.load

/usr/bin/chromium:
	@echo "Installing Chromium from the system packages (needs root or sudo)"
	$(if $(filter 0,$(shell id -u)),,sudo) apt-get update -q
	$(if $(filter 0,$(shell id -u)),,sudo) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium

lint: $(TESTS)
	$(BIN)/ruff check studyapp tests bench
	$(BIN)/ruff format --check studyapp tests bench

## make translations: extract the messages and compile the catalogues after editing them
translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k said -o studyapp/translations/messages.pot studyapp
	$(BIN)/pybabel update -i studyapp/translations/messages.pot -d studyapp/translations --no-fuzzy-matching
	$(BIN)/pybabel compile -d studyapp/translations

clean:
	rm -rf $(VENV) build *.egg-info tests/gift_pegjs/node_modules
