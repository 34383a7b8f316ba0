"""Time ``zi_eval.evidence.scan.scan_tree`` on a generated data-dukung tree of 10,000 files.

    python benchmarks/evidence.py [--files N] [--seed S] [--json FILE]

The tree mixes the conventions of documents-in-the-wild §3: court Eviden paths (``AREA I/i. <indicator>/
1.i.a SK …``), hierarchy labels (``A. PENGUNGKIT/I. PEMENUHAN/1. <area>/i. <indicator>/a. <question>``),
rubric codes (``P.1.i.a/…``), area folders with free file names (placed by the matcher), dated and
quartered names, and junk (hidden files, scans with no words). It is built in a temporary folder and
removed afterwards. Printed: files, records, findings by code, and the time of the walk alone and of
the whole scan (best of three; wall time and this process's CPU time). Nothing is asserted: the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zi_eval.api import load_rubric  # noqa: E402
from zi_eval.evidence.scan import scan_tree  # noqa: E402
from zi_eval.evidence.walk import walk_tree  # noqa: E402
from zi_eval.models.rubric import Rubric  # noqa: E402

_KINDS = [
    "SK",
    "Notulen Rapat",
    "Daftar Hadir",
    "Undangan",
    "Dokumentasi",
    "Laporan",
    "Surat Edaran",
    "Rekap",
]
_TOPICS = [
    "Tim Kerja ZI",
    "Sosialisasi",
    "Monev",
    "Gratifikasi",
    "SOP Pelayanan",
    "Survei",
    "Pengaduan",
    "Kinerja",
]
_ROMAN = ["", "I", "II", "III", "IV", "V", "VI"]


def _file_name(rng: random.Random, i: int) -> str:
    kind, topic = rng.choice(_KINDS), rng.choice(_TOPICS)
    when = rng.choice(
        [
            f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2025",
            f"TW {_ROMAN[rng.randint(1, 4)]}",
            "2025",
            "",
        ]
    )
    ext = rng.choice(["pdf", "pdf", "jpg", "docx", "xlsx"])
    return f"{kind} {topic} {when} {i:05d}.{ext}".replace("  ", " ")


def _item_folder(rubric: Rubric, code: str, style: int) -> str:
    flat = rubric.items[code]
    parts = code.split(".")
    aspect, area = parts[0], parts[1]
    ind = parts[2] if len(parts) > 2 else "i"
    letter = parts[3] if len(parts) > 3 else "a"
    area_name = next(a.name for a in rubric.areas if a.id == flat.area)
    if style == 0:  # court Eviden paths
        return f"ZONA INTEGRITAS 2025/AREA {_ROMAN[int(area)]}/{ind}. {flat.indicator.name}"
    if style == 1:  # hierarchy labels
        asp = "I. PEMENUHAN" if aspect == "P" else "II. REFORM"
        question = flat.item.question[:60].replace("/", " ").strip()
        return f"A. PENGUNGKIT/{asp}/{area}. {area_name}/{ind}. {flat.indicator.name}/{letter}. {question}"
    return code  # rubric codes


def build_tree(root: Path, rubric: Rubric, n_files: int, seed: int) -> None:
    """Write ``n_files`` empty files (plus some hidden ones) in the mixed conventions under ``root``."""
    rng = random.Random(seed)
    codes = [c for c in rubric.items if c[0] in "PR"]
    made: set[Path] = set()
    for i in range(n_files):
        roll = rng.random()
        code = rng.choice(codes)
        style = rng.randrange(3)
        if roll < 0.8:
            folder = _item_folder(rubric, code, style)
            name = _file_name(rng, i)
            if style == 0:
                parts = code.split(".")
                name = f"{parts[1]}.{parts[2] if len(parts) > 2 else 'i'}.{parts[3] if len(parts) > 3 else 'a'} {name}"
        elif roll < 0.95:  # an area folder and a free name: the matcher places it
            folder = f"Data Dukung/Area {code.split('.')[1]} {rng.choice(_TOPICS)}"
            name = _file_name(rng, i)
        else:
            folder = "Lain-lain"
            name = f"scan{i:05d}.pdf"
        path = root / folder / name
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.touch()
        if i % 100 == 0:
            (path.parent / "Thumbs.db").touch()


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rubric = load_rubric()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data dukung"
        t0 = time.perf_counter()
        build_tree(root, rubric, args.files, args.seed)
        build_s = time.perf_counter() - t0
        scan_tree(root / "Lain-lain", rubric)  # warm the rubric's indexes and the matcher once
        walks, scans, cpus = [], [], []
        for _ in range(3):
            t0 = time.perf_counter()
            walk_tree(root)
            walks.append(time.perf_counter() - t0)
            t0, c0 = time.perf_counter(), time.process_time()
            result = scan_tree(root, rubric)
            scans.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
    codes = Counter(f["code"] for f in result.findings)
    placed = sum(1 for r in result.records if r.supports)
    out = {
        "files": result.files,
        "skipped": result.skipped,
        "records": len(result.records),
        "placed": placed,
        "findings": dict(sorted(codes.items())),
        "build_s": round(build_s, 3),
        "walk_s": round(min(walks), 3),
        "scan_s": round(min(scans), 3),
        "scan_cpu_s": round(
            min(cpus), 3
        ),  # this process's CPU time: steadier than wall time on a busy machine
        "files_per_s": round(result.files / min(scans)),
    }
    print(json.dumps(out, indent=2))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
