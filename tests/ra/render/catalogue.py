"""The committed fixtures: one plan per real shape (documents-in-the-wild §1) and more, with how to draw it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.ra.render.bank import AREAS, BANK, BUDGETS, NOTES, REALISATION
from tests.ra.render.grid import grid_b
from tests.ra.render.shapes import (
    SHAPE_A_WIDTHS,
    expected_a,
    expected_c,
    expected_d_letters,
    expected_d_uraian,
    grid_a,
    grid_c,
    grid_d_letters,
    grid_d_uraian,
)
from tests.ra.render.spec import Act, Area, Expected, Layout, Plan, expected_b
from tests.ra.render.writers import convert, write_docx, write_pdf, write_text, write_xlsx

UNIT = "KANTOR PELAYANAN PAJAK PRATAMA BELOPA"


@dataclass(frozen=True)
class Fixture:
    """A committed plan document: its file name, how to draw it, and what it must import to."""

    name: str
    build: Callable[[Path], Path | None]
    expected: Expected
    #: Needs LibreOffice to be (re)built.
    needs_soffice: bool = False


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

    def a(keg: str, ind: str, step: str, ev: tuple[str, ...], timing: str, months: tuple[int, ...], real: str,
          on_row: bool = False) -> Act:  # fmt: skip
        return Act(
            keg, step, ind, months, timing=timing, evidence=ev, realisation=real, on_component_row=on_row
        )

    mp = (
        a("Tim Kerja", "Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas",
          "Menyusun SK Tim Pembangunan Zona Integritas", ("SK Tim", "Undangan, daftar hadir"),
          "Januari 2025", (1,), "100"),
        a("Tim Kerja", "Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas",
          "Rapat pemilihan anggota tim dari seluruh unsur", ("Notulen rapat", "Daftar hadir"),
          "Januari 2025", (1,), "100"),
        a("Rencana Pembangunan Zona Integritas",
          "Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM",
          "Menyusun rencana kerja pembangunan ZI", ("Dokumen rencana kerja",),
          "Januari s/d Desember 2025", YEAR, "50"),
        a("Rencana Pembangunan Zona Integritas",
          "Terdapat mekanisme atau media untuk mensosialisasikan pembangunan WBK/WBBM",
          "Sosialisasi melalui website, media sosial dan banner",
          ("Tangkapan layar website", "Foto banner"), "- Maret 2025\n- Juni 2025\n- September 2025",
          (3, 6, 9), "75"),
        a("Pemantauan dan Evaluasi", "Terdapat monitoring dan evaluasi terhadap pembangunan Zona Integritas",
          "Rapat monev pembangunan ZI setiap triwulan", ("Laporan monev", "Notulen"), "Triwulan I–IV",
          YEAR, "50"),
    )  # fmt: skip
    tl = (
        a("SOP", "SOP mengacu pada peta proses bisnis instansi", "Menyusun peta proses bisnis",
          ("Peta proses bisnis",), "Juni, Desember 2025", (6, 12), "50"),
        a("SOP", "Prosedur operasional tetap (SOP) telah dievaluasi", "Evaluasi penerapan SOP",
          ("Laporan evaluasi SOP",), "Januari 2025 : Monev SOP", (1,), "100"),
        a("E-Office", "Telah dilakukan monitoring dan evaluasi terhadap pemanfaatan teknologi informasi",
          "Monitoring penggunaan aplikasi persuratan elektronik", ("Laporan pemanfaatan e-Office",),
          "Setiap bulan", YEAR, "50"),
    )  # fmt: skip
    pw = (
        a("Pengendalian Gratifikasi", "Telah dilakukan public campaign tentang pengendalian gratifikasi",
          "Kampanye anti gratifikasi melalui media sosial", ("Dokumentasi kampanye",), "TW III",
          (7, 8, 9), "0"),
        a("Penerapan SPIP", "Telah dilakukan penilaian risiko atas pelaksanaan kebijakan",
          "Menyusun register risiko unit kerja", ("Register risiko", "- Rencana tindak pengendalian"),
          "Semester II", tuple(range(7, 13)), "0", on_row=True),
    )  # fmt: skip
    pp = (
        a("Standar Pelayanan", "Terdapat kebijakan standar pelayanan", "Menetapkan standar pelayanan",
          ("SK Standar Pelayanan", "Maklumat pelayanan"), "Maret–Mei", (3, 4, 5), "100"),
        a("Survei Kepuasan", "Hasil survei kepuasan masyarakat dapat diakses secara terbuka",
          "Melaksanakan survei kepuasan masyarakat dan mempublikasikan hasilnya",
          ("Laporan SKM", "Tangkapan layar publikasi"), "Juni, Desember 2025", (6, 12), "50"),
    )  # fmt: skip
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


def plan_d_letters() -> Plan:
    """Shape D keyed by ``A.1.I.i`` + letter: LKE question, numbered actions, output and free-text time."""

    def d(
        code: str, rubric: str, question: str, actions: str, output: str, timing: str, months: tuple[int, ...]
    ) -> Act:
        return Act(actions, indicator=question, output=output, timing=timing, months=months,
                   lke_written=code, lke_code=rubric)  # fmt: skip

    acts = (
        d("A.1.I.i a", "P.1.i.a", "Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas",
          "1. Menyusun draf SK Tim\n2. Menetapkan SK Tim Pembangunan ZI", "SK Tim ZI", "Januari 2025", (1,)),
        d("A.1.I.i b", "P.1.i.b", "Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas",
          "1. Rapat pemilihan anggota\n2. Menyusun berita acara pemilihan\n3. Mengumumkan anggota tim",
          "Notulen dan berita acara", "Januari 2025", (1,)),
        d("A.1.II.i a", "P.2.i.a", "SOP mengacu pada peta proses bisnis instansi",
          "Menyusun peta proses bisnis dan SOP turunannya", "Peta proses bisnis", "Triwulan I", Q1),
        d("A.1.V.i a", "P.5.i.a", "Telah dilakukan public campaign tentang pengendalian gratifikasi",
          "1. Memasang banner anti gratifikasi\n2. Kampanye di media sosial", "Dokumentasi kampanye",
          "Semester I", Q1 + Q2),
        d("A.2.V.i", "R.5.i", "Telah dilakukan mekanisme pengendalian aktivitas secara berjenjang",
          "Reviu berjenjang oleh atasan langsung", "Laporan reviu", "Setiap triwulan", (3, 6, 9, 12)),
    )  # fmt: skip
    return Plan("BADAN PUSAT STATISTIK KABUPATEN CONTOH", 2025, (Area("", None, acts),))


def plan_d_uraian() -> Plan:
    """Shape D with ``P.1.i.a`` codes: Uraian, Output, Dokumen (a list), Tim Kerja, Pemeriksa."""

    def d(code: str, uraian: str, output: str, docs: tuple[str, ...], tim: str, reviewer: str) -> Act:
        return Act(uraian, output=output, evidence=docs, pic=tim, notes=f"Pemeriksa: {reviewer}",
                   lke_written=code, lke_code=code)  # fmt: skip

    acts = (
        d("P.1.i.a", "Membentuk Tim Kerja Pembangunan ZI", "SK Tim", ("SK Tim Kerja", "Undangan rapat"),
          "Tim Manajemen Perubahan", "Ketua Tim ZI"),
        d("P.1.ii.a", "Menyusun rencana kerja pembangunan ZI", "Rencana Kerja", ("Dokumen Rencana Kerja",),
          "Tim Manajemen Perubahan", "Ketua Tim ZI"),
        d("P.3.iv.d", "Memberikan reward berdasarkan hasil penilaian kinerja", "SK Reward",
          ("SK Pegawai Teladan", "Berita acara penilaian"), "Tim SDM", "Sekretaris"),
        d("P.6.iii.a", "Mengintegrasikan media pengaduan dengan SP4N-LAPOR!", "Akun SP4N-LAPOR!",
          ("Tangkapan layar SP4N-LAPOR!",), "Tim Pelayanan Publik", "Kepala Kantor"),
    )  # fmt: skip
    return Plan("KANTOR IMIGRASI KELAS II CONTOH", 2025, (Area("", None, acts),))


def _xlsx(plan: Plan, lay: Layout, cover: list[str] | None = None) -> Callable[[Path], Path | None]:
    return lambda p: write_xlsx(grid_b(plan, lay), p, cover=cover)


def _via_soffice(plan: Plan, lay: Layout, fmt: str) -> Callable[[Path], Path | None]:
    def build(path: Path) -> Path | None:
        src = write_xlsx(grid_b(plan, lay), path.with_suffix(".xlsx"))
        out = convert(src, fmt)
        src.unlink()
        return out

    return build


EXTRAS_FULL = (
    ("output", "TARGET/OUTPUT"),
    ("pic", "PENANGGUNG JAWAB"),
    ("budget", "SUMBER DANA"),
    ("notes", "KETERANGAN"),
)
SEKRETARIAT = Area(
    "Sekretariat",
    None,
    (
        Act(
            "Pengelolaan persuratan dan arsip",
            "Penataan arsip inaktif",
            "Arsip tertata",
            (4, 5),
            output="1 Ruang",
        ),
    ),
)
ORGANISASI = Area(
    "Penataan Organisasi",
    None,
    (Act("Evaluasi struktur organisasi", "Reviu tugas dan fungsi", "Laporan evaluasi organisasi", (9,)),),
    reform_only=True,
)


def fixtures() -> list[Fixture]:
    """Every committed fixture, in the order they are listed in the README of the folder."""
    b = plan_b()
    b_upper = plan_b(0)
    b_mixed = plan_b(1, ORGANISASI)
    q = plan_quarters()
    lay_col = Layout(
        area_style="column",
        title_rows=3,
        header_rows=2,
        months="short",
        mark="√",
        numbering="paren",
        extras=EXTRAS_FULL,
        extras_after=3,
        total_row=True,
        signature=True,
    )
    lay_head = Layout(
        area_style="heading",
        title_rows=4,
        header_rows=1,
        months="long",
        mark="✓",
        numbering="plain",
        blank_between_areas=True,
        signature=True,
        sub_header="RINCIAN KEGIATAN",
        indicator_header="INDIKATOR KEBERHASILAN",
    )
    lay_comb = Layout(
        area_style="combined",
        title_rows=2,
        header_rows=2,
        schedule_label="Bulan ke-",
        months="agst",
        mark="v",
        numbering="paren",
        extras=(("output", "Target/Output"), ("pic", "Penanggung Jawab"), ("budget", "Sumber Dana")),
        total_row=True,
        signature=True,
        sub_header="Rincian Kegiatan",
        combined_header="Area Perubahan / Kegiatan",
    )
    lay_gantt = Layout(area_style="heading", title_rows=3, months="roman", mark=None, fill="92D050")
    lay_quarter = Layout(area_style="column", title_rows=3, months="quarter", mark=None, fill="FFC000")
    lay_en = Layout(area_style="column", title_rows=3, header_rows=1, months="english", mark="x",
                    extras=(("pic", "PIC"), ("realisation", "REALISASI")), extras_after=1)  # fmt: skip
    lay_cover = Layout(area_style="heading", title_rows=3, months="numbers", mark="✔", total_row=True)
    lay_docx = Layout(
        area_style="column",
        title_rows=3,
        months="agu",
        mark="●",
        extras=(("output", "Output"), ("evidence", "Data Dukung")),
        signature=True,
        sub_header="Uraian Kegiatan",
    )
    lay_pdf = Layout(
        area_style="heading", title_rows=3, months="numbers", mark="√", total_row=True, signature=True
    )
    lay_tsv = Layout(
        area_style="column", title_rows=3, header_rows=1, months="text", extras=(("pic", "Pelaksana"),)
    )
    lay_csv = Layout(area_style="heading", title_rows=1, months="b", mark="■", numbering="plain")
    lay_md = Layout(area_style="column", title_rows=0, header_rows=1, months="short", mark="V")
    lay_ods = Layout(
        area_style="combined", title_rows=3, months="long", mark="1", total_row=True, signature=True
    )
    lay_xls = Layout(area_style="column", title_rows=4, months="short", mark="√", extras=EXTRAS_FULL)
    timed = timed_plan(b)
    a, c, d1, d2 = plan_a(), plan_c(), plan_d_letters(), plan_d_uraian()
    b_sek = plan_b(0, SEKRETARIAT)
    full = plan_full()
    return [
        Fixture("shape_a_research_unit.pdf", lambda p: write_pdf(grid_a(a), p, SHAPE_A_WIDTHS, INTRO), expected_a(a)),
        Fixture("shape_b_area_column.xlsx", _xlsx(b_upper, lay_col), expected_b(b_upper, lay_col)),
        Fixture("shape_b_heading_rows.xlsx", _xlsx(b, lay_head), expected_b(b, lay_head)),
        Fixture("shape_b_combined_column.xlsx", _xlsx(b_mixed, lay_comb), expected_b(b_mixed, lay_comb)),
        Fixture("shape_b_gantt_roman_months.xlsx", _xlsx(b, lay_gantt), expected_b(b, lay_gantt)),
        Fixture("shape_b_gantt_quarters.xlsx", _xlsx(q, lay_quarter), expected_b(q, lay_quarter)),
        Fixture("shape_b_english_months.xlsx", _xlsx(b_sek, lay_en), expected_b(b_sek, lay_en)),
        Fixture("shape_b_cover_sheet.xlsx", _xlsx(b, lay_cover, COVER), expected_b(b, lay_cover)),
        Fixture("shape_b_word_table.docx", lambda p: write_docx(grid_b(b, lay_docx), p), expected_b(b, lay_docx)),
        Fixture("shape_b_printed.pdf", lambda p: write_pdf(grid_b(full, lay_pdf), p), expected_b(full, lay_pdf)),
        Fixture("shape_b_timing_column.tsv", lambda p: write_text(grid_b(timed, lay_tsv), p, "tsv"),
                expected_b(timed, lay_tsv)),
        Fixture("shape_b_b_months.csv", lambda p: write_text(grid_b(b, lay_csv), p, "csv"), expected_b(b, lay_csv)),
        Fixture("shape_b_markdown.md", lambda p: write_text(grid_b(b, lay_md), p, "md"), expected_b(b, lay_md)),
        Fixture("shape_b_libreoffice.ods", _via_soffice(b, lay_ods, "ods"), expected_b(b, lay_ods), True),
        Fixture("shape_b_legacy.xls", _via_soffice(b, lay_xls, "xls"), expected_b(b, lay_xls), True),
        Fixture("shape_c_sections.xlsx", lambda p: write_xlsx(grid_c(c), p), expected_c(c)),
        Fixture("shape_d_lke_letters.xlsx", lambda p: write_xlsx(grid_d_letters(d1), p), expected_d_letters(d1)),
        Fixture("shape_d_uraian.docx", lambda p: write_docx(grid_d_uraian(d2), p), expected_d_uraian(d2)),
    ]  # fmt: skip


def timed_plan(plan: Plan) -> Plan:
    """The same plan with a free-text timing phrase per activity (months = what the phrase means)."""
    from tests.ra.render.bank import TIMING

    k = 0
    areas = []
    for area in plan.areas:
        acts = []
        for act in area.acts:
            phrase, months = TIMING[k % len(TIMING)]
            acts.append(dataclasses.replace(act, timing=phrase, months=months))
            k += 1
        areas.append(dataclasses.replace(area, acts=tuple(acts)))
    return dataclasses.replace(plan, areas=tuple(areas))


INTRO = [
    "BAB I PENDAHULUAN",
    "Pembangunan Zona Integritas di lingkungan Balai dilaksanakan berdasarkan Peraturan Menteri PANRB "
    "Nomor 90 Tahun 2021. Rencana kerja aksi ini memuat komponen, indikator, langkah aksi, bukti fisik, "
    "target dan waktu pelaksanaan setiap area perubahan.",
    "BAB II RENCANA KERJA AKSI",
    "Rincian rencana kerja aksi tercantum dalam lampiran.",
]
COVER = ["RENCANA AKSI", "PEMBANGUNAN ZONA INTEGRITAS", UNIT, "TAHUN 2025"]
