"""Import a Rencana Aksi (action plan) table from text, TSV/CSV, Markdown or xlsx into a unit."""

from zi_eval.ra.build import ImportResult, import_plan

__all__ = ["ImportResult", "import_plan"]
