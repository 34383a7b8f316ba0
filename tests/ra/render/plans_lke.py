"""Plans keyed by LKE item (shape D): each row names its item, in three notations seen in real plans."""

from __future__ import annotations

from tests.ra.render.plans import Q1, Q2
from tests.ra.render.spec import Act, Area, Plan


def plan_d_letters() -> Plan:
    """Shape D keyed by ``A.1.I.i`` + letter: LKE question, numbered actions, output and free-text time."""

    def d(
        code: str, rubric: str, question: str, actions: str, output: str, timing: str, months: tuple[int, ...]
    ) -> Act:
        return Act(
            actions,
            indicator=question,
            output=output,
            timing=timing,
            months=months,
            lke_written=code,
            lke_code=rubric,
        )

    acts = (
        d(
            "A.1.I.i a",
            "P.1.i.a",
            "Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas",
            "1. Menyusun draf SK Tim\n2. Menetapkan SK Tim Pembangunan ZI",
            "SK Tim ZI",
            "Januari 2025",
            (1,),
        ),
        d(
            "A.1.I.i b",
            "P.1.i.b",
            "Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas",
            "1. Rapat pemilihan anggota\n2. Menyusun berita acara pemilihan\n3. Mengumumkan anggota tim",
            "Notulen dan berita acara",
            "Januari 2025",
            (1,),
        ),
        d(
            "A.1.II.i a",
            "P.2.i.a",
            "SOP mengacu pada peta proses bisnis instansi",
            "Menyusun peta proses bisnis dan SOP turunannya",
            "Peta proses bisnis",
            "Triwulan I",
            Q1,
        ),
        d(
            "A.1.V.i a",
            "P.5.i.a",
            "Telah dilakukan public campaign tentang pengendalian gratifikasi",
            "1. Memasang banner anti gratifikasi\n2. Kampanye di media sosial",
            "Dokumentasi kampanye",
            "Semester I",
            Q1 + Q2,
        ),
        d(
            "A.2.V.i",
            "R.5.i",
            "Telah dilakukan mekanisme pengendalian aktivitas secara berjenjang",
            "Reviu berjenjang oleh atasan langsung",
            "Laporan reviu",
            "Setiap triwulan",
            (3, 6, 9, 12),
        ),
    )
    return Plan("BADAN PUSAT STATISTIK KABUPATEN CONTOH", 2025, (Area("", None, acts),))


def plan_d_uraian() -> Plan:
    """Shape D with ``P.1.i.a`` codes: Uraian, Output, Dokumen (a list), Tim Kerja, Pemeriksa."""

    def d(code: str, uraian: str, output: str, docs: tuple[str, ...], tim: str, reviewer: str) -> Act:
        return Act(
            uraian,
            output=output,
            evidence=docs,
            pic=tim,
            notes=f"Pemeriksa: {reviewer}",
            lke_written=code,
            lke_code=code,
        )

    acts = (
        d(
            "P.1.i.a",
            "Membentuk Tim Kerja Pembangunan ZI",
            "SK Tim",
            ("SK Tim Kerja", "Undangan rapat"),
            "Tim Manajemen Perubahan",
            "Ketua Tim ZI",
        ),
        d(
            "P.1.ii.a",
            "Menyusun rencana kerja pembangunan ZI",
            "Rencana Kerja",
            ("Dokumen Rencana Kerja",),
            "Tim Manajemen Perubahan",
            "Ketua Tim ZI",
        ),
        d(
            "P.3.iv.d",
            "Memberikan reward berdasarkan hasil penilaian kinerja",
            "SK Reward",
            ("SK Pegawai Teladan", "Berita acara penilaian"),
            "Tim SDM",
            "Sekretaris",
        ),
        d(
            "P.6.iii.a",
            "Mengintegrasikan media pengaduan dengan SP4N-LAPOR!",
            "Akun SP4N-LAPOR!",
            ("Tangkapan layar SP4N-LAPOR!",),
            "Tim Pelayanan Publik",
            "Kepala Kantor",
        ),
    )
    return Plan("KANTOR IMIGRASI KELAS II CONTOH", 2025, (Area("", None, acts),))


def plan_d_labels() -> Plan:
    """Shape D keyed by area / pilar / sub-pilar labels (``1. Manajemen Perubahan`` …)."""
    mp, tim, rencana = (
        "1. Manajemen Perubahan",
        "i. Penyusunan Tim Kerja",
        "ii. Rencana Pembangunan Zona Integritas",
    )

    def d(
        labels: tuple[str, str, str], code: str, aksi: str, output: str, timing: str, months: tuple[int, ...]
    ) -> Act:
        return Act(
            aksi, output=output, timing=timing, months=months, lke_written=" | ".join(labels), lke_code=code
        )

    acts = (
        d(
            (mp, tim, "a. Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"),
            "P.1.i.a",
            "Menetapkan SK Tim Pembangunan ZI",
            "SK Tim",
            "Januari",
            (1,),
        ),
        d(
            (mp, tim, "b. Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas"),
            "P.1.i.b",
            "Rapat pemilihan anggota tim",
            "Notulen rapat",
            "Januari",
            (1,),
        ),
        d(
            (mp, rencana, "a. Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM"),
            "P.1.ii.a",
            "Menyusun rencana kerja pembangunan ZI",
            "Dokumen rencana kerja",
            "Februari",
            (2,),
        ),
        d(
            (
                "2. Penataan Tatalaksana",
                "i. Prosedur Operasional Tetap (SOP) Kegiatan Utama",
                "a. SOP mengacu pada peta proses bisnis instansi",
            ),
            "P.2.i.a",
            "Menyusun peta proses bisnis",
            "Peta proses bisnis",
            "Maret–Mei",
            (3, 4, 5),
        ),
        d(
            (
                "5. Penguatan Pengawasan",
                "i. Pengendalian Gratifikasi",
                "a. Telah dilakukan public campaign tentang pengendalian gratifikasi",
            ),
            "P.5.i.a",
            "Kampanye anti gratifikasi",
            "Dokumentasi kampanye",
            "TW III",
            (7, 8, 9),
        ),
    )
    return Plan("KANTOR WILAYAH KEMENTERIAN HUKUM CONTOH", 2025, (Area("", None, acts),))
