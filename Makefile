# The README's two commands: `make report` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
CORPUS ?= data/sample/articles.jsonl
OUT    ?= reports/sample

.PHONY: report test lint setup notebooks clean

setup: $(STAMP)

# Re-install whenever the dependency list changes.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[notebooks,dask,dev]'
	@touch $(STAMP)

report: $(STAMP)
	$(PY) -m analysis report --corpus $(CORPUS) --out $(OUT)

lint: $(STAMP)
	$(PY) -m ruff check analysis tests

test: lint
	$(PY) -m pytest tests --doctest-modules analysis
	$(PY) -m pytest --nbval-lax notebooks -p no:cacheprovider

# Re-execute the notebooks in place on the sample (refreshes the outputs nbval compares).
notebooks: $(STAMP)
	$(PY) -m analysis.notebook_tools refresh notebooks

clean:
	rm -rf reports .pytest_cache .ruff_cache
