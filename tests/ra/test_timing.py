"""The free-text schedule reader: phrases as units write them → months, years and what was not read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zi_eval.ra import layout
from zi_eval.ra.timing import MONTH_NAMES, Timing, month_header, parse_timing

ALL = tuple(range(1, 13))
Q1, Q2, Q3, Q4 = (1, 2, 3), (4, 5, 6), (7, 8, 9), (10, 11, 12)

#: (phrase as written in a plan, expected months). Shapes from documents-in-the-wild §1 and variants.
PHRASES: list[tuple[str, tuple[int, ...]]] = [
    # single months, any spelling and case
    ("Januari 2021", (1,)),
    ("januari", (1,)),
    ("JANUARI", (1,)),
    ("Jan", (1,)),
    ("Jan.", (1,)),
    ("January 2025", (1,)),
    ("Februari", (2,)),
    ("Pebruari 2025", (2,)),
    ("Peb", (2,)),
    ("Febuari", (2,)),
    ("Feb.", (2,)),
    ("Maret", (3,)),
    ("Mrt 2025", (3,)),
    ("March", (3,)),
    ("April", (4,)),
    ("Mei", (5,)),
    ("May 2024", (5,)),
    ("Juni", (6,)),
    ("June", (6,)),
    ("Juli", (7,)),
    ("Agustus", (8,)),
    ("Agt", (8,)),
    ("Agu", (8,)),
    ("Agst.", (8,)),
    ("Ags", (8,)),
    ("Agus 2025", (8,)),
    ("Aug", (8,)),
    ("September", (9,)),
    ("Sept", (9,)),
    ("Sep.", (9,)),
    ("Oktober", (10,)),
    ("Okt", (10,)),
    ("Oct", (10,)),
    ("Nopember", (11,)),
    ("Nop", (11,)),
    ("November 2021", (11,)),
    ("Desember", (12,)),
    ("Des", (12,)),
    ("Dec 2025", (12,)),
    ("  bulan   Maret  ", (3,)),
    ("Jan2025", (1,)),
    # ranges
    ("Januari s/d Desember 2021", ALL),
    ("Januari s.d. Desember", ALL),
    ("Januari s.d Desember", ALL),
    ("Januari sd Desember", ALL),
    ("Januari S/D Juni", (1, 2, 3, 4, 5, 6)),
    ("Januari s / d Maret", (1, 2, 3)),
    ("Maret–Mei", (3, 4, 5)),
    ("Maret - Mei", (3, 4, 5)),
    ("Maret—Mei 2025", (3, 4, 5)),
    ("Jan-Mar", (1, 2, 3)),
    ("Januari sampai dengan Juni", (1, 2, 3, 4, 5, 6)),
    ("Juli sampai Agustus", (7, 8)),
    ("Mei hingga Juli", (5, 6, 7)),
    ("Januari - Desember", ALL),
    ("Maret 2021 - Juni 2021", (3, 4, 5, 6)),
    ("April s/d Mei 2025", (4, 5)),
    ("Oktober – Februari", (1, 2, 10, 11, 12)),
    ("Nov 2024 - Jan 2025", (1, 11, 12)),
    ("Februari s.d. April dan Agustus s.d. Oktober", (2, 3, 4, 8, 9, 10)),
    # lists
    ("Juni, Desember 2021", (6, 12)),
    ("Juni dan Desember", (6, 12)),
    ("Juni & Desember", (6, 12)),
    ("Maret; Juni; September", (3, 6, 9)),
    ("Maret\nJuni\nSeptember\nDesember", (3, 6, 9, 12)),
    ("- Maret 2021 - Juni 2021 - September 2021", (3, 6, 9)),
    ("- Maret 2021\n- Juni 2021\n- September 2021", (3, 6, 9)),
    ("Maret 2021 - Juni 2021 - September 2021", (3, 6, 9)),
    ("• Januari\n• Juli", (1, 7)),
    ("Januari, April, Juli dan Oktober 2025", (1, 4, 7, 10)),
    ("Jan, Mar, Mei", (1, 3, 5)),
    # a month with a label
    ("Januari 2021 : Monev SOP", (1,)),
    ("Juni 2021: Evaluasi TW II", (6,)),
    ("Rapat evaluasi: Desember", (12,)),
    # several months, each with its label: every one is read (the first one only was)
    ("Januari 2025: Monev SOP; Juli 2025: Monev SOP", (1, 7)),
    ("Januari 2025 : seleksi, penetapan; Juli 2025 : evaluasi", (1, 7)),
    ("Maret: rapat dan sosialisasi, September: evaluasi", (3, 9)),
    ("TW I: laporan; TW III: laporan", (1, 2, 3, 7, 8, 9)),
    # the lines of a cell joined by the importer: each month with its own label starts an entry
    ("Januari 2025 : seleksi Februari 2025 : penetapan", (1, 2)),
    ("Maret: rapat Juni: evaluasi Desember: laporan", (3, 6, 12)),
    ("Januari 2025: evaluasi Juli", (1,)),  # a month in a label without a label of its own: the label's
    # quarters
    ("Triwulan I", Q1),
    ("Triwulan II", Q2),
    ("TW III", Q3),
    ("TW IV", Q4),
    ("tw-2", Q2),
    ("TW.III", Q3),
    ("Triwulan ke-4", Q4),
    ("Triwulan I–IV", ALL),
    ("Triwulan I - II", Q1 + Q2),
    ("TW I s/d TW IV", ALL),
    ("TW II s.d. TW III", Q2 + Q3),
    ("TW I, II dan III", Q1 + Q2 + Q3),
    ("Q2", Q2),
    ("q4 2025", Q4),
    ("Kuartal 3", Q3),
    ("Quarter 1", Q1),
    # semesters
    ("Semester I", (1, 2, 3, 4, 5, 6)),
    ("Semester II", (7, 8, 9, 10, 11, 12)),
    ("semester 2 tahun 2025", (7, 8, 9, 10, 11, 12)),
    ("Semester I dan II", ALL),
    # recurring
    ("Setiap bulan", ALL),
    ("setiap Bulan", ALL),
    ("Tiap bulan", ALL),
    ("bulanan", ALL),
    ("Per bulan", ALL),
    ("Sepanjang tahun", ALL),
    ("sebulan sekali", ALL),
    ("Setiap minggu", ALL),
    ("setiap triwulan", (3, 6, 9, 12)),
    ("Triwulanan", (3, 6, 9, 12)),
    ("per triwulan", (3, 6, 9, 12)),
    ("3 bulan sekali", (3, 6, 9, 12)),
    ("setiap semester", (6, 12)),
    ("Per semester", (6, 12)),
    # dates
    ("12-01-2025", (1,)),
    ("2025-01-12", (1,)),
    ("12/01/2025", (1,)),
    ("12.03.2025", (3,)),
    ("12 Januari 2025", (1,)),
    ("Tanggal 5 Agustus 2025", (8,)),
    ("01/02/2025 s/d 30/04/2025", (2, 3, 4)),
    # weeks and moments of the year
    ("Minggu ke-2 Maret", (3,)),
    ("Minggu ke 3 bulan Oktober", (10,)),
    ("Akhir tahun", (12,)),
    ("awal tahun 2025", (1,)),
    ("Pertengahan tahun", (6,)),
    ("Bulan ke-3", (3,)),
    ("Bulan ke-3 s/d ke-6", (3, 4, 5, 6)),
    ("B1 - B3", (1, 2, 3)),
    # shapes that trip naive readers
    ("Mar - Jun 2025, Sep - Des 2025", (3, 4, 5, 6, 9, 10, 11, 12)),
    ("01 Maret - 31 Mei 2025", (3, 4, 5)),
    ("Desember 2024 - Januari 2025", (1, 12)),
    ("Februari 2025 s/d Desember 2025 (setiap bulan)", tuple(range(2, 13))),
    ("Januari s/d Desember (setiap triwulan)", (3, 6, 9, 12)),
    ("Minggu ke-4 setiap bulan", ALL),
    ("Triwulan I: Januari-Maret", Q1),
    ("Januari\u00a0s/d\u00a0Desember", ALL),
    ("TW I\nTW II", Q1 + Q2),
    ("Q1-Q2", Q1 + Q2),
    ("semester 1 & 2", ALL),
    ("Juli 2025 (menyesuaikan)", (7,)),
    # a period or recurrence next to named months describes them
    ("Juni 2025 (TW II)", (6,)),
    ("Triwulan I (Maret)", (3,)),
    ("TW I s/d TW IV (Maret, Juni, September, Desember)", (3, 6, 9, 12)),
    ("Juni, TW III", (6,) + Q3),
    ("Januari s/d TW II", Q1 + Q2),
    # abbreviations and counts
    ("Sem. II", (7, 8, 9, 10, 11, 12)),
    ("Trw. III", Q3),
    ("selama 12 bulan", ALL),
    ("Bulan 1-12", ALL),
    ("TW 1 - TW 4", ALL),
    # a moment of a period is one month of it
    ("Akhir Triwulan III", (9,)),
    ("awal Semester II", (7,)),
    ("pertengahan TW II", (5,)),
    ("akhir TW IV 2025", (12,)),
    ("end of Q2", (6,)),
]

#: Text with no schedule at all: nothing read, the text reported.
NO_SCHEDULE = [
    "sesuai kebutuhan",
    "Insidental",
    "-",
    "tahunan",
    "Tahunan 2025",
    "TBA",
    "?",
    "menyesuaikan",
    "I-IV",  # Roman numerals alone: months? quarters? not guessed
    "Janji layanan",  # "Jan" inside a word is no month
    "Desa Maretta",
    "Awal bulan",
    "2025/13/01",  # no month 13
]


@pytest.mark.parametrize(("phrase", "months"), PHRASES, ids=[p for p, _ in PHRASES])
def test_phrase_reads_to_its_months(phrase: str, months: tuple[int, ...]) -> None:
    got = parse_timing(phrase)
    assert got.months == months
    assert got.understood


def test_the_phrase_table_is_large_and_distinct() -> None:
    assert len(PHRASES) >= 80
    assert len({p for p, _ in PHRASES}) == len(PHRASES)


@pytest.mark.parametrize("phrase", NO_SCHEDULE)
def test_text_without_schedule_is_not_understood(phrase: str) -> None:
    got = parse_timing(phrase)
    assert got == Timing((), got.years, False, (phrase,))


def test_empty_text_is_not_understood_and_reports_nothing() -> None:
    assert parse_timing("") == Timing((), (), False, ())
    assert parse_timing("   \n ") == Timing((), (), False, ())


def test_year_only_is_not_a_schedule() -> None:
    got = parse_timing("2025")
    assert (got.understood, got.months, got.years) == (False, (), (2025,))


@pytest.mark.parametrize(
    ("phrase", "years"),
    [
        ("Januari s/d Desember 2021", (2021,)),
        ("Nov 2024 - Jan 2025", (2024, 2025)),
        ("12-01-2025", (2025,)),
        ("2025-01-12", (2025,)),
        ("Juni, Desember 2021", (2021,)),
        ("Maret", ()),
        ("Setiap bulan TA 2026", (2026,)),
        ("- Maret 2021 - Juni 2022", (2021, 2022)),
    ],
)
def test_years_named_in_the_text(phrase: str, years: tuple[int, ...]) -> None:
    assert parse_timing(phrase).years == years


def test_partially_understood_text_keeps_months_and_lists_the_rest() -> None:
    got = parse_timing("Juni, sesuai kebutuhan")
    assert got == Timing((6,), (), True, ("sesuai kebutuhan",))
    got = parse_timing("Maret 2025\nbila diperlukan")
    assert got == Timing((3,), (2025,), True, ("bila diperlukan",))


def test_recurrence_sharing_no_month_with_named_months_is_reported() -> None:
    got = parse_timing("Jan, Apr, Jul, Okt (setiap triwulan)")
    assert got == Timing((1, 4, 7, 10), (), True, ("setiap triwulan",))


@pytest.mark.parametrize(
    ("phrase", "months", "unread"),
    [
        ("Juni 2025 s.d. selesai", (6,), ("s.d. selesai",)),
        ("Januari s/d", (1,), ("s/d",)),
        # an end without a start after another schedule: from when is not said
        ("Maret, s/d Desember", (3, 12), ("s/d Desember",)),
        ("Januari 2025: seleksi; s/d Juni: evaluasi", (1, 6), ("s/d Juni",)),
        ("Rapat hingga Juni", (6,), ("hingga Juni",)),
        ("Juni sampai dengan selesai, Desember", (6, 12), ("sampai dengan selesai",)),
        ("Minggu ke-1 s/d ke-4 Januari", (1,), ()),  # a range of weeks, not an open range of months
        ("1 s/d 15 Januari 2025", (1,), ()),
    ],
)
def test_open_ranges_keep_their_month_and_are_reported(
    phrase: str, months: tuple[int, ...], unread: tuple[str, ...]
) -> None:
    got = parse_timing(phrase)
    assert (got.months, got.unread, got.understood) == (months, unread, True)


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        # months after a quarter or semester and a colon are the months: the label names their period
        ("TW I:\nJanuari, Februari", (1, 2)),
        ("TW I: Januari, Februari", (1, 2)),
        ("TW II: April, Mei, Juni", Q2),
        ("Semester I: Maret, Juni", (3, 6)),
        ("TW I: Maret", (3,)),
        ("Semester 2: Juli, Desember", (7, 12)),
        ("TW 1 : Jan, Feb, Mar", Q1),
        ("TW I: bulan Maret", (3,)),
        ("TW I: Maret; TW III: September", (3, 9)),
        ("Triwulan I:\n- Januari\n- Februari", (1, 2)),
        # so are months after a recurrence and a colon
        ("Setiap triwulan: Maret, Juni, September, Desember", (3, 6, 9, 12)),
        ("Setiap semester: Juni, Desember", (6, 12)),
        ("Triwulanan: Maret, Juni", (3, 6)),
        ("Setiap bulan: Januari - Desember", ALL),
        # a quarter naming none of the months is its three months, even beside another that does
        ("TW I: laporan; TW II: April, Mei", Q1 + (4, 5)),
        ("TW I; Juni (TW II)", Q1 + (6,)),
        # the lines of a cell are one schedule, as when the importer joins them
        ("Juni 2025\n(TW II)", (6,)),
        # guards: read as before
        ("Triwulan III : Juli - September", Q3),
        ("TW IV (Okt-Des)", Q4),
        ("Triwulan I: Januari-Maret", Q1),
        ("TW I: laporan Maret", Q1),  # a label that names a month is still a label
        ("TW I: laporan; TW III: laporan", Q1 + Q3),
        ("Januari 2025 : Laporan TW IV", (1,)),
        ("TW I\nTW II", Q1 + Q2),
    ],
)
def test_months_after_a_period_and_a_colon_are_the_months(phrase: str, months: tuple[int, ...]) -> None:
    got = parse_timing(phrase)
    assert (got.months, got.unread, got.understood) == (months, (), True)


@pytest.mark.parametrize(
    ("phrase", "months", "said"),
    [
        # a period heading or bracketing months it does not hold: the months written are the
        # schedule, and the period that disagrees with them is said (it was added to them, silently)
        ("TW I : April", (4,), ("TW I",)),
        ("Semester II: Maret", (3,), ("Semester II",)),
        ("TW I-II: Agustus", (8,), ("TW I-II",)),
        ("Juni (TW I)", (6,), ("TW I",)),
        ("Desember 2025 (Semester I)", (12,), ("Semester I",)),
        ("TW I: Januari\nTW II: Juli", (1, 7), ("TW II",)),
        # guards: a period that holds one of the months written, or stands apart from them
        ("TW I-II: Mei", (5,), ()),
        ("Maret, Juni (Semester I)", (3, 6), ()),
        ("TW I; Juni (TW II)", Q1 + (6,), ()),
        ("TW I: laporan", Q1, ()),
    ],
)
def test_a_period_disagreeing_with_its_months_is_said(
    phrase: str, months: tuple[int, ...], said: tuple[str, ...]
) -> None:
    got = parse_timing(phrase)
    assert (got.months, got.unread, got.understood) == (months, said, True)


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        ("Januari - Desember (kecuali Juni)", tuple(m for m in ALL if m != 6)),
        ("Setiap bulan kecuali Agustus", tuple(m for m in ALL if m != 8)),
        ("Jan–Des, kecuali Juli dan Agustus", tuple(m for m in ALL if m not in (7, 8))),
        ("Februari s.d. November (kecuali Mei)", (2, 3, 4, 6, 7, 8, 9, 10, 11)),
        ("Januari s/d Desember kecuali bulan Juni dan Juli", (1, 2, 3, 4, 5, 8, 9, 10, 11, 12)),
        ("Januari-Desember (kecuali TW III)", Q1 + Q2 + Q4),
        ("Setiap triwulan kecuali Desember", (3, 6, 9)),
        ("Jan - Des (except July)", tuple(m for m in ALL if m != 7)),
        ("Januari – Desember\n(kecuali Juni)", tuple(m for m in ALL if m != 6)),
        ("Oktober - Februari (kecuali Desember)", (1, 2, 10, 11)),
        # guards: "selain itu" is "besides", no exception
        ("Juni, selain itu Desember", (6, 12)),
    ],
)
def test_months_after_kecuali_are_left_out(phrase: str, months: tuple[int, ...]) -> None:
    got = parse_timing(phrase)
    assert (got.months, got.unread, got.understood) == (months, (), True)


@pytest.mark.parametrize(
    ("phrase", "months", "unread"),
    [
        # an exception that cannot be read keeps the months and is said, never silently dropped
        ("Januari-Desember kecuali bulan puasa", ALL, ("kecuali bulan puasa",)),
        ("Januari s.d. Desember (kecuali hari libur)", ALL, ("kecuali hari libur",)),
        ("Januari - Desember (kecuali Juni, sesuai kebutuhan)", ALL, ("kecuali Juni, sesuai kebutuhan",)),
        # an exception of months the schedule does not hold, or of all of them, is not taken out
        ("Januari - Juni kecuali Agustus", Q1 + Q2, ("kecuali Agustus",)),
        ("Juni kecuali Juni", (6,), ("kecuali Juni",)),
    ],
)
def test_an_exception_not_read_is_reported(
    phrase: str, months: tuple[int, ...], unread: tuple[str, ...]
) -> None:
    got = parse_timing(phrase)
    assert (got.months, got.unread, got.understood) == (months, unread, True)


def test_a_range_over_the_new_year_with_an_exception_is_said_as_written() -> None:
    # the importer keeps the plan year's part of "Juli 2025 - Juni 2026" when the range is the whole cell
    got = parse_timing("Juli 2025 - Juni 2026 (kecuali Desember)")
    assert got.wraps == ("Juli 2025 - Juni 2026 (kecuali Desember)",) and got.wrap_months == ((7, 6),)
    assert 12 not in got.months


def test_an_exception_alone_is_no_schedule() -> None:
    assert parse_timing("kecuali Juni") == Timing((), (), False, ("kecuali Juni",))


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        # "up to February" opening the schedule runs from the start of the plan year
        ("s.d. Februari", (1, 2)),
        ("s/d Juni", Q1 + Q2),
        ("sampai dengan Maret", Q1),
        ("Sampai Juni", Q1 + Q2),
        ("s/d Desember 2025", ALL),
        ("S/D JUNI 2025", Q1 + Q2),
        ("sampai dengan bulan Maret", Q1),
        ("Pelaksanaan s/d Juni", Q1 + Q2),
        ("s.d. 31 Maret 2025", Q1),
        ("s.d. 31-03-2025", Q1),
        ("Hingga akhir tahun", ALL),
        ("s/d TW II", Q1 + Q2),
        # guards: a range with both ends is read as before
        ("Maret s.d. Mei", (3, 4, 5)),
        ("Januari s.d. Desember", ALL),
        ("1 s/d 15 Januari 2025", (1,)),
    ],
)
def test_a_range_without_a_start_runs_from_january(phrase: str, months: tuple[int, ...]) -> None:
    got = parse_timing(phrase)
    assert (got.months, got.unread, got.understood) == (months, (), True)


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        # the same moment of every quarter or semester
        ("Setiap akhir semester", (6, 12)),
        ("Setiap akhir triwulan", (3, 6, 9, 12)),
        ("tiap akhir TW", (3, 6, 9, 12)),
        ("per akhir triwulan", (3, 6, 9, 12)),
        ("akhir masing-masing triwulan", (3, 6, 9, 12)),
        ("awal triwulan", (1, 4, 7, 10)),
        ("awal setiap triwulan", (1, 4, 7, 10)),  # read as "setiap triwulan" (3, 6, 9, 12)
        ("pertengahan triwulan", (2, 5, 8, 11)),
        ("awal semester", (1, 7)),
        ("end of each quarter", (3, 6, 9, 12)),
        ("setiap awal bulan", ALL),
        ("Setiap akhir bulan 2025", ALL),
        # a recurrence next to named months describes them
        ("Januari - Desember (setiap akhir triwulan)", (3, 6, 9, 12)),
        ("Maret, Juni (akhir triwulan)", (3, 6)),
        ("Laporan akhir triwulan: Maret, Juni", (3, 6)),
        # guards: a moment of one period, or of the year, is one month
        ("setiap akhir triwulan III", (9,)),
        ("Akhir Triwulan III", (9,)),
        ("akhir TW IV 2025", (12,)),
        ("awal tw 1", (1,)),
        ("akhir semester II", (12,)),
        ("setiap akhir tahun", (12,)),
        ("akhir setiap triwulan", (3, 6, 9, 12)),
        ("akhir setiap semester", (6, 12)),
    ],
)
def test_a_moment_of_every_quarter_is_a_recurrence(phrase: str, months: tuple[int, ...]) -> None:
    got = parse_timing(phrase)
    assert (got.months, got.unread, got.understood) == (months, (), True)


@pytest.mark.parametrize("phrase", ["Awal bulan", "akhir bulan", "akhir triwulan ini", "akhir TW berjalan"])
def test_a_moment_of_an_unnamed_period_says_no_month(phrase: str) -> None:
    assert parse_timing(phrase) == Timing((), (), False, (phrase,))


def test_label_after_a_colon_is_not_read_as_schedule() -> None:
    # "TW IV" after the colon names the report, not another schedule
    assert parse_timing("Januari 2025 : Laporan TW IV").months == (1,)


def test_long_hostile_text_is_read_without_error() -> None:
    text = "Januari s/d " + "-" * 5000 + " Desember " + "s" * 5000
    got = parse_timing(text)
    assert 1 in got.months and 12 in got.months
    assert all(len(f) <= 120 for f in got.unread)
    many = ", ".join(["Maret"] * 2000)
    assert parse_timing(many).months == (3,)


def test_many_colons_after_quarters_are_read() -> None:
    # every colon after a quarter looks at what follows it (without copying the rest of the cell: a copy
    # at each colon made this text take seconds; the suite asserts no time, see benchmarks/)
    assert parse_timing("TW I: " * 20000 + "Maret").months == (3,)


@pytest.mark.parametrize(
    ("cell", "months"),
    [
        ("Jan", (1,)),
        ("Januari", (1,)),
        ("JANUARI", (1,)),
        ("Agt", (8,)),
        ("Agu", (8,)),
        ("Agst", (8,)),
        ("Ags.", (8,)),
        ("Sept", (9,)),
        ("Nop", (11,)),
        ("Des", (12,)),
        ("Jan 2025", (1,)),
        ("Jan-25", (1,)),
        ("1", (1,)),
        ("01", (1,)),
        ("12", (12,)),
        ("B1", (1,)),
        ("B12", (12,)),
        ("Bln 4", (4,)),
        ("Bulan ke-3", (3,)),
        ("I", (1,)),
        ("IV", (4,)),
        ("IX", (9,)),
        ("XII", (12,)),
        ("TW I", Q1),
        ("TW-II", Q2),
        ("Triwulan II", Q2),
        ("Triwulan IV", Q4),
        ("Q3", Q3),
        ("Kuartal 4", Q4),
        ("Semester I", (1, 2, 3, 4, 5, 6)),
        ("Semester 2", (7, 8, 9, 10, 11, 12)),
    ],
)
def test_month_header(cell: str, months: tuple[int, ...]) -> None:
    assert month_header(cell) == months


@pytest.mark.parametrize(
    "cell",
    [
        "",
        "0",
        "13",
        "2025",
        "XIII",
        "Kegiatan",
        "No",
        "Bulan",
        "Jadwal Pelaksanaan",
        "TW V",
        "Q5",
        "B13",
        "Semester III",
        "M1",
        "Minggu 1",
        "(5)",
        "Januari s/d Maret",
        "123",
    ],
)
def test_not_a_month_header(cell: str) -> None:
    assert month_header(cell) is None


def test_layout_reads_the_same_vocabulary() -> None:
    assert layout.MONTH_NAMES is MONTH_NAMES
    assert layout.month_of("Agst") == 8


@given(st.text(max_size=300))
def test_any_text_never_raises_and_months_stay_in_range(text: str) -> None:
    got = parse_timing(text)
    assert all(1 <= m <= 12 for m in got.months)
    assert list(got.months) == sorted(set(got.months))
    assert got.understood or got.months == ()
    assert all(1000 <= y <= 2999 for y in got.years)
    month_header(text)


_PIECES = [
    "jan",
    "Desember",
    "s/d",
    "s.d.",
    "-",
    "–",
    " ",
    "tw",
    "TW",
    "i",
    "iv",
    "ke-",
    "2025",
    "12",
    "/",
    ".",
    ":",
    ",",
    "\n",
    "bulan",
    "setiap",
    "triwulan",
    "semester",
    "dan",
    "q",
    "3",
    "(",
    "minggu",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_schedule_words_in_any_order_never_raise(pieces: list[str]) -> None:
    got = parse_timing("".join(pieces))
    assert all(1 <= m <= 12 for m in got.months)
    assert got.understood == bool(got.months)


_NAMES = [(m, name) for m, names in MONTH_NAMES.items() for name in names]


@given(
    st.sampled_from(_NAMES),
    st.lists(st.booleans(), min_size=12, max_size=12),
    st.sampled_from(["", " ", "  ", "\t", " \n "]),
    st.sampled_from(["", "."]),
    st.sampled_from(["", " 2025", " 2021"]),
)
def test_month_names_in_any_case_and_spacing_round_trip(
    pair: tuple[int, str], upper: list[bool], pad: str, dot: str, year: str
) -> None:
    month, name = pair
    cased = "".join(c.upper() if u else c for c, u in zip(name, upper * 2, strict=False))
    got = parse_timing(f"{pad}{cased}{dot}{year}{pad}")
    assert got.months == (month,) and got.understood and got.unread == ()
    assert month_header(f"{pad}{cased}{dot}{pad}") == (month,)


@given(st.sampled_from(_NAMES), st.sampled_from(_NAMES), st.sampled_from([" s/d ", " - ", "–", " sampai "]))
def test_any_range_of_two_names_covers_the_months_between(
    a: tuple[int, str], b: tuple[int, str], joint: str
) -> None:
    got = parse_timing(f"{a[1]}{joint}{b[1]}").months
    start, end = a[0], b[0]
    expected = set(range(start, end + 1)) if end >= start else set(range(start, 13)) | set(range(1, end + 1))
    assert set(got) == expected


_JOINTS = [" s/d ", " s.d. ", " - ", "–", " sampai dengan ", " hingga ", " S/D "]
_LISTS = [", ", " dan ", "; ", "\n", " & "]


@st.composite
def schedules(draw: st.DrawFn) -> tuple[str, set[int]]:
    """A schedule as a unit might write it: months and month ranges in any spelling, and its months."""
    starts = sorted(draw(st.sets(st.integers(1, 12), min_size=1, max_size=4)))
    pieces, months = [], set()
    for i, start in enumerate(starts):
        limit = starts[i + 1] - 1 if i + 1 < len(starts) else 12
        end = draw(st.integers(start, limit))
        first = draw(st.sampled_from(MONTH_NAMES[start]))
        if end == start:
            pieces.append(first)
        else:
            last = draw(st.sampled_from(MONTH_NAMES[end]))
            pieces.append(first + draw(st.sampled_from(_JOINTS)) + last)
        months.update(range(start, end + 1))
        if draw(st.booleans()):
            pieces[-1] += f" {draw(st.integers(2019, 2027))}"
    text = draw(st.sampled_from(_LISTS)).join(pieces)
    text = "".join(c.upper() if draw(st.booleans()) else c for c in text) if draw(st.booleans()) else text
    return text, months


@given(schedules())
def test_written_schedules_read_back_to_their_months(schedule: tuple[str, set[int]]) -> None:
    text, months = schedule
    got = parse_timing(text)
    assert set(got.months) == months
    assert got.understood and got.unread == ()


@given(
    st.sets(st.integers(1, 4), min_size=1),
    st.sampled_from(["TW ", "Triwulan ", "Q", "Kuartal ", "TW-"]),
    st.sampled_from([", ", " dan ", "\n"]),
    st.booleans(),
)
def test_written_quarters_read_back_to_their_months(
    quarters: set[int], word: str, joint: str, roman: bool
) -> None:
    numerals = ["", "I", "II", "III", "IV"] if roman and word != "Q" else ["", "1", "2", "3", "4"]
    text = joint.join(f"{word}{numerals[q]}" for q in sorted(quarters))
    expected = {m for q in quarters for m in range(3 * q - 2, 3 * q + 1)}
    assert set(parse_timing(text).months) == expected


@pytest.mark.parametrize(
    ("text", "months", "qualifier"),
    [
        ("Sebelum Juni", (6,), "Sebelum"),
        ("Setelah Juli 2025", (7,), "Setelah"),
        ("Mulai Maret", (3,), "Mulai"),
        ("paling lambat Juni 2025", (6,), "paling lambat"),
    ],
)
def test_a_month_bounded_by_a_word_is_read_and_the_word_is_listed(
    text: str, months: tuple[int, ...], qualifier: str
) -> None:
    t = parse_timing(text)
    assert t.months == months and qualifier in t.unread


@pytest.mark.parametrize(
    ("phrase", "wraps"),
    [
        ("Agustus s/d Juni", True),
        ("Nov - Feb", True),
        ("TW IV - TW I", True),
        ("Januari - Desember", False),
        ("Maret s.d. Mei", False),
        ("Juni, Februari", False),  # a list, not a range
    ],
)
def test_a_range_over_the_new_year_is_said(phrase: str, wraps: bool) -> None:
    assert bool(parse_timing(phrase).wraps) is wraps


@pytest.mark.parametrize(
    ("cell", "months"),
    [
        ("Rencana: April - Juni 2025\nRealisasi: Desember 2025", (4, 5, 6)),
        ("Target: Maret\nRealisasi: Juni", (3,)),
        ("Rencana: Januari 2025\nCapaian: -", (1,)),
        ("Maret\nrealisasi - Mei", (3,)),
        ("Rencana: Januari s/d Februari 2025 Realisasi: Desember 2025", (1, 2)),  # the lines joined
        ("Realisasi: Mei; Rencana: Maret", (3,)),
        ("Realisasi anggaran: Juni", (6,)),  # no line of realisation: "realisasi anggaran" is the activity's
    ],
)
def test_a_realisation_line_under_the_plan_line_is_no_schedule(cell: str, months: tuple[int, ...]) -> None:
    """'Realisasi: Desember 2025' under 'Rencana: April - Juni 2025' added December to the schedule
    (once the lines of a cell were read as one schedule; before, 'Desember' after the colon was dropped by
    accident, as the first month after any label was)."""
    assert parse_timing(cell).months == months


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        ("03/2025", (3,)),
        ("3/2025", (3,)),
        ("2025-06", (6,)),
        ("03.2025", (3,)),
        ("03/2025 - 06/2025", (3, 4, 5, 6)),
        # guards: a whole date reads as before
        ("12/03/2025", (3,)),
        ("2025-03-04", (3,)),
    ],
)
def test_a_month_of_a_year_as_a_spreadsheet_writes_it_is_read(phrase: str, months: tuple[int, ...]) -> None:
    """ "03/2025" named no month (the schedule was unread)."""
    assert parse_timing(phrase).months == months


@pytest.mark.parametrize("phrase", ["13/2025", "2025/2026", "800/03/2025"])
def test_no_month_of_a_year_is_read_from_other_numbers(phrase: str) -> None:
    assert parse_timing(phrase).months == ()
