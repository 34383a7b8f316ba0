"""The plan readers on documents in the shapes units publish: PDF, DOCX, XLSX/XLS/ODS, and what they refuse.

Fixtures live in tests/data/ra/readers/ and are made by scripts/make_reader_fixtures.py.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from zi_eval.cli import main
from zi_eval.errors import InputError
from zi_eval.io import sheets
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.readers import docx as docx_reader
from zi_eval.ra.readers.sheet import ods_merges
from zi_eval.ra.readers.symbols import translate_char
from zi_eval.ra.rows import RawRow, _check_zip, detect_format, read_document, read_text_rows

READERS = Path(__file__).resolve().parents[1] / "data" / "ra" / "readers"
KOMPONEN_PDF = READERS / "plan_komponen_3_pages.pdf"
BULAN_PDF = READERS / "plan_bulan_2_pages.pdf"
SCAN_PDF = READERS / "scan_without_text.pdf"
MERGED_DOCX = READERS / "plan_merged_cells.docx"
GANTT = {kind: READERS / f"plan_gantt_fills.{kind}" for kind in ("xlsx", "xls", "ods")}


def _flat(row: RawRow) -> list[str]:
    """The cells with their line breaks (wraps and list items) read as single spaces."""
    return [" ".join(c.split()) for c in row.cells]


def _problems(exc: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [str(p) for p in exc.value.problems]


KOMPONEN_HEADER = [
    "No",
    "KOMPONEN",
    "INDIKATOR",
    "LANGKAH AKSI",
    "BUKTI FISIK",
    "TARGET DAN WAKTU",
    "% REALISASI",
]


def _area(numeral: str, name: str) -> list[str]:
    return [numeral] + [name] * 6


KOMPONEN_ROWS = [
    ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"],
    ["BALAI PENELITIAN CONTOH"],
    ["TAHUN 2021"],
    [
        "Rencana aksi ini disusun sebagai pedoman pelaksanaan pembangunan Zona Integritas menuju"
        " Wilayah Bebas dari Korupsi di lingkungan balai."
    ],
    ["LAMPIRAN RENCANA KERJA AKSI"],
    KOMPONEN_HEADER,
    _area("I", "MANAJEMEN PERUBAHAN"),
    [
        "1.",
        "Tim Kerja",
        "a. Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas",
        "Menyusun SK Tim Pembangunan ZI",
        "- SK Tim",
        "Januari 2021",
        "100",
    ],
    [
        "",
        "",
        "b. Penentuan anggota tim dilakukan melalui prosedur tertentu",
        "Rapat penentuan anggota tim",
        "- Undangan - Daftar hadir - Notulen",
        "Januari 2021",
        "100",
    ],
    [
        "2.",
        "Rencana Pembangunan ZI",
        "a. Terdapat dokumen rencana kerja pembangunan Zona Integritas",
        "Menyusun rencana kerja dan target prioritas",
        "- Dokumen rencana kerja",
        "Januari s/d Desember 2021",
        "50",
    ],
    [  # printed half on page 1, half on page 2: read back as one row
        "3.",
        "Pemantauan dan Evaluasi",
        "a. Seluruh kegiatan pembangunan telah dilaksanakan sesuai dengan rencana yang telah ditetapkan"
        " dan dipantau secara berkala",
        "Monitoring dan evaluasi berkala atas seluruh kegiatan rencana aksi",
        "- Laporan monev - Undangan rapat - Daftar hadir - Notulen rapat",
        "- Maret 2021 - Juni 2021 - September 2021 - Desember 2021",
        "75",
    ],
    KOMPONEN_HEADER,
    _area("II", "PENATAAN TATALAKSANA"),
    [
        "1.",
        "Prosedur Operasional Tetap",
        "a. SOP mengacu pada peta proses bisnis instansi",
        "Reviu SOP layanan",
        "- SOP yang telah direviu",
        "Juni, Desember 2021",
        "50",
    ],
    [
        "2.",
        "E-Office",
        "a. Sistem pengukuran kinerja unit menggunakan teknologi informasi",
        "Penerapan aplikasi kinerja",
        "- Tangkapan layar aplikasi",
        "Triwulan I-IV",
        "25",
    ],
    KOMPONEN_HEADER,
    [  # a new lettered row at the top of page 3: not a continuation
        "",
        "",
        "b. Operasionalisasi manajemen SDM menggunakan teknologi informasi",
        "Penggunaan aplikasi kepegawaian",
        "- Laporan penggunaan",
        "Setiap bulan",
        "",
    ],
    _area("III", "PENATAAN SISTEM MANAJEMEN SDM"),
    [
        "1.",
        "Perencanaan Kebutuhan Pegawai",
        "a. Kebutuhan pegawai disusun dengan mengacu pada peta jabatan",
        "Menyusun analisis kebutuhan pegawai",
        "- Dokumen ABK",
        "TW III",
        "0",
    ],
    [
        "2.",
        "Pengembangan Pegawai",
        "a. Terdapat kesempatan pengembangan kompetensi bagi pegawai",
        "Menyelenggarakan pelatihan internal",
        "- Laporan pelatihan - Sertifikat",
        "Semester II",
        "0",
    ],
    [
        "3.",
        "Penegakan Disiplin",
        "a. Unit kerja menerapkan disiplin pegawai",
        "Rekap kehadiran pegawai",
        "- Rekap absensi",
        "Maret–Mei 2021",
        "0",
    ],
    ["Bogor, 4 Januari 2021"],
    ["KEPALA BALAI,"],
    ["Dr. Nama Contoh"],
]


def test_pdf_reads_title_table_over_three_pages_and_signature_in_order() -> None:
    doc = read_document(KOMPONEN_PDF)
    assert doc.format == "pdf" and doc.encoding is None and doc.sheets == []
    assert [_flat(r) for r in doc.rows] == KOMPONEN_ROWS
    assert [r.line for r in doc.rows] == list(range(1, len(KOMPONEN_ROWS) + 1))
    assert {r.sheet for r in doc.rows} == {None}  # one table sequence for the parser, not one per page
    assert all(r.span == 1 for r in doc.rows)


def test_pdf_keeps_the_lines_of_a_list_cell_apart_and_joins_a_row_broken_across_pages() -> None:
    rows = read_document(KOMPONEN_PDF).rows
    assert rows[8].cells[4] == "- Undangan\n- Daftar hadir\n- Notulen"
    broken = rows[10]
    assert broken.cells[5] == "- Maret 2021\n- Juni 2021\n- September 2021\n- Desember 2021"
    assert broken.cells[4] == "- Laporan monev\n- Undangan rapat\n- Daftar hadir\n- Notulen rapat"
    assert broken.place == "hal. 1, tabel 1, baris 6; lanjut hal. 2"
    assert broken.raw == "\t".join(broken.cells)


def test_pdf_places_rows_by_page_and_spreads_area_names_merged_across_the_row() -> None:
    rows = read_document(KOMPONEN_PDF).rows
    assert [r.place for r in rows[:7]] == ["hal. 1"] * 5 + [
        "hal. 1, tabel 1, baris 1",
        "hal. 1, tabel 1, baris 2",
    ]
    assert rows[11].place == "hal. 2, tabel 1, baris 1"  # the repeated header is passed on
    assert rows[-1].place == "hal. 3"
    assert [r.page for r in rows] == [1] * 11 + [2] * 4 + [3] * 9  # the broken row counts from its first page
    assert rows[6].merged_from == {c: 1 for c in range(2, 7)}
    assert rows[7].merged_from == {}
    # "1. Tim Kerja" is merged down over its two lettered rows: the lower one reads empty there
    assert rows[8].cells[:2] == ["", ""] and rows[8].merged_from == {}


def test_pdf_month_plan_over_two_pages_imports_with_the_repeated_header_skipped(rubric: Rubric) -> None:
    res = import_plan(BULAN_PDF, rubric)
    assert res.document.format == "pdf"
    acts = res.unit.activities
    assert len(acts) == 15
    assert res.counts() == {"activity": 15, "header": 2, "title": 2}
    assert [a.months for a in acts[:3]] == [(1,), (1, 2), (3, 6, 9, 12)]
    assert acts[5].months == tuple(range(1, 13))
    # the first row of page 2 starts a new kegiatan under the same program: it is not joined upward
    assert (acts[13].kegiatan, acts[14].kegiatan) == ("Standar pelayanan", "Survei kepuasan")
    assert acts[14].months == (6, 12) and acts[14].area == "pelayanan-publik"
    assert res.unit.unit.year == 2026 and not res.findings


def test_scanned_pdf_is_refused_with_the_reason() -> None:
    with pytest.raises(InputError) as exc:
        read_document(SCAN_PDF)
    assert _problems(exc) == [
        f"{SCAN_PDF}: file: must be a PDF with a text layer (not a scan); got no text on any of 2 pages"
    ]


def _pdf_bytes(**canvas_args: object) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, **canvas_args)  # type: ignore[arg-type]
    c.drawString(72, 720, "RENCANA AKSI ZONA INTEGRITAS")
    c.save()
    return buf.getvalue()


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "locked.pdf"
    f.write_bytes(_pdf_bytes(encrypt="rahasia"))
    # reportlab's encrypt= sets a user password: pdfminer cannot open it without one
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert _problems(exc) == [f"{f}: file: must be a PDF without a password; got a password-protected PDF"]


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF\n", b"%PDF-1.7\n" + bytes(range(256)) * 4],
    ids=["no-pages", "garbage"],
)
def test_broken_pdf_is_refused_without_a_traceback(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "rusak.pdf"
    f.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_document(f)
    (problem,) = _problems(exc)
    assert problem.startswith(f"{f}: file: must be ")


def test_pdf_text_only_page_gives_one_cell_rows(tmp_path: Path) -> None:
    f = tmp_path / "surat.pdf"
    f.write_bytes(_pdf_bytes())
    rows = read_document(f).rows
    assert [(r.cells, r.place) for r in rows] == [(["RENCANA AKSI ZONA INTEGRITAS"], "hal. 1")]


DOCX_ROWS = [
    ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"],
    ["PENGADILAN AGAMA CONTOH"],
    ["TAHUN 2025"],
    [""],
    ["NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "JADWAL"],
    ["I. MANAJEMEN PERUBAHAN"] * 6,
    ["1", "Manajemen Perubahan", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", "Januari"],
    ["", "", "", "Rapat rencana aksi", "Notulen", "Januari, Februari"],
    [
        "2",
        "Penataan Tatalaksana",
        "Reviu SOP",
        "Reviu SOP layanan",
        "SOP direviu\nSOP 1 dok\nNotulen 2 dok",
        "Maret s/d Mei",
    ],
    [""],
    ["Ditetapkan di Contoh, 2 Januari 2025"],
    ["KETUA,"],
]


def test_docx_reads_paragraphs_and_table_rows_in_document_order() -> None:
    doc = read_document(MERGED_DOCX)
    assert doc.format == "docx"
    assert [r.cells for r in doc.rows] == DOCX_ROWS
    assert [r.line for r in doc.rows] == list(range(1, 13))
    assert {r.sheet for r in doc.rows} == {None}
    assert [r.place for r in doc.rows][3:6] == ["paragraf 4", "tabel 1, baris 1", "tabel 1, baris 2"]
    assert doc.rows[-1].place == "paragraf 7"


def test_docx_spreads_a_gridspan_and_leaves_vmerge_continuations_empty() -> None:
    rows = read_document(MERGED_DOCX).rows
    assert rows[5].merged_from == {c: 0 for c in range(1, 6)}
    # PROGRAM and KEGIATAN are merged down over two rows: the lower row reads "" (the parser fills down)
    assert rows[7].cells[1:3] == ["", ""] and rows[7].merged_from == {}


def _docx_with_body(body_xml: str) -> bytes:
    """A minimal .docx whose body is ``body_xml`` (to build shapes python-docx cannot write)."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body_xml}</w:body></w:document>'
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = document.encode() if item.filename == "word/document.xml" else src.read(item.filename)
            dst.writestr(item, data)
    return out.getvalue()


def _tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


SPAN_2 = '<w:gridSpan w:val="2"/>'
HMERGE_START, HMERGE = '<w:hMerge w:val="restart"/>', "<w:hMerge/>"


def test_docx_grid_before_content_controls_breaks_and_deleted_text(tmp_path: Path) -> None:
    body = (
        '<w:sdt><w:sdtContent><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
        "<w:r><w:t>RENCANA AKSI</w:t></w:r><w:r><w:br/><w:t>TAHUN 2025</w:t></w:r>"
        "<w:del><w:r><w:delText>DIHAPUS</w:delText></w:r></w:del></w:p></w:sdtContent></w:sdt>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>KANTOR CONTOH</w:t></mc:Choice>"
        "<mc:Fallback><w:t>KANTOR CONTOH</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:tbl>"
        f"<w:tr>{_tc('NO')}{_tc('KEGIATAN')}{_tc('BULAN', SPAN_2)}</w:tr>"
        f'<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>{_tc("Rapat")}{_tc("Jan")}{_tc("Feb")}</w:tr>'
        f"<w:sdt><w:sdtContent><w:tr>{_tc('II. TATALAKSANA', HMERGE_START)}{_tc('', HMERGE)}"
        f"{_tc('', HMERGE)}{_tc('Mar')}</w:tr></w:sdtContent></w:sdt>"
        "</w:tbl>"
    )
    f = tmp_path / "plan.docx"
    f.write_bytes(_docx_with_body(body))
    rows = read_document(f).rows
    assert [r.cells for r in rows] == [
        ["RENCANA AKSI\nTAHUN 2025"],
        ["KANTOR CONTOH"],
        ["NO", "KEGIATAN", "BULAN", "BULAN"],
        ["", "Rapat", "Jan", "Feb"],
        ["II. TATALAKSANA", "II. TATALAKSANA", "II. TATALAKSANA", "Mar"],
    ]
    assert [r.merged_from for r in rows[2:]] == [{3: 2}, {}, {1: 0, 2: 0}]
    assert [r.place for r in rows] == [
        "paragraf 1",
        "paragraf 2",
        "tabel 1, baris 1",
        "tabel 1, baris 2",
        "tabel 1, baris 3",
    ]


@pytest.mark.parametrize(("depth", "readable"), [(50, True), (600, False)])
def test_docx_nested_tables_are_flattened_or_refused_when_absurdly_deep(
    tmp_path: Path, depth: int, readable: bool
) -> None:
    inner = "<w:p><w:r><w:t>dalam</w:t></w:r></w:p>"
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    f = tmp_path / "plan.docx"
    f.write_bytes(_docx_with_body(inner))
    if readable:
        assert [r.cells for r in read_document(f).rows] == [["dalam"], [""]]
        return
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert _problems(exc)[0].startswith(f"{f}: file: must be a readable .docx document; got XMLSyntaxError")


@pytest.mark.parametrize(
    ("data", "got"),
    [
        (b"PK\x03\x04 not really a zip", "not a zip file"),
        (b"", "a zip without word/document.xml"),  # replaced below by a zip without the member
    ],
    ids=["not-zip", "no-document-xml"],
)
def test_broken_docx_is_refused(tmp_path: Path, data: bytes, got: str) -> None:
    if not data:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("word/other.xml", "<x/>")
        data = buf.getvalue()
    f = tmp_path / "plan.docx"
    f.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_document(f)
    (problem,) = _problems(exc)
    assert problem.startswith(f"{f}: file: must be a .docx document") and problem.endswith(f"got {got}")


def test_docx_with_unreadable_xml_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "plan.docx"
    f.write_bytes(_docx_with_body("<w:p>").replace(b"<w:p></w:body>", b"<w:p"))
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert _problems(exc)[0].startswith(f"{f}: file: must be a readable .docx document; got ")


def test_docx_that_unpacks_to_too_much_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", 1000)
    f = tmp_path / "bom.docx"
    f.write_bytes(MERGED_DOCX.read_bytes())
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert "a .docx that unpacks to at most 1000 bytes" in _problems(exc)[0]


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
    assert all(not r.filled for r in doc.rows)  # fill colours are read from xlsx only


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
    merges = ods_merges(_zip({"content.xml": content.encode()}))
    assert merges == {"A": [(3, 4, 4, 6)], "B": [(0, 0, 0, 1)]}


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


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


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
    assert detect_format(_zip(members), suffix) == fmt


@pytest.mark.parametrize(
    ("name", "data", "got"),
    [
        ("plan.doc", OLE2 + "WordDocument".encode("utf-16-le"), "an old binary Word document (.doc)"),
        (
            "plan.odt",
            _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
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
    assert _problems(exc) == [f"{f}: file: must be a plan saved as .docx, PDF or a spreadsheet; got {got}"]


def test_password_protected_office_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "plan.xlsx"
    f.write_bytes(OLE2 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert _problems(exc) == [f"{f}: file: must be an unencrypted plan; got a password-protected Office file"]


@pytest.mark.parametrize(
    "fixture",
    [BULAN_PDF, MERGED_DOCX, GANTT["xlsx"], GANTT["xls"], GANTT["ods"]],
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
    assert rc == 0 or "table: must be a plan table" in err


def test_cli_refuses_the_scan_with_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "unit.yaml"
    assert main(["import", str(SCAN_PDF), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert "must be a PDF with a text layer (not a scan); got no text on any of 2 pages" in err
    assert not out.exists()


def _platypus_pdf(path: Path, pages: list[list[object]]) -> None:
    """Write a PDF whose pages hold the given flowables (strings become paragraphs, lists become ruled tables)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("p", fontName="Helvetica", fontSize=8, leading=10)
    story: list[object] = []
    for n, page in enumerate(pages):
        for item in page:
            if isinstance(item, str):
                story.append(Paragraph(item, style))
            else:
                assert isinstance(item, list)
                data = [[Paragraph(c, style) for c in row] for row in item]
                grid = TableStyle(
                    [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                )
                story.append(Table(data, colWidths=[40, 120, 160, 120], style=grid))
        if n < len(pages) - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(story)


HEAD = ["NO", "KEGIATAN", "INDIKATOR", "WAKTU"]


def test_pdf_two_tables_on_a_page_stay_apart_with_the_text_between(tmp_path: Path) -> None:
    f = tmp_path / "dua.pdf"
    _platypus_pdf(
        f,
        [
            [
                "TABEL A",
                [HEAD, ["1", "Rapat", "Notulen", "Januari"]],
                "TABEL B",
                [HEAD, ["", "", "lanjutan", ""]],
            ]
        ],
    )
    rows = read_document(f).rows
    assert [r.cells for r in rows] == [
        ["TABEL A"],
        HEAD,
        ["1", "Rapat", "Notulen", "Januari"],
        ["TABEL B"],
        HEAD,
        ["", "", "lanjutan", ""],
    ]
    assert [r.place for r in rows] == [
        "hal. 1",
        "hal. 1, tabel 1, baris 1",
        "hal. 1, tabel 1, baris 2",
        "hal. 1",
        "hal. 1, tabel 2, baris 1",
        "hal. 1, tabel 2, baris 2",
    ]


def test_pdf_continuation_without_repeated_header_is_joined(tmp_path: Path) -> None:
    f = tmp_path / "lanjut.pdf"
    _platypus_pdf(
        f,
        [
            [[HEAD, ["1", "Rapat koordinasi", "- Undangan", "Januari"]]],
            [[["", "", "- Notulen", ""], ["2", "Survei", "Laporan", "Juni"]]],
        ],
    )
    rows = read_document(f).rows
    assert [r.cells for r in rows] == [
        HEAD,
        ["1", "Rapat koordinasi", "- Undangan\n- Notulen", "Januari"],
        ["2", "Survei", "Laporan", "Juni"],
    ]
    assert rows[1].place == "hal. 1, tabel 1, baris 2; lanjut hal. 2"


def test_pdf_row_after_narrative_on_a_new_page_is_not_joined(tmp_path: Path) -> None:
    f = tmp_path / "narasi.pdf"
    narrative = [f"Paragraf penjelasan nomor {i} tentang pelaksanaan rencana aksi." for i in range(1, 5)]
    _platypus_pdf(
        f, [[[HEAD, ["1", "Rapat", "Notulen", "Januari"]], *narrative], [[["", "", "lanjutan", ""]]]]
    )
    rows = read_document(f).rows
    assert [r.cells for r in rows][-1] == ["", "", "lanjutan", ""]
    assert rows[1].cells == ["1", "Rapat", "Notulen", "Januari"]


def test_pdf_simulated_bold_is_read_once(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    f = tmp_path / "tebal.pdf"
    c = canvas.Canvas(str(f), invariant=1)
    c.drawString(100, 650, "RENCANA AKSI")
    c.drawString(
        100.2, 650, "RENCANA AKSI"
    )  # Word's simulated bold: the same text again, a hair to the right
    c.save()
    assert [r.cells for r in read_document(f).rows] == [["RENCANA AKSI"]]


def test_pdf_with_a_rotated_page_is_refused(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    f = tmp_path / "putar.pdf"
    c = canvas.Canvas(str(f), invariant=1)
    c.drawString(100, 650, "halaman biasa")
    c.showPage()
    c.setPageRotation(90)
    c.drawString(100, 650, "RENCANA AKSI")
    c.save()
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert _problems(exc) == [
        f"{f}: file: must be a PDF whose pages are not turned by a /Rotate setting (print it to PDF again);"
        " got page 2 turned by 90 degrees"
    ]


MONTH_HEAD = ["NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR"] + [str(m) for m in range(1, 13)]
WINGDINGS_TICK = '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
WINGDINGS_TEXT_TICK = (
    '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>ü</w:t></w:r>'
)
SYMBOL_ROOT = '<w:r><w:sym w:font="Symbol" w:char="F0D6"/></w:r>'
WINGDINGS_UNKNOWN = '<w:r><w:sym w:font="Wingdings" w:char="F0A1"/></w:r>'


def _runs_tc(runs: str) -> str:
    return f"<w:tc><w:p>{runs}</w:p></w:tc>"


def test_docx_month_ticks_inserted_as_symbols_are_read_as_marks(tmp_path: Path, rubric: Rubric) -> None:
    def row(texts: list[str], ticks: dict[int, str]) -> str:
        month_cells = "".join(_runs_tc(ticks.get(m, "")) for m in range(1, 13))
        return "<w:tr>" + "".join(_tc(t) for t in texts) + month_cells + "</w:tr>"

    body = (
        "<w:p><w:r><w:t>RENCANA AKSI KANTOR CONTOH TAHUN 2025</w:t></w:r></w:p><w:tbl>"
        + "<w:tr>"
        + "".join(_tc(t) for t in MONTH_HEAD)
        + "</w:tr>"
        + row(
            ["1", "Manajemen Perubahan", "Pembentukan Tim", "SK Tim", "SK"],
            {1: WINGDINGS_TICK, 2: WINGDINGS_TEXT_TICK},
        )
        + row(["", "", "", "Rapat", "Notulen"], {3: SYMBOL_ROOT, 6: WINGDINGS_UNKNOWN})
        + "</w:tbl>"
    )
    f = tmp_path / "centang.docx"
    f.write_bytes(_docx_with_body(body))
    rows = read_document(f).rows
    assert rows[2].cells[5:7] == ["✓", "✓"]
    assert rows[3].cells[7] == "√" and rows[3].cells[10] == "[simbol wingdings A1]"
    res = import_plan(f, rubric)
    assert [a.months for a in res.unit.activities] == [(1, 2), (3,)]
    # the unknown symbol is not a month and not dropped: the parser reports it
    assert [(x.code, x.value) for x in res.findings] == [("IMPORT_UNKNOWN_MARK", "[simbol wingdings A1]")]


def test_pdf_ticks_in_the_symbol_font_are_read_as_marks(tmp_path: Path, rubric: Rubric) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    body = [
        ["1", "Manajemen Perubahan", "Pembentukan Tim", "SK Tim", "SK"]
        + ["√" if m in (1, 4) else "" for m in range(1, 13)],
        ["", "", "", "Rapat", "Notulen"] + ["√" if m == 12 else "" for m in range(1, 13)],
    ]
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONT", (0, 0), (-1, -1), "Helvetica", 5),
            ("FONT", (5, 1), (-1, -1), "Symbol", 7),  # the ticks: √ in the Symbol font, stored as code 0xD6
        ]
    )
    f = tmp_path / "centang.pdf"
    SimpleDocTemplate(str(f), invariant=1).build(
        [Table([MONTH_HEAD, *body], colWidths=[14, 80, 70, 55, 45] + [14] * 12, style=style)]
    )
    rows = read_document(f).rows
    assert [r.cells for r in rows] == [MONTH_HEAD, *body]
    assert [a.months for a in import_plan(f, rubric).unit.activities] == [(1, 4), (12,)]


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


def test_docx_letterhead_in_the_page_header_comes_first(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = "KEMENTERIAN CONTOH"
    header.add_paragraph("BALAI BESAR CONTOH")
    header.add_paragraph("")
    d.add_paragraph("RENCANA AKSI TAHUN 2025")
    f = tmp_path / "kop.docx"
    d.save(str(f))
    rows = read_document(f).rows
    assert [(r.line, r.cells, r.place) for r in rows] == [
        (1, ["KEMENTERIAN CONTOH"], "kepala halaman"),
        (2, ["BALAI BESAR CONTOH"], "kepala halaman"),
        (3, ["RENCANA AKSI TAHUN 2025"], "paragraf 1"),
    ]


def test_docx_without_a_header_starts_with_the_body(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("RENCANA AKSI")
    f = tmp_path / "polos.docx"
    d.save(str(f))
    assert [(r.cells, r.place) for r in read_document(f).rows] == [(["RENCANA AKSI"], "paragraf 1")]


def test_docx_row_deleted_with_track_changes_is_not_read(tmp_path: Path) -> None:
    deleted = '<w:trPr><w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:trPr>'
    body = (
        f"<w:tbl><w:tr>{_tc('NO')}{_tc('KEGIATAN')}</w:tr>"
        f"<w:tr>{deleted}{_tc('1')}{_tc('Kegiatan yang dihapus')}</w:tr>"
        f"<w:tr>{_tc('2')}{_tc('Rapat')}</w:tr></w:tbl>"
    )
    f = tmp_path / "revisi.docx"
    f.write_bytes(_docx_with_body(body))
    assert [r.cells for r in read_document(f).rows] == [["NO", "KEGIATAN"], ["2", "Rapat"]]


def test_pdf_text_of_a_cell_merged_down_and_centred_is_read_in_its_first_row(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    data = [
        ["NO", "PROGRAM", "KEGIATAN"],
        ["1", "Manajemen Perubahan", "Rapat"],
        ["", "", "Sosialisasi"],
        ["", "", "Survei"],
    ]
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("SPAN", (0, 1), (0, 3)),
            ("SPAN", (1, 1), (1, 3)),
            ("VALIGN", (0, 1), (1, 3), "MIDDLE"),  # Excel's habit: merged text sits mid-block
        ]
    )
    f = tmp_path / "tengah.pdf"
    SimpleDocTemplate(str(f), invariant=1).build(
        [Table(data, colWidths=[30, 120, 120], rowHeights=20, style=style)]
    )
    assert [r.cells for r in read_document(f).rows] == data


def test_pdf_page_numbers_are_dropped_but_a_year_alone_is_kept(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    f = tmp_path / "halaman.pdf"
    c = canvas.Canvas(str(f), invariant=1)
    for y, text in [
        (780, "Halaman 1 dari 2"),
        (700, "RENCANA AKSI"),
        (680, "2025"),
        (40, "- 1 -"),
        (20, "3 / 10"),
    ]:
        c.drawString(100, y, text)
    c.save()
    assert [r.cells for r in read_document(f).rows] == [["RENCANA AKSI"], ["2025"]]
