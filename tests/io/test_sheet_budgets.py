"""Sheets are measured from their XML before calamine builds them, and the measure agrees with calamine.

The streaming measure (io/sheet_scan) is what stands between a 1.5 KB file and a 10 GB allocation,
so it must reach as far as calamine does: the property test writes sparse sheets in the shapes
writers produce (``r`` attributes or none, styled empty cells, formulas, inline and shared strings,
prefixed tags) and compares both.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import python_calamine as pc
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import hostile_workbooks as H
from zi_eval.errors import InputError
from zi_eval.io import sheet_scan
from zi_eval.io.sheets import Sheet, clip_merges, read_sheets

MEMBER = {"Sheet1": "xl/worksheets/sheet1.xml"}


def _calamine_extent(data: bytes) -> tuple[int, int]:
    wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    end = wb.get_sheet_by_name(wb.sheet_names[0]).end
    return (end[0] + 1, end[1] + 1) if end else (0, 0)


def _refusal(path: Path, kind: str = "xlsx") -> str:
    with pytest.raises(InputError) as caught:
        read_sheets(str(path), path.read_bytes(), kind)
    (problem,) = caught.value.problems
    return str(problem)


#: One cell as writers write it: a number, an inline string, a formula with its result, or a styled
#: empty cell (which calamine does not count).
_CELL_KINDS = st.sampled_from(["number", "inline", "formula", "styled"])


@st.composite
def _sparse_sheet(draw: st.DrawFn) -> tuple[list[bytes], bool]:
    rows = draw(st.lists(st.integers(1, 400), min_size=1, max_size=12, unique=True))
    with_refs = draw(st.booleans())
    out = []
    for r in sorted(rows):
        cols = sorted(draw(st.lists(st.integers(1, 700), min_size=1, max_size=6, unique=True)))
        cells = b""
        for i, c in enumerate(cols):
            kind = draw(_CELL_KINDS)
            ref = f' r="{H.col_letters(c if with_refs else i + 1)}{r}"' if with_refs else ""
            cells += {
                "number": f"<c{ref}><v>{c}</v></c>",
                "inline": f'<c{ref} t="inlineStr"><is><t>x{c}</t></is></c>',
                "formula": f"<c{ref}><f>1+{c}</f><v>{c + 1}</v></c>",
                "styled": f'<c{ref} s="1"/>',
            }[kind].encode()
        out.append((f'<row r="{r}">' if with_refs else "<row>").encode() + cells + b"</row>")
    return out, with_refs


@settings(max_examples=60, deadline=None)
@given(sheet=_sparse_sheet(), prefixed=st.booleans())
def test_the_measure_reaches_as_far_as_calamine(
    sheet: tuple[list[bytes], bool], prefixed: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    rows, _ = sheet
    path = H.write_xlsx(tmp_path_factory.mktemp("s") / "s.xlsx", rows, prefix="x" if prefixed else "")
    data = path.read_bytes()
    (ext,) = sheet_scan.scan_xlsx(str(path), data, MEMBER)
    assert (ext.rows, ext.cols) == _calamine_extent(data)


def test_cells_in_a1_and_xfd19999_are_refused_before_calamine_reads_them(tmp_path: Path) -> None:
    path = H.corner_cells(tmp_path / "sudut.xlsx")
    assert path.stat().st_size < 2_000
    assert _refusal(path) == (
        f"{path}: sheet 'Sheet1': must be at most 5000000 cells (rows × columns up to the last filled "
        "cell); got 327663616 cells (19999 rows × 16384 columns)"
    )


def test_a_sheet_within_the_budget_is_read_whole(tmp_path: Path) -> None:
    path = H.corner_cells(tmp_path / "sudut.xlsx", last_row=300, last_col=1000)  # 300,000 cells
    (sheet,) = read_sheets(str(path), path.read_bytes(), "xlsx")
    assert len(sheet.rows) == 300
    assert sheet.width == 200  # columns past the 200th are dropped, as before
    assert sheet.text(0, 0) == "NO" and sheet.text(0, 15) == "12"


def test_tiny_cells_are_refused_while_the_xml_is_streamed(tmp_path: Path) -> None:
    path = H.tiny_cells(tmp_path / "kecil.xlsx")
    assert path.stat().st_size < 500_000  # 171 MB of XML
    assert _refusal(path).startswith(
        f"{path}: file: must be a workbook of at most 2000000 filled cells and 300 MiB of text; got 20"
    )


def test_rows_past_the_limit_are_named_by_the_last_filled_row(tmp_path: Path) -> None:
    rows = [H.text_row(1, H.PLAN_HEADER), H.text_row(20_001, ["x"]), H.text_row(31_000, ["akhir"])]
    path = H.write_xlsx(tmp_path / "tinggi.xlsx", rows)
    assert _refusal(path) == f"{path}: sheet 'Sheet1': must be at most 20000 rows; got 31000 rows"


def test_rows_without_numbers_are_counted(tmp_path: Path) -> None:
    rows = [b"<row><c><v>1</v></c></row>"] * 20_001
    path = H.write_xlsx(tmp_path / "tanpa-r.xlsx", rows)
    assert _refusal(path) == f"{path}: sheet 'Sheet1': must be at most 20000 rows; got 20001 rows"


def test_a_far_cell_of_an_ods_is_refused(tmp_path: Path) -> None:
    path = H.ods_far_corner(tmp_path / "sudut.ods")
    assert path.stat().st_size < 2_000
    assert _refusal(path, "ods") == (
        f"{path}: sheet 'Sheet1': must be at most 5000000 cells (rows × columns up to the last filled "
        "cell); got 327663616 cells (19999 rows × 16384 columns)"
    )


def test_an_ods_measure_agrees_with_calamine(tmp_path: Path) -> None:
    path = H.ods_far_corner(tmp_path / "kecil.ods", rows_between=40, empty_cols=250)
    data = path.read_bytes()
    (ext,) = sheet_scan.scan_ods(str(path), data)
    assert (ext.rows, ext.cols) == _calamine_extent(data) == (42, 251)


def test_a_merge_over_the_whole_sheet_reaches_only_the_cells_read(tmp_path: Path) -> None:
    path = H.whole_sheet_merge_plan(tmp_path / "gabung.xlsx", n=3)
    (sheet,) = read_sheets(str(path), path.read_bytes(), "xlsx", fills=True)
    assert len(sheet.rows) == 5 and sheet.width == 16
    assert sheet.merged == [(0, 0, 4, 15)]


def test_merges_are_clipped_and_dropped_by_the_grid() -> None:
    sheet = Sheet("s", [["a", "b", "c"], ["d", "e", "f"]])
    merged = [(0, 0, 1_048_575, 16_383), (1, 1, 1, 2), (5, 0, 9, 0), (0, 7, 0, 9), (1, 2, 0, 2)]
    assert clip_merges(merged, sheet) == [(0, 0, 1, 2), (1, 1, 1, 2)]


def test_xml_without_rows_is_measured_in_one_pass(tmp_path: Path) -> None:
    # 60 MB of cells outside any row: calamine finds nothing; the measure must not rescan the buffer
    junk = (b"<c><v>1</v></c>" * 4_000 for _ in range(1_000))
    path = H.write_xlsx(tmp_path / "tanpa-baris.xlsx", junk)
    (ext,) = sheet_scan.scan_xlsx(str(path), path.read_bytes(), MEMBER)
    assert (ext.rows, ext.cols) == (0, 0)


def test_a_budget_can_be_lowered_for_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from zi_eval import limits

    monkeypatch.setenv("ZI_EVAL_MAX_SHEET_CELLS", "1_000")
    assert limits.SHEET_CELLS.value() == 1000
    monkeypatch.setenv("ZI_EVAL_MAX_SHEET_CELLS", "lots")
    assert limits.SHEET_CELLS.value() == limits.SHEET_CELLS.default
    assert all(lim.env.startswith("ZI_EVAL_MAX_") for lim in limits.ALL)
    assert len({lim.env for lim in limits.ALL}) == len(limits.ALL)


def test_a_csv_past_the_row_limit_is_refused_with_its_length(tmp_path: Path) -> None:
    path = tmp_path / "baris.csv"
    path.write_text("NO;KEGIATAN;1;2\n" + "1;Rapat;v;\n" * 29_999, encoding="utf-8")
    assert _refusal(path, "csv") == f"{path}: file: must be at most 20000 rows; got 30000 rows"


def _sheets_under_the_budget(path: Path, n: int) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    for i in range(n):
        ws = wb.add_worksheet(f"Bidang {i + 1}")
        ws.write(0, 0, "NO")
        ws.write(19_999, 244, 1)  # 20,000 × 245 = 4.9 million cells, under the sheet budget of 5 million
    wb.close()
    return path


def test_many_sheets_each_under_the_sheet_budget_are_refused_together(tmp_path: Path) -> None:
    path = _sheets_under_the_budget(tmp_path / "banyak.xlsx", 50)
    assert path.stat().st_size < 40_000  # was 3 minutes and 2.6 GB
    assert _refusal(path) == (
        f"{path}: file: must be a workbook of at most 10000000 cells in all its sheets (rows × columns up to "
        "the last filled cell); got 14700000 cells in 3 sheets"
    )


def test_two_full_sheets_are_read(tmp_path: Path) -> None:
    path = _sheets_under_the_budget(tmp_path / "dua.xlsx", 2)
    sheets = read_sheets(str(path), path.read_bytes(), "xlsx")
    assert [(s.name, len(s.rows), s.width) for s in sheets] == [
        ("Bidang 1", 20_000, 200),
        ("Bidang 2", 20_000, 200),
    ]


def test_rows_out_of_order_reach_as_far_as_calamine(tmp_path: Path) -> None:
    rows = [H.text_row(900, ["jauh", "x", "y"]), H.text_row(3, ["dekat"]), H.text_row(1, ["NO"])]
    path = H.write_xlsx(tmp_path / "acak.xlsx", rows)
    data = path.read_bytes()
    (ext,) = sheet_scan.scan_xlsx(str(path), data, MEMBER)
    assert (ext.rows, ext.cols) == _calamine_extent(data) == (900, 3)


@st.composite
def _ods_table(draw: st.DrawFn) -> str:
    """Rows of cells as LibreOffice writes them: repeated rows and cells, empty and typed cells, text."""
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        cells = ""
        for _ in range(draw(st.integers(1, 5))):
            kind = draw(st.sampled_from(["text", "empty", "number"]))
            across = draw(st.sampled_from([1, 1, 2, 40]))
            rep = f' table:number-columns-repeated="{across}"' if across > 1 else ""
            cells += {
                "text": f'<table:table-cell office:value-type="string"{rep}><text:p>x</text:p></table:table-cell>',
                "empty": f"<table:table-cell{rep}/>",
                "number": f'<table:table-cell office:value-type="float" office:value="3"{rep}>'
                "<text:p>3</text:p></table:table-cell>",
            }[kind]
        down = draw(st.sampled_from([1, 1, 3, 500]))
        rep = f' table:number-rows-repeated="{down}"' if down > 1 else ""
        rows.append(f"<table:table-row{rep}>{cells}</table:table-row>")
    return "".join(rows)


@settings(max_examples=100, deadline=None)
@given(table=_ods_table())
def test_the_ods_measure_reaches_as_far_as_calamine(
    table: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = H.write_ods(tmp_path_factory.mktemp("o") / "o.ods", table)
    data = path.read_bytes()
    (ext,) = sheet_scan.scan_ods(str(path), data)
    assert (ext.rows, ext.cols) == _calamine_extent(data)


def test_a_worksheet_the_sheet_list_does_not_lead_to_is_measured_too(tmp_path: Path) -> None:
    import zipfile

    path = H.corner_cells(tmp_path / "tanpa-rels.xlsx")
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    items["xl/_rels/workbook.xml.rels"] = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'
    )
    with zipfile.ZipFile(path, "w") as z:
        for name, body in items.items():
            z.writestr(name, body)
    assert "got 327663616 cells (19999 rows × 16384 columns)" in _refusal(path)


XLS_FIXTURES = sorted((Path(__file__).parents[1] / "data").rglob("*.xls"))


@pytest.mark.parametrize("path", XLS_FIXTURES, ids=[p.name for p in XLS_FIXTURES])
def test_the_xls_measure_agrees_with_calamine(path: Path) -> None:
    data = path.read_bytes()
    wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    ends = [(n, wb.get_sheet_by_name(n).end) for n in wb.sheet_names]
    expected = [(n, (e[0] + 1, e[1] + 1) if e else (0, 0)) for n, e in ends]
    assert [(e.name, (e.rows, e.cols)) for e in sheet_scan.scan_xls(str(path), data)] == expected


@settings(max_examples=60, deadline=None)
@given(at=st.integers(0, 10_000), junk=st.binary(min_size=1, max_size=64))
def test_a_damaged_xls_is_left_to_the_reader(at: int, junk: bytes) -> None:
    data = bytearray(XLS_FIXTURES[0].read_bytes())
    at %= len(data)
    data[at : at + len(junk)] = junk
    try:
        sheet_scan.scan_xls("rusak.xls", bytes(data))
    except InputError as exc:  # a damaged cell record may read as a far cell: a refusal, never a crash
        assert all(p.field.startswith("sheet") or p.field == "file" for p in exc.problems)


def test_an_xls_reaching_the_formats_corner_is_refused_before_calamine(tmp_path: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) makes the .xls")
    src = H.corner_cells(tmp_path / "sudut.xlsx", last_row=65_536, last_col=256)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "xls", "--outdir", str(tmp_path), str(src)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    path = tmp_path / "sudut.xls"
    assert _refusal(path, "xls") == f"{path}: sheet 'Sheet1': must be at most 20000 rows; got 65536 rows"
