"""Month cells holding cumulative targets: "0% | 25% | 25% | 50% … | 100%".

Every cell above 0% was a mark, so an activity done in January (100% in every month after) was
scheduled all year, and a quarterly one every month from March; only the "0%" cells were said.
"""

from __future__ import annotations

from pathlib import Path

from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

RUBRIC = load_rubric()


def _plan(tmp_path: Path, rows: list[tuple[str, list[str]]]) -> Path:
    lines = ["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025", ""]
    lines.append("\t".join(["No", "Area", "Kegiatan", *(str(m) for m in range(1, 13))]))
    for i, (keg, cells) in enumerate(rows, start=1):
        lines.append("\t".join([str(i), "Manajemen Perubahan", keg, *cells]))
    f = tmp_path / "ra.tsv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_cumulative_percentages_schedule_the_months_they_rise(tmp_path: Path) -> None:
    rows = [
        ("Pembentukan Tim Kerja ZI", ["100%"] * 12),
        ("Monitoring dan evaluasi ZI", ["0%", "0%", *["25%"] * 3, *["50%"] * 3, *["75%"] * 3, "100%"]),
        ("Reviu SOP layanan", ["0%", "33%", "67%", *["100%"] * 9]),
    ]
    res = import_plan(_plan(tmp_path, rows), RUBRIC)
    assert [a.months for a in res.unit.activities] == [(1,), (3, 6, 9, 12), (2, 3, 4)]
    said = [(f.code, f.line) for f in res.findings]
    assert said == [("IMPORT_CUMULATIVE_MONTHS", 5)]  # said once, at the first row that shows it


def test_percentages_that_do_not_only_grow_are_marks_as_before(tmp_path: Path) -> None:
    """Guards: a target each month (100% every month, or 25% a quarter) is no cumulative grid."""
    rows = [
        ("Laporan bulanan", ["100%"] * 12),
        ("Monitoring triwulanan", ["", "", "25%", "", "", "25%", "", "", "25%", "", "", "25%"]),
        ("Survei", ["", "", "", "", "50%", "100%", "", "", "", "", "", ""]),
    ]
    res = import_plan(_plan(tmp_path, rows), RUBRIC)
    assert [a.months for a in res.unit.activities] == [tuple(range(1, 13)), (3, 6, 9, 12), (5, 6)]
    assert not [f for f in res.findings if f.code == "IMPORT_CUMULATIVE_MONTHS"]
