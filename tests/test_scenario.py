"""Scenarios: hand-made diffs, composition, YAML round trip, and the CLI option."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_eval as zi
from tests.builders import make_unit
from tests.conftest import ROOT
from zi_eval.cli import main
from zi_eval.errors import InputError
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, LkeLink
from zi_eval.scenario import (
    AddActivity,
    AttachEvidence,
    RemoveActivity,
    Scenario,
    SetAnswer,
    SetCounts,
    SetMonths,
    SetSurvey,
)

RUBRIC = zi.load_rubric()
PN = ROOT / "plans" / "pn-contoh-2025.yaml"


def test_lifting_one_answer_shows_item_area_and_criteria_deltas() -> None:
    base = make_unit(RUBRIC)
    base = base.model_copy(
        update={"answers": {**base.answers, "P.1.i.b": Answer(answer="C", evidence=("e-all",))}}
    )
    res = Scenario(base, rubric=RUBRIC).with_changes(SetAnswer(item="P.1.i.b", answer="A")).evaluate()
    assert res.total_delta == pytest.approx(0.25)
    assert list(res.items["code"]) == ["P.1.i.b"]
    row = res.items.iloc[0]
    assert (row["answer_before"], row["answer_after"], row["delta"]) == ("C", "A", pytest.approx(0.25))
    assert list(res.areas["id"]) == ["manajemen-perubahan"]
    assert res.areas.iloc[0]["percent_after"] == pytest.approx(100.0)
    crit = res.criteria.set_index(["predicate", "id"])
    assert crit.loc[("WBK", "area:manajemen-perubahan"), "delta"] == pytest.approx(0.25 / 8 * 100)
    assert res.verdict["WBK"] == (True, True)


def test_scenario_that_flips_the_verdict() -> None:
    base = zi.load_unit(PN)
    s = Scenario(base, rubric=RUBRIC).with_changes(
        SetAnswer(item="R.4.ii", answer="A", evidence=("ev-penguatan-akuntabilitas",)),
        SetAnswer(item="P.4.ii.e", answer="Ya"),
    )
    res = s.evaluate()
    assert res.verdict["WBK"] == (False, True)
    assert set(res.items["code"]) == {"R.4.ii", "P.4.ii.e"}
    assert res.items.set_index("code").loc["R.4.ii", "delta"] == pytest.approx((1 - 0.33) * 1.5)
    assert s.baseline == base  # immutable: the baseline is untouched


def test_survey_counts_evidence_and_activity_changes() -> None:
    base = make_unit(
        RUBRIC,
        answers={"R.4.i": Answer(counts={"jumlah_sasaran_kinerja": 4, "jumlah_sasaran_tercapai": 1})},
        hasil=Hasil(ipak=3.0, evidence=("e-all",)),
    )
    act = Activity(
        id="x1",
        ra_area="Penguatan Akuntabilitas",
        area="penguatan-akuntabilitas",
        kegiatan="Pemantauan",
        sub_kegiatan="Rapat",
        months=(1,),
        lke=(LkeLink(code="P.4.i.c"),),
    )
    s = Scenario(base, rubric=RUBRIC).with_changes(
        SetCounts(item="R.4.i", counts={"jumlah_sasaran_tercapai": 3}),
        AttachEvidence(evidence=Evidence(id="bukti-iku", title="Rekap capaian IKU", supports=("R.4.i",))),
        SetSurvey(ipak=3.6),
        AddActivity(activity=act),
        SetMonths(activity="x1", months=(1, 2, 3)),
    )
    res = s.evaluate()
    items = res.items.set_index("code")
    assert items.loc["R.4.i", "points_after"] == pytest.approx(0.75 * 2.0)  # evidence now supports it
    assert items.loc["H.I.a", "delta"] == pytest.approx((3.6 - 3.0) / 4 * 17.5)
    assert s.unit.activities[-1].months == (1, 2, 3)
    projected = s.evaluate(mode="projected")
    assert projected.items.set_index("code").loc["P.4.i.c", "outcome_after"] == "met"
    gone = s.with_changes(RemoveActivity(activity="x1")).unit
    assert all(a.id != "x1" for a in gone.activities)


def test_invalid_change_is_reported() -> None:
    with pytest.raises(InputError) as exc:
        _ = (
            Scenario(make_unit(RUBRIC), rubric=RUBRIC)
            .with_changes(SetAnswer(item="P.1.i.b", answer="Z"))
            .unit
        )
    assert "<scenario>: changes[0].answer: must be one of A, B, C; got 'Z'" in str(exc.value)


def test_yaml_round_trip() -> None:
    s = Scenario(zi.load_unit(PN), rubric=RUBRIC).with_changes(
        SetAnswer(item="R.4.ii", answer="A"), SetSurvey(ipkp=3.9), SetMonths(activity="a01", months=(2, 1))
    )
    again = Scenario.from_yaml(s.baseline, s.to_yaml(), RUBRIC)
    assert again.changes == s.changes
    assert again.evaluate().after.total == pytest.approx(s.evaluate().after.total)


OPTION_ITEMS = [c for c, f in RUBRIC.items.items() if f.item.options and f.component == "pengungkit"]


@st.composite
def answer_changes(draw: st.DrawFn) -> list[SetAnswer]:
    codes = draw(st.lists(st.sampled_from(OPTION_ITEMS), unique=True, min_size=1, max_size=5))
    return [
        SetAnswer(item=c, answer=draw(st.sampled_from(sorted(RUBRIC.items[c].item.options or {}))))
        for c in codes
    ]


@given(answer_changes(), st.randoms(use_true_random=False))
def test_commuting_changes_compose_in_any_order(changes: list[SetAnswer], rnd) -> None:  # type: ignore[no-untyped-def]
    base = make_unit(RUBRIC)
    shuffled = list(changes)
    rnd.shuffle(shuffled)
    one = Scenario(base, rubric=RUBRIC).with_changes(*changes)
    two = Scenario(base, rubric=RUBRIC).with_changes(*shuffled)
    assert one.unit == two.unit
    halves = Scenario(base, (), RUBRIC).with_changes(*changes[:1]) + Scenario(
        base, tuple(changes[1:]), RUBRIC
    )
    assert halves.unit == one.unit


def test_cli_scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "ubah.yaml"
    f.write_text(
        "changes:\n  - {op: set_answer, item: R.4.ii, answer: A}\n  - {op: set_answer, item: P.4.ii.e, "
        "answer: 'Ya'}\n",
        encoding="utf-8",
    )
    assert main(["evaluate", str(PN), "--scenario", str(f), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scenario"]["verdict"]["WBK"] == {"before": False, "after": True}
    assert data["readiness"]["WBK"]["eligible"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("changes:\n  - {op: terbang}\n", encoding="utf-8")
    assert main(["evaluate", str(PN), "--scenario", str(bad)]) == 3
    assert capsys.readouterr().err.startswith(f"{bad}:2: changes[0]: harus op salah satu dari")


def test_rescore_matches_the_full_evaluation() -> None:
    base = Scenario(zi.load_unit(PN), rubric=RUBRIC)
    for changes in (
        [SetAnswer(item="R.4.ii", answer="A", evidence=("ev-penguatan-akuntabilitas",))],
        [SetAnswer(item="P.1.i.b", answer="C"), SetSurvey(ipak=2.0)],
        [SetCounts(item="R.4.i", counts={"jumlah_sasaran_tercapai": 0})],
        [RemoveActivity(activity="a01"), SetMonths(activity="a02", months=(5,))],
    ):
        s = base.with_changes(*changes)
        quick = s.rescore()
        full = s.evaluate().after
        assert quick["totals"] == full.totals_by_mode
        assert quick["eligible"] == {p: r.eligible for p, r in full.readiness.items()}
        assert quick["areas"] == {a.id: a.percent for a in full.core.scores.areas}


@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12))
def test_a_run_of_attachments_applies_as_one_by_one(ids: list[str]) -> None:
    base = make_unit(RUBRIC)
    changes = tuple(
        AttachEvidence(evidence=Evidence(id=x, title=f"Dokumen {x}", supports=("P.1.i.a",))) for x in ids
    )
    slow = base
    for ch in changes:
        slow = ch.apply(slow)
    assert Scenario(base, changes, RUBRIC).unit.evidence == slow.evidence


def test_attaching_a_record_under_an_id_the_unit_holds_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A probe's scenario (q9) attached a record under an id the unit already had: the record was
    replaced without a word, and the activity whose month rested on it lost its evidence. The same
    record attached again changes nothing and is allowed."""
    unit = zi.load_unit(PN)
    taken = unit.evidence[0]
    other = Evidence(
        id=taken.id, title="Foto lain", url="https://x.example.go.id/f.jpg", supports=("P.1.i.a",)
    )
    with pytest.raises(InputError) as err:
        Scenario(unit, (AttachEvidence(evidence=other),), RUBRIC).unit  # noqa: B018
    assert [(p.field, p.got) for p in err.value.problems] == [("changes[0].evidence.id", repr(taken.id))]
    again = Scenario(unit, (AttachEvidence(evidence=taken),), RUBRIC).unit
    assert again.evidence == unit.evidence or sorted(e.id for e in again.evidence) == sorted(
        e.id for e in unit.evidence
    )
    changes = tmp_path / "s.yaml"
    changes.write_text(
        f"changes:\n  - op: attach_evidence\n    evidence: {{id: {taken.id}, title: Foto lain, "
        "url: 'https://x.example.go.id/f.jpg', supports: [P.1.i.a]}\n",
        encoding="utf-8",
    )
    assert main(["--lang", "en", "evaluate", str(PN), "--scenario", str(changes)]) == 3
    assert (
        "changes[0].evidence.id: must be an evidence id the unit does not hold yet" in capsys.readouterr().err
    )
