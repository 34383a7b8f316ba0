"""What a file name says: extension, title, months and date, kind (table-driven)."""

from __future__ import annotations

import datetime as dt

import pytest

from zi_eval.evidence.kinds import kind_of, read_kinds
from zi_eval.evidence.names import months_in, record_id, split_extension, title_of


@pytest.mark.parametrize(
    ("name", "stem", "ext"),
    [
        ("SK Tim.pdf", "SK Tim", "pdf"),
        ("Foto.JPEG", "Foto", "jpeg"),
        ("1.i.a SK TIM", "1.i.a SK TIM", ""),  # ".a SK TIM" has a space: no extension
        ("P.1.i.a", "P.1.i.a", ""),  # a one-letter suffix is an item letter
        ("P.1.ii", "P.1.ii", ""),  # a Roman numeral is an indicator
        ("Laporan.v2.docx", "Laporan.v2", "docx"),
        (".pdf", ".pdf", ""),
    ],
)
def test_split_extension(name: str, stem: str, ext: str) -> None:
    assert split_extension(name) == (stem, ext)


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        ("1.i.a SK TIM", "SK TIM"),
        ("P.1.i.a_SK_Tim_ZI_2025", "SK Tim ZI 2025"),
        ("P.1.i.a - SK Tim", "SK Tim"),
        ("A.1.I.i.a SK Tim", "SK Tim"),
        ("1.a SK Tim", "SK Tim"),
        ("a. Undangan Rapat", "Undangan Rapat"),
        ("Notulen-Rapat-12-01-2025", "Notulen Rapat 12-01-2025"),  # a dash between digits stays
        ("SK_TIM_ZI_2025 (1)", "SK TIM ZI 2025"),
        ("Copy of Daftar Hadir", "Daftar Hadir"),
        ("Laporan - Salinan", "Laporan"),
        ("Laporan (Final)", "Laporan (Final)"),
        ("P.1.i.a", "P.1.i.a"),  # nothing but a reference: kept
        ("  SK   Tim  ", "SK Tim"),
    ],
)
def test_title_of(stem: str, title: str) -> None:
    assert title_of(stem) == title


D = dt.date


@pytest.mark.parametrize(
    ("text", "months", "date"),
    [
        ("Notulen Rapat 12-01-2025", (1,), D(2025, 1, 12)),
        ("Notulen 12.01.2025", (1,), D(2025, 1, 12)),
        ("Notulen 2025-01-12", (1,), D(2025, 1, 12)),
        ("IMG_20250112_0930", (1,), D(2025, 1, 12)),
        ("Rekap 2025-03", (3,), None),
        ("Rekap 03-2025", (3,), None),
        ("Laporan Januari", (1,), None),
        ("Laporan Jan 2025", (1,), None),
        ("Laporan Agt", (8,), None),
        ("Januari-Maret 2025", (1, 2, 3), None),
        ("Nov - Feb", (1, 2, 11, 12), None),
        ("Laporan Monev TW I", (1, 2, 3), None),
        ("Laporan_Monev_TW-II", (4, 5, 6), None),
        ("Triwulan III", (7, 8, 9), None),
        ("Q4 2025", (10, 11, 12), None),
        ("Semester 1", (1, 2, 3, 4, 5, 6), None),
        ("Smt II", (7, 8, 9, 10, 11, 12), None),
        ("TW I Maret", (3,), None),  # a month inside the named quarter is the one meant
        ("Notulen 12-01-2025 dan 14-02-2025", (1, 2), None),  # two dates: no single date
        ("Laporan bulanan", (), None),  # a series, not a month
        ("Lampiran B3", (), None),
        ("SK No. 1.2/2025", (), None),
        ("1.i.a SK TIM", (), None),
        ("Notulen 31-02-2025", (), None),  # no such day
        ("SK Tim ZI 2025", (), None),
        ("Laporan Semi Final", (), None),  # "Semi" is no semester
        ("Foto Qi Gong", (), None),
        ("Twibbon ZI", (), None),
        ("Laporan TW1", (1, 2, 3), None),  # a digit may touch the word
        ("Laporan Triwulan ke-2", (4, 5, 6), None),
        ("Laporan Triwulan ke II", (4, 5, 6), None),
        ("Rapat 5 Desa Januari", (1,), None),  # "Desa" is no December
        ("Janji Kinerja", (), None),  # nor "Janji" January
        # a range of quarters or semesters under one word (read as the first quarter only before)
        ("Laporan TW I-II 2025", (1, 2, 3, 4, 5, 6), None),
        ("Laporan_Monev_TW_1-2", (1, 2, 3, 4, 5, 6), None),
        ("Laporan Triwulan III - IV", (7, 8, 9, 10, 11, 12), None),
        ("Monev TW I s.d. III", (1, 2, 3, 4, 5, 6, 7, 8, 9), None),
        ("Semester I-II", tuple(range(1, 13)), None),
        ("Laporan TW I-2025", (1, 2, 3), None),  # a year after the dash is no quarter
        ("TW I - Laporan Kinerja", (1, 2, 3), None),
        # a person's name is no month, a document's number no date (each gave a month, silently)
        ("Sertifikat Sosialisasi an. Agus Salim", (), None),
        ("Foto Bu Juni Astuti", (), None),
        ("Nota Dinas No 12-2025", (), None),
        ("SK Nomor 3-2025 tanggal 15-03-2025", (3,), dt.date(2025, 3, 15)),
        ("Foto kegiatan Agustus", (8,), None),
        # a month word starting a person's name (each gave a month, and kept the file's time unread)
        ("SK Agen Perubahan ttd Agus Salim", (), None),
        ("Notulen Rapat Koordinasi - Mei Lestari", (), None),
        ("Sertifikat_Juni_Astuti", (), None),
        ("Mei Lestari 12 Mei 2025", (5,), None),  # the second "Mei" is the date's
        # ... and months beside a capitalised word that is no name, a day or a year
        ("Notulen 12 Mei 2025", (5,), None),
        ("Laporan Bulan Mei", (5,), None),
        ("Agustus 2025", (8,), None),
        ("Laporan Mei Final", (5,), None),
        ("Laporan Juni Minggu 2", (6,), None),
        ("Upacara 17 Agustus Bersama", (8,), None),
        ("SK AGEN PERUBAHAN TTD AGUS SALIM", (8,), None),  # all capitals: a name cannot be told
        # day first run together, two-digit years, a month by its number (each gave no month)
        ("Undangan 15032025", (3,), dt.date(2025, 3, 15)),
        ("Notulen_02012025", (1,), dt.date(2025, 1, 2)),
        ("Rapat 15-03-25", (3,), dt.date(2025, 3, 15)),
        ("Daftar Hadir 31 Des 24", (12,), dt.date(2024, 12, 31)),
        ("Laporan Des'24", (12,), None),
        ("Bulan 5", (5,), None),
        ("Laporan Bulan ke-11", (11,), None),
        ("Bulan 13", (), None),
        # a range of months by number, and document numbers with dots (a review found "Bulan 1-3" read
        # as January alone, and "SOP 01.03.15" as 1 March 2015)
        ("Laporan Monev TW 1 2025 (Bulan 1-3)", (1, 2, 3), None),
        ("Laporan Bulan 1 s.d. 3 2025", (1, 2, 3), None),
        ("SOP 01.03.15 Pelayanan Data 2025", (), None),
        ("SOP-02-01-12 Pengelolaan Arsip", (), None),
        ("Rapat 15-03-10", (), None),  # a two-digit year before 2015
        # "Bulan" before a date is no range of months (a second review: 'Bulan 2-6-2025' read as Feb-Jun)
        ("Absensi Apel Bulan 2-6-2025", (6,), dt.date(2025, 6, 2)),
        ("Notulen Rapat Bulan 10-11-2025", (11,), dt.date(2025, 11, 10)),
        ("Monev Bulan 1 s.d. 3-2025", (1, 2, 3), None),  # a range in words, its year after it
        ("Pedoman versi 1.2.25", (), None),  # a version's number
        ("SK No 12-03-25", (), None),
    ],
)
def test_months_in(text: str, months: tuple[int, ...], date: dt.date | None) -> None:
    got = months_in(text)
    assert (got.months, got.date) == (months, date)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Undangan Rapat 20241230", (2024,)),  # a date's year, though no year stands alone
        ("Daftar Hadir 31 Des 24", (2024,)),
        ("Laporan Des-24", (2024,)),
        ("Rapat 15-03-25", (2025,)),
        ("Monev Bulan 1 s.d. 3-2024", (2024,)),
        ("Arsip 2023-2024", (2023, 2024)),
        ("Laporan Des 24", ()),  # the 24th of December, or 2024: not read
    ],
)
def test_the_years_a_name_speaks_of(text: str, years: tuple[int, ...]) -> None:
    """A 2025 unit said a file of 30 December 2024 was its own December when the date was written
    "20241230" or "31 Des 24": the year of a date counts as the name's year (EVIDENCE_OTHER_YEAR)."""
    assert months_in(text).years == years


@pytest.mark.parametrize(
    ("title", "ext", "kind"),
    [
        ("SK Tim ZI 2025", "pdf", "sk"),
        ("Surat Keputusan Kepala Kantor", "pdf", "sk"),
        ("Notulen dan Daftar Hadir Rapat", "pdf", "notulen"),  # the first kind named decides
        ("Daftar Hadir dan Notulen Rapat", "pdf", "daftar-hadir"),
        ("Laporan Notulensi", "pdf", "laporan"),
        ("Absensi Apel", "xlsx", "daftar-hadir"),
        ("Undangan Rapat", "pdf", "undangan"),
        ("Rapat Koordinasi", "jpg", "dokumentasi"),  # no word: the extension
        ("SK Tim", "jpg", "sk"),  # a scanned SK is an SK
        ("Bahan Paparan Kepala", "pdf", "presentasi"),
        ("Materi", "pptx", "presentasi"),
        ("SOP Pelayanan", "pdf", "sop"),
        ("SE Gratifikasi", "pdf", "surat-edaran"),
        ("Surat Edaran Sekjen", "pdf", "surat-edaran"),
        ("Pakta Integritas Pegawai", "pdf", "pakta-integritas"),
        ("Berita Acara Serah Terima", "pdf", "berita-acara"),
        ("Rekapitulasi Survei", "xlsx", "rekap"),
        ("Sertifikat Pelatihan", "pdf", "sertifikat"),
        ("Kuesioner IKM", "pdf", "formulir"),
        ("LAKIP 2024", "pdf", "laporan"),
        ("Kertas kerja", "xlsx", "kertas-kerja"),
        ("Dokumen perencanaan ZI", "pdf", "dokumen"),
        ("sekretariat", "pdf", "dokumen"),  # "se" only as a whole word
        ("Surat Undangan Rapat", "pdf", "undangan"),
        ("Surat Tugas Monev", "pdf", "surat-tugas"),
        ("Surat usulan mutasi", "pdf", "surat"),
        ("Dokumen PK 2025", "pdf", "perjanjian-kinerja"),
        ("Screenshoot aplikasi WBS", "pdf", "dokumentasi"),
        ("Perka BPS tentang ABK", "pdf", "peraturan"),
    ],
)
def test_kind_of(title: str, ext: str, kind: str) -> None:
    assert kind_of(title, ext) == kind


def test_kinds_are_data_a_user_can_extend() -> None:
    kinds = read_kinds({"kinds": {"nodin": {"words": ["nota dinas"]}, "foto": {"extensions": [".PNG"]}}})
    assert kinds.kind("Nota Dinas Kepala", "pdf") == "nodin"
    assert kinds.kind("x", "png") == "foto"
    assert kinds.kind("x", "pdf") == "dokumen"


@pytest.mark.parametrize(
    "path",
    [
        "SK Tim.pdf",
        "Ä/ü/ş.pdf",
        "a" * 300 + ".pdf",
        "!!!/###.pdf",
        "ZONA INTEGRITAS 2022/AREA I/i. Penyusunan Tim Kerja/" + "sangat panjang " * 20 + ".pdf",
    ],
)
def test_record_ids_are_valid_and_short(path: str) -> None:
    rid = record_id(path)
    assert len(rid) <= 120
    assert rid[0].isalnum() and all(c.isalnum() or c in "._-" for c in rid)
    assert rid == record_id(path)


def test_record_id_same_for_nfc_and_nfd_names() -> None:
    """macOS writes names decomposed (NFD): the id must not change with the system."""
    import unicodedata

    name = "Laporan Bulan Mei – Pegawai Teladan é.pdf"
    assert record_id(unicodedata.normalize("NFD", name)) == record_id(unicodedata.normalize("NFC", name))
