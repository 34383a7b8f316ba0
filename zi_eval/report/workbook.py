"""Export the LKE workbook in the official layout with live Excel formulas, plus plan and flag sheets.

Item values are formulas over the answer in column K (and, in ``evidenced`` mode, the evidence
in column N), indicators are ``AVERAGE(items) × Bobot``, areas, aspects, components and the total
are sums — so an assessor can change an answer in Excel and see the score move. Every formula
cell also stores the engine's value as its cached result, so readers that do not recalculate see
the same numbers. User text is neutralised against formula injection.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from zi_eval.flags.derive import Flag
from zi_eval.io.cells import safe_text
from zi_eval.lke.layout import COL, FIRST_ROW, HEADER_ROW, SHEET, TYPE_LABEL, entities
from zi_eval.lke.unit_sheets_write import write_unit_sheets
from zi_eval.messages import MESSAGES, msg
from zi_eval.models.rubric import FlatItem
from zi_eval.models.unit_checks import normalise_option
from zi_eval.report.evidence_links import EvidenceLink, links_by_id, links_for
from zi_eval.scoring.engine import Evaluation

EXPORT_MODES = ("claimed", "evidenced")
#: Links beyond the evidence column (O, P, …) for an item with several linked records, at most this many.
MAX_LINK_COLUMNS = 8
#: Excel keeps hyperlinks up to this many characters.
MAX_URL = 2079
#: Message keys of the template's instructions, one paragraph each.
TEMPLATE_STEPS = (
    "tpl_step_answers",
    "tpl_step_counts",
    "tpl_step_evidence",
    "tpl_step_sheets",
    "tpl_step_run",
)


def _c(row: int, col: int) -> str:
    """A1 reference from a 1-based row and column."""
    return xl_rowcol_to_cell(row - 1, col - 1)


def _option_expr(cell: str, options: dict[str, float]) -> str:
    expr = "0"
    for label, value in reversed(list(options.items())):
        expr = f'IF({cell}="{label}",{value:g},{expr})'
    return expr


def _item_expr(flat: FlatItem, row: int, input_rows: dict[str, int]) -> str:
    item = flat.item
    k = _c(row, COL["answer"])
    if item.options is not None:
        return _option_expr(k, item.options)
    if item.survey is not None:
        span = item.survey.max - item.survey.min
        return f"IF(ISNUMBER({k}),MAX(0,MIN(1,({k}-{item.survey.min:g})/{span:g})),0)"
    f = item.formula
    assert f is not None
    ref = {name: _c(r, COL["answer"]) for name, r in input_rows.items()}
    if f.kind == "reduction":
        prev, cur = ref[f.previous or ""], ref[f.current or ""]
        return (
            f"IF(COUNT({prev},{cur})<2,0,IF(AND({prev}=0,{cur}=0),1,IF({prev}=0,{f.zero_denominator:g},"
            f"MAX(0,MIN(1,({prev}-{cur})/{prev})))))"
        )
    # a sum with none of its counts given is missing (0 points); a blank part of a sum counts 0, as
    # the engine counts it (scoring.values._total)
    num = ",".join(ref[n] for n in f.numerator)
    den = ",".join(ref[n] for n in f.denominator)
    return (
        f"IF(OR(COUNT({num})=0,COUNT({den})=0),0,IF(SUM({den})=0,{f.zero_denominator:g},"
        f"MIN(1,SUM({num})/SUM({den}))))"
    )


def write_lke_workbook(
    ev: Evaluation,
    flags: list[Flag],
    path: str | Path,
    lang: str = "id",
    template: bool = False,
    *,
    unit_dir: Path | None = None,
    out_dir: Path | None = None,
) -> None:
    """Write ``path``: "LKE ZI" (official layout, live formulas), the unit's own sheets and "Temuan".

    The unit's own sheets (:mod:`zi_eval.lke.unit_sheets`) carry everything else of the unit, so
    reading the workbook back gives the unit it was written from. With ``template`` the workbook
    is made to be filled in: an instructions sheet comes first and the LKE sheet is protected
    (without a password) except its answer and evidence cells. Evidence titles link to their
    URL or file (paths relative to ``unit_dir``, linked relative to ``out_dir``, the workbook's folder).
    """
    if ev.mode not in EXPORT_MODES:
        # the formulas compute claimed (or evidenced), never projected: cache what they compute
        ev = dataclasses.replace(ev, mode="claimed")
    mode = ev.mode
    values = {i.code: i for i in ev.items}
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        if template:
            _instructions_sheet(wb, lang)
        known = links_by_id(ev.unit.evidence, unit_dir, out_dir, ev.unit.missing_files)
        hasil_cells = _lke_sheet(wb, ev, mode, values, lang, template, known)
        write_unit_sheets(wb, ev.unit, lang, hasil_cells, mode)
        _flag_sheet(wb, flags, lang)
    finally:
        wb.close()


def _instructions_sheet(wb: Any, lang: str) -> None:
    ws = wb.add_worksheet(msg("tpl_sheet", lang))
    bold = wb.add_format({"bold": True, "font_size": 13})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    ws.set_column(0, 0, 110)
    ws.write_string(0, 0, msg("tpl_title", lang), bold)
    for r, key in enumerate(TEMPLATE_STEPS, start=2):
        ws.write_string(r, 0, msg(key, lang, sheet=SHEET), wrap)


def _lke_sheet(
    wb: Any,
    ev: Evaluation,
    mode: str,
    values: dict[str, Any] | None,
    lang: str,
    template: bool,
    known: dict[str, EvidenceLink],
) -> dict[str, str]:
    """Write the LKE sheet; return the cell of each hasil field (``'LKE ZI'!K190``)."""
    ws = wb.add_worksheet(SHEET)
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bg_color": "#E8F1F8", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    num = wb.add_format({"num_format": "0.00"})
    pct = wb.add_format({"num_format": "0.00%"})
    # answer and evidence cells stay editable when the sheet is protected (the template)
    answer = wb.add_format({"bg_color": "#FFF9D6", "border": 1, "locked": False})
    open_cell = wb.add_format({"text_wrap": True, "valign": "top", "locked": False})
    info = ev.unit.unit
    ws.write_string(0, 1, "LEMBAR KERJA EVALUASI ZONA INTEGRITAS", bold)
    mode_name = msg("mode_" + mode, lang) if "mode_" + mode in MESSAGES else mode
    ws.write_string(
        1, 1, safe_text(msg("wb_unit_line", lang, name=info.name, year=info.year, mode=mode_name))
    )
    headers = {
        "comp": "No",
        "text": msg("wb_col_text", lang),
        "bobot": "Bobot",
        "penjelasan": "Penjelasan",
        "type": "Pilihan Jawaban",
        "answer": "Jawaban",
        "value": "Nilai",
        "percent": "%",
        "evidence": msg("wb_col_evidence", lang),
    }
    for key, text in headers.items():
        ws.write_string(HEADER_ROW - 1, COL[key] - 1, text, head)
    ws.set_column(1, 5, 4)
    ws.set_column(6, 6, 60)
    ws.set_column(8, 8, 40)
    ws.set_column(9, 12, 12)
    ws.set_column(13, 13, 30)
    ws.set_column(14, 14 + MAX_LINK_COLUMNS - 1, 18)
    ws.freeze_panes(HEADER_ROW, 0)

    ents = entities(ev.rubric)
    row_of: dict[tuple[str, str], int] = {}
    r = FIRST_ROW
    for e in ents:
        row_of[(e.kind, e.key)] = r
        r += 1
    s = ev.scores
    children: dict[tuple[str, str], list[int]] = {}
    parent: dict[str, tuple[str, str]] = {}
    current: dict[str, tuple[str, str]] = {}
    for e in ents:
        if e.kind in ("component", "aspect", "area", "indicator"):
            up = {"component": None, "aspect": "component", "area": "aspect", "indicator": "area"}[e.kind]
            if up is not None:
                children.setdefault(current[up], []).append(row_of[(e.kind, e.key)])
            current[e.kind] = (e.kind, e.key)
        elif e.kind == "item":
            children.setdefault(current["indicator"], []).append(row_of[("item", e.key)])
            parent[e.key] = current["indicator"]
        elif e.kind == "total":
            children[("total", "total")] = [row_of[("component", c.id)] for c in ev.rubric.components]
    evidence = {i.code: i.evidence for i in ev.items}
    link = wb.add_format({"font_color": "#0563C1", "underline": 1, "text_wrap": True, "valign": "top"})
    link_open = wb.add_format(
        {"font_color": "#0563C1", "underline": 1, "text_wrap": True, "valign": "top", "locked": False}
    )
    for e in ents:
        row = row_of[(e.kind, e.key)]
        level = {
            "component": "comp",
            "aspect": "aspect",
            "area": "area",
            "indicator": "indicator",
            "item": "item",
            "input": "item",
            "total": "comp",
        }[e.kind]
        if e.label:
            ws.write_string(row - 1, COL[level] - 1, e.label)
        ws.write_string(
            row - 1, COL["text"] - 1, e.text, bold if e.kind in ("component", "aspect", "total") else wrap
        )
        lref, href = _c(row, COL["value"]), _c(row, COL["bobot"])
        if e.kind in ("component", "aspect", "area", "indicator", "total"):
            ws.write_number(row - 1, COL["bobot"] - 1, float(e.weight or 0.0), num)
            kids = children.get((e.kind, e.key), [])
            refs = ",".join(_c(k, COL["value"]) for k in kids)
            cached = _aggregate_value(e.kind, e.key, s)
            formula = f"=AVERAGE({refs})*{href}" if e.kind == "indicator" else f"=SUM({refs})"
            ws.write_formula(row - 1, COL["value"] - 1, formula, num, cached)
            ws.write_formula(
                row - 1, COL["percent"] - 1, f"=IF({href}=0,0,{lref}/{href})", pct, cached / (e.weight or 1.0)
            )
        elif e.kind == "item":
            _item_row(ws, ev, e.key, row, row_of, mode, values, answer, open_cell, num, lang)
            _evidence_cells(ws, row, links_for(evidence.get(e.key, ()), known), open_cell, link_open, link)
        elif e.kind == "input":
            code, _, inp = e.key.partition("/")
            ws.write_string(row - 1, COL["type"] - 1, TYPE_LABEL["JUMLAH"])
            ans = ev.unit.answers.get(code)
            if ans is not None and inp in ans.counts:
                ws.write_number(row - 1, COL["answer"] - 1, ans.counts[inp], answer)
            else:
                ws.write_blank(row - 1, COL["answer"] - 1, None, answer)
            ws.data_validation(
                row - 1,
                COL["answer"] - 1,
                row - 1,
                COL["answer"] - 1,
                {"validate": "integer", "criteria": ">=", "value": 0, **_dv_error("tpl_dv_count", lang)},
            )
    if template:
        ws.protect("", {"format_columns": True, "format_rows": True, "autofilter": True})
    return {
        f.item.hasil_field: f"'{SHEET}'!{_c(row_of[('item', code)], COL['answer'])}"
        for code, f in ev.rubric.items.items()
        if f.item.hasil_field is not None and ("item", code) in row_of
    }


def _dv_error(key: str, lang: str, **kw: str) -> dict[str, str]:
    """The message Excel and LibreOffice show when a typed value breaks a cell's validation."""
    return {"error_title": msg("tpl_dv_title", lang), "error_message": msg(key, lang, **kw)}


def _aggregate_value(kind: str, key: str, s: Any) -> float:
    if kind == "indicator":
        return float(s.indicators[key])
    if kind == "area":
        area, _, aspect = key.partition("/")
        return float(s.area_aspect[(area, aspect)])
    if kind == "aspect":
        comp, _, aspect = key.partition("/")
        return float(sum(v for (_, a), v in s.area_aspect.items() if a == aspect))
    if kind == "component":
        return float(s.components[key])
    return float(s.total)


def _item_row(
    ws: Any,
    ev: Evaluation,
    code: str,
    row: int,
    row_of: dict[tuple[str, str], int],
    mode: str,
    values: dict[str, Any] | None,
    answer_fmt: Any,
    wrap: Any,
    num: Any,
    lang: str,
) -> None:
    flat = ev.rubric.items[code]
    item = flat.item
    ws.write_string(row - 1, COL["type"] - 1, TYPE_LABEL.get(item.answer_type, item.answer_type))
    if item.criteria:
        ws.write_string(
            row - 1, COL["penjelasan"] - 1, "\n".join(f"{k}: {v}" for k, v in item.criteria.items()), wrap
        )
    elif item.formula is not None:
        ws.write_string(row - 1, COL["penjelasan"] - 1, item.formula.rule, wrap)
    elif item.survey is not None:
        ws.write_string(row - 1, COL["penjelasan"] - 1, item.survey.rule, wrap)
    kcol = COL["answer"] - 1
    if item.hasil_field is not None:
        raw = getattr(ev.unit.hasil, item.hasil_field)
        if isinstance(raw, int | float):
            ws.write_number(row - 1, kcol, float(raw), answer_fmt)
        elif isinstance(raw, str):
            ws.write_string(row - 1, kcol, raw, answer_fmt)
        else:
            ws.write_blank(row - 1, kcol, None, answer_fmt)
    elif item.options is not None:
        ans = ev.unit.answers.get(code)
        if ans is not None and ans.answer is not None:
            # the canonical option ("C", not "c"), so the reader has nothing to normalise
            label = normalise_option(ans.answer, item.options) or ans.answer
            ws.write_string(row - 1, kcol, safe_text(label), answer_fmt)
        else:
            ws.write_blank(row - 1, kcol, None, answer_fmt)
    if item.options is not None:
        ws.data_validation(
            row - 1,
            kcol,
            row - 1,
            kcol,
            {
                "validate": "list",
                "source": list(item.options),
                **_dv_error("tpl_dv_list", lang, options=", ".join(item.options)),
            },
        )
    elif item.survey is not None:
        ws.data_validation(
            row - 1,
            kcol,
            row - 1,
            kcol,
            {
                "validate": "decimal",
                "criteria": "between",
                "minimum": item.survey.min,
                "maximum": item.survey.max,
                **_dv_error("tpl_dv_survey", lang, lo=f"{item.survey.min:g}", hi=f"{item.survey.max:g}"),
            },
        )
    input_rows = {i.id: row_of[("input", f"{code}/{i.id}")] for i in item.inputs}
    expr = _item_expr(flat, row, input_rows)
    if mode == "evidenced":
        expr = f"IF(LEN({_c(row, COL['evidence'])})=0,0,{expr})"
    cached = float(values[code].value) if values is not None else 0.0
    ws.write_formula(row - 1, COL["value"] - 1, "=" + expr, num, cached)


def _evidence_cells(
    ws: Any, row: int, links: list[EvidenceLink], wrap: Any, link_open: Any, link: Any
) -> None:
    """Column N: the titles (a hyperlink when there is one linked record); O, P, …: one link per record.

    Column N stays text (the evidenced-mode formulas test its length, and the reader reads it);
    the extra columns have no header, so a reader never takes them for an evidence column.
    """
    col = COL["evidence"] - 1
    if not links:
        ws.write_blank(row - 1, col, None, wrap)
        return
    text = safe_text("; ".join(x.title for x in links))
    live = [x for x in links if x.href and x.exists and not x.unknown]
    if len(links) == 1 and live and _url(ws, row - 1, col, live[0], text, link_open):
        return
    ws.write_string(row - 1, col, text, wrap)
    if len(links) > 1:
        for k, x in enumerate(live[:MAX_LINK_COLUMNS], start=1):
            _url(ws, row - 1, col + k, x, safe_text(x.title), link)


def _url(ws: Any, r: int, c: int, x: EvidenceLink, text: str, fmt: Any) -> bool:
    """Write a hyperlink cell; ``False`` when Excel cannot hold the link (too long, too many)."""
    # the percent-encoded href: XlsxWriter leaves an encoded link as it is, where a raw '#' in a
    # file name would become an anchor inside the file
    target = x.href or ""
    if len(target) > MAX_URL:
        return False
    if not target.lower().startswith(("http://", "https://", "file:")):
        target = "external:" + target
    return bool(ws.write_url(r, c, target, fmt, text, x.id) == 0)


def _flag_sheet(wb: Any, flags: list[Flag], lang: str) -> None:
    ws = wb.add_worksheet(msg("wb_flags", lang))
    head = wb.add_format({"bold": True, "bg_color": "#E8F1F8", "border": 1})
    cols = [
        "code",
        "severity",
        "area",
        "activity",
        "substep",
        "months",
        "item",
        "message",
        "source",
        "remediation",
    ]
    for c, text in enumerate(cols):
        ws.write_string(0, c, text, head)
    ws.set_column(7, 7, 80)
    ws.set_column(9, 9, 60)
    for r, f in enumerate(flags, start=1):
        d = f.as_dict()
        d["months"] = ", ".join(map(str, f.months))
        for c, key in enumerate(cols):
            ws.write_string(r, c, safe_text(str(d[key] if d[key] is not None else "")))
