"""Figures never rounded across a threshold (74.9995 against 75 showed "75.00 … selisih -0.00", not met)."""

from __future__ import annotations

import pytest

from zi_eval.report.numbers import margin, value_against


@pytest.mark.parametrize(
    ("value", "threshold", "shown"),
    [
        (74.9995, 75.0, "74.99"),
        (74.996, 75.0, "74.99"),
        (75.0, 75.0, "75.00"),
        (75.004, 75.0, "75.00"),
        (60.123, 75.0, "60.12"),
    ],
)
def test_a_value_below_its_threshold_never_shows_at_it(value: float, threshold: float, shown: str) -> None:
    assert value_against(value, threshold) == shown


@pytest.mark.parametrize(
    ("x", "shown"), [(-0.0005, "-0.0005"), (0.0, "+0.00"), (1.234, "+1.23"), (-2.5, "-2.50")]
)
def test_a_margin_too_small_for_two_decimals_shows_its_sign_and_size(x: float, shown: str) -> None:
    assert margin(x) == shown
