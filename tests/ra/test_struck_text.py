"""Text struck through in a plan: an activity called off in a revised plan, or a mark withdrawn.

A revised plan keeps the cancelled row and strikes its text through (Excel's and Word's strikethrough);
the row was imported as an activity, with its months, and nothing was said. A struck-through tick was
a scheduled month.
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from openpyxl.styles import Font

from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

RUBRIC = load_rubric()
HEAD = ["No", "Area", "Kegiatan", "Sub Kegiatan", "Indikator"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ROWS = [
    [1, "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", "Penerbitan SK Tim", "SK", {1}],
    [2, "Penataan SDM", "Pemberian penghargaan pegawai", "Seleksi pegawai teladan", "SK", {8}],
    [3, "Pelayanan Publik", "Survei kepuasan masyarakat", "Pelaksanaan SKM", "Laporan", {6, 12}],
]


def _xlsx(path: Path, struck: set[tuple[int, int]]) -> Path:
    """The plan, with the cells ``struck`` (0-based row of ROWS, 0-based column) struck through."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"])
    ws.append(HEAD + MONTHS)
    for i, (*texts, months) in enumerate(ROWS):
        ws.append([*texts, *("v" if m in months else None for m in range(1, 13))])
        for c in range(len(HEAD) + 12):
            if (i, c) in struck:
                ws.cell(row=i + 3, column=c + 1).font = Font(strike=True)
    wb.save(path)
    return path


def _read(path: Path) -> tuple[list[tuple[str | None, tuple[int, ...]]], list[tuple[str, str]]]:
    res = import_plan(path, RUBRIC)
    acts = [(a.kegiatan, a.months) for a in res.unit.activities]
    return acts, [
        (f.code, f.value)
        for f in res.findings
        if f.code in ("IMPORT_ACTIVITY_CANCELLED", "IMPORT_UNKNOWN_MARK")
    ]


def test_a_row_struck_through_in_excel_is_a_cancelled_activity(tmp_path: Path) -> None:
    # the row's texts and its tick struck, as Excel strikes a selected row
    acts, said = _read(_xlsx(tmp_path / "plan.xlsx", {(1, c) for c in range(len(HEAD) + 12)}))
    assert acts == [("Pembentukan Tim Kerja ZI", (1,)), ("Survei kepuasan masyarakat", (6, 12))]
    assert said == [("IMPORT_ACTIVITY_CANCELLED", "Pemberian penghargaan pegawai")]


def test_a_tick_struck_through_schedules_no_month(tmp_path: Path) -> None:
    acts, said = _read(_xlsx(tmp_path / "plan.xlsx", {(2, len(HEAD) + 11)}))  # December's tick of row 3
    assert acts[2] == ("Survei kepuasan masyarakat", (6,))
    assert said == [("IMPORT_UNKNOWN_MARK", "v")]


def test_a_struck_word_alone_cancels_nothing(tmp_path: Path) -> None:
    """Guard: only the activity's own words all struck call it off (a struck output, the area)."""
    acts, said = _read(_xlsx(tmp_path / "plan.xlsx", {(1, 1), (1, 4)}))
    assert [k for k, _ in acts] == [r[2] for r in ROWS] and said == []


def test_a_row_struck_through_in_word_is_a_cancelled_activity(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025")
    table = d.add_table(rows=1 + len(ROWS), cols=len(HEAD) + 12)
    for c, text in enumerate(HEAD + MONTHS):
        table.cell(0, c).text = text
    for i, (*texts, months) in enumerate(ROWS, start=1):
        for c, text in enumerate([*map(str, texts), *("v" if m in months else "" for m in range(1, 13))]):
            if not text:
                continue
            run = table.cell(i, c).paragraphs[0].add_run(text)
            run.font.strike = i == 2  # the second row struck through, its tick too
    path = tmp_path / "plan.docx"
    d.save(str(path))
    acts, said = _read(path)
    assert acts == [("Pembentukan Tim Kerja ZI", (1,)), ("Survei kepuasan masyarakat", (6, 12))]
    assert said == [("IMPORT_ACTIVITY_CANCELLED", "Pemberian penghargaan pegawai")]
