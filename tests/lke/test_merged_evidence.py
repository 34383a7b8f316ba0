"""An evidence cell merged down over several item rows is evidence of every item it covers.

A sheet reader holds a merged cell's text (and the link behind it) in the first cell only; the items
under it read an empty cell. Before this was read, they lost their evidence in silence (exit 0, a
lower evidenced score).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.lke.shapes import Shape, full_unit, render, write_xlsx
from zi_eval.evidence.table import read_links_table
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric
from zi_eval.scoring.linking import link_unit

N = 13  # the evidence column of the official layout (0-based)
URL = "https://drive.google.com/drive/folders/sk-tim-zi"
ITEMS = ("P.1.iii.a", "P.1.iii.b", "P.1.iii.c")


def _workbook(
    tmp_path: Path,
    rubric: Rubric,
    cells: dict[str, Any],
    merge: tuple[str, str] | None,
    link: str | None = None,
    beside: dict[str, str] | None = None,
) -> tuple[Path, dict[str, int]]:
    """The official layout with evidence ``cells`` typed (the rest empty), N merged from one row to another,
    ``link`` hidden behind the first merged cell and ``beside`` typed in the column right of N."""
    rows, where = render(full_unit(rubric), rubric, Shape())  # no evidence typed (Shape.evidence)
    for code, value in cells.items():
        rows[where[code] - 1][N] = value
    for code, value in (beside or {}).items():  # a link in the column right of the evidence column
        row = rows[where[code] - 1]
        row += [None] * (N + 2 - len(row))
        row[N + 1] = value
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "lke.xlsx"
    write_xlsx(path, {"LKE ZI": rows})
    if merge is not None or link is not None:
        wb = openpyxl.load_workbook(path)
        ws = wb["LKE ZI"]
        if merge is not None:
            ws.merge_cells(f"N{where[merge[0]]}:N{where[merge[1]]}")
        if link is not None and merge is not None:
            ws[f"N{where[merge[0]]}"].hyperlink = link
        wb.save(path)
    return path, where


def _evidenced(unit: Any, rubric: Rubric) -> set[str]:
    return set(link_unit(unit, rubric).evidenced())


def _said(book: Any) -> list[dict[str, Any]]:
    return [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_MERGED_EVIDENCE"]


def test_a_merged_evidence_cell_is_evidence_of_every_item_it_covers(tmp_path: Path, rubric: Rubric) -> None:
    plain_path, _ = _workbook(tmp_path / "plain", rubric, {ITEMS[0]: URL}, None)
    plain = read_lke_workbook(plain_path, rubric)
    assert _evidenced(plain.unit, rubric) & set(ITEMS) == {ITEMS[0]} and not _said(plain)
    path, where = _workbook(tmp_path / "merged", rubric, {ITEMS[0]: URL}, (ITEMS[0], ITEMS[2]))
    book = read_lke_workbook(path, rubric)
    assert _evidenced(book.unit, rubric) & set(ITEMS) == set(ITEMS)
    # one record (one document), cited by the three answers
    (record,) = [e for e in book.unit.evidence if e.url == URL]
    assert all(book.unit.answers[c].evidence == (record.id,) for c in ITEMS)
    assert set(record.supports) == set(ITEMS)
    (said,) = _said(book)
    first = where[ITEMS[0]]
    assert said["theirs"] == f"N{first}:N{where[ITEMS[2]]}" and said["ours"] == "P.1.iii.b, P.1.iii.c"
    assert said["item"] == ITEMS[0] and said["line"] == first


def test_merged_evidence_scores_as_the_same_link_typed_on_each_row(tmp_path: Path, rubric: Rubric) -> None:
    typed_path, _ = _workbook(tmp_path / "typed", rubric, dict.fromkeys(ITEMS, URL), None)
    merged_path, _ = _workbook(tmp_path / "merged", rubric, {ITEMS[0]: URL}, (ITEMS[0], ITEMS[2]))
    typed, merged = (read_lke_workbook(p, rubric).unit for p in (typed_path, merged_path))
    assert _evidenced(typed, rubric) == _evidenced(merged, rubric)


def test_a_covered_row_keeps_the_links_beside_its_evidence_cell(tmp_path: Path, rubric: Rubric) -> None:
    own = "https://drive.google.com/drive/folders/notulen-b"
    path, _ = _workbook(tmp_path, rubric, {ITEMS[0]: URL}, (ITEMS[0], ITEMS[1]), beside={ITEMS[1]: own})
    book = read_lke_workbook(path, rubric)
    cited = {e.id: e.url for e in book.unit.evidence if e.id in book.unit.answers[ITEMS[1]].evidence}
    assert set(cited.values()) == {URL, own}


def test_a_hidden_link_behind_a_merged_cell_reaches_every_item(tmp_path: Path, rubric: Rubric) -> None:
    path, _ = _workbook(tmp_path, rubric, {ITEMS[0]: "Klik di sini"}, (ITEMS[0], ITEMS[1]), link=URL)
    book = read_lke_workbook(path, rubric)
    assert _evidenced(book.unit, rubric) & set(ITEMS) == set(ITEMS[:2])
    assert {e.url for e in book.unit.evidence if set(e.supports) & set(ITEMS)} == {URL}


def test_a_merge_from_an_indicator_row_gives_its_items_the_evidence(tmp_path: Path, rubric: Rubric) -> None:
    # the link typed on indicator P.1.iii's row (no item of its own), merged down over its first two items
    path, _ = _workbook(tmp_path, rubric, {"P.1.iii": URL}, ("P.1.iii", ITEMS[1]))
    book = read_lke_workbook(path, rubric)
    assert _evidenced(book.unit, rubric) & set(ITEMS) == set(ITEMS[:2])
    (said,) = _said(book)
    assert said["ours"] == "P.1.iii.a, P.1.iii.b" and said["item"] is None


def test_the_links_table_reads_a_merged_lke_cell_once_for_every_item(tmp_path: Path, rubric: Rubric) -> None:
    path, where = _workbook(tmp_path, rubric, {ITEMS[0]: URL}, (ITEMS[0], ITEMS[2]))
    scan = read_links_table(path, rubric, unit_dir=tmp_path)
    (record,) = [e for e in scan.records if e.url == URL]
    assert set(record.supports) == set(ITEMS)
    # the covered rows are not "rows the reader matched to no item": each says the merge it reads
    said = [(f["code"], f["theirs"], f["ours"]) for f in scan.findings]
    first = f"N{where[ITEMS[0]]}"
    assert said == [
        ("EVIDENCE_TABLE_MERGED_LINK", first, ITEMS[1]),
        ("EVIDENCE_TABLE_MERGED_LINK", first, ITEMS[2]),
    ]


def test_a_plain_links_table_reads_a_link_merged_down_for_both_rows(tmp_path: Path, rubric: Rubric) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Dukung"
    ws.append(["No", "Kode", "Uraian", "Link Bukti", "Link 2"])
    ws.append([1, "P.1.i.a", "Tim kerja", "https://drive.google.com/a"])
    ws.append([2, "P.1.i.b", "Dokumen rencana", "Klik di sini"])
    ws.append([3, "P.1.ii.a", "Monev", None])
    ws.append([4, "P.1.ii.b", "Sosialisasi", "https://drive.google.com/d"])
    ws.append([5, "P.1.ii.c", "Sosialisasi 2", "https://drive.google.com/e"])
    ws.append([6, "P.1.iii.a", "Lain", None])
    ws["D3"].hyperlink = "https://drive.google.com/shared"
    ws.merge_cells("D3:D4")  # a hidden link merged down beside two items
    ws.merge_cells("D6:E7")  # a link merged down and across both link columns
    path = tmp_path / "links.xlsx"
    wb.save(path)
    scan = read_links_table(path, rubric, unit_dir=tmp_path)
    got = {e.url: e.supports for e in scan.records}
    assert got["https://drive.google.com/shared"] == ("P.1.i.b", "P.1.ii.a")
    assert got["https://drive.google.com/e"] == ("P.1.ii.c", "P.1.iii.a")
    assert len(scan.records) == 4
    # each row that read a link through a merge says so
    said = [(f["code"], f["line"], f["theirs"], f["ours"]) for f in scan.findings]
    assert said == [
        ("EVIDENCE_TABLE_MERGED_LINK", 4, "D3", "P.1.ii.a"),
        ("EVIDENCE_TABLE_MERGED_LINK", 7, "D6", "P.1.iii.a"),
    ]
