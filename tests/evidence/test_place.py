"""Placement rules that are not tied to one tree: the fast path never hides a reference item_refs reads."""

from __future__ import annotations

import random

from zi_eval.evidence.place import Placement, Placer
from zi_eval.lke.codes import item_refs
from zi_eval.models.rubric import Rubric


def _names(rubric: Rubric) -> list[str]:
    """File names built from the rubric's own words, cut, lengthened and misspelt as units do."""
    rng = random.Random(15)
    out: list[str] = []
    texts = [f.indicator.name for f in rubric.items.values()] + [
        f.item.question for f in rubric.items.values()
    ]
    texts += [a.name for a in rubric.areas] + [alias for ra in rubric.ra_areas for alias in ra.aliases]
    for text in dict.fromkeys(texts):
        words = text.split()
        out += [text, text.upper(), f"{text} 2025", " ".join(words[:2]), " ".join(words[:3]), text[:45]]
        if len(text) > 6:
            i = rng.randrange(1, len(text) - 1)
            out.append(text[:i] + text[i + 1 :])  # a letter dropped
    out += ["SK Tim ZI 2025", "Notulen Rapat 12-01-2025", "Laporan Monev TW I", "scan0001", "IMG 20250301"]
    return out


def test_names_the_fast_path_skips_name_no_item(rubric: Rubric) -> None:
    placer = Placer(rubric)
    names = _names(rubric)
    skipped = [n for n in names if not placer.may_name_item(n)]
    assert len(skipped) > 20  # the fast path is used at all
    assert [n for n in skipped if item_refs(n, rubric)] == []


def test_fast_path_places_like_the_full_reading(rubric: Rubric) -> None:
    """With the fast path forced off, every file of a mixed folder set lands in the same place."""
    folders = [
        ("P.1.i.a",),
        ("AREA I", "i. Penyusunan Tim Kerja"),
        ("A. PENGUNGKIT", "II. REFORM", "1. Manajemen Perubahan", "ii. Komitmen Pimpinan"),
        ("Data Dukung", "Area 5 Pengawasan"),
        ("6. Pelayanan Publik",),
        ("AREA I", "1.i.a"),
        (),
    ]
    names = [
        "SK Tim ZI 2025",
        "Laporan Monev TW II",
        "Foto kegiatan",
        "Daftar Hadir Sosialisasi",
        "Survei",
        "Reform Pakta Integritas",  # an aspect word settles 1.i.a
        "Bukti Unit kerja telah membentuk tim untuk melakukan pembangunan",  # a question inside a name
    ]
    fast, full = Placer(rubric), Placer(rubric)
    full.may_name_item = lambda text: True  # type: ignore[method-assign]
    for f in folders:
        for n in names:
            a, b = fast.place(f, n, n), full.place(f, n, n)
            a = a if isinstance(a, Placement) else fast.answer([a])[0]
            b = b if isinstance(b, Placement) else full.answer([b])[0]
            assert (a.items, a.ambiguous) == (b.items, b.ambiguous), (f, n)


def test_single_item_reform_indicator_read_with_a_letter_is_still_ambiguous(rubric: Rubric) -> None:
    """``2.i.a`` is P.2.i.a, or R.2.i (one item, written with "a"): both aspects, so neither —
    unless the name says which indicator ("SOP" is the abbreviation in P.2.i's name)."""
    placed = Placer(rubric).place(("AREA II",), "2.i.a Dokumen", "Dokumen")
    assert isinstance(placed, Placement)
    assert (placed.items, placed.ambiguous) == ((), ("P.2.i.a", "R.2.i"))
    named = Placer(rubric).place(("AREA II",), "2.i.a SOP", "SOP")
    assert isinstance(named, Placement)
    assert (named.items, named.ambiguous) == (("P.2.i.a",), ())


def _placed(placer: Placer, folders: tuple[str, ...], title: str) -> Placement:
    got = placer.place(folders, title, title)
    return got if isinstance(got, Placement) else placer.answer([got])[0]


def test_an_indicator_folder_of_both_aspects_needs_a_title_that_says_more_than_its_name(
    rubric: Rubric,
) -> None:
    """``AREA II/ii. SPBE`` is Pemenuhan's SPBE indicator (P.2.ii) or Reform's (R.2.ii). "Dokumentasi SPBE"
    says only what both are named: it went to R.2.ii.a by a lexical score; it is ambiguous. A title
    that says more still chooses."""
    placer = Placer(rubric)
    folders = ("AREA II", "ii. SPBE")
    vague = _placed(placer, folders, "Dokumentasi SPBE")
    assert vague.items == ()
    assert set(vague.ambiguous) == {"P.2.ii.a", "P.2.ii.b", "P.2.ii.c", "P.2.ii.d", "R.2.ii.a", "R.2.ii.b"}
    assert _placed(placer, folders, "Dokumentasi integrasi SPBE pelayanan publik").items == ("R.2.ii.a",)
    assert _placed(placer, folders, "Aplikasi e-performance pengukuran kinerja").items == ("P.2.ii.a",)
    # one aspect named by the folders: the title chooses within it as before
    assert _placed(placer, ("PEMENUHAN", "AREA II", "ii. SPBE"), "Laporan monev pemanfaatan TI").items == (
        "P.2.ii.d",
    )
