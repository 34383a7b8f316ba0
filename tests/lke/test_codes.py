"""LKE item references in the notations units write → rubric item codes (or nothing when unsure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zi_eval.lke.codes import item_refs
from zi_eval.models.loading import load_rubric
from zi_eval.models.rubric import FlatItem, Rubric

RUBRIC = load_rubric()
ROMAN = ["", "I", "II", "III", "IV", "V", "VI"]

#: (text as written, the letter column or None, expected codes).
NOTATIONS: list[tuple[str, str | None, tuple[str, ...]]] = [
    # rubric codes
    ("P.1.i.a", None, ("P.1.i.a",)),
    ("R.5.iii.b", None, ("R.5.iii.b",)),
    ("H.I.a", None, ("H.I.a",)),
    ("h.ii.a", None, ("H.II.a",)),
    ("R.1.ii", None, ("R.1.ii",)),
    ("P.3.v", None, ("P.3.v",)),
    ("p.1.i.a", None, ("P.1.i.a",)),
    ("P. 1. i. a", None, ("P.1.i.a",)),
    ("P.1.I.A", None, ("P.1.i.a",)),
    ("R.1.ii.a", None, ("R.1.ii",)),  # a single-item indicator's item written with "a"
    ("P.1.i.a, P.1.i.b", None, ("P.1.i.a", "P.1.i.b")),
    ("Kode: P.6.iv.c (SKM)", None, ("P.6.iv.c",)),
    ("P.1.i", None, ("P.1.i",)),  # a multi-item indicator: its code, not a guessed item
    ("P.1.i", "b", ("P.1.i.b",)),
    # LKE workbook hierarchy: A.1 Pemenuhan, A.2 Reform, B Hasil
    ("A.1.I.i", "a", ("P.1.i.a",)),
    ("A.1.I.i", "(b)", ("P.1.i.b",)),
    ("A.1.I.i", "B.", ("P.1.i.b",)),
    ("A.1.I.i.a", None, ("P.1.i.a",)),
    ("A.1.I.i a", None, ("P.1.i.a",)),
    ("A.1.I.i", None, ("P.1.i",)),
    ("A.2.I.ii", None, ("R.1.ii",)),
    ("A.2.V.iii", "b", ("R.5.iii.b",)),
    ("A.1.VI.iv", "c", ("P.6.iv.c",)),
    ("a.2.iii.ii", None, ("R.3.ii",)),
    ("B.I.a", None, ("H.I.a",)),
    ("B.I", "b", ("H.I.b",)),
    ("B.II", "a", ("H.II.a",)),
    # area.indicator.item: Pemenuhan or Reform unless the rest of the text says
    ("1.i.a", None, ("P.1.i.a", "R.1.i.a")),
    ("1.i", "b", ("P.1.i.b", "R.1.i.b")),
    ("1.iv.d", None, ("P.1.iv.d",)),  # only Pemenuhan has an indicator iv with an item d
    ("3.vi", None, ("P.3.vi",)),
    ("Pemenuhan 2.ii.a", None, ("P.2.ii.a",)),
    ("Reform 2.ii.a", None, ("R.2.ii.a",)),
    # labels of the hierarchy
    (
        "1. Manajemen Perubahan / i. Penyusunan Tim Kerja / a. Unit kerja telah membentuk tim",
        None,
        ("P.1.i.a",),
    ),
    ("1. Manajemen Perubahan / i. Komitmen dalam perubahan / b. Agen perubahan", None, ("R.1.i.b",)),
    ("1. Manajemen Perubahan / i. Penyusunan Tim Kerja", "b", ("P.1.i.b",)),
    ("1. Manajemen Perubahan / i. Tim Kerja / a", None, ("P.1.i.a",)),
    ("i. Penyusunan Tim Kerja / a. Unit kerja", None, ("P.1.i.a",)),
    ("Manajemen Perubahan / Pemantauan dan Evaluasi Pembangunan WBK/WBBM / b", None, ("P.1.iii.b",)),
    ("3. Penataan Sistem Manajemen SDM Aparatur / vi. Sistem Informasi Kepegawaian", None, ("P.3.vi",)),
    ("5. Penguatan Pengawasan / i. Pengendalian Gratifikasi (0,5) / b", None, ("P.5.i.b",)),
    ("4. Penguatan Akuntabilitas Kinerja / ii. Pengelolaan Akuntabilitas Kinerja / a.", None, ("P.4.ii.a",)),
    ("Komitmen Pimpinan", None, ("R.1.ii",)),
    # the item's question quoted (at least 30 characters), with or without its letter
    ("Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas", None, ("P.1.i.a",)),
    ("a. Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas", None, ("P.1.i.a",)),
    ("Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM", None, ("P.1.ii.a",)),
    # evidence folder trees and Windows paths
    ("AREA I\\i. Penyusunan Tim Kerja\\1.i.a SK TIM.pdf", None, ("P.1.i.a",)),
    (
        "ZONA INTEGRITAS 2022\\AREA I\\i. Penyusunan Tim Kerja\\1.i.b Notulen 12-01-2022.pdf",
        None,
        ("P.1.i.b",),
    ),
    (
        "A. PENGUNGKIT/I. PEMENUHAN/1. Manajemen Perubahan/i. Penyusunan Tim Kerja/a. Unit kerja",
        None,
        ("P.1.i.a",),
    ),
    (
        "A. PENGUNGKIT/II. REFORM/1. Manajemen Perubahan/i. Komitmen dalam perubahan/a. Agen",
        None,
        ("R.1.i.a",),
    ),
    ("AREA I/i. Penyusunan Tim Kerja/1.a SK Tim", None, ("P.1.i.a",)),
    ("Area 1 / i. Penyusunan Tim Kerja / b. Notulen", None, ("P.1.i.b",)),
    ("AREA I/Penyusunan Tim Kerja/SK Tim.pdf", None, ("P.1.i",)),
    ("Data Dukung/P.5.iv.b/Laporan WBS.pdf", None, ("P.5.iv.b",)),
    (
        "AREA II\\ii. Sistem Pemerintahan Berbasis Elektronik (SPBE) yang Terintegrasi\\2.ii.a",
        None,
        ("R.2.ii.a",),
    ),
    ("P.1.i.a;R.1.i.b", None, ("P.1.i.a", "R.1.i.b")),
    # Hasil labels
    (
        "B. HASIL / I. Birokrasi yang Bersih dan Akuntabel / a. Nilai Survey Persepsi Korupsi",
        None,
        ("H.I.a",),
    ),
    ("B. HASIL / II. Pelayanan Publik yang Prima / a", None, ("H.II.a",)),
    ("Birokrasi yang Bersih dan Akuntabel", "b", ("H.I.b",)),
    ("II. Pelayanan Publik yang Prima", None, ("H.II.a",)),  # the only item of that Hasil area
    # under HASIL a numeral counts the Hasil components, and a survey's name gives its item
    ("B. HASIL/II/a. Laporan SKM", None, ("H.II.a",)),
    ("B. HASIL/II. Pelayanan Prima/a. Laporan SKM 2025", None, ("H.II.a",)),  # not the sixth ZI area
    ("B. HASIL/I/b. Capaian", None, ("H.I.b",)),
    ("HASIL/IPKP/Laporan SKM 2025", None, ("H.II.a",)),
    ("HASIL/IPAK", None, ("H.I.a",)),
    # a numeral and a name that fit one aspect's indicator, the name being exactly the other's
    ("AREA III/iv. Kinerja Individu/c. SKP", None, ("P.3.iv.c",)),  # R.3.i is "Kinerja Individu"
    ("3. SDM/iv. Kinerja Individu/c. SKP", None, ("P.3.iv.c",)),
    ("AREA I/iv. Budaya Kerja/b. SK", None, ("P.1.iv.b",)),  # Reform has no indicator iv in area I
]

#: Texts that name no rubric item for sure: nothing is returned.
NOTHING: list[tuple[str, str | None]] = [
    ("P.1.i.c", None),  # P.1.i has items a and b only
    ("P.7.i.a", None),  # no area 7
    ("A.1.VII.i", "a"),  # no area VII
    ("7.i.a", None),
    ("R.1.ii.b", None),  # a single-item indicator has no item b
    ("A.1.I.i.b", "a"),  # the code says b, the letter column says a
    ("B.I", "c"),
    ("1.a.1", None),  # two numberings fit: not guessed
    ("P.1.i", "1"),  # the letter column holds no letter
    ("1. Manajemen Perubahan / ii. Penyusunan Tim Kerja / a", None),  # numeral and name disagree
    (
        "1. Manajemen Perubahan / i. Penyusunan Tim Kerja / b. Unit kerja telah membentuk tim untuk melakukan",
        None,
    ),
    ("SK Tim ZI 2025.pdf", None),
    ("AREA V/Laporan Pengaduan Masyarakat.pdf", None),  # a file name that merely contains a name
    ("Rapat koordinasi pembangunan ZI", None),
    ("", None),
    ("-", None),
    ("AREA VII\\i. Penyusunan Tim Kerja\\1.i.a SK.pdf", None),  # the folder's area is not the code's
    ("AREA II\\1.i.a SK.pdf", None),
    ("A.1.I.i", "a b"),
    ("AREA VII/i. Penyusunan Tim Kerja/a. SK", None),
    ("AREA II/i. Penyusunan Tim Kerja/a. SK", None),  # Penyusunan Tim Kerja is in area I
    ("SK No. 1.i/2025", None),  # a bare "1.i" inside other words is no reference
    ("Bab 1.i", None),
    ("b. Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas", None),  # that is a's
    ("https://drive.google.com/drive/folders/1i-AbCdEf_gHiJ?usp=sharing", None),
    ("Laporan Monev TW I.pdf", None),
    ("I. Birokrasi yang Bersih dan Akuntabel", None),  # two items: which one is not said
    ("B. HASIL/II/b. Laporan", None),  # the second Hasil component has one item
    ("B. HASIL/I. Pelayanan Publik yang Prima/a", None),  # the numeral and the name disagree
    ("HASIL/IPAK/Laporan SKM", None),  # two surveys
    ("HASIL/1/IPKP", None),
    ("AREA III/ii. Kinerja Individu/c. SKP", None),  # P.3.ii is Pola Mutasi, R.3.ii Assessment
]


@pytest.mark.parametrize(("text", "extra", "codes"), NOTATIONS, ids=[t for t, _, _ in NOTATIONS])
def test_notation_names_its_codes(text: str, extra: str | None, codes: tuple[str, ...]) -> None:
    assert item_refs(text, RUBRIC, extra) == codes


@pytest.mark.parametrize(("text", "extra"), NOTHING, ids=[t or "empty" for t, _ in NOTHING])
def test_text_naming_no_item_for_sure_gives_nothing(text: str, extra: str | None) -> None:
    assert item_refs(text, RUBRIC, extra) == ()


def test_tables_are_large_enough() -> None:
    assert len(NOTATIONS) + len(NOTHING) >= 30


def _parts(flat: FlatItem) -> tuple[str, int, str, str | None]:
    parts = flat.code.split(".")
    return parts[0], int(parts[1]), parts[2], parts[3] if len(parts) == 4 else None


PENGUNGKIT = [f for f in RUBRIC.items.values() if f.code[0] in "PR"]


@pytest.mark.parametrize("flat", PENGUNGKIT, ids=[f.code for f in PENGUNGKIT])
def test_every_pengungkit_item_is_found_in_every_notation(flat: FlatItem, rubric: Rubric) -> None:
    aspect, area, numeral, letter = _parts(flat)
    a_code = f"A.{1 if aspect == 'P' else 2}.{ROMAN[area]}.{numeral}"
    area_name = rubric.area(flat.area).name  # type: ignore[union-attr]
    labels = f"{area}. {area_name} / {numeral}. {flat.indicator.name}"
    if letter:
        labels += f" / {letter}. {flat.item.question}"
    path = f"AREA {ROMAN[area]}\\{numeral}. {flat.indicator.name}\\{area}.{numeral}{'.' + letter if letter else ''} x.pdf"
    assert item_refs(flat.code, rubric) == (flat.code,)
    assert item_refs(a_code, rubric, letter) == (flat.code,)
    assert item_refs(labels, rubric) == (flat.code,)
    assert item_refs(path, rubric) == (flat.code,)


@given(st.text(max_size=200), st.one_of(st.none(), st.text(max_size=5)))
def test_any_text_gives_only_rubric_codes(text: str, extra: str | None) -> None:
    for code in item_refs(text, RUBRIC, extra):
        assert code in RUBRIC.items or code in {i.code for f in RUBRIC.items.values() for i in [f.indicator]}


_PIECES = [
    "P",
    "R",
    "H",
    "A",
    "B",
    ".",
    "1",
    "2",
    "7",
    "I",
    "V",
    "i",
    "ii",
    "iv",
    "a",
    "b",
    "/",
    "\\",
    " ",
    "Manajemen Perubahan",
    "Penyusunan Tim Kerja",
    "area",
    "Pemenuhan",
    "Reform",
    " / ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([None, "a", "b", "z", "(c)"]))
def test_code_like_text_gives_only_rubric_codes(pieces: list[str], extra: str | None) -> None:
    indicators = {f.indicator.code for f in RUBRIC.items.values()}
    for code in item_refs("".join(pieces), RUBRIC, extra):
        assert code in RUBRIC.items or code in indicators


def _spaced(text: str, gap: str) -> str:
    return text.replace(".", f"{gap}.{gap}") if gap else text


@given(
    st.sampled_from(PENGUNGKIT),
    st.sampled_from(["", " "]),
    st.sampled_from([" / ", "\\", "/", " > ", " | "]),
    st.booleans(),
)
def test_notations_survive_spacing_separators_and_case(
    flat: FlatItem, gap: str, separator: str, upper: bool
) -> None:
    aspect, area, numeral, letter = _parts(flat)
    code = _spaced(flat.code.upper() if upper else flat.code, gap)
    assert item_refs(code, RUBRIC) == (flat.code,)
    a_code = _spaced(f"A.{1 if aspect == 'P' else 2}.{ROMAN[area]}.{numeral}", gap)
    assert item_refs(a_code, RUBRIC, letter.upper() if letter and upper else letter) == (flat.code,)
    labels = [f"AREA {ROMAN[area]}", f"{numeral}. {flat.indicator.name}"]
    if letter:
        labels.append(f"{letter}. Data dukung")
    text = separator.join(labels)
    assert item_refs(text.upper() if upper else text, RUBRIC) == (flat.code,)


def test_an_indicator_abbreviation_settles_pemenuhan_or_reform(rubric: Rubric) -> None:
    # area II indicator i is P.2.i (Prosedur operasional tetap (SOP) …) or R.2.i (peta proses bisnis)
    assert item_refs("AREA II/i. SOP", rubric) == ("P.2.i",)
    assert item_refs("AREA II/i. Peta Proses Bisnis", rubric) == ("R.2.i",)
    assert set(item_refs("AREA II/i. Dokumen", rubric)) == {"P.2.i", "R.2.i"}  # nothing says which


def test_an_area_label_is_never_read_as_the_hasil_of_the_same_name(rubric: Rubric) -> None:
    for text in ("6. Pelayanan Publik/laporan.pdf", "Area 6 Pelayanan Publik"):
        assert not any(c.startswith("H.") for c in item_refs(text, rubric)), text


def test_an_indicator_name_in_the_units_own_words_settles_the_aspect(rubric: Rubric) -> None:
    # P.1.ii is "Rencana Pembangunan Zona Integritas"; R.1.ii (one item) is Komitmen Pimpinan
    assert item_refs("AREA I/ii. Rencana Pembangunan ZI/Rencana Kerja ZI.pdf", rubric) == ("P.1.ii",)
    assert item_refs("AREA I/ii. Komitmen Pimpinan", rubric) == ("R.1.ii",)


def test_a_numeral_picks_among_the_indicators_a_short_name_fits(rubric: Rubric) -> None:
    # "Komitmen" fits R.1.i (Komitmen dalam perubahan) and R.1.ii (Komitmen Pimpinan): the numeral decides
    assert item_refs("AREA I/i. Komitmen/a/Laporan.pdf", rubric) == ("R.1.i.a",)
    assert item_refs("AREA I/ii. Komitmen/Laporan.pdf", rubric) == ("R.1.ii",)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # under a named area, an Arabic number counts the indicators (it was read as area 1: nothing)
        ("AREA II/1. SOP/a. SOP Pelayanan.pdf", ("P.2.i.a",)),
        ("AREA II/1. SOP", ("P.2.i",)),
        ("AREA II/2. Penataan Tatalaksana/1. SOP/b", ("P.2.i.b",)),
        ("AREA VI/1. Standar Pelayanan/a", ("P.6.i.a",)),
        ("AREA I/2. Komitmen/Laporan.pdf", ("R.1.ii",)),  # the name fits R.1.i and R.1.ii: the number decides
        ("AREA III/2. Pola Mutasi/a", ("P.3.ii.a",)),  # number and name agree
        # number and name disagree, or no such indicator: nothing rather than a guess
        ("AREA III/1. Pola Mutasi/a", ()),
        ("AREA II/9. SOP/a", ()),
        # a number that names an area is still the area
        ("AREA II/2. Penataan Tatalaksana/a", ()),
    ],
)
def test_an_arabic_number_under_an_area_counts_its_indicators(
    rubric: Rubric, text: str, codes: tuple[str, ...]
) -> None:
    assert item_refs(text, rubric) == codes
