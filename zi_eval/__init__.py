"""zi-eval: self-evaluation engine for Zona Integritas (WBK/WBBM) under PermenPAN-RB 90/2021.

The public API (imported lazily, so the command line starts fast)::

    import zi_eval as zi
    unit = zi.load_unit("plans/kpp-pratama-contoh-2025.yaml")
    ev = zi.evaluate(unit)      # .total, .readiness, .items, .areas, .criteria, .flags, .to_json()
    zi.compare(["plans/a.yaml", "plans/b.yaml"])
    zi.Scenario(unit).with_changes(zi.SetAnswer(item="R.4.ii", answer="A")).evaluate()
    zi.best_next_actions(unit, target="WBK")
"""

from __future__ import annotations

import importlib
from typing import Any

from zi_eval._version import __version__

_EXPORTS = {
    "Evaluation": "zi_eval.api",
    "checked": "zi_eval.api",
    "compare": "zi_eval.api",
    "evaluate": "zi_eval.api",
    "evaluate_many": "zi_eval.api",
    "load_rubric": "zi_eval.api",
    "load_unit": "zi_eval.api",
    "load_batch": "zi_eval.api",
    "UnitBatch": "zi_eval.api",
    "ActionPlan": "zi_eval.planning",
    "best_next_actions": "zi_eval.planning",
    "Scenario": "zi_eval.scenario",
    "SetAnswer": "zi_eval.scenario",
    "SetCounts": "zi_eval.scenario",
    "AttachEvidence": "zi_eval.scenario",
    "AddActivity": "zi_eval.scenario",
    "RemoveActivity": "zi_eval.scenario",
    "SetMonths": "zi_eval.scenario",
    "SetSurvey": "zi_eval.scenario",
}

__all__ = ["__version__", "charts", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    if name == "charts":
        return importlib.import_module("zi_eval.report.charts")
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'zi_eval' has no attribute {name!r}")
