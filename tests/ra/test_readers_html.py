"""The HTML reader: a web application's table export named .xls, read as the table Excel shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ra.documents import problems
from zi_eval.errors import InputError
from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.readers import html as html_reader
from zi_eval.ra.rows import detect_format, read_document

MONTH_CELLS = "".join(f"<th>{m}</th>" for m in range(1, 13))
EXPORT = f"""<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta charset="utf-8"><style>td {{ mso-number-format:"\\@"; }}</style><title>Export</title></head>
<body>
<h3>RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS</h3>
<p>KANTOR CONTOH<br>TAHUN 2025</p>
<table border="1">
<tr><th rowspan="2">NO</th><th rowspan="2">PROGRAM</th><th rowspan="2">KEGIATAN</th>
<th rowspan="2">SUB KEGIATAN</th><th rowspan="2">INDIKATOR</th><th colspan="12">BULAN</th></tr>
<tr>{MONTH_CELLS}</tr>
<tr><td rowspan="2">1</td><td rowspan="2">Manajemen
   Perubahan</td><td>Pembentukan Tim &amp; SK</td><td>Penerbitan SK</td><td>SK Tim<br/>Notulen</td>
<td>v</td><td></td><td></td></tr>
<tr><td>Rapat</td><td>Rapat rutin</td><td><table><tr><td>Notulen</td><td>4 dok</td></tr>
<tr><td>Foto</td></tr></table></td><td>v</td><td>v</td></tr>
</table>
<p>Ditetapkan di Contoh</p><script>document.write("<table><tr><td>x</td></tr></table>")</script>
</body></html>
"""


def _write(tmp_path: Path, text: str, name: str = "export.xls") -> Path:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return f


def test_html_export_named_xls_reads_title_table_and_signature(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, EXPORT))
    assert doc.format == "html" and doc.encoding == "utf-8"
    assert [r.cells for r in doc.rows] == [
        ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"],
        ["KANTOR CONTOH"],
        ["TAHUN 2025"],
        ["NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR"] + ["BULAN"] * 12,
        ["", "", "", "", ""] + [str(m) for m in range(1, 13)],
        ["1", "Manajemen Perubahan", "Pembentukan Tim & SK", "Penerbitan SK", "SK Tim\nNotulen", "v"],
        ["", "", "Rapat", "Rapat rutin", "Notulen 4 dok\nFoto", "v", "v"],
        ["Ditetapkan di Contoh"],
    ]
    assert doc.rows[3].merged_from == {c: 5 for c in range(6, 17)}
    assert [r.place for r in doc.rows][2:5] == ["teks", "tabel 1, baris 1", "tabel 1, baris 2"]
    assert {r.sheet for r in doc.rows} == {None}


def test_html_export_imports(tmp_path: Path, rubric: Rubric) -> None:
    res = import_plan(_write(tmp_path, EXPORT), rubric)
    acts = res.unit.activities
    assert [(a.kegiatan, a.sub_kegiatan, a.months) for a in acts] == [
        ("Pembentukan Tim & SK", "Penerbitan SK", (1,)),
        ("Rapat", "Rapat rutin", (1, 2)),
    ]
    assert [a.area for a in acts] == ["manajemen-perubahan"] * 2 and res.unit.unit.year == 2025


def test_html_rowspan_past_the_last_cell_and_an_unclosed_table(tmp_path: Path) -> None:
    text = (
        "<table><tr><td>A</td><td>B</td><td rowspan='3'>C</td></tr>"
        "<tr><td>a</td></tr><tr><td>x</td><td>y</td><td>z</td>"  # the last row: C still covers column 3
    )
    rows = read_document(_write(tmp_path, text, "potong.htm")).rows
    assert [r.cells for r in rows] == [["A", "B", "C"], ["a"], ["x", "y", "", "z"]]


def test_html_absurd_spans_are_capped(tmp_path: Path) -> None:
    rows = read_document(_write(tmp_path, "<table><tr><td colspan='99999'>X</td></tr></table>")).rows
    assert len(rows[0].cells) == 200 and set(rows[0].cells) == {"X"}


def test_html_with_too_many_rows_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "MAX_SHEET_ROWS", 3)
    f = _write(tmp_path, "<table>" + "<tr><td>1</td></tr>" * 5 + "</table>")
    with pytest.raises(InputError) as exc:
        read_document(f)
    assert problems(exc) == [f"{f}: file: must be at most 3 rows; got 5 rows"]


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<TABLE><TR><TD>NO</TD></TR></TABLE>", "html"),
        ("<html><body><table><tr><td>NO</td></tr></table></body></html>", "html"),
        ("<p>Catatan rapat: gunakan tabel</p>\n", "text"),
        ("| a | <table> |\n| b | c |\n|---|---|\n", "markdown"),
    ],
)
def test_html_is_told_by_a_table_with_cells(text: str, fmt: str) -> None:
    assert detect_format(text.encode(), ".xls") == fmt
    assert detect_format(text.encode(), ".doc") == fmt  # a web "Word" export is HTML too, not refused
