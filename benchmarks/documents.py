"""Measure how long reading the documents units have takes: plans in every format, LKE copies.

    python benchmarks/documents.py [--quick] [--json FILE]

Two figures per document, both from the file on disk:
- ``inner_ms``: the library call (``import_plan`` or ``read_lke_workbook``), median of a few runs in
  one warm process — what a notebook or a batch job pays per document;
- ``cli_s``: ``zi-eval import DOC -o unit.yaml`` as a person runs it, in a fresh process (Python start
  and imports included) — what a user feels.
Also a hostile LKE sheet (the official layout with 2,000 stray rows) to show matching stays linear.
Times are measured, never asserted: machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from zi_eval.lke.reader import read_lke_workbook  # noqa: E402
from zi_eval.models.loading import load_rubric  # noqa: E402
from zi_eval.ra import import_plan  # noqa: E402

SHAPES = ROOT / "tests" / "data" / "ra" / "shapes"
PLANS = [
    "shape_a_research_unit.pdf",
    "shape_b_printed.pdf",
    "shape_b_table_per_area.docx",
    "shape_b_area_column.xlsx",
    "shape_b_legacy.xls",
    "shape_b_libreoffice.ods",
    "shape_b_pasted_from_word.tsv",
]
LKE = ROOT / "tests" / "data" / "lke"
WORKBOOKS = ["official-filled.xlsx", "official-filled.xls", "google-copy.ods", "google-copy.csv"]


def _median_ms(fn: Any, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times) * 1000, 1)


def _cli_s(path: Path, out: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "zi_eval", "import", str(path), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{path.name}: zi-eval import exited {proc.returncode}: {proc.stderr.strip()[:300]}")
    return round(time.perf_counter() - t0, 2)


def _hostile_lke(folder: Path) -> Path:
    """The official layout with 2,000 stray rows of look-alike text: one between items, the rest below."""
    from tests.lke.shapes import Shape, full_unit, render, write_xlsx

    rubric = load_rubric()
    noise = {n: f"Baris tambahan {n} rapat koordinasi tim kerja zona integritas" for n in range(300)}
    rows, _ = render(full_unit(rubric), rubric, Shape(inserts=noise))
    width = max(len(r) for r in rows)
    for n in range(2000 - len(noise)):
        text = f"Catatan {n}: unit kerja telah melakukan monitoring dan evaluasi pembangunan zona integritas"
        rows.append([None] * 6 + [text] + [None] * (width - 7))
    path = folder / "lke-2000-stray-rows.xlsx"
    write_xlsx(path, {"LKE ZI": rows})
    return path


def run(quick: bool) -> dict[str, Any]:
    rubric = load_rubric()
    repeats = 1 if quick else 3
    out: dict[str, Any] = {"plans": {}, "workbooks": {}}
    plans = PLANS[:2] if quick else PLANS
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "unit.yaml"
        for name in plans:
            path = SHAPES / name
            res = import_plan(path, rubric)
            out["plans"][name] = {
                "activities": len(res.unit.activities),
                "inner_ms": _median_ms(lambda p=path: import_plan(p, rubric), repeats),
                "cli_s": _cli_s(path, target),
            }
        books = [LKE / n for n in (WORKBOOKS[:1] if quick else WORKBOOKS)]
        if not quick:
            books.append(_hostile_lke(Path(tmp)))
        for path in books:
            wb = read_lke_workbook(path, rubric)
            out["workbooks"][path.name] = {
                "items_matched": wb.items_matched,
                "inner_ms": _median_ms(lambda p=path: read_lke_workbook(p, rubric), repeats),
                "cli_s": _cli_s(path, target),
            }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a smoke run on two plans and one workbook")
    ap.add_argument("--json", type=Path, default=None, help="write the results as JSON")
    args = ap.parse_args(argv)
    data = run(args.quick)
    print(f"{'document':40} {'rows':>6} {'inner ms':>9} {'CLI s':>7}")
    for kind, key in (("plans", "activities"), ("workbooks", "items_matched")):
        for name, row in data[kind].items():
            print(f"{name:40} {row[key]:>6} {row['inner_ms']:>9} {row['cli_s']:>7}")
    if args.json is not None:
        args.json.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
