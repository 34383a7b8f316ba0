"""Evidence months and due months: the one rule the calendar, the evidence report and flags read."""

from __future__ import annotations

import datetime as dt

import pytest

from zi_eval.models.unit import Evidence
from zi_eval.scoring.coverage import ALL_MONTHS, covered_months, due_months


@pytest.mark.parametrize(
    ("months", "date", "want"),
    [
        ((3, 4), dt.date(2025, 9, 1), {3, 4}),  # its months win over its date
        ((), dt.date(2025, 9, 30), {9}),
        ((), dt.date(2026, 1, 5), set(ALL_MONTHS)),  # dated after the plan year: the whole year is done
        ((), dt.date(2024, 12, 31), set()),  # dated before it: nothing of this year
        ((), None, set(ALL_MONTHS)),  # undated: the whole year
    ],
)
def test_months_a_record_covers(months: tuple[int, ...], date: dt.date | None, want: set[int]) -> None:
    ev = Evidence(id="e", title="SK", months=months, date=date)
    assert covered_months(ev, 2025) == want


@pytest.mark.parametrize(
    ("as_of", "want"),
    [(None, set()), ((2025, 4), {1, 2, 3, 4}), ((2026, 1), set(ALL_MONTHS)), ((2024, 12), set())],
)
def test_months_due_by_as_of(as_of: tuple[int, int] | None, want: set[int]) -> None:
    assert due_months(as_of, 2025) == want
