"""Small plans of our own in several shapes: TSV (CRLF + BOM), Markdown, CSV, Windows-1252, UTF-16, xlsx."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.models.rubric import Rubric
from zi_eval.ra import ImportResult, import_plan

HEADER = ["NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "PELAKSANAAN (BULAN)"] + [""] * 11
MONTHS = [""] * 5 + [str(m) for m in range(1, 13)]


def _row(no: str, prog: str, keg: str, sub: str, ind: str, months: set[int], width: int = 17) -> list[str]:
    cells = [no, prog, keg, sub, ind] + ["✓" if m in months else "" for m in range(1, 13)]
    return cells + [""] * (width - len(cells))


PLAN = [
    ["RENCANA AKSI ZONA INTEGRITAS"],
    ["KANTOR PELAYANAN CONTOH TAHUN 2026"],
    [""],
    HEADER,
    MONTHS,
    _row("1", "Manajemen Perubahan", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK terbit", {1}),
    _row("", "", "", "Rapat rencana aksi", "Notulen", {1, 2}),
    _row("", "", "", "", "Laporan bulanan", {3, 6, 9, 12}),
    _row("2", "Pengawasan", "Penerapan SPIP", "Kegiatan SPIP yang meliputi:", "Laporan SPIP", set()),
    _row("", "", "", "a. Lingkungan pengendalian", "", {2}),
    _row("", "", "", "b) Penilaian risiko", "", {3, 4}),
    _row("", "", "Sosialisasi gratifikasi", "", "Peserta paham", {5}),
    [""],
    ["Ditetapkan di Jakarta"],
    ["ttd."],
]


def _check(res: ImportResult, headers: int = 2) -> None:
    acts = res.unit.activities
    assert len(acts) == 5
    assert [a.area for a in acts] == ["manajemen-perubahan"] * 3 + ["penguatan-pengawasan"] * 2
    assert [a.months for a in acts] == [(1,), (1, 2), (3, 6, 9, 12), (), (5,)]
    assert acts[1].kegiatan == "Pembentukan Tim ZI" and acts[1].sub_kegiatan == "Rapat rencana aksi"
    assert acts[2].sub_kegiatan == "Rapat rencana aksi" and acts[2].indicators == ("Laporan bulanan",)
    assert [(s.label, s.months) for s in acts[3].substeps] == [("a", (2,)), ("b", (3, 4))]
    assert acts[4].sub_kegiatan is None
    assert res.unit.unit.year == 2026
    counts = res.counts()
    assert counts["activity"] == 5 and counts["substep"] == 2 and counts["header"] == headers
    assert counts["signature"] == 2 and counts["title"] == 2


def _text(sep: str = "\t") -> str:
    return "\n".join(sep.join(r) for r in PLAN) + "\n"


def test_tsv_with_crlf_and_bom(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "plan.txt"
    f.write_bytes(b"\xef\xbb\xbf" + _text().replace("\n", "\r\n").encode("utf-8"))
    res = import_plan(f, rubric)
    assert res.document.format == "tsv" and res.document.encoding == "utf-8-sig"
    _check(res)


def test_tab_text_as_excel_saves_it_with_line_breaks_and_quotes_in_cells(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Excel quotes a cell holding a line break or a quote when it saves (or copies) tab-separated text.
    Each physical line was a row: the activity lost its months, its second line became an activity of
    its own, and a tick on it an activity "✓"."""
    rows = [list(r) for r in PLAN]
    rows[5][2] = '"Pembentukan Tim ZI\n(SK ""Tim Kerja"" Kepala)"'
    rows[6][4] = '"Notulen\nrapat"'
    f = tmp_path / "plan.txt"
    f.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    res = import_plan(f, rubric)
    acts = res.unit.activities
    assert [a.months for a in acts] == [(1,), (1, 2), (3, 6, 9, 12), (), (5,)]
    assert acts[0].kegiatan == 'Pembentukan Tim ZI (SK "Tim Kerja" Kepala)'
    assert acts[1].indicators == ("Notulen rapat",)
    lines = f.read_text(encoding="utf-8").count("\n")
    assert res.counts()["activity"] == 7 and sum(res.counts().values()) == lines  # every line, once


def test_a_quote_in_tab_text_that_never_closes_is_text(tmp_path: Path, rubric: Rubric) -> None:
    rows = [list(r) for r in PLAN]
    rows[5][2] = '"Pembentukan Tim ZI'
    f = tmp_path / "plan.txt"
    f.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    acts = import_plan(f, rubric).unit.activities
    assert "Pembentukan Tim ZI" in acts[0].kegiatan
    assert [a.months for a in acts] == [(1,), (1, 2), (3, 6, 9, 12), (), (5,)]


def test_utf16(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "plan.tsv"
    f.write_bytes(_text().encode("utf-16"))
    res = import_plan(f, rubric)
    assert res.document.encoding == "utf-16"
    _check(res)


def test_markdown_table(tmp_path: Path, rubric: Rubric) -> None:
    lines = []
    for r in PLAN:
        if len(r) == 1:
            lines.append(r[0])
        else:
            lines.append("| " + " | ".join(r) + " |")
        if r is HEADER:
            lines.append("|" + "---|" * len(r))
    f = tmp_path / "plan.md"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = import_plan(f, rubric)
    assert res.document.format == "markdown"
    _check(res, headers=3)  # header, separator, month numbers


def test_csv_semicolon(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "plan.csv"
    f.write_text(_text(";"), encoding="utf-8")
    res = import_plan(f, rubric)
    assert res.document.format == "csv"
    _check(res)


def test_windows_1252_with_non_ascii_names(tmp_path: Path, rubric: Rubric) -> None:
    text = (
        _text().replace("Sosialisasi gratifikasi", "Sosialisasi gratifikasi – Pak Andi Ré").replace("✓", "x")
    )
    f = tmp_path / "plan-1252.txt"
    f.write_bytes(text.encode("cp1252"))
    res = import_plan(f, rubric)
    assert res.document.encoding == "cp1252"
    _check(res)
    assert res.unit.activities[4].kegiatan == "Sosialisasi gratifikasi – Pak Andi Ré"


def test_detects_format_from_content_not_extension(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "plan.dat"
    f.write_text(_text(), encoding="utf-8")
    assert import_plan(f, rubric).document.format == "tsv"


def test_unknown_marks_and_marks_outside_months(tmp_path: Path, rubric: Rubric) -> None:
    rows = [list(r) for r in PLAN]
    rows[5] = rows[5] + ["✓"]  # beyond the twelfth month column
    rows[6][5 + 2] = "?"  # unknown content in month 3
    f = tmp_path / "plan.txt"
    f.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    res = import_plan(f, rubric)
    codes = sorted((x.code, x.line) for x in res.findings)
    assert codes == [("IMPORT_MARK_OUTSIDE_MONTHS", 6), ("IMPORT_UNKNOWN_MARK", 7)]
    assert res.unit.activities[1].months == (1, 2)
    src = res.unit.activities[1].source
    assert src is not None and any("'?'" in n for n in src.notes)


@pytest.mark.parametrize(
    "names",
    [
        ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
        [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ],
    ],
)
def test_xlsx_with_merged_cells_title_block_and_month_names(
    tmp_path: Path, rubric: Rubric, names: list[str]
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Rencana Aksi"
    ws.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"])
    ws.merge_cells("A1:Q1")
    ws.append(["KANTOR CONTOH TAHUN 2026"])
    ws.append([])
    ws.append(["NO", "AREA PERUBAHAN", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", *names])
    ws.append(
        ["1", "Penataan Tatalaksana", "Penyusunan SOP", "Menyusun SOP layanan", "SOP terbit", "v", "", "x"]
    )
    ws.append(["", "", "", "Evaluasi SOP", "Laporan evaluasi", "", "", "", "", "", "●"])
    ws.merge_cells("C5:C6")  # kegiatan merged over two rows
    ws.append(["", "", "", "Sosialisasi SOP", "Banner", "", "", "", "", "", "", "✓"])
    ws.merge_cells("L7:N7")  # one mark merged across months 7-9
    ws.append([])
    ws.append(["Ditetapkan di Bandung"])
    f = tmp_path / "plan.xlsx"
    wb.save(f)
    res = import_plan(f, rubric)
    acts = res.unit.activities
    assert res.document.format == "xlsx"
    assert [a.months for a in acts] == [(1, 3), (6,), (7, 8, 9)]
    assert all(a.kegiatan == "Penyusunan SOP" for a in acts)
    assert [a.sub_kegiatan for a in acts] == ["Menyusun SOP layanan", "Evaluasi SOP", "Sosialisasi SOP"]
    assert all(a.area == "penataan-tatalaksana" for a in acts)
    src = acts[0].source
    assert src is not None and src.sheet == "Rencana Aksi" and src.cells == "A5:H5" and src.line == 5
    assert res.counts() == {"activity": 3, "blank": 2, "header": 1, "signature": 1, "title": 2}
    assert res.unit.unit.year == 2026


def test_text_without_any_table_reports_no_activity(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "letter.txt"
    f.write_text("Surat biasa\nTanpa tabel\n", encoding="utf-8")
    res = import_plan(f, rubric)
    assert res.unit.activities == ()
    assert [x.code for x in res.findings] == ["IMPORT_NO_ACTIVITY"]
    assert res.counts() == {"title": 2}


def test_cli_refuses_a_document_without_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zi_eval.cli import main

    f = tmp_path / "letter.txt"
    f.write_text("Surat biasa\n", encoding="utf-8")
    assert main(["import", str(f)]) == 3
    assert capsys.readouterr().err.startswith(f"{f}: table: harus tabel rencana")


def test_cli_overrides_name_and_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zi_eval.cli import main

    f = tmp_path / "plan.txt"
    f.write_text(_text(), encoding="utf-8")
    out = tmp_path / "u.yaml"
    assert main(["import", str(f), "-o", str(out), "--unit-name", "Kantor Uji", "--year", "2027"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "name: Kantor Uji" in text and "year: 2027" in text and "id: kantor-uji-2027" in text
