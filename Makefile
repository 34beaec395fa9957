# Two entry points: `make run` opens the app, `make test` runs the whole suite.
# Both create .venv when it is missing and install exactly requirements.lock (hash-checked, no resolution), then
# svcdesk itself; they reinstall when the lock or pyproject.toml changes. `make lock` refreshes the lock on purpose.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
LOCK := requirements.lock
STAMP := $(VENV)/.installed
# The lock is for Linux x86-64 and Windows x86-64 on Python 3.11 (pyproject.toml [tool.uv] environments).
UV_COMPILE := $(VENV)/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
	--generate-hashes --custom-compile-command "make lock" --output-file $(LOCK)

.PHONY: run test bench lock upgrade-lock check-env sync clean-venv

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found); set PYTHON=..."; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || { \
		echo "Python 3.11 is needed: $(PYTHON) is $$($(PYTHON) --version 2>&1) (requirements.lock is for 3.11); set PYTHON=..."; exit 1; }
	$(PYTHON) -m venv $(VENV)

# --no-deps: the lock already names every package, so pip resolves nothing and installs nothing else.
# --no-build-isolation: the editable install's build backend (setuptools) comes from the lock too.
$(STAMP): $(LOCK) pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m pip check
	@touch $(STAMP)

# Fails, naming each package, when what is installed differs from the lock (a hand-made `pip install`).
check-env: $(STAMP)
	@$(PY) -m svcdesk.lockcheck

run: $(STAMP)
	@$(PY) -m svcdesk.lockcheck --warn
	@$(PY) -m svcdesk.gui.platform_check
	$(PY) main.py

test: check-env
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

bench: $(STAMP)
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

# After editing pyproject.toml's dependencies: re-resolve, keeping every locked version that still fits.
lock: $(STAMP)
	$(UV_COMPILE)

# On purpose only (a new release to adopt): the newest versions pyproject.toml allows. Run `make test` after.
upgrade-lock: $(STAMP)
	$(UV_COMPILE) --upgrade

# Reinstall the locked versions over whatever was changed by hand.
sync: | $(PY)
	rm -f $(STAMP)
	$(MAKE) $(STAMP)

clean-venv:
	rm -rf $(VENV)
