"""A Word plan whose schedule is typed in two tables: ``No | Area | Kegiatan | Jan … Jun``, then a line
"Jadwal Pelaksanaan (lanjutan) Juli – Desember" and a second table of the same rows for ``Jul … Des``
(with the first columns repeated, with only ``No``, or with the months alone).

Read as two tables, every activity came out twice: once with January–June and once (under an area
named after the line between) with July–December, exit 0. The second table's months are put back
beside the first table's rows, as the PDF reader does for a sheet printed wider than its pages; rows
that do not pair up are refused, naming the tables, rather than guessed.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
PLAN = [
    ("1", "Manajemen Perubahan", "Pembentukan Tim Kerja Zona Integritas", {1}),
    ("2", "Manajemen Perubahan", "Penyusunan Rencana Kerja ZI", {1, 2, 7}),
    ("3", "Penataan Tatalaksana", "Penyusunan SOP layanan", {3, 4, 5, 9}),
    ("4", "Penguatan Pengawasan", "Sosialisasi pengendalian gratifikasi", {8, 11}),
    ("5", "Peningkatan Kualitas Pelayanan Publik", "Survei kepuasan masyarakat", {6, 12}),
]


def _table(document: object, rows: list[list[str]], shade: set[tuple[int, int]] = frozenset()) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    t = document.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    t.style = "Table Grid"
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            t.cell(i, j).text = text
            if (i, j) in shade:
                fill = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="4F81BD"/>')
                t.cell(i, j)._tc.get_or_add_tcPr().append(fill)


def _plan(
    tmp_path: Path, left: str, rows: list[tuple[str, str, str, set[int]]] = PLAN, by_shade: bool = False
) -> Path:
    """The plan, its second half-year in a table of its own with ``left`` columns ("no+kegiatan", "no", "")."""
    import docx

    document = docx.Document()
    document.add_paragraph("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS")
    document.add_paragraph("KANTOR PERTANAHAN KABUPATEN SIDOARJO TAHUN 2025")

    def marks(ms: set[int], span: range) -> list[str]:
        return ["" if by_shade else ("v" if m in ms else "") for m in span]

    first = [["No", "Area Perubahan", "Kegiatan", *MONTHS[:6]]]
    first += [[n, area, keg, *marks(ms, range(1, 7))] for n, area, keg, ms in PLAN]
    lead = {"no+kegiatan": ["No", "Kegiatan"], "no": ["No"], "": []}[left]
    second = [[*lead, *MONTHS[6:]]]
    for n, _, keg, ms in rows:
        second.append([*{"no+kegiatan": [n, keg], "no": [n], "": []}[left], *marks(ms, range(7, 13))])

    def shaded(
        table: list[list[str]], offset: int, first_month: int, plan: list[tuple[str, str, str, set[int]]]
    ) -> set[tuple[int, int]]:
        return {
            (i, offset + m - first_month)
            for i, (_, _, _, ms) in enumerate(plan, start=1)
            for m in ms
            if first_month <= m < first_month + 6
        }

    _table(document, first, shaded(first, 3, 1, PLAN) if by_shade else set())
    document.add_paragraph("Jadwal Pelaksanaan (lanjutan) Juli – Desember")
    _table(document, second, shaded(second, len(lead), 7, rows) if by_shade else set())
    document.add_paragraph("Sidoarjo, 2 Januari 2025")
    document.add_paragraph("Kepala Kantor")
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "ra-split.docx"
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("left", ["no+kegiatan", "no", ""])
def test_the_second_half_year_table_is_put_back_beside_the_rows(
    tmp_path: Path, rubric: Rubric, left: str
) -> None:
    plan = import_plan(_plan(tmp_path, left), rubric)
    acts = plan.unit.activities
    assert [(a.kegiatan, sorted(a.months)) for a in acts] == [(keg, sorted(ms)) for _, _, keg, ms in PLAN]
    assert [a.area for a in acts] == [
        "manajemen-perubahan",
        "manajemen-perubahan",
        "penataan-tatalaksana",
        "penguatan-pengawasan",
        "pelayanan-publik",
    ]
    assert not [f for f in plan.findings if f.code in {"IMPORT_AREA_UNKNOWN", "IMPORT_OTHER_TABLE"}]


def test_months_marked_by_shading_in_the_second_table_are_read(tmp_path: Path, rubric: Rubric) -> None:
    plan = import_plan(_plan(tmp_path, "no", by_shade=True), rubric)
    assert [sorted(a.months) for a in plan.unit.activities] == [sorted(ms) for *_, ms in PLAN]


def test_a_second_table_whose_rows_do_not_pair_is_not_joined(tmp_path: Path, rubric: Rubric) -> None:
    """Three rows of Jul … Des beside five activities: not the same rows, so not joined (the importer reads
    it as it read any other table: its months are no activity's), and the plan is not refused."""
    plan = import_plan(_plan(tmp_path, "no", rows=PLAN[:3]), rubric)
    assert [sorted(a.months) for a in plan.unit.activities[:5]] == [
        sorted(m for m in ms if m <= 6) for *_, ms in PLAN
    ]


def test_a_second_half_year_table_of_other_activities_is_read_as_its_own_rows(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A review found "No | Kegiatan | Jan … Jun" then "No | Kegiatan | Jul … Des" holding other activities
    joined row by row: each first-half activity took a second-half one's months, and those vanished."""
    other = [(n, area, f"Kegiatan semester dua {n}", ms) for n, area, _, ms in PLAN]
    plan = import_plan(_plan(tmp_path, "no+kegiatan", rows=other), rubric)
    texts = [a.kegiatan for a in plan.unit.activities]
    assert texts[:5] == [keg for _, _, keg, _ in PLAN]
    assert texts[5:] == [keg for _, _, keg, _ in other]


def test_a_second_table_of_its_own_is_still_read_as_rows(tmp_path: Path, rubric: Rubric) -> None:
    """A table with columns of its own beside Jul … Des (an indicator, a PIC) is not a part: its rows stay."""
    import docx

    document = docx.Document()
    document.add_paragraph("RENCANA AKSI ZONA INTEGRITAS KANTOR CONTOH TAHUN 2025")
    _table(document, [["No", "Kegiatan", *MONTHS[:6]], ["1", "Pembentukan Tim ZI", "v", "", "", "", "", ""]])
    document.add_paragraph("II. Penataan Tatalaksana")
    _table(
        document,
        [
            ["No", "Kegiatan", "Penanggung Jawab", *MONTHS[6:]],
            ["1", "Penyusunan SOP", "Kasubag", "", "v", "", "", "", ""],
        ],
    )
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "two.docx"
    path.write_bytes(buf.getvalue())
    plan = import_plan(path, rubric)
    assert "Penyusunan SOP" in [a.kegiatan for a in plan.unit.activities]


def test_a_notes_column_after_the_second_half_year_goes_with_its_months(
    tmp_path: Path, rubric: Rubric
) -> None:
    """An input no fixture held: the second table 'No | Jul … Des | Keterangan' was another table, said,
    and July–December were lost. Columns after the months go with them when the No column pairs the rows."""
    import docx

    document = docx.Document()
    document.add_paragraph("RENCANA AKSI ZONA INTEGRITAS BALAI CONTOH TAHUN 2026")
    _table(
        document,
        [
            ["No", "Rencana Aksi", *MONTHS[:6]],
            ["1", "Penetapan Tim Kerja ZI", "v", "", "", "", "", ""],
            ["2", "Reviu SOP pelayanan", "", "", "v", "", "", ""],
        ],
    )
    document.add_paragraph("Jadwal (lanjutan)")
    _table(
        document,
        [
            ["No", *MONTHS[6:], "Keterangan"],
            ["1", "", "", "", "", "", "", "SK ditetapkan"],
            ["2", "", "", "v", "", "", "", ""],
        ],
    )
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "ra.docx"
    path.write_bytes(buf.getvalue())
    acts = import_plan(path, rubric).unit.activities
    assert [(a.kegiatan, tuple(a.months), a.notes) for a in acts] == [
        ("Penetapan Tim Kerja ZI", (1,), "SK ditetapkan"),
        ("Reviu SOP pelayanan", (3, 9), None),
    ]
