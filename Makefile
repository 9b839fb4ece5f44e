# Occupass — the two commands: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The xAPI tests' Learning Record Store (Ralph) lives in a venv of its own: its pins are not ours.
LRS_VENV := .venv-lrs
LRS_STAMP := $(LRS_VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test install migrate seed lint format e2e bench profile loadtest two-instances worker clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip 2>&1 | grep -v "is ignored" || true
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt 2>&1 | grep -v "is ignored" || true
	$(BIN)/python -c "import django, wagtail, allauth, pytest_django"
	touch $(STAMP)

$(LRS_STAMP): requirements-lrs.txt
	$(PYTHON) -m venv $(LRS_VENV)
	$(LRS_VENV)/bin/python -m pip install --quiet -r requirements-lrs.txt 2>&1 | grep -v "is ignored" || true
	$(LRS_VENV)/bin/python -c "import uvicorn, ralph.backends.lrs.fs, ralph.models.xapi.base.statements"
	touch $(LRS_STAMP)

install: $(STAMP) $(LRS_STAMP)

# A development .env (DEBUG on, a random secret key, SQLite). Never used in production.
.env:
	@echo "DJANGO_DEBUG=1" > .env
	@echo "DJANGO_SECRET_KEY=dev-$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(40))')" >> .env
	@echo "Wrote a development .env (DJANGO_DEBUG=1, SQLite)."

migrate: install .env
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_demo

run: seed
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

e2e: install
	$(BIN)/python -m pytest tests/e2e $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-logo  # the layers in pyproject.toml: a new upward import fails here

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Benchmark: seed (or reuse) the scale data set, serve it with gunicorn, print one table.
# BENCH_SCALE=small for a quick run; DATABASE_URL=postgres://… to run on PostgreSQL.
bench: install
	$(BIN)/python -m tests.perf.bench

# Where each learner page's time goes, by layer (pyinstrument), on the data `make bench` seeded.
profile: install
	$(BIN)/python -m tests.perf.profile

# Load and fault test: LOADTEST_LEARNERS (100) learners take a LOADTEST_ITEMS (50)-item timed exam;
# a worker is SIGKILLed and the server restarted mid-run; exits non-zero if an acknowledged answer is lost.
loadtest: install
	$(BIN)/python -m tests.perf.loadtest

# Two gunicorn instances on one PostgreSQL and Redis serve one learner's attempt alternately.
# Needs DATABASE_URL=postgres://… and REDIS_URL=redis://….
two-instances: install
	$(BIN)/python -m tests.perf.two_instances

clean:
	rm -rf $(VENV) $(LRS_VENV) staticfiles .pytest_cache
