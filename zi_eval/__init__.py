"""zi-eval: self-evaluation engine for Zona Integritas (WBK/WBBM) under PermenPAN-RB 90/2021.

The public API::

    import zi_eval as zi
    unit = zi.load_unit("plans/kpp-pratama-contoh-2025.yaml")
    ev = zi.evaluate(unit)            # .total, .readiness, .items, .areas, .criteria, .flags, .to_json()
    zi.compare(["plans/a.yaml", "plans/b.yaml"])
"""

__version__ = "0.1.0"

from zi_eval.api import Evaluation, compare, evaluate, evaluate_many, load_rubric, load_unit  # noqa: E402

__all__ = ["Evaluation", "__version__", "compare", "evaluate", "evaluate_many", "load_rubric", "load_unit"]
