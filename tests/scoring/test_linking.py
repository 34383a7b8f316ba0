"""Activity → LKE item links: the order of trust, pins and rejections, suggestions, batches, quality."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.linking import SETS, labelled, measure
from tests.builders import make_unit
from zi_eval.flags.derive import derive_flags
from zi_eval.matching.matcher import Candidate
from zi_eval.models.loading import load_rubric
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, LkeLink, Substep, Unit
from zi_eval.report.result_text import link_dict, link_reason
from zi_eval.scenario import AddActivity, Scenario
from zi_eval.scoring import linking
from zi_eval.scoring.engine import evaluate_unit
from zi_eval.scoring.linking import (
    LINK_THRESHOLD,
    OWN_AREA_RATIO,
    SECOND_LINK_RATIO,
    claimed_items,
    evidence_claims,
    link_items,
    link_unit,
    link_units,
    matcher,
    pick,
    pick_rows,
    rank_activities,
)

ROOT = Path(__file__).resolve().parents[2]


def _act(aid: str, kegiatan: str, area: str | None = None, **kw) -> Activity:  # type: ignore[no-untyped-def]
    return Activity(id=aid, ra_area=area or "Lain-lain", area=area, kegiatan=kegiatan, **kw)


def _links(rubric: Rubric, *acts: Activity) -> dict[str, list[tuple[str, str]]]:
    unit = make_unit(rubric, activities=acts)
    got = link_unit(unit, rubric).by_activity
    return {a: [(ln.code, ln.how) for ln in lst] for a, lst in got.items()}


def test_a_code_in_the_text_beats_the_words(rubric: Rubric) -> None:
    # the words say "SOP pelayanan" (P.6.i.*); the code the unit wrote says kode etik
    plain = _links(rubric, _act("a", "Penyusunan SOP pelayanan", "pelayanan-publik"))
    coded = _links(rubric, _act("a", "P.3.v Penyusunan SOP pelayanan", "pelayanan-publik"))
    assert plain["a"][0][0].startswith("P.6.i.")
    assert coded["a"] == [("P.3.v", "code")]


def test_a_restated_question_beats_a_higher_lexical_score(rubric: Rubric) -> None:
    question = rubric.items["P.1.iii.b"].item.question
    got = _links(rubric, _act("a", question, "manajemen-perubahan"))
    assert got["a"][0] == ("P.1.iii.b", "question")


def test_a_text_holding_a_narrower_question_whole_restates_that_one(rubric: Rubric) -> None:
    """The text "Penerapan Whistle Blowing System" holds all of P.5.iv.a's question ("Whistle-Blowing System telah
    diterapkan") and part of P.5.iv.b's ("… evaluasi atas penerapan Whistle Blowing System"): it was a
    question match for b, so a plan's WBS activity and the WBS decree went to the evaluation item. A
    text holding the larger question whole (with "evaluasi") still restates it."""
    wbs = _links(rubric, _act("a", "Penerapan Whistle Blowing System", "penguatan-pengawasan"))
    assert wbs["a"][0] == ("P.5.iv.a", "lexical")
    assert ("P.5.iv.b", "question") not in wbs["a"]
    evaluated = _links(rubric, _act("a", "Evaluasi penerapan WBS", "penguatan-pengawasan"))
    assert evaluated["a"][0] == ("P.5.iv.b", "question")
    # a text with the larger question's own words ("tindak lanjut") still restates it (a review found
    # "Menindaklanjuti evaluasi …" losing the follow-up item c, and evaluation verbs pulled to a)
    follow = _links(
        rubric, _act("a", "Menindaklanjuti evaluasi penerapan whistle blowing system", "penguatan-pengawasan")
    )
    assert follow["a"][0] == ("P.5.iv.c", "question")
    conflict = _links(
        rubric,
        _act("a", "Menindaklanjuti evaluasi atas penanganan benturan kepentingan", "penguatan-pengawasan"),
    )
    assert conflict["a"][0] == ("P.5.v.e", "question")
    # an evaluation verb without "evaluasi" keeps the evaluation item among the links (a second review
    # found keywords for them pulling the handling of reports, "Analisis pengaduan melalui WBS", to b)
    for text in ("Reviu penerapan WBS", "Monitoring penerapan WBS"):
        assert "P.5.iv.b" in [c for c, _ in _links(rubric, _act("a", text, "penguatan-pengawasan"))["a"]], (
            text
        )
    for text in ("Analisis pengaduan melalui WBS", "Reviu dan pemutakhiran SK WBS"):
        assert _links(rubric, _act("a", text, "penguatan-pengawasan"))["a"][0][0] == "P.5.iv.a", text
    # a campaign about gratuities is P.5.i.a's public campaign, the control unit's work b's (q8 E16)
    campaign = _links(rubric, _act("a", "Sosialisasi pengendalian gratifikasi", "penguatan-pengawasan"))
    assert campaign["a"][0][0] == "P.5.i.a"
    unit_work = _links(rubric, _act("a", "Pembentukan Unit Pengendalian Gratifikasi", "penguatan-pengawasan"))
    assert unit_work["a"][0][0] == "P.5.i.b"
    # the same for the service standard: the maklumat (b) unless the text says it is published (d)
    maklumat = _links(rubric, _act("a", "Penetapan maklumat standar pelayanan", "pelayanan-publik"))
    assert ("P.6.i.d", "question") not in maklumat["a"]


def test_stored_links_are_kept_and_nothing_is_inferred_beside_them(rubric: Rubric) -> None:
    pinned = _act("a", "Penyusunan SOP pelayanan", "pelayanan-publik", lke=(LkeLink(code="P.3.v"),))
    from_plan = _act(
        "b", "Penyusunan SOP pelayanan", "pelayanan-publik", lke=(LkeLink(code="P.6.i.a", how="code"),)
    )
    got = _links(rubric, pinned, from_plan)
    assert got == {"a": [("P.3.v", "pinned")], "b": [("P.6.i.a", "code")]}


def test_a_rejected_item_is_never_proposed(rubric: Rubric) -> None:
    act = _act("a", "Penyusunan SOP pelayanan", "pelayanan-publik")
    first = _links(rubric, act)["a"][0][0]
    rejected = act.model_copy(update={"lke_reject": (first,)})
    unit = make_unit(rubric, activities=(rejected,))
    links = link_unit(unit, rubric)
    assert first not in [ln.code for ln in links.by_activity.get("a", [])]
    assert first not in [ln.code for ln in links.suggestions.get("a", [])]
    # rejecting every candidate leaves the activity unlinked, and the suggestions skip them too
    ranked = rank_activities([act], rubric)[0][0].cands
    all_out = act.model_copy(update={"lke_reject": tuple(c.code for c in ranked[:4])})
    links = link_unit(make_unit(rubric, activities=(all_out,)), rubric)
    assert not links.by_activity.get("a")
    assert {s.code for s in links.suggestions["a"]}.isdisjoint(c.code for c in ranked[:4])


def test_an_unplaceable_activity_is_flagged_with_its_three_nearest_items(rubric: Rubric) -> None:
    act = _act("a", "Rapat koordinasi bulanan", "penataan-tatalaksana", months=(1,))
    ranked = rank_activities([act], rubric)[0][0].cands
    assert ranked and ranked[0].score < LINK_THRESHOLD  # the premise: the best candidate is weak
    unit = make_unit(rubric, activities=(act,))
    flags = [f for f in derive_flags(evaluate_unit(unit, rubric)) if f.code == "ACTIVITY_NOT_MAPPED"]
    assert len(flags) == 1
    assert flags[0].suggestions == tuple(c.code for c in ranked[:3])
    assert all(c.code in flags[0].message for c in ranked[:3])
    en = [f for f in derive_flags(evaluate_unit(unit, rubric), lang="en") if f.code == "ACTIVITY_NOT_MAPPED"]
    assert "nearest candidates" in en[0].message


def test_every_link_says_why(rubric: Rubric) -> None:
    unit = make_unit(rubric, activities=(_act("a", "Monev pemanfaatan TI", "penataan-tatalaksana"),))
    (link,) = link_unit(unit, rubric).by_activity["a"][:1]
    assert link.how == "lexical" and 0 < link.score <= 1
    for lang in ("id", "en"):
        assert link.words and all(w in link_reason(link, lang) for w in link.words)
        assert link_dict(link, lang)["words"] == list(link.words)
    assert link_reason(link, "id").startswith("kata yang cocok") and link_reason(link, "en").startswith(
        "matching"
    )


def test_the_area_is_a_prior_not_a_wall(rubric: Rubric) -> None:
    # an LHKPN activity filed under Manajemen Perubahan still links to the LHKPN item (Pengawasan)
    got = _links(rubric, _act("a", "Penyampaian LHKPN pejabat tepat waktu", "manajemen-perubahan"))
    assert got["a"][0][0] == "R.5.iii.a"


def test_sub_steps_add_their_own_items(rubric: Rubric) -> None:
    steps = tuple(
        Substep(label=lab, text=text)
        for lab, text in [("a", "Menetapkan lingkungan pengendalian"), ("b", "Melakukan penilaian risiko")]
    )
    got = _links(rubric, _act("a", "Penyelenggaraan SPIP", "penguatan-pengawasan", substeps=steps))
    codes = [c for c, _ in got["a"]]
    assert {"P.5.ii.a", "P.5.ii.b"} <= set(codes)


def _spip(*labels: str) -> Activity:
    texts = ["Menetapkan lingkungan pengendalian", "Melakukan penilaian risiko"]
    steps = tuple(Substep(label=lab, text=t) for lab, t in zip(labels, texts, strict=True))
    return _act("a", "Penyelenggaraan SPIP", "penguatan-pengawasan", substeps=steps)


def test_sub_step_links_carry_each_units_own_labels(rubric: Rubric) -> None:
    # the same texts under other labels share their rankings, not their labelled links
    first, second = (link_unit(make_unit(rubric, activities=(_spip(*lab),)), rubric) for lab in ("ab", "xy"))
    renamed = {"": "", "a": "x", "b": "y"}
    assert "a" in {ln.substep for ln in first.by_activity["a"]}
    assert [ln.substep for ln in second.by_activity["a"]] == [
        renamed[ln.substep] for ln in first.by_activity["a"]
    ]
    assert [ln.code for ln in first.by_activity["a"]] == [ln.code for ln in second.by_activity["a"]]


def test_labelled_sub_step_links_stay_bounded(rubric: Rubric, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linking, "STEP_LINKS_LIMIT", 2)
    rubric.derived("step_links", dict).clear()  # earlier tests of the session may have filled it
    for lab in ("ab", "cd", "ef", "gh"):
        got = link_unit(make_unit(rubric, activities=(_spip(*lab),)), rubric).by_activity["a"]
        assert lab[0] in {ln.substep for ln in got} <= {"", *lab}
        assert len(rubric.derived("step_links", dict)) <= 2


def test_the_scenario_and_the_planner_link_through_the_same_matcher(rubric: Rubric) -> None:
    act = _act("x", "Pengisian LHKPN seluruh pejabat", "penguatan-pengawasan", months=(3,))
    base = make_unit(rubric, answers={})
    added = Scenario(base, rubric=rubric).with_changes(AddActivity(activity=act))
    projected = added.evaluate(mode="projected").items.set_index("code")
    expected = link_unit(added.unit, rubric).by_activity["x"][0].code
    assert projected.loc[expected, "outcome_after"] == "met"


# --- batches -------------------------------------------------------------------------------------

_TEXTS = [r["kegiatan"] for r in labelled("tune")[:80]] + ["Rapat", "Kegiatan lain", "SOP", "P.1.i.a Tim ZI"]
_AREAS = [None, "manajemen-perubahan", "penataan-sdm", "pelayanan-publik"]
_STEPS = ["lingkungan pengendalian", "penilaian risiko", "informasi & komunikasi", "Rapat", "reviu SOP"]


@st.composite
def _units_with_evidence(draw: st.DrawFn) -> list[Unit]:
    """Units whose evidence cites items, activities (linked or not) and unknown ids, on answers and
    on the results, some of it naming files that are gone; activities with sub-steps, pins, rejects."""
    rubric = load_rubric()
    codes = sorted(rubric.items)
    units = []
    for u in range(draw(st.integers(1, 3))):
        acts = []
        for i in range(draw(st.integers(0, 5))):
            kw: dict = {}  # type: ignore[type-arg]
            if draw(st.booleans()):
                kw["sub_kegiatan"] = draw(st.sampled_from(_TEXTS))
            if draw(st.integers(0, 2)) == 0:
                steps = draw(st.lists(st.sampled_from(_STEPS), max_size=3))
                kw["substeps"] = tuple(Substep(label="abc"[j], text=t) for j, t in enumerate(steps))
            if draw(st.integers(0, 5)) == 0:
                kw["lke"] = (
                    LkeLink(code=draw(st.sampled_from([*codes, "P.9.i.a"]))),
                )  # P.9.i.a: no such item
            if draw(st.integers(0, 4)) == 0:
                kw["lke_reject"] = tuple(draw(st.lists(st.sampled_from(codes), max_size=3)))
            acts.append(_act(f"a{i}", draw(st.sampled_from(_TEXTS)), draw(st.sampled_from(_AREAS)), **kw))
        eids = [f"e{j}" for j in range(draw(st.integers(0, 4)))]
        targets = st.sampled_from(codes[:20] + [a.id for a in acts] + ["a-none"])
        evidence = tuple(
            Evidence(id=e, title=e, supports=tuple(draw(st.lists(targets, max_size=3)))) for e in eids
        )
        cited = st.lists(st.sampled_from(eids), max_size=2) if eids else st.just([])
        answers = {
            c: Answer(answer="a", evidence=tuple(draw(cited)))
            for c in draw(st.lists(st.sampled_from(codes), max_size=6))
        }
        unit = make_unit(
            rubric,
            answers=answers,
            activities=tuple(acts),
            id=f"u{u}",
            hasil=Hasil(evidence=tuple(draw(cited))),
        )
        unit = unit.model_copy(update={"evidence": evidence})
        unit._missing_files = frozenset(draw(st.lists(st.sampled_from(eids), max_size=2)) if eids else [])
        units.append(unit)
    return units


@settings(max_examples=60, deadline=None)
@given(units=_units_with_evidence())
def test_what_a_batch_reads_of_the_links_is_what_the_links_say(rubric: Rubric, units: list[Unit]) -> None:
    # link_items gives a batch its planned and evidenced items without making the links: the same
    # items as the whole links, pins, rejects, sub-steps and missing files included
    whole = [link_unit(u, rubric) for u in units]
    read = link_items(units, rubric)
    assert [sorted(x.planned()) for x in read] == [sorted(x.planned()) for x in whole]
    assert [sorted(x.evidenced()) for x in read] == [sorted(x.evidenced()) for x in whole]
    assert [sorted(x.evidenced()) for x in whole] == [
        sorted(k for k, v in x.evidence_by_item.items() if v) for x in whole
    ]


@settings(max_examples=60, deadline=None)
@given(units=_units_with_evidence())
def test_the_items_evidence_claims_are_the_keys_of_the_rule(rubric: Rubric, units: list[Unit]) -> None:
    # claimed_items (a batch, no file missing) works the rule out with set operations: the same items
    # as evidence_claims, through answers, records naming items or activities, and the results
    for unit in units:
        codes_of = link_unit(unit, rubric).codes_of
        assert claimed_items(unit, rubric, codes_of) == set(evidence_claims(unit, rubric, codes_of)[0])


def _shape(links) -> tuple:  # type: ignore[no-untyped-def,type-arg]
    return (links.by_activity, links.by_item, links.suggestions, links.evidence_by_item)


@settings(max_examples=30, deadline=None)
@given(units=_units_with_evidence(), cached=st.booleans())
def test_a_batch_links_as_one_by_one(rubric: Rubric, units: list[Unit], cached: bool) -> None:
    one_by_one = [_shape(link_unit(u, rubric)) for u in units]
    assert [_shape(x) for x in link_units(units, rubric, use_cache=cached)] == one_by_one


# --- quality -------------------------------------------------------------------------------------

#: How far the rates may fall below the committed figures before this test fails (one or two rows).
MARGIN = 0.02


@pytest.mark.parametrize("name", list(SETS))
def test_link_quality_does_not_fall_below_the_committed_figures(rubric: Rubric, name: str) -> None:
    committed = json.loads((ROOT / "benchmarks" / "linking.json").read_text(encoding="utf-8"))[name]
    got = measure(labelled(name), rubric)
    assert got["n"] == committed["n"]
    for key in ("top1_item", "top1_indicator", "top3_item"):
        assert got[key] >= committed[key] - MARGIN, (key, got[key], committed[key])


def test_notebooks_and_the_report_show_every_link_and_why(rubric: Rubric) -> None:
    import zi_eval as zi
    from zi_eval.report.html_report import render_html

    ev = zi.evaluate(ROOT / "plans" / "kpu-luwu-2025.yaml")
    frame = ev.links
    assert set(frame["activity"]) == {a.id for a in ev.unit.activities}  # every activity has a row
    linked = frame[frame["linked"]]
    assert linked["how"].isin({"pinned", "code", "question", "lexical"}).all()
    assert (linked["words"].str.len() > 0).all()
    unlinked = frame[~frame["linked"]]
    assert set(unlinked["activity"]) == {
        a.id for a in ev.unit.activities if not ev.core.links.by_activity.get(a.id)
    }
    page = render_html(ev.core, [], {}, "kpu-luwu-2025.yaml", "0" * 64, "id")
    assert "Kegiatan dan butir LKE yang dilayaninya" in page and "kandidat terdekat" in page
    first = linked.iloc[0]
    assert first["item"] in page and first["words"].split(", ")[0] in page


@pytest.mark.parametrize(
    ("text", "area", "first"),
    [
        # "pembentukan tim" is the ZI team's item word for word; the area the unit put it under decides
        ("Pembentukan Tim Pengelola Pengaduan Masyarakat", "penguatan-pengawasan", "P.5.iii."),
        ("Pembentukan tim survei kepuasan masyarakat", "pelayanan-publik", "P.6.iv."),
        ("Pembaruan konten website PPID", "penataan-tatalaksana", "P.2.iii."),
        # placed with the ZI team's area, or nowhere, it is the ZI team's item
        ("Pembentukan Tim Pengelola Pengaduan Masyarakat", "manajemen-perubahan", "P.1.i."),
        ("Pembentukan Tim Pengelola Pengaduan Masyarakat", None, "P.1.i."),
    ],
)
def test_an_item_of_the_activitys_own_area_that_comes_close_wins(
    rubric: Rubric, text: str, area: str | None, first: str
) -> None:
    links = _links(rubric, _act("a", text, area))["a"]
    assert links and links[0][0].startswith(first) and links[0][1] == "lexical", links


def _pick_as_written(cands: list[Candidate], most: int, own: frozenset[str]) -> list[Candidate]:
    """The linking rule as the docstring of ``pick_rows`` states it, one candidate list at a time."""
    chosen = [c for c in cands if c.how in ("code", "question")]
    if chosen:
        return chosen
    lexical = [c for c in cands if c.how == "lexical"]
    if own and lexical and lexical[0].code not in own:
        floor = max(LINK_THRESHOLD, OWN_AREA_RATIO * lexical[0].score)
        lexical = [c for c in lexical if c.code in own and c.score >= floor] or lexical
    if lexical and lexical[0].score >= LINK_THRESHOLD:
        floor = max(LINK_THRESHOLD, SECOND_LINK_RATIO * lexical[0].score)
        return [c for c in lexical if c.score >= floor][:most]
    return []


_slot = st.tuples(
    st.sampled_from(["code", "question", "lexical"]),
    st.sampled_from([0.05, 0.1, 0.19, 0.2, 0.21, 0.3, 0.45, 0.5, 0.6, 0.9, 1.0]),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(_slot, max_size=5), min_size=1, max_size=12),
    most=st.integers(1, 3),
    area=st.booleans(),
)
def test_many_rankings_are_picked_as_one_list_at_a_time(
    rows: list[list[tuple[str, float, bool]]], most: int, area: bool
) -> None:
    # rankings in trust order, as the matcher gives them: codes, then questions, then lexical by score
    order = {"code": 0, "question": 1, "lexical": 2}
    lists = [
        [
            Candidate(f"X.{i}", how, score)
            for i, (how, score, _) in enumerate(sorted(row, key=lambda s: (order[s[0]], -s[1])))
        ]
        for row in rows
    ]
    owns = [
        frozenset(
            f"X.{i}" for i, s in enumerate(sorted(row, key=lambda s: (order[s[0]], -s[1]))) if s[2] and area
        )
        for row in rows
    ]
    width = 5
    tiers = np.zeros((len(rows), width), dtype=np.int8)
    scores = np.zeros((len(rows), width))
    own = np.zeros((len(rows), width), dtype=bool)
    for r, (cands, mine) in enumerate(zip(lists, owns, strict=True)):
        for s, c in enumerate(cands):
            tiers[r, s], scores[r, s], own[r, s] = c.tier, c.score, c.code in mine
    mask = pick_rows(tiers, scores, own, np.array([bool(m) for m in owns]), most)
    for r, (cands, mine) in enumerate(zip(lists, owns, strict=True)):
        expected = _pick_as_written(cands, most, mine)
        assert [c for c, x in zip(cands, mask[r][: len(cands)].tolist(), strict=False) if x] == expected
        assert not mask[r][len(cands) :].any()
        assert pick(cands, most, mine) == expected


def test_a_rejection_keeps_the_own_area_rule(rubric: Rubric) -> None:
    # rejecting an unrelated item must not change which item the activity's own area gives it
    act = _act("a", "Pembentukan Tim Pengelola Pengaduan Masyarakat", "penguatan-pengawasan")
    plain = _links(rubric, act)["a"]
    assert plain[0][0].startswith("P.5.iii.")
    rejected = _links(rubric, act.model_copy(update={"lke_reject": ("P.6.iv.a",)}))["a"]
    assert rejected == plain


def test_a_code_written_twice_in_one_text_links_once(rubric: Rubric) -> None:
    # "P.1.i.a ... (P.1.i.a)": one text naming a code twice gave the code twice in the ranking, and
    # link_unit (which dedupes only pinned links and sub-steps) then linked the activity twice
    act = _act("a", "P.1.i.a Pembentukan Tim Kerja ZI (P.1.i.a) dan P.1.i.b", "manajemen-perubahan")
    links = link_unit(make_unit(rubric, activities=(act,)), rubric)
    assert [(ln.code, ln.how) for ln in links.by_activity["a"]] == [("P.1.i.a", "code"), ("P.1.i.b", "code")]
    assert links.by_item["P.1.i.a"] == ["a"]
    ranked = matcher(rubric).rank([((("kegiatan", act.kegiatan or ""),), act.area)])[0]
    assert [c.code for c in ranked[:2]] == ["P.1.i.a", "P.1.i.b"]
    assert len({c.code for c in ranked}) == len(ranked)
    # the same in a batch, cached or not, and in the evaluation's item rows
    for cached in (True, False):
        again = link_units([make_unit(rubric, activities=(act,))], rubric, use_cache=cached)[0]
        assert [ln.code for ln in again.by_activity["a"]] == ["P.1.i.a", "P.1.i.b"]
    result = evaluate_unit(make_unit(rubric, activities=(act,)), rubric)
    rows = {r.code: r for r in result.items}
    assert list(rows["P.1.i.a"].activities) == ["a"]


def test_a_rubric_smaller_than_a_ranking_gives_each_item_once() -> None:
    # three items, fewer than TOP_K slots: a text naming one code twice still ranks each item once
    small = load_rubric(ROOT / "tests" / "data" / "good" / "good_minimal_rubric.yaml")
    codes = list(small.items)
    text = f"{codes[-1]} tim {codes[-1]} anggota"
    ranked = matcher(small).rank([((("kegiatan", text),), None), ((("kegiatan", "zzz qqq"),), None)])
    assert [c.code for c in ranked[0]][0] == codes[-1]
    assert len({c.code for c in ranked[0]}) == len(ranked[0]) <= len(codes)
    assert ranked[1] == []
    assert matcher(small).rank([]) == []
    act = _act("a", text)
    links = link_unit(make_unit(small, activities=(act,)), small)
    assert [ln.code for ln in links.by_activity["a"]] == [codes[-1]]
    assert links.by_item[codes[-1]] == ["a"]


def test_a_rejection_keeps_the_own_area_rule_for_sub_steps(rubric: Rubric) -> None:
    # the sub-step names the complaints team (Pengawasan); without the area its best item is the ZI
    # team's, which the activity already has: the old reject path lost the sub-step's link that way
    act = _act(
        "a",
        "Penguatan pengawasan internal",
        "penguatan-pengawasan",
        substeps=(Substep(label="a.", text="Pembentukan Tim Pengelola Pengaduan Masyarakat"),),
    )
    plain = _links(rubric, act)["a"]
    assert plain[-1][0].startswith("P.5.iii.")
    rejected = _links(rubric, act.model_copy(update={"lke_reject": ("P.6.iv.a",)}))["a"]
    assert rejected == plain
