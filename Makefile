# The README's commands: `make run` and `make test`, plus the release builds (docs/install.md).
# Every install comes from the hashed lock files in requirements/, so what is tested is what
# ships; `make lock` refreshes them. All targets create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SCALE ?= 10000
LOCKS := requirements/runtime.txt requirements/dev.txt

.PHONY: run test lint types contracts pytest bench soak clean screenshots lock bundle wheelhouse

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# --no-deps: the lock names every package, so pip resolves nothing of its own; the project is
# built without isolation, by the setuptools and wheel from the lock, not whatever is newest.
$(STAMP): pyproject.toml $(LOCKS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--require-hashes --no-deps -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/engagetrack

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint types contracts pytest

# the workstation's figures, then the team server's beside SQLite's (both run; either failing
# a target fails the bench)
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run --scale $(SCALE); \
	first=$$?; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.postgres --scale $(SCALE) || exit 1; \
	exit $$first

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen ENGAGETRACK_SOAK=1 $(BIN)/python -m pytest -q -m slow tests

# Refresh both lock files from pyproject.toml (needs the package index; review the diff).
# The runtime lock is universal (Windows and Linux, Python 3.11+) so the wheelhouse uses it.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 \
		--generate-hashes --quiet --upgrade -o requirements/runtime.txt
	$(BIN)/uv pip compile pyproject.toml requirements/tools.in --extra test --extra build \
		--universal --python-version 3.11 --generate-hashes --quiet --upgrade \
		-c requirements/runtime.txt -o requirements/dev.txt

# dist/EngageTrack/ (PyInstaller one-folder), its zip and checksums.
bundle: $(STAMP)
	$(BIN)/python packaging/build_bundle.py --dist dist --work build/bundle

# dist/wheelhouse/: every wheel for Windows x64 and Linux x86_64, CPython 3.11 and 3.12.
wheelhouse: $(STAMP)
	$(BIN)/python packaging/build_wheelhouse.py --out dist/wheelhouse --work build/wheelhouse

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
