"""Where an evidence record's link points, seen from the folder a report is written to.

An evidence path is relative to the unit file's folder; the report may be written elsewhere, so
its link is that file's path relative to the report folder. URLs are links only when they are
http(s); anything else is shown as text. Nothing is refused: a path that does not exist is still
shown, marked missing, so the reader sees what the unit claims.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from zi_eval.models.unit import Evidence

_WEB = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class EvidenceLink:
    """One evidence record as a report shows it: title, link target (or none) and whether it exists."""

    id: str
    title: str
    #: the link (a URL, or a path relative to the report folder, percent-encoded: a ``#`` or ``?`` in
    #: a file name stays part of the name, in a browser and in a spreadsheet alike)
    href: str | None
    #: ``False`` only for a path known not to exist (checked when the unit's folder is known)
    exists: bool = True
    #: the path as the unit file wrote it (for the "not found" note)
    path: str | None = None
    #: the id names no record of the unit (an answer citing an id that is not listed)
    unknown: bool = False


def link_of(
    e: Evidence, unit_dir: Path | None, out_dir: Path | None, missing: frozenset[str] = frozenset()
) -> EvidenceLink:
    """The link of ``e``: its URL if it has one, else its path seen from ``out_dir``.

    ``missing`` holds the ids the loader found without a file (``Unit.missing_files``): they are
    missing whatever the disk says now, so the page agrees with the EVIDENCE_PATH_MISSING flags.
    """
    if e.url and _WEB.match(e.url):
        return EvidenceLink(e.id, e.title, e.url, path=e.path)
    if not e.path:
        return EvidenceLink(e.id, e.title, None)
    raw = e.path
    if unit_dir is None:
        # the unit's folder is unknown: the report is taken to sit beside the unit file
        rel: str | None = raw.replace("\\", "/")
        exists, target_path = e.id not in missing, Path(raw)
    else:
        literal = unit_dir / raw
        # a unit file written on Windows may use backslashes; try them as separators too
        found = next((p for p in (literal, unit_dir / raw.replace("\\", "/")) if p.is_file()), None)
        exists = found is not None and e.id not in missing
        target_path = found or unit_dir / raw.replace("\\", "/")
        rel = _relative(target_path, out_dir if out_dir is not None else unit_dir)
    if rel is None:
        # another drive (Windows): only an absolute file URI can reach it
        href = target_path.resolve().as_uri()
        return EvidenceLink(e.id, e.title, href, exists, raw)
    href = quote(rel, safe="/")
    if href.startswith("/"):
        href = "." + href  # never a protocol-relative or site-absolute link
    return EvidenceLink(e.id, e.title, href, exists, raw)


def _relative(target: Path, start: Path) -> str | None:
    try:
        rel = os.path.relpath(target.absolute(), start.absolute())
    except ValueError:
        return None
    return PurePosixPath(*Path(rel).parts).as_posix()


def links_by_id(
    records: tuple[Evidence, ...],
    unit_dir: Path | None,
    out_dir: Path | None,
    missing: frozenset[str] = frozenset(),
) -> dict[str, EvidenceLink]:
    """Every record's link, by id (each path checked once)."""
    return {e.id: link_of(e, unit_dir, out_dir, missing) for e in records}


def links_for(ids: list[str] | tuple[str, ...], known: dict[str, EvidenceLink]) -> list[EvidenceLink]:
    """The links of ``ids`` in order; an id with no record becomes an ``unknown`` entry (shown, not dropped)."""
    return [known.get(i) or EvidenceLink(i, i, None, unknown=True) for i in ids]
