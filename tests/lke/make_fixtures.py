"""Regenerate the committed LKE copies under tests/data/lke/ (xlsx, xls, ods, csv).

Run from the repository root: ``python -m tests.lke.make_fixtures``. The .xls and .ods files are
converted from the xlsx by LibreOffice (``soffice --headless --convert-to``), as a unit's own
copy would be; the xlsx and csv are written by :mod:`tests.lke.shapes`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tests.libreoffice import soffice_convert
from tests.lke.shapes import Shape, full_unit, google_sheets, render, write_csv, write_xlsx
from zi_eval.models.loading import load_rubric

OUT = Path(__file__).resolve().parents[1] / "data" / "lke"
#: The rows the Google-Sheets copy lost (as in the copy seen in the wild: four item rows).
DELETED = frozenset({"P.1.i.b", "P.3.ii.a", "R.4.i", "P.6.iii.b"})
OFFICIAL = Shape(evidence={"P.1.i.a": "https://drive.example.go.id/zi/sk-tim.pdf"})
GOOGLE = google_sheets(
    delete=DELETED, case="lower", ya_as_digit=True, comma=True, percent_text=frozenset({"R.6.i.b"})
)


def _convert(src: Path, fmt: str, dest: Path) -> None:
    with tempfile.TemporaryDirectory() as d:
        out = soffice_convert(src, fmt, Path(d), timeout=180)
        if out is None:
            raise SystemExit("soffice (LibreOffice) is needed to write .xls and .ods copies")
        shutil.move(str(out), dest)


def main() -> None:
    rubric = load_rubric()
    OUT.mkdir(parents=True, exist_ok=True)
    official, _ = render(full_unit(rubric, pick=1), rubric, OFFICIAL)
    google, _ = render(full_unit(rubric, pick=2), rubric, GOOGLE)
    write_xlsx(OUT / "official-filled.xlsx", {OFFICIAL.sheet: official})
    write_xlsx(OUT / "google-copy.xlsx", {GOOGLE.sheet: google})
    write_csv(OUT / "google-copy.csv", google)
    _convert(OUT / "official-filled.xlsx", "xls", OUT / "official-filled.xls")
    _convert(OUT / "google-copy.xlsx", "ods", OUT / "google-copy.ods")
    from tests.lke.test_hidden_links import write_converted_copies  # noqa: PLC0415 - the copy's cases

    write_converted_copies(rubric)


if __name__ == "__main__":
    main()
