"""Rows and columns a workbook hides (xlsx, ods, xls) are known to the readers (a hidden block of last
year's months is no schedule)."""

from __future__ import annotations

import struct

from zi_eval.io.sheets import MAX_SHEET_COLS, MAX_SHEET_ROWS, _hidden_cols


def test_hidden_columns_are_read_from_ranges_in_either_attribute_order() -> None:
    body = (
        b'<worksheet><cols><col min="6" max="17" width="0" hidden="1" customWidth="1"/>'
        b'<col max="3" min="2" hidden="true"/><col min="20" max="20" width="9"/>'
        b'<col min="21" max="21" hidden="0"/></cols><sheetData/></worksheet>'
    )
    assert _hidden_cols(body) == set(range(5, 17)) | {1, 2}


def test_a_column_range_hidden_to_the_sheet_end_stops_at_the_columns_read() -> None:
    assert _hidden_cols(b'<cols><col min="3" max="16384" hidden="1"/></cols>') == set(
        range(2, MAX_SHEET_COLS)
    )
    assert _hidden_cols(b"<cols><col/></cols><sheetData/>") == set()


_NS = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'


def test_ods_hidden_columns_and_rows_are_counted_with_their_repeats_and_groups() -> None:
    """LibreOffice writes a hidden block as one ``table-column`` repeated, and may group header columns;
    a filtered row is hidden too; a table inside a cell is not the sheet's."""
    from tests.ra.documents import zip_of
    from zi_eval.io.ods_grid import ods_grids

    content = (
        f'<doc {_NS}><table:table table:name="RA">'
        '<table:table-header-columns><table:table-column table:number-columns-repeated="2"/>'
        "</table:table-header-columns>"
        '<table:table-column table:visibility="collapse" table:number-columns-repeated="3"/>'
        '<table:table-column table:visibility="visible"/>'
        '<table:table-column-group><table:table-column table:visibility="collapse"/></table:table-column-group>'
        '<table:table-column table:number-columns-repeated="16000" table:visibility="collapse"/>'
        '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
        '<table:table-row table:visibility="collapse" table:number-rows-repeated="2">'
        "<table:table-cell/></table:table-row>"
        '<table:table-row table:visibility="filter"><table:table-cell>'
        '<table:table table:name="inner"><table:table-column table:visibility="collapse"/></table:table>'
        "</table:table-cell></table:table-row>"
        '<table:table-row table:visibility="collapse" table:number-rows-repeated="1048570">'
        "<table:table-cell/></table:table-row>"
        "</table:table></doc>"
    )
    (name, grid), *_ = ods_grids(zip_of({"content.xml": content.encode()})).items()
    assert name == "RA"
    assert sorted(c for c in grid.hidden_cols if c < 10) == [2, 3, 4, 6, 7, 8, 9]
    assert max(grid.hidden_cols) == MAX_SHEET_COLS - 1  # hidden "to the sheet's end": within the columns read
    assert {2, 3, 4} <= grid.hidden_rows and not {0, 1} & grid.hidden_rows
    assert len(grid.hidden_rows) <= MAX_SHEET_ROWS


def test_xls_colinfo_and_row_records_say_what_the_sheet_hides() -> None:
    """COLINFO: columns first–last with option bit 0 hidden; ROW: option bit 5 (fDyZero) hidden."""
    from tests.io.test_sheet_fills import _book, _record
    from zi_eval.io.xls_grid import xls_hidden

    def colinfo(first: int, last: int, options: int) -> bytes:
        return _record(0x007D, struct.pack("<HHHHHH", first, last, 0, 15, options, 0))

    def row(n: int, options: int) -> bytes:
        return _record(0x0208, struct.pack("<HHHHHHI", n, 0, 20, 255, 0, 0, options | 0x100))

    records = [
        colinfo(4, 15, 0x0001),  # E–P hidden (the 2024 block)
        colinfo(16, 27, 0x0000),  # Q–AB shown
        colinfo(40, 255, 0x0001),  # hidden to the sheet's end: past the grid
        row(2, 0x0020),
        row(3, 0x0000),
        row(900, 0x0020),  # past the grid
    ]
    hidden = xls_hidden(_book(records), {"RA": (10, 30)})
    assert hidden == {"RA": ({2}, set(range(4, 16)))}
    assert xls_hidden(_book(records), {}) == {"RA": (set(), set())}  # a sheet outside the grid read


def test_an_embedded_chart_keeps_the_records_after_it_on_its_sheet() -> None:
    """A chart inside a sheet opens a substream (BOF … EOF) no BOUNDSHEET names: the records after it
    still belong to the sheet."""
    from tests.io.test_sheet_fills import _book, _record
    from zi_eval.io import biff

    chart = _record(biff.BOF, struct.pack("<HH", 0x0600, 0x20) + bytes(12)) + _record(0x000A, b"")
    blank = _record(biff.BLANK, struct.pack("<HHH", 3, 2, 0))
    book = _book([chart, blank])
    sheets = [(sheet, kind) for sheet, kind, _ in biff.sheet_records(book)]
    assert sheets[0] == (None, biff.BOF)  # the globals
    assert (None, biff.BLANK) not in sheets and ("RA", biff.BLANK) in sheets


def test_rows_of_height_zero_are_hidden_as_hidden_rows_are() -> None:
    """A row dragged shut or set to 0 high shows nothing: openpyxl writes it as a custom height with no
    ``ht``, other programs as ``ht="0"``; a low but readable row and a tall one are shown."""
    from zi_eval.io.sheets import _hidden_rows

    body = (
        b'<sheetData><row r="1" ht="15" customHeight="1"/><row r="2" hidden="1"/>'
        b'<row r="3" customHeight="1"><c r="A3"/></row><row r="4" ht="0" customHeight="1"/>'
        b'<row r="5" ht="0.75"/><row r="6" ht="6" customHeight="true"/><row r="7" spans="1:3"/>'
        b'<row ht="0"/><row r="9" ht="x"/></sheetData>'
    )
    assert _hidden_rows(body) == {1, 2, 3, 4}


def test_columns_of_width_zero_are_hidden() -> None:
    assert _hidden_cols(
        b'<cols><col min="2" max="3" width="0" customWidth="1"/><col min="4" max="4" width="0.2"/>'
        b'<col min="5" max="5" width="1"/></cols>'
    ) == {1, 2, 3}


def test_xls_rows_set_to_height_zero_are_hidden() -> None:
    """ROW: a height set by hand (option bit 6, ``fUnsynced``) under 2 points hides the row, as the hidden
    flag (bit 5) does; a height of 0 not set by hand (a writer's default) hides nothing."""
    from tests.io.test_sheet_fills import _book, _record
    from zi_eval.io.xls_grid import xls_hidden

    def row(n: int, twips: int, options: int) -> bytes:
        return _record(0x0208, struct.pack("<HHHHHHI", n, 0, 20, twips, 0, 0, options | 0x100))

    records = [
        row(1, 0, 0x0040),
        row(2, 20, 0x0040),
        row(3, 0, 0x0000),
        row(4, 300, 0x0040),
        row(5, 255, 0x0020),
    ]
    assert xls_hidden(_book(records), {"RA": (10, 30)}) == {"RA": ({1, 2, 5}, set())}


def test_ods_rows_styled_to_height_zero_are_hidden() -> None:
    from tests.ra.documents import zip_of
    from zi_eval.io.ods_grid import ods_grids

    style = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    content = (
        f"<doc {_NS} {style}><auto>"
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in"/></style:style>'
        '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:row-height="0in"/></style:style>'
        '<style:style style:name="ro3" style:family="table-row"><style:table-row-properties style:row-height="0.02cm"/></style:style>'
        '<style:style style:name="ce1" style:family="table-cell"><style:table-row-properties style:row-height="0in"/></style:style>'
        '</auto><table:table table:name="RA">'
        '<table:table-row table:style-name="ro1"><table:table-cell/></table:table-row>'
        '<table:table-row table:style-name="ro2" table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
        '<table:table-row table:style-name="ro3"><table:table-cell/></table:table-row>'
        '<table:table-row table:style-name="ce1"><table:table-cell/></table:table-row>'
        "</table:table></doc>"
    )
    (grid,) = ods_grids(zip_of({"content.xml": content.encode()})).values()
    assert grid.hidden_rows == {1, 2, 3}
