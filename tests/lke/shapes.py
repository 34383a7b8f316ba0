"""Render a unit's answers as the LKE workbooks units really have (documents-in-the-wild §2).

One renderer, many shapes: the official KemenPAN-RB layout (hierarchy B–G, H Bobot, I Penjelasan,
J Pilihan Jawaban, K Jawaban, L Nilai, M %), with its one-row Hasil rows and its LHKPN/LHKASN
blocks (a denominator row summing detail rows), and the copies that circulate: shifted one column
left by Google Sheets with no Nilai column, rows deleted or inserted, questions reworded, answers
in any case, ``1``/``0`` in Ya/Tidak rows, decimal commas, percentages typed as text.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from zi_eval.lke.layout import TYPE_LABEL, entities
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.scoring.values import ratio_value

OFFICIAL_HEADERS = {
    "bobot": "Bobot",
    "penjelasan": "Penjelasan",
    "type": "Pilihan Jawaban",
    "answer": "Jawaban",
    "value": "Nilai",
    "percent": "%",
    "evidence": "Link Bukti",
    "catatan": "Catatan",
}
#: Header words seen in other copies, per role (a renderer picks one of each).
HEADER_VARIANTS = {
    "bobot": ["Bobot", "BOBOT", "Bobot (%)"],
    "penjelasan": ["Penjelasan", "Kriteria", "Kriteria Penilaian", "PENJELASAN"],
    "type": ["Pilihan Jawaban", "PILIHAN JAWABAN", "Pilihan\nJawaban"],
    "answer": ["Jawaban", "JAWABAN", "Jawaban Unit", "Jawaban Unit Kerja"],
    "value": ["Nilai", "NILAI", "Nilai Unit"],
    "percent": ["%", "Persen"],
    "evidence": ["Link Bukti", "Data Dukung", "Eviden", "Link Data Dukung"],
    "catatan": ["Catatan", "Keterangan", "Catatan Evaluator"],
}
#: The official LHKPN / LHKASN blocks: (denominator detail rows in input order, numerator row).
LHK_BLOCKS = {
    "R.5.iii.a": (
        ["- Kepala satuan kerja", "- Pejabat yang diwajibkan menyampaikan LHKPN", "- Lainnya"],
        "Jumlah yang sudah melaporkan",
    ),
    "R.5.iii.b": (
        [
            "- Pejabat administrator (eselon III)",
            "- Pejabat Pengawas (eselon IV)",
            "- Jumlah Fungsional dan Pelaksana",
        ],
        "Jumlah yang sudah melaporkan",
    ),
}
LEVEL = {"component": 0, "aspect": 1, "area": 2, "indicator": 3, "item": 4, "input": 4, "total": 0}


@dataclass
class Shape:
    """How one copy of the LKE looks."""

    offset: int = 1  # column of the first hierarchy level (1 = B, the official layout; 0 = Google Sheets)
    columns: tuple[str, ...] = ("bobot", "penjelasan", "type", "answer", "value", "percent", "evidence")
    headers: dict[str, str] = field(default_factory=lambda: dict(OFFICIAL_HEADERS))
    two_row_header: bool = False  # "Jawaban" merged over the type and answer columns
    sheet: str = "LKE ZI"
    title: tuple[str, ...] = ("LEMBAR KERJA EVALUASI ZONA INTEGRITAS", "Unit: Kantor Uji Coba — Tahun 2025")
    delete: frozenset[str] = frozenset()  # item codes whose rows are dropped
    inserts: dict[int, str] = field(default_factory=dict)  # before the n-th entity row: a stray row
    reword: dict[str, str] = field(default_factory=dict)  # item code -> question as the copy words it
    case: str = "as-is"  # as-is | lower | upper | title
    ya_as_digit: bool = False  # Ya -> 1, Tidak -> 0
    comma: bool = False  # survey indices as text with a decimal comma
    percent_text: frozenset[str] = frozenset()  # PERSEN items typed as "85.00%" with no count rows
    official_hasil: bool = True  # one row per Hasil indicator carrying the type and the answer
    official_lhk: bool = True  # LHKPN/LHKASN blocks with the summing denominator row
    lhk_total: dict[str, int] = field(default_factory=dict)  # item -> typed denominator total
    lhk_details_blank: frozenset[str] = frozenset()  # items whose detail rows are left empty
    codes: bool = False  # item codes (P.1.i.a) in the item label column
    lke_codes: bool = False  # the workbook's numbering (A.1.I.i on indicator rows, the letter on items)
    labels_in_text: bool = False  # "a. Unit kerja …" in one cell instead of a label column
    evidence: dict[str, str] = field(default_factory=dict)  # item code -> evidence cell


def lke_code(indicator: str) -> str:
    """The workbook's own numbering of a pengungkit indicator: P.1.i -> A.1.I.i, R.5.iii -> A.2.V.iii."""
    part, area, ind = indicator.split(".")[:3]
    roman = ["I", "II", "III", "IV", "V", "VI"][int(area) - 1]
    return f"A.{1 if part == 'P' else 2}.{roman}.{ind}"


def _case(text: str, how: str) -> str:
    return {"lower": text.lower(), "upper": text.upper(), "title": text.title()}.get(how, text)


class Grid:
    """Rows of cells being written, with the column of each role."""

    def __init__(self, shape: Shape) -> None:
        self.shape = shape
        self.rows: list[list[Any]] = []
        first = shape.offset + 6
        self.col = {role: first + i for i, role in enumerate(shape.columns)}
        self.width = first + len(shape.columns)

    def add(self, level: int | None, label: str, text: str, **cells: Any) -> int:
        row: list[Any] = [None] * self.width
        if level is not None and label and self.shape.labels_in_text and text:
            text = f"{label} {text}" if label.endswith((".", "-")) or len(label) > 2 else f"{label}. {text}"
        elif level is not None and label:
            row[self.shape.offset + level] = label
        row[self.shape.offset + 5] = text
        for role, v in cells.items():
            if role in self.col and v is not None:
                row[self.col[role]] = v
        self.rows.append(row)
        return len(self.rows)  # 1-based row number


def _answer_cell(shape: Shape, code: str, unit: Unit, rubric: Rubric) -> Any:
    item = rubric.items[code].item
    if item.hasil_field is not None:
        v = getattr(unit.hasil, item.hasil_field)
        if isinstance(v, float) and shape.comma:
            return f"{v:g}".replace(".", ",")
        if isinstance(v, str):
            return _case(v, shape.case)
        return v
    ans = unit.answers.get(code)
    if item.options is not None:
        if ans is None or ans.answer is None:
            return None
        if shape.ya_as_digit and ans.answer in ("Ya", "Tidak"):
            return 1 if ans.answer == "Ya" else 0
        return _case(ans.answer, shape.case)
    if ans is None or item.formula is None:
        return None
    counts = dict(ans.counts)
    if code in shape.lhk_total:
        # the workbook's % formula divides by the total typed over the SUM row (blank details count 0)
        f = item.formula
        counts = {k: 0 for k in f.denominator} | ({} if code in shape.lhk_details_blank else counts)
        counts[f.denominator[0]] = shape.lhk_total[code] - sum(counts[k] for k in f.denominator[1:])
        counts[f.numerator[0]] = dict(ans.counts)[f.numerator[0]]
    value, _ = ratio_value(item.formula, counts)
    if value is None:
        return None
    return f"{value * 100:.2f}%" if code in shape.percent_text else value


def render(unit: Unit, rubric: Rubric, shape: Shape) -> tuple[list[list[Any]], dict[str, int]]:
    """The sheet's rows, and the 1-based row of each item, indicator and count input written."""
    g = Grid(shape)
    for line in shape.title:
        g.add(None, "", "")
        g.rows[-1][shape.offset] = line
    g.add(None, "", "")
    heads = {role: shape.headers[role] for role in shape.columns}
    if shape.two_row_header:
        top = {**{r: h for r, h in heads.items() if r not in ("type", "answer")}, "type": "Jawaban"}
        g.add(0, "No", "Komponen", **top)
        g.add(None, "", "", type="Pilihan", answer="Isian")
    else:
        g.add(0, "No", "Komponen", **heads)
    where: dict[str, int] = {}
    hasil = {c for c, f in rubric.items.items() if f.item.hasil_field is not None}
    for n, e in enumerate(entities(rubric)):
        if n in shape.inserts:
            g.add(None, "", shape.inserts[n])
        if e.kind in ("component", "aspect", "area", "total"):
            g.add(LEVEL[e.kind], e.label, e.text, bobot=e.weight)
        elif e.kind == "indicator":
            if shape.official_hasil and e.key in hasil:
                if e.key in shape.delete:
                    continue
                item = rubric.items[e.key].item
                typ = "Nilai\n(0-4)" if item.survey is not None else TYPE_LABEL[item.answer_type]
                where[e.key] = g.add(
                    3,
                    e.label,
                    e.text,
                    bobot=e.weight,
                    type=typ,
                    answer=_answer_cell(shape, e.key, unit, rubric),
                )
                continue
            numbered = shape.lke_codes and e.key[0] in "PR"
            label = e.key if shape.codes else lke_code(e.key) if numbered else e.label
            where[e.key] = g.add(3, label, e.text, bobot=e.weight)
        elif e.kind == "item":
            if e.key in shape.delete or (shape.official_hasil and e.key in hasil):
                continue
            item = rubric.items[e.key].item
            label = e.key if shape.codes else e.label + "."
            where[e.key] = g.add(
                4,
                label,
                shape.reword.get(e.key, e.text),
                type=TYPE_LABEL[item.answer_type],
                answer=_answer_cell(shape, e.key, unit, rubric),
                penjelasan="\n".join(f"{k}: {v}" for k, v in (item.criteria or {}).items()) or None,
                evidence=shape.evidence.get(e.key),
            )
            if item.inputs and e.key not in shape.percent_text:
                _inputs(g, shape, unit, rubric, e.key, where)
    return g.rows, where


def _inputs(g: Grid, shape: Shape, unit: Unit, rubric: Rubric, code: str, where: dict[str, int]) -> None:
    item = rubric.items[code].item
    ans = unit.answers.get(code)
    counts = dict(ans.counts) if ans is not None else {}
    if shape.official_lhk and code in LHK_BLOCKS:
        details, done = LHK_BLOCKS[code]
        f = item.formula
        assert f is not None
        den = list(f.denominator)
        have = [counts[k] for k in den if k in counts]
        total = shape.lhk_total.get(code, sum(have) if len(have) == len(den) else None)
        where[f"{code}/sum"] = g.add(4, "", "Jumlah yang harus melaporkan", type="Jumlah", answer=total)
        for k, text in zip(den, details, strict=True):
            value = None if code in shape.lhk_details_blank else counts.get(k)
            where[f"{code}/{k}"] = g.add(None, "", text, type="Jumlah", answer=value)
        where[f"{code}/{f.numerator[0]}"] = g.add(
            4, "", done, type="Jumlah", answer=counts.get(f.numerator[0])
        )
        return
    for inp in item.inputs:
        where[f"{code}/{inp.id}"] = g.add(4, "-", inp.label, type="Jumlah", answer=counts.get(inp.id))


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> None:
    """Write sheets of rows to an xlsx (the first sheet is the active one)."""
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ",") -> None:
    """Write rows to a CSV the way a spreadsheet's "download as CSV" does (numbers as text)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])


def google_sheets(**kw: Any) -> Shape:
    """The Google-Sheets copy: one column left, no Nilai/% column, a Catatan column, no LHK sum rows."""
    base: dict[str, Any] = {
        "offset": 0,
        "columns": ("bobot", "penjelasan", "type", "answer", "catatan"),
        "headers": {**OFFICIAL_HEADERS, "penjelasan": "Kriteria"},
        "official_hasil": True,
        "official_lhk": False,
        "sheet": "Sheet1",
        "title": ("LKE ZONA INTEGRITAS TAHUN 2024", "Satuan Kerja : Pengadilan Agama Uji"),
    }
    base.update(kw)
    return Shape(**base)


def full_unit(rubric: Rubric, pick: int = 0, year: int = 2025) -> Unit:
    """A unit answering every item: option ``pick`` (cycled) of each, counts, and all of Hasil."""
    from zi_eval.models.unit import Answer, Hasil, UnitInfo

    answers = {}
    for n, (code, flat) in enumerate(rubric.items.items()):
        item = flat.item
        if item.hasil_field is not None:
            continue
        if item.options is not None:
            opts = list(item.options)
            answers[code] = Answer(answer=opts[(n + pick) % len(opts)])
        else:
            answers[code] = Answer(
                counts={inp.id: 3 + (n + i + pick) % 5 for i, inp in enumerate(item.inputs)}
            )
    hasil = Hasil(ipak=3.62, ipkp=3.85, capaian_kinerja="ABCDE"[pick % 5])
    return Unit(
        unit=UnitInfo(id="kantor-uji-coba", name="Kantor Uji Coba", year=year), answers=answers, hasil=hasil
    )
