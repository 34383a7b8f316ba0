"""Time each stage of loading and scoring unit files, one process, as ``load_batch`` runs them.

    python benchmarks/stages.py [--files N] [--gc]

Writes N distinct synthetic unit files to a temporary folder, then walks them in groups of
``LINK_GROUP`` as :func:`zi_eval.api.load_batch` does and adds up CPU time per stage: read,
parse (rapidyaml to JSON to Python objects), validate (pydantic), check_unit, link (the linker,
a whole group at once), compile_units (a whole group's matrix rows at once), flag_profile,
pickling a worker's result back, concat.
``--gc`` leaves Python's collector on throughout (what the path did before it collected only
young objects during a batch), to show what that costs.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import zi_eval as zi  # noqa: E402
from benchmarks.synthetic import synthetic_unit  # noqa: E402
from zi_eval.api import LINK_GROUP  # noqa: E402
from zi_eval.flags.batch import flag_profile  # noqa: E402
from zi_eval.io.textfile import read_bytes  # noqa: E402
from zi_eval.io.yamlsrc import parse_yaml_bytes  # noqa: E402
from zi_eval.models.serialize import dump_unit  # noqa: E402
from zi_eval.models.unit import Unit  # noqa: E402
from zi_eval.models.unit_checks import check_unit  # noqa: E402
from zi_eval.scoring.batch import compile_units, concat  # noqa: E402
from zi_eval.scoring.linking import link_units  # noqa: E402

STAGES = (
    "read",
    "parse",
    "validate",
    "check_unit",
    "link",
    "compile_units",
    "flag_profile",
    "pickle",
    "concat",
)


def profile(paths: list[Path], keep_gc: bool) -> dict[str, float]:
    """CPU seconds per stage over ``paths``."""
    rubric = zi.load_rubric()
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, fn: Callable[[], Any]) -> Any:
        t = time.process_time()
        out = fn()
        spent[stage] += time.process_time() - t
        return out

    parts: list[Any] = []
    if not keep_gc:
        gc.disable()
    try:
        for start in range(0, len(paths), LINK_GROUP):
            units = []
            for p in paths[start : start + LINK_GROUP]:
                raw = timed("read", lambda p=p: read_bytes(p))
                data, lines = timed("parse", lambda p=p, raw=raw: parse_yaml_bytes(raw, str(p)))
                unit = timed("validate", lambda data=data: Unit.model_validate(data))
                timed("check_unit", lambda u=unit, ln=lines, p=p: check_unit(u, rubric, ln, p.parent))
                units.append(unit)
            group = timed("link", lambda units=units: link_units(units, rubric))
            part = timed("compile_units", lambda u=units, ln=group: compile_units(u, rubric, ln))
            for unit, links in zip(units, group, strict=True):
                timed("flag_profile", lambda u=unit, ln=links: flag_profile(u, rubric, ln))
            parts.append(part)
            timed("pickle", lambda part=part: pickle.loads(pickle.dumps(part)))
            if not keep_gc:
                gc.collect(1)
        timed("concat", lambda: concat(parts))
    finally:
        gc.enable()
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000, help="distinct unit files (default 2000)")
    ap.add_argument("--gc", action="store_true", help="leave the cyclic GC on throughout")
    a = ap.parse_args(argv)
    rubric = zi.load_rubric()
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i in range(a.files):
            u = synthetic_unit(rubric, i)
            p = Path(d) / f"{u.unit.id}.yaml"
            p.write_text(dump_unit(u), encoding="utf-8")
            paths.append(p)
        spent = profile(paths, a.gc)
    total = sum(spent.values())
    for stage, s in spent.items():
        print(f"{stage:<14} {1000 * s / a.files:7.3f} ms/file  {100 * s / total:5.1f}%")
    print(
        f"{'total':<14} {1000 * total / a.files:7.3f} ms/file  ({a.files / total:,.0f} files/s in one process)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
