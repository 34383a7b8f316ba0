"""An answer typed once in a cell merged down over several item rows is every covered item's answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.lke.shapes import Shape, full_unit, render, write_xlsx
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric

K = 10  # the answer column of the official layout


def _workbook(tmp_path: Path, rubric: Rubric, answers: dict[str, Any], merge: tuple[str, str] | None) -> Path:
    """The official layout with ``answers`` typed over the unit's, and K merged from one row to another."""
    rows, where = render(full_unit(rubric), rubric, Shape())
    for code, value in answers.items():
        rows[where[code] - 1][K] = value
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "lke.xlsx"
    write_xlsx(path, {"LKE ZI": rows})
    if merge is not None:
        wb = openpyxl.load_workbook(path)
        wb["LKE ZI"].merge_cells(f"K{where[merge[0]]}:K{where[merge[1]]}")
        wb.save(path)
    return path


def _merged(book: Any) -> list[dict[str, Any]]:
    return [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_MERGED_ANSWER"]


def test_a_merged_answer_reaches_every_item_it_covers(tmp_path: Path, rubric: Rubric) -> None:
    typed = {"P.1.iii.a": "A", "P.1.iii.b": None, "P.1.iii.c": None}
    plain = read_lke_workbook(_workbook(tmp_path, rubric, typed, None), rubric)
    assert "P.1.iii.b" not in plain.unit.answers and not _merged(plain)  # the same sheet without the merge
    book = read_lke_workbook(_workbook(tmp_path, rubric, typed, ("P.1.iii.a", "P.1.iii.c")), rubric)
    got = {c: book.unit.answers[c].answer for c in typed}
    assert got == {"P.1.iii.a": "A", "P.1.iii.b": "A", "P.1.iii.c": "A"}
    (said,) = _merged(book)
    first = book.matched["item:P.1.iii.a"]
    assert said["theirs"] == f"K{first}:K{first + 2}" and said["value"] == "A"
    assert said["ours"] == "P.1.iii.b, P.1.iii.c" and said["item"] == "P.1.iii.a"
    assert said["line"] == first


def test_a_merge_over_a_heading_gives_the_heading_nothing(tmp_path: Path, rubric: Rubric) -> None:
    # "Ya" typed in the row of indicator P.1.iv, merged down over its first item
    typed = {"P.1.iv": "Ya", "P.1.iv.a": None}
    book = read_lke_workbook(_workbook(tmp_path, rubric, typed, ("P.1.iv", "P.1.iv.a")), rubric)
    assert book.unit.answers["P.1.iv.a"].answer == "Ya"
    assert "P.1.iv" not in book.unit.answers
    (said,) = _merged(book)
    assert said["ours"] == "P.1.iv.a" and said["item"] is None


def test_a_merge_from_an_item_across_the_next_heading_skips_the_heading(
    tmp_path: Path, rubric: Rubric
) -> None:
    typed = {"P.1.iii.c": "B", "P.1.iv.a": None}
    book = read_lke_workbook(_workbook(tmp_path, rubric, typed, ("P.1.iii.c", "P.1.iv.a")), rubric)
    (said,) = _merged(book)
    assert said["ours"] == "P.1.iv.a"  # the indicator row P.1.iv between them is passed over
    # "B" is no Ya/Tidak answer: said as such, never scored
    assert "P.1.iv.a" not in book.unit.answers or book.unit.answers["P.1.iv.a"].answer is None
    bad = [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_BAD_ANSWER"]
    assert [f["item"] for f in bad] == ["P.1.iv.a"]


def test_a_merge_over_headings_only_says_nothing(tmp_path: Path, rubric: Rubric) -> None:
    # the area row "1. Manajemen Perubahan" and indicator P.1.i under it, "A" typed beside the area
    rows, where = render(full_unit(rubric), rubric, Shape())
    area = where["P.1.i"] - 1  # 1-based
    assert "Manajemen Perubahan" in " ".join(str(c) for c in rows[area - 1] if c)
    rows[area - 1][K] = "A"
    path = tmp_path / "lke.xlsx"
    write_xlsx(path, {"LKE ZI": rows})
    wb = openpyxl.load_workbook(path)
    wb["LKE ZI"].merge_cells(f"K{area}:K{area + 1}")
    wb.save(path)
    book = read_lke_workbook(path, rubric)
    assert not _merged(book)
    before = read_lke_workbook(_workbook(tmp_path / "plain", rubric, {}, None), rubric)
    assert book.unit.answers == before.unit.answers


def test_a_merged_jawaban_over_tpi_and_unit_columns_scores_the_units(tmp_path: Path, rubric: Rubric) -> None:
    # "Jawaban" merged over two columns named on the line below: the TPI's first, the unit's second
    rows, where = render(full_unit(rubric), rubric, Shape())
    header = next(i for i, r in enumerate(rows) if "Jawaban" in r)
    for i, r in enumerate(rows):
        unit = r[K]
        tpi = "Tidak" if unit == "Ya" else ("C" if isinstance(unit, str) and len(unit) == 1 else unit)
        r.insert(K, tpi if i > header else ("Jawaban" if i == header else None))
        if i == header:
            r[K + 1] = None
    rows.insert(header + 1, [None] * K + ["TPI", "Unit Kerja"] + [None] * (len(rows[0]) - K - 2))
    path = tmp_path / "lke.xlsx"
    write_xlsx(path, {"LKE ZI": rows})
    wb = openpyxl.load_workbook(path)
    wb["LKE ZI"].merge_cells(start_row=header + 1, start_column=K + 1, end_row=header + 1, end_column=K + 2)
    wb.save(path)
    book = read_lke_workbook(path, rubric)
    assert book.unit.answers["P.1.i.a"].answer == "Ya"  # the unit's, not the TPI's "Tidak"
    (said,) = [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_ANSWER_COLUMNS"]
    assert "Jawaban TPI" in said["theirs"] and "Jawaban Unit Kerja" in said["ours"]
