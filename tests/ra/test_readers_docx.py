"""The Word reader: paragraphs and tables in order, merges, symbols, headers, track changes, broken files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.builders import shade_docx_cell
from tests.ra.documents import (
    MERGED_DOCX,
    MONTH_HEAD,
    docx_with_body,
    problems,
    tc,
)
from zi_eval.errors import InputError
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.readers import docx as docx_reader
from zi_eval.ra.readers.numbering import format_number
from zi_eval.ra.rows import read_document

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
        f"<w:tr>{tc('NO')}{tc('KEGIATAN')}{tc('BULAN', SPAN_2)}</w:tr>"
        f'<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>{tc("Rapat")}{tc("Jan")}{tc("Feb")}</w:tr>'
        f"<w:sdt><w:sdtContent><w:tr>{tc('II. TATALAKSANA', HMERGE_START)}{tc('', HMERGE)}"
        f"{tc('', HMERGE)}{tc('Mar')}</w:tr></w:sdtContent></w:sdt>"
        "</w:tbl>"
    )
    f = tmp_path / "plan.docx"
    f.write_bytes(docx_with_body(body))
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


def test_docx_a_non_breaking_hyphen_is_a_hyphen(tmp_path: Path) -> None:
    """Word keeps Ctrl+Shift+- as an element: dropped, "Maret‑Mei 2025" read "MaretMei 2025" (no month)."""
    body = (
        "<w:tbl>"
        f"<w:tr>{tc('NO')}{tc('KEGIATAN')}{tc('WAKTU')}</w:tr>"
        f"<w:tr>{tc('1')}{tc('Reviu SOP')}"
        "<w:tc><w:p><w:r><w:t>Maret</w:t></w:r><w:r><w:noBreakHyphen/><w:t>Mei 2025</w:t></w:r></w:p></w:tc></w:tr>"
        "</w:tbl>"
    )
    f = tmp_path / "plan.docx"
    f.write_bytes(docx_with_body(body))
    assert [r.cells for r in read_document(f).rows][-1] == ["1", "Reviu SOP", "Maret-Mei 2025"]


def test_docx_a_tick_a_tracked_change_moved_away_is_read_where_it_went(tmp_path: Path) -> None:
    """A tick moved from February to March with track changes on: the w:moveFrom copy is no longer
    there for the reader (it was read, and the activity got February too)."""
    moved_from = '<w:moveFrom w:id="1" w:author="A"><w:r><w:t>v</w:t></w:r></w:moveFrom>'
    moved_to = '<w:moveTo w:id="2" w:author="A"><w:r><w:t>v</w:t></w:r></w:moveTo>'
    deleted_run = (
        '<w:del w:id="3" w:author="A"><w:r><w:t>x</w:t></w:r></w:del>'  # w:t where w:delText belongs
    )
    body = (
        "<w:tbl>"
        f"<w:tr>{tc('KEGIATAN')}{tc('Jan')}{tc('Feb')}{tc('Mar')}</w:tr>"
        f"<w:tr>{tc('Rapat')}{tc('v')}<w:tc><w:p>{moved_from}{deleted_run}</w:p></w:tc>"
        f"<w:tc><w:p>{moved_to}</w:p></w:tc></w:tr>"
        "</w:tbl>"
    )
    f = tmp_path / "plan.docx"
    f.write_bytes(docx_with_body(body))
    assert [r.cells for r in read_document(f).rows] == [
        ["KEGIATAN", "Jan", "Feb", "Mar"],
        ["Rapat", "v", "", "v"],
    ]


@pytest.mark.parametrize(("depth", "readable"), [(50, True), (600, False)])
def test_docx_nested_tables_are_flattened_or_refused_when_absurdly_deep(
    tmp_path: Path, depth: int, readable: bool
) -> None:
    inner = "<w:p><w:r><w:t>dalam</w:t></w:r></w:p>"
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    f = tmp_path / "plan.docx"
    f.write_bytes(docx_with_body(inner))
    if readable:
        # each table of one cell is a frame: its text is read as the body's, with the empty paragraph
        # after each one
        cells = [r.cells for r in read_document(f).rows]
        assert cells[0] == ["dalam"] and cells[1:] == [[""]] * depth
        return
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert problems(exc)[0].startswith(f"{f}: file: must be a readable .docx document; got XMLSyntaxError")


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
    (problem,) = problems(exc)
    assert problem.startswith(f"{f}: file: must be a .docx document") and problem.endswith(f"got {got}")


def test_docx_with_unreadable_xml_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "plan.docx"
    f.write_bytes(docx_with_body("<w:p>").replace(b"<w:p></w:body>", b"<w:p"))
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert problems(exc)[0].startswith(f"{f}: file: must be a readable .docx document; got ")


def test_docx_that_unpacks_to_too_much_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", 1000)
    f = tmp_path / "bom.docx"
    f.write_bytes(MERGED_DOCX.read_bytes())
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert "a .docx that unpacks to at most 1000 bytes" in problems(exc)[0]


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
        return "<w:tr>" + "".join(tc(t) for t in texts) + month_cells + "</w:tr>"

    body = (
        "<w:p><w:r><w:t>RENCANA AKSI KANTOR CONTOH TAHUN 2025</w:t></w:r></w:p><w:tbl>"
        + "<w:tr>"
        + "".join(tc(t) for t in MONTH_HEAD)
        + "</w:tr>"
        + row(
            ["1", "Manajemen Perubahan", "Pembentukan Tim", "SK Tim", "SK"],
            {1: WINGDINGS_TICK, 2: WINGDINGS_TEXT_TICK},
        )
        + row(["", "", "", "Rapat", "Notulen"], {3: SYMBOL_ROOT, 6: WINGDINGS_UNKNOWN})
        + "</w:tbl>"
    )
    f = tmp_path / "centang.docx"
    f.write_bytes(docx_with_body(body))
    rows = read_document(f).rows
    assert rows[2].cells[5:7] == ["✓", "✓"]
    assert rows[3].cells[7] == "√" and rows[3].cells[10] == "[simbol wingdings A1]"
    res = import_plan(f, rubric)
    assert [a.months for a in res.unit.activities] == [(1, 2), (3,)]
    # the unknown symbol is not a month and not dropped: the parser reports it
    assert [(x.code, x.value) for x in res.findings] == [("IMPORT_UNKNOWN_MARK", "[simbol wingdings A1]")]


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


def _headed_plan(path: Path, header_lines: list[str], title: list[str]) -> Path:
    """A .docx plan with ``header_lines`` in its page header and ``title`` above its table."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = header_lines[0]
    for line in header_lines[1:]:
        d.sections[0].header.add_paragraph(line)
    for line in title:
        d.add_paragraph(line)
    t = d.add_table(rows=2, cols=4)
    for c, text in enumerate(["No", "Area", "Kegiatan", "Waktu"]):
        t.rows[0].cells[c].text = text
    for c, text in enumerate(["1", "Manajemen Perubahan", "Pembentukan tim kerja", "Januari"]):
        t.rows[1].cells[c].text = text
    d.save(str(path))
    return path


def test_the_body_title_names_the_year_and_unit_before_a_page_headers_leftovers(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Last year's file reused: its page header still says "Tahun 2024" (or another unit) while the body's
    title says 2025: the header's was taken, silently (every month moves a year)."""
    f = _headed_plan(
        tmp_path / "ra.docx",
        ["Rencana Aksi ZI Balai Contoh Tahun 2024"],
        ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "BALAI BESAR CONTOH", "TAHUN 2025"],
    )
    info = import_plan(f, rubric).unit.unit
    assert (info.year, info.name) == (2025, "Balai Besar Contoh")
    # a letterhead the body does not repeat still names the unit
    g = _headed_plan(
        tmp_path / "kop.docx", ["BALAI BESAR CONTOH"], ["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"]
    )
    assert import_plan(g, rubric).unit.unit.name == "Balai Besar Contoh"


def test_a_title_only_in_the_page_footer_names_the_unit_and_year(tmp_path: Path, rubric: Rubric) -> None:
    """Some plans name themselves only in the footer ("Rencana Aksi ZI KPU Kabupaten Luwu Tahun 2025" on
    every page): the name came from the file name and the year was the current one (both said). The
    footer is read after the header, for the unit and the year only; a page number in it is no line."""
    f = _headed_plan(tmp_path / "ra.docx", ["-"], [])
    import docx

    d = docx.Document(str(f))
    footer = d.sections[0].footer
    footer.paragraphs[0].text = "Rencana Aksi ZI KPU Kabupaten Luwu Tahun 2025"
    footer.add_paragraph("Halaman 1 dari 3")
    d.save(str(f))
    rows = read_document(f).rows
    assert [(r.cells, r.place, r.running) for r in rows[:2]] == [
        (["-"], "kepala halaman", True),
        (["Rencana Aksi ZI KPU Kabupaten Luwu Tahun 2025"], "kaki halaman", True),
    ]
    res = import_plan(f, rubric)
    assert (res.unit.unit.name, res.unit.unit.year) == ("KPU Kabupaten Luwu", 2025)
    assert [a.kegiatan for a in res.unit.activities] == ["Pembentukan tim kerja"]
    assert not {"IMPORT_NAME_FROM_FILE", "IMPORT_YEAR_ASSUMED"} & {x.code for x in res.findings}


def test_the_body_title_names_the_unit_before_the_page_footer(tmp_path: Path, rubric: Rubric) -> None:
    f = _headed_plan(
        tmp_path / "ra.docx",
        ["-"],
        ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "BALAI BESAR CONTOH", "TAHUN 2025"],
    )
    import docx

    d = docx.Document(str(f))
    d.sections[0].footer.paragraphs[0].text = "Rencana Aksi ZI Balai Contoh Tahun 2024"  # last year's file
    d.save(str(f))
    info = import_plan(f, rubric).unit.unit
    assert (info.year, info.name) == (2025, "Balai Besar Contoh")


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
        f"<w:tbl><w:tr>{tc('NO')}{tc('KEGIATAN')}</w:tr>"
        f"<w:tr>{deleted}{tc('1')}{tc('Kegiatan yang dihapus')}</w:tr>"
        f"<w:tr>{tc('2')}{tc('Rapat')}</w:tr></w:tbl>"
    )
    f = tmp_path / "revisi.docx"
    f.write_bytes(docx_with_body(body))
    assert [r.cells for r in read_document(f).rows] == [["NO", "KEGIATAN"], ["2", "Rapat"]]


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, font: str | None = None) -> str:
    fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{fonts}</w:lvl>'
    )


#: list 1: components "1." with lettered indicators "a." under them; list 2: areas "I", "II";
#: list 3: Symbol-font bullets (Word's default bullet is code F0B7 of the Symbol font); list 4 = list 2
#: restarted at V by an override
NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    + _lvl(0, "decimal", "%1.")
    + _lvl(1, "lowerLetter", "%2.")
    + '</w:abstractNum><w:abstractNum w:abstractNumId="1">'
    + _lvl(0, "upperRoman", "%1")
    + '</w:abstractNum><w:abstractNum w:abstractNumId="2">'
    + _lvl(0, "bullet", "\uf0b7", font="Symbol")
    + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
)


def _numbered(text: str, num_id: int, ilvl: int = 0) -> str:
    num = f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
    return f"<w:p>{num}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + ("".join(paragraphs) or "<w:p/>") + "</w:tc>"


def test_docx_automatic_numbers_and_bullets_are_read_as_printed(tmp_path: Path) -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(cells) + "</w:tr>"

    body = (
        "<w:tbl>"
        + row(tc("No"), tc("KOMPONEN"), tc("INDIKATOR"), tc("BUKTI FISIK"))
        + row(_cell(_numbered("", 2)), tc("MANAJEMEN PERUBAHAN"), _cell(), _cell())
        + row(
            _cell(_numbered("", 1)),
            tc("Tim Kerja"),
            _cell(_numbered("Unit kerja membentuk tim", 1, 1)),
            _cell(_numbered("SK Tim", 3), _numbered("Notulen", 3)),
        )
        + row(_cell(), _cell(), _cell(_numbered("Anggota tim dipilih", 1, 1)), _cell())
        + row(
            _cell(_numbered("", 1)),
            tc("Rencana Pembangunan"),
            _cell(_numbered("Dokumen rencana", 1, 1)),
            _cell(),
        )
        + row(_cell(_numbered("", 2)), tc("PENATAAN TATALAKSANA"), _cell(), _cell())
        + row(_cell(_numbered("", 4)), tc("PENGUATAN AKUNTABILITAS"), _cell(), _cell())
        + "</w:tbl>"
    )
    f = tmp_path / "bernomor.docx"
    f.write_bytes(docx_with_body(body, NUMBERING))
    assert [r.cells for r in read_document(f).rows] == [
        ["No", "KOMPONEN", "INDIKATOR", "BUKTI FISIK"],
        ["I", "MANAJEMEN PERUBAHAN"],
        ["1.", "Tim Kerja", "a. Unit kerja membentuk tim", "• SK Tim\n• Notulen"],
        ["", "", "b. Anggota tim dipilih"],
        ["2.", "Rencana Pembangunan", "a. Dokumen rencana"],  # the letters restart under a new number
        ["II", "PENATAAN TATALAKSANA"],
        ["V", "PENGUATAN AKUNTABILITAS"],  # a list restarted at V by a start override
    ]


def test_docx_list_styles_number_their_paragraphs(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for text in ("Pembentukan tim", "Penyusunan rencana"):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("Catatan", style="List Bullet")
    d.add_paragraph("Ditetapkan di Contoh")
    f = tmp_path / "gaya.docx"
    d.save(str(f))
    assert [r.cells for r in read_document(f).rows] == [
        ["1. Pembentukan tim"],
        ["2. Penyusunan rencana"],
        ["• Catatan"],
        ["Ditetapkan di Contoh"],
    ]


@pytest.mark.parametrize(
    ("n", "fmt", "text"),
    [
        (4, "decimal", "4"),
        (3, "lowerLetter", "c"),
        (28, "lowerLetter", "bb"),
        (14, "upperRoman", "XIV"),
        (9, "lowerRoman", "ix"),
        (2, "upperLetter", "B"),
        (7, "decimalZero", "07"),
        (3, "bullet", ""),
    ],
)
def test_word_number_formats(n: int, fmt: str, text: str) -> None:
    assert format_number(n, fmt) == text


def test_docx_embedding_another_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "ekspor.docx"
    f.write_bytes(docx_with_body('<w:p><w:r><w:t>Judul</w:t></w:r></w:p><w:altChunk r:id="rId99"/>'))
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert problems(exc) == [
        f"{f}: file: must be a .docx whose text is its own (open it in Word and save it again as .docx);"
        " got a document that embeds another file (w:altChunk)"
    ]


def test_a_bug_of_ours_while_reading_a_docx_is_not_passed_off_as_a_damaged_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from zi_eval.io import words

    # a stand-in bug inside zi_eval: clean() given a python-docx Document raises TypeError
    monkeypatch.setattr(docx_reader, "_numbering", words.clean)
    with pytest.raises(TypeError):
        read_document(MERGED_DOCX)


def test_word_table_banding_is_no_schedule(tmp_path: Path) -> None:
    """A Word table shading every second row whole (F2F2F2) with 'v' marks and blue-shaded marks."""
    from docx import Document

    from zi_eval.models.loading import load_rubric

    shade = shade_docx_cell

    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    plan = [
        ("Penyusunan SK Tim ZI", {1}, "v"),
        ("Rapat monev ZI", {3, 6, 9, 12}, "v"),
        ("Reviu SOP", {6}, ""),
        ("Sosialisasi gratifikasi", {4, 5}, ""),
    ]
    doc = Document()
    doc.add_paragraph("RENCANA AKSI ZONA INTEGRITAS TAHUN 2025")
    table = doc.add_table(rows=1, cols=2 + 12)
    for c, text in enumerate(["NO", "KEGIATAN", *months]):
        table.rows[0].cells[c].text = text
    for n, (keg, ms, mark) in enumerate(plan, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(n), keg
        for m in range(1, 13):
            if m in ms and mark:
                cells[1 + m].text = mark
        for c, cell in enumerate(cells):
            if c > 1 and c - 1 in ms and not mark:
                shade(cell, "5B9BD5")  # one shading per cell: the mark's colour wins over the band's
            elif n % 2 == 0:
                shade(cell, "F2F2F2")
    path = tmp_path / "zebra.docx"
    doc.save(str(path))
    res = import_plan(path, load_rubric())
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [
        (k, tuple(sorted(ms))) for k, ms, _ in plan
    ]


@pytest.mark.parametrize(
    "between", ["- 2 -", "Lanjutan Lampiran Keputusan Kepala Balai Nomor 5 Tahun 2025", "Halaman 1 dari 2"]
)
def test_page_text_between_two_parts_of_a_table_does_not_change_the_area(
    tmp_path: Path, rubric: Rubric, between: str
) -> None:
    """A typed page number or "Lanjutan …" before the table's second part became the area of every row
    after it (a page number even read as the LKE's area of that number, IMPORT_AREA_BY_NUMBER)."""
    import docx

    d = docx.Document()
    d.add_paragraph("RENCANA AKSI ZONA INTEGRITAS TAHUN 2025")
    rows = [
        ["No", "Kegiatan", "Waktu"],
        ["I", "PENATAAN SISTEM MANAJEMEN SDM", ""],
        ["1", "Analisis beban kerja", "Januari"],
    ]
    t = d.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.rows[r].cells[c].text = text
    d.add_paragraph(between)
    t2 = d.add_table(rows=1, cols=3)
    for c, text in enumerate(["2", "Penegakan disiplin pegawai", "Maret"]):
        t2.rows[0].cells[c].text = text
    d.save(str(tmp_path / "ra.docx"))
    got = import_plan(tmp_path / "ra.docx", rubric)
    assert [(a.kegiatan, a.area) for a in got.unit.activities] == [
        ("Analisis beban kerja", "penataan-sdm"),
        ("Penegakan disiplin pegawai", "penataan-sdm"),
    ]
    assert not [f for f in got.findings if f.code.startswith("IMPORT_AREA")]


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(c if c.startswith("<w:tc>") else tc(c) for c in cells) + "</w:tr>"


def _runs(*runs: tuple[str, bool]) -> str:
    """A cell of runs, each ``(text, hidden)``: a hidden run carries w:vanish."""
    body = "".join(
        f'<w:r>{"<w:rPr><w:vanish/></w:rPr>" if hidden else ""}<w:t xml:space="preserve">{t}</w:t></w:r>'
        for t, hidden in runs
    )
    return f"<w:tc><w:p>{body}</w:p></w:tc>"


def test_hidden_word_text_is_no_mark_and_no_words_but_is_said(tmp_path: Path, rubric: Rubric) -> None:
    """Text the author hid (w:vanish) is neither shown nor printed by Word: a hidden tick scheduled its
    month and a hidden note joined the kegiatan. A ticked Word checkbox (☒) is a mark."""
    months = [str(m) for m in range(1, 13)]
    body = (
        "<w:p><w:r><w:t>RENCANA AKSI ZONA INTEGRITAS KANTOR CONTOH TAHUN 2025</w:t></w:r></w:p><w:tbl>"
        + _row("NO", "KEGIATAN", "OUTPUT", *months)
        + _row("1", "Pembentukan tim", "SK", "√", *[""] * 11)
        + _row(
            "2",
            _runs(("Penetapan agen perubahan", False), (" (dibatalkan)", True)),
            "SK",
            "",
            "",
            "☒",
            "",
            _runs(("√", True)),
            *[""] * 7,
        )
        + "</w:tbl>"
    )
    f = tmp_path / "rencana.docx"
    f.write_bytes(docx_with_body(body))
    got = import_plan(f, rubric)
    assert [(a.kegiatan, list(a.months)) for a in got.unit.activities] == [
        ("Pembentukan tim", [1]),
        ("Penetapan agen perubahan", [3]),
    ]
    hidden = [x for x in got.findings if x.code == "IMPORT_HIDDEN_TEXT"]
    assert len(hidden) == 1 and "(dibatalkan)" in hidden[0].value and "√" in hidden[0].value


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(tc(c) for c in cells) + "</w:tr>"


@pytest.mark.parametrize("header_again", [False, True])
def test_a_row_cut_by_a_page_break_into_the_next_table_goes_on_the_row_above(
    tmp_path: Path, rubric: Rubric, header_again: bool
) -> None:
    """A Word table cut into one table per page (a PDF converted to Word): the rest of a row cut by the
    break, with no number, indicator or schedule, was an activity of its own with no month."""
    head = _row("No", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "WAKTU")
    body = (
        "<w:p><w:r><w:t>RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025</w:t></w:r></w:p>"
        f"<w:tbl>{head}{_row('I', 'MANAJEMEN PERUBAHAN', '', '', '', '')}{_row('1.', 'Tim Kerja', '', '', '', '')}"
        f"{_row('', '', 'a. Tim dibentuk', 'Pengiriman pegawai mengikuti bimtek', '- Sertifikat', 'Agustus 2025')}</w:tbl>"
        "<w:p/>"
        f"<w:tbl>{head if header_again else ''}{_row('', '', '', 'Kompetensi Teknis sesuai kebutuhan unit', '- Surat tugas', '')}"
        f"{_row('', '', 'b. Monev', 'Rapat monev', '- Notulen', 'Oktober 2025')}</w:tbl>"
    )
    f = tmp_path / "plan.docx"
    f.write_bytes(docx_with_body(body))
    res = import_plan(f, rubric)
    acts = [(a.sub_kegiatan, a.months, a.expected_evidence) for a in res.unit.activities]
    assert acts == [
        (
            "Pengiriman pegawai mengikuti bimtek Kompetensi Teknis sesuai kebutuhan unit",
            (8,),
            ("Sertifikat", "Surat tugas"),
        ),
        ("Rapat monev", (10,), ("Notulen",)),
    ]
    assert [f.code for f in res.findings].count("IMPORT_ROW_JOINED") == 1


def test_a_plan_framed_in_a_table_of_one_cell_is_read_as_a_table(tmp_path: Path, rubric: Rubric) -> None:
    """A plan table inside a one-cell table (a frame around the page) was flattened into that cell's
    text and refused: 'no table in 2 lines of text'."""
    import docx

    d = docx.Document()
    d.add_paragraph("RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025")
    frame = d.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "Lampiran"
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    rows = [
        ["No", "Area", "Kegiatan", *months],
        ["1", "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", "v", *[""] * 11],
        ["2", "Pelayanan Publik", "Survei kepuasan masyarakat", *[""] * 5, "v", *[""] * 6],
    ]
    inner = frame.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            inner.cell(i, j).text = text
    path = tmp_path / "framed.docx"
    d.save(str(path))
    res = import_plan(path, rubric)
    got = [(a.kegiatan, a.area, a.months) for a in res.unit.activities]
    assert got == [
        ("Pembentukan Tim Kerja ZI", "manajemen-perubahan", (1,)),
        ("Survei kepuasan masyarakat", "pelayanan-publik", (6,)),
    ]
