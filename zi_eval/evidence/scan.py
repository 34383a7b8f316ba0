"""Turn a data-dukung folder tree into evidence records: one per file, with its items and activities.

:func:`scan_tree` walks the tree (:mod:`zi_eval.evidence.walk`: no link out of it, no hidden files, no
file opened), reads each name (:mod:`zi_eval.evidence.names`: title, months, date, id; kind from
:mod:`zi_eval.evidence.kinds`) and places it (:mod:`zi_eval.evidence.place`: items, then activities).

Months come from the file name, else from its folders (the deepest that names a time), else from the
file's modification time, marked by an EVIDENCE_MONTHS_FROM_MTIME finding (with a unit, only a time in
the unit's year counts: a Drive download stamps every file with the day it was downloaded).

A file that is no evidence gets a finding and no record: zi-eval's own ``.yaml`` files (a scan of the
folder that holds the unit file), an unfinished download (``.crdownload``, ``.part``), an empty file
(0 bytes) and a placeholder whose name says its document is not there ("BELUM ADA.txt", "menyusul.docx",
"-.pdf"); counted as evidence, each scored its item as evidenced.

A record's ``path`` is relative to ``unit_dir`` (the unit file's folder; the scanned folder when it is
not given), which must hold the scanned folder; with ``base_url`` the record gets ``url`` = base_url +
the path under the scanned folder (URL-quoted) instead. Findings are dicts ``{"code", "path", "value",
…}`` like the importers' (``path`` and ``value``: the path under the scanned folder), rendered through
:mod:`zi_eval.flags.catalogue`.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from zi_eval.errors import fail, show
from zi_eval.evidence.absent import file_says_none
from zi_eval.evidence.kinds import kind_of
from zi_eval.evidence.names import months_in, record_id, split_extension, title_of
from zi_eval.evidence.place import ActivityFit, Ask, Placement, Placer
from zi_eval.evidence.result import EvidenceScan
from zi_eval.evidence.walk import FileEntry, Walk, shortcut_url, walk_tree
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Evidence, Unit
from zi_eval.ra.area_codes import zi_areas_of_code

if TYPE_CHECKING:
    from rich.progress import Progress

_BASE_URL = re.compile(r"^https?://[^\s/]+\S*$")

#: Trees with more files than this show a progress bar (when asked, on a terminal).
PROGRESS_MIN_FILES = 2000


def _base(root: Path, unit_dir: Path | None, base_url: str | None) -> tuple[str, ...]:
    """The path of the scanned folder under ``unit_dir``, as parts; refuse a folder outside it."""
    if base_url is not None:
        if not _BASE_URL.match(base_url):
            raise fail(
                "--base-url", None, "base_url", "an address starting with http:// or https://", show(base_url)
            )
        try:
            parsed = urlsplit(base_url)
            host = parsed.hostname or ""
        except ValueError:  # "http://[::1": no address
            raise fail(
                "--base-url", None, "base_url", "a folder address with no ? or # part", show(base_url)
            ) from None
        if not host or parsed.query or parsed.fragment:
            # the file's path is appended: "…?id=1#x/P.1.i.a/SK.pdf" would be a dead link
            raise fail("--base-url", None, "base_url", "a folder address with no ? or # part", show(base_url))
        if host.endswith(("drive.google.com", "docs.google.com")):
            # Drive addresses files by id, not by path: every link made this way would be dead
            raise fail(
                "--base-url",
                None,
                "base_url",
                "a site that serves the folder by path (Google Drive does not: scan the synced folder "
                "without --base-url, or give a table of the files' links)",
                show(base_url),
            )
        return ()
    real_root = root.resolve()
    base = (unit_dir if unit_dir is not None else root).resolve()
    if real_root != base and base not in real_root.parents:
        raise fail(
            str(root),
            None,
            "folder",
            f"a folder inside the unit file's folder {show(str(unit_dir))} (evidence paths may not leave "
            "it), or give --base-url to record addresses instead",
            show(str(real_root)),
        )
    return real_root.relative_to(base).parts


class _Months:
    """Months of files: from the name, else the deepest folder naming a time (folder readings cached)."""

    def __init__(self) -> None:
        self._folders: dict[tuple[str, ...], tuple[int, ...]] = {}

    def of_folders(self, folders: tuple[str, ...]) -> tuple[int, ...]:
        """The months the deepest folder naming a time names (a loop, not recursion: trees nest deep)."""
        missing: list[tuple[str, ...]] = []
        got: tuple[int, ...] | None = None
        while folders and got is None:
            got = self._folders.get(folders)
            if got is None:
                missing.append(folders)
                folders = folders[:-1]
        # fill the cache from the top down: each folder's own months, else its parent's
        months = got or ()
        for f in reversed(missing):
            months = months_in(f[-1]).months or months
            self._folders[f] = months
        return self._folders[missing[0]] if missing else months


def _utf8(text: str) -> bool:
    """Tell whether a name read from the disk is text (not bytes of another code page kept as escapes)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _named_parts(parts: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """The folders and the name a file speaks of: a name holding ``\\`` (a Windows path unpacked on
    Linux or macOS as one file name, ``AREA I\\i. Penyusunan Tim Kerja\\1.i.a SK TIM.pdf``) is read as
    its folders and its last part."""
    *folders, name = parts
    if "\\" in name:
        pieces = [p for p in name.split("\\") if p.strip()] or [name]
        folders += pieces[:-1]
        name = pieces[-1]
    return tuple(folders), name


def _mtime_months(entry: FileEntry, unit: Unit | None) -> tuple[int, ...]:
    when = dt.datetime.fromtimestamp(entry.mtime)
    if unit is not None and when.year != unit.unit.year:
        return ()
    return (when.month,)


def _progress(total: int, progress: bool) -> Progress | None:
    """A rich progress bar on stderr for large trees on a terminal, else ``None``."""
    if not progress or total <= PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress

    return Progress(console=Console(stderr=True), transient=True)


def other_year(records: tuple[Evidence, ...], year: int) -> tuple[tuple[Evidence, ...], list[dict[str, Any]]]:
    """The rule :func:`scan_tree` applies with the unit known, for records a scan wrote before (``-o``,
    then ``--into``): a record dated, or titled, in another year than the plan's keeps its items but
    not its months (EVIDENCE_OTHER_YEAR); they were counted as this year's."""
    out: list[Evidence] = []
    findings: list[dict[str, Any]] = []
    for e in records:
        years = (e.date.year,) if e.date is not None else months_in(e.title).years
        if not e.months or not years or year in years:
            out.append(e)
            continue
        out.append(e.model_copy(update={"months": ()}))
        where = e.path or e.url or e.id
        findings.append(
            {
                "code": "EVIDENCE_OTHER_YEAR",
                "path": where,
                "value": where,
                "id": e.id,
                "theirs": ", ".join(map(str, years)),
                "ours": str(year),
            }
        )
    return tuple(out), findings


def scan_tree(
    root: Path,
    rubric: Rubric,
    *,
    unit: Unit | None = None,
    unit_dir: Path | None = None,
    base_url: str | None = None,
    progress: bool = False,
) -> EvidenceScan:
    """Scan the data-dukung folder ``root`` into evidence records and findings (rules: module docstring)."""
    root = Path(root)
    if not root.is_dir():
        raise fail(str(root), None, "folder", "an existing folder of data dukung", show(str(root)))
    prefix = _base(root, unit_dir, base_url)
    walk = walk_tree(root)
    findings: list[dict[str, Any]] = [
        {"code": "EVIDENCE_LINK_OUTSIDE", "path": "/".join(p), "value": "/".join(p)} for p in walk.outside
    ]
    findings += [
        {"code": "EVIDENCE_UNREADABLE", "path": "/".join(p), "value": "/".join(p)} for p in walk.unreadable
    ]
    placer = Placer(rubric)
    months = _Months()
    bar = _progress(len(walk.files), progress)
    task = bar.add_task("data dukung", total=len(walk.files)) if bar is not None else None
    if bar is not None:
        bar.start()
    try:
        rows: list[tuple[FileEntry, tuple[str, ...], str, str, str, Placement | Ask]] = []
        asks: list[tuple[int, Ask]] = []
        for entry in walk.files:
            rel = "/".join(entry.parts)
            if not _utf8(rel):
                # a name from a Windows zip in another code page: no unit file can hold it
                shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                findings.append({"code": "EVIDENCE_NAME_UNREADABLE", "path": shown, "value": shown})
                continue
            folders, name = _named_parts(entry.parts)
            stem, ext = split_extension(name)
            no_document = _no_document(entry, stem, ext)
            if no_document is not None:
                findings.append({"code": no_document, "path": rel, "value": rel})
                continue
            n = len(rows)
            title = title_of(stem)
            placed = placer.place(folders, stem, title)
            if isinstance(placed, Ask):
                asks.append((n, placed))
            rows.append((entry, folders, stem, ext, title, placed))
            if bar is not None and task is not None and n % 500 == 0:
                bar.update(task, completed=n)
        answered = placer.answer([a for _, a in asks])
        placements: list[Placement] = [p if isinstance(p, Placement) else Placement() for *_, p in rows]
        for (n, _), got in zip(asks, answered, strict=True):
            placements[n] = got
        fit = ActivityFit(unit, rubric) if unit is not None else None
        ids = _record_ids(["/".join(entry.parts) for entry, *_ in rows], findings)
        ctx = _Context(root, months, unit, fit, prefix, base_url, findings, ids)
        records = [
            _record(ctx, entry, folders, stem, ext, title, placed)
            for (entry, folders, stem, ext, title, _), placed in zip(rows, placements, strict=True)
        ]
        if bar is not None and task is not None:
            bar.update(task, completed=len(walk.files))
    finally:
        if bar is not None:
            bar.stop()
    findings += _empty_item_folders(walk, placer)
    findings += _ambiguous_area_codes([folders for _, folders, *_ in rows], rubric)
    return EvidenceScan(tuple(records), findings, len(walk.files), walk.skipped)


def _ambiguous_area_codes(paths: list[tuple[str, ...]], rubric: Rubric) -> list[dict[str, Any]]:
    """A finding for each folder named by an area code of two ZI areas ("PP": Penguatan Pengawasan or
    Pelayanan Publik): no area is taken from it, and its files are placed by their words alone."""
    names = {a.id: a.name for a in rubric.areas}
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()
    for folders in paths:
        for i, segment in enumerate(folders):
            here = folders[: i + 1]
            if here in seen:
                continue
            seen.add(here)
            areas = zi_areas_of_code(segment, rubric)
            if areas is not None and len(areas) > 1:
                path = "/".join(here)
                shown = " / ".join(sorted(names.get(a, a) for a in areas))
                out.append(
                    {
                        "code": "EVIDENCE_FOLDER_AREA_AMBIGUOUS",
                        "path": path,
                        "value": path,
                        "theirs": segment,
                        "ours": shown,
                    }
                )
    return out


#: Archives: a folder of documents packed in one file (a Drive folder downloads as a .zip).
_ARCHIVES = frozenset({"zip", "rar", "7z", "tar", "tgz", "gz", "bz2", "xz"})
#: What a browser leaves of a download it has not finished (Chrome, Firefox, Edge, Safari, Opera).
_UNFINISHED = (".crdownload", ".part", ".partial", ".download", ".opdownload")


def _no_document(entry: FileEntry, stem: str, ext: str) -> str | None:
    """The finding of a file that is no evidence, or ``None`` for one that is: zi-eval's own working
    files (a unit file, a scan's output), an unfinished download, an empty file, a placeholder whose
    name says its document is not there (:func:`~zi_eval.evidence.absent.file_says_none`), an archive
    (its files are not opened: placed by the archive's name, a folder of documents would count as one)."""
    if ext in ("yaml", "yml"):
        return "EVIDENCE_ZI_EVAL_FILE"
    if ext in _ARCHIVES or entry.parts[-1].lower().endswith((".tar.gz", ".tar.bz2", ".tar.xz")):
        return "EVIDENCE_ARCHIVE"
    if entry.parts[-1].lower().endswith(_UNFINISHED):
        return "EVIDENCE_FILE_UNFINISHED"
    if entry.size == 0:
        return "EVIDENCE_FILE_EMPTY"
    if file_says_none(stem):
        return "EVIDENCE_FILE_SAYS_NONE"
    return None


def _record_ids(paths: list[str], findings: list[dict[str, Any]]) -> dict[str, str]:
    """Each file's record id (:func:`record_id`), by its path.

    Two files whose names differ only in how an accent is encoded ("é" as one character, or "e" and a
    combining mark: a folder copied from a Mac beside one made elsewhere) have one id, for the id
    reads names in one form. They look alike but are two files: the one named in the composed form
    keeps the id (the same file scanned anywhere keeps it), the other gets an id of its name as
    written, and that is said (EVIDENCE_TWIN_NAMES).
    """
    groups: dict[str, list[str]] = {}
    for p in paths:
        groups.setdefault(record_id(p), []).append(p)
    out: dict[str, str] = {}
    for rid, group in groups.items():
        first = next((p for p in group if unicodedata.is_normalized("NFC", p)), group[0])
        out[first] = rid
        for p in group:
            if p != first:
                out[p] = record_id(p, as_written=True)
                findings.append(
                    {"code": "EVIDENCE_TWIN_NAMES", "path": p, "value": p, "id": out[p], "theirs": first}
                )
    return out


@dataclass(frozen=True)
class _Context:
    """What every record of one scan shares."""

    root: Path
    months: _Months
    unit: Unit | None
    fit: ActivityFit | None
    prefix: tuple[str, ...]
    base_url: str | None
    findings: list[dict[str, Any]]
    #: each file's record id, by its path (:func:`_record_ids`)
    ids: dict[str, str] = field(default_factory=dict)


def _record(
    ctx: _Context,
    entry: FileEntry,
    folders: tuple[str, ...],
    stem: str,
    ext: str,
    title: str,
    placed: Placement,
) -> Evidence:
    """Build one file's record and add its findings."""
    rel = "/".join(entry.parts)
    rid = ctx.ids[rel]
    name_time = months_in(stem)
    got = name_months = name_time.months or ctx.months.of_folders(folders)
    years = name_time.years or months_in(" ".join(folders)).years
    if ctx.unit is not None and years and ctx.unit.unit.year not in years:
        # "Notulen Desember 2024" in a 2025 unit: its months are not the plan's months
        got = name_months = ()
        ctx.findings.append(
            {
                "code": "EVIDENCE_OTHER_YEAR",
                "path": rel,
                "value": rel,
                "id": rid,
                "theirs": ", ".join(map(str, years)),
                "ours": str(ctx.unit.unit.year),
            }
        )
    elif not got:
        got = _mtime_months(entry, ctx.unit)
        if got:
            ctx.findings.append(
                {
                    "code": "EVIDENCE_MONTHS_FROM_MTIME",
                    "path": rel,
                    "value": rel,
                    "id": rid,
                    "ours": str(got[0]),
                }
            )
    supports = placed.items
    if ctx.fit is not None and ctx.unit is not None:
        # a month guessed from the file's time, or a date in another year than the plan's, ties the
        # file to no activity by its month
        other_year = name_time.date is not None and name_time.date.year != ctx.unit.unit.year
        supports = (*supports, *ctx.fit.fit(placed.items, () if other_year else name_months, title))
    if placed.ambiguous:
        ctx.findings.append(
            {
                "code": "EVIDENCE_AMBIGUOUS",
                "path": rel,
                "value": rel,
                "id": rid,
                "item": ", ".join(placed.ambiguous),
            }
        )
    elif not supports:
        ctx.findings.append({"code": "EVIDENCE_UNPLACED", "path": rel, "value": rel, "id": rid})
    url = shortcut_url(ctx.root.joinpath(*entry.parts), ext)
    path: str | None = "/".join((*ctx.prefix, *entry.parts))
    if ctx.base_url is not None:
        url = url or ctx.base_url.rstrip("/") + "/" + quote(rel, safe="/")
        path = None
    return Evidence(
        id=rid,
        title=title,
        kind=kind_of(title, ext),
        path=path,
        url=url,
        date=name_time.date,
        months=got,
        supports=supports,
    )


def _empty_item_folders(walk: Walk, placer: Placer) -> list[dict[str, Any]]:
    """EVIDENCE_FOLDER_EMPTY for each folder that names an item (its parent does not) and holds no file."""
    out: list[dict[str, Any]] = []
    for parts, count in walk.folders.items():
        if count or not parts:
            continue
        refs = [c for c in placer.folder_refs(parts) if c in placer.items]
        if refs and set(refs) != set(placer.folder_refs(parts[:-1])):
            rel = "/".join(parts)
            out.append({"code": "EVIDENCE_FOLDER_EMPTY", "path": rel, "value": rel, "item": ", ".join(refs)})
    return out
