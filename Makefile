# One entry point for set-up, serving, testing and benchmarks. Every target installs what it needs.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build site check new test lint browser bench lock clean install deploy bench-lighthouse

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

browser:
	bash scripts/ensure-browser

## Build the site and serve it on http://127.0.0.1:8000/c2c-summit/ with live reload (the path of site_url).
serve: $(BIN)/.installed
	$(BIN)/mkdocs serve --dirty

## Build the site into site/ with every warning an error.
build: $(BIN)/.installed
	$(BIN)/mkdocs build --strict

## Build the site into site/ as a deploy does: --strict, dated by the last commit (what CI publishes).
site: $(BIN)/.installed
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct) $(BIN)/mkdocs build --strict

## Check every page, then run the strict build into a throw-away folder: one line per problem.
check: $(BIN)/.installed
	@$(BIN)/python -m macros check

## Write a new page from a template: make new KIND=group NAME="Culture and Heritage" (or KIND=exhibitor),
## optionally SOURCE=<source id>. It never overwrites a page; fill in its TODO placeholders, then make check.
new: $(BIN)/.installed
	@if [ -z "$$KIND" ] || [ -z "$$NAME" ]; then \
	  echo 'usage: make new KIND=group NAME="The group'"'"'s name"   (or KIND=exhibitor; optionally SOURCE=<source id>)' >&2; exit 2; fi
	@$(BIN)/python -m macros new "$$KIND" "$$NAME" $${SOURCE:+--source "$$SOURCE"}

## Benchmark the build at 1x, 10x and 100x content, English only and bilingual, then the `mkdocs serve` reload
## on the real site and at 10x (about 25 minutes on 2 cores); each prints its targets, met or not met.
bench: $(BIN)/.installed
	$(BIN)/python bench/build.py
	$(BIN)/python bench/serve.py --scale 1,10

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund --silent
	touch $@

## Lighthouse (mobile, median of 3) on home, a working group, an exhibitor and the priorities page, and on the
## Russian home and the same group in Russian, served gzipped.
bench-lighthouse: $(BIN)/.installed bench/node_modules/.installed browser
	$(BIN)/python bench/lighthouse.py --runs 3

## Install the pinned Python and Node packages (the other targets do this on their own when needed).
install: $(BIN)/.installed node_modules/.installed

## Publish: build with --strict and push to the gh-pages branch (README.md, "Organizers").
## SOURCE_DATE_EPOCH from the last commit makes the output depend on the commit alone.
deploy: $(BIN)/.installed
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct) $(BIN)/mkdocs gh-deploy --force --strict

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## Lint, type-check and run every test (unit, build, browser).
test: $(BIN)/.installed node_modules/.installed browser lint
	$(BIN)/python -m pytest -n 2  # both cores: the browser tests start one Chromium per worker

## Regenerate requirements.txt from requirements.in in a clean virtual environment.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements.in
	{ echo "# Generated from requirements.in by 'make lock' (pip freeze of a clean venv). Do not edit by hand."; \
	  .lock-venv/bin/pip freeze; } > requirements.txt
	rm -rf .lock-venv

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
