"""With a unit, files also support the plan activities they fit (rule: zi_eval/evidence/place.py)."""

from __future__ import annotations

from pathlib import Path

from tests.builders import make_unit
from tests.evidence.trees import make_tree
from zi_eval.evidence.scan import scan_tree
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, LkeLink, Unit
from zi_eval.scoring.linking import link_unit

MP = "manajemen-perubahan"


def _unit(rubric: Rubric) -> Unit:
    acts = (
        Activity(
            id="a-tim",
            ra_area="Manajemen Perubahan",
            area=MP,
            kegiatan="Pembentukan Tim Kerja ZI",
            months=(1,),
            lke=(LkeLink(code="P.1.i.a"),),
        ),
        Activity(
            id="a-sosialisasi",
            ra_area="Manajemen Perubahan",
            area=MP,
            kegiatan="Sosialisasi pembangunan ZI kepada pegawai",
            months=(3,),
            expected_evidence=("Daftar hadir sosialisasi",),
            lke=(LkeLink(code="P.1.ii.c"),),
        ),
        Activity(
            id="a-monev",
            ra_area="Manajemen Perubahan",
            area=MP,
            kegiatan="Monitoring dan evaluasi pembangunan ZI",
            months=(6, 12),
            lke=(LkeLink(code="P.1.iii.b"),),
        ),
        Activity(id="a-unscheduled", ra_area="Manajemen Perubahan", area=MP, kegiatan="Rapat pimpinan ZI"),
    )
    return make_unit(rubric, activities=acts, year=2025)


def test_files_support_the_activities_whose_months_and_items_or_words_they_match(
    tmp_path: Path, rubric: Rubric
) -> None:
    root = make_tree(
        tmp_path / "dd",
        [
            "P.1.i.a/SK Tim 2025-01-10.pdf",  # item of a-tim, in its month
            "P.1.i.a/SK Tim Revisi 2025-05-02.pdf",  # item of a-tim, another month: the item only
            "Lain-lain/Daftar Hadir Sosialisasi Maret.pdf",  # the expected evidence's words, in its month
            "Lain-lain/Daftar Hadir Sosialisasi Juli.pdf",  # the same words, another month
            "P.1.iii.b/Laporan Monev TW II.pdf",  # a quarter that holds the activity's June
            "Lain-lain/Notulen Rapat Pimpinan ZI.pdf",  # kegiatan words; the activity has no months
        ],
    )
    scan = scan_tree(root, rubric, unit=_unit(rubric))
    got = {r.path: r.supports for r in scan.records}
    pimpinan = got.pop("Lain-lain/Notulen Rapat Pimpinan ZI.pdf")
    # its item is the matcher's call on the title; its activity is the kegiatan's words (no months: mtime)
    assert [s for s in pimpinan if s.startswith("a-")] == ["a-unscheduled"]
    assert got == {
        "Lain-lain/Daftar Hadir Sosialisasi Juli.pdf": ("P.1.ii.c",),
        "Lain-lain/Daftar Hadir Sosialisasi Maret.pdf": ("P.1.ii.c", "a-sosialisasi"),
        "P.1.i.a/SK Tim 2025-01-10.pdf": ("P.1.i.a", "a-tim"),
        "P.1.i.a/SK Tim Revisi 2025-05-02.pdf": ("P.1.i.a",),
        "P.1.iii.b/Laporan Monev TW II.pdf": ("P.1.iii.b", "a-monev"),
    }
    # a file that fits an activity (and through it the activity's items) is not unplaced
    assert not [f for f in scan.findings if f["code"] == "EVIDENCE_UNPLACED"]


def test_a_month_from_the_files_time_ties_it_to_no_activity(tmp_path: Path, rubric: Rubric) -> None:
    """The tree's files carry a June mtime; a-monev runs in June, but a guessed month is no evidence of it."""
    root = make_tree(tmp_path / "dd", ["P.1.iii.b/Laporan Monev.pdf"])
    (record,) = scan_tree(root, rubric, unit=_unit(rubric)).records
    assert (record.months, record.supports) == ((6,), ("P.1.iii.b",))


def test_a_date_in_another_year_ties_the_file_to_no_activity(tmp_path: Path, rubric: Rubric) -> None:
    """Last year's SK, dated in January, is not this year's January activity, nor this year's January:
    its months are not counted and a finding says so (the item it names still has it)."""
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim 2024-01-10.pdf", "P.1.i.a/SK Tim 2025-01-10.pdf"])
    scan = scan_tree(root, rubric, unit=_unit(rubric))
    got = {r.title: (r.months, r.supports) for r in scan.records}
    assert got == {
        "SK Tim 2024-01-10": ((), ("P.1.i.a",)),
        "SK Tim 2025-01-10": ((1,), ("P.1.i.a", "a-tim")),
    }
    other = [f for f in scan.findings if f["code"] == "EVIDENCE_OTHER_YEAR"]
    assert [(f["path"], f["theirs"], f["ours"]) for f in other] == [
        ("P.1.i.a/SK Tim 2024-01-10.pdf", "2024", "2025")
    ]


def test_scanned_records_feed_the_links_of_the_unit(tmp_path: Path, rubric: Rubric) -> None:
    """The records join the unit and the engine's evidence links see them (items and activities)."""
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim 2025-01-10.pdf"])
    unit = _unit(rubric)
    records = scan_tree(root, rubric, unit=unit).records
    links = link_unit(unit.model_copy(update={"evidence": records}), rubric)
    (rid,) = [r.id for r in records]
    assert links.evidence_by_activity == {"a-tim": [rid]}
    assert rid in links.evidence_by_item["P.1.i.a"]
