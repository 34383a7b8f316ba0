"""Header words of an LKE copy's answer and evidence columns, as units name them.

An answer column named "Penilaian Mandiri", "Nilai Mandiri", "Penilaian Unit" or "Self Assessment" was
not found: the workbook was refused as a Rencana Aksi with no KEGIATAN header (exit 3 with the wrong
reason). An evidence column named "Data Pendukung", "Dokumen Pendukung", "Tautan", "Lampiran", "URL" or
"Dokumen" was not found: its links were dropped without a word, and every item scored 0 evidenced.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.lke.shapes import OFFICIAL_HEADERS, Shape, full_unit, render, write_xlsx
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric

DRIVE = "https://drive.google.com/file/d/1AbC/view"


def _read(tmp_path: Path, rubric: Rubric, **headers: str):  # type: ignore[no-untyped-def]
    shape = replace(
        Shape(), headers={**OFFICIAL_HEADERS, **headers}, evidence={"P.1.i.a": f"SK Tim: {DRIVE}"}
    )
    rows, _ = render(full_unit(rubric), rubric, shape)
    write_xlsx(tmp_path / "lke.xlsx", {shape.sheet: rows})
    return read_lke_workbook(tmp_path / "lke.xlsx", rubric)


@pytest.mark.parametrize(
    "head", ["Penilaian Mandiri", "Nilai Mandiri", "Penilaian Unit", "Self Assessment", "Penilaian"]
)
def test_an_answer_column_named_as_a_self_assessment_is_read(
    tmp_path: Path, rubric: Rubric, head: str
) -> None:
    wb = _read(tmp_path, rubric, answer=head)
    assert {c: (a.answer, a.counts) for c, a in wb.unit.answers.items()} == {
        c: (a.answer, a.counts) for c, a in full_unit(rubric).answers.items()
    }


@pytest.mark.parametrize(
    "head", ["Data Pendukung", "Dokumen Pendukung", "Tautan", "Lampiran", "URL", "Dokumen"]
)
def test_an_evidence_column_named_otherwise_is_read(tmp_path: Path, rubric: Rubric, head: str) -> None:
    wb = _read(tmp_path, rubric, evidence=head)
    ev = {e.id: e for e in wb.unit.evidence}
    assert [(ev[i].title, ev[i].url) for i in wb.unit.answers["P.1.i.a"].evidence] == [("SK Tim", DRIVE)]


def test_an_answer_column_headed_isian_beside_nilai_is_no_unit_sheet(tmp_path: Path, rubric: Rubric) -> None:
    """ "Isian" and "Nilai" are the headers of zi-eval's own Unit sheet too: the LKE sheet was taken for
    it, and the workbook refused for lacking the plan, evidence and notes sheets (exit 3)."""
    wb = _read(tmp_path, rubric, answer="Isian")
    assert {c: a.answer for c, a in wb.unit.answers.items()} == {
        c: a.answer for c, a in full_unit(rubric).answers.items()
    }


def test_a_remark_in_the_catatan_column_is_the_answers_note(tmp_path: Path, rubric: Rubric) -> None:
    """The unit's remark beside its answer ("SK belum ditandatangani") was dropped: it is the note."""
    import openpyxl

    official = Path(__file__).resolve().parents[1] / "data" / "lke" / "official-filled.xlsx"
    book = openpyxl.load_workbook(official)
    ws = book.active
    header = next(r for r in range(1, 10) if ws.cell(r, 11).value == "Jawaban")
    ws.cell(header, 15).value = "Catatan"
    row = next(
        r
        for r in range(header, ws.max_row + 1)
        if (ws.cell(r, 7).value or "").startswith("Penentuan anggota")
    )
    ws.cell(row, 15).value = "SK belum ditandatangani kepala"
    book.save(tmp_path / "lke.xlsx")
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers["P.1.i.b"].note == "SK belum ditandatangani kepala"
    assert [c for c, a in wb.unit.answers.items() if a.note] == ["P.1.i.b"]


@pytest.mark.parametrize("head", ["Komponen Penilaian", "Pertanyaan / Kriteria", "Komponen / Sub Komponen"])
def test_a_question_column_named_with_a_roles_word_is_the_question(
    tmp_path: Path, rubric: Rubric, head: str
) -> None:
    """ "Komponen Penilaian" read as the answer column ("penilaian"), "Pertanyaan / Kriteria" as the criteria
    ("kriteria"): the questions were no longer in the hierarchy, no row matched, and the workbook was
    refused (a probe)."""
    rows, _ = render(full_unit(rubric), rubric, Shape())
    renamed = [[head if v == "Komponen" else v for v in row] for row in rows]
    assert renamed != rows
    write_xlsx(tmp_path / "lke.xlsx", {Shape().sheet: renamed})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert {c: (a.answer, a.counts) for c, a in wb.unit.answers.items()} == {
        c: (a.answer, a.counts) for c, a in full_unit(rubric).answers.items()
    }
