"""Reading plan documents: format told by content, refusals with a hint, spreadsheets, the CLI on each format.

PDF and Word have their own files (test_readers_pdf.py, test_readers_docx.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ra.documents import (
    BULAN_PDF,
    GANTT,
    KOMPONEN_PDF,
    MERGED_DOCX,
    READERS,
    SCAN_PDF,
    problems,
    zip_of,
)
from zi_eval.cli import main
from zi_eval.errors import InputError
from zi_eval.io import sheets
from zi_eval.io.ods_grid import ods_grids
from zi_eval.io.symbols import translate_char
from zi_eval.ra.rows import _check_zip, detect_format, read_document, read_text_rows

GANTT_ROWS = [
    ["RENCANA AKSI ZONA INTEGRITAS"],
    ["KANTOR CONTOH TAHUN 2025"],
    [""],
    ["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "PENANGGUNG JAWAB"]
    + ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"],
    ["I. MANAJEMEN PERUBAHAN"] * 17,
    ["1", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", "Sekretaris", "v"],
    ["", "", "Rapat rencana aksi", "Notulen", "Tim ZI", "v", "v"],
    ["2", "Monitoring rencana aksi", "Rapat monev", "Laporan monev", "Tim ZI"],
    [""],
    ["", "", "", "Kepala Kantor,"],
]


def test_xlsx_rows_with_merges_spread_and_fill_only_marks() -> None:
    doc = read_document(GANTT["xlsx"])
    assert doc.format == "xlsx" and doc.sheets == ["RA 2025"]
    assert [r.cells for r in doc.rows] == GANTT_ROWS
    assert [r.line for r in doc.rows] == list(range(1, 11))
    assert {r.sheet for r in doc.rows} == {"RA 2025"}
    assert doc.rows[4].merged_from == {c: 0 for c in range(1, 17)}
    # the kegiatan merged down B6:B7 gives its value only in the top row
    assert doc.rows[6].cells[1] == "" and doc.rows[6].merged_from == {}
    # March, June, September, December are marked by a green fill and no text (0-based columns)
    assert doc.rows[7].filled == {7, 10, 13, 16}
    assert all(not r.filled for i, r in enumerate(doc.rows) if i != 7)


@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_xls_and_ods_copies_read_the_same_cells_and_merges(kind: str) -> None:
    doc = read_document(GANTT[kind])
    assert doc.format == kind and doc.sheets == ["RA 2025"]
    assert [r.cells for r in doc.rows] == GANTT_ROWS
    assert doc.rows[4].merged_from == {c: 0 for c in range(1, 17)}
    assert doc.rows[6].cells[1] == "" and doc.rows[6].merged_from == {}
    # March, June, September, December are marked by a green fill and no text, as in the xlsx
    assert doc.rows[7].filled == {7, 10, 13, 16}
    assert all(not r.filled for i, r in enumerate(doc.rows) if i != 7)


def test_ods_merges_counts_repeated_rows_and_cells() -> None:
    ns = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    content = (
        f'<doc {ns}><table:table table:name="A">'
        '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="4"/>'
        '<table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="2"/>'
        '<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>'
        '</table:table><table:table table:name="B"><table:table-row>'
        '<table:table-cell table:number-columns-spanned="2"><table:table table:name="inner"><table:table-row>'
        '<table:table-cell table:number-columns-spanned="9"/></table:table-row></table:table>'
        "</table:table-cell></table:table-row></table:table></doc>"
    )
    grids = ods_grids(zip_of({"content.xml": content.encode()}))
    assert {name: grid.merged for name, grid in grids.items()} == {"A": [(3, 4, 4, 6)], "B": [(0, 0, 0, 1)]}


def test_check_zip_stays_importable_for_the_lke_reader() -> None:
    assert _check_zip is sheets.check_zip


def test_tsv_reader_keeps_every_column_after_kegiatan() -> None:
    text = "NO\tKEGIATAN\tRINCIAN KEGIATAN\tINDIKATOR\n1\tPembentukan Tim\tPenerbitan SK\tSK terbit\n"
    rows = read_text_rows(text, "tsv")
    assert [r.cells for r in rows] == [
        ["NO", "KEGIATAN", "RINCIAN KEGIATAN", "INDIKATOR"],
        ["1", "Pembentukan Tim", "Penerbitan SK", "SK terbit"],
    ]


OLE2 = sheets.OLE2_MAGIC + b"\x00" * 504


@pytest.mark.parametrize(
    ("data", "suffix", "fmt"),
    [
        (b"%PDF-1.7\n...", ".txt", "pdf"),
        (b"\x00\x00junk before the header %PDF-1.4\n", ".pdf", "pdf"),
        (OLE2 + "WordDocument".encode("utf-16-le"), ".xls", "doc"),
        (OLE2 + "Workbook".encode("utf-16-le"), ".doc", "xls"),
        (OLE2 + "EncryptedPackage".encode("utf-16-le"), ".xlsx", "encrypted"),
        (b"{\\rtf1\\ansi RENCANA AKSI}", ".doc", "rtf"),
        (b"NO\tKEGIATAN\tINDIKATOR\n1\tRapat\tNotulen\n", ".xls", "tsv"),  # a web export named .xls
        (b"\x00\x01\x02 binary", ".pdf", "pdf"),
        (b"not a zip at all", ".xlsx", "xlsx"),
    ],
)
def test_detect_format_by_content_first(data: bytes, suffix: str, fmt: str) -> None:
    assert detect_format(data, suffix) == fmt


@pytest.mark.parametrize(
    ("members", "suffix", "fmt"),
    [
        ({"word/document.xml": b"<x/>"}, ".xlsx", "docx"),
        ({"xl/workbook.xml": b"<x/>"}, ".docx", "xlsx"),
        ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}, "", "ods"),
        ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, ".ods", "odt"),
        ({"other.xml": b"<x/>"}, ".docx", "docx"),
    ],
)
def test_detect_zip_formats_by_their_members(members: dict[str, bytes], suffix: str, fmt: str) -> None:
    assert detect_format(zip_of(members), suffix) == fmt


@pytest.mark.parametrize(
    ("name", "data", "got"),
    [
        ("plan.doc", OLE2 + "WordDocument".encode("utf-16-le"), "an old binary Word document (.doc)"),
        (
            "plan.odt",
            zip_of({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
            "an OpenDocument text (.odt)",
        ),
        ("plan.rtf", b"{\\rtf1\\ansi RENCANA AKSI}", "a Rich Text document (.rtf)"),
    ],
)
def test_old_word_odt_and_rtf_are_refused_with_a_hint(
    tmp_path: Path, name: str, data: bytes, got: str
) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert problems(exc) == [f"{f}: file: must be a plan saved as .docx, PDF or a spreadsheet; got {got}"]


def test_password_protected_office_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "plan.xlsx"
    f.write_bytes(OLE2 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert problems(exc) == [f"{f}: file: must be an unencrypted plan; got a password-protected Office file"]


@pytest.mark.parametrize(
    "fixture",
    [BULAN_PDF, READERS / "plan_excel_printed.pdf", MERGED_DOCX, GANTT["xlsx"], GANTT["xls"], GANTT["ods"]],
    ids=lambda p: p.name,
)
def test_cli_imports_each_format(tmp_path: Path, fixture: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "unit.yaml"
    assert main(["import", str(fixture), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("kegiatan:") >= 3
    assert "Traceback" not in capsys.readouterr().err


def test_cli_on_the_komponen_pdf_does_not_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the KOMPONEN / LANGKAH AKSI header is the new parser's to understand; until then exit 3, not 4
    out = tmp_path / "unit.yaml"
    rc = main(["import", str(KOMPONEN_PDF), "-o", str(out)])
    err = capsys.readouterr().err
    assert rc in (0, 3) and "Traceback" not in err
    assert rc == 0 or "table: harus tabel rencana" in err


def test_cli_refuses_the_scan_with_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "unit.yaml"
    assert main(["import", str(SCAN_PDF), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert (
        "harus PDF dengan lapisan teks (bukan hasil pindai); didapat tidak ada teks di satu pun dari 2 halaman"
        in err
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("text", "font", "read"),
    [
        ("ü", "Wingdings", "✓"),
        ("\uf0fc", "ABCDEF+Wingdings-Regular", "✓"),
        ("(cid:214)", "Symbol", "√"),
        ("1", "Symbol", "1"),
        ("P", "Wingdings 2", "✓"),
        ("P", "Wingdings2", "✓"),
        ("4", "ZapfDingbats", "✔"),
        ("✓", "Wingdings", "✓"),  # already Unicode: left alone
        ("ü", "Arial", "ü"),
        (" ", "Wingdings", " "),
        ("A", "Wingdings", "[simbol wingdings 41]"),
    ],
)
def test_symbol_font_characters_translate_to_the_marks_they_show(text: str, font: str, read: str) -> None:
    assert translate_char(text, font) == read
