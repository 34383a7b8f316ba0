"""Every flag code is declared once, with words in both languages, and its fixture raises it.

A rule flag's fixture is ``tests/data/flags/<CODE>.yaml``: ``why`` (what in it triggers the flag),
optional ``as_of`` and ``mode``, ``expect`` (fields the flags of that code must show, one entry per
flag expected) and ``unit`` (the unit file). A finding's fixture is a document of any other
extension that ``zi-eval evaluate`` imports on the fly; the finding must reach the flags.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_eval as zi
from tests.flags.test_batch_flags import RUBRIC, rich_units
from zi_eval.flags import derive_flags
from zi_eval.flags.catalogue import DECLARED, RULES
from zi_eval.flags.declare import SEVERITIES
from zi_eval.flags.findings import FINDINGS
from zi_eval.flags.subject import Subject
from zi_eval.models.rubric import Rubric
from zi_eval.scoring.engine import evaluate_unit

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "flags"
RULE_CODES = [d.code for d in RULES]
FINDING_FIXTURES = sorted(p for p in FIXTURES.iterdir() if p.suffix != ".yaml")
#: tests that walk the whole catalogue: naming a code there is no evidence the code is ever raised
CATALOGUE_WIDE = {
    "test_catalogue_languages.py",
    "test_findings_render.py",
    "test_findings.py",
    "test_declared.py",
}


def _load_fixture(code: str, tmp_path: Path, rubric: Rubric) -> tuple[dict[str, Any], Any]:
    spec = yaml.safe_load((FIXTURES / f"{code}.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "unit.yaml"  # written apart, so a relative evidence path names no file
    path.write_text(yaml.safe_dump(spec["unit"], allow_unicode=True), encoding="utf-8")
    return spec, zi.load_unit(path, rubric)


def _as_of(spec: dict[str, Any]) -> tuple[int, int] | None:
    text = spec.get("as_of")
    return None if text is None else (int(str(text)[:4]), int(str(text)[5:7]))


def _shows(flag: Any, want: dict[str, Any]) -> bool:
    for key, value in want.items():
        if key == "message_has":
            if str(value) not in flag.message:
                return False
        elif key == "months":
            if list(flag.months) != value:
                return False
        elif getattr(flag, key) != value:
            return False
    return True


@pytest.mark.parametrize("code", RULE_CODES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_rule_fixture_raises_its_flag_as_expected(
    code: str, lang: str, rubric: Rubric, tmp_path: Path
) -> None:
    spec, unit = _load_fixture(code, tmp_path, rubric)
    ev = evaluate_unit(unit, rubric, mode=spec.get("mode", "evidenced"), as_of=_as_of(spec))
    got = [f for f in derive_flags(ev, lang=lang) if f.code == code]
    assert got, f"{code}: its fixture raised no {code} ({spec['why']})"
    for want in spec["expect"]:
        assert any(_shows(f, want) for f in got), f"{code}: no flag shows {want}; got {got}"
    decl = DECLARED[code]
    for f in got:
        assert "{" not in f.message and "}" not in f.message  # every argument filled
        assert f.motivation == decl.motivation.get(lang) and f.remediation == decl.remediation.get(lang)


@pytest.mark.parametrize("code", RULE_CODES)
def test_the_batch_counts_each_rule_fixture_as_the_single_unit_path_does(
    code: str, rubric: Rubric, tmp_path: Path
) -> None:
    spec, unit = _load_fixture(code, tmp_path, rubric)
    mode, as_of = spec.get("mode", "evidenced"), _as_of(spec)
    one = Counter(f.severity for f in derive_flags(evaluate_unit(unit, rubric, mode=mode, as_of=as_of)))
    row = zi.evaluate_many([unit], rubric, mode=mode, as_of=as_of, flags=True).iloc[0]
    assert {s: int(row[f"flags_{s}"]) for s in SEVERITIES} == {s: one[s] for s in SEVERITIES}


@pytest.mark.parametrize("doc", FINDING_FIXTURES, ids=lambda p: p.name)
def test_each_finding_fixture_reaches_the_flags(doc: Path, rubric: Rubric) -> None:
    code = doc.stem
    assert DECLARED[code].stage == "finding"
    flags = zi.evaluate(doc, rubric, lang="en").flag_list
    got = [f for f in flags if f.code == code]
    assert got and all(f.source and f.source.startswith(doc.name) for f in got)
    assert got[0].remediation == DECLARED[code].remediation.en


def test_every_fixture_names_a_declared_code_and_every_rule_has_one() -> None:
    stems = {p.stem for p in FIXTURES.iterdir()}
    assert stems <= set(DECLARED), f"fixtures for no declared code: {stems - set(DECLARED)}"
    assert {p.stem for p in FIXTURES.glob("*.yaml")} == set(RULE_CODES)


def test_every_finding_is_raised_where_its_declaration_says_and_tested_somewhere() -> None:
    fixtures = {p.stem for p in FINDING_FIXTURES}
    tests = [
        p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("*.py") if p.name not in CATALOGUE_WIDE
    ]
    untested = []
    for d in FINDINGS:
        source = (ROOT / d.raised_by).read_text(encoding="utf-8")
        assert f'"{d.code}"' in source, f"{d.code}: not raised in {d.raised_by}"
        if d.code not in fixtures and not any(f'"{d.code}"' in t for t in tests):
            untested.append(d.code)
    assert not untested, f"findings no fixture and no test raises: {untested}"


def test_each_declaration_has_words_in_both_languages_with_the_same_arguments() -> None:
    for code, d in DECLARED.items():
        for words in (d.message, d.motivation, d.remediation):
            assert words.id.strip() and words.en.strip() and words.id != words.en, code
        assert re.fullmatch(r"[A-Z][A-Z_]+", code)
        # the English message may drop an importer's Indonesian {action} (it has its own words)
        ind = set(re.findall(r"\{(\w+)\}", d.message.id)) - {"action"}
        eng = set(re.findall(r"\{(\w+)\}", d.message.en)) - {"action"}
        assert eng <= ind | {"value"} and ind <= eng | {"value", "row"}, code


@settings(max_examples=40, deadline=None)
@given(rich_units(0), st.sampled_from(["id", "en"]), st.sampled_from([None, (2025, 1), (2025, 7), (2026, 2)]))
def test_every_hit_of_every_rule_renders_whole_on_generated_units(
    unit: Any, lang: str, as_of: tuple[int, int] | None
) -> None:
    ev = evaluate_unit(unit, RUBRIC, as_of=as_of)
    subject = Subject(unit, RUBRIC, ev.links, ev=ev, as_of=as_of)
    raw = {d.code: list(d.hits(subject)) for d in RULES}
    flags = derive_flags(ev, lang=lang)
    for f in flags:
        assert "{" not in f.message and "}" not in f.message and f.remediation
        assert f.severity == DECLARED[f.code].severity or f.code == "ITEM_WITHOUT_EVIDENCE"
    due = set(range(1, 13)) if as_of and as_of[0] > unit.unit.year else set()
    if as_of and as_of[0] == unit.unit.year:
        due = set(range(1, as_of[1] + 1))
    for d in RULES:
        got = [f for f in flags if f.code == d.code]
        if d.stage == "due":  # kept when a month is due or always, showing only the due months
            kept = [h for h in raw[d.code] if h.always or set(h.months) & due]
            assert sorted(f.months for f in got) == sorted(
                tuple(m for m in h.months if m in due) for h in kept
            )
        else:
            assert len(got) == len(raw[d.code])
