"""Numbers as the reports show them: two decimals, never rounded across a threshold.

74.9995 against 75 printed "75.00 (ambang 75.00, selisih -0.00) … BELUM MEMENUHI": the verdict was
right and the figures said the opposite. A value below its threshold is cut, not rounded, to two
decimals, and a margin too small for two decimals shows as many as it needs.
"""

from __future__ import annotations

import math


def num(x: float) -> str:
    """A figure with two decimals."""
    return f"{x:.2f}"


def value_against(value: float, threshold: float) -> str:
    """A criterion's value with two decimals, cut down when rounding would show it at its threshold or
    above while it is below."""
    shown = num(value)
    if value < threshold and float(shown) >= threshold:
        shown = num(math.floor(value * 100) / 100)
    return shown


def margin(x: float) -> str:
    """A signed margin; one that two decimals show as ±0.00 though it is not 0 gets four (or more)."""
    shown = f"{x:+.2f}"
    if x != 0 and float(shown) == 0:
        shown = f"{x:+.4f}" if abs(x) >= 0.00005 else f"{x:+.1e}"
    return shown
