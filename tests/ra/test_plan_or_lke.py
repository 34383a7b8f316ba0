"""A plan whose header looks like an LKE's ("Bobot", "Penanggung Jawab") is read as the plan it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from zi_eval.cli import main
from zi_eval.lke.columns import role_of
from zi_eval.models.rubric import Rubric
from zi_eval.sources import load_input

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def _plan(path: Path, header: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "RA"
    ws.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"])
    ws.append(["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SLEMAN"])
    ws.append(["TAHUN 2025"])
    ws.append(header)
    rows = [
        ("Manajemen Perubahan", "Pembentukan Tim Kerja Pembangunan Zona Integritas", {1}, "Sekretaris"),
        ("Manajemen Perubahan", "Monitoring dan evaluasi pembangunan ZI", {3, 6, 9, 12}, "Ketua Tim ZI"),
        ("Penataan Tatalaksana", "Reviu dan pembaruan SOP layanan", {2, 3, 4}, "Kasubag Umum"),
    ]
    for i, (area, act, months, pj) in enumerate(rows, 1):
        marks = ["√" if m in months else None for m in range(1, 13)]
        ws.append([i, area, act, "Dokumen", 10, *marks, pj])
    wb.save(path)
    return path


@pytest.mark.parametrize("last", ["Penanggung Jawab", "Penilaian"])
def test_a_plan_with_bobot_and_penanggung_jawab_columns_is_read_as_a_plan(
    tmp_path: Path, rubric: Rubric, last: str
) -> None:
    """Bobot + Penanggung Jawab read as an LKE's Bobot + Jawaban: the plan was refused (exit 3, "must be an
    LKE sheet ... 0 items matched"). Any header an LKE's could be ("Penilaian") over no item is tried as a
    plan before it is refused."""
    header = ["No", "Area Perubahan", "Kegiatan", "Indikator", "Bobot", *MONTHS, last]
    got = load_input(_plan(tmp_path / "ra.xlsx", header), rubric)
    assert got.kind == "plan"
    assert [a.months for a in got.unit.activities] == [(1,), (3, 6, 9, 12), (2, 3, 4)]


def test_an_lke_header_over_rows_that_are_neither_items_nor_a_plan_is_refused_as_an_lke(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no plan in it either, the refusal still says why it is no LKE (the sheet, the columns, 0 items)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["No", "Uraian", "Bobot", "Jawaban"])
    for i in range(1, 6):
        ws.append([i, f"Baris lain {i}", 1, "Ya"])
    wb.save(tmp_path / "lain.xlsx")
    code = main(["--lang", "en", "import", str(tmp_path / "lain.xlsx"), "-o", str(tmp_path / "u.yaml")])
    err = capsys.readouterr().err
    assert code == 3 and "0 items matched" in err and "answer=D" in err
    assert not (tmp_path / "u.yaml").exists()


def test_who_is_in_charge_is_no_answer_column() -> None:
    assert (
        role_of("Penanggung Jawab") is None and role_of("PJ") is None and role_of("Penanggungjawab") is None
    )
    assert role_of("Jawaban") == "answer" and role_of("Jawaban Unit Kerja") == "answer"


def test_english_names_the_month_columns_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = ["No", "Area Perubahan", "Kegiatan", "Indikator", "Bobot (%)", *MONTHS, "PIC"]
    src = _plan(tmp_path / "ra.xlsx", header)
    assert main(["--lang", "en", "import", str(src), "-o", str(tmp_path / "u.yaml")]) == 0
    said = capsys.readouterr().err  # the summary goes to stderr
    assert "months='columns 6–17: months 1–12'" in said and "kolom" not in said
    assert main(["import", str(src), "-o", str(tmp_path / "v.yaml")]) == 0
    assert "months='kolom 6–17: bulan 1–12'" in capsys.readouterr().err
