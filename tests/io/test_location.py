"""One way to say where something is (zi_eval/io/location.py), and the findings and flags that use it:
a spreadsheet plan's findings name their sheet, a PDF's its page, table and row (the importer's
running row count used to stand there), and a sub-step's flag its sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import zi_eval as zi
from tests.conftest import DATA
from zi_eval.errors import Problem
from zi_eval.io.location import Location, column_letter
from zi_eval.models.unit import Source


@pytest.mark.parametrize(
    ("where", "text"),
    [
        (Location("plan.txt"), "plan.txt"),
        (Location("plan.txt", 103), "plan.txt:103"),
        (Location("lke.xlsx", sheet="LKE"), "lke.xlsx:LKE"),
        (Location("lke.xlsx", 21, "LKE"), "lke.xlsx:LKE!21"),
        (Location("lke.xlsx", 21, "LKE", 5), "lke.xlsx:LKE!F21"),
        (Location("lke.xlsx", 21, "LKE", 27), "lke.xlsx:LKE!AB21"),
        (Location("ra.xlsx", 7, "RA 2025", cells="A7:P7"), "ra.xlsx:RA 2025!A7:P7"),
        (Location("ra.pdf", 37, place="hal. 2, tabel 1, baris 3"), "ra.pdf:hal. 2, tabel 1, baris 3"),
    ],
)
def test_each_kind_of_place_is_written_one_way(where: Location, text: str) -> None:
    assert str(where) == text


def test_column_letters_run_like_a_spreadsheet() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def test_problems_and_sources_use_it() -> None:
    assert (
        Problem("u.yaml", 4, "unit.year", "an integer", "'x'").text("en").startswith("u.yaml:4: unit.year:")
    )
    assert Problem("u.yaml", None, "file", "a text file", "binary").text("en").startswith("u.yaml: file:")
    assert str(Source(file="ra.xlsx", line=7, sheet="RA", cells="A7:F7").location()) == "ra.xlsx:RA!A7:F7"
    assert str(Source(file="ra.pdf", line=9, cells="hal. 1, tabel 1, baris 2").location()) == (
        "ra.pdf:hal. 1, tabel 1, baris 2"
    )


def _plan(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "RA 2025"
    ws.append(["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"])
    ws.append(["NO", "AREA", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "WAKTU"])
    ws.append([1, "Manajemen Perubahan", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", "Januari"])
    ws.append([2, "Manajemen Perubahan", "Rapat evaluasi", "Rapat rutin", "Notulen", "sesuai kebutuhan"])
    path = tmp_path / "rencana.xlsx"
    wb.save(path)
    return path


def test_a_spreadsheet_plans_findings_name_their_sheet(tmp_path: Path) -> None:
    flags = zi.evaluate(_plan(tmp_path)).flags
    unread = flags[flags["code"] == "IMPORT_TIMING_UNREAD"]
    assert unread["source"].tolist() == ["rencana.xlsx:RA 2025!4"]


def test_a_pdf_plans_findings_name_page_table_and_row() -> None:
    flags = zi.evaluate(DATA / "ra" / "readers" / "plan_excel_printed.pdf").flags
    sources = flags[flags["code"].str.startswith("IMPORT_")]["source"].tolist()
    assert sources and all(s.startswith("plan_excel_printed.pdf:hal. 1, tabel 1, baris ") for s in sources), (
        sources
    )
