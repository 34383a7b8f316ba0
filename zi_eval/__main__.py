"""``python -m zi_eval`` runs the command line."""

from zi_eval.cli import run

run()
