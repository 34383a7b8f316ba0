"""Load whatever an assessor hands us as a unit: a unit YAML, an RA document, or an LKE workbook."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zi_eval.errors import NoLkeItems, fail
from zi_eval.io.sheets import SPREADSHEET_SUFFIXES
from zi_eval.io.textfile import read_bytes
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit
from zi_eval.ra.rows import DOCUMENT_SUFFIXES

if TYPE_CHECKING:
    from zi_eval.lke.reader import LkeWorkbook
    from zi_eval.ra import ImportResult

YAML_SUFFIXES = (".yaml", ".yml")
#: What :func:`load_input` reads as a unit, by file name: unit YAML, spreadsheets (an LKE workbook
#: or a plan), plan documents and plan text. A folder given to ``compare`` is expanded to these;
#: a document it cannot read (.doc, .odt, .rtf) is refused with its reason, never skipped.
INPUT_SUFFIXES = tuple(
    dict.fromkeys(
        (*YAML_SUFFIXES, *SPREADSHEET_SUFFIXES, *DOCUMENT_SUFFIXES, ".txt", ".tsv", ".md", ".html", ".htm")
    )
)


@dataclass
class LoadedInput:
    """A unit and how it was obtained (kind, hash of the source, importer findings)."""

    unit: Unit
    kind: str  # unit | plan | workbook
    path: str
    sha256: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    workbook: Any = None  # the parsed workbook, for comparing its own values


def load_input(path: str | Path, rubric: Rubric, digest: bool = True) -> LoadedInput:
    """Load a unit from ``path`` whatever its kind; bad input raises :class:`InputError`.

    ``digest=False`` leaves :attr:`LoadedInput.sha256` empty, for a caller that keeps only the unit
    (a batch of files: hashing was ~0.5% of loading one).
    """
    p = Path(path)
    raw = read_bytes(p)  # read once (a missing file is said there): hashed here, parsed from the same bytes
    sha = hashlib.sha256(raw).hexdigest() if digest else ""
    suffix = p.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return LoadedInput(load_unit(p, rubric, raw), "unit", str(path), sha)
    from zi_eval.lke.reader import LkeWorkbook
    from zi_eval.ra import import_plan
    from zi_eval.ra.build import why_no_plan

    res = lke_or_plan(p, rubric, lambda: import_plan(p, rubric))
    if isinstance(res, LkeWorkbook):
        return LoadedInput(res.unit, "workbook", str(path), sha, res.findings(), res)
    if not res.unit.activities:
        raise fail(
            str(path), None, "table", "a unit YAML, an RA plan table or an LKE workbook", why_no_plan(res)
        )
    findings = [{**f.as_dict(), "source": str(res.location(f))} for f in res.findings]
    return LoadedInput(res.unit, "plan", str(path), sha, findings)


def lke_or_plan(
    path: Path, rubric: Rubric, read_plan: Callable[[], ImportResult], year: int | None = None
) -> LkeWorkbook | ImportResult:
    """The LKE workbook ``path`` is (one read of the workbook decides and parses), else the plan
    ``read_plan`` reads from it.

    A workbook whose LKE-like header lies over no LKE item ("Bobot" beside "Penanggung Jawab") is
    read as a plan; when that plan holds no activity either, the LKE reader's refusal is raised
    (:class:`~zi_eval.errors.NoLkeItems`), since it says best why the file is no LKE. ``year`` is the
    user's, over the year the workbook's title or name gives.
    """
    from zi_eval.lke.reader import read_if_lke

    not_lke: NoLkeItems | None = None
    try:
        wb = read_if_lke(path, rubric, year)  # by its bytes: a workbook under any name is read as one
    except NoLkeItems as exc:
        not_lke = exc
    else:
        if wb is not None:
            return wb
    res = read_plan()
    if not res.unit.activities and not_lke is not None:
        raise not_lke
    return res
