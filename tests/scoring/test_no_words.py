"""Scoring speaks in codes: no module under zi_eval/scoring/ fetches words or takes a language."""

from __future__ import annotations

import ast
from pathlib import Path

import zi_eval.scoring

SCORING = Path(zi_eval.scoring.__file__).parent


def _modules() -> list[Path]:
    found = sorted(SCORING.glob("*.py"))
    assert len(found) >= 5  # the walk sees the package, not an empty folder
    return found


def test_no_scoring_module_imports_the_message_catalogue() -> None:
    bad = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            bad += [
                f"{path.name}:{node.lineno}"
                for n in names
                if n.startswith(("zi_eval.messages", "zi_eval.flags.catalogue"))
            ]
    assert bad == []


def test_no_scoring_function_takes_a_language() -> None:
    bad = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                a = node.args
                params = a.posonlyargs + a.args + a.kwonlyargs
                bad += [f"{path.name}:{node.lineno}" for p in params if p.arg == "lang"]
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id == "lang"
            ):
                bad.append(f"{path.name}:{node.lineno} (a lang field)")
    assert bad == []
