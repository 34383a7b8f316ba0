"""Write the unit's own sheets (Unit, plan, evidence, answer notes) into an xlsxwriter workbook.

The layout is :mod:`zi_eval.lke.unit_columns`; :mod:`zi_eval.lke.unit_sheets` reads it back.
User text is neutralised against formula injection (a leading apostrophe the reader removes).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from zi_eval.io.cells import safe_text
from zi_eval.lke.unit_columns import EVIDENCE_COLUMNS, NOTE_COLUMNS, PLAN_COLUMNS, UNIT_COLUMNS, UNIT_FIELDS
from zi_eval.messages import msg
from zi_eval.models.unit import LkeLink, Source, Unit


def write_unit_sheets(
    wb: Any, unit: Unit, lang: str, hasil_cells: dict[str, str] | None = None, mode: str = "claimed"
) -> None:
    """Add the "Unit", plan, evidence and answer-notes sheets of ``unit`` to an xlsxwriter workbook.

    ``hasil_cells`` maps a hasil field to the LKE cell holding it (``'LKE ZI'!K190``), shown as a
    live reference on the Unit sheet.
    """
    head = wb.add_format({"bold": True, "bg_color": "#E8F1F8", "border": 1})
    _unit_sheet(wb, unit, lang, head, hasil_cells or {}, mode)
    _plan_sheet(wb, unit, lang, head)
    _evidence_sheet(wb, unit, lang, head)
    _notes_sheet(wb, unit, lang, head)


def _put(ws: Any, r: int, c: int, value: Any) -> None:
    if value is None or value == "":
        return
    ws.write_string(r, c, safe_text(str(value)))


def _headers(ws: Any, columns: dict[str, str], lang: str, head: Any) -> dict[str, int]:
    for c, key in enumerate(columns.values()):
        ws.write_string(0, c, msg(key, lang), head)
    ws.freeze_panes(1, 0)
    return {f: c for c, f in enumerate(columns)}


def _unit_sheet(wb: Any, unit: Unit, lang: str, head: Any, hasil_cells: dict[str, str], mode: str) -> None:
    ws = wb.add_worksheet(msg("us_unit_sheet", lang))
    col = _headers(ws, UNIT_COLUMNS, lang, head)
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 50)
    ws.set_column(2, 2, 50)
    for r, key in enumerate(UNIT_FIELDS, start=1):
        part, _, name = key.partition(".")
        ws.write_string(r, col["key"], key)
        ws.write_string(r, col["label"], msg("us_k_" + key.replace(".", "_"), lang))
        if part == "lke":
            ws.write_string(r, col["value"], mode)
            continue
        value = getattr(unit.unit if part == "unit" else unit.hasil, name)
        if part == "hasil" and name in hasil_cells:
            cached = value if isinstance(value, int | float) else ("" if value is None else str(value))
            ws.write_formula(r, col["value"], f"={hasil_cells[name]}", None, cached)
        elif isinstance(value, tuple):
            _put(ws, r, col["value"], "; ".join(value))
        elif isinstance(value, dt.date):
            _put(ws, r, col["value"], value.isoformat())
        else:
            _put(ws, r, col["value"], value)


def _source_text(src: Source | None) -> str:
    return str(src.location()) if src is not None else ""


def _link_text(link: LkeLink) -> str:
    text = link.code if link.how == "explicit" else f"{link.code} [{link.how}]"
    return f"{text}: {link.reason}" if link.reason else text


def _plan_sheet(wb: Any, unit: Unit, lang: str, head: Any) -> None:
    ws = wb.add_worksheet(msg("wb_plan", lang))
    col = _headers(ws, PLAN_COLUMNS, lang, head)
    mark = wb.add_format({"align": "center", "bg_color": "#56B4E9"})
    ws.set_column(col["kegiatan"], col["indicators"], 40)
    r = 1
    for a in unit.activities:
        values = {
            "id": a.id,
            "ra_area": a.ra_area,
            "area": a.area,
            "kegiatan": a.kegiatan,
            "sub_kegiatan": a.sub_kegiatan,
            "indicators": "\n".join(a.indicators),
            "lke": "\n".join(_link_text(x) for x in a.lke),
            "lke_reject": "\n".join(a.lke_reject),
            "timing": a.timing,
            "output": a.output,
            "expected_evidence": "\n".join(a.expected_evidence),
            "pic": a.pic,
            "budget": a.budget,
            "realisation": a.realisation,
            "notes": a.notes,
            "source": _source_text(a.source),
        }
        for f, v in values.items():
            _put(ws, r, col[f], v)
        for m in a.months:
            ws.write_string(r, col[f"m{m}"], "✓", mark)
        r += 1
        for st in a.substeps:
            _put(ws, r, col["id"], a.id)
            _put(ws, r, col["substep"], st.label)
            _put(ws, r, col["sub_kegiatan"], st.text)
            _put(ws, r, col["source"], _source_text(st.source))
            for m in st.months:
                ws.write_string(r, col[f"m{m}"], "✓", mark)
            r += 1


def _evidence_sheet(wb: Any, unit: Unit, lang: str, head: Any) -> None:
    ws = wb.add_worksheet(msg("us_evidence_sheet", lang))
    col = _headers(ws, EVIDENCE_COLUMNS, lang, head)
    ws.set_column(col["title"], col["title"], 50)
    for r, e in enumerate(unit.evidence, start=1):
        values = {
            "id": e.id,
            "title": e.title,
            "kind": e.kind,
            "url": e.url,
            "path": e.path,
            "date": e.date.isoformat() if e.date else None,
            "months": ", ".join(map(str, e.months)),
            "supports": "; ".join(e.supports),
        }
        for f, v in values.items():
            _put(ws, r, col[f], v)


def _notes_sheet(wb: Any, unit: Unit, lang: str, head: Any) -> None:
    ws = wb.add_worksheet(msg("us_notes_sheet", lang))
    col = _headers(ws, NOTE_COLUMNS, lang, head)
    ws.set_column(col["note"], col["note"], 60)
    r = 1
    for code, ans in unit.answers.items():
        if not ans.evidence and ans.note is None:
            continue
        _put(ws, r, col["code"], code)
        _put(ws, r, col["evidence"], "; ".join(ans.evidence))
        _put(ws, r, col["note"], ans.note)
        r += 1
