"""The plans behind the committed fixtures, written as specs (the truth each fixture must import to)."""

from __future__ import annotations

import dataclasses

from tests.ra.render.bank import AREAS, BANK, BUDGETS, NOTES, REALISATION
from tests.ra.render.spec import Act, Area, Plan

UNIT = "KANTOR PELAYANAN PAJAK PRATAMA BELOPA"


def bank_acts(area_id: str, picks: list[tuple[int, int, tuple[int, ...]]], n: int = 0) -> tuple[Act, ...]:
    """Activities from the wording bank: ``(kegiatan group, line, months)``; ``n`` varies the extras."""
    out = []
    for k, (g, li, months) in enumerate(picks):
        kegiatan, lines = BANK[area_id][g]
        line = lines[li]
        out.append(
            Act(
                kegiatan=kegiatan,
                sub_kegiatan=line.sub,
                indicator=line.indicator,
                months=months,
                output=line.output,
                pic=line.pic,
                budget=BUDGETS[(k + n) % len(BUDGETS)],
                evidence=line.evidence,
                realisation=REALISATION[(k + n) % len(REALISATION)],
                notes=NOTES[(k + n) % len(NOTES)],
            )
        )
    return tuple(out)


Q1, Q2, Q3, Q4 = (1, 2, 3), (4, 5, 6), (7, 8, 9), (10, 11, 12)
YEAR = tuple(range(1, 13))


def plan_b(spelling: int = 0, extra_area: Area | None = None) -> Plan:
    """A six-area shape-B plan, 14 activities, realistic months (spelling picks how areas are written)."""
    ids = [a[1] for a in AREAS]
    names = [a[2][spelling] for a in AREAS]
    picks: dict[str, list[tuple[int, int, tuple[int, ...]]]] = {
        "manajemen-perubahan": [(0, 0, (1,)), (0, 1, (1,)), (1, 0, (1, 2)), (2, 0, (3, 6, 9, 12))],
        "penataan-tatalaksana": [(0, 0, (2, 3, 4)), (1, 1, YEAR)],
        "penataan-sdm": [(1, 0, (2,)), (1, 1, (5, 6, 7, 8)), (2, 0, (1,))],
        "penguatan-akuntabilitas": [(1, 0, (2,))],
        "penguatan-pengawasan": [(0, 0, (6, 12)), (1, 1, (3, 4))],
        "pelayanan-publik": [(0, 0, (1, 2)), (2, 1, (6, 11))],
    }
    areas = [Area(n, i, bank_acts(i, picks[i], k)) for k, (n, i) in enumerate(zip(names, ids, strict=True))]
    if extra_area is not None:
        areas.append(extra_area)
    return Plan(UNIT, 2025, tuple(areas), decree="KEP-12/KPP.1505/2025")


def plan_full() -> Plan:
    """Every line of the wording bank (40 activities, six areas), months spread over the year."""
    areas = []
    k = 0
    for name, area_id, _ in AREAS:
        picks = []
        for g, (_, lines) in enumerate(BANK[area_id]):
            for li in range(len(lines)):
                start, length = (k * 5) % 12 + 1, k % 4 + 1
                picks.append((g, li, tuple(sorted({(start + i - 1) % 12 + 1 for i in range(length)}))))
                k += 1
        areas.append(Area(name.upper(), area_id, bank_acts(area_id, picks, k)))
    return Plan(UNIT, 2025, tuple(areas))


def plan_quarters() -> Plan:
    """A plan whose months are whole quarters, for a sheet with one column per quarter."""
    picks = {
        "manajemen-perubahan": [(0, 0, Q1), (2, 0, YEAR)],
        "penataan-tatalaksana": [(0, 1, Q2 + Q4)],
        "penguatan-pengawasan": [(0, 0, Q3), (1, 0, Q1 + Q2)],
    }
    areas = [Area(n, i, bank_acts(i, picks[i])) for n, i, _ in AREAS if i in picks]
    return Plan("BALAI BESAR PENGAWAS OBAT DAN MAKANAN DI MAKASSAR", 2025, tuple(areas))


def plan_a() -> Plan:
    """A research unit's annex (shape A): components with lettered indicators and free-text timing."""

    def a(
        keg: str,
        ind: str,
        step: str,
        ev: tuple[str, ...],
        timing: str,
        months: tuple[int, ...],
        real: str,
        on_row: bool = False,
    ) -> Act:
        return Act(
            keg, step, ind, months, timing=timing, evidence=ev, realisation=real, on_component_row=on_row
        )

    mp = (
        a(
            "Tim Kerja",
            "Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas",
            "Menyusun SK Tim Pembangunan Zona Integritas",
            ("SK Tim", "Undangan, daftar hadir"),
            "Januari 2025",
            (1,),
            "100",
        ),
        a(
            "Tim Kerja",
            "Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas",
            "Rapat pemilihan anggota tim dari seluruh unsur",
            ("Notulen rapat", "Daftar hadir"),
            "Januari 2025",
            (1,),
            "100",
        ),
        a(
            "Rencana Pembangunan Zona Integritas",
            "Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM",
            "Menyusun rencana kerja pembangunan ZI",
            ("Dokumen rencana kerja",),
            "Januari s/d Desember 2025",
            YEAR,
            "50",
        ),
        a(
            "Rencana Pembangunan Zona Integritas",
            "Terdapat mekanisme atau media untuk mensosialisasikan pembangunan WBK/WBBM",
            "Sosialisasi melalui website, media sosial dan banner",
            ("Tangkapan layar website", "Foto banner"),
            "- Maret 2025\n- Juni 2025\n- September 2025",
            (3, 6, 9),
            "75",
        ),
        a(
            "Pemantauan dan Evaluasi",
            "Terdapat monitoring dan evaluasi terhadap pembangunan Zona Integritas",
            "Rapat monev pembangunan ZI setiap triwulan",
            ("Laporan monev", "Notulen"),
            "Triwulan I–IV",
            YEAR,
            "50",
        ),
    )
    tl = (
        a(
            "SOP",
            "SOP mengacu pada peta proses bisnis instansi",
            "Menyusun peta proses bisnis",
            ("Peta proses bisnis",),
            "Juni, Desember 2025",
            (6, 12),
            "50",
        ),
        a(
            "SOP",
            "Prosedur operasional tetap (SOP) telah dievaluasi",
            "Evaluasi penerapan SOP",
            ("Laporan evaluasi SOP",),
            "Januari 2025 : Monev SOP",
            (1,),
            "100",
        ),
        a(
            "E-Office",
            "Telah dilakukan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi",
            "Monitoring penggunaan aplikasi persuratan elektronik",
            ("Laporan pemanfaatan e-Office",),
            "Setiap bulan",
            YEAR,
            "50",
        ),
    )
    pw = (
        a(
            "Pengendalian Gratifikasi",
            "Telah dilakukan public campaign tentang pengendalian gratifikasi",
            "Kampanye anti gratifikasi melalui media sosial",
            ("Dokumentasi kampanye",),
            "TW III",
            (7, 8, 9),
            "0",
        ),
        a(
            "Penerapan SPIP",
            "Telah dilakukan penilaian risiko atas pelaksanaan kebijakan",
            "Menyusun register risiko unit kerja",
            ("Register risiko", "- Rencana tindak pengendalian"),
            "Semester II",
            tuple(range(7, 13)),
            "0",
            on_row=True,
        ),
    )
    pp = (
        a(
            "Standar Pelayanan",
            "Terdapat kebijakan standar pelayanan",
            "Menetapkan standar pelayanan",
            ("SK Standar Pelayanan", "Maklumat pelayanan"),
            "Maret–Mei",
            (3, 4, 5),
            "100",
        ),
        a(
            "Survei Kepuasan",
            "Hasil survei kepuasan masyarakat dapat diakses secara terbuka",
            "Melaksanakan survei kepuasan masyarakat dan mempublikasikan hasilnya",
            ("Laporan SKM", "Tangkapan layar publikasi"),
            "Juni, Desember 2025",
            (6, 12),
            "50",
        ),
    )
    # One evidence line carries its own "- " twice over in the source ("- - Rencana…"): not in real
    # documents; keep the evidence plain.
    pw = (pw[0], dataclasses.replace(pw[1], evidence=("Register risiko", "Rencana tindak pengendalian")))
    areas = (
        Area("MANAJEMEN PERUBAHAN", "manajemen-perubahan", mp),
        Area("PENATAAN TATALAKSANA", "penataan-tatalaksana", tl),
        Area("PENGUATAN PENGAWASAN", "penguatan-pengawasan", pw),
        Area("PENINGKATAN KUALITAS PELAYANAN PUBLIK", "pelayanan-publik", pp),
    )
    return Plan("BALAI PENELITIAN TANAMAN PANGAN", 2025, areas)


def plan_c() -> Plan:
    """App data (shape C): rows ``Rencana Kerja | Produk Output | Status`` per area, a Sekretariat area."""

    def c(kegiatan: str, output: str, status: str) -> Act:
        return Act(kegiatan, output=output, realisation=status)

    areas = (
        Area(
            "Manajemen Perubahan",
            "manajemen-perubahan",
            (
                c("Pembentukan Tim Kerja Zona Integritas", "SK Tim Kerja", "Selesai"),
                c("Penyusunan Rencana Kerja Pembangunan ZI", "Dokumen Rencana Kerja", "Selesai"),
                c("Pemilihan Agen Perubahan", "SK Agen Perubahan", "Proses"),
            ),
        ),
        Area(
            "Penguatan Pengawasan",
            "penguatan-pengawasan",
            (
                c("Pembentukan Unit Pengendalian Gratifikasi", "SK UPG", "Selesai"),
                c("Penerapan Whistle Blowing System", "Laporan WBS", "Belum"),
            ),
        ),
        Area(
            "Sekretariat",
            None,
            (
                c("Pengelolaan arsip dinamis", "Daftar arsip", "Proses"),
                c("Pemeliharaan kendaraan dinas", "Laporan pemeliharaan", "Selesai"),
            ),
        ),
        Area(
            "Peningkatan Kualitas Pelayanan Publik",
            "pelayanan-publik",
            (c("Penyusunan Standar Pelayanan", "SK Standar Pelayanan", "Selesai"),),
        ),
    )
    return Plan("Pengadilan Agama Contoh", 2025, areas)
