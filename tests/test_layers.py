"""The import layering of docs/architecture.md §1 holds for every import in zi_eval/.

Every ``import``/``from … import`` counts, at module level, inside functions and under
``TYPE_CHECKING``: a layer that needs a type from above is as coupled as one that calls it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "zi_eval"
READERS = {"ra", "lke", "evidence"}

#: layer -> the layers it may import (itself always allowed)
ALLOWED = {
    "messages": set(),
    "problem_words": {"messages"},
    "errors": {"problem_words"},
    "limits": {"errors"},
    "workshare": set(),
    "io": {"errors", "limits"},
    "models": {"io", "errors", "limits"},
    "matching": {"io", "models"},
    "scoring": {"matching", "models", "io", "errors"},
    "flags": {"scoring", "matching", "models", "io", "errors", "messages"},
}
#: layer -> the layers it must never import
FORBIDDEN = {
    **{r: {"report", "flags", "api", "scenario", "planning", "sources", "cli"} for r in READERS},
    "report": {"api", "sources", "ra", "evidence", "cli", "scenario"},
    "api": {"cli"},
    "scenario": {"cli"},
    "planning": {"cli"},
    "sources": {"cli"},
}
#: the narrow doors a layer may use into one module of a layer it otherwise does not import
DOORS = {
    # a problem's place is rendered as every location is, its text made printable as all user text is
    ("errors", "io"): {"zi_eval.io.location", "zi_eval.io.words"},
    ("lke", "flags"): {"zi_eval.flags.catalogue"},  # finding words for the import summary
    ("report", "planning"): {"zi_eval.planning"},  # next steps render the plan's result
}


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) < 2:
        return "package"
    return "cli" if parts[1].startswith("cli") or parts[1] == "__main__" else parts[1]


def _imports() -> list[tuple[str, int, str, str]]:
    """(file, line, importing layer, imported module) for every zi_eval import in the package."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent)
        module = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "zi_eval":
                targets = (
                    [node.module] if node.module != "zi_eval" else [f"zi_eval.{a.name}" for a in node.names]
                )
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.split(".")[0] == "zi_eval"]
            else:
                continue
            out += [(str(rel), node.lineno, _layer(module), t) for t in targets]
    return out


def _breaks(imports: list[tuple[str, int, str, str]]) -> list[str]:
    bad = []
    for file, line, src, target in imports:
        dst = _layer(target)
        if dst == src or src in ("package", "cli"):
            continue
        if target in DOORS.get((src, dst), set()):
            continue
        if src in ALLOWED and dst not in ALLOWED[src]:
            bad.append(f"{file}:{line}: {src} imports {target}")
        if dst in FORBIDDEN.get(src, set()):
            bad.append(f"{file}:{line}: {src} imports {target}")
        if dst == "cli":
            bad.append(f"{file}:{line}: only the command line imports {target}")
    return bad


def test_every_import_in_the_package_keeps_to_its_layer() -> None:
    imports = _imports()
    assert len(imports) > 300  # the walk found the package's imports
    assert _breaks(imports) == []


def test_the_check_catches_an_import_up_the_layers() -> None:
    seen = _breaks(
        [
            ("zi_eval/scoring/engine.py", 3, "scoring", "zi_eval.report.text_report"),
            ("zi_eval/flags/derive.py", 4, "flags", "zi_eval.api"),
            ("zi_eval/ra/build.py", 5, "ra", "zi_eval.sources"),
            ("zi_eval/lke/reader.py", 6, "lke", "zi_eval.report.html_report"),
            ("zi_eval/report/bundle.py", 7, "report", "zi_eval.cli_evaluate"),
            ("zi_eval/lke/reader.py", 8, "lke", "zi_eval.flags.catalogue"),  # a door: allowed
        ]
    )
    assert [s.split(":")[1] for s in seen] == ["3", "4", "5", "6", "7", "7"]
