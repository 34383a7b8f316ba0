"""Month columns that do not run January to December, and a month header typed twice.

A grid "Jul … Des | Jan … Jun" (or "Des … Jan") was cut at its turn: the columns after it were said
to be "a second block of months" and scheduled nothing (a January activity got no month). One header
typed twice ("Jan Feb Mar Apr Mar Jun …") did the same to every column after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

RUBRIC = load_rubric()
NAMES = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
ACTS = [
    ("Pembentukan Tim Kerja ZI", {1}),
    ("Monitoring dan evaluasi ZI", {3, 6, 9, 12}),
    ("Survei kepuasan", {5, 8}),
]


def _plan(tmp_path: Path, order: list[int], headers: list[str] | None = None, above: str = "") -> Path:
    heads = headers or [NAMES[m - 1] for m in order]
    lines = ["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025", ""]
    if above:  # a row of years over the months, the numbering and kegiatan headers on it
        lines.append("\t".join(["No", "Kegiatan", above]))
        lines.append("\t".join(["", "", *heads]))
    else:
        lines.append("\t".join(["No", "Kegiatan", *heads]))
    for i, (keg, months) in enumerate(ACTS, start=1):
        lines.append("\t".join([str(i), keg, *("v" if m in months else "" for m in order)]))
    f = tmp_path / "ra.tsv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


@pytest.mark.parametrize(
    "order",
    [
        [7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
        list(range(12, 0, -1)),
        [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3],
    ],
)
def test_twelve_month_columns_in_another_order_are_read_by_their_headers(
    tmp_path: Path, order: list[int]
) -> None:
    res = import_plan(_plan(tmp_path, order), RUBRIC)
    assert [set(a.months) for a in res.unit.activities] == [m for _, m in ACTS]
    said = [f for f in res.findings if f.code == "IMPORT_MONTHS_OUT_OF_ORDER"]
    assert len(said) == 1 and said[0].value.startswith(f"{order[0]}, {order[1]}")


def test_calendar_order_says_nothing_of_order(tmp_path: Path) -> None:
    res = import_plan(_plan(tmp_path, list(range(1, 13))), RUBRIC)
    assert [set(a.months) for a in res.unit.activities] == [m for _, m in ACTS]
    assert not [
        f for f in res.findings if f.code in ("IMPORT_MONTHS_OUT_OF_ORDER", "IMPORT_MONTH_HEADER_GUESSED")
    ]


def test_a_month_header_typed_twice_is_the_month_its_place_gives(tmp_path: Path) -> None:
    headers = [*NAMES[:4], "Mar", *NAMES[5:]]  # May's header typed "Mar"
    res = import_plan(_plan(tmp_path, list(range(1, 13)), headers), RUBRIC)
    assert [set(a.months) for a in res.unit.activities] == [m for _, m in ACTS]
    said = [(f.code, f.value) for f in res.findings if f.code.startswith("IMPORT_MONTH")]
    assert said == [("IMPORT_MONTH_HEADER_GUESSED", "Mar")]


def test_two_years_of_months_stay_two_blocks(tmp_path: Path) -> None:
    """Guard: 'Jul … Des' under 2025 and 'Jan … Jun' under 2026 is two years, not one grid."""
    order = [7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]
    above = "\t".join(["2025", *[""] * 5, "2026", *[""] * 5])
    res = import_plan(_plan(tmp_path, order, above=above), RUBRIC)
    assert not [f for f in res.findings if f.code == "IMPORT_MONTHS_OUT_OF_ORDER"]
    assert [set(a.months) for a in res.unit.activities] == [set(), {9, 12}, {8}]
