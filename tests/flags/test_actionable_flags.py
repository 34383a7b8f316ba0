"""Flags an assessor can act on (issue 16 #5): words, severity, order, how many are shown."""

from __future__ import annotations

from pathlib import Path

from tests.builders import make_unit
from zi_eval.cli import main
from zi_eval.flags.derive import derive_flags
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Answer, LkeLink
from zi_eval.scoring.engine import evaluate_unit

PLAN = Path(__file__).resolve().parents[2] / "plans" / "kpu-luwu-2025.yaml"


def _flags(unit, rubric, **kw):  # type: ignore[no-untyped-def]
    return derive_flags(evaluate_unit(unit, rubric, **kw))


def test_an_answer_worth_nothing_without_evidence_is_info_and_names_its_question(rubric: Rubric) -> None:
    unit = make_unit(
        rubric, answers={"P.1.i.a": Answer(answer="Tidak"), "P.1.i.b": Answer(answer="A")}, evidence=False
    )
    got = {f.item: f for f in _flags(unit, rubric) if f.code == "ITEM_WITHOUT_EVIDENCE"}
    assert got["P.1.i.a"].severity == "info" and got["P.1.i.b"].severity == "error"
    assert rubric.items["P.1.i.b"].item.question[:40] in got["P.1.i.b"].message


def test_a_count_above_its_total_is_warned(rubric: Rubric) -> None:
    item = "R.4.i"  # Persentase sasaran dengan capaian 100% atau lebih
    formula = rubric.items[item].item.formula
    assert formula is not None
    counts = {formula.denominator[0]: 10, formula.numerator[0]: 12}
    unit = make_unit(rubric, answers={item: Answer(counts=counts)})
    (flag,) = [f for f in _flags(unit, rubric) if f.code == "COUNT_ABOVE_TOTAL"]
    assert flag.item == item and flag.severity == "warning" and "12" in flag.message and "10" in flag.message
    fine = make_unit(rubric, answers={item: Answer(counts={**counts, formula.numerator[0]: 10})})
    assert not [f for f in _flags(fine, rubric) if f.code == "COUNT_ABOVE_TOTAL"]


def test_an_as_of_month_of_another_year_is_warned(rubric: Rubric) -> None:
    unit = make_unit(rubric)  # a 2025 unit
    assert [f.code for f in _flags(unit, rubric, as_of=(2024, 6))].count("AS_OF_OTHER_YEAR") == 1
    assert "AS_OF_OTHER_YEAR" not in {f.code for f in _flags(unit, rubric, as_of=(2025, 6))}


def test_within_a_severity_the_earliest_due_month_comes_first(rubric: Rubric) -> None:
    acts = tuple(
        Activity(
            id=f"a{m}",
            ra_area="Manajemen Perubahan",
            area="manajemen-perubahan",
            kegiatan="Rapat",
            months=(m,),
        )
        for m in (9, 2, 5)
    )
    unit = make_unit(rubric, activities=acts)
    overdue = [f for f in _flags(unit, rubric, as_of=(2025, 12)) if f.code == "ACTIVITY_WITHOUT_EVIDENCE"]
    assert [f.activity for f in overdue] == ["a2", "a5", "a9"]
    warnings = [f for f in _flags(unit, rubric, as_of=(2025, 12)) if f.severity == "warning"]
    dated = [min(f.months) for f in warnings if f.months]
    assert dated == sorted(dated) and warnings.index(overdue[0]) < len(dated)  # dated before undated


def test_flags_all_or_n_in_the_text_output(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["evaluate", str(PLAN), "--flags", "3", "--lang", "en"]) == 0
    three = capsys.readouterr().out
    assert "(3 shown)" in three
    assert main(["evaluate", str(PLAN), "--flags", "all", "--lang", "en"]) == 0
    every = capsys.readouterr().out
    total = every.split("Flags: ")[1].split(" (")[0]  # "N errors, M warnings, K info"
    n = sum(int(part.split()[0]) for part in total.split(", "))
    assert f"({n} shown)" in every and n > 15
    assert main(["evaluate", str(PLAN), "--flags", "x"]) == 2


def test_an_activity_whose_item_has_evidence_is_told_where_the_evidence_is(rubric: Rubric) -> None:
    # make_unit gives every item evidence ("e-all"); the activity itself is named by no record
    act = Activity(
        id="a1",
        ra_area="Manajemen Perubahan",
        area="manajemen-perubahan",
        kegiatan="Penerbitan SK Tim",
        months=(1,),
        lke=(LkeLink(code="P.1.i.a"),),
    )
    (flag,) = [
        f
        for f in _flags(make_unit(rubric, activities=(act,)), rubric, as_of=(2025, 6))
        if f.code == "ACTIVITY_WITHOUT_EVIDENCE"
    ]
    assert "P.1.i.a punya data dukung" in flag.message
    bare = make_unit(rubric, activities=(act,), evidence=False)
    (flag,) = [f for f in _flags(bare, rubric, as_of=(2025, 6)) if f.code == "ACTIVITY_WITHOUT_EVIDENCE"]
    assert flag.message.endswith("tanpa data dukung.")


def test_an_activity_whose_own_evidence_covers_other_months_is_told_which(rubric: Rubric) -> None:
    """Its evidence dated September, the activity due in January: the flag said the item had evidence
    not naming the activity, although the record names it (it covers another month)."""
    import datetime as dt

    from zi_eval.models.unit import Evidence

    act = Activity(
        id="a1", ra_area="Manajemen Perubahan", area="manajemen-perubahan", kegiatan="SK Tim", months=(1,)
    )
    record = Evidence(id="e1", title="SK Tim ZI", date=dt.date(2025, 9, 15), supports=("a1", "P.1.i.a"))
    unit = make_unit(rubric, activities=(act,)).model_copy(update={"evidence": (record,)})
    (flag,) = [f for f in _flags(unit, rubric, as_of=(2025, 6)) if f.code == "ACTIVITY_WITHOUT_EVIDENCE"]
    assert flag.message.endswith("tanpa data dukung untuk bulan itu (data dukungnya, e1, mencakup bulan 9).")
    assert "punya data dukung" not in flag.message


def test_a_percentage_whose_total_is_zero_is_warned_with_the_value_the_rubric_gives(rubric: Rubric) -> None:
    """Zero complaints scored R.5.ii full (the rubric's rule) with nothing said; the reference marks a zero
    total as undefined, to be flagged."""
    item = "R.5.ii"
    formula = rubric.items[item].item.formula
    assert formula is not None
    zero = {k: 0 for k in (*formula.numerator, *formula.denominator)}
    unit = make_unit(rubric, answers={item: Answer(counts=zero)})
    (flag,) = [f for f in _flags(unit, rubric) if f.code == "COUNT_TOTAL_ZERO"]
    assert flag.item == item and flag.severity == "warning"
    assert f"dinilai {formula.zero_denominator:g}" in flag.message
    some = make_unit(rubric, answers={item: Answer(counts={**zero, formula.denominator[0]: 4})})
    assert not [f for f in _flags(some, rubric) if f.code == "COUNT_TOTAL_ZERO"]
    # a total not given yet is a missing count, not a zero one
    partial = make_unit(rubric, answers={item: Answer(counts={formula.numerator[0]: 0})})
    assert not [f for f in _flags(partial, rubric) if f.code == "COUNT_TOTAL_ZERO"]


def test_an_unfinished_lke_is_warned_once_and_a_plan_without_answers_is_not(rubric: Rubric) -> None:
    """An LKE with three items unanswered was judged WBK and WBBM eligible with no word that it is unfinished
    (the workbook shows 'Blm Diisi' for them and skips them)."""
    from tests.lke.shapes import full_unit

    full = full_unit(rubric)
    answers = {c: a for c, a in full.answers.items() if c not in ("P.1.i.b", "P.1.ii.b", "R.1.i.b")}
    partial = full.model_copy(update={"answers": answers})
    (flag,) = [f for f in _flags(partial, rubric) if f.code == "LKE_INCOMPLETE"]
    assert flag.severity == "warning" and "3 dari 113" in flag.message and "R.1.i.b" in flag.message
    assert not [f for f in _flags(full, rubric) if f.code == "LKE_INCOMPLETE"]
    assert not [f for f in _flags(make_unit(rubric), rubric) if f.code == "LKE_INCOMPLETE"]


def test_a_batch_reads_an_unfinished_lke_from_the_items_it_valued(rubric: Rubric, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A batch's flag profiles read which items have a value from the rows the batch valued: the rule
    valued every item of each unit a second time ("LKE_INCOMPLETE" on compare's path). The count is
    the one evaluate gives."""
    import zi_eval as zi
    import zi_eval.scoring.batch as scoring_batch
    from tests.lke.shapes import full_unit
    from zi_eval.flags.batch import flag_profile
    from zi_eval.flags.derive import run_rules
    from zi_eval.flags.subject import Subject
    from zi_eval.scoring.linking import link_unit

    full = full_unit(rubric)
    answers = {c: a for c, a in full.answers.items() if c not in ("P.1.i.b", "R.1.i.b")}
    partial = full.model_copy(update={"answers": answers})
    expected = flag_profile(partial, rubric, link_unit(partial, rubric))
    hits = run_rules(Subject(partial, rubric, link_unit(partial, rubric)), ("plan",))
    assert [h.args["count"] for d, h in hits if d.code == "LKE_INCOMPLETE"] == [2]  # counted in expected

    def valued_again(*_: object) -> None:
        raise AssertionError("items valued again for the flags")

    monkeypatch.setattr(scoring_batch, "value_items", valued_again)
    batch = zi.load_batch([partial, full], rubric, flags=True)
    assert (batch.stacked.flag_fixed[0] == expected.fixed).all()


def test_an_activity_scheduled_only_through_its_steps_is_flagged_without_evidence(rubric: Rubric) -> None:
    """No months of its own, steps in January and February, no evidence: never flagged, for the rule read the
    activity's own months only."""
    from zi_eval.models.unit import Substep

    act = Activity(
        id="a3",
        ra_area="Penataan Tatalaksana",
        area="penataan-tatalaksana",
        kegiatan="Reviu SOP",
        substeps=(
            Substep(label="a", text="Inventarisasi SOP", months=(1,)),
            Substep(label="b", text="Reviu", months=(2,)),
        ),
    )
    unit = make_unit(rubric, activities=(act,), evidence=False)
    got = [f for f in _flags(unit, rubric, as_of=(2025, 12)) if f.code == "ACTIVITY_WITHOUT_EVIDENCE"]
    assert [(f.activity, f.months) for f in got] == [("a3", (1, 2))]
