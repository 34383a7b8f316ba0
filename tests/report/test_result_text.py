"""Results in words: labels from the rubric (any valid rubric evaluates), reasons and notes in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from zi_eval.cli import main
from zi_eval.models.rubric import Rubric

RUBRIC_FILE = ROOT / "rubrics" / "permenpanrb-90-2021.yaml"
PLAN = ROOT / "plans" / "pn-contoh-2025.yaml"


def _custom_rubric(tmp_path: Path, labelled: bool) -> Path:
    """The bundled rubric with criteria ids no catalogue knows (``ipak-2``, ``jumlah``), labelled or not."""
    data = yaml.safe_load(RUBRIC_FILE.read_text(encoding="utf-8"))
    for pred in data["predicates"]:
        for c in pred["criteria"]:
            c.pop("label", None)
            c.pop("label_en", None)
            if c["id"] == "ipak":
                c["id"] = "ipak-2"
                if labelled:
                    c["label"], c["label_en"] = "Survei antikorupsi kedua", "Second anti-corruption survey"
            elif c["id"] == "total":
                c["id"] = "jumlah"
    path = tmp_path / "rubrik.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _criteria(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, dict]:  # type: ignore[type-arg]
    assert main(["evaluate", str(PLAN), "--format", "json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    return {c["id"]: c for c in data["readiness"]["WBK"]["criteria"]}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_rubric_with_unknown_criterion_ids_evaluates_with_labels_from_the_rubric(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rubric: Rubric, lang: str
) -> None:
    path = _custom_rubric(tmp_path, labelled=False)
    assert main(["validate", str(path)]) == 0
    capsys.readouterr()
    crit = _criteria(capsys, "--rubric", str(path), "--lang", lang)
    # no label of its own: the indicator it reads names it, as the rubric names that indicator
    ipak_indicator = next(c for c in rubric.predicates[0].criteria if c.id == "ipak").ref
    assert crit["ipak-2"]["label"] == rubric.items[ipak_indicator or ""].indicator.name
    assert crit["jumlah"]["label"] == {"id": "Nilai total", "en": "Total score"}[lang]
    assert main(["evaluate", str(PLAN), "--rubric", str(path), "--lang", lang, "--next"]) == 0  # text too
    assert crit["ipak-2"]["label"] in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "want"), [("id", "Survei antikorupsi kedua"), ("en", "Second anti-corruption survey")]
)
def test_a_criterion_label_in_the_rubric_is_used_in_its_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, want: str
) -> None:
    path = _custom_rubric(tmp_path, labelled=True)
    assert _criteria(capsys, "--rubric", str(path), "--lang", lang)["ipak-2"]["label"] == want


def test_the_bundled_rubric_names_every_indicator_criterion_in_both_languages(rubric: Rubric) -> None:
    for pred in rubric.predicates:
        for c in pred.criteria:
            if c.kind == "indicator":
                assert c.label and c.label_en and c.label != c.label_en, (pred.id, c.id)


def test_english_next_steps_name_what_no_plan_can_change_in_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The plan is evaluated without a language; its labels were Indonesian in English output."""
    unit = str(ROOT / "plans" / "kpu-luwu-2025.yaml")
    out = {}
    for lang in ("id", "en"):
        assert main(["evaluate", unit, "--next", "--format", "json", "--lang", lang]) == 0
        out[lang] = {
            c["id"]: c["label"] for c in json.loads(capsys.readouterr().out)["next_actions"]["cannot_change"]
        }
    assert out["en"]["total"] == "Total score" and out["id"]["total"] == "Nilai total"
    assert out["en"]["ipak"] == "Anti-corruption perception survey (IPAK)"
    assert set(out["en"]) == set(out["id"]) and all(out["en"][k] != out["id"][k] for k in out["en"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_reasons_and_notes_come_out_in_the_language_asked(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    assert (
        main(["evaluate", str(ROOT / "plans" / "kpu-luwu-2025.yaml"), "--format", "json", "--lang", lang])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    reasons = {i["outcome"]: i["reason"] for i in data["items"]}
    notes = [c["note"] for c in data["readiness"]["WBK"]["criteria"] if c["note"]]
    assert notes  # this plan has no surveys: their criteria say so
    if lang == "en":
        assert reasons["unanswered"].startswith("Not answered") and any("not filled in" in n for n in notes)
    else:
        assert reasons["unanswered"].startswith("Belum dijawab") and any("belum diisi" in n for n in notes)


def test_remediation_hints_in_english_keep_the_regulations_words_only(rubric: Rubric) -> None:
    """With --lang en the --next table and the HTML hints printed the rubric's Indonesian hints whole
    ("Untuk nilai penuh: …", "Isi jumlah pada setiap input …", a probe). The rubric's own words are now
    English; a criterion quoted from the regulation stays as the regulation words it."""
    from zi_eval.report.result_text import remediation

    hints = {code: remediation(rubric, code, "en") for code in rubric.items}
    assert all(
        "Untuk nilai penuh" not in h and "Isi jumlah" not in h and "Isi nilai" not in h
        for h in hints.values()
    )
    full = rubric.items["P.1.i.a"].item.remediation.removeprefix("Untuk nilai penuh: ")
    assert hints["P.1.i.a"] == f"For full marks: {full}"
    assert {code: remediation(rubric, code, "id") for code in rubric.items} == {
        code: f.item.remediation for code, f in rubric.items.items()
    }


def test_the_next_steps_in_english_give_english_hints(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(PLAN), "--next", "--format", "json", "--lang", "en"]) == 0
    steps = json.loads(capsys.readouterr().out)["next_actions"]
    hints = [a["remediation"] for a in steps["actions"]]
    assert hints and all(not h.startswith("Untuk nilai penuh") for h in hints)
