"""The evaluation as one JSON object (docs/architecture.md §3): sorted keys, plain floats, byte-identical across runs."""

from __future__ import annotations

import json
from typing import Any

from zi_eval.flags.derive import Flag
from zi_eval.models.rubric import Rubric
from zi_eval.report.result_text import criterion_label, criterion_note, item_reason, link_dict
from zi_eval.scoring.engine import Evaluation
from zi_eval.scoring.results import Readiness


def evaluation_to_dict(
    ev: Evaluation, flags: list[Flag], source: dict[str, Any] | None = None, lang: str = "id"
) -> dict[str, Any]:
    """Return the evaluation as plain data following the JSON contract, its words in ``lang``."""
    s = ev.scores
    info = ev.unit.unit
    out: dict[str, Any] = {
        "unit": {
            "id": info.id,
            "name": info.name,
            "instansi": info.instansi,
            "year": info.year,
            "target_predicate": info.target_predicate,
            "prior_predicate": info.prior_predicate,
        },
        "rubric": {"id": ev.rubric.id, "version": ev.rubric.version},
        "mode": ev.mode,
        "as_of": f"{ev.as_of[0]:04d}-{ev.as_of[1]:02d}" if ev.as_of else None,
        "total": float(s.total),
        "pengungkit": float(s.components.get("pengungkit", 0.0)),
        "hasil": float(s.components.get("hasil", 0.0)),
        "pemenuhan": float(sum(v for (_, asp), v in s.area_aspect.items() if asp == "pemenuhan")),
        "reform": float(sum(v for (_, asp), v in s.area_aspect.items() if asp == "reform")),
        "hasil_areas": {k: float(v) for k, v in s.hasil_areas.items()},
        "indicators": {k: float(v) for k, v in s.indicators.items()},
        "areas": [a.as_dict() for a in s.areas],
        "readiness": {k: readiness_dict(ev.rubric, r, lang) for k, r in ev.readiness.items()},
        "flags": [f.as_dict() for f in flags],
        "items": [{**i.as_dict(), "reason": item_reason(i, lang)} for i in s.items],
        "totals_by_mode": {k: float(v) for k, v in ev.totals_by_mode.items()},
        "links": {act: [link_dict(ln, lang) for ln in lst] for act, lst in ev.links.by_activity.items()},
    }
    if source is not None:
        out["source"] = source
    return out


def readiness_dict(rubric: Rubric, r: Readiness, lang: str = "id") -> dict[str, Any]:
    """One predicate's readiness as JSON data, each criterion with its label and note in ``lang``."""
    return {
        "eligible": r.eligible,
        "binding": r.binding,
        "criteria": [
            {
                **c.as_dict(),
                "label": criterion_label(rubric, r.predicate, c.id, lang),
                "note": criterion_note(c, lang),
            }
            for c in r.criteria
        ],
    }


def to_json(data: dict[str, Any]) -> str:
    """Serialise deterministically: sorted keys, UTF-8, two-space indent, trailing newline."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
