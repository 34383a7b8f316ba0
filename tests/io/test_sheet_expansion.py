"""A few kilobytes of workbook that would expand to gigabytes of cells are refused before reading."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from tests.hostile_workbooks import write_ods_package
from zi_eval.cli import main

_ODS = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
    '<office:spreadsheet><table:table table:name="LKE"><table:table-row table:number-rows-repeated="{rows}">'
    '<table:table-cell table:number-columns-repeated="{cols}" office:value-type="string"><text:p>{text}'
    "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
    "</office:document-content>"
)


def _ods(path: Path, rows: int, cols: int, text: str) -> Path:
    return write_ods_package(path, _ODS.format(rows=rows, cols=cols, text=text))


@pytest.mark.parametrize("command", ["evaluate", "import"])
def test_an_ods_repeating_one_long_cell_is_refused(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _ods(tmp_path / "bom.ods", 20_000, 200, "Jawaban " * 4000)
    assert path.stat().st_size < 10_000
    args = [command, str(path)] + (["-o", str(tmp_path / "u.yaml")] if command == "import" else [])
    assert main(args) == 3
    assert "sel terisi" in capsys.readouterr().err


def test_an_xlsx_pointing_millions_of_cells_at_one_long_string_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sst.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("LKE")
    long = "Jawaban " * 1000
    for r in range(250):
        for c in range(200):
            ws.write_string(r, c, long)  # one shared string, 50,000 references: 400 MB once expanded
    wb.close()
    assert main(["evaluate", str(path)]) == 3
    assert "MiB teks setelah diurai" in capsys.readouterr().err


def test_a_small_repeat_is_read(tmp_path: Path) -> None:
    from zi_eval.io.sheets import read_sheets

    path = _ods(tmp_path / "kecil.ods", 3, 4, "v")
    (sheet,) = read_sheets(str(path), path.read_bytes(), "ods")
    assert [r[:4] for r in sheet.rows[:3]] == [["v"] * 4] * 3


def test_unread_cells_point_at_the_right_cell() -> None:
    import io

    from zi_eval.io.sheets import read_sheets

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf)
    ws = wb.add_worksheet("RA")
    fmt = wb.add_format({"bold": True})
    ws.write_blank(0, 0, None, fmt)  # a self-closing styled cell right before the formula
    ws.write_formula(0, 1, "=X1", None, "")  # a formula saved without a result
    ws.write_formula(0, 2, "=1/0", None, "#DIV/0!")  # a cached error
    ws.write_number(0, 3, 3)
    wb.close()
    (sheet,) = read_sheets("ra.xlsx", buf.getvalue(), "xlsx")
    assert sheet.unread == {(0, 1): "=X1", (0, 2): "#DIV/0!"}
