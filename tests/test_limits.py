"""The resource budgets live in one module, each is used, and a refusal over one has the house shape."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT
from zi_eval import limits
from zi_eval.errors import InputError

NAMED = {name: value for name, value in vars(limits).items() if isinstance(value, limits.Limit)}


def test_every_budget_is_listed_and_read_by_some_module() -> None:
    assert set(NAMED.values()) == set(limits.ALL)
    sources = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "zi_eval").rglob("*.py") if p.name != "limits.py"
    )
    unused = [name for name in NAMED if not re.search(rf"\blimits\.{name}\b", sources)]
    assert unused == []


def test_no_module_keeps_its_own_copy_of_a_budget() -> None:
    # the numbers the budgets replaced, written as constants again, would be a second place for a rule
    pattern = re.compile(r"^MAX_\w+ = (?:20_000|2_000_000|200 \* 1024 \* 1024|64 \* 1024 \* 1024)$", re.M)
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "zi_eval").rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize("raw", ["0", "-5", "abc", "", "1e9"])
def test_an_override_that_is_not_a_positive_whole_number_keeps_the_default(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZI_EVAL_MAX_ROWS", raw)
    assert limits.SHEET_ROWS.value() == 20_000


def test_an_override_is_read_with_or_without_separators(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZI_EVAL_MAX_CHART_PIXELS", " 1_000_000 ")
    assert limits.CHART_PIXELS.value() == 1_000_000


def test_a_refusal_names_the_file_the_field_the_budget_and_what_was_found() -> None:
    limits.refuse_above(
        10, 10, "rencana.xlsx", "sheet 'RA'", "at most {n} rows", "{got} rows"
    )  # at the budget
    with pytest.raises(InputError) as caught:
        limits.refuse_above(10, 11, "rencana.xlsx", "sheet 'RA'", "at most {n} rows", "{got} rows")
    assert [str(p) for p in caught.value.problems] == [
        "rencana.xlsx: sheet 'RA': must be at most 10 rows; got 11 rows"
    ]
    assert caught.value.exit_code == 3
