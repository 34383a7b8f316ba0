"""Links behind cells are read from the sheet XML: the same links openpyxl finds, without its cost.

openpyxl, loading a workbook whole, makes one object per cell of a merged range or of a link over a
range; one merged range over the whole sheet (2 KB of file) never finished. The reference below is
what the reader did before (openpyxl), kept to check the XML reader against on ordinary workbooks.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import openpyxl
import xlsxwriter

from tests import hostile_workbooks as H
from tests.bounded_cli import cli_bounded
from zi_eval.io.hyperlinks import xlsx_hyperlinks

_FORMULA = re.compile(r'HYPERLINK\(\s*"([^"]+)"', re.IGNORECASE)


def _openpyxl_links(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=False)
    out: dict[str, dict[tuple[int, int], str]] = {}
    for ws in wb.worksheets:
        found: dict[tuple[int, int], str] = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.hyperlink is not None and cell.hyperlink.target:
                    found[(cell.row - 1, cell.column - 1)] = cell.hyperlink.target
                elif isinstance(cell.value, str) and cell.value.startswith("="):
                    m = _FORMULA.search(cell.value)
                    if m:
                        found[(cell.row - 1, cell.column - 1)] = m.group(1)
        if found:
            out[ws.title] = found
    return out


def _links_table() -> bytes:
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf)
    ws = wb.add_worksheet("Bukti")
    ws.write_row(0, 0, ["Kode", "Link", "Catatan"])
    ws.write(1, 0, "P.1.i.a")
    ws.write_url(1, 1, "https://drive.google.com/file/d/1SK/view?usp=sharing&x=1", string="SK Tim Kerja")
    ws.write_formula(2, 1, '=HYPERLINK("https://zi.uji.go.id/notulen","Notulen & rapat")', None, "Notulen")
    ws.write_formula(3, 1, '=hyperlink( "https://zi.uji.go.id/foto" )', None, "foto")
    ws.write_url(4, 1, "external:Data Dukung/SK Tim.pdf", string="Klik di sini")
    ws.write_url(5, 1, "internal:Lain!A1", string="ke lembar lain")  # a place in the workbook: no address
    ws.merge_range(6, 1, 6, 2, "")
    ws.write_url(6, 1, "https://zi.uji.go.id/gabung", string="sel gabungan")
    ws.write(7, 2, "tanpa tautan")
    other = wb.add_worksheet("Lain")
    other.write_url(0, 0, "mailto:tpi@uji.go.id", string="surel")
    wb.close()
    return buf.getvalue()


def test_the_xml_reader_finds_what_openpyxl_finds() -> None:
    data = _links_table()
    found = xlsx_hyperlinks(data)
    assert found == _openpyxl_links(data)
    assert found["Bukti"][(2, 1)] == "https://zi.uji.go.id/notulen"
    assert found["Bukti"][(1, 1)] == "https://drive.google.com/file/d/1SK/view?usp=sharing&x=1"
    assert (5, 1) not in found["Bukti"]


def test_a_link_over_a_range_reaches_the_filled_cells_it_covers(tmp_path: Path) -> None:
    rows = [
        H.text_row(1, ["Kode", "Link"]),
        H.text_row(2, ["P.1.i.a", "SK", "x"]),
        H.text_row(3, ["P.1.i.b", "Notulen"]),
    ]
    path = H.write_xlsx(tmp_path / "rentang.xlsx", rows)
    data = _with_link(path.read_bytes(), "B2:C1048576", "https://zi.uji.go.id/semua")
    assert xlsx_hyperlinks(data) == {
        "Sheet1": {
            (1, 1): "https://zi.uji.go.id/semua",
            (1, 2): "https://zi.uji.go.id/semua",
            (2, 1): "https://zi.uji.go.id/semua",
        }
    }


def _with_link(data: bytes, ref: str, target: str, prefix: str = "") -> bytes:
    """``data`` with one external link over ``ref`` on its first sheet (tags written with ``prefix``)."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in src.namelist():
            body = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                p = f"{prefix}:" if prefix else ""
                link = f'<{p}hyperlinks><{p}hyperlink ref="{ref}" r:id="rIdL"/></{p}hyperlinks>'.encode()
                body = body.replace(f"</{p}sheetData>".encode(), f"</{p}sheetData>".encode() + link).replace(
                    f"<{p}worksheet ".encode(),
                    f'<{p}worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '.encode(),
                )
            z.writestr(name, body)
        z.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rIdL" Target="{target}" TargetMode="External" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/></Relationships>',
        )
    return out.getvalue()


def test_a_links_table_merged_over_the_whole_sheet_is_read_within_4_gib(tmp_path: Path) -> None:
    rows = [
        H.text_row(1, ["Kode", "Tautan"]),
        b'<row r="2">'
        + H.text_cell("A2", "P.1.i.a")
        + b'<c r="B2" t="str"><f>HYPERLINK("https://zi.uji.go.id/sk.pdf","SK Tim")</f><v>SK Tim</v></c></row>',
    ]
    path = H.write_xlsx(tmp_path / "gabung.xlsx", rows, merges=["A1:XFD1048576"])
    assert path.stat().st_size < 2_000
    proc = cli_bounded("--lang", "en", "evidence", "scan", str(path), "-o", str(tmp_path / "bukti.yaml"))
    assert proc.returncode == 0, proc.stderr
    assert "https://zi.uji.go.id/sk.pdf" in (tmp_path / "bukti.yaml").read_text(encoding="utf-8")


def test_links_of_a_sheet_written_with_a_namespace_prefix_are_read(tmp_path: Path) -> None:
    """The .NET SDK writes every tag as ``<x:c>``, ``<x:hyperlink>``: its links are links all the same."""
    rows = [H.text_row(1, ["Kode", "Link"]), H.text_row(2, ["P.1.i.a", "Klik di sini"])]
    path = H.write_xlsx(tmp_path / "awalan.xlsx", rows, prefix="x")
    data = _with_link(path.read_bytes(), "B2", "https://zi.uji.go.id/sk", prefix="x")
    assert xlsx_hyperlinks(data) == {"Sheet1": {(1, 1): "https://zi.uji.go.id/sk"}}
