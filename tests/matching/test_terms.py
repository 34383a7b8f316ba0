"""The text analysis both sides of a match share: stems, the units' abbreviations, typos."""

from __future__ import annotations

import pytest

from zi_eval.matching.terms import read_vocabulary, shipped_vocabulary
from zi_eval.models.rubric import Rubric
from zi_eval.scoring.linking import matcher


@pytest.mark.parametrize(
    "forms",
    [
        ("penyusunan", "menyusun", "disusun", "tersusunnya", "susun"),
        ("pemantauan", "memantau", "dipantau", "pantau"),
        ("pengelolaan", "mengelola", "dikelola", "kelola"),
        ("pemanfaatan", "memanfaatkan", "dimanfaatkan", "manfaat"),
        ("penilaian", "menilai", "dinilai", "nilai"),
        ("perencanaan", "merencanakan", "direncanakan", "rencana"),
        ("pelayanan", "melayani", "layanan"),
        ("pengaduan", "mengadukan", "aduan"),
        ("penanganan", "menangani", "ditangani"),
        ("perbaikan", "memperbaiki", "diperbaiki"),
        ("keterbukaan", "terbuka"),
        ("sosialisasi", "disosialisasikan", "mensosialisasikan"),
        ("evaluasi", "mengevaluasi", "dievaluasi"),
    ],
)
def test_affixed_forms_of_one_word_meet(rubric: Rubric, forms: tuple[str, ...]) -> None:
    stem = matcher(rubric).analyzer.stem
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


def test_words_that_only_look_affixed_stay_apart(rubric: Rubric) -> None:
    stem = matcher(rubric).analyzer.stem
    # "pemantauan" (pantau) and "pemanfaatan" (manfaat) must not meet; nor "pelayanan" and "pelaporan"
    assert stem("pemantauan") != stem("pemanfaatan")
    assert stem("pelayanan") != stem("pelaporan")
    assert stem("informasi") == "informasi"  # a final -i without a prefix is part of the word


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("Monev SOP", "pemantauan evaluasi standar operasional prosedur"),
        ("LHKPN", "Laporan Harta Kekayaan Penyelenggara Negara"),
        ("SKM", "survei kepuasan masyarakat"),
        ("SP4N-LAPOR!", "aplikasi LAPOR"),
        ("diklat pegawai", "pendidikan dan pelatihan ASN"),
        ("e-Office", "tata naskah dinas elektronik"),
        ("WBS", "whistle blowing system"),
        ("Sosialiasi ZI kepada pegawi", "sosialisasi zona integritas kepada pegawai"),
    ],
)
def test_abbreviations_spellings_and_typos_meet_their_long_form(
    rubric: Rubric, written: str, same_as: str
) -> None:
    an = matcher(rubric).analyzer
    assert set(an.terms(written)[0]) == set(an.terms(same_as)[0])


def test_terms_keep_the_words_they_came_from(rubric: Rubric) -> None:
    terms, shown = matcher(rubric).analyzer.terms("Penyusunan SOP pelayanan")
    assert terms == ["susun", "sop", "layan", "susun_sop", "sop_layan"]
    assert shown["layan"] == "pelayanan" and shown["sop_layan"] == "sop pelayanan"


def test_stop_words_and_numbers_are_not_terms(rubric: Rubric) -> None:
    terms, _ = matcher(rubric).analyzer.terms("Kegiatan di lingkungan kantor tahun 2025 dan 2026")
    assert terms == []


def test_the_vocabulary_is_data() -> None:
    vocab = read_vocabulary({"acronyms": {"ikd": ["identitas kependudukan digital"]}, "stop": ["Yang"]})
    assert vocab.phrases[("identitas", "kependudukan", "digital")] == ("ikd",)
    assert "yang" in vocab.stop
    shipped = shipped_vocabulary()
    assert shipped.phrases[("monev",)] == ("pemantauan", "evaluasi")
    assert {"sop", "lhkpn", "spip", "sakip", "ppid", "skm", "sp4n", "wbs"} <= {
        v[0] for v in shipped.phrases.values() if len(v) == 1
    }


def test_hostile_words_cost_nothing(rubric: Rubric) -> None:
    an = matcher(rubric).analyzer
    terms, _ = an.terms("a" * 100_000 + " " + "pegawi " * 3)
    assert terms[0] == "a" * 100_000 and an.stem("pegawai") in terms  # the typo is still mended
    assert an.mend("x" * 41) == "x" * 41  # longer than any word: never compared


@pytest.mark.parametrize(
    ("wrapped", "whole"),
    [
        ("Penyelengga raan pelayanan publik", "Penyelenggaraan pelayanan publik"),
        ("Pembentukan Tim Pembangu nan Zona Integritas", "Pembentukan Tim Pembangunan Zona Integritas"),
        ("Peningkatan kualitas pela yanan", "Peningkatan kualitas pelayanan"),
    ],
)
def test_a_word_a_narrow_cell_wrapped_is_read_whole(rubric: Rubric, wrapped: str, whole: str) -> None:
    # a PDF table cell too narrow for a long word breaks it over two lines, read back with a space
    analyzer = matcher(rubric).analyzer
    assert analyzer.words(wrapped) == analyzer.words(whole)


@pytest.mark.parametrize(
    "text",
    [
        "Rapat koordinasi bulanan",  # real words stay apart
        "peng aduan masyarakat",  # 'aduan' is a word: the pair is left as written
        "Sosialisasi ke bijakan",  # 'ke' is a word
    ],
)
def test_words_that_are_words_are_never_joined(rubric: Rubric, text: str) -> None:
    analyzer = matcher(rubric).analyzer
    assert len(analyzer.words(text)) == len(text.split())
