"""A tick of a symbol font stored without its font (an .xls, a CSV or text copied from a Wingdings cell)."""

from __future__ import annotations

from pathlib import Path

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan


def _plan(tmp_path: Path, marks: list[list[str]]) -> Path:
    rows = [
        "RENCANA AKSI ZONA INTEGRITAS KPU KABUPATEN LUWU TAHUN 2025",
        "",
        "NO\tKEGIATAN\tAREA\tJAN\tFEB\tMAR\tAPR",
    ]
    acts = [
        ("Pembentukan Tim Pembangunan Zona Integritas", "Manajemen Perubahan"),
        ("Reviu SOP layanan", "Penataan Tatalaksana"),
        ("Sosialisasi anti gratifikasi", "Penguatan Pengawasan"),
    ]
    for n, ((kegiatan, area), cells) in enumerate(zip(acts, marks, strict=True), 1):
        rows.append("\t".join([str(n), kegiatan, area, *cells]))
    path = tmp_path / "ra.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_stored_tick_codes_are_months_and_said(tmp_path: Path, rubric: Rubric) -> None:
    """Wingdings' ✓ stored as "ü" (0xFC), its ☑ as "þ" (0xFE), the Symbol font's √ as "Ö" (0xD6)."""
    marks = [["ü", "", "ü", ""], ["", "þ", "", ""], ["", "", "", "Ö"]]
    res = import_plan(_plan(tmp_path, marks), rubric)
    assert [a.months for a in res.unit.activities] == [(1, 3), (2,), (4,)]
    said = [(f.line, f.column, f.value) for f in res.findings if f.code == "IMPORT_SYMBOL_TICK"]
    assert said == [(4, 4, "ü"), (4, 6, "ü"), (5, 5, "þ"), (6, 7, "Ö")]
    assert "IMPORT_UNKNOWN_MARK" not in [f.code for f in res.findings]


def test_a_word_with_such_a_letter_is_no_tick(tmp_path: Path, rubric: Rubric) -> None:
    marks = [["v", "", "", ""], ["", "Müller", "", ""], ["", "", "üx", ""]]
    res = import_plan(_plan(tmp_path, marks), rubric)
    assert [a.months for a in res.unit.activities] == [(1,), (), ()]
    assert [f.value for f in res.findings if f.code == "IMPORT_UNKNOWN_MARK"] == ["Müller", "üx"]


def test_rows_of_an_xls_or_text_keep_no_fonts_and_an_xlsx_does(tmp_path: Path) -> None:
    """The guess is made only where a symbol font's code could not be read as its mark already."""
    import openpyxl

    from tests.conftest import DATA
    from zi_eval.ra.rows import read_document

    assert not any(r.fonts_known for r in read_document(DATA / "ra" / "shapes" / "shape_b_legacy.xls").rows)
    assert not any(r.fonts_known for r in read_document(_plan(tmp_path, [[""] * 4] * 3)).rows)
    wb = openpyxl.Workbook()
    wb.active.append(["NO", "KEGIATAN", "JAN"])
    wb.save(tmp_path / "ra.xlsx")
    assert all(r.fonts_known for r in read_document(tmp_path / "ra.xlsx").rows)
