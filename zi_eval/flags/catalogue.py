"""Every flag code, gathered from its declaration: severity, message, motivation and remediation.

The declarations live with their rules (:mod:`zi_eval.flags.rules_plan`,
:mod:`zi_eval.flags.rules_evidence`) or, for the findings readers raise, in
:mod:`zi_eval.flags.findings`; this module only looks them up and renders their words.
"""

from __future__ import annotations

from typing import Any

from zi_eval.flags.declare import SEVERITIES, Declaration, Words
from zi_eval.flags.findings import FINDINGS
from zi_eval.flags.rules_evidence import EVIDENCE_RULES
from zi_eval.flags.rules_plan import PLAN_RULES
from zi_eval.flags.rules_readiness import READINESS_RULES

__all__ = [
    "DECLARED",
    "FLAGS",
    "RULES",
    "SEVERITIES",
    "finding_args",
    "motivation",
    "remediation",
    "render",
    "severity",
]

#: the rules, in the order an evaluation runs them (the flags are sorted afterwards)
RULES: tuple[Declaration, ...] = PLAN_RULES + EVIDENCE_RULES + READINESS_RULES


def _index(decls: tuple[Declaration, ...]) -> dict[str, Declaration]:
    out: dict[str, Declaration] = {}
    for d in decls:
        if d.code in out:
            raise ValueError(f"flag code {d.code} declared twice")
        out[d.code] = d
    return out


DECLARED: dict[str, Declaration] = _index(RULES + FINDINGS)

#: code -> (severity, Indonesian template, English template), the view most callers need
FLAGS: dict[str, tuple[str, str, str]] = {
    c: (d.severity, d.message.id, d.message.en) for c, d in DECLARED.items()
}


def finding_args(f: dict[str, Any]) -> dict[str, Any]:
    """The message arguments of an importer finding (a dict from an importer or workbook reader)."""
    return {
        "action": f.get("action", ""),
        "action_en": f.get("action_en", ""),
        "value": f.get("value", ""),
        "row": f.get("line", ""),
        "what": f.get("what", ""),
        "theirs": f.get("theirs", ""),
        "ours": f.get("ours", ""),
        "text": f.get("value", ""),
        "item": f.get("item"),
    }


def render(code: str, lang: str, **kw: Any) -> str:
    """Render the message of flag ``code`` in ``lang`` (an importer's action in English when it has one)."""
    if lang == "en" and kw.get("action_en"):
        kw["action"] = kw["action_en"]
    kw = {k: v.get(lang) if isinstance(v, Words) else v for k, v in kw.items()}
    return DECLARED[code].message.get(lang).format(**kw)


def severity(code: str) -> str:
    """The declared severity of flag ``code``."""
    return DECLARED[code].severity


def motivation(code: str, lang: str) -> str:
    """Why flag ``code`` matters to an assessor, in ``lang``."""
    return DECLARED[code].motivation.get(lang)


def remediation(code: str, lang: str) -> str:
    """What the unit can do about flag ``code``, in ``lang``."""
    return DECLARED[code].remediation.get(lang)
