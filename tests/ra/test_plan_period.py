"""A title naming a period of years ("TAHUN 2024-2025"): its first year is taken, and that is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

BODY = (
    "NO\tKEGIATAN\tAREA\tJAN\tFEB\tMAR\n"
    "1\tPembentukan Tim Pembangunan Zona Integritas\tManajemen Perubahan\tv\t\t\n"
    "2\tReviu SOP layanan\tPenataan Tatalaksana\t\tv\t\n"
)


def _plan(tmp_path: Path, title_line: str) -> Path:
    path = tmp_path / "ra.tsv"
    path.write_text(f"RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS\nKPU KABUPATEN LUWU\n{title_line}\n\n{BODY}")
    return path


@pytest.mark.parametrize(
    "title_line",
    [
        "PERIODE TAHUN 2024-2025",
        "TAHUN 2024 - 2025",
        "TAHUN 2024/2025",
        "TAHUN 2024 S.D. 2025",
        "Tahun 2024 s/d 2025",
        "TAHUN 2024 SAMPAI DENGAN 2025",
        "TAHUN 2024 DAN 2025",
        "2024\u20132025",
    ],
)
def test_a_period_in_the_title_gives_its_first_year_and_says_so(
    tmp_path: Path, rubric: Rubric, title_line: str
) -> None:
    res = import_plan(_plan(tmp_path, title_line), rubric)
    assert res.unit.unit.year == 2024
    said = [f for f in res.findings if f.code == "IMPORT_YEAR_RANGE"]
    assert len(said) == 1 and said[0].value == "2024-2025"
    assert "--year 2025" in said[0].action_en


def test_the_year_given_on_the_command_line_is_not_questioned(tmp_path: Path, rubric: Rubric) -> None:
    res = import_plan(_plan(tmp_path, "PERIODE TAHUN 2024-2025"), rubric, year=2025)
    assert res.unit.unit.year == 2025
    assert "IMPORT_YEAR_RANGE" not in [f.code for f in res.findings]


@pytest.mark.parametrize(
    ("title_line", "year"),
    [
        ("TAHUN 2025", 2025),  # one year
        ("TAHUN 2025 MENDUKUNG RENSTRA 2020-2024", 2025),  # another plan's period
        ("TAHUN 2025 (RPJMN 2025-2026)", 2025),
    ],
)
def test_one_year_or_another_plans_period_is_no_period_of_this_plan(
    tmp_path: Path, rubric: Rubric, title_line: str, year: int
) -> None:
    res = import_plan(_plan(tmp_path, title_line), rubric)
    assert res.unit.unit.year == year
    assert "IMPORT_YEAR_RANGE" not in [f.code for f in res.findings]


def test_a_plan_naming_no_year_takes_the_year_it_is_signed_in_and_says_so(
    tmp_path: Path, rubric: Rubric
) -> None:
    """No year in the title, the file name or the schedule: the signature's date ("Ditetapkan di Palopo,
    6 Januari 2025") gives a better year than the current one. Still said: it is a guess."""
    path = tmp_path / "ra.tsv"
    sign = "Ditetapkan di Palopo, 6 Januari 2025\nKEPALA KANTOR,\n\nAndi Baso\nNIP 197501012000031001\n"
    path.write_text(f"RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS\nKPU KABUPATEN LUWU\n\n{BODY}\n{sign}")
    res = import_plan(path, rubric)
    assert res.unit.unit.year == 2025
    (said,) = [f for f in res.findings if f.code == "IMPORT_YEAR_ASSUMED"]
    assert said.value == "2025" and "6 Januari 2025" in said.action


def test_a_date_inside_the_table_is_no_signature(tmp_path: Path, rubric: Rubric) -> None:
    path = tmp_path / "ra.tsv"
    body = BODY.replace("Reviu SOP layanan", "Reviu SOP layanan, Januari 2019")
    path.write_text(f"RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS\nKPU KABUPATEN LUWU\n\n{body}")
    res = import_plan(path, rubric)
    (said,) = [f for f in res.findings if f.code == "IMPORT_YEAR_ASSUMED"]
    assert "2019" not in said.action and res.unit.unit.year != 2019


def test_the_year_of_the_plans_decree_in_one_line_is_the_plans_when_no_title_names_one(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "LAMPIRAN KEPUTUSAN KEPALA RUTAN … NOMOR W23-01 TAHUN 2025 TENTANG RENCANA AKSI …" above the table and
    no other year: 2025, as a "NOMOR … TAHUN 2025" line of its own gives (it gave the current year)."""
    path = tmp_path / "ra.tsv"
    decree = (
        "LAMPIRAN KEPUTUSAN KEPALA RUTAN KELAS IIB PINRANG NOMOR W23.PAS.PAS12-UM.01.01-01 TAHUN 2025 "
        "TENTANG RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"
    )
    path.write_text(f"{decree}\n\n{BODY}")
    res = import_plan(path, rubric)
    assert res.unit.unit.year == 2025
    assert "IMPORT_YEAR_ASSUMED" not in [f.code for f in res.findings]
