"""Measure how often activities link to the right LKE item, on the labelled sets in tests/data/linking/.

    python benchmarks/linking.py [--json FILE] [--show-misses N]

Each labelled row is an activity written the way units write them, with the item it serves. The
rows become a unit's activities (the area heading mapped to its ZI area as the importer maps it),
are linked by :func:`zi_eval.scoring.linking.link_units` exactly as ``evaluate`` links them, and the
first link is compared with the label:

- ``top1_item``: the first link is the labelled item (an activity linked to nothing counts wrong);
- ``top1_indicator``: the first link is an item of the labelled item's indicator;
- ``top3_item``: the labelled item is among the first three the matcher ranks;
- ``unlinked``: share of activities linked to nothing (ACTIVITY_NOT_MAPPED);
- ``links_per_activity``: mean number of links of a linked activity.

``activities-tune.yaml`` is the set the matcher's weights and vocabulary were tuned on;
``activities-holdout.yaml`` was written apart and kept out of tuning; ``plans-holdout.yaml`` (also
kept out) is four whole plans of imagined units, rows in plan order with the generic, run-on and
copy-pasted rows real plans have, and rows no item fits (``item: null``: right when left unlinked,
counted apart as ``null_unlinked``; the rates above are over the labelled rows). Also timed: ranking every
row with the cache empty (what a batch of distinct plans pays), and again from the cache.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml  # noqa: E402

from zi_eval.api import load_rubric  # noqa: E402
from zi_eval.models.rubric import Rubric  # noqa: E402
from zi_eval.models.unit import Activity, Unit, UnitInfo  # noqa: E402
from zi_eval.ra.build import map_ra_area  # noqa: E402
from zi_eval.scoring.linking import link_units, rank_activities  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "linking"
SETS = {"tune": "activities-tune.yaml", "holdout": "activities-holdout.yaml", "plans": "plans-holdout.yaml"}


def labelled(name: str) -> list[dict[str, Any]]:
    """The rows of one labelled set."""
    rows: list[dict[str, Any]] = yaml.safe_load((DATA / SETS[name]).read_text(encoding="utf-8"))
    return rows


def as_activity(row: dict[str, Any], rubric: Rubric) -> Activity:
    """One labelled row as a plan activity (its label left out)."""
    area, _ = map_ra_area(row.get("area"), rubric)
    return Activity(
        id=row["id"],
        ra_area=row.get("area") or "",
        area=area,
        kegiatan=row["kegiatan"],
        sub_kegiatan=row.get("sub_kegiatan"),
        indicators=(row["indikator"],) if row.get("indikator") else (),
        output=row.get("output"),
        expected_evidence=(row["evidence"],) if row.get("evidence") else (),
    )


def measure(rows: list[dict[str, Any]], rubric: Rubric) -> dict[str, Any]:
    """Link the rows as one unit's plan and compare with their labels."""
    acts = tuple(as_activity(r, rubric) for r in rows)
    nulls = {r["id"] for r in rows if r.get("item") is None}
    unit = Unit(unit=UnitInfo(id="labelled", name="labelled", year=2025), activities=acts)
    links = link_units([unit], rubric)[0]
    ranked = [own.cands for own, _ in rank_activities(acts, rubric)]
    ind = {c: f.indicator.code for c, f in rubric.items.items()}
    hit1 = hit_ind = hit3 = unlinked = n_links = 0
    misses = []
    null_unlinked = 0
    for row, act, cands in zip(rows, acts, ranked, strict=True):
        got = links.by_activity.get(act.id, [])
        if act.id in nulls:
            null_unlinked += not got
            continue
        first = got[0].code if got else None
        hit1 += first == row["item"]
        hit_ind += first is not None and ind[first] == ind[row["item"]]
        hit3 += row["item"] in [c.code for c in cands[:3]]
        unlinked += not got
        n_links += len(got)
        if first != row["item"]:
            misses.append((row["id"], row["item"], first, row["kegiatan"][:70]))
    n = len(rows) - len(nulls)
    linked = n - unlinked
    return {
        "n": n,
        "top1_item": round(hit1 / n, 4),
        "top1_indicator": round(hit_ind / n, 4),
        "top3_item": round(hit3 / n, 4),
        "unlinked": round(unlinked / n, 4),
        "links_per_activity": round(n_links / linked, 3) if linked else 0.0,
        "nulls": len(nulls),
        "null_unlinked": round(null_unlinked / len(nulls), 4) if nulls else None,
        "misses": misses,
    }


def timing(rows: list[dict[str, Any]], rubric: Rubric) -> dict[str, float]:
    """Activities ranked per second: cache empty (distinct plans) and from the cache (copied plans)."""
    acts = [as_activity(r, rubric) for r in rows]
    rank_activities(acts[:1], rubric, use_cache=False)  # build the matcher first
    t = time.perf_counter()
    rank_activities(acts, rubric, use_cache=False)
    cold = len(acts) / (time.perf_counter() - t)
    rank_activities(acts, rubric)
    t = time.perf_counter()
    for _ in range(20):
        rank_activities(acts, rubric)
    warm = 20 * len(acts) / (time.perf_counter() - t)
    return {"rank_activities_per_s_uncached": round(cold), "rank_activities_per_s_cached": round(warm)}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N", help="list N misses of the tuning set")
    args = ap.parse_args(argv)
    rubric = load_rubric()
    sets = {name: labelled(name) for name in SETS}
    out: dict[str, Any] = {name: measure(rows, rubric) for name, rows in sets.items()}
    everything = [r for rows in sets.values() for r in rows]
    out["all"] = measure(everything, rubric)
    out["timing"] = timing(everything, rubric)
    print(
        f"{'set':<8} {'n':>4} {'top1 item':>10} {'top1 ind.':>10} {'top3 item':>10} {'unlinked':>9} {'links/act':>9}"
    )
    for name in (*SETS, "all"):
        r = out[name]
        print(
            f"{name:<8} {r['n']:>4} {r['top1_item']:>10.1%} {r['top1_indicator']:>10.1%} "
            f"{r['top3_item']:>10.1%} {r['unlinked']:>9.1%} {r['links_per_activity']:>9.2f}"
            + (
                f"   ({r['nulls']} rows no item fits: {r['null_unlinked']:.0%} left unlinked)"
                if r["nulls"]
                else ""
            )
        )
    print(
        f"ranking: {out['timing']['rank_activities_per_s_uncached']:,} activities/s uncached, "
        f"{out['timing']['rank_activities_per_s_cached']:,} from the cache"
    )
    for miss in out["tune"]["misses"][: args.show_misses]:
        print("  miss", *miss)
    if args.json:
        slim = {
            k: ({kk: vv for kk, vv in v.items() if kk != "misses"} if isinstance(v, dict) else v)
            for k, v in out.items()
        }
        args.json.write_text(json.dumps(slim, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
