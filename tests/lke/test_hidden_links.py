"""An LKE copy's evidence cells that show "Klik di sini", "Link" or "SK Tim ZI" and hide the address.

Units paste their Google Drive links behind a word: the evidence column (N) and the unheaded link
columns right of it (O, P) show "Klik di sini" or "Link" while the address sits in the cell's
hyperlink or in a ``=HYPERLINK("url";"text")`` formula. The reader read only the text, so such an
item had no evidence (scored 0 when evidenced, with exit 0). The hidden address now counts as if it
had been typed; what is no evidence (a place in the workbook, a cell showing nothing) still does not.
"""

from __future__ import annotations

import contextlib
import io
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.hostile_workbooks import write_ods_package
from tests.libreoffice import soffice_convert
from tests.lke.shapes import OFFICIAL_HEADERS, Shape, full_unit, google_sheets, render, write_xlsx
from tests.lke.test_roundtrip import rich_unit
from zi_eval.api import evaluate
from zi_eval.evidence.table import read_links_table
from zi_eval.flags import derive_flags
from zi_eval.io import biff
from zi_eval.io.hyperlinks import _hlink, ods_hyperlinks, sheet_hyperlinks, xls_hyperlinks
from zi_eval.io.ole import read_stream
from zi_eval.lke.reader import LkeWorkbook, read_lke_workbook
from zi_eval.models.rubric import Rubric
from zi_eval.report.workbook import write_lke_workbook
from zi_eval.scoring.engine import evaluate_unit

#: The evidence column of the official layout (N), 0-based, and the two unheaded columns right of it
COL_N = Shape().offset + 6 + Shape().columns.index("evidence")
COL_O, COL_P = COL_N + 1, COL_N + 2
DRIVE = "https://drive.google.com/drive/folders/1AbCdEf"
SK = "https://data.example.go.id/kantor-uji/sk-tim-zi.pdf"
ZIP = "https://data.example.go.id/kantor-uji/manajemen-perubahan.zip"
NOTULEN = "https://zi.uji.go.id/notulen-rapat.pdf"
FOTO = "https://zi.uji.go.id/foto-kegiatan.jpg"
TYPED = "https://zi.uji.go.id/laporan-2024.pdf"
BEHIND = "https://zi.uji.go.id/laporan-2025.pdf"


@dataclass(frozen=True)
class Linked:
    """A cell showing ``text`` with a hyperlink to ``target`` (XlsxWriter's ``internal:``/``external:``)."""

    text: str
    target: str


@dataclass(frozen=True)
class Formula:
    """A ``=HYPERLINK(…)`` cell with the text Excel saved as its result."""

    formula: str
    shown: str


Cell = str | Linked | Formula

#: The cells of each item row, as units fill them (item -> column -> cell); every case of the brief
CASES: dict[str, dict[int, Cell]] = {
    "P.1.i.a": {COL_N: Linked("Klik di sini", DRIVE)},
    "P.1.i.b": {COL_N: Linked("Link", SK), COL_O: Linked("Link", DRIVE), COL_P: Linked("Link", ZIP)},
    "P.1.ii.a": {COL_N: Linked("SK Tim ZI", SK)},
    "P.1.ii.b": {COL_N: Formula(f'=HYPERLINK("{NOTULEN}","Notulen rapat")', "Notulen rapat")},
    "P.1.ii.c": {COL_N: Formula(f'=HYPERLINK("{FOTO}";"Klik di sini")', "Klik di sini")},  # ";" as typed
    "P.1.iii.a": {COL_N: "SK Tim ZI"},  # no hyperlink: a document's name, as before
    "P.1.iii.b": {COL_N: "Klik di sini"},  # no hyperlink: names nothing, as before
    "P.1.iii.c": {COL_N: Linked("Lihat SK", "external:Bukti/SK.pdf")},
    "P.1.iv.a": {COL_N: Linked("Link", "external:Bukti/SK Tim.pdf")},  # a file next to the workbook
    "P.1.iv.b": {COL_N: Linked("Klik di sini", "internal:Lain!A1")},  # a place in the workbook
    "P.1.iv.c": {COL_N: Linked(TYPED, BEHIND)},  # the typed link edited, the old one left behind it
    "P.2.ii.a": {COL_N: "Terlampir", COL_O: Linked(" ", FOTO)},  # the text cleared, the link left
    "P.2.i.a": {COL_N: Linked("Klik di sini", "mailto:tpi@uji.go.id")},  # an e-mail address
    # typed without its scheme, made a link by the spreadsheet: the link the cell shows, once
    "P.2.i.b": {COL_N: Linked("www.uji.go.id/zi", "http://www.uji.go.id/zi/")},
    "P.2.i.c": {
        COL_N: "Terlampir",
        COL_O: Linked("www.uji.go.id/zi/sk.pdf", "http://www.uji.go.id/zi/sk.pdf"),
    },
    # typed over a link: Excel keeps the hyperlink, the text says there is no evidence (yet)
    "P.2.ii.b": {COL_N: Linked("belum ada", DRIVE)},
    "P.2.ii.c": {COL_N: Linked("-", SK)},
    "P.2.ii.d": {COL_N: Linked("Ada", SK)},  # a claim, its link behind it
    "P.2.iii.a": {COL_N: "Terlampir", COL_O: Linked("link menyusul", FOTO)},
}


def _copy(
    path: Path, rubric: Rubric, cases: dict[str, dict[int, Cell]], shape: Shape | None = None
) -> dict[str, int]:
    """A copy (the official layout unless ``shape``) answering every item, written by XlsxWriter as
    Excel saves one (a formula with its saved result), with ``cases`` on the item rows; item -> 1-based
    row."""
    shape = shape or Shape()
    rows, where = render(full_unit(rubric), rubric, shape)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet(shape.sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    for code, cells in cases.items():
        for c, cell in cells.items():
            r = where[code] - 1
            if isinstance(cell, Linked):
                ws.write_url(r, c, cell.target, None, cell.text)
            elif isinstance(cell, Formula):
                ws.write_formula(r, c, cell.formula, None, cell.shown)
            else:
                ws.write_string(r, c, cell)
    wb.add_worksheet("Lain").write(0, 0, "Catatan")
    wb.close()
    return where


@pytest.fixture(scope="module")
def linked_copy(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("tautan") / "lke-unit.xlsx"
    return path, _copy(path, rubric, CASES)


@pytest.fixture(scope="module")
def linked_wb(linked_copy: tuple[Path, dict[str, int]], rubric: Rubric) -> LkeWorkbook:
    """The linked copy as the LKE reader reads it (read once: the tests only look)."""
    return read_lke_workbook(linked_copy[0], rubric)


def _records(wb: LkeWorkbook, code: str) -> list[tuple[str, str, str | None]]:
    """(title, kind, url) of each evidence record of item ``code``, in the order the item lists them."""
    ev = {e.id: e for e in wb.unit.evidence}
    return [(ev[i].title, ev[i].kind, ev[i].url) for i in wb.unit.answers[code].evidence]


def _scored(source: Path, rubric: Rubric, mode: str = "evidenced") -> dict[str, tuple[str, float]]:
    """Item -> (outcome, points) as the assessor's item table shows them."""
    items = evaluate(source, rubric, mode=mode).items
    return {
        c: (o, float(p)) for c, o, p in zip(items["code"], items["outcome"], items["points"], strict=True)
    }


def test_a_hidden_address_is_read_as_if_it_had_been_typed(
    linked_copy: tuple[Path, dict[str, int]], linked_wb: LkeWorkbook
) -> None:
    _, where = linked_copy
    wb = linked_wb
    # "Klik di sini" names nothing: the link is named by its address, as a bare link typed there is
    assert _records(wb, "P.1.i.a") == [("1AbCdEf", "tautan", DRIVE)]
    # "Link" in N, O and P: three links, the ones beside N said as read from unheaded columns
    assert _records(wb, "P.1.i.b") == [
        ("sk-tim-zi.pdf", "tautan", SK),
        ("1AbCdEf", "tautan", DRIVE),
        ("manajemen-perubahan.zip", "tautan", ZIP),
    ]
    assert wb.unit.answers["P.1.i.b"].evidence[1:] == (f"wb-{where['P.1.i.b']}-O", f"wb-{where['P.1.i.b']}-P")
    # a name the cell shows stays the record's title
    assert _records(wb, "P.1.ii.a") == [("SK Tim ZI", "tautan", SK)]
    # =HYPERLINK(…): the formula holds the address, its saved result the title (either separator)
    assert _records(wb, "P.1.ii.b") == [("Notulen rapat", "tautan", NOTULEN)]
    assert _records(wb, "P.1.ii.c") == [("foto-kegiatan.jpg", "tautan", FOTO)]


def test_cells_without_a_hidden_address_read_as_before(linked_wb: LkeWorkbook) -> None:
    wb = linked_wb
    assert _records(wb, "P.1.iii.a") == [("SK Tim ZI", "dokumen", None)]
    assert not wb.unit.answers["P.1.iii.b"].evidence


def test_a_link_to_a_file_next_to_the_workbook_is_a_document(linked_wb: LkeWorkbook) -> None:
    wb = linked_wb
    # the file's name is its title when the cell names nothing; Excel writes the folder with "\"
    assert _records(wb, "P.1.iv.a") == [("Bukti\\SK Tim.pdf", "dokumen", None)]
    assert _records(wb, "P.1.iii.c") == [("Bukti\\SK.pdf", "dokumen", None)]


def test_what_a_cell_hides_that_is_no_evidence_is_not_counted(linked_wb: LkeWorkbook) -> None:
    wb = linked_wb
    # a link to another sheet of the workbook, an e-mail address: the cell names nothing, and is said so
    assert not wb.unit.answers["P.1.iv.b"].evidence
    assert not wb.unit.answers["P.2.i.a"].evidence
    # a cell whose text was cleared keeps its hyperlink in Excel; a person sees nothing: not claimed
    assert not wb.unit.answers["P.2.ii.a"].evidence
    unnamed = {f["item"] for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_NO_EVIDENCE"}
    assert {"P.1.iii.b", "P.1.iv.b", "P.2.i.a", "P.2.ii.a"} <= unnamed  # "Terlampir" with nothing beside
    assert not unnamed & {"P.1.i.a", "P.1.i.b", "P.1.ii.a", "P.1.ii.b", "P.1.ii.c", "P.1.iv.a"}


def test_a_link_typed_without_its_scheme_is_the_link_behind_it(linked_wb: LkeWorkbook) -> None:
    wb = linked_wb
    assert _records(wb, "P.2.i.b") == [("www.uji.go.id/zi", "tautan", "http://www.uji.go.id/zi/")]
    assert [url for _, _, url in _records(wb, "P.2.i.c")] == ["http://www.uji.go.id/zi/sk.pdf"]


def test_a_link_left_behind_a_cell_saying_there_is_no_evidence_is_not_read(
    linked_copy: tuple[Path, dict[str, int]], linked_wb: LkeWorkbook, rubric: Rubric
) -> None:
    path, _ = linked_copy
    wb = linked_wb
    for code in ("P.2.ii.b", "P.2.ii.c", "P.2.iii.a"):
        assert not wb.unit.answers[code].evidence, code
    said = {f["item"]: f["theirs"] for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_NO_EVIDENCE"}
    assert (said["P.2.ii.b"], said["P.2.ii.c"], said["P.2.iii.a"]) == ("belum ada", "-", "Terlampir")
    assert _records(wb, "P.2.ii.d") == [("sk-tim-zi.pdf", "tautan", SK)]
    # the evidence scan of the same copy reads none of them either
    scanned = {code for e in read_links_table(path, rubric).records for code in e.supports}
    assert not scanned & {"P.2.ii.b", "P.2.ii.c", "P.2.iii.a"}
    assert "P.2.ii.d" in scanned


def test_a_typed_link_and_another_behind_it_are_two_records(
    linked_copy: tuple[Path, dict[str, int]], linked_wb: LkeWorkbook
) -> None:
    _, where = linked_copy
    wb = linked_wb
    # which one the unit meant is not known: both are read, for the assessor to open
    assert _records(wb, "P.1.iv.c") == [(TYPED, "tautan", TYPED), ("laporan-2025.pdf", "tautan", BEHIND)]
    assert wb.unit.answers["P.1.iv.c"].evidence == (f"wb-{where['P.1.iv.c']}", f"wb-{where['P.1.iv.c']}-N")


def test_the_evidenced_score_counts_the_hidden_links(
    tmp_path: Path, linked_copy: tuple[Path, dict[str, int]], rubric: Rubric
) -> None:
    path, _ = linked_copy
    # the same copy as the unit would have it with the links removed (Excel: "Remove Hyperlinks")
    plain = tmp_path / "tanpa-tautan.xlsx"
    _copy(
        plain, rubric, {code: {c: _shown(cell) for c, cell in cells.items()} for code, cells in CASES.items()}
    )
    before, after, claimed = _scored(plain, rubric), _scored(path, rubric), _scored(path, rubric, "claimed")
    read = ["P.1.i.a", "P.1.i.b", "P.1.ii.c", "P.1.iv.a"]  # showed only a word naming nothing
    assert all(claimed[c][1] > 0 for c in read)  # answers worth points once evidenced
    assert {c: before[c] for c in read} == {c: ("no_evidence", 0.0) for c in read}
    assert {c: after[c][1] for c in read} == {c: claimed[c][1] for c in read}
    assert all(after[c][0] != "no_evidence" for c in read)
    unread = ["P.1.iii.b", "P.1.iv.b", "P.2.i.a", "P.2.ii.a"]
    assert {c: after[c][0] for c in unread} == dict.fromkeys(unread, "no_evidence")
    plain_total = evaluate(plain, rubric, mode="evidenced").total
    assert evaluate(path, rubric, mode="evidenced").total > plain_total


def _shown(cell: Cell) -> str:
    return cell.text if isinstance(cell, Linked) else cell.shown if isinstance(cell, Formula) else cell


def test_zi_evals_own_workbook_is_not_read_twice(tmp_path: Path, rubric: Rubric) -> None:
    """zi-eval's export links N to the one record it names: that record is the evidence sheet's, once."""
    unit = rich_unit(rubric)
    ev = evaluate_unit(unit, rubric, mode="evidenced")
    book = tmp_path / "unit-lke.xlsx"
    write_lke_workbook(ev, derive_flags(ev), book)
    assert sheet_hyperlinks(book.read_bytes(), "xlsx").get("LKE ZI")  # N (and O, P) hide links
    wb = read_lke_workbook(book, rubric)
    assert sorted(e.id for e in wb.unit.evidence) == sorted(e.id for e in unit.evidence)
    assert {c: a.evidence for c, a in wb.unit.answers.items() if a.evidence} == {
        c: a.evidence for c, a in unit.answers.items() if a.evidence
    }


def test_an_internal_link_written_as_an_address_is_no_address() -> None:
    """openpyxl (and some tools) write a link to a sheet as an external target "#Lain!A1"."""
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws["A1"] = "Klik di sini"
    ws["A1"].hyperlink = "#Lain!A1"
    ws["A2"] = "SK Tim"
    ws["A2"].hyperlink = SK
    buf = io.BytesIO()
    book.save(buf)
    assert sheet_hyperlinks(buf.getvalue(), "xlsx") == {ws.title: {(1, 0): SK}}


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2"'
)


def _ods_link(text: str, href: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (
        f'<table:table-cell office:value-type="string"{rep}><text:p>'
        f'<text:a xlink:href="{href}">{text}</text:a></text:p></table:table-cell>'
    )


def test_ods_links_are_read_from_the_cells_they_sit_in(tmp_path: Path) -> None:
    rows = [
        # a link in the second cell of a row; a file beside the document, as LibreOffice writes it
        "<table:table-row><table:table-cell/>"
        + _ods_link("Klik di sini", DRIVE)
        + _ods_link("SK", "../Bukti/SK%20Tim.pdf")
        + "</table:table-row>",
        # three identical "Link" cells on two identical rows, written once each by LibreOffice
        '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"/>'
        + _ods_link("Link", SK, repeat=3)
        + "</table:table-row>",
        # a formula as LibreOffice writes it (";" between the arguments), a sheet place, a comment's link
        '<table:table-row><table:table-cell table:formula="of:=HYPERLINK(&quot;'
        + NOTULEN
        + '&quot;; &quot;Notulen&quot;)" office:value-type="string"><text:p>Notulen</text:p></table:table-cell>'
        + _ods_link("ke lembar lain", "#Lain.A1")
        + '<table:table-cell office:value-type="string"><office:annotation><text:p><text:a xlink:href="'
        + ZIP
        + '">catatan</text:a></text:p></office:annotation><text:p>SK</text:p></table:table-cell>'
        + "</table:table-row>",
    ]
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}><office:body>'
        '<office:spreadsheet><table:table table:name="LKE">' + "".join(rows) + "</table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    data = write_ods_package(tmp_path / "tautan.ods", content).read_bytes()
    assert ods_hyperlinks(data) == {
        "LKE": {
            (0, 1): DRIVE,
            (0, 2): "Bukti/SK%20Tim.pdf",
            **{(r, c): SK for r in (1, 2) for c in (2, 3, 4)},
            (3, 0): NOTULEN,
        }
    }


def test_an_ods_cell_whose_words_link_to_several_addresses_gives_them_all(
    tmp_path: Path, rubric: Rubric
) -> None:
    # LibreOffice keeps a link per word: "SK Tim ZI" and "Notulen rapat" on two lines of one cell, or
    # "SK, Laporan" on one line, each linked elsewhere. Only the first address was read: the second
    # document was lost, the first line said to have no link, the second titled with the first's address.
    def cell(*paragraphs: str) -> str:
        return '<table:table-cell office:value-type="string">' + "".join(paragraphs) + "</table:table-cell>"

    def a(text: str, href: str) -> str:
        return f'<text:a xlink:href="{href}">{text}</text:a>'

    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"

    def plain(text: str) -> str:
        return cell(f"<text:p>{text}</text:p>")

    rows = [
        row(plain("Kode"), plain("Link Bukti")),
        row(
            plain("P.1.i.a"),
            cell(f"<text:p>{a('SK Tim ZI', SK)}</text:p>", f"<text:p>{a('Notulen rapat', NOTULEN)}</text:p>"),
        ),
        row(plain("P.1.i.b"), cell(f"<text:p>{a('SK', SK)}, {a('Laporan', ZIP)}</text:p>")),
        row(plain("P.1.ii.a"), cell(f"<text:p>{a('Bukti', DRIVE)} dan {a('bukti lagi', DRIVE)}</text:p>")),
    ]
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}><office:body>'
        '<office:spreadsheet><table:table table:name="Data Dukung">' + "".join(rows) + "</table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    path = write_ods_package(tmp_path / "tautan.ods", content)
    links = ods_hyperlinks(path.read_bytes())["Data Dukung"]
    assert links[(1, 1)] == f"SK Tim ZI\n{SK}\nNotulen rapat\n{NOTULEN}"
    assert links[(3, 1)] == DRIVE  # one address behind two words: the cell's address, as before
    scan = read_links_table(path, rubric, unit_dir=tmp_path)
    got = {(e.title, e.url, e.supports) for e in scan.records}
    assert got == {
        ("SK Tim ZI", SK, ("P.1.i.a", "P.1.i.b")),
        ("Notulen rapat", NOTULEN, ("P.1.i.a",)),
        ("Laporan", ZIP, ("P.1.i.b",)),
        ("Bukti dan bukti lagi", DRIVE, ("P.1.ii.a",)),
    }
    assert not scan.findings


def test_a_workbook_without_links_has_none() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", "<office:document-content/>")
    assert ods_hyperlinks(buf.getvalue()) == {}
    assert sheet_hyperlinks(b"not a zip", "ods") == {} == sheet_hyperlinks(b"a,b\n", "csv")


#: The copy above saved by LibreOffice as .xls and .ods (``python -m tests.lke.make_fixtures``)
CONVERTED = Path(__file__).resolve().parents[1] / "data" / "lke" / "hidden-links"


@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_an_xls_or_ods_copy_reads_its_hidden_links_too(fmt: str, rubric: Rubric) -> None:
    """.xls: HLINK records and parsed formulas; .ods: ``<text:a>`` in the cells and ``of:=HYPERLINK``."""
    wb = read_lke_workbook(CONVERTED.with_suffix(f".{fmt}"), rubric)
    assert _records(wb, "P.1.i.a") == [("1AbCdEf", "tautan", DRIVE)]
    assert [url for _, _, url in _records(wb, "P.1.i.b")] == [SK, DRIVE, ZIP]
    assert _records(wb, "P.1.ii.a") == [("SK Tim ZI", "tautan", SK)]
    assert _records(wb, "P.1.ii.b") == [("Notulen rapat", "tautan", NOTULEN)]
    # LibreOffice keeps a file beside the workbook relative to it ("../Bukti/SK.pdf" in an .ods)
    assert _records(wb, "P.1.iv.a") == [("Bukti/SK Tim.pdf", "dokumen", None)]
    assert _records(wb, "P.1.iv.c") == [(TYPED, "tautan", TYPED), ("laporan-2025.pdf", "tautan", BEHIND)]
    assert _records(wb, "P.2.i.b") == [("www.uji.go.id/zi", "tautan", "http://www.uji.go.id/zi/")]
    for code in ("P.1.iii.b", "P.1.iv.b", "P.2.i.a", "P.2.ii.a", "P.2.ii.b", "P.2.ii.c", "P.2.iii.a"):
        assert not wb.unit.answers[code].evidence, code


def write_converted_copies(rubric: Rubric) -> None:
    """Write :data:`CONVERTED` (.xls, .ods): the copy converted by LibreOffice in its own folder, so its
    links to files beside it stay relative to it."""
    src = CONVERTED.with_suffix(".xlsx")
    _copy(src, rubric, CASES)
    for fmt in ("xls", "ods"):
        _convert(src, fmt)
    src.unlink()


def _convert(src: Path, fmt: str) -> Path:
    """``src`` saved by LibreOffice as ``fmt`` in its own folder (its links to files beside it stay relative)."""
    out = soffice_convert(src, fmt, timeout=180)
    if out is None:
        raise SystemExit("soffice (LibreOffice) is needed to write the .xls and .ods copies")
    return out


def test_an_evidence_scan_of_the_copy_takes_each_hidden_link_once(
    linked_copy: tuple[Path, dict[str, int]], rubric: Rubric
) -> None:
    """``zi-eval evidence scan LKE.xlsx`` splits the evidence cells itself: a link behind a cell that shows
    another is one record, not one from the reader and one from the scan."""
    path, _ = linked_copy
    scan = read_links_table(path, rubric)
    urls = [e.url for e in scan.records if e.url]
    www = ["https://www.uji.go.id/zi", "http://www.uji.go.id/zi/sk.pdf"]  # the scan's own, and the reader's
    assert sorted(urls) == sorted([DRIVE, ZIP, DRIVE, SK, NOTULEN, FOTO, TYPED, BEHIND, *www])
    by_url = {(e.url, code) for e in scan.records for code in e.supports}
    assert {(TYPED, "P.1.iv.c"), (BEHIND, "P.1.iv.c"), (SK, "P.1.ii.a"), (DRIVE, "P.1.i.a")} <= by_url


def test_a_hyperlink_formula_saved_without_its_text_is_read(tmp_path: Path, rubric: Rubric) -> None:
    """A copy a script wrote (openpyxl saves a formula without its result): Excel shows the formula's
    text when it opens the file, so the link is there for a person; the reader reads it too."""
    rows, where = render(full_unit(rubric), rubric, Shape())
    for r in rows:
        r.extend([None] * (COL_N + 1 - len(r)))
    rows[where["P.1.i.a"] - 1][COL_N] = f'=HYPERLINK("{DRIVE}","Klik di sini")'
    rows[where["P.1.i.b"] - 1][COL_N] = f'=HYPERLINK("{SK}";"SK Tim")'
    rows[where["P.1.ii.a"] - 1][COL_N] = "=P1"  # a formula of another kind: no link, as before
    path = tmp_path / "dari-skrip.xlsx"
    write_xlsx(path, {"LKE ZI": rows})
    wb = read_lke_workbook(path, rubric)
    assert _records(wb, "P.1.i.a") == [("1AbCdEf", "tautan", DRIVE)]
    assert _records(wb, "P.1.i.b") == [("sk-tim-zi.pdf", "tautan", SK)]
    assert not wb.unit.answers["P.1.ii.a"].evidence


def test_an_xls_link_record_cut_short_is_skipped_not_fatal() -> None:
    """Every HLINK record of the .xls, cut at every length: read, or refused with an error the reader
    catches (the record is skipped; the cell keeps its text)."""
    book = read_stream(CONVERTED.with_suffix(".xls").read_bytes(), ("Workbook", "Book"))
    assert book is not None
    bodies = [body for _, kind, body in biff.sheet_records(book) if kind == 0x01B8]
    assert len(bodies) >= 8
    for body in bodies:
        for n in range(len(body)):
            with contextlib.suppress(struct.error, IndexError, UnicodeDecodeError, ValueError):
                _hlink(body[:n])
    assert xls_hyperlinks(b"\xd0\xcf\x11\xe0 no stream") == {} == sheet_hyperlinks(b"", "xls")


def test_a_google_sheets_copy_exports_its_links_as_formulas(tmp_path: Path, rubric: Rubric) -> None:
    """Google Sheets writes a cell's link into the xlsx it downloads as ``=HYPERLINK("url","text")``; its
    copy is shifted one column left, its evidence column named otherwise, a Catatan column right of it."""
    columns = ("bobot", "penjelasan", "type", "answer", "evidence", "catatan")
    shape = google_sheets(columns=columns, headers={**OFFICIAL_HEADERS, "evidence": "Link Data Dukung"})
    ev = shape.offset + 6 + columns.index("evidence")
    cases: dict[str, dict[int, Cell]] = {
        "P.1.i.a": {ev: Formula(f'=HYPERLINK("{DRIVE}","Klik di sini")', "Klik di sini")},
        "P.1.i.b": {ev: Formula(f'=HYPERLINK("{SK}","SK Tim ZI 2025")', "SK Tim ZI 2025")},
        # a TPI's note linking elsewhere, under Catatan: not the unit's evidence
        "P.1.ii.a": {ev: "belum ada", ev + 1: Linked("lihat panduan", ZIP)},
    }
    path = tmp_path / "salinan-google.xlsx"
    _copy(path, rubric, cases, shape)
    wb = read_lke_workbook(path, rubric)
    assert wb.columns["evidence"] == "K"
    assert _records(wb, "P.1.i.a") == [("1AbCdEf", "tautan", DRIVE)]
    assert _records(wb, "P.1.i.b") == [("SK Tim ZI 2025", "tautan", SK)]
    assert not wb.unit.answers["P.1.ii.a"].evidence


def test_a_link_a_unit_adds_to_zi_evals_own_workbook_is_kept(tmp_path: Path, rubric: Rubric) -> None:
    """The unit opens zi-eval's workbook and links an item it had no evidence for: "Klik di sini"."""
    unit = rich_unit(rubric)
    ev = evaluate_unit(unit, rubric, mode="evidenced")
    book = tmp_path / "unit-lke.xlsx"
    write_lke_workbook(ev, derive_flags(ev), book)
    row = read_lke_workbook(book, rubric).matched["item:P.1.ii.a"]
    assert not unit.answers.get("P.1.ii.a")  # no evidence before
    edited = openpyxl.load_workbook(book)
    cell = edited["LKE ZI"][f"N{row}"]
    cell.value, cell.hyperlink = "Klik di sini", DRIVE
    edited.save(tmp_path / "diisi.xlsx")
    wb = read_lke_workbook(tmp_path / "diisi.xlsx", rubric)
    assert _records(wb, "P.1.ii.a") == [("Klik di sini", "tautan", DRIVE)]
    before = {c: a.evidence for c, a in unit.answers.items() if a.evidence}
    assert {c: e for c, a in wb.unit.answers.items() if (e := a.evidence) and c != "P.1.ii.a"} == before
