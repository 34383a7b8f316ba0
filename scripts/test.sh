#!/usr/bin/env bash
# The whole test suite: lint, format check, type check, tests. The README's second command.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${ZI_EVAL_PYTHON:-.venv/bin/python}"
"$PY" -m ruff check zi_eval tests benchmarks
"$PY" -m ruff format --check zi_eval tests benchmarks
"$PY" -m mypy zi_eval
"$PY" -m pytest "$@"
