"""LKE copies a reviewer built the way units and careless users do, once misread with exit 0."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.lke.shapes import OFFICIAL_HEADERS, Shape, full_unit, render, write_xlsx
from zi_eval.errors import InputError
from zi_eval.lke.answers import read_count, read_option
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric


def test_an_indonesian_thousands_dot_in_a_count_is_a_thousand() -> None:
    assert read_count("1.000").value == 1000 and read_count("1.000").changed
    assert read_count("12.500").value == 12500
    assert read_count("850").value == 850 and not read_count("850").changed
    assert read_count("1.5").bad  # not a whole number: reported, never rounded


def test_a_spreadsheet_error_is_reported_never_read_as_blank() -> None:
    for err in ("#REF!", "#DIV/0!", "#N/A", "#VALUE!"):
        assert read_option(err, {"Ya": 1.0, "Tidak": 0.0}).bad, err
        assert read_count(err).bad, err


def test_english_headers_are_read(tmp_path: Path, rubric: Rubric) -> None:
    english = {
        **OFFICIAL_HEADERS,
        "bobot": "Weight",
        "penjelasan": "Explanation",
        "type": "Answer options",
        "answer": "Answer",
        "value": "Final score",
    }
    unit = full_unit(rubric)
    rows, _ = render(unit, rubric, Shape(headers=english))
    write_xlsx(tmp_path / "lke.xlsx", {"LKE": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.columns["answer"] == "K" and wb.columns["type"] == "J"
    assert {c: a.answer for c, a in wb.unit.answers.items() if a.answer} == {
        c: a.answer for c, a in unit.answers.items() if a.answer
    }


def test_the_units_own_answer_column_is_read_and_the_other_is_said(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    rows, where = render(unit, rubric, Shape())
    header = next(i for i, r in enumerate(rows) if "Jawaban" in r)
    k = rows[header].index("Jawaban")
    for i, r in enumerate(rows):  # a TPI column left of the unit's, holding other answers
        r.insert(k, "Jawaban TPI" if i == header else ("Tidak" if r[k] == "Ya" else r[k]))
    rows[header][k + 1] = "Jawaban Unit Kerja"
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.columns["answer"] == "L"
    assert wb.unit.answers["P.1.i.a"].answer == unit.answers["P.1.i.a"].answer
    said = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_ANSWER_COLUMNS"]
    assert said and "Jawaban TPI" in said[0]["theirs"] and said[0]["ours"] == "L 'Jawaban Unit Kerja'"


def test_formulas_without_saved_results_and_error_cells_are_said(tmp_path: Path, rubric: Rubric) -> None:
    """openpyxl writes formulas without their results; a cached #DIV/0! reads as nothing: both are said."""
    import openpyxl

    unit = full_unit(rubric)
    rows, where = render(unit, rubric, Shape())
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = openpyxl.load_workbook(tmp_path / "lke.xlsx")
    ws = wb["LKE ZI"]
    ws.cell(where["P.1.i.a"], 11).value = "=P1"  # a formula openpyxl saves with no result
    wb.save(tmp_path / "lke.xlsx")
    book = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    said = [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_CELL_UNREAD"]
    assert [(f["item"], f["theirs"], f["source"]) for f in said] == [
        ("P.1.i.a", "=P1", f"lke.xlsx:LKE ZI!K{where['P.1.i.a']}")
    ]
    assert "P.1.i.a" not in book.unit.answers or book.unit.answers["P.1.i.a"].answer is None


def test_a_field_twice_on_the_unit_sheet_is_refused(tmp_path: Path, rubric: Rubric) -> None:
    """A person who adds a second ``unit.year`` row must not see either one taken silently."""
    import openpyxl

    from tests.conftest import ROOT
    from zi_eval.cli import main

    book = tmp_path / "unit.xlsx"
    assert main(["template", str(ROOT / "plans" / "pn-contoh-2025.yaml"), "-o", str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Unit"]
    year_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "unit.year")
    ws.cell(ws.max_row + 1, 1, "unit.year")
    ws.cell(ws.max_row, 2, 2024)
    wb.save(book)
    with pytest.raises(InputError, match=rf"one row per field \(unit.year is also in row {year_row}\)"):
        read_lke_workbook(book, rubric)


def test_an_lke_cut_into_tabs_is_read_whole(tmp_path: Path, rubric: Rubric) -> None:
    """Each tab holding a third of the items: no tab matches half of them, together they are the LKE
    (it was refused, naming the tabs; tests/lke/test_split_sheets.py has the realistic cuts)."""
    codes = list(rubric.items)
    thirds = [frozenset(codes[i::3]) for i in range(3)]
    unit = full_unit(rubric)
    tabs = {
        f"Bagian {i + 1}": render(unit, rubric, Shape(delete=frozenset(codes) - keep))[0]
        for i, keep in enumerate(thirds)
    }
    write_xlsx(tmp_path / "lke.xlsx", tabs)
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert (wb.sheet, wb.more_sheets, wb.missing) == ("Bagian 1", ["Bagian 2", "Bagian 3"], [])
    assert {c: a.answer for c, a in wb.unit.answers.items()} == {c: a.answer for c, a in unit.answers.items()}


def test_plain_percentages_in_two_conventions_are_said(tmp_path: Path, rubric: Rubric) -> None:
    persen = [c for c, f in rubric.items.items() if f.item.answer_type == "PERSEN"][:2]
    rows, where = render(full_unit(rubric), rubric, Shape(percent_text=frozenset(persen)))
    rows[where[persen[0]] - 1][10] = 50  # points
    rows[where[persen[1]] - 1][10] = 1  # 100 %, or 1 %?
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    book = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    said = [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_PERCENT_MIXED"]
    assert [(f["item"], f["theirs"]) for f in said] == [(persen[1], "1")]


def test_hidden_item_rows_are_said(tmp_path: Path, rubric: Rubric) -> None:
    import openpyxl

    rows, where = render(full_unit(rubric), rubric, Shape())
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = openpyxl.load_workbook(tmp_path / "lke.xlsx")
    wb["LKE ZI"].row_dimensions[where["P.1.i.a"]].hidden = True
    wb.save(tmp_path / "lke.xlsx")
    book = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    said = [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_HIDDEN_ROWS"]
    assert len(said) == 1 and f"{where['P.1.i.a']} (P.1.i.a)" in said[0]["theirs"]


def test_option_letters_written_with_brackets() -> None:
    options = {"A": 1.0, "B": 0.5, "C": 0.0}
    assert [read_option(x, options).value for x in ("a)", "(b)", "C.")] == ["A", "B", "C"]


def test_answers_typed_only_in_the_value_column_are_read_and_said(tmp_path: Path, rubric: Rubric) -> None:
    """A unit that typed 1 / 0,5 in Nilai and left Jawaban empty: read as the option of that value,
    each said; a value of no option is said and left unanswered; a 0 (what the LKE's own formulas
    show for an empty answer) stays unanswered without a word. They were all silently unanswered."""
    import openpyxl

    from tests.conftest import DATA

    wb = openpyxl.load_workbook(DATA / "lke" / "official-filled.xlsx")
    ws = wb["LKE ZI"]
    rows = {"P.1.i.a": 9, "P.1.i.b": 10, "P.1.ii.a": 12, "P.1.ii.b": 13, "P.1.ii.c": 14}
    for code, value in {
        "P.1.i.a": 1,
        "P.1.i.b": "0,5",
        "P.1.ii.a": 0,
        "P.1.ii.b": 0.7,
        "P.1.ii.c": 1,
    }.items():
        ws.cell(rows[code], 11).value = None
        ws.cell(rows[code], 12).value = value
    wb.save(tmp_path / "nilai.xlsx")
    book = read_lke_workbook(tmp_path / "nilai.xlsx", rubric)
    answers = {c: book.unit.answers[c].answer if c in book.unit.answers else None for c in rows}
    assert answers == {"P.1.i.a": "Ya", "P.1.i.b": "B", "P.1.ii.a": None, "P.1.ii.b": None, "P.1.ii.c": "A"}
    said = {(f["code"], f["item"], f["source"]) for f in book.findings() if "VALUE" in f["code"]}
    assert said == {
        ("IMPORT_WORKBOOK_ANSWER_FROM_VALUE", "P.1.i.a", "nilai.xlsx:LKE ZI!L9"),
        ("IMPORT_WORKBOOK_ANSWER_FROM_VALUE", "P.1.i.b", "nilai.xlsx:LKE ZI!L10"),
        ("IMPORT_WORKBOOK_VALUE_WITHOUT_ANSWER", "P.1.ii.b", "nilai.xlsx:LKE ZI!L13"),
        ("IMPORT_WORKBOOK_ANSWER_FROM_VALUE", "P.1.ii.c", "nilai.xlsx:LKE ZI!L14"),
    }


@pytest.mark.parametrize(
    ("typed", "code", "what"),
    [
        ("85.5", "IMPORT_WORKBOOK_SURVEY_SCALE", "3.42"),
        ("90,25", "IMPORT_WORKBOOK_SURVEY_SCALE", "3.61"),
        ("4.5", "IMPORT_WORKBOOK_BAD_ANSWER", ""),
        ("150", "IMPORT_WORKBOOK_BAD_ANSWER", ""),
    ],
)
def test_a_survey_index_on_the_0_100_scale_is_an_error_that_says_so(
    tmp_path: Path, rubric: Rubric, typed: str, code: str, what: str
) -> None:
    """IPAK typed as the survey report gives it (85.5 of 100): said as an error with its 0–4 reading
    (it was a warning that the summary's first fifteen lines never showed, while half the total went)."""
    import openpyxl

    from tests.conftest import DATA

    wb = openpyxl.load_workbook(DATA / "lke" / "official-filled.xlsx")
    ws = wb["LKE ZI"]
    row = next(r for r in range(1, ws.max_row + 1) if "Survey Persepsi Korupsi" in str(ws.cell(r, 7).value))
    ws.cell(row, 11).value = typed
    wb.save(tmp_path / "ipak.xlsx")
    book = read_lke_workbook(tmp_path / "ipak.xlsx", rubric)
    assert book.unit.hasil.ipak is None
    said = [f for f in book.findings() if f.get("line") == row and f["code"].startswith("IMPORT_WORKBOOK")]
    assert [f["code"] for f in said] == [code]
    assert said[0].get("what", "") == what and said[0]["source"] == f"ipak.xlsx:LKE ZI!K{row}"


def test_an_answer_typed_on_an_indicator_heading_steals_no_item(tmp_path: Path, rubric: Rubric) -> None:
    """'YA' typed on the heading row of P.1.iv ('Perubahan pola pikir dan budaya kerja'): the row took
    P.1.iv.c, whose own row then took P.5.ii.a ('Telah dibangun …') far below, whose answer changed
    with exit 0. A row whose best match it cannot take is now said as unmatched, and nothing moves."""
    import openpyxl

    from tests.conftest import DATA

    base = read_lke_workbook(DATA / "lke" / "official-filled.xlsx", rubric)
    wb = openpyxl.load_workbook(DATA / "lke" / "official-filled.xlsx")
    ws = wb["LKE ZI"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 5).value == "iv" and r < 40)
    ws.cell(row, 11).value = "YA"
    wb.save(tmp_path / "stray.xlsx")
    book = read_lke_workbook(tmp_path / "stray.xlsx", rubric)
    assert {c: a.answer for c, a in book.unit.answers.items()} == {
        c: a.answer for c, a in base.unit.answers.items()
    }
    said = [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_UNMATCHED"]
    assert [f["line"] for f in said] == [row]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_hidden_item_rows_are_said_in_a_copy_saved_by_libreoffice(
    tmp_path: Path, rubric: Rubric, kind: str
) -> None:
    """.ods and .xls say which rows they hide as an xlsx does (table:visibility, the ROW record)."""
    import openpyxl

    from tests.lke.make_fixtures import _convert

    rows, where = render(full_unit(rubric), rubric, Shape())
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = openpyxl.load_workbook(tmp_path / "lke.xlsx")
    wb["LKE ZI"].row_dimensions[where["P.1.i.a"]].hidden = True
    wb.save(tmp_path / "lke.xlsx")
    _convert(tmp_path / "lke.xlsx", kind, tmp_path / f"lke.{kind}")
    book = read_lke_workbook(tmp_path / f"lke.{kind}", rubric)
    said = [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_HIDDEN_ROWS"]
    assert len(said) == 1 and said[0]["theirs"] == f"{where['P.1.i.a']} (P.1.i.a)"


def test_last_years_lke_kept_hidden_above_this_years_is_not_read(tmp_path: Path, rubric: Rubric) -> None:
    """A sheet holding last year's whole LKE, its rows hidden, above this year's visible one: a person
    reads the visible rows, and so does the reader; each hidden row is said as a second row of its
    item, not read. (The hidden block was read, and this year's answers said as unread rows.)"""
    import openpyxl

    old, _ = render(full_unit(rubric, pick=1, year=2024), rubric, Shape())
    new, where = render(full_unit(rubric, pick=0), rubric, Shape())
    head = 4  # two title lines, a blank line, the header
    body = len(old) - head
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": old + new[head:]})
    wb = openpyxl.load_workbook(tmp_path / "lke.xlsx")
    for r in range(head + 1, head + body + 1):
        wb["LKE ZI"].row_dimensions[r].hidden = True
    wb.save(tmp_path / "lke.xlsx")
    book = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert book.unit.answers == full_unit(rubric, pick=0).answers
    said = [f for f in book.findings() if f["code"] == "IMPORT_WORKBOOK_ROW_TWICE"]
    assert said and all(int(f["line"]) <= head + body for f in said)  # the hidden rows, not this year's
    p1ia = next(f for f in said if f["item"] == "P.1.i.a")
    assert (p1ia["line"], p1ia["ours"]) == (where["P.1.i.a"], str(where["P.1.i.a"] + body))


def test_two_visible_copies_of_the_lke_read_the_first_as_before(tmp_path: Path, rubric: Rubric) -> None:
    old, where = render(full_unit(rubric, pick=1), rubric, Shape())
    new, _ = render(full_unit(rubric, pick=0), rubric, Shape())
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": old + new[4:]})
    book = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert book.unit.answers == full_unit(rubric, pick=1).answers
