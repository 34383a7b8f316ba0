"""The PDF reader: tables over pages, joined rows, text around tables, scans and broken files refused.

Fixtures: tests/data/ra/readers/ (made by scripts/make_reader_fixtures.py) and PDFs drawn here.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.ra.documents import (
    BULAN_PDF,
    KOMPONEN_PDF,
    MONTH_HEAD,
    READERS,
    SCAN_PDF,
    problems,
)
from tests.ra.render.shapes import SHAPE_A_HEADER
from zi_eval.errors import InputError
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.rows import RawRow, read_document


def _flat(row: RawRow) -> list[str]:
    """The cells with their line breaks (wraps and list items) read as single spaces."""
    return [" ".join(c.split()) for c in row.cells]


KOMPONEN_HEADER = SHAPE_A_HEADER  # the shape-A header as documents-in-the-wild §1 gives it


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


def test_pdf_shape_a_plan_reads_its_areas_from_the_headings_merged_across_the_row(rubric: Rubric) -> None:
    """ "I | MANAJEMEN PERUBAHAN" merged across the row over numbered components ("1. Tim Kerja"): every
    activity lacked its ZI area (IMPORT_AREA_MISSING, IMPORT_AREA_UNKNOWN for each component)."""
    res = import_plan(KOMPONEN_PDF, rubric)
    acts = res.unit.activities
    assert [a.area for a in acts] == ["manajemen-perubahan"] * 4 + ["penataan-tatalaksana"] * 3 + [
        "penataan-sdm"
    ] * 3
    assert (acts[0].kegiatan, acts[0].sub_kegiatan) == ("Tim Kerja", "Menyusun SK Tim Pembangunan ZI")
    assert not [f for f in res.findings if f.code.startswith("IMPORT_AREA")]


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
    assert problems(exc) == [
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
    assert problems(exc) == [f"{f}: file: must be a PDF without a password; got a password-protected PDF"]


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
    (problem,) = problems(exc)
    assert problem.startswith(f"{f}: file: must be ")


def test_pdf_text_only_page_gives_one_cell_rows(tmp_path: Path) -> None:
    f = tmp_path / "surat.pdf"
    f.write_bytes(_pdf_bytes())
    rows = read_document(f).rows
    assert [(r.cells, r.place) for r in rows] == [(["RENCANA AKSI ZONA INTEGRITAS"], "hal. 1")]


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
    c.drawString(100.2, 650, "RENCANA AKSI")  # simulated bold: the same text a hair to the right
    c.setFont("Helvetica", 4)
    c.drawString(100, 600, "Pengelolaan Kinerja")  # a tiny font: the two l's 0.9 pt apart are two letters
    c.save()
    assert [r.cells for r in read_document(f).rows] == [["RENCANA AKSI"], ["Pengelolaan Kinerja"]]


def _landscape_table(c: object) -> None:
    """Draw a small ruled table and a title in landscape coordinates (842 x 595)."""
    c.grid([100, 250, 400], [400, 430, 460])  # type: ignore[attr-defined]
    for x, y, text in [
        (105, 440, "NO KEGIATAN"),
        (255, 440, "BULAN"),
        (105, 410, "1 Rapat"),
        (255, 410, "Januari"),
    ]:
        c.drawString(x, y, text)  # type: ignore[attr-defined]
    c.drawString(100, 520, "RENCANA AKSI")  # type: ignore[attr-defined]


def test_pdf_landscape_page_turned_by_rotate_reads_upright(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    f = tmp_path / "lanskap.pdf"
    c = canvas.Canvas(str(f), pagesize=A4, invariant=1)
    c.setPageRotation(90)  # a portrait sheet shown turned: how some drivers print landscape pages
    c.translate(A4[0], 0)
    c.rotate(90)  # the content is drawn turned back, so the viewer shows it upright
    _landscape_table(c)
    c.save()
    assert [r.cells for r in read_document(f).rows] == [
        ["RENCANA AKSI"],
        ["NO KEGIATAN", "BULAN"],
        ["1 Rapat", "Januari"],
    ]


def test_pdf_page_that_reads_sideways_is_refused(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    f = tmp_path / "miring.pdf"
    c = canvas.Canvas(str(f), pagesize=A4, invariant=1)
    c.drawString(100, 800, "halaman biasa")
    c.showPage()
    c.translate(A4[0], 0)
    c.rotate(90)  # a landscape table turned onto a portrait page, no /Rotate: a viewer shows it sideways
    _landscape_table(c)
    c.save()
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert problems(exc) == [
        f"{f}: file: must be a PDF whose pages read upright (turn the sideways pages and save it again);"
        " got page 2 reads sideways"
    ]


@pytest.mark.parametrize("angle", [90, -90])
def test_pdf_month_names_written_up_or_down_a_column_are_read(tmp_path: Path, angle: int) -> None:
    from reportlab.pdfgen import canvas

    f = tmp_path / "tegak.pdf"
    c = canvas.Canvas(str(f), invariant=1)
    c.grid([100, 130, 160, 300], [500, 520, 600])  # a tall header row over a data row
    for x, word in ((118, "Januari"), (148, "Februari")):
        c.saveState()
        if angle > 0:
            c.translate(x, 525)  # written upwards, from the bottom of the cell
        else:
            c.translate(x - 8, 595)  # written downwards, from the top of the cell
        c.rotate(angle)
        c.drawString(0, 0, word)
        c.restoreState()
    c.drawString(165, 560, "KEGIATAN")
    c.drawString(105, 505, "v")
    c.drawString(165, 505, "Rapat")
    c.save()
    assert [r.cells for r in read_document(f).rows] == [
        ["Januari", "Februari", "KEGIATAN"],
        ["v", "", "Rapat"],
    ]


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


EXCEL_PRINTED_PDF = READERS / "plan_excel_printed.pdf"
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]


def _ticks(*months: int) -> list[str]:
    return ["v" if m in months else "" for m in range(1, 13)]


def test_pdf_of_an_excel_plan_reads_its_two_header_rows_and_wrapped_cells(rubric: Rubric) -> None:
    doc = read_document(EXCEL_PRINTED_PDF)
    assert [r.cells for r in doc.rows] == [
        ["RENCANA AKSI ZONA INTEGRITAS"],
        ["KANTOR CONTOH TAHUN 2025"],
        ["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR"] + ["JADWAL PELAKSANAAN"] * 12,
        ["", "", "", "", *MONTHS_SHORT],
        ["1", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", *_ticks(1)],
        ["", "", "Rapat rencana aksi\ndan pembagian tugas\ntim", "Notulen", *_ticks(1, 2)],
        ["2", "Monitoring rencana\naksi", "Rapat monev", "Laporan monev", *_ticks(3, 6, 9, 12)],
        ["Kepala Kantor,"],
    ]
    assert doc.rows[2].merged_from == {c: 4 for c in range(5, 16)}
    res = import_plan(EXCEL_PRINTED_PDF, rubric)
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [
        ("Pembentukan Tim ZI", (1,)),
        ("Pembentukan Tim ZI", (1, 2)),
        ("Monitoring rencana aksi", (3, 6, 9, 12)),
    ]


def test_pdf_header_of_two_rows_repeated_then_a_continuation_is_joined(tmp_path: Path) -> None:
    head = [["NO", "KEGIATAN", "INDIKATOR", "BULAN"], ["", "", "", "Jan"]]
    f = tmp_path / "dua-baris.pdf"
    _platypus_pdf(
        f,
        [
            [[*head, ["1", "Rapat koordinasi", "- Undangan", "v"]]],
            [[*head, ["", "", "- Notulen", ""], ["2", "Survei", "Laporan", "v"]]],
        ],
    )
    assert [r.cells for r in read_document(f).rows] == [
        *head,
        ["1", "Rapat koordinasi", "- Undangan\n- Notulen", "v"],
        *head,
        ["2", "Survei", "Laporan", "v"],
    ]


def test_a_bug_of_ours_while_reading_a_pdf_is_not_passed_off_as_a_damaged_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from zi_eval.io import words
    from zi_eval.ra.readers import pdf as pdf_reader

    # a stand-in bug inside zi_eval: clean() given a list of characters raises TypeError
    monkeypatch.setattr(pdf_reader, "_cell_text", words.clean)
    with pytest.raises(TypeError):
        read_document(KOMPONEN_PDF)


def _table_missing_a_border(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=1)
    for y in (500, 530, 560, 590):
        c.line(100, y, 300, y)
    c.line(100, 500, 100, 590)
    c.line(200, 500, 200, 590)
    c.line(300, 530, 300, 590)  # the right border stops short of the last row
    for x, y, text in [(105, 570, "NO"), (205, 570, "KEGIATAN"), (105, 540, "1"), (205, 540, "Rapat")]:
        c.drawString(x, y, text)
    c.drawString(105, 510, "2")
    c.drawString(205, 510, "Survei kepuasan")
    c.save()


def test_pdf_cell_with_a_missing_border_keeps_its_text(tmp_path: Path) -> None:
    f = tmp_path / "bolong.pdf"
    _table_missing_a_border(f)
    # pdfplumber finds no cell where the border is missing; its text is read from that grid position
    assert [r.cells for r in read_document(f).rows] == [
        ["NO", "KEGIATAN"],
        ["1", "Rapat"],
        ["2", "Survei kepuasan"],
    ]


def test_pdf_text_no_cell_takes_comes_after_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zi_eval.ra.readers import pdf as pdf_reader

    def rows_taking_nothing(
        self: object,
    ) -> tuple[list[list[str]], list[dict[int, int]], list[dict[int, str]], list[tuple[()]]]:
        return [["", ""]] * 3, [{}] * 3, [{}] * 3, [()] * 3  # as if the cells had missed every character

    monkeypatch.setattr(pdf_reader._Grid, "rows", rows_taking_nothing)
    f = tmp_path / "bolong.pdf"
    _table_missing_a_border(f)
    rows = read_document(f).rows
    assert [r.cells for r in rows[3:]] == [["NO KEGIATAN"], ["1 Rapat"], ["2 Survei kepuasan"]]
    assert [r.place for r in rows[3:]] == ["hal. 1"] * 3


def test_pdf_lower_case_row_with_its_own_month_mark_at_a_page_top_is_not_joined(tmp_path: Path) -> None:
    f = tmp_path / "huruf-kecil.pdf"
    _platypus_pdf(
        f,
        [[[HEAD, ["1", "Rapat koordinasi", "Notulen", "v"]]], [[["", "", "penyusunan laporan", "v"]]]],
    )
    assert [r.cells for r in read_document(f).rows] == [
        HEAD,
        ["1", "Rapat koordinasi", "Notulen", "v"],
        ["", "", "penyusunan laporan", "v"],
    ]


def test_pdf_header_repeated_after_a_heading_line_between_table_parts_is_looked_past(tmp_path: Path) -> None:
    f = tmp_path / "judul-area.pdf"
    _platypus_pdf(
        f,
        [
            [
                [HEAD, ["1", "Rapat", "Notulen", "Jan"]],
                "II. PENATAAN TATALAKSANA",
                [["2", "Reviu SOP", "- SOP", "Feb"]],
            ],
            [[HEAD, ["", "", "- Daftar hadir", ""]]],
        ],
    )
    assert [r.cells for r in read_document(f).rows] == [
        HEAD,
        ["1", "Rapat", "Notulen", "Jan"],
        ["II. PENATAAN TATALAKSANA"],
        ["2", "Reviu SOP", "- SOP\n- Daftar hadir", "Feb"],
        HEAD,
    ]


def test_pdf_running_header_and_footer_are_page_text_but_two_plans_titles_are_not(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A header left from last year's file ("RENCANA AKSI ZI TAHUN 2024") printed over the 2025 title on
    every page gave the plan year 2024; a footer "Laporan … Halaman N" became the area of the rows under
    it. Lines printed on two pages or more (page numbers aside) are page furniture. Two plans' titles,
    one per page, differ by their years and stay titles."""
    head, foot = "RENCANA AKSI ZI TAHUN 2024", "Laporan Pelaksanaan Rencana Aksi ZI Balai Contoh - Halaman {}"
    month_head = ["NO", "KEGIATAN", "INDIKATOR", "WAKTU"]

    def rows(first: int) -> list[list[str]]:
        return [month_head] + [
            [str(k), f"Kegiatan {k} pembangunan ZI", "Laporan", "Maret"] for k in range(first, first + 3)
        ]

    f = tmp_path / "rencana.pdf"
    _platypus_pdf(
        f,
        [
            [
                head,
                "RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025",
                "I. MANAJEMEN PERUBAHAN",
                rows(1),
                foot.format(1),
            ],
            [head, rows(4), foot.format(2)],
        ],
    )
    doc = read_document(f)
    assert [r.cells[0] for r in doc.rows if r.running] == [head, foot.format(1), head, foot.format(2)]
    got = import_plan(f, rubric)
    assert got.unit.unit.year == 2025
    assert len(got.unit.activities) == 6
    assert {a.area for a in got.unit.activities} == {"manajemen-perubahan"}

    two = tmp_path / "dua.pdf"
    _platypus_pdf(
        two,
        [
            ["RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2024", rows(1)],
            ["RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025", rows(4)],
        ],
    )
    assert not any(r.running for r in read_document(two).rows)
    got = import_plan(two, rubric)
    assert (got.unit.unit.year, len(got.unit.activities)) == (2025, 3)


def _plan_pdf(path: Path, watermark: Callable[[Any, Any], None] | None) -> Path:
    """A ruled plan filling a landscape page (NO | KEGIATAN | SUB KEGIATAN | JADWAL), with a watermark drawn
    on it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September"]
    rows = [["NO", "KEGIATAN", "SUB KEGIATAN", "JADWAL"]]
    rows += [
        [str(n), f"Kegiatan pembangunan ZI ke-{n}", f"Melaksanakan langkah {n} rencana aksi", f"{m} 2025"]
        for n, m in enumerate(months, start=1)
    ]
    table = Table(rows, colWidths=[30, 250, 300, 150], rowHeights=44)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), topMargin=60)
    title = Table([["RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2025"]])
    doc.build([title, table], onFirstPage=watermark or (lambda c, d: None))
    return path


def _draft(canvas: Any, doc: Any) -> None:
    from reportlab.lib import colors

    w, h = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.85, 0.85))
    canvas.setFont("Helvetica-Bold", 110)
    canvas.translate(w / 2, h / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -30, "DRAFT")
    canvas.restoreState()


def test_a_watermark_across_the_table_is_no_text_of_the_plan(tmp_path: Path, rubric: Rubric) -> None:
    """ "DRAFT" printed at a slant over the table: its letters became words of cells ("R Melaksanakan rapat
    …") and rows of their own (three activities "A" more)."""
    plain = import_plan(_plan_pdf(tmp_path / "plain.pdf", None), rubric).unit.activities
    marked = import_plan(_plan_pdf(tmp_path / "draft.pdf", _draft), rubric).unit.activities
    assert [(a.sub_kegiatan, a.months) for a in marked] == [(a.sub_kegiatan, a.months) for a in plain]
    assert [(a.sub_kegiatan, a.months) for a in plain] == [
        (f"Melaksanakan langkah {n} rencana aksi", (n,)) for n in range(1, 10)
    ]


def test_pdf_a_timing_cell_spanning_rows_schedules_each_of_them(tmp_path: Path, rubric: Rubric) -> None:
    """ "Januari – Juni 2025" in a WAKTU cell spanning a component's a. and b. rows: only the first row
    was scheduled, the second read as an activity without months (a sheet's or Word's merge was read).
    A cell left empty under it, not spanned, stays unscheduled."""
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    data = [
        ["NO", "AREA", "KEGIATAN", "WAKTU"],
        ["1", "Manajemen Perubahan", "Menyusun SK Tim Kerja", "Januari – Juni 2025"],
        ["2", "Manajemen Perubahan", "Sosialisasi SK Tim Kerja", ""],
        ["3", "Manajemen Perubahan", "Menyusun rencana kerja", "Juli 2025"],
        ["4", "Manajemen Perubahan", "Rapat evaluasi tim", ""],
    ]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (3, 1), (3, 2))])
    f = tmp_path / "waktu.pdf"
    SimpleDocTemplate(str(f), invariant=1).build([Table(data, colWidths=[24, 110, 150, 100], style=style)])
    rows = read_document(f).rows
    assert rows[2].cells[3] == "" and rows[2].above(3) is not None and rows[2].above(3).text == data[1][3]
    assert rows[4].above(3) is None  # an empty cell of its own
    res = import_plan(f, rubric)
    assert [a.months for a in res.unit.activities] == [(1, 2, 3, 4, 5, 6), (1, 2, 3, 4, 5, 6), (7,), ()]
