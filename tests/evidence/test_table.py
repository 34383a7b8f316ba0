"""A table of links read into evidence records: LKE-shaped workbooks and plain item → link tables."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter

from tests.lke.shapes import Shape, full_unit, google_sheets, render, write_csv, write_xlsx
from zi_eval.errors import InputError
from zi_eval.evidence.table import read_links_table
from zi_eval.evidence.table_columns import role_of
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Evidence

DRIVE = "https://drive.google.com/file/d/"


def _lke_with_links(tmp_path: Path, rubric: Rubric, shape: Shape | None = None) -> Path:
    cells = {
        "P.1.i.a": f"1. SK Tim Kerja ZI {DRIVE}1SkTim/view?usp=sharing\n2. Notulen pembentukan {DRIVE}2Notulen/view",
        "P.1.i.b": f"Mekanisme pemilihan anggota tim\n{DRIVE}3Mekanisme/view",
        "P.2.i.a": "https://zi.pa-uji.go.id/sop/SOP%20Layanan.pdf; https://zi.pa-uji.go.id/sop/Peta%20Proses.pdf",
        "R.1.ii": "Foto komitmen pimpinan (belum diunggah)",
        # the same document listed under two items is one record supporting both
        "P.1.ii.a": f"SK Tim Kerja ZI {DRIVE}1SkTim/view?usp=sharing",
    }
    base = shape or Shape()
    base.evidence.update(cells)
    rows, _ = render(full_unit(rubric), rubric, base)
    path = tmp_path / "LKE ZI 2025.xlsx"
    write_xlsx(path, {base.sheet: rows})
    return path


def _by_title(records: tuple[Evidence, ...]) -> dict[str, Evidence]:
    return {e.title: e for e in records}


def test_an_lke_workbook_gives_one_record_per_link_of_its_data_dukung_cells(
    tmp_path: Path, rubric: Rubric
) -> None:
    scan = read_links_table(_lke_with_links(tmp_path, rubric), rubric)
    got = _by_title(scan.records)
    assert sorted(got) == sorted(
        [
            "SK Tim Kerja ZI",
            "Notulen pembentukan",
            "Mekanisme pemilihan anggota tim",
            "SOP Layanan.pdf",
            "Peta Proses.pdf",
        ]
    )
    assert got["SK Tim Kerja ZI"].url == f"{DRIVE}1SkTim/view?usp=sharing"
    assert got["SK Tim Kerja ZI"].supports == ("P.1.i.a", "P.1.ii.a")
    assert got["Notulen pembentukan"].supports == ("P.1.i.a",)
    assert got["Mekanisme pemilihan anggota tim"].url == f"{DRIVE}3Mekanisme/view"
    assert got["Peta Proses.pdf"].supports == ("P.2.i.a",)
    # a name with no link nor file is no evidence that exists ("belum diunggah": not uploaded); said
    assert {e.kind for e in scan.records} == {"tautan"}
    assert scan.files == 5
    assert [(f["code"], f["theirs"]) for f in scan.findings] == [
        ("EVIDENCE_TABLE_NO_LINK", "Foto komitmen pimpinan (belum diunggah)")
    ]


def test_the_same_table_gives_the_same_ids_and_a_google_copy_the_same_records(
    tmp_path: Path, rubric: Rubric
) -> None:
    one = read_links_table(_lke_with_links(tmp_path, rubric), rubric)
    again = read_links_table(_lke_with_links(tmp_path, rubric), rubric)
    assert one.records == again.records
    (tmp_path / "copy").mkdir()
    gs = google_sheets(columns=("bobot", "penjelasan", "type", "answer", "evidence", "catatan"))
    copy = read_links_table(_lke_with_links(tmp_path / "copy", rubric, gs), rubric)
    assert sorted(copy.records, key=lambda e: e.id) == sorted(one.records, key=lambda e: e.id)
    assert len({e.id for e in one.records}) == len(one.records)


ROWS: list[list[Any]] = [
    # notation, title, link, date
    ["P.1.i.a", "SK Tim Kerja", "https://zi.uji.go.id/sk-tim.pdf", "2025-01-12"],
    ["A.1.I.i b", "", "https://zi.uji.go.id/mekanisme", ""],
    [
        "1. Manajemen Perubahan / ii. Rencana Pembangunan Zona Integritas / a. x",
        "Rencana kerja",
        "https://zi.uji.go.id/rk",
        "",
    ],
    ["Komitmen Pimpinan", "Foto apel", "https://zi.uji.go.id/foto-apel.jpg", "03/02/2025"],
    ["R.1.iii", "Budaya kerja", "https://zi.uji.go.id/budaya", "TW II 2025"],
    ["1.i.a", "Ambigu", "https://zi.uji.go.id/ambigu", ""],  # Pemenuhan or Reform: not said
    ["Lain-lain", "Tidak jelas", "https://zi.uji.go.id/lain", ""],  # names no item
    ["AREA II. PENATAAN TATALAKSANA", "", "", ""],  # a heading row
    ["P.2.i.a", "SOP belum ada", "", ""],  # an item with no link: claims nothing
    ["P.1.i.b", "SK Tim (lagi)", "https://zi.uji.go.id/sk-tim.pdf", ""],  # same link, second item
]
HEADERS = [
    ["Kode LKE", "Judul Dokumen", "Tautan", "Tanggal"],
    ["Butir", "Nama Data Dukung", "Link Bukti", "Tgl"],
    ["Kriteria", "Keterangan", "URL", "Tanggal Dokumen"],
]


def _expect_plain(scan: Any, name: str) -> None:
    got = {e.url: e for e in scan.records}
    assert set(got) == {
        "https://zi.uji.go.id/sk-tim.pdf",
        "https://zi.uji.go.id/mekanisme",
        "https://zi.uji.go.id/rk",
        "https://zi.uji.go.id/foto-apel.jpg",
        "https://zi.uji.go.id/budaya",
    }
    budaya = got["https://zi.uji.go.id/budaya"]
    assert (budaya.date, budaya.months, budaya.supports) == (None, (4, 5, 6), ("R.1.iii",))
    sk = got["https://zi.uji.go.id/sk-tim.pdf"]
    assert (sk.title, sk.supports, sk.date, sk.months) == (
        "SK Tim Kerja",
        ("P.1.i.a", "P.1.i.b"),
        dt.date(2025, 1, 12),
        (1,),
    )
    assert got["https://zi.uji.go.id/mekanisme"].title == "mekanisme"  # no title: the URL's last segment
    assert got["https://zi.uji.go.id/mekanisme"].supports == ("P.1.i.b",)
    assert got["https://zi.uji.go.id/rk"].supports == ("P.1.ii.a",)
    assert got["https://zi.uji.go.id/foto-apel.jpg"].supports == ("R.1.ii",)
    assert got["https://zi.uji.go.id/foto-apel.jpg"].months == (2,)
    # every row with a link is a record or a finding naming its row (header on row 1: data from row 2)
    codes = {(f["code"], f["line"]) for f in scan.findings}
    assert codes == {("EVIDENCE_TABLE_ROW_AMBIGUOUS", 7), ("EVIDENCE_TABLE_ROW_UNREAD", 8)}
    amb = next(f for f in scan.findings if f["line"] == 7)
    assert amb["ours"] == "P.1.i.a, R.1.i.a" and amb["path"] == name
    assert scan.files == 8


@pytest.mark.parametrize("header", HEADERS, ids=["kode-lke", "butir", "kriteria"])
def test_a_plain_csv_table_reads_items_in_any_notation_and_reports_each_bad_row(
    tmp_path: Path, rubric: Rubric, header: list[str]
) -> None:
    path = tmp_path / "tautan data dukung.csv"
    write_csv(path, [header, *ROWS], delimiter=";")
    _expect_plain(read_links_table(path, rubric), path.name)


def test_a_plain_xlsx_table_under_a_title_with_real_dates_and_a_number_column(
    tmp_path: Path, rubric: Rubric
) -> None:
    path = tmp_path / "links.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data Dukung")
    dates = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write_row(0, 0, ["DAFTAR DATA DUKUNG ZONA INTEGRITAS 2025"])
    ws.write_row(2, 0, ["No", "Kode", "Nama Dokumen", "Link", "Tanggal"])
    for i, (code, title, link, day) in enumerate(ROWS):
        ws.write_number(3 + i, 0, i + 1)
        ws.write_row(3 + i, 1, [code, title, link])
        if day[:1].isdigit():  # real dates as the spreadsheet stores them; words stay words
            d = dt.datetime.strptime(day, "%Y-%m-%d" if "-" in day else "%d/%m/%Y")
            ws.write_datetime(3 + i, 4, d, dates)
        elif day:
            ws.write_string(3 + i, 4, day)
    wb.close()
    scan = read_links_table(path, rubric)
    # the same records as the CSV; the rows are two lower (a title and a blank line above the header)
    for f in scan.findings:
        f["line"] -= 2
    _expect_plain(scan, path.name)
    assert {f["value"] for f in scan.findings} == {"links.xlsx:Data Dukung!D9", "links.xlsx:Data Dukung!D10"}


def test_local_paths_are_kept_inside_the_unit_folder_and_refused_outside_it(
    tmp_path: Path, rubric: Rubric
) -> None:
    unit_dir = tmp_path / "unit"
    (unit_dir / "data dukung").mkdir(parents=True)
    (unit_dir / "data dukung" / "SK Tim.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "elsewhere.pdf").write_bytes(b"%PDF-1.4")
    table = unit_dir / "tabel.csv"
    rows = [
        ["Kode", "Data Dukung"],
        ["P.1.i.a", "SK Tim\ndata dukung\\SK Tim.pdf"],
        ["P.1.i.b", "../elsewhere.pdf"],
        ["P.1.ii.a", "data dukung/hilang.pdf"],
        ["P.1.ii.b", "D:\\ZI\\SK.pdf"],
    ]
    with table.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    scan = read_links_table(table, rubric, unit_dir=unit_dir)
    assert [(e.title, e.path, e.url, e.supports) for e in scan.records] == [
        ("SK Tim", "data dukung/SK Tim.pdf", None, ("P.1.i.a",))
    ]
    assert [(f["code"], f["line"], f["theirs"]) for f in scan.findings] == [
        ("EVIDENCE_TABLE_PATH_OUTSIDE", 3, "../elsewhere.pdf"),
        ("EVIDENCE_TABLE_PATH_MISSING", 4, "data dukung/hilang.pdf"),
        ("EVIDENCE_TABLE_PATH_OUTSIDE", 5, "D:\\ZI\\SK.pdf"),
    ]
    assert scan.skipped == 3


def test_a_table_without_an_item_and_a_link_column_is_refused(tmp_path: Path, rubric: Rubric) -> None:
    path = tmp_path / "daftar.csv"
    write_csv(path, [["Nama", "Jabatan"], ["Budi", "Ketua"]])
    with pytest.raises(InputError) as exc:
        read_links_table(path, rubric)
    assert "a header row naming an item column" in str(exc.value)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Link Dokumen", "link"),
        ("Nama Data Dukung", "title"),
        ("Data Dukung", "evidence"),
        ("No.", "number"),
        ("Nomor SK", None),
        ("Kode LKE", "code"),
        ("Bulan Pelaksanaan", "months"),
    ],
)
def test_header_words_name_the_column_roles(header: str, role: str | None) -> None:
    assert role_of(header) == role


def test_links_hidden_behind_cell_text_are_read_from_the_workbook(tmp_path: Path, rubric: Rubric) -> None:
    unit_dir = tmp_path
    (unit_dir / "Data Dukung").mkdir()
    (unit_dir / "Data Dukung" / "SK Tim.pdf").write_bytes(b"%PDF")
    path = unit_dir / "tautan.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Bukti")
    ws.write_row(0, 0, ["Kode", "Link"])
    ws.write(1, 0, "P.1.i.a")
    ws.write_url(1, 1, "https://drive.google.com/file/d/1SK/view", string="SK Tim Kerja")
    ws.write(2, 0, "P.1.i.b")
    ws.write_formula(
        2, 1, '=HYPERLINK("https://zi.uji.go.id/notulen","Notulen rapat")', None, "Notulen rapat"
    )
    ws.write(3, 0, "P.1.ii.a")
    ws.write_url(3, 1, "external:Data Dukung/SK Tim.pdf", string="Klik di sini")
    wb.close()
    scan = read_links_table(path, rubric, unit_dir=unit_dir)
    assert [(e.title, e.url, e.path, e.supports) for e in scan.records] == [
        ("SK Tim Kerja", "https://drive.google.com/file/d/1SK/view", None, ("P.1.i.a",)),
        ("Notulen rapat", "https://zi.uji.go.id/notulen", None, ("P.1.i.b",)),
        ("SK Tim.pdf", None, "Data Dukung/SK Tim.pdf", ("P.1.ii.a",)),  # "Klik di sini" names nothing,
    ]
    assert scan.findings == []


def test_an_lke_row_matched_to_no_item_with_links_is_reported_not_dropped(
    tmp_path: Path, rubric: Rubric
) -> None:
    shape = Shape(inserts={12: "Catatan tambahan evaluator tahun lalu"})
    shape.evidence["P.1.i.a"] = "https://zi.uji.go.id/sk"
    rows, where = render(full_unit(rubric), rubric, shape)
    ev_col = shape.offset + 6 + shape.columns.index("evidence")
    stray = next(i for i, r in enumerate(rows) if "Catatan tambahan evaluator tahun lalu" in r)
    rows[stray][ev_col] = "https://zi.uji.go.id/entah"
    # links on an indicator's own row support each of its items
    rows[where["P.1.i"] - 1][ev_col] = "Folder tim: https://zi.uji.go.id/tim"
    path = tmp_path / "lke.xlsx"
    write_xlsx(path, {shape.sheet: rows})
    scan = read_links_table(path, rubric)
    assert [(e.url, e.supports) for e in scan.records] == [
        ("https://zi.uji.go.id/tim", ("P.1.i.a", "P.1.i.b")),
        ("https://zi.uji.go.id/sk", ("P.1.i.a",)),
    ]
    assert [(f["code"], f["line"], f["theirs"]) for f in scan.findings] == [
        ("EVIDENCE_TABLE_ROW_UNREAD", stray + 1, "Catatan tambahan evaluator tahun lalu")
    ]
    assert scan.files == 3


def test_heading_rows_settle_letters_and_numbers_below_them(tmp_path: Path, rubric: Rubric) -> None:
    path = tmp_path / "bertingkat.csv"
    rows = [
        ["No", "Uraian", "Link Data Dukung"],
        ["I", "PEMENUHAN", ""],
        ["A.1.I.ii", "Rencana Pembangunan Zona Integritas", ""],
        ["a.", "Dokumen rencana kerja", "https://zi.uji.go.id/rk"],
        ["b.", "Target prioritas", "https://zi.uji.go.id/target"],
        ["1.i.a", "Unit kerja telah membentuk tim", "https://zi.uji.go.id/sk"],
        ["II", "REFORM", ""],
        ["1.i.a", "Komitmen dalam perubahan", "https://zi.uji.go.id/agen"],
        ["c.", "Lain-lain", "https://zi.uji.go.id/lain"],
    ]
    write_csv(path, rows)
    scan = read_links_table(path, rubric)
    assert [(e.url.rsplit("/", 1)[-1] if e.url else "", e.supports) for e in scan.records] == [
        ("rk", ("P.1.ii.a",)),
        ("target", ("P.1.ii.b",)),
        ("sk", ("P.1.i.a",)),
        ("agen", ("R.1.i.a",)),
    ]
    # "c." right under REFORM names nothing; P.1.ii.c further up is another section's: said, not guessed
    assert [(f["code"], f["line"]) for f in scan.findings] == [("EVIDENCE_TABLE_ROW_UNREAD", 9)]


def test_a_komponen_column_settles_pemenuhan_or_reform_on_its_row(tmp_path: Path, rubric: Rubric) -> None:
    """ "Pemenuhan | 1.i.a" on one row: each such row was ambiguous (P.1.i.a or R.1.i.a), its link dropped."""
    path = tmp_path / "tautan.csv"
    rows = [
        ["No", "Komponen", "Kode", "Nama Dokumen", "Link"],
        ["1", "Pemenuhan", "1.i.a", "SK Tim ZI 2025", "https://zi.uji.go.id/sk"],
        ["2", "Reform", "1.i.a", "Laporan agen perubahan", "https://zi.uji.go.id/agen"],
        ["3", "Reform", "5.iii.b", "Rekap LHKASN", "https://zi.uji.go.id/lhkasn"],
        ["4", "", "1.i.a", "Tanpa komponen", "https://zi.uji.go.id/entah"],
    ]
    write_csv(path, rows, delimiter=";")
    scan = read_links_table(path, rubric)
    assert [(e.url.rsplit("/", 1)[-1] if e.url else "", e.supports) for e in scan.records] == [
        ("sk", ("P.1.i.a",)),
        ("agen", ("R.1.i.a",)),
        ("lhkasn", ("R.5.iii.b",)),
    ]
    assert [(f["code"], f["line"]) for f in scan.findings] == [("EVIDENCE_TABLE_ROW_AMBIGUOUS", 5)]


def test_a_short_table_with_lke_words_in_its_header_is_read_as_a_plain_table(
    tmp_path: Path, rubric: Rubric
) -> None:
    path = tmp_path / "sebagian.csv"
    write_csv(
        path,
        [
            ["Kode", "Jawaban", "Nilai", "Link Bukti"],
            ["P.1.i.a", "Ya", "1", "https://zi.uji.go.id/sk"],
            ["P.1.i.b", "A", "1", "https://zi.uji.go.id/mekanisme"],
        ],
    )
    scan = read_links_table(path, rubric)
    assert [(e.url, e.supports) for e in scan.records] == [
        ("https://zi.uji.go.id/sk", ("P.1.i.a",)),
        ("https://zi.uji.go.id/mekanisme", ("P.1.i.b",)),
    ]


def test_a_code_written_once_for_a_group_of_rows_and_links_over_several_columns(
    tmp_path: Path, rubric: Rubric
) -> None:
    path = tmp_path / "kelompok.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Eviden")
    ws.write_row(0, 0, ["No", "Kode", "Data Dukung", "Link 1", "Link 2"])
    ws.merge_range(1, 1, 3, 1, "P.1.i.a")  # the code merged over three rows
    ws.write_row(1, 0, [1])
    ws.write_row(1, 2, ["SK Tim", "https://zi.uji.go.id/sk"])
    ws.write_row(2, 0, [2])
    ws.write_row(2, 2, ["1. Undangan\n2. Daftar hadir", "https://zi.uji.go.id/und\nhttps://zi.uji.go.id/dh"])
    ws.write_row(3, 0, [3])
    ws.write_row(3, 3, ["https://zi.uji.go.id/foto1", "https://zi.uji.go.id/foto2"])
    ws.write_row(
        4, 0, [4, "", "", "https://zi.uji.go.id/yatim"]
    )  # no code: the item above (a CSV of a merged cell looks so)
    ws.write_row(5, 0, [5, "AREA II", ""])
    ws.write_row(6, 0, [6, "", "", "https://zi.uji.go.id/area2"])  # under a heading, not an item
    wb.close()
    scan = read_links_table(path, rubric)
    assert [(e.title, e.url.rsplit("/", 1)[-1] if e.url else "", e.supports) for e in scan.records] == [
        ("SK Tim", "sk", ("P.1.i.a",)),
        ("Undangan", "und", ("P.1.i.a",)),
        ("Daftar hadir", "dh", ("P.1.i.a",)),
        ("foto1", "foto1", ("P.1.i.a",)),
        ("foto2", "foto2", ("P.1.i.a",)),
        ("yatim", "yatim", ("P.1.i.a",)),
    ]
    assert [(f["code"], f["line"], f["theirs"]) for f in scan.findings] == [
        ("EVIDENCE_TABLE_ROW_UNREAD", 7, "AREA II | 5")
    ]


def test_the_committed_lke_copies_in_every_format(rubric: Rubric, data_dir: Path) -> None:
    for name in ("official-filled.xlsx", "official-filled.xls"):
        scan = read_links_table(data_dir / "lke" / name, rubric)
        assert [(e.title, e.url, e.supports) for e in scan.records] == [
            ("sk-tim.pdf", "https://drive.example.go.id/zi/sk-tim.pdf", ("P.1.i.a",))
        ], name
    # the Google copy dropped its Data Dukung column: refused, never read as "no evidence at all"
    for name in ("google-copy.ods", "google-copy.csv"):
        with pytest.raises(InputError) as exc:
            read_links_table(data_dir / "lke" / name, rubric)
        assert "columns: must be an LKE sheet with a Data Dukung / Link Bukti column" in str(exc.value)


def test_an_lke_without_links_beside_a_sheet_of_links_reads_that_sheet(
    tmp_path: Path, rubric: Rubric
) -> None:
    shape = google_sheets()  # no Data Dukung column on the LKE sheet
    rows, _ = render(full_unit(rubric), rubric, shape)
    path = tmp_path / "lke-dan-tautan.xlsx"
    links = [["Kode LKE", "Tautan"], ["P.1.i.a", "https://zi.uji.go.id/sk"]]
    write_xlsx(path, {shape.sheet: rows, "Tautan Data Dukung": links})
    scan = read_links_table(path, rubric)
    assert [(e.url, e.supports) for e in scan.records] == [("https://zi.uji.go.id/sk", ("P.1.i.a",))]


def test_a_row_quoting_a_question_that_starts_with_its_indicators_name_supports_that_item(
    rubric: Rubric, tmp_path: Path
) -> None:
    """ "Penanganan Benturan Kepentingan telah diimplementasikan" is P.5.v.c's question; read as a path it
    named its indicator, and the link went to all five of its items (more items evidenced, silently)."""
    from zi_eval.lke.codes import item_refs

    table = tmp_path / "tautan.csv"
    rows = [("Uraian", "Link")]
    for code in ("P.5.v.c", "P.5.iv.a", "P.5.i.b"):
        rows.append((rubric.items[code].item.question, f"https://x.go.id/{code}"))
    table.write_text("\n".join(f'"{a}",{b}' for a, b in rows) + "\n", encoding="utf-8")
    scan = read_links_table(table, rubric)
    assert {e.url: e.supports for e in scan.records} == {
        f"https://x.go.id/{c}": (c,) for c in ("P.5.v.c", "P.5.iv.a", "P.5.i.b")
    }
    assert item_refs("Penanganan Benturan Kepentingan", rubric) == ("P.5.v",)  # the name alone: the indicator


def test_an_item_cell_merged_down_is_each_covered_rows_item(tmp_path: Path, rubric: Rubric) -> None:
    """``Kode Butir`` merged over A2:A4 ("P.2.i.b") and A5:A6 ("R.1.ii") beside an Uraian column naming each
    document: 2 links of 5 were recorded, the rows under the merge dropped with a message quoting their
    Uraian ('SOP 2') as the item column. A row whose cells name no item is said with the cells read."""
    path = tmp_path / "merged.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data Dukung")
    ws.write_row(0, 0, ["Kode Butir", "Uraian", "Tautan"])
    ws.merge_range(1, 0, 3, 0, "P.2.i.b")
    ws.merge_range(4, 0, 5, 0, "R.1.ii")
    for r, (what, doc) in enumerate(
        [("SOP 1", "s1"), ("SOP 2", "s2"), ("SOP 3", "s3"), ("Renstra", "r1"), ("Target RB", "r2")], start=1
    ):
        ws.write_row(r, 1, [what, f"{DRIVE}{doc}/view"])
    ws.write_row(6, 0, ["entah", "Catatan rapat", f"{DRIVE}x1/view"])
    wb.close()
    scan = read_links_table(path, rubric)
    assert [(e.url.split("/")[-2] if e.url else "", e.supports) for e in scan.records] == [
        ("s1", ("P.2.i.b",)),
        ("s2", ("P.2.i.b",)),
        ("s3", ("P.2.i.b",)),
        ("r1", ("R.1.ii",)),
        ("r2", ("R.1.ii",)),
    ]
    assert [(f["code"], f["line"], f["theirs"], f["what"]) for f in scan.findings] == [
        ("EVIDENCE_TABLE_ROW_UNREAD", 7, "entah | Catatan rapat", "A7 (Kode Butir), B7 (Uraian)")
    ]


def test_a_link_showing_lihat_is_titled_by_the_rows_description_and_not_also_said_to_have_none(
    tmp_path: Path, rubric: Rubric
) -> None:
    """``=HYPERLINK(url,"Lihat")`` beside a Data Dukung cell naming the document: the records were titled
    "Lihat" and "Buka", and the same rows were also said to name their document without a link
    (EVIDENCE_TABLE_NO_LINK), contradicting the records written."""
    path = tmp_path / "formula.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Link")
    ws.write_row(0, 0, ["Kode", "Data Dukung", "Link Bukti"])
    rows = [
        ("P.3.iv.a", "Perjanjian kinerja individu", f'=HYPERLINK("{DRIVE}pk/view","Lihat")', "Lihat"),
        ("P.3.iv.b", "SKP", f'=HYPERLINK("{DRIVE}skp/view";"Buka")', "Buka"),
        ("P.3.iv.c", "", f'=HYPERLINK("{DRIVE}unduh/view","Unduh")', "Unduh"),  # no description: its address
        (
            "P.1.i.a",
            "SK Tim ZI",
            f'=HYPERLINK("{DRIVE}sk/view","SK Tim 2025")',
            "SK Tim 2025",
        ),  # its own name
    ]
    for r, (code, named, formula, shown) in enumerate(rows, start=1):
        ws.write_row(r, 0, [code, named])
        ws.write_formula(r, 2, formula, None, shown)
    wb.close()
    scan = read_links_table(path, rubric)
    assert [(e.title, e.url, e.supports) for e in scan.records] == [
        ("Perjanjian kinerja individu", f"{DRIVE}pk/view", ("P.3.iv.a",)),
        ("SKP", f"{DRIVE}skp/view", ("P.3.iv.b",)),
        ("unduh", f"{DRIVE}unduh/view", ("P.3.iv.c",)),
        ("SK Tim 2025", f"{DRIVE}sk/view", ("P.1.i.a",)),
    ]
    assert scan.findings == []
    assert scan.skipped == 0


def test_words_beside_a_link_that_name_nothing_leave_the_description_to_title_it(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "Link: https://… (folder)" beside "Laporan": the record was titled "Link" and "Laporan" said to have
    no link. Guards: a name over two bare links titles the first only, as before; a name beside a cell
    with no link is still a document named without one."""
    path = tmp_path / "tautan.csv"
    write_csv(
        path,
        [
            ["Kode", "Data Dukung", "Link"],
            ["P.4.ii.a", "Laporan", f"Link: {DRIVE}lap/view (folder)"],
            ["P.1.i.a", "SK Tim ZI", f"{DRIVE}a1/view\n{DRIVE}a2/view"],
            ["P.1.i.b", "Notulen pemilihan", "belum ada"],
        ],
    )
    scan = read_links_table(path, rubric)
    assert [(e.title, e.supports) for e in scan.records] == [
        ("Laporan", ("P.4.ii.a",)),
        ("SK Tim ZI", ("P.1.i.a",)),
        ("a2", ("P.1.i.a",)),
    ]
    assert [(f["code"], f["line"], f["theirs"]) for f in scan.findings] == [
        ("EVIDENCE_TABLE_NO_LINK", 4, "Notulen pemilihan")
    ]


def test_a_month_cell_as_a_number_or_a_month_of_a_year_is_read_and_any_other_is_said(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "3" and "03/2025" in a Bulan column gave no month, and nothing was said: a record without
    months counts for the whole year."""
    path = tmp_path / "tautan.csv"
    rows = [
        ["Kode", "Nama Dokumen", "Bulan", "Link"],
        ["P.1.i.a", "SK Tim", "3", "https://zi.uji.go.id/a"],
        ["P.1.i.b", "Notulen", "03/2025", "https://zi.uji.go.id/b"],
        ["P.1.ii.a", "Rencana kerja", "2025-06", "https://zi.uji.go.id/c"],
        ["R.1.i.a", "SK agen", "sesuai kebutuhan", "https://zi.uji.go.id/d"],
        ["R.1.ii", "Foto", "Maret", "https://zi.uji.go.id/e"],  # guards: as before
        ["R.1.iii", "Budaya", "", "https://zi.uji.go.id/f"],
    ]
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    scan = read_links_table(path, rubric)
    got = {e.url[-1]: e.months for e in scan.records}
    assert got == {"a": (3,), "b": (3,), "c": (6,), "d": (), "e": (3,), "f": ()}
    said = [(f["code"], f["line"], f["theirs"]) for f in scan.findings]
    assert said == [("EVIDENCE_TABLE_MONTH_UNREAD", 5, "sesuai kebutuhan")]


@pytest.mark.parametrize(("year", "read"), [(None, "2025"), (2025, "2025"), (2024, "2024")])
def test_link_columns_of_two_years_are_read_for_one_year_and_the_other_said(
    tmp_path: Path, rubric: Rubric, year: int | None, read: str
) -> None:
    """A probe's table (q6 K05) headed Kode | Dokumen | Link 2024 | Link 2025, scanned into a 2025 unit,
    made last year's links this year's evidence, nothing said. The unit's year is read (else the latest);
    the other year's column is said."""
    table = tmp_path / "links.csv"
    table.write_text(
        "Kode,Dokumen,Link 2024,Link 2025\n"
        "P.1.i.a,SK Tim ZI,https://drive.google.com/file/d/old1/view,https://drive.google.com/file/d/new1/view\n"
        "P.1.ii.a,Rencana Kerja,https://drive.google.com/file/d/old2/view,\n",
        encoding="utf-8",
    )
    scan = read_links_table(table, rubric, unit_dir=tmp_path, year=year)
    ids = {"2024": ["old1", "old2"], "2025": ["new1"]}[read]
    assert sorted(r.url.split("/")[-2] for r in scan.records if r.url) == ids
    (said,) = [f for f in scan.findings if f["code"] == "EVIDENCE_TABLE_OTHER_YEAR"]
    assert said["ours"] == read and said["theirs"] != f"Link {read}"


def test_a_link_behind_the_documents_name_and_a_short_description_title_the_record(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A probe's table (q6 K04): a hyperlink put on the Uraian cell with the Link cell left empty gave no
    record and nothing said; links shown as 'Lihat' were titled by their Drive ids ('1K04skp') though the
    row's Uraian named the document."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kode", "Uraian", "Link"])
    ws.append(["P.3.iv.a", "SKP Pegawai 2025", "Lihat"])
    ws["C2"].hyperlink = "https://drive.google.com/file/d/1skp/view"
    ws.append(["P.3.v", "Kode etik pegawai", None])
    ws["B3"].hyperlink = "https://drive.google.com/file/d/1etik/view"
    ws.append(
        [
            "P.1.i.a",
            "Apakah unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas?",
            "Lihat",
        ]
    )
    ws["C4"].hyperlink = "https://drive.google.com/file/d/1tim/view"
    wb.save(tmp_path / "links.xlsx")
    scan = read_links_table(tmp_path / "links.xlsx", rubric, unit_dir=tmp_path)
    got = sorted((r.supports, r.title) for r in scan.records)
    assert got == [
        (("P.1.i.a",), "1tim"),
        (("P.3.iv.a",), "SKP Pegawai 2025"),
        (("P.3.v",), "Kode etik pegawai"),
    ]


def test_links_in_other_columns_than_the_documents_name_are_no_evidence(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A review found every hyperlinked cell of a row read when its Link cell was empty: a Dasar Hukum's
    regulation, a Keterangan's template and a PIC's e-mail became evidence or findings."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kode", "Uraian", "Dasar Hukum", "PIC", "Keterangan", "Link"])
    ws.append(["P.1.ii.a", "Rencana kerja ZI", "PermenPAN-RB 90/2021", "Budi", "Template", None])
    ws["C2"].hyperlink = "https://peraturan.bpk.go.id/Details/190000"
    ws["D2"].hyperlink = "mailto:budi@kemenag.go.id"
    ws["E2"].hyperlink = "https://drive.google.com/file/d/1template/view"
    ws.append(["P.1.ii.b", "-", None, None, None, "Lihat"])
    ws["F3"].hyperlink = "https://drive.google.com/file/d/1target/view"
    wb.save(tmp_path / "links.xlsx")
    scan = read_links_table(tmp_path / "links.xlsx", rubric, unit_dir=tmp_path)
    assert [(r.supports, r.url) for r in scan.records] == [
        (("P.1.ii.b",), "https://drive.google.com/file/d/1target/view")
    ]
    assert scan.records[0].title != "-"
    assert not [f for f in scan.findings if f["code"] == "EVIDENCE_TABLE_NO_LINK"]


def _statuses(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A links table 'Kode | Data Dukung | Status | Link', one Drive file per row with its status."""
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [["Kode", "Data Dukung", "Status", "Link"]]
            + [
                [code, "Dokumen", status, f"{DRIVE}{path.stem}{n}/view"]
                for n, (code, status) in enumerate(rows)
            ]
        )
    return path


def test_a_status_saying_the_document_is_not_there_keeps_its_link_from_counting(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A probe's table (q8 K04) 'No | Kode | Data Dukung | Status | Link | PIC': a row whose Status is
    'Belum ada' or 'Proses' over a Drive link (a folder made ready, a draft) supported its item, and
    nothing was said. Such a row counts for nothing now, said; 'Ada', 'Lengkap', '-' or an empty status
    count as before."""
    path = tmp_path / "monitoring.csv"
    rows = [
        ["No", "Kode", "Data Dukung", "Status", "Link", "PIC"],
        ["1", "P.1.i.a", "SK Tim ZI", "Ada", f"{DRIVE}1a/view", "Sekretariat"],
        ["2", "P.1.i.b", "Notulen", "Belum ada", f"{DRIVE}1b/view", "Sekretariat"],
        ["3", "P.1.ii.a", "Rencana kerja", "Proses", f"{DRIVE}1c/view", "Subbag Umum"],
        ["4", "P.1.ii.b", "Monev", "-", f"{DRIVE}1d/view", ""],
        ["5", "P.2.i.a", "SOP", "", f"{DRIVE}1e/view", ""],
        ["6", "P.2.i.b", "Peta proses", "Lengkap", f"{DRIVE}1f/view", ""],
        # a second review's wordings: more words after the absence, or 'Belum' alone
        ["7", "P.2.ii.a", "Renstra TI", "Belum Ada Dokumen", f"{DRIVE}1g/view", ""],
        ["8", "P.2.ii.b", "SK SPBE", "Belum", f"{DRIVE}1h/view", ""],
        ["9", "P.2.ii.c", "Laporan", "Belum diupload ke drive", f"{DRIVE}1i/view", ""],
        ["10", "P.2.iii.a", "SK PPID", "Dalam penyusunan", f"{DRIVE}1j/view", ""],
    ]
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    scan = read_links_table(path, rubric)
    assert sorted(c for e in scan.records for c in e.supports) == [
        "P.1.i.a",
        "P.1.ii.b",
        "P.2.i.a",
        "P.2.i.b",
    ]
    said = [(f["code"], f["line"], f["theirs"]) for f in scan.findings]
    assert said == [
        ("EVIDENCE_TABLE_STATUS_ABSENT", 3, "Belum ada"),
        ("EVIDENCE_TABLE_STATUS_ABSENT", 4, "Proses"),
        ("EVIDENCE_TABLE_STATUS_ABSENT", 8, "Belum Ada Dokumen"),
        ("EVIDENCE_TABLE_STATUS_ABSENT", 9, "Belum"),
        ("EVIDENCE_TABLE_STATUS_ABSENT", 10, "Belum diupload ke drive"),
        ("EVIDENCE_TABLE_STATUS_ABSENT", 11, "Dalam penyusunan"),
    ]
    assert [f["value"] for f in scan.findings][:2] == ["monitoring.csv:csv!D3", "monitoring.csv:csv!D4"]
    assert role_of("Status") == role_of("Ketersediaan Data") == "status"
    assert role_of("Status Link") == "link"
    # the checkers' status is no evidence's (a review: every row 'Belum diverifikasi' counted for nothing)
    assert role_of("Status Verifikasi TPI") is None
    checked = _statuses(
        tmp_path / "verifikasi.csv",
        [("P.1.i.a", "Belum diverifikasi"), ("P.1.i.b", "Tidak sesuai"), ("P.1.ii.a", "x")],
    )
    assert len(read_links_table(checked, rubric).records) == 3
    # statuses saying the document is there, in words that open like an absence (a third review)
    ready = _statuses(
        tmp_path / "siap.csv",
        [
            ("P.1.i.a", "Disusun"),
            ("P.1.i.b", "Proses selesai"),
            ("P.1.ii.a", "Tidak ada catatan"),
            ("P.1.ii.b", "Pengumpulan lengkap"),
            ("P.1.ii.c", "Belum ada revisi"),
        ],
    )
    assert len(read_links_table(ready, rubric).records) == 5


def test_one_folder_link_for_items_of_several_indicators_supports_none(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A probe's table (q8 K10) gave the unit's root folder on all six rows: one record supported six
    items of three indicators, nothing said. A folder link named for several indicators shows no item's
    document: it supports none, said; one indicator's folder for its items, and a file's link shared by
    two items, support them as before."""
    root = "https://drive.google.com/drive/folders/1RootZI2025?usp=sharing"
    ind = "https://drive.google.com/drive/folders/1PerTwoI"
    survey = "https://drive.google.com/drive/folders/1SurveiIKM"
    preview = (
        "https://uji.sharepoint.com/sites/zi/Shared%20Documents/Forms/AllItems.aspx?id=/sites/zi/SK%20SOP.pdf"
    )
    library = (  # a SharePoint library page on a folder, as the browser copies it (a second review)
        "https://uji.sharepoint.com/sites/zi/Shared%20Documents/Forms/AllItems.aspx"
        "?id=%2Fsites%2Fzi%2FShared%20Documents%2FZI%202025&viewid=abc"
    )
    rows = [
        ["Kode", "Nama Dokumen", "Link"],
        ["P.1.i.a", "SK Tim", root],
        ["P.1.i.b", "Notulen", root],
        ["P.1.ii.a", "Rencana kerja", root],
        ["P.1.iii.a", "Monev", root],
        ["P.2.i.a", "SOP", ind],
        ["P.2.i.b", "Peta proses", ind],
        ["P.3.i.a", "Analisis jabatan", f"{DRIVE}1Anjab/view"],
        ["P.3.ii.a", "Pola mutasi", f"{DRIVE}1Anjab/view"],
        # one survey's folder for two indicators, and a SharePoint page previewing one file (a review)
        ["P.6.iv.a", "Survei IKM", survey],
        ["H.II.a", "Survei IKM", survey],
        ["P.2.iii.a", "SK SOP", preview],
        ["P.6.v.a", "SK SOP", preview],
        ["P.3.iii.a", "Pengembangan", library],
        ["P.3.iv.a", "SKP", library],
        ["P.3.v.a", "Kode etik", library],
    ]
    path = tmp_path / "tautan.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    scan = read_links_table(path, rubric)
    got = {e.url: e.supports for e in scan.records}
    assert got == {
        root: (),
        ind: ("P.2.i.a", "P.2.i.b"),
        f"{DRIVE}1Anjab/view": ("P.3.i.a", "P.3.ii.a"),
        survey: ("P.6.iv.a", "H.II.a"),
        preview: ("P.2.iii.a", "P.6.v.a"),
        library: (),
    }
    said = [(f["code"], f["ours"], f["what"]) for f in scan.findings]
    assert said == [
        ("EVIDENCE_TABLE_FOLDER_SHARED", "P.1.i, P.1.ii, P.1.iii", "3"),
        ("EVIDENCE_TABLE_FOLDER_SHARED", "P.3.iii, P.3.iv, P.3.v", "3"),
    ]
    assert scan.findings[0]["value"] == "tautan.csv:csv!C2, C3, C4 …"
