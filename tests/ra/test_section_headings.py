"""Section headings numbered like the areas that name no ZI area ("VII | LAIN-LAIN")."""

from __future__ import annotations

from pathlib import Path

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan

HEAD = "NO\tKEGIATAN\tOUTPUT\t" + "\t".join(str(m) for m in range(1, 13))


def _row(*cells: str, months: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    return "\t".join(
        [*cells, *("" for _ in range(3 - len(cells))), *("v" if m in months else "" for m in range(1, 13))]
    )


def test_a_seventh_roman_section_is_no_activity_of_the_sixth_area(tmp_path: Path, rubric: Rubric) -> None:
    """'VII | LAIN-LAIN' became an activity of Pelayanan Publik, and so did the activities under it, silently."""
    rows = [
        _row("V", "PENGUATAN PENGAWASAN"),
        _row("1", "Pengendalian gratifikasi", "Laporan UPG", months={3}),
        _row("VI", "PENINGKATAN KUALITAS PELAYANAN PUBLIK"),
        _row("1", "Survei kepuasan masyarakat", "Laporan SKM", months={6}),
        _row("VII", "LAIN-LAIN"),
        _row("1", "Peringatan HUT Mahkamah Agung", "Dokumentasi", months={8}),
        _row("2", "PEMBENAHAN ARSIP", "Arsip tertata", months={9}),
    ]
    f = tmp_path / "ra.tsv"
    f.write_text(
        "RENCANA AKSI ZONA INTEGRITAS PENGADILAN NEGERI UJI TAHUN 2025\n\n" + "\n".join([HEAD, *rows]) + "\n"
    )
    res = import_plan(f, rubric)
    got = [(a.kegiatan, a.ra_area, a.area) for a in res.unit.activities]
    assert got == [
        ("Pengendalian gratifikasi", "PENGUATAN PENGAWASAN", "penguatan-pengawasan"),
        ("Survei kepuasan masyarakat", "PENINGKATAN KUALITAS PELAYANAN PUBLIK", "pelayanan-publik"),
        ("Peringatan HUT Mahkamah Agung", "LAIN-LAIN", None),
        ("PEMBENAHAN ARSIP", "LAIN-LAIN", None),  # numbered with a digit, upper case: an activity
    ]
    assert [f.code for f in res.findings if f.code == "IMPORT_AREA_UNKNOWN"] == ["IMPORT_AREA_UNKNOWN"] * 2


def test_an_area_heading_with_its_weight_beside_it_is_a_heading(tmp_path: Path, rubric: Rubric) -> None:
    """'I | Manajemen Perubahan (2 kegiatan) | 10%' (a Bobot column) became an activity, and the area of
    every activity was lost; only IMPORT_AREA_MISSING was said."""
    head = "NO\tURAIAN\tBOBOT\t" + "\t".join(str(m) for m in range(1, 13))
    rows = [
        _row("I", "Manajemen Perubahan (2 kegiatan)", "10%"),
        _row("1", "Pembentukan Tim Kerja ZI", "5%", months={1}),
        _row("2", "Monitoring dan evaluasi ZI", "5%", months={3}),
        _row("II", "PENATAAN TATALAKSANA", "Rp 5.000.000"),
        _row("3", "Reviu SOP layanan", "10", months={2}),
        _row("4", "Penguatan Pengawasan", "4", months={5}),  # guard: numbered with a digit, an activity
    ]
    f = tmp_path / "ra.tsv"
    f.write_text("RENCANA AKSI ZONA INTEGRITAS KANTOR UJI TAHUN 2025\n\n" + "\n".join([head, *rows]) + "\n")
    res = import_plan(f, rubric)
    got = [(a.kegiatan, a.area, a.months) for a in res.unit.activities]
    assert got == [
        ("Pembentukan Tim Kerja ZI", "manajemen-perubahan", (1,)),
        ("Monitoring dan evaluasi ZI", "manajemen-perubahan", (3,)),
        ("Reviu SOP layanan", "penataan-tatalaksana", (2,)),
        ("Penguatan Pengawasan", "penataan-tatalaksana", (5,)),
    ]


def test_a_roman_i_over_lettered_items_heads_them(tmp_path: Path, rubric: Rubric) -> None:
    """'i. Penyusunan Tim Kerja' over 'a. …', 'b. …' (a plan keyed by LKE sub-pilar and item) was read as
    the letter i: an activity of its own, and its items became activities with no kegiatan over them,
    while 'ii. …' headed its items."""
    head = "URAIAN\tOUTPUT\tDOKUMEN\tTIM KERJA"
    rows = [
        "1. Manajemen Perubahan\t\t\t",
        "i. Penyusunan Tim Kerja\t\t\t",
        "a. Unit kerja telah membentuk tim\tSK Tim\tSK\tTim MP",
        "b. Anggota tim dipilih melalui prosedur yang jelas\tNotulen\tNotulen\tTim MP",
        "ii. Rencana Pembangunan Zona Integritas\t\t\t",
        "a. Terdapat dokumen rencana kerja\tRencana kerja\tRK\tTim MP",
    ]
    f = tmp_path / "ra.tsv"
    f.write_text(
        "MATRIKS RENCANA AKSI ZONA INTEGRITAS PENGADILAN AGAMA UJI TAHUN 2026\n\n"
        + "\n".join([head, *rows])
        + "\n"
    )
    res = import_plan(f, rubric)
    got = [(a.kegiatan, a.sub_kegiatan) for a in res.unit.activities]
    assert got == [
        ("i. Penyusunan Tim Kerja", "a. Unit kerja telah membentuk tim"),
        ("i. Penyusunan Tim Kerja", "b. Anggota tim dipilih melalui prosedur yang jelas"),
        ("ii. Rencana Pembangunan Zona Integritas", "a. Terdapat dokumen rencana kerja"),
    ]
