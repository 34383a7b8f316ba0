"""The Python API refuses bad arguments as the command line does (issue 17 #21): zi-eval's own error
types (UsageError for an argument, InputError for a change), with the CLI's words, never a bare
ValueError, KeyError or AssertionError; and ``Scenario.rescore`` scores nothing ``evaluate`` refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

import zi_eval as zi
from tests.conftest import DATA
from zi_eval.cli import main
from zi_eval.errors import InputError, UsageError
from zi_eval.models.unit import Evidence, Unit
from zi_eval.scenario import AttachEvidence, RemoveActivity, Scenario, SetAnswer, SetCounts, SetSurvey

UNIT = DATA / "good" / "good_minimal_unit.yaml"


@pytest.fixture(scope="module")
def unit() -> Unit:
    return zi.load_unit(UNIT)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"as_of": "2025-13"}, "as_of: must be a month as YYYY-MM (e.g. 2025-06); got '2025-13'"),
        ({"as_of": "abc"}, "as_of: must be a month as YYYY-MM (e.g. 2025-06); got 'abc'"),
        ({"as_of": (2025, 0)}, "as_of: must be a month as YYYY-MM (e.g. 2025-06); got (2025, 0)"),
        ({"as_of": 202506}, "as_of: must be a month as YYYY-MM (e.g. 2025-06); got 202506"),
        ({"mode": "bogus"}, "mode: must be one of claimed, evidenced, projected; got 'bogus'"),
        ({"mode": None}, "mode: must be one of claimed, evidenced, projected; got nothing"),
        ({"lang": "fr"}, "lang: must be one of id, en; got 'fr'"),
    ],
)
def test_evaluate_refuses_bad_arguments(unit: Unit, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError) as exc:
        zi.evaluate(unit, **kwargs)
    assert str(exc.value) == message


def test_good_months_are_taken_in_both_forms(unit: Unit) -> None:
    a = zi.evaluate(unit, as_of="2025-06")
    b = zi.evaluate(unit, as_of=(2025, 6))
    assert a.to_json() == b.to_json()


def test_the_cli_says_a_bad_month_in_the_same_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "evaluate", str(UNIT), "--as-of", "2025-13"]) == 2
    english = capsys.readouterr().err.strip()
    assert english == "--as-of: must be a month as YYYY-MM (e.g. 2025-06); got '2025-13'"
    for command in (
        ["evaluate", str(UNIT)],
        ["report", str(UNIT), "-o", "tidak-ditulis"],
        ["compare", str(UNIT)],
    ):
        assert main([*command, "--as-of", "2025-13"]) == 2
        err = capsys.readouterr().err.strip()
        assert err == "--as-of: harus bulan berbentuk YYYY-MM (mis. 2025-06); didapat '2025-13'"


def test_many_units_and_compare_check_too() -> None:
    with pytest.raises(UsageError, match="^mode: must be one of"):
        zi.compare([UNIT], mode="bogus")
    with pytest.raises(UsageError, match="^as_of: must be a month"):
        zi.evaluate_many([UNIT], as_of="2025-13")


def test_next_actions_name_the_predicates(unit: Unit) -> None:
    with pytest.raises(UsageError) as exc:
        zi.best_next_actions(unit, target="wbk")
    assert str(exc.value) == "target: must be one of WBK, WBBM; got 'wbk'"


def test_rescore_refuses_what_evaluate_refuses(unit: Unit) -> None:
    bad = Scenario(unit).with_changes(SetAnswer(item="P.1.i.b", answer="Z"))
    with pytest.raises(InputError) as quick:
        bad.rescore()
    with pytest.raises(InputError) as full:
        bad.evaluate()
    assert (
        str(quick.value)
        == str(full.value)
        == "<scenario>: changes[0].answer: must be one of A, B, C; got 'Z'"
    )
    with pytest.raises(InputError, match=r"changes\[0\].item: must be an item code of the rubric"):
        Scenario(unit).with_changes(SetAnswer(item="P.9.z", answer="A")).rescore()
    with pytest.raises(UsageError, match="^mode: must be one of"):
        Scenario(unit).rescore(mode="bogus")


def test_every_bad_change_is_said_at_its_index(unit: Unit) -> None:
    s = Scenario(unit).with_changes(
        SetAnswer(item="P.1.i.b", answer="A", evidence=("e-tidak-ada",)),
        RemoveActivity(activity="a1"),
        RemoveActivity(activity="a1"),  # already removed by the change before
        SetCounts(item="P.1.i.a", counts={"jumlah": 3}),
        AttachEvidence(evidence=Evidence(id="e7", title="T", supports=("a1",))),
    )
    with pytest.raises(InputError) as exc:
        _ = s.unit
    assert [str(p) for p in exc.value.problems] == [
        "<scenario>: changes[0].evidence[0]: must be an evidence id of the unit or of an earlier change; "
        "got 'e-tidak-ada'",
        "<scenario>: changes[2].activity: must be an activity id of the unit or of an earlier change; got 'a1'",
        "<scenario>: changes[3].counts: must be absent for an option item; got 'counts'",
        "<scenario>: changes[4].evidence.supports[0]: must be an activity id or item code; got 'a1'",
    ]


@pytest.mark.parametrize("value", ["12", True, -1, 10**400])
def test_counts_are_whole_numbers_as_in_a_unit_file(value: object) -> None:
    with pytest.raises(ValueError):  # pydantic's ValidationError, before any scenario is made
        SetCounts(item="R.1.i.a", counts={"jumlah_agen_perubahan": value})


@pytest.mark.parametrize("value", ["3,6", True, 4.5, float("nan")])
def test_survey_indices_are_numbers_from_0_to_4(value: object) -> None:
    with pytest.raises(ValueError):
        SetSurvey(ipak=value)


def test_attached_evidence_follows_the_unit_files_policy(unit: Unit, tmp_path: Path) -> None:
    (tmp_path / "bukti").mkdir()
    (tmp_path / "bukti" / "sk.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "keluar").symlink_to("/etc")

    def attach(path: str) -> Scenario:
        ev = Evidence(id="e8", title="SK", kind="sk", path=path, supports=("P.1.i.b",))
        return Scenario(unit, base_dir=tmp_path).with_changes(AttachEvidence(evidence=ev))

    def p_1_i_b(s: Scenario) -> str:
        return str(s.evaluate().after.items.set_index("code").loc["P.1.i.b", "outcome"])

    assert p_1_i_b(attach("bukti/sk.pdf")) == "partial"  # B, with evidence that is there
    missing = attach("bukti/belum-ada.pdf")
    assert p_1_i_b(missing) == "no_evidence"  # a file that is not there supports nothing
    assert "EVIDENCE_PATH_MISSING" in set(missing.evaluate().after.flags["code"])
    assert missing.rescore()["totals"] == Scenario(unit).rescore()["totals"]
    with pytest.raises(
        InputError, match=r"changes\[0\].evidence.path: must be a path inside the plan's folder"
    ):
        attach("keluar/passwd").rescore()


def test_the_notebook_view_escapes_the_unit_name(unit: Unit) -> None:
    named = unit.model_copy(
        update={"unit": unit.unit.model_copy(update={"name": "<script>x()</script> [/x]"})}
    )
    page = zi.evaluate(named)._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;x()&lt;/script&gt; [/x]" in page


def test_one_path_where_many_are_asked_is_refused_not_read_letter_by_letter() -> None:
    for call in (zi.evaluate_many, zi.compare, zi.load_batch):
        with pytest.raises(UsageError) as exc:
            call(str(UNIT))
        assert "must be a list of units or file paths; got just one, " in str(exc.value)


def test_the_calendar_is_of_areas_or_activities(unit: Unit) -> None:
    ev = zi.evaluate(unit)
    assert len(ev.calendar(by="activity")) >= len(unit.activities)
    with pytest.raises(UsageError, match="^by: must be one of area, activity; got 'bulan'$"):
        ev.calendar(by="bulan")


def test_a_unit_edited_past_its_checks_is_refused_by_evaluate(unit: Unit) -> None:
    """``model_copy(update=…)`` skips pydantic's checks: an IPAK of 7.5 scored the full 17.5 points and an
    option the item does not have scored 0, silently, where the same unit file is refused."""
    high = unit.model_copy(update={"hasil": unit.hasil.model_copy(update={"ipak": 7.5})})
    with pytest.raises(InputError) as exc:
        zi.evaluate(high)
    assert [p.text("en") for p in exc.value.problems] == [
        f"unit {unit.unit.id}: hasil.ipak: must be ≤ 4; got 7.5"
    ]
    code = next(c for c, a in unit.answers.items() if a.answer in ("Ya", "Tidak"))
    wrong = unit.model_copy(
        update={"answers": {**unit.answers, code: unit.answers[code].model_copy(update={"answer": "Z"})}}
    )
    with pytest.raises(InputError) as exc:
        zi.evaluate(wrong)
    assert [p.field for p in exc.value.problems] == [f"answers.{code}.answer"]
    assert (
        zi.evaluate(unit).total == zi.evaluate(zi.checked(unit)).total
    )  # a valid unit goes through as it is
