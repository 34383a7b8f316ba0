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
