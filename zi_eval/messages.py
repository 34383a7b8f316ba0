"""User-facing words in Indonesian (default) and English (``--lang en``)."""

from __future__ import annotations

from typing import Any

LANGS = ("id", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "valid_rubric": {
        "id": "valid: {path} (rubrik {id} versi {version}, {n} butir dinilai)",
        "en": "valid: {path} (rubric {id} version {version}, {n} scored items)",
    },
    "valid_unit": {
        "id": "valid: {path} (unit {id}, {acts} kegiatan, {ev} data dukung, {ans} jawaban)",
        "en": "valid: {path} (unit {id}, {acts} activities, {ev} evidence records, {ans} answers)",
    },
    "n_problems": {
        "id": "{n} masalah ditemukan",
        "en": "{n} problem(s) found",
    },
    "internal_error": {
        "id": "kesalahan internal: {err} (jalankan dengan --verbose untuk rincian)",
        "en": "internal error: {err} (run with --verbose for details)",
    },
}


def msg(key: str, lang: str = "id", **kw: Any) -> str:
    """Return message ``key`` in ``lang`` with ``kw`` filled in."""
    table = MESSAGES[key]
    return table.get(lang, table["id"]).format(**kw)
