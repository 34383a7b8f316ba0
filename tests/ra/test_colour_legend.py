"""Plans that colour the month grid twice, one colour for the plan and another for what was done, and
say so in a legend. Read as marks, every fill scheduled an activity in the months it was done late too
(q7: seven such plans, in xlsx, xls, docx and pdf, all wrong with exit 0)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from tests.builders import shade_docx_cell
from zi_eval.io.colours import colour_names
from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan
from zi_eval.ra.legend import colour_legend
from zi_eval.ra.rows import RawRow

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
GREEN, ORANGE = "FF92D050", "FFFFC000"


@pytest.mark.parametrize(
    ("colour", "names"),
    [
        (GREEN, {"hijau"}),
        ("FFC6EFCE", {"hijau"}),
        ("FFFFFF00", {"kuning"}),
        (ORANGE, {"kuning", "oranye"}),  # Excel's "Orange": people call it either
        ("FFED7D31", {"oranye"}),
        ("FFFF0000", {"merah"}),
        ("FF0070C0", {"biru"}),
        ("FFD9D9D9", {"abu"}),
        ("70AD47 clear", {"hijau"}),  # a Word shading
        ("theme 5 0.4", set()),  # a theme colour: not known without the workbook's theme
    ],
)
def test_a_fill_is_named_as_a_person_names_it(colour: str, names: set[str]) -> None:
    assert colour_names(colour) == names


def _rows(*texts: str) -> list[RawRow]:
    return [RawRow(line=n, raw=t, cells=[t]) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("texts", "plan", "done"),
    [
        (
            ["Keterangan: warna hijau = rencana kegiatan; warna kuning = realisasi kegiatan"],
            {"hijau"},
            {"kuning"},
        ),
        (["JADWAL (hijau: rencana, kuning: realisasi)"], {"hijau"}, {"kuning"}),
        (["Rencana = hijau, Realisasi = oranye"], {"hijau"}, {"oranye"}),
        (["Keterangan warna:", "Hijau : Rencana", "Oranye : Realisasi"], {"hijau"}, {"oranye"}),
        (["Warna Abu-abu: Jadwal Rencana | Warna Hijau: Sudah Terealisasi"], {"abu"}, {"hijau"}),
        # a second review's wordings, lost by the first tightening
        (
            [
                "Warna hijau menunjukkan rencana waktu pelaksanaan kegiatan",
                "Warna kuning menunjukkan realisasi pelaksanaan kegiatan",
            ],
            {"hijau"},
            {"kuning"},
        ),
        (["Biru/Hijau = Target pelaksanaan", "Kuning = Realisasi pelaksanaan"], {"hijau"}, {"kuning"}),
        (
            ["- Kolom berwarna hijau : bulan rencana", "- Kolom berwarna kuning : bulan realisasi"],
            {"hijau"},
            {"kuning"},
        ),
        (["Green: Plan / Orange: Done"], {"hijau"}, {"oranye"}),
    ],
)
def test_a_legend_in_words_pairs_each_colour_with_its_meaning(
    texts: list[str], plan: set[str], done: set[str]
) -> None:
    got = colour_legend(_rows(*texts))
    assert got is not None and (got.plan, got.done) == (plan, done)


@pytest.mark.parametrize(
    "texts",
    [
        ["Warna hijau menandakan bulan pelaksanaan"],  # the plan's colour alone
        ["Merah: belum terlaksana; Hijau: terlaksana"],  # statuses of planned months
        ["Penyusunan rencana aksi kantor hijau"],  # an activity's words
        ["hijau = rencana", "hijau = realisasi"],  # one colour for both
        # a third review's status legends: every colour a planned month's status
        ["Hijau : Sesuai target", "Kuning : Realisasi di bawah target", "Merah : Tidak terealisasi"],
        ["Hijau = Tercapai sesuai target", "Kuning = Capaian belum optimal"],
        ["Hijau = Rencana", "Kuning = Terealisasi", "Merah = Belum terealisasi"],
        # a review's: statuses, a target's legend, and an activity's words, none a plan/realisation legend
        ["Hijau: kegiatan selesai sesuai jadwal\nKuning: dalam proses\nMerah: belum dilaksanakan"],
        ["kuning = rencana, warna hijau = terlaksana"],
        [
            "Keterangan warna: Hijau = Target tercapai, Kuning = Realisasi di bawah target, Merah = Tidak ada realisasi"
        ],
        [
            "Penataan ruangan, bendera hijau = capaian kebersihan terbaik",
            "Penyusunan jadwal piket layanan (kuning)",
        ],
    ],
)
def test_no_legend_of_plan_and_realisation_changes_nothing(texts: list[str]) -> None:
    assert colour_legend(_rows(*texts)) is None


def _plan(tmp_path: Path, legend_sheet: bool) -> Path:
    """A plan filling planned months green and months done late orange, with a swatch legend under the
    table or on a sheet of its own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RA ZI"
    ws.append(["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"])
    ws.append(["NO", "KEGIATAN", "OUTPUT", *MONTHS])
    plan = [
        ("Penyusunan SK Tim ZI", {1}, {2}),  # planned January, done in February too
        ("Rapat monev ZI", {3, 6}, set()),
        ("Sosialisasi gratifikasi", {4, 5}, {6}),
    ]
    for n, (keg, planned, late) in enumerate(plan, start=1):
        ws.append([n, keg, "1 Dokumen"])
        for m in planned | late:
            colour = GREEN if m in planned else ORANGE
            ws.cell(row=ws.max_row, column=3 + m).fill = PatternFill("solid", fgColor=colour)
    where = wb.create_sheet("Keterangan") if legend_sheet else ws
    if not legend_sheet:
        ws.append([])
    where.append(["", "Keterangan warna:"])
    for colour, words in ((GREEN, "Rencana pelaksanaan"), (ORANGE, "Realisasi pelaksanaan")):
        where.append(["", "", words])
        where.cell(row=where.max_row, column=1 if legend_sheet else 2).fill = PatternFill(
            "solid", fgColor=colour
        )
    path = tmp_path / "ra.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("legend_sheet", [False, True])
def test_fills_the_legend_says_mark_what_was_done_are_no_planned_months(
    tmp_path: Path, legend_sheet: bool
) -> None:
    res = import_plan(_plan(tmp_path, legend_sheet), load_rubric())
    assert [(a.kegiatan, a.months) for a in res.unit.activities] == [
        ("Penyusunan SK Tim ZI", (1,)),
        ("Rapat monev ZI", (3, 6)),
        ("Sosialisasi gratifikasi", (4, 5)),
    ]
    said = [f for f in res.findings if f.code == "IMPORT_FILL_LEGEND"]
    assert len(said) == 1 and "Realisasi pelaksanaan" in said[0].value and ORANGE in said[0].action


def test_a_word_legend_in_a_docx_paragraph_takes_the_realisation_shading_out(tmp_path: Path) -> None:
    from docx import Document

    shade = shade_docx_cell

    doc = Document()
    doc.add_paragraph("RENCANA AKSI ZONA INTEGRITAS TAHUN 2025")
    table = doc.add_table(rows=1, cols=2 + 12)
    for c, text in enumerate(["NO", "KEGIATAN", *MONTHS]):
        table.rows[0].cells[c].text = text
    for n, (keg, planned, late) in enumerate(
        [("Reviu SOP", {6}, {7}), ("Survei IKM", {3, 9}, {10})], start=1
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(n), keg
        for m in planned | late:
            shade(cells[1 + m], "00B050" if m in planned else "FFFF00")
    doc.add_paragraph("Keterangan: warna hijau = rencana pelaksanaan; warna kuning = realisasi pelaksanaan")
    path = tmp_path / "ra.docx"
    doc.save(str(path))
    res = import_plan(path, load_rubric())
    assert [a.months for a in res.unit.activities] == [(6,), (3, 9)]
    assert [f.code for f in res.findings if f.code == "IMPORT_FILL_LEGEND"] == ["IMPORT_FILL_LEGEND"]


@pytest.mark.parametrize("shape", ["other sheet", "sub-step rows"])
def test_a_legend_of_another_table_or_rows_of_the_plan_take_no_months(tmp_path: Path, shape: str) -> None:
    """A review's plans: a second sheet's legend ('Capaian IKU', a table the import skips) took every
    month of a plan filled yellow; sub-step rows 'Penyusunan jadwal rapat tim' (green) and 'Evaluasi
    realisasi SOP' (yellow), one filled month each, were read as swatches of a plan/realisation legend.
    Neither is the plan's legend: the months are read as before."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RA"
    ws.append(["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"])
    ws.append(["NO", "KEGIATAN", "OUTPUT", *MONTHS])
    yellow = "FFFFFF00"
    for n, (keg, months) in enumerate([("Penyusunan SK Tim", {1, 2}), ("Rapat monev", {3})], start=1):
        ws.append([n, keg, "1 Dokumen"])
        for m in months:
            ws.cell(row=ws.max_row, column=3 + m).fill = PatternFill("solid", fgColor=yellow)
    if shape == "sub-step rows":
        for text, colour, col in (
            ("Penyusunan jadwal rapat tim", GREEN, 8),
            ("Evaluasi realisasi SOP", yellow, 9),
        ):
            ws.append(["", text, ""])
            ws.cell(row=ws.max_row, column=col).fill = PatternFill("solid", fgColor=colour)
    else:
        other = wb.create_sheet("Capaian IKU")
        other.append(["NO", "INDIKATOR", "TARGET", "REALISASI"])
        other.append([1, "Indeks kepuasan", "85", "88"])
        other.append(["Keterangan warna: Hijau = Rencana tercapai, Kuning = Realisasi di bawah rencana"])
    path = tmp_path / "ra.xlsx"
    wb.save(path)
    res = import_plan(path, load_rubric())
    assert [a.months for a in res.unit.activities][:2] == [(1, 2), (3,)]
    assert not [f for f in res.findings if f.code == "IMPORT_FILL_LEGEND"]


def test_a_legend_along_one_row_is_read(tmp_path: Path) -> None:
    """A plan no fixture held (a Balai's 'Keterangan : | ■ | Rencana | | ■ | Realisasi' on one row under
    the table): the swatches were read one per row only, so the late months counted as planned."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS BALAI UJI TAHUN 2025"])
    ws.append(["NO", "KEGIATAN", "OUTPUT", "PJ", *MONTHS])
    for n, (keg, planned, late) in enumerate(
        [("Penyusunan SK Tim ZI", {1}, {2}), ("Reviu SOP", {3, 4}, {6})]
    ):
        ws.append([n + 1, keg, "Dokumen", "Tim ZI"])
        for m in planned | late:
            colour = GREEN if m in planned else ORANGE
            ws.cell(row=ws.max_row, column=4 + m).fill = PatternFill("solid", fgColor=colour)
    ws.append([])
    ws.append(["Keterangan :", None, None, None, None, "Rencana", None, None, "Realisasi"])
    ws.cell(row=ws.max_row, column=5).fill = PatternFill("solid", fgColor=GREEN)
    ws.cell(row=ws.max_row, column=8).fill = PatternFill("solid", fgColor=ORANGE)
    path = tmp_path / "ra.xlsx"
    wb.save(path)
    res = import_plan(path, load_rubric())
    assert [a.months for a in res.unit.activities] == [(1,), (3, 4)]
    assert [f.code for f in res.findings if f.code == "IMPORT_FILL_LEGEND"] == ["IMPORT_FILL_LEGEND"]


@pytest.mark.parametrize(
    "words",
    [
        ("Sesuai jadwal", "Belum terealisasi"),
        ("Rencana", "Terealisasi", "Belum terealisasi"),
        ("Jadwal", "Not done"),
    ],
)
def test_swatches_of_statuses_take_no_months(tmp_path: Path, words: tuple[str, ...]) -> None:
    """A third review's plans: swatches 'Sesuai jadwal' / 'Belum terealisasi' (and 'Rencana' /
    'Terealisasi' / 'Belum terealisasi') colour planned months by how they went; read as a plan and
    realisation legend, the red months of an activity not yet done were dropped (it had none left)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025"])
    ws.append(["NO", "KEGIATAN", "OUTPUT", *MONTHS])
    red = "FFFF0000"
    for n, (keg, months, colour) in enumerate(
        [("Penyusunan SK Tim ZI", {1, 2}, GREEN), ("Reviu SOP", {3, 4}, ORANGE), ("Survei IKM", {5, 6}, red)]
    ):
        ws.append([n + 1, keg, "Dokumen"])
        for m in months:
            ws.cell(row=ws.max_row, column=3 + m).fill = PatternFill("solid", fgColor=colour)
    ws.append([])
    for colour, text in zip((GREEN, ORANGE, red), words, strict=False):
        ws.append(["", "", text])
        ws.cell(row=ws.max_row, column=2).fill = PatternFill("solid", fgColor=colour)
    path = tmp_path / "ra.xlsx"
    wb.save(path)
    res = import_plan(path, load_rubric())
    assert [a.months for a in res.unit.activities] == [(1, 2), (3, 4), (5, 6)]
    assert not [f for f in res.findings if f.code == "IMPORT_FILL_LEGEND"]
