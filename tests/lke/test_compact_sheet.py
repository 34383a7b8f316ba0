"""A compact recap of the LKE: "Kode | Pertanyaan | Jawaban", nothing more."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.lke.shapes import full_unit
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric
from zi_eval.sources import load_input


def test_a_kode_pertanyaan_jawaban_sheet_is_read_as_an_lke(tmp_path: Path, rubric: Rubric) -> None:
    """Without a Bobot, Pilihan Jawaban or Nilai column the sheet was no LKE, and the plan reader refused it
    ('no KEGIATAN/RENCANA AKSI header …'): nothing said why it was not read as the LKE it is."""
    unit = full_unit(rubric)
    wb = Workbook()
    ws = wb.active
    ws.append(["REKAP JAWABAN LKE ZI TAHUN 2025 - KANTOR UJI"])
    ws.append(["Kode", "Pertanyaan", "Jawaban"])
    chosen = {c: a.answer for c, a in unit.answers.items() if a.answer is not None}
    for code, answer in chosen.items():
        ws.append([code, rubric.items[code].item.question, answer])
    wb.save(tmp_path / "rekap.xlsx")
    got = read_lke_workbook(tmp_path / "rekap.xlsx", rubric).unit
    assert {c: a.answer for c, a in got.answers.items()} == chosen
    assert got.unit.year == 2025
    assert load_input(tmp_path / "rekap.xlsx", rubric).kind == "workbook"


def test_short_codes_under_aspect_headings_name_their_items(tmp_path: Path, rubric: Rubric) -> None:
    """A probe's sheet (q6 W19b, W19c): No | Kode | Uraian | Pilihan | Jawaban, codes written '2.ii.d' (or
    'A.1.II.ii d') under a PEMENUHAN row, questions cut to five words. The code column was ignored: rows
    were read by their cut texts, one row taken for another item (P.2.ii.d's answer scored as P.5.iii.c's,
    whose own row was then dropped as a second one), exit 0. A code of two aspects is read under the
    aspect heading above it."""
    unit = full_unit(rubric)
    chosen = {
        c: a.answer
        for c, a in unit.answers.items()
        if a.answer is not None and c[0] in "PR" and rubric.items[c].item.options
    }
    wb = Workbook()
    ws = wb.active
    ws.append(["LKE ZI KANTOR UJI TAHUN 2025"])
    ws.append(["No", "Kode", "Uraian", "Pilihan Jawaban", "Jawaban"])
    n = 0
    for aspect, heading in (("P", "PEMENUHAN"), ("R", "REFORM")):
        ws.append([None, heading])
        for code, answer in chosen.items():
            if code[0] != aspect:
                continue
            n += 1
            short = code[2:]  # "2.ii.d"
            item = rubric.items[code].item
            cut = " ".join(item.question.split()[:5]) + " …"
            ws.append([n, short, cut, "/".join(item.options or {}), answer])
    wb.save(tmp_path / "lke.xlsx")
    got = read_lke_workbook(tmp_path / "lke.xlsx", rubric).unit
    assert {c: a.answer for c, a in got.answers.items() if c in chosen} == chosen
