"""Columns an xlsx hides are known to the readers (a hidden block of last year's months is no schedule)."""

from __future__ import annotations

from zi_eval.io.sheets import MAX_SHEET_COLS, _hidden_cols


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
