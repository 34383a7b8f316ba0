"""Flags on the real KPU Luwu plan, and on small fixtures, asserted as exact sets."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.builders import make_unit
from tests.conftest import ROOT
from zi_eval.cli import main
from zi_eval.flags import derive_flags
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Evidence, Substep
from zi_eval.scoring.engine import evaluate_unit

PLAN = ROOT / "plans" / "kpu-luwu-2025.yaml"


@pytest.fixture(scope="module")
def seed_json() -> dict:  # type: ignore[type-arg]
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["evaluate", str(PLAN), "--format", "json"]) == 0
    return json.loads(buf.getvalue())  # type: ignore[no-any-return]


def _set(flags: list[dict], code: str) -> set[tuple]:  # type: ignore[type-arg]
    return {(f["area"], f["activity"], f["substep"], tuple(f["months"])) for f in flags if f["code"] == code}


def test_seed_flags(seed_json: dict) -> None:  # type: ignore[type-arg]
    flags = seed_json["flags"]
    assert _set(flags, "SPIP_SUBSTEP_EMPTY") == {("penguatan-pengawasan", "ra029", s, ()) for s in "abcdef"}
    assert _set(flags, "ACTIVITY_WITHOUT_SCHEDULE") == {("penguatan-pengawasan", "ra029", None, ())}
    assert _set(flags, "AREA_WITHOUT_EVIDENCE") == {
        (a, None, None, ())
        for a in (
            "manajemen-perubahan",
            "penataan-tatalaksana",
            "penataan-sdm",
            "penguatan-akuntabilitas",
            "penguatan-pengawasan",
            "pelayanan-publik",
        )
    }
    assert _set(flags, "MONTH_WITHOUT_ACTIVITY") == {
        ("penguatan-akuntabilitas", None, None, tuple(range(3, 13))),
        ("manajemen-perubahan", None, None, (4, 5, 6)),
    }
    assert _set(flags, "ACTIVITY_WITHOUT_SUBACTIVITY") == {
        ("penataan-tatalaksana", a, None, ()) for a in ("ra014", "ra015", "ra016")
    }
    not_zi = [f for f in flags if f["code"] == "AREA_NOT_IN_RUBRIC"]
    assert len(not_zi) == 2
    assert {f["source"] for f in not_zi} == {
        "rencana-aksi-kpu-luwu-2025.txt:90",
        "rencana-aksi-kpu-luwu-2025.txt:94",
    }
    assert not _set(flags, "PLAN_MONTH_EMPTY") and not _set(flags, "AREA_WITHOUT_ACTIVITY")
    assert not _set(flags, "SPIP_ELEMENT_MISSING")
    spip = next(f for f in flags if f["code"] == "SPIP_SUBSTEP_EMPTY" and f["substep"] == "a")
    assert spip["source"] == "rencana-aksi-kpu-luwu-2025.txt:123"


def test_seed_scores(seed_json: dict) -> None:  # type: ignore[type-arg]
    assert not seed_json["readiness"]["WBK"]["eligible"]
    assert not seed_json["readiness"]["WBBM"]["eligible"]
    assert seed_json["total"] == 0.0 and seed_json["totals_by_mode"]["evidenced"] == 0.0
    projected = seed_json["totals_by_mode"]["projected"]
    assert projected > 0
    # the projected total counts exactly the pengungkit items some activity maps to
    planned = {ln["item"] for links in seed_json["links"].values() for ln in links}
    assert "P.1.i.a" in planned
    items = {i["code"]: i for i in seed_json["items"]}
    assert projected == pytest.approx(sum(items[c]["max_points"] for c in planned if not c.startswith("H.")))


def test_seed_links_make_sense(seed_json: dict) -> None:  # type: ignore[type-arg]
    links = {a: [ln["item"] for ln in v] for a, v in seed_json["links"].items()}
    assert links["ra001"][0] == "P.1.i.a"  # SK Tim ZI
    assert links["ra002"][0] == "P.1.ii.a"  # rencana aksi meeting
    assert links["ra020"][0].startswith("P.3.iv.")  # SKP
    assert links["ra023"][0] == "P.3.v"  # kode etik
    # the SPIP activity: its title gives P.5.ii.a, its lettered sub-steps the other elements and LHKPN
    assert {"P.5.ii.a", "P.5.ii.b", "P.5.ii.c", "P.5.ii.d", "R.5.iii.a"} <= set(links["ra029"])
    assert links["ra030"][0].startswith("P.6.i.")  # SOP pelayanan
    first = seed_json["links"]["ra001"][0]
    assert first["how"] == "question" and "tim" in first["words"] and "pertanyaan" in first["reason"]
    # an RB-only area's "SOP produk hukum" scores under the threshold: unlinked, with SOP items suggested
    unmapped = {f["activity"]: f for f in seed_json["flags"] if f["code"] == "ACTIVITY_NOT_MAPPED"}
    assert "ra007" not in links and unmapped["ra007"]["suggestions"][0].startswith("P.2.i.")
    assert "P.2.i." in unmapped["ra007"]["message"]


def test_english_messages(rubric: Rubric) -> None:
    unit = load_unit(PLAN, rubric)
    flags = derive_flags(evaluate_unit(unit, rubric), lang="en")
    month = next(f for f in flags if f.code == "MONTH_WITHOUT_ACTIVITY" and f.area == "manajemen-perubahan")
    assert month.message == "Area Manajemen Perubahan has no activity in month(s) 4–6."


def _act(aid: str, area: str | None, months: tuple[int, ...], **kw) -> Activity:  # type: ignore[no-untyped-def]
    return Activity(
        id=aid,
        ra_area=area or "Penataan Organisasi",
        area=area,
        kegiatan=kw.pop("kegiatan", "Kegiatan"),
        sub_kegiatan=kw.pop("sub", "Sub"),
        months=months,
        **kw,
    )


def test_as_of_makes_due_months_need_evidence(rubric: Rubric) -> None:
    spip = _act(
        "s1",
        "penguatan-pengawasan",
        (),
        kegiatan="Penerapan SPIP",
        sub="Kegiatan SPIP meliputi:",
        substeps=(
            Substep(label="a", text="Lingkungan pengendalian", months=(2, 3)),
            Substep(label="b", text="Penilaian risiko", months=(9,)),
        ),
    )
    acts = (_act("a1", "manajemen-perubahan", (1, 2, 3, 4)), spip)
    ev_rec = (Evidence(id="e1", title="Notulen", months=(1, 2), supports=("a1",)),)
    unit = make_unit(rubric, activities=acts).model_copy(update={"evidence": ev_rec})
    flags = derive_flags(evaluate_unit(unit, rubric, as_of=(2025, 6)))
    got = {
        (f.code, f.activity, f.substep, f.months)
        for f in flags
        if f.code in ("ACTIVITY_WITHOUT_EVIDENCE", "SPIP_SUBSTEP_EMPTY")
    }
    assert got == {
        ("ACTIVITY_WITHOUT_EVIDENCE", "a1", None, (3, 4)),
        ("SPIP_SUBSTEP_EMPTY", "s1", "a", (2, 3)),
    }
    # before any month is due nothing is flagged for evidence
    early = derive_flags(evaluate_unit(unit, rubric, as_of=(2024, 12)))
    assert not [f for f in early if f.code in ("ACTIVITY_WITHOUT_EVIDENCE",)]


def test_calendar_and_mapping_flags_on_a_small_plan(rubric: Rubric) -> None:
    acts = (
        _act("a1", "manajemen-perubahan", (1, 2)),
        _act("a2", None, (3,)),
        _act("a3", "penataan-sdm", (), kegiatan="Penegakan kode etik", sub=None),
    )
    unit = make_unit(rubric, activities=acts, answers={}, evidence=False)
    flags = derive_flags(evaluate_unit(unit, rubric))
    counts = Counter(f.code for f in flags)
    assert {(f.area, f.months) for f in flags if f.code == "MONTH_WITHOUT_ACTIVITY"} == {
        ("manajemen-perubahan", tuple(range(3, 13))),
        ("penataan-sdm", tuple(range(1, 13))),  # an activity, but no month scheduled at all
    }
    assert {f.months for f in flags if f.code == "PLAN_MONTH_EMPTY"} == {tuple(range(4, 13))}
    assert {f.area for f in flags if f.code == "AREA_WITHOUT_ACTIVITY"} == {
        "penataan-tatalaksana",
        "penguatan-akuntabilitas",
        "penguatan-pengawasan",
        "pelayanan-publik",
    }
    assert {f.activity for f in flags if f.code == "ACTIVITY_WITHOUT_SCHEDULE"} == {"a3"}
    assert {f.activity for f in flags if f.code == "ACTIVITY_WITHOUT_SUBACTIVITY"} == {"a3"}
    assert {f.activity for f in flags if f.code == "ACTIVITY_NOT_MAPPED"} == {"a1", "a2"}
    assert counts["AREA_NOT_IN_RUBRIC"] == 1
    assert counts["SPIP_ELEMENT_MISSING"] == 5
    assert counts["ITEM_WITHOUT_EVIDENCE"] == 3  # the three hasil values, answered without evidence


def _spip_missing(rubric: Rubric, *steps: str) -> list[str]:
    """The items of the SPIP elements said missing for a plan of one SPIP activity with ``steps``."""
    act = Activity(
        id="s1",
        ra_area="Penguatan Pengawasan",
        kegiatan="Penerapan SPIP",
        months=(3,),
        substeps=tuple(Substep(label=chr(97 + i), text=t, months=(3,)) for i, t in enumerate(steps)),
    )
    flags = derive_flags(evaluate_unit(make_unit(rubric, activities=(act,)), rubric))
    return [str(f.item) for f in flags if f.code == "SPIP_ELEMENT_MISSING"]


_THREE = ("Lingkungan pengendalian", "Penilaian risiko", "Kegiatan pengendalian")


@pytest.mark.parametrize(
    "written", ["Informasi & Komunikasi", "informasi/komunikasi", "Informasi dan Komunikasi"]
)
def test_a_spip_element_written_with_an_ampersand_or_slash_is_not_missing(
    rubric: Rubric, written: str
) -> None:
    """'Informasi & Komunikasi' is how plans often write the fourth SPIP element."""
    assert _spip_missing(rubric, *_THREE, written, "Pemantauan pengendalian") == []


@pytest.mark.parametrize(
    "written",
    [
        "Teknologi Informasi dan Komunikasi",
        "Teknologi Informasi & Komunikasi",
        "TIK (teknologi informasi/komunikasi)",
    ],
)
def test_information_technology_is_not_the_spip_element_information_and_communication(
    rubric: Rubric, written: str
) -> None:
    """A plan that names TIK but never the fourth SPIP element is told the element is missing; the
    element named beside TIK counts."""
    tik = f"Pemeliharaan {written}"
    assert _spip_missing(rubric, *_THREE, tik, "Pemantauan pengendalian") == ["P.5.ii.d"]
    both = f"{tik} serta informasi dan komunikasi"
    assert _spip_missing(rubric, *_THREE, both, "Pemantauan pengendalian") == []
