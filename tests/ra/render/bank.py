"""Realistic Indonesian plan wording per ZI area (from the seed, LKE questions and evidence lists)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """A sub-activity with its indicator, output, person in charge and expected evidence."""

    sub: str
    indicator: str
    output: str
    pic: str
    evidence: tuple[str, ...]


#: (area as written, ZI area id, spellings seen) and, per area, kegiatan → its lines.
AREAS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Manajemen Perubahan", "manajemen-perubahan", ("MANAJEMEN PERUBAHAN", "Manajemen Perubahan")),
    ("Penataan Tatalaksana", "penataan-tatalaksana", ("PENATAAN TATALAKSANA", "Penataan Tata Laksana")),
    (
        "Penataan Sistem Manajemen SDM",
        "penataan-sdm",
        ("PENATAAN SISTEM MANAJEMEN SDM", "Penataan Sistem Manajemen SDM Aparatur"),
    ),
    (
        "Penguatan Akuntabilitas Kinerja",
        "penguatan-akuntabilitas",
        ("PENGUATAN AKUNTABILITAS KINERJA", "Penguatan Akuntabilitas"),
    ),
    ("Penguatan Pengawasan", "penguatan-pengawasan", ("PENGUATAN PENGAWASAN", "Penguatan Pengawasan")),
    (
        "Peningkatan Kualitas Pelayanan Publik",
        "pelayanan-publik",
        ("PENINGKATAN KUALITAS PELAYANAN PUBLIK", "Peningkatan Kualitas Pelayanan Publik"),
    ),
)

BANK: dict[str, tuple[tuple[str, tuple[Line, ...]], ...]] = {
    "manajemen-perubahan": (
        (
            "Pembentukan Tim Pembangunan Zona Integritas",
            (
                Line(
                    "Penerbitan SK Tim Pembangunan Zona Integritas",
                    "Terbitnya SK Tim Pembangunan Zona Integritas",
                    "1 SK",
                    "Sekretaris",
                    ("SK Tim Kerja Pembangunan ZI", "Undangan dan daftar hadir rapat"),
                ),
                Line(
                    "Rapat pemilihan anggota tim melalui mekanisme yang jelas",
                    "Anggota tim mewakili seluruh unsur unit kerja",
                    "1 Notulen",
                    "Kasubbag Umum",
                    ("Notulen rapat pembentukan Tim Kerja",),
                ),
            ),
        ),
        (
            "Penyusunan Rencana Kerja Pembangunan Zona Integritas",
            (
                Line(
                    "Rapat penyusunan rencana aksi Zona Integritas",
                    "Tersusunnya dokumen rencana kerja pembangunan ZI",
                    "1 Dokumen",
                    "Tim ZI",
                    ("Dokumen Rencana Aksi ZI", "Notulen rapat penyusunan"),
                ),
                Line(
                    "Sosialisasi internal melalui banner dan media sosial",
                    "Seluruh pegawai mengetahui program pembangunan ZI",
                    "4 Kegiatan",
                    "Tim ZI",
                    ("Dokumentasi sosialisasi",),
                ),
            ),
        ),
        (
            "Monitoring dan evaluasi pembangunan Zona Integritas",
            (
                Line(
                    "Rapat monitoring dan evaluasi berkala oleh pimpinan",
                    "Terlaksananya monitoring dan evaluasi pembangunan ZI",
                    "4 Laporan",
                    "Ketua Tim ZI",
                    ("Laporan Monev TW", "Notulen rapat monev"),
                ),
            ),
        ),
        (
            "Perubahan pola pikir dan budaya kerja",
            (
                Line(
                    "Penetapan agen perubahan unit kerja",
                    "Terbitnya SK Agen Perubahan",
                    "1 SK",
                    "Sekretaris",
                    ("SK Agen Perubahan",),
                ),
                Line(
                    "Apel pagi dan penyampaian nilai budaya kerja oleh pimpinan",
                    "Pimpinan berperan sebagai role model",
                    "12 Kegiatan",
                    "Kepala Kantor",
                    ("Dokumentasi apel pagi",),
                ),
            ),
        ),
    ),
    "penataan-tatalaksana": (
        (
            "Penyusunan dan evaluasi SOP kegiatan utama",
            (
                Line(
                    "Reviu SOP berdasarkan peta proses bisnis",
                    "SOP mengacu pada peta proses bisnis instansi",
                    "10 SOP",
                    "Kasubbag Program",
                    ("Peta proses bisnis", "SK Penetapan SOP"),
                ),
                Line(
                    "Evaluasi penerapan SOP",
                    "Prosedur operasional tetap telah dievaluasi",
                    "2 Laporan",
                    "Kasubbag Program",
                    ("Laporan evaluasi SOP",),
                ),
            ),
        ),
        (
            "Penerapan Sistem Pemerintahan Berbasis Elektronik",
            (
                Line(
                    "Pengisian data pada aplikasi kepegawaian berbasis online",
                    "Operasionalisasi manajemen SDM menggunakan teknologi informasi",
                    "100%",
                    "Operator SIMPEG",
                    ("Tangkapan layar aplikasi",),
                ),
                Line(
                    "Pemanfaatan aplikasi surat elektronik",
                    "Seluruh naskah dinas dikelola secara elektronik",
                    "100%",
                    "Pranata Komputer",
                    ("Laporan pemanfaatan e-Office",),
                ),
            ),
        ),
        (
            "Keterbukaan informasi publik",
            (
                Line(
                    "Penguatan tim PPID dan daftar informasi publik",
                    "Tersedianya SK PPID dan daftar informasi publik",
                    "1 SK",
                    "PPID",
                    ("SK PPID", "Daftar Informasi Publik"),
                ),
                Line(
                    "Monitoring dan evaluasi layanan informasi publik",
                    "Terlaksananya monev keterbukaan informasi",
                    "2 Laporan",
                    "PPID",
                    ("Laporan layanan informasi publik",),
                ),
            ),
        ),
    ),
    "penataan-sdm": (
        (
            "Perencanaan kebutuhan pegawai",
            (
                Line(
                    "Penyusunan analisis jabatan dan beban kerja",
                    "Tersusunnya peta jabatan sesuai kebutuhan organisasi",
                    "1 Dokumen",
                    "Kasubbag SDM",
                    ("Dokumen ANJAB dan ABK",),
                ),
            ),
        ),
        (
            "Pengembangan pegawai berbasis kompetensi",
            (
                Line(
                    "Analisis kesenjangan kompetensi pegawai",
                    "Tersusunnya rencana pengembangan kompetensi",
                    "1 Dokumen",
                    "Kasubbag SDM",
                    ("Laporan analisis kesenjangan kompetensi",),
                ),
                Line(
                    "Keikutsertaan pegawai dalam diklat dan knowledge sharing",
                    "Pegawai memperoleh hak mengikuti pengembangan kompetensi",
                    "20 JP per pegawai",
                    "Kasubbag SDM",
                    ("Sertifikat diklat", "Daftar hadir knowledge sharing"),
                ),
            ),
        ),
        (
            "Penetapan dan penilaian kinerja individu",
            (
                Line(
                    "Penyusunan SKP seluruh pegawai",
                    "Seluruh PNS menyusun SKP",
                    "100%",
                    "Seluruh Pegawai",
                    ("Dokumen SKP",),
                ),
                Line(
                    "Pemilihan pegawai teladan berbasis kinerja",
                    "Hasil penilaian kinerja menjadi dasar reward",
                    "1 SK",
                    "Sekretaris",
                    ("SK Pegawai Teladan",),
                ),
            ),
        ),
        (
            "Penegakan disiplin dan kode etik",
            (
                Line(
                    "Evaluasi kode etik dan disiplin pegawai",
                    "Tersusunnya laporan penegakan kode etik",
                    "4 Laporan",
                    "Kasubbag SDM",
                    ("Laporan kode etik",),
                ),
            ),
        ),
    ),
    "penguatan-akuntabilitas": (
        (
            "Keterlibatan pimpinan dalam perencanaan kinerja",
            (
                Line(
                    "Rapat penyusunan perjanjian kinerja bersama pimpinan",
                    "Pimpinan terlibat langsung dalam penyusunan perjanjian kinerja",
                    "1 Dokumen PK",
                    "Kepala Kantor",
                    ("Perjanjian Kinerja", "Notulen rapat"),
                ),
            ),
        ),
        (
            "Pengelolaan akuntabilitas kinerja",
            (
                Line(
                    "Penyusunan Laporan Kinerja tepat waktu",
                    "Laporan kinerja disusun tepat waktu",
                    "1 LKj",
                    "Kasubbag Program",
                    ("Laporan Kinerja", "Tanda terima penyampaian"),
                ),
                Line(
                    "Pemantauan capaian kinerja secara berkala",
                    "Terdapat monitoring capaian IKU",
                    "4 Laporan",
                    "Kasubbag Program",
                    ("Laporan capaian kinerja triwulanan",),
                ),
                Line(
                    "Penetapan Indikator Kinerja Utama",
                    "Terdapat penetapan IKU",
                    "1 Dokumen",
                    "Kasubbag Program",
                    ("Dokumen IKU",),
                ),
            ),
        ),
    ),
    "penguatan-pengawasan": (
        (
            "Pengendalian gratifikasi",
            (
                Line(
                    "Public campaign pengendalian gratifikasi",
                    "Telah dilakukan public campaign tentang gratifikasi",
                    "2 Kegiatan",
                    "UPG",
                    ("Banner anti gratifikasi", "Dokumentasi kampanye"),
                ),
                Line(
                    "Penyampaian laporan gratifikasi ke KPK",
                    "Terlaksananya pelaporan gratifikasi",
                    "4 Laporan",
                    "UPG",
                    ("Laporan UPG",),
                ),
            ),
        ),
        (
            "Penerapan Sistem Pengendalian Intern Pemerintah",
            (
                Line(
                    "Pembentukan Satuan Tugas SPIP",
                    "Ditetapkannya SK Satgas SPIP",
                    "1 SK",
                    "Sekretaris",
                    ("SK Satgas SPIP",),
                ),
                Line(
                    "Penyusunan peta risiko unit kerja",
                    "Tersusunnya register risiko",
                    "1 Dokumen",
                    "Satgas SPIP",
                    ("Register risiko", "Rencana tindak pengendalian"),
                ),
            ),
        ),
        (
            "Penanganan pengaduan masyarakat dan WBS",
            (
                Line(
                    "Penerapan Whistle-Blowing System",
                    "Whistle-Blowing System telah diterapkan",
                    "1 Aplikasi",
                    "Tim WBS",
                    ("SK Tim WBS", "Laporan WBS"),
                ),
                Line(
                    "Sosialisasi penanganan benturan kepentingan",
                    "Penanganan benturan kepentingan telah diinternalisasi",
                    "2 Kegiatan",
                    "Inspektorat",
                    ("Daftar hadir sosialisasi",),
                ),
            ),
        ),
    ),
    "pelayanan-publik": (
        (
            "Penerapan standar pelayanan",
            (
                Line(
                    "Penyusunan standar pelayanan data dan informasi",
                    "Terdapat kebijakan standar pelayanan",
                    "1 SK",
                    "Kasubbag Teknis",
                    ("SK Standar Pelayanan", "Maklumat pelayanan"),
                ),
                Line(
                    "Reviu dan perbaikan standar pelayanan",
                    "Dilakukan reviu atas standar pelayanan",
                    "1 Laporan",
                    "Kasubbag Teknis",
                    ("Laporan reviu standar pelayanan",),
                ),
            ),
        ),
        (
            "Budaya pelayanan prima",
            (
                Line(
                    "Pelatihan pelayanan prima bagi petugas front office",
                    "Meningkatnya kompetensi petugas layanan",
                    "1 Kegiatan",
                    "Kasubbag Umum",
                    ("Daftar hadir pelatihan", "Dokumentasi"),
                ),
                Line(
                    "Penyediaan sarana layanan terpadu",
                    "Terdapat sarana layanan terpadu",
                    "1 Ruang",
                    "Kasubbag Umum",
                    ("Foto ruang layanan terpadu",),
                ),
            ),
        ),
        (
            "Pengelolaan pengaduan dan survei kepuasan",
            (
                Line(
                    "Integrasi media pengaduan dengan SP4N-LAPOR!",
                    "Media pengaduan terintegrasi dengan SP4N-LAPOR!",
                    "1 Akun",
                    "Pengelola Pengaduan",
                    ("Tangkapan layar SP4N-LAPOR!",),
                ),
                Line(
                    "Pelaksanaan survei kepuasan masyarakat",
                    "Hasil survei kepuasan dapat diakses terbuka",
                    "2 Laporan SKM",
                    "Kasubbag Teknis",
                    ("Laporan SKM", "Publikasi hasil SKM"),
                ),
            ),
        ),
    ),
}

#: Free-text schedule phrases and the months they mean (the shared timing convention).
TIMING: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("Januari 2025", (1,)),
    ("Januari s/d Desember 2025", tuple(range(1, 13))),
    ("Juni, Desember 2025", (6, 12)),
    ("Maret–Mei", (3, 4, 5)),
    ("Jan-Mar", (1, 2, 3)),
    ("Triwulan I", (1, 2, 3)),
    ("TW III", (7, 8, 9)),
    ("Semester II", tuple(range(7, 13))),
    ("Setiap bulan", tuple(range(1, 13))),
    ("Triwulanan", (3, 6, 9, 12)),
    ("Agustus", (8,)),
    ("Februari dan Agustus", (2, 8)),
)

BUDGETS = ("DIPA 2025", "Tanpa anggaran", "DIPA Satker")
NOTES = ("Rutin", "Koordinasi dengan KPU Provinsi", "Lanjutan tahun lalu")
REALISATION = ("100%", "50%", "0%", "Selesai")
