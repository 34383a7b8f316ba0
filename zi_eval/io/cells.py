"""Neutralise user text before it lands in a spreadsheet or CSV cell (formula injection)."""

from __future__ import annotations

from typing import Any

#: First characters that make Excel, LibreOffice or Sheets treat a cell as a formula.
DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_text(value: Any) -> Any:
    """Return ``value`` unchanged unless it is text starting like a formula; then prefix an apostrophe."""
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


def plain_text(value: str) -> str:
    """Undo :func:`safe_text` on text read back from a workbook zi-eval wrote."""
    if value.startswith("'") and value[1:].startswith(DANGEROUS):
        return value[1:]
    return value
