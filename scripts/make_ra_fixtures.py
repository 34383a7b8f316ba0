"""Build the committed plan fixtures (tests/data/ra/shapes/) and their expected JSON from the specs.

Run from the repository root: ``python scripts/make_ra_fixtures.py [--only NAME ...]``.
The expected files are written from the plan specs (tests/ra/render/catalogue.py), never from
importer output. ODS and XLS fixtures need LibreOffice (``soffice``); without it they are kept as
they are and the script says so.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "ra" / "shapes"


def main(argv: list[str] | None = None) -> int:
    """Write every fixture (or those named) and its ``<name>.expected.json``."""
    sys.path.insert(0, str(ROOT))
    from tests.ra.render.catalogue import fixtures

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="fixture file names to rebuild")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for fx in fixtures():
        if args.only and fx.name not in args.only:
            continue
        path = OUT / fx.name
        built = fx.build(path)
        if built is None:
            print(f"skipped {fx.name}: soffice is not installed", file=sys.stderr)
            continue
        expected = OUT / f"{fx.name}.expected.json"
        text = json.dumps(fx.expected.as_dict(), ensure_ascii=False, indent=1, sort_keys=True)
        expected.write_text(text + "\n", encoding="utf-8")
        print(f"{fx.name}: {built.stat().st_size} bytes, {len(fx.expected.activities)} activities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
