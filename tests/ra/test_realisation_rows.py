"""A monitoring grid with a plan row and a realisation row per activity is read as one activity each."""

from __future__ import annotations

from pathlib import Path

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

HEAD = "NO\tAREA\tKEGIATAN\tURAIAN\t" + "\t".join(str(m) for m in range(1, 13))


def _row(no: str, area: str, act: str, label: str, months: set[int]) -> str:
    return "\t".join([no, area, act, label, *("v" if m in months else "" for m in range(1, 13))])


def test_a_realisation_row_under_each_activity_is_kept_with_it_and_not_made_an_activity(
    tmp_path: Path, rubric: Rubric
) -> None:
    """'Rencana' then 'Realisasi' rows, both marked: each realisation row became an activity of its own
    (sub-kegiatan 'Realisasi', the realised months as its schedule): 16 activities for 8, nothing said."""
    rows = [
        _row("1", "Manajemen Perubahan", "Pembentukan Tim Kerja ZI", "Rencana", {1}),
        _row("", "", "", "Realisasi", {2}),
        _row("2", "Penataan Tatalaksana", "Reviu SOP layanan", "Rencana", {3, 4}),
        _row("", "", "", "Realisasi", {3}),
        _row("3", "Penguatan Pengawasan", "Sosialisasi gratifikasi", "T", {5}),
        _row("", "", "", "R", set()),
    ]
    f = tmp_path / "monev.tsv"
    f.write_text("RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025\n\n" + "\n".join([HEAD, *rows]) + "\n")
    res = import_plan(f, rubric)
    acts = res.unit.activities
    assert [a.months for a in acts] == [(1,), (3, 4), (5,)]
    assert [a.sub_kegiatan for a in acts] == [None, None, None]
    assert [a.realisation for a in acts] == ["realisasi: bulan 2", "realisasi: bulan 3", "realisasi: bulan -"]
    said = [f for f in res.findings if f.code == "IMPORT_REALISATION_ROW"]
    assert len(said) == 3 and res.counts()["realisation"] == 3


def test_a_sub_kegiatan_about_realisation_stays_an_activity(tmp_path: Path, rubric: Rubric) -> None:
    rows = [
        _row("1", "Penguatan Akuntabilitas", "Pemantauan anggaran", "Penyusunan rencana", {1}),
        _row("", "", "", "Realisasi anggaran triwulan", {3, 6}),
    ]
    f = tmp_path / "anggaran.tsv"
    f.write_text("RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025\n\n" + "\n".join([HEAD, *rows]) + "\n")
    res = import_plan(f, rubric)
    assert [(a.sub_kegiatan, a.months) for a in res.unit.activities] == [
        ("Penyusunan rencana", (1,)),
        ("Realisasi anggaran triwulan", (3, 6)),
    ]
    assert not [f for f in res.findings if f.code == "IMPORT_REALISATION_ROW"]
