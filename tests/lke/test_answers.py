"""Answer cells as assessors type them: what each reads as, and when the reading is reported."""

from __future__ import annotations

import pytest

from zi_eval.lke.answers import (
    Reading,
    counts_for_percent,
    parse_number,
    read_count,
    read_option,
    read_percent,
    read_survey,
)
from zi_eval.models.rubric import Rubric
from zi_eval.scoring.values import ratio_value

YA_TIDAK = {"Ya": 1.0, "Tidak": 0.0}
ABC = {"A": 1.0, "B": 0.5, "C": 0.0}


@pytest.mark.parametrize(
    ("raw", "options", "expected"),
    [
        ("Ya", YA_TIDAK, Reading("Ya")),
        ("ya", YA_TIDAK, Reading("Ya", changed=True)),
        ("YA", YA_TIDAK, Reading("Ya", changed=True)),
        (" Tidak ", YA_TIDAK, Reading("Tidak")),  # white space is not worth a finding
        (1.0, YA_TIDAK, Reading("Ya", changed=True)),
        ("0", YA_TIDAK, Reading("Tidak", changed=True)),
        ("c", ABC, Reading("C", changed=True)),
        ("B.", ABC, Reading("B", changed=True)),
        ("A: Jika dengan prosedur yang jelas", ABC, Reading("A", changed=True)),  # criteria drop-down
        ("b. sebagian", ABC, Reading("B", changed=True)),
        ("Ya, jika Tim telah dibentuk", YA_TIDAK, Reading("Ya", changed=True)),
        ("Tidak - belum ada", YA_TIDAK, Reading("Tidak", changed=True)),
        # a remark in brackets or after a slash, an equals sign or an em dash, as "D - belum" is read
        ("A (sudah)", ABC, Reading("A", changed=True)),
        ("Ya (ada SK)", YA_TIDAK, Reading("Ya", changed=True)),
        ("c / sebagian", ABC, Reading("C", changed=True)),
        ("B = sebagian unit", ABC, Reading("B", changed=True)),
        ("Tidak — belum", YA_TIDAK, Reading("Tidak", changed=True)),
        # a yes or no in other words with a remark, in a Ya/Tidak row
        ("Ada (SK Tim)", YA_TIDAK, Reading("Ya", changed=True)),
        ("Ada: SK Tim", YA_TIDAK, Reading("Ya", changed=True)),
        ("Belum (menyusul)", YA_TIDAK, Reading("Tidak", changed=True)),
        # a word that is no option stays refused
        ("D (sudah)", ABC, Reading("D (sudah)", bad=True)),
        ("A(sudah)", ABC, Reading("A", changed=True)),
        ("Sudah", ABC, Reading("Sudah", bad=True)),  # which of A, B, C is "done"? not said
        ("Ada (SK Tim)", ABC, Reading("Ada (SK Tim)", bad=True)),
        ("Sebagian", YA_TIDAK, Reading("Sebagian", bad=True)),  # neither yes nor no
        ("Ada tapi belum lengkap", YA_TIDAK, Reading("Ada tapi belum lengkap", bad=True)),
        ("1", ABC, Reading("1", bad=True)),  # a digit means nothing in an A/B/C row
        ("D", ABC, Reading("D", bad=True)),
        # "Sudah" answers "Apakah telah …" yes as "Belum" answers it no (it was refused, the item unanswered)
        ("Sudah", YA_TIDAK, Reading("Ya", changed=True)),
        ("sudah ada", YA_TIDAK, Reading("Ya", changed=True)),
        ("Ada", YA_TIDAK, Reading("Ya", changed=True)),
        # a yes or no in other words (a probe: each was refused, the item left unanswered)
        ("Iya", YA_TIDAK, Reading("Ya", changed=True)),
        ("Tidak Ada", YA_TIDAK, Reading("Tidak", changed=True)),
        ("Belum", YA_TIDAK, Reading("Tidak", changed=True)),
        ("belum ada", YA_TIDAK, Reading("Tidak", changed=True)),
        # the options listed in the cell (a copy pre-filled with them) choose none: it was the first
        ("A/B/C", ABC, Reading("A/B/C", bad=True)),
        ("Ya/Tidak", YA_TIDAK, Reading("Ya/Tidak", bad=True)),
        ("ya / tidak", YA_TIDAK, Reading("ya / tidak", bad=True)),
        ("B/C", ABC, Reading("B/C", bad=True)),
        ("A-B", ABC, Reading("A-B", bad=True)),
        ("B atau C", ABC, Reading("B atau C", bad=True)),
        ("A, B, C", ABC, Reading("A, B, C", bad=True)),
        ("A - belum", ABC, Reading("A", changed=True)),  # an option and what it means: that option
        ("", ABC, Reading(None)),
        ("Blm Diisi", ABC, Reading(None)),
        ("-", YA_TIDAK, Reading(None)),
    ],
)
def test_option_cells(raw: object, options: dict[str, float], expected: Reading) -> None:
    assert read_option(raw, options) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (4.0, Reading(4.0)),
        (3.62, Reading(3.62)),
        ("3.62", Reading(3.62)),
        ("3,85", Reading(3.85, changed=True)),
        ("4,5", Reading("4,5", bad=True)),
        (-1.0, Reading("-1", bad=True)),
        ("baik", Reading("baik", bad=True)),
        ("", Reading(None)),
        # the index with the words a survey report puts around it
        ("3,75 (Sangat Baik)", Reading(3.75, changed=True)),
        ("Nilai 3.6", Reading(3.6, changed=True)),
        ("IPAK: 3,41 - Baik", Reading(3.41, changed=True)),
        ("Nilai 5", Reading("Nilai 5", bad=True)),  # words do not make an index out of range valid
        ("12 Januari 2025", Reading("12 Januari 2025", bad=True)),
    ],
)
def test_survey_cells(raw: object, expected: Reading) -> None:
    assert read_survey(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fraction", "changed"),
    [
        (1.0, 1.0, False),
        (0.85, 0.85, False),
        ("100.00%", 1.0, True),
        ("85%", 0.85, True),
        ("0,85", 0.85, True),
        ("85", 0.85, True),  # percentage points without the sign
        ("12,5 %", 0.125, True),
        ("16 dari 20", 0.8, True),  # a part of a whole, as an office writes a share
        ("16/20", 0.8, True),
    ],
)
def test_percent_cells(raw: object, fraction: float, changed: bool) -> None:
    r = read_percent(raw)
    assert r.value == pytest.approx(fraction) and r.changed is changed and not r.bad


@pytest.mark.parametrize("raw", ["150%", "-5%", "banyak", "101", "21 dari 20", "0 dari 0"])
def test_percent_cells_outside_0_100_are_refused(raw: str) -> None:
    assert read_percent(raw).bad


def test_count_cells() -> None:
    assert read_count(12.0) == Reading(12)
    assert read_count("12") == Reading(12)
    assert read_count("12,0") == Reading(12, changed=True)
    assert read_count("2,5").bad and read_count(-1.0).bad and read_count("lima").bad
    assert read_count("") == Reading(None)
    # what it counts written after the number, or a word for none (a probe: refused, the item scored 0)
    assert read_count("10 orang") == Reading(10, changed=True)
    assert read_count("8 perubahan") == Reading(8, changed=True)
    assert read_count("1.000 pegawai") == Reading(1000, changed=True)
    assert read_count("Nihil") == Reading(0, changed=True)
    assert read_count("tidak ada") == Reading(0, changed=True)
    assert read_count("2,5 orang").bad and read_count("10 orang 5").bad and read_count("orang").bad


def test_numbers() -> None:
    assert parse_number("3,85") == 3.85 and parse_number(" 3.85 ") == 3.85
    assert parse_number("1.234,5") is None  # thousands separators are not guessed
    assert parse_number(True) is None and parse_number(float("nan")) is None


@pytest.mark.parametrize("fraction", [0.0, 0.25, 0.333, 0.8571, 1.0, 0.123456])
@pytest.mark.parametrize("code", ["R.1.i.a", "R.3.iii.a", "R.5.iii.a", "R.5.iii.b", "R.6.i.b"])
def test_percent_stored_as_counts_gives_the_percent(code: str, fraction: float, rubric: Rubric) -> None:
    formula = rubric.items[code].item.formula
    assert formula is not None
    counts, rounded = counts_for_percent(formula, fraction)
    value, _ = ratio_value(formula, counts)
    assert value == pytest.approx(fraction, abs=1e-4 if rounded else 1e-12)
    assert rounded is (fraction == 0.123456)
    assert set(counts) <= {i.id for i in rubric.items[code].item.inputs}


CRITERIA = {
    "A": "Jika semua SOP unit telah mengacu peta proses bisnis dan juga melakukan inovasi yang selaras",
    "B": "Jika semua SOP unit telah mengacu peta proses bisnis",
    "C": "Jika sebagian kecil SOP unit telah mengacu peta proses bisnis",
}


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        # a drop-down listing the criteria: the cell holds the option's text, not its letter (a probe: 85
        # items refused, the total 47.41 for 79.88)
        (CRITERIA["B"], Reading("B", changed=True)),  # whole, though it is also the start of A's
        (CRITERIA["A"].upper() + ".", Reading("A", changed=True)),
        ("Jika sebagian kecil SOP unit telah mengacu", Reading("C", changed=True)),  # cut short in the cell
        (
            "Jika semua SOP unit telah mengacu",
            Reading("Jika semua SOP unit telah mengacu", bad=True),
        ),  # A or B?
        ("Jika semua", Reading("Jika semua", bad=True)),  # too short to tell
    ],
)
def test_an_options_criterion_written_out_is_that_option(cell: str, want: Reading) -> None:
    assert read_option(cell, {"A": 1.0, "B": 0.5, "C": 0.0}, CRITERIA) == want


def test_every_criterion_of_the_rubric_reads_as_its_option(rubric: Rubric) -> None:
    """Each item's criteria, written out as a drop-down shows them, read as their own options."""
    for code, flat in rubric.items.items():
        item = flat.item
        for opt, text in (item.criteria or {}).items():
            if item.options and opt in item.options and len(text) >= 12:
                assert read_option(text, item.options, item.criteria).value == opt, (code, opt)
