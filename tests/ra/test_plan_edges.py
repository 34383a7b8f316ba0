"""Rows around and inside a plan's table that are no activities, and one that is part of the row above.

Found by probing the importer with plans shaped as units write them; each gave extra activities with
exit 0 and no finding, which the flags then counted (ACTIVITY_WITHOUT_SCHEDULE, ACTIVITY_NOT_MAPPED):

- "A | PENGUNGKIT" and "B | HASIL", the LKE's components heading the areas, not merged across the row;
- numbered notes under "Catatan:" below the table ("1 | Jadwal kegiatan dapat berubah …");
- a kegiatan that wraps into the next row after a word that needs more ("… apel pagi dan" then
  "pemasangan banner").
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.models.rubric import Rubric
from zi_eval.ra import ImportResult, import_plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def _marks(*months: int) -> list[str | None]:
    return ["v" if m in months else None for m in range(1, 13)]


def _import(tmp_path: Path, rubric: Rubric, rows: list[list[object]]) -> ImportResult:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"])
    ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(tmp_path / "rencana-aksi.xlsx")
    return import_plan(tmp_path / "rencana-aksi.xlsx", rubric)


def _acts(got: ImportResult) -> list[tuple[str, tuple[int, ...], str | None]]:
    return [(a.kegiatan, a.months, a.area) for a in got.unit.activities]


def test_component_headings_head_areas_and_are_no_activities(tmp_path: Path, rubric: Rubric) -> None:
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Kegiatan", "Output", *MONTHS],
            ["A.", "PENGUNGKIT"],
            ["I.", "MANAJEMEN PERUBAHAN"],
            [1, "Rapat koordinasi tim kerja", "Notulen", *_marks(1)],
            ["II.", "PENGUATAN PENGAWASAN"],
            [1, "Penilaian risiko", "Dokumen", *_marks(4)],
            ["B.", "HASIL"],
            [1, "Survei persepsi anti korupsi internal", "Laporan", *_marks(9)],
        ],
    )
    assert _acts(got) == [
        ("Rapat koordinasi tim kerja", (1,), "manajemen-perubahan"),
        ("Penilaian risiko", (4,), "penguatan-pengawasan"),
        # under the results component: no ZI area (and not the area heading above it), said
        ("Survei persepsi anti korupsi internal", (9,), None),
    ]
    assert "IMPORT_AREA_UNKNOWN" in {f.code for f in got.findings}


def test_numbered_notes_under_the_table_are_no_activities(tmp_path: Path, rubric: Rubric) -> None:
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Area", "Kegiatan", "Output", *MONTHS],
            [1, "Manajemen Perubahan", "Pembentukan tim kerja", "SK", *_marks(1)],
            [2, "Penguatan Pengawasan", "Penilaian risiko", "Dokumen", *_marks(4)],
            [],
            ["Catatan:"],
            [1, None, "Jadwal kegiatan dapat berubah menyesuaikan kebutuhan organisasi"],
            [2, None, "Anggaran kegiatan bersumber dari DIPA Tahun 2025"],
            [],
            [None, None, "Plt. Kepala Kantor,"],
        ],
    )
    assert _acts(got) == [
        ("Pembentukan tim kerja", (1,), "manajemen-perubahan"),
        ("Penilaian risiko", (4,), "penguatan-pengawasan"),
    ]
    noted = [ln for ln in got.lines if ln.reason == "note under the table"]
    assert len(noted) == 3  # the heading and both notes are accounted for


def test_a_table_row_after_a_note_is_read_again(tmp_path: Path, rubric: Rubric) -> None:
    """ "Keterangan: v = rencana" between two parts of a table: the marked rows after it are activities."""
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Area", "Kegiatan", "Output", *MONTHS],
            [1, "Manajemen Perubahan", "Pembentukan tim kerja", "SK", *_marks(1)],
            ["Keterangan: v = rencana pelaksanaan"],
            [2, "Penguatan Pengawasan", "Penilaian risiko", "Dokumen", *_marks(4)],
        ],
    )
    assert [k for k, _, _ in _acts(got)] == ["Pembentukan tim kerja", "Penilaian risiko"]


def test_a_kegiatan_that_breaks_off_after_a_joining_word_goes_on_in_the_next_row(
    tmp_path: Path, rubric: Rubric
) -> None:
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Area", "Kegiatan", "Output", *MONTHS],
            [
                1,
                "Manajemen Perubahan",
                "Internalisasi budaya kerja melalui apel pagi dan",
                "Laporan",
                *_marks(3, 6),
            ],
            [None, None, "pemasangan banner"],
            [2, "Manajemen Perubahan", "Penyusunan SK Tim", "SK", *_marks(1)],
            [None, None, "Rapat koordinasi"],  # the row above ends whole: an activity of its own
        ],
    )
    assert [k for k, _, _ in _acts(got)] == [
        "Internalisasi budaya kerja melalui apel pagi dan pemasangan banner",
        "Penyusunan SK Tim",
        "Rapat koordinasi",
    ]
    assert [f.value for f in got.findings if f.code == "IMPORT_ROW_JOINED"] == ["pemasangan banner"]


def test_a_merged_roman_area_heading_keeps_its_area_under_numbered_components(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Shape A with "I | MANAJEMEN PERUBAHAN" merged across the row: the numbered names in the Komponen
    column under it are components, as under the same heading unmerged (every area was lost, said only
    as IMPORT_AREA_UNKNOWN for the components)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"])
    ws.append(["No", "Komponen", "Indikator", "Langkah Aksi", "Bukti Fisik", "Target dan Waktu"])
    ws.append(["I", "MANAJEMEN PERUBAHAN"])
    ws.merge_cells("B3:F3")
    ws.append(
        [
            "1.",
            "Tim Kerja",
            "a. Unit kerja telah membentuk tim",
            "Pembentukan tim melalui SK",
            "SK",
            "Januari 2025",
        ]
    )
    ws.append(
        [
            None,
            None,
            "b. Penentuan anggota tim",
            "Seleksi anggota tim",
            "Notulen",
            "Januari 2025 : seleksi\nFebruari 2025 : penetapan",
        ]
    )
    ws.append(["II", "PENGUATAN PENGAWASAN"])
    ws.merge_cells("B6:F6")
    ws.append(
        [
            "1.",
            "Pengendalian Gratifikasi",
            "a. Public campaign",
            "Kampanye anti gratifikasi",
            "Foto",
            "Maret 2025\nSeptember 2025",
        ]
    )
    wb.save(tmp_path / "rencana-aksi.xlsx")
    got = import_plan(tmp_path / "rencana-aksi.xlsx", rubric)
    assert [(a.kegiatan, a.sub_kegiatan, a.months, a.area) for a in got.unit.activities] == [
        ("Tim Kerja", "Pembentukan tim melalui SK", (1,), "manajemen-perubahan"),
        ("Tim Kerja", "Seleksi anggota tim", (1, 2), "manajemen-perubahan"),
        ("Pengendalian Gratifikasi", "Kampanye anti gratifikasi", (3, 9), "penguatan-pengawasan"),
    ]
    assert "IMPORT_AREA_UNKNOWN" not in {f.code for f in got.findings}


def test_steps_written_under_their_kegiatan_in_its_column_are_its_sub_kegiatan(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "1 | Pembentukan Tim Kerja" over "1.1 | …" and "1.2 | …", or over "- …" and "a. …" rows: the heading
    row was an activity without months, and each step an activity with itself as the kegiatan."""
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Area", "Kegiatan", "Output", *MONTHS],
            ["1", "Manajemen Perubahan", "Pembentukan Tim Kerja"],
            ["1.1", None, "Penyusunan draf SK tim", "Draf SK", *_marks(1)],
            ["1.2", None, "Penetapan SK tim", "SK", *_marks(2)],
            ["2", "Penguatan Pengawasan", "Pengendalian gratifikasi"],
            [None, None, "- Sosialisasi gratifikasi", "Laporan", *_marks(3)],
            [None, None, "- Pelaporan gratifikasi", "Laporan", *_marks(6)],
            ["3", "Penguatan Pengawasan", "Penerapan SPIP"],
            [None, None, "a. Penilaian risiko", "Dokumen", *_marks(4)],
            [
                "4",
                "Penguatan Pengawasan",
                "Penyusunan peta risiko",
                "Dokumen",
                *_marks(5),
            ],  # no steps: itself
            # a kegiatan with its own schedule over numbered steps stays an activity, the steps under it
            ["5", "Manajemen Perubahan", "Sosialisasi ZI", None, *_marks(2, 5)],
            ["5.1", None, "Sosialisasi kepada pegawai", "Foto", *_marks(2)],
        ],
    )
    assert [(a.kegiatan, a.sub_kegiatan, a.months) for a in got.unit.activities] == [
        ("Pembentukan Tim Kerja", "Penyusunan draf SK tim", (1,)),
        ("Pembentukan Tim Kerja", "Penetapan SK tim", (2,)),
        ("Pengendalian gratifikasi", "- Sosialisasi gratifikasi", (3,)),
        ("Pengendalian gratifikasi", "- Pelaporan gratifikasi", (6,)),
        ("Penerapan SPIP", "a. Penilaian risiko", (4,)),
        ("Penyusunan peta risiko", None, (5,)),
        ("Sosialisasi ZI", None, (2, 5)),
        ("Sosialisasi ZI", "Sosialisasi kepada pegawai", (2,)),
    ]
    assert [a.area for a in got.unit.activities][:2] == ["manajemen-perubahan"] * 2
    headings = [ln.line for ln in got.lines if ln.reason == "kegiatan heading"]
    assert len(headings) == 3


def test_an_area_heading_with_marks_summing_up_its_activities_is_a_heading(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "I | MANAJEMEN PERUBAHAN" marked in the months of the activities under it: it became an activity
    and every activity under it lost its area."""
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Kegiatan", "Output", *MONTHS],
            ["I", "MANAJEMEN PERUBAHAN", None, *_marks(1, 2)],
            [1, "Pembentukan tim kerja", "SK", *_marks(1)],
            [2, "Penyusunan rencana kerja", "Dokumen", *_marks(2)],
            ["II", "PENGUATAN PENGAWASAN", None, *_marks(4)],
            [1, "Penilaian risiko", "Dokumen", *_marks(4)],
        ],
    )
    assert _acts(got) == [
        ("Pembentukan tim kerja", (1,), "manajemen-perubahan"),
        ("Penyusunan rencana kerja", (2,), "manajemen-perubahan"),
        ("Penilaian risiko", (4,), "penguatan-pengawasan"),
    ]


@pytest.mark.parametrize("realised_first", [True, False], ids=["realisasi-first", "rencana-first"])
def test_a_block_of_months_headed_realisasi_is_no_schedule_wherever_it_stands(
    tmp_path: Path, rubric: Rubric, realised_first: bool
) -> None:
    """ "Realisasi Pelaksanaan" over the first twelve months and "Rencana Pelaksanaan" over the next: the
    first block was read as the schedule (what was done, not what was planned), and the finding said
    the planned block was no schedule."""
    heads = ["Realisasi Pelaksanaan", "Rencana Pelaksanaan"]
    if not realised_first:
        heads.reverse()
    done, planned = _marks(1), _marks(1, 4)
    row = [*done, *planned] if realised_first else [*planned, *done]
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Area", "Kegiatan", heads[0], *[None] * 11, heads[1], *[None] * 11],
            [None, None, None, *MONTHS, *MONTHS],
            [1, "Manajemen Perubahan", "Rapat koordinasi tim kerja", *row],
        ],
    )
    assert _acts(got) == [("Rapat koordinasi tim kerja", (1, 4), "manajemen-perubahan")]
    (said,) = [f for f in got.findings if f.code == "IMPORT_MONTHS_NOT_READ"]
    assert "realisasi" in said.action and said.value.startswith("Realisasi Pelaksanaan")


def test_a_gantt_bar_with_words_in_it_schedules_the_months_it_covers(tmp_path: Path, rubric: Rubric) -> None:
    """A cell merged across months reading "Januari - Desember" or "Maret s.d. Mei", or a shaded month
    cell with a word ("SK"): each month was "not scheduled" (IMPORT_UNKNOWN_MARK), the activity had none."""
    from openpyxl.styles import PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"])
    ws.append(["No", "Area", "Kegiatan", "Output", *MONTHS])
    ws.append([1, "Manajemen Perubahan", "Rapat monev bulanan", "Laporan", "Januari - Desember"])
    ws.merge_cells("E3:P3")
    ws.append([2, "Penguatan Pengawasan", "Sosialisasi gratifikasi", "Laporan", None, None, "Maret s.d. Mei"])
    ws.merge_cells("G4:I4")
    ws.append([3, "Manajemen Perubahan", "Penetapan SK tim", "SK", "SK"])
    ws["E5"].fill = PatternFill("solid", fgColor="FF00B050")
    ws.append([4, "Manajemen Perubahan", "Penyusunan rencana kerja", "Dokumen", "draf"])  # a word alone
    ws.append([5, "Manajemen Perubahan", "Studi banding", "Laporan", None, None, "Ditunda"])
    ws.merge_cells("G7:I7")  # a bar saying its months are not scheduled
    wb.save(tmp_path / "rencana-aksi.xlsx")
    got = import_plan(tmp_path / "rencana-aksi.xlsx", rubric)
    assert [(a.kegiatan, a.months) for a in got.unit.activities] == [
        ("Rapat monev bulanan", tuple(range(1, 13))),
        ("Sosialisasi gratifikasi", (3, 4, 5)),
        ("Penetapan SK tim", (1,)),
        ("Penyusunan rencana kerja", ()),
        ("Studi banding", ()),
    ]
    unknown = [f for f in got.findings if f.code == "IMPORT_UNKNOWN_MARK"]
    # a word in an unshaded, unmerged cell, and a bar saying "Ditunda", are still said
    assert [f.value for f in unknown] == ["draf", "Ditunda", "Ditunda", "Ditunda"]


@pytest.mark.parametrize(
    ("title", "predicate"),
    [
        (
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)",
            "WBBM",
        ),
        ("RENCANA AKSI ZI MENUJU WBBM TAHUN 2025", "WBBM"),
        ("RENCANA AKSI ZONA INTEGRITAS MENUJU WBK/WBBM", "WBK"),  # WBK first
        ("RENCANA AKSI ZONA INTEGRITAS", "WBK"),
    ],
)
def test_a_plan_towards_wbbm_is_evaluated_for_wbbm(
    tmp_path: Path, rubric: Rubric, title: str, predicate: str
) -> None:
    """The title's predicate was not read: a plan towards WBBM was judged by WBK's thresholds."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(["No", "Area", "Kegiatan", "Output", *MONTHS])
    ws.append([1, "Manajemen Perubahan", "Pembentukan tim kerja", "SK", *_marks(1)])
    wb.save(tmp_path / "rencana-aksi-2025.xlsx")
    assert import_plan(tmp_path / "rencana-aksi-2025.xlsx", rubric).unit.unit.target_predicate == predicate


@pytest.mark.parametrize(
    ("char", "font"), [("ü", "Wingdings"), ("P", "Wingdings 2"), ("l", "Wingdings"), ("Ö", "Symbol")]
)
def test_a_month_ticked_with_a_symbol_font_in_excel_is_a_mark(
    tmp_path: Path, rubric: Rubric, char: str, font: str
) -> None:
    """Insert > Symbol in Excel stores "ü" in Wingdings (a ✓ on screen): every month was an unknown mark."""
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"])
    ws.append(["No", "Area", "Kegiatan", "Output", *MONTHS])
    ws.append([1, "Manajemen Perubahan", "Pembentukan tim kerja", "SK", char, None, char])
    for cell in ("E3", "G3"):
        ws[cell].font = Font(name=font)
    ws.append(
        [2, "Manajemen Perubahan", "Rapat koordinasi", "Notulen", None, char]
    )  # no symbol font: a letter
    wb.save(tmp_path / "rencana-aksi.xlsx")
    got = import_plan(tmp_path / "rencana-aksi.xlsx", rubric)
    assert [a.months for a in got.unit.activities] == [(1, 3), ()]
    assert [f.value for f in got.findings if f.code == "IMPORT_UNKNOWN_MARK"] == [char]


@pytest.mark.parametrize(
    ("written", "area"),
    [
        ("Manajemen Perubaha", "manajemen-perubahan"),
        ("Penataan Tatalaksanan", "penataan-tatalaksana"),
        ("Penguatan Pengawsan", "penguatan-pengawasan"),
        ("Peningkatan Kualitas Pelayanan Publlik", "pelayanan-publik"),
        ("Peningkatan Kualitas Pelayanan", "pelayanan-publik"),
        ("Pelayanan Prima", "pelayanan-publik"),
        ("Penataan Organisasi", None),  # an RB area that is no ZI area stays none
        ("Pengembangan Pariwisata Daerah", None),  # nothing near: said, not guessed
        # the areas in English, as some units' plans name them (a probe: every one was unknown)
        ("Change Management", "manajemen-perubahan"),
        ("Governance Arrangement", "penataan-tatalaksana"),
        ("Human Resource Management System", "penataan-sdm"),
        ("Accountability Strengthening", "penguatan-akuntabilitas"),
        ("Supervision Strengthening", "penguatan-pengawasan"),
        ("Public Service Quality Improvement", "pelayanan-publik"),
    ],
)
def test_an_area_name_with_a_typo_is_the_area_it_nearly_is(
    tmp_path: Path, rubric: Rubric, written: str, area: str | None
) -> None:
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Area", "Kegiatan", "Output", *MONTHS],
            [1, written, "Rapat koordinasi tim", "Notulen", *_marks(1)],
        ],
    )
    assert [a.area for a in got.unit.activities] == [area]


def test_a_numbered_component_whose_name_holds_an_areas_word_stays_in_its_area(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Shape A: "3. | Pengawasan Disiplin Pegawai" under "III | PENATAAN SISTEM MANAJEMEN SDM" moved the
    activity (and the next) to Penguatan Pengawasan; "Manajemen Perubahan Proses Bisnis" under
    Tatalaksana to Manajemen Perubahan, silently."""
    got = _import(
        tmp_path,
        rubric,
        [
            ["No", "Komponen", "Rencana Aksi", *MONTHS],
            ["III", "PENATAAN SISTEM MANAJEMEN SDM"],
            ["1.", "Pengawasan Disiplin Pegawai", "Rekap disiplin pegawai bulanan", *_marks(1)],
            ["2.", "Pengembangan Kompetensi", "Analisis kesenjangan kompetensi", *_marks(2)],
            ["II", "PENATAAN TATALAKSANA"],
            ["1.", "Manajemen Perubahan Proses Bisnis", "Reviu peta proses bisnis", *_marks(3)],
        ],
    )
    assert [(a.kegiatan, a.area) for a in got.unit.activities] == [
        ("Pengawasan Disiplin Pegawai", "penataan-sdm"),
        ("Pengembangan Kompetensi", "penataan-sdm"),
        ("Manajemen Perubahan Proses Bisnis", "penataan-tatalaksana"),
    ]


def test_a_page_repeating_the_first_area_heading_with_the_header_keeps_the_current_area(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Word or Excel repeating two rows on every page, the header and the first area heading under it:
    the rows of page 2 (still SDM) went to Manajemen Perubahan."""
    header = ["No", "Komponen", "Langkah Aksi", *MONTHS]
    got = _import(
        tmp_path,
        rubric,
        [
            header,
            ["I", "MANAJEMEN PERUBAHAN"],
            ["1.", "Tim Kerja", "Pembentukan tim", *_marks(1)],
            ["III", "PENATAAN SISTEM MANAJEMEN SDM"],
            ["1.", "Perencanaan Kebutuhan Pegawai", "Analisis kebutuhan pegawai", *_marks(2)],
            header,
            ["I", "MANAJEMEN PERUBAHAN"],
            ["2.", "Penegakan Disiplin", "Rekap kehadiran pegawai", *_marks(3)],
        ],
    )
    assert [a.area for a in got.unit.activities] == ["manajemen-perubahan", "penataan-sdm", "penataan-sdm"]


@pytest.mark.parametrize(
    ("char", "font", "by_parent"), [("ü", "Wingdings", False), ("P", "Wingdings 2", True)]
)
def test_a_month_ticked_with_a_symbol_font_in_an_ods_is_a_mark(
    tmp_path: Path, rubric: Rubric, char: str, font: str, by_parent: bool
) -> None:
    """The same tick in an .ods (python-calamine gives values, no fonts): every month was an unknown mark.
    The font is the cell style's, or its parent's (a named style of styles.xml)."""
    from xml.sax.saxutils import escape

    from tests.hostile_workbooks import write_ods_package

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"'
    )
    faces = f'<office:font-face-decls><style:font-face style:name="Tick Font" svg:font-family="{font}"/></office:font-face-decls>'
    tick = '<style:text-properties style:font-name="Tick Font"/>'
    named = f'<style:style style:name="Tick" style:family="table-cell">{tick}</style:style>'
    own = (
        '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Tick"/>'
        if by_parent
        else f'<style:style style:name="ce1" style:family="table-cell">{tick}</style:style>'
    )

    def cell(text: str, style: str = "") -> str:
        at = f' table:style-name="{style}"' if style else ""
        if not text:
            return f"<table:table-cell{at}/>"
        return f'<table:table-cell office:value-type="string"{at}><text:p>{escape(text)}</text:p></table:table-cell>'

    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"

    body = (
        row(cell("RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"))
        + row(*(cell(h) for h in ["No", "Area", "Kegiatan", "Output", *MONTHS]))
        + row(
            cell("1"),
            cell("Manajemen Perubahan"),
            cell("Pembentukan tim kerja"),
            cell("SK"),
            cell(char, "ce1"),
            cell(""),
            cell(char, "ce1"),
        )
        + row(
            cell("2"),
            cell("Manajemen Perubahan"),
            cell("Rapat koordinasi"),
            cell("Notulen"),
            cell(""),
            cell(char),
        )
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>{faces}'
        f"<office:automatic-styles>{own}</office:automatic-styles><office:body><office:spreadsheet>"
        f'<table:table table:name="RA">{body}</table:table></office:spreadsheet></office:body></office:document-content>'
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns}>{faces}'
        f"<office:styles>{named}</office:styles></office:document-styles>"
    )
    path = write_ods_package(tmp_path / "rencana-aksi.ods", content, styles)
    got = import_plan(path, rubric)
    assert [a.months for a in got.unit.activities] == [(1, 3), ()]
    assert [f.value for f in got.findings if f.code == "IMPORT_UNKNOWN_MARK"] == [char]
