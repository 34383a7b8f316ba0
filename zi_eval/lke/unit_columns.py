"""The layout of the unit's own sheets in an LKE workbook, so that a whole unit round-trips through it.

Beside the LKE sheet (answers, counts, hasil values) a workbook written by zi-eval carries:

- "Unit": one row per field (``unit.id``, ``unit.name``, …, ``hasil.evidence``, ``lke.mode``);
  column "Isian" holds the field's key, "Nilai" its value. The hasil values are formulas pointing
  at the LKE sheet, shown for reading only: the LKE sheet is where they are entered and read.
- "Rencana Aksi": one row per activity with every field of :class:`Activity`; a row whose
  "Sub-langkah" cell holds a label is a sub-step of the activity named in its "ID" cell.
  LKE links are one per line: ``P.1.i.a``, or ``P.1.i.a [inferred]: the reason``.
- "Data Dukung": one row per evidence record. Paths are written as the unit file holds them,
  relative to the unit file's folder; they are checked to stay relative and free of ``..`` when
  read, and against the unit file's folder when a workbook is merged into it (``zi-eval merge``).
- "Catatan Jawaban": per item code, the evidence ids linked to its answer and its note.

Sheets and columns are found by their header words (Indonesian or English, from the message
catalogue), so a person may rename sheets, reorder columns, add title rows and add rows in Excel.
"""

from __future__ import annotations

import re

UNIT_FIELDS = (
    "unit.id",
    "unit.name",
    "unit.instansi",
    "unit.year",
    "unit.target_predicate",
    "unit.prior_predicate",
    "unit.decree",
    "unit.decree_date",
    "hasil.ipak",
    "hasil.ipkp",
    "hasil.capaian_kinerja",
    "hasil.evidence",
    "lke.mode",
)
#: Modes the LKE sheet's formulas can compute (``lke.mode`` on the Unit sheet).
FORMULA_MODES = ("claimed", "evidenced")
#: Columns of the plan sheet: field → message key of its header.
PLAN_COLUMNS = {
    "id": "us_id",
    "ra_area": "us_ra_area",
    "area": "us_area",
    "kegiatan": "us_kegiatan",
    "sub_kegiatan": "us_sub_kegiatan",
    "indicators": "us_indicators",
    **{f"m{m}": f"month_{m}" for m in range(1, 13)},
    "lke": "us_lke",
    "lke_reject": "us_lke_reject",
    "timing": "us_timing",
    "output": "us_output",
    "expected_evidence": "us_expected_evidence",
    "pic": "us_pic",
    "budget": "us_budget",
    "realisation": "us_realisation",
    "notes": "us_notes",
    "substep": "us_substep",
    "source": "col_source",
}
EVIDENCE_COLUMNS = {
    "id": "us_id",
    "title": "us_title",
    "kind": "us_kind",
    "url": "us_url",
    "path": "us_path",
    "date": "us_date",
    "months": "us_months",
    "supports": "us_supports",
}
NOTE_COLUMNS = {"code": "col_code", "evidence": "us_evidence_ids", "note": "us_note"}
UNIT_COLUMNS = {"key": "us_field", "value": "us_value", "label": "us_label"}
LINK = re.compile(
    r"^\s*(?P<code>[PRH]\.[0-9IV]+(?:\.[ivx]+)?(?:\.[a-z])?)\s*(?:\[(?P<how>\w+)\])?\s*(?::\s*(?P<reason>.*))?$"
)
LIST_SEP = re.compile(r"[;\n]+")
HEADER_SCAN = 15
