"""Walk a data-dukung folder safely: names, sizes and times only; no link out of it; no hidden files.

Rules:

- ``os.scandir``, folders and files in name order (so every scan sees the same tree the same way).
- A symbolic link (to a file or a folder) whose target lies outside the scanned folder is not followed:
  it is listed in :attr:`Walk.outside` (the EVIDENCE_LINK_OUTSIDE finding). A broken link is skipped.
- A link to a folder inside the tree is followed (a unit may file one folder under two items), but never
  into a folder already open on the way down (a loop), and each real folder at most once through links,
  so the walk ends and stays linear in the size of the tree.
- Hidden and system entries are skipped and counted: names starting with ``.`` (``.DS_Store``,
  ``.~lock.x#``), ``~$`` (Office lock files), ``Thumbs.db``, ``desktop.ini``, ``Icon\\r``, ``*.tmp``,
  ``*~`` and the folders ``__MACOSX``, ``$RECYCLE.BIN`` and ``System Volume Information`` (a skipped
  folder counts once, its contents are not walked).
- No file is opened: the walk reads directory entries and ``stat`` results only. The one exception,
  made by the scan and not the walk, is a shortcut file (:func:`shortcut_url`: Drive ``.gdoc``…,
  ``.url``, ``.webloc``), which holds nothing but the address of the evidence.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_SYSTEM_FILES = frozenset(("thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r", "icon\n"))
_SYSTEM_FOLDERS = frozenset(("__macosx", "$recycle.bin", "system volume information", "@eadir"))


def is_hidden(name: str, folder: bool = False) -> bool:
    """Tell whether an entry is hidden or belongs to the system (and is not data dukung)."""
    low = name.lower()
    if name.startswith((".", "~$")) or low in _SYSTEM_FILES:
        return True
    if folder:
        return low in _SYSTEM_FOLDERS
    return low.endswith((".tmp", "~"))


@dataclass(frozen=True)
class FileEntry:
    """One file found: its path under the root (``/``-separated parts), size and modification time."""

    parts: tuple[str, ...]
    size: int
    mtime: float


@dataclass
class Walk:
    """What a walk found: files, folders (with how many files lie below each), links left unfollowed."""

    files: list[FileEntry] = field(default_factory=list)
    #: every folder walked (``()`` is the root) → number of files below it, at any depth
    folders: dict[tuple[str, ...], int] = field(default_factory=dict)
    outside: list[tuple[str, ...]] = field(default_factory=list)
    #: folders that could not be listed, files that could not be stat'ed, links that lead nowhere
    unreadable: list[tuple[str, ...]] = field(default_factory=list)
    skipped: int = 0


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _entries(path: str) -> Iterator[os.DirEntry[str]] | None:
    """The entries of a folder in name order; ``None`` when it cannot be read (said by the caller)."""
    try:
        with os.scandir(path) as it:
            return iter(sorted(it, key=lambda e: (e.name.casefold(), e.name)))
    except OSError:
        return None


def walk_tree(root: Path) -> Walk:
    """Walk ``root`` (which must be a folder) by the rules of this module.

    The walk keeps its own stack (no recursion), so however deep a tree is nested it cannot overflow.
    """
    real_root = os.path.realpath(root)
    out = Walk()
    through_links: set[str] = set()
    out.folders[()] = 0
    order: list[tuple[str, ...]] = [()]  # folders in the order met: each after the folder holding it
    # one frame per open folder: its entries still to see, its parts, its real path, the folders open above
    Frame = tuple[Iterator[os.DirEntry[str]], tuple[str, ...], str, frozenset[str]]
    stack: list[Frame] = [(_entries(real_root) or iter(()), (), real_root, frozenset((real_root,)))]
    while stack:
        entries, parts, real_path, open_dirs = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        here = (*parts, entry.name)
        try:
            link = entry.is_symlink()
            folder = entry.is_dir(follow_symlinks=True)
        except OSError:
            out.unreadable.append(here)
            continue
        if is_hidden(entry.name, folder):
            out.skipped += 1
            continue
        real = None
        if link:
            real = os.path.realpath(entry.path)
            if not _inside(real, real_root):
                out.outside.append(here)
                continue
            if not os.path.exists(real):
                out.unreadable.append(here)  # a broken link: said, never silently gone
                continue
        if folder:
            real = real or os.path.join(real_path, entry.name)
            if real in open_dirs or (link and real in through_links):
                continue  # a loop, or a folder already walked through another link
            if link:
                through_links.add(real)
            listing = _entries(entry.path)
            if listing is None:
                out.unreadable.append(here)  # no permission to list it
                continue
            out.folders[here] = 0
            order.append(here)
            stack.append((listing, here, real, open_dirs | {real}))
            continue
        try:
            st = entry.stat(follow_symlinks=True)
        except OSError:
            out.unreadable.append(here)
            continue
        if not stat.S_ISREG(st.st_mode) or entry.name.lower().endswith(".lnk"):
            # a pipe or a device is no document; a Windows shortcut (.lnk) points at a file elsewhere,
            # not in the folder: said, never a record
            out.unreadable.append(here)
            continue
        out.files.append(FileEntry(here, st.st_size, st.st_mtime))
        out.folders[parts] += 1
    for below in reversed(order[1:]):  # every folder's files below it, deepest first
        out.folders[below[:-1]] += out.folders[below]
    return out


#: Google Drive for desktop shortcuts: a small JSON file standing for a document that lives online.
SHORTCUT_EXTENSIONS = {
    "gdoc": "https://docs.google.com/document/d/",
    "gsheet": "https://docs.google.com/spreadsheets/d/",
    "gslides": "https://docs.google.com/presentation/d/",
    "gdraw": "https://docs.google.com/drawings/d/",
    "gform": "https://docs.google.com/forms/d/",
}
_SHORTCUT_MAX_BYTES = 64 * 1024
_DOC_ID = re.compile(r"^[A-Za-z0-9_-]{10,200}$")


def _read_small(path: Path) -> str | None:
    try:
        if path.stat().st_size > _SHORTCUT_MAX_BYTES:
            return None
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None


def shortcut_url(path: Path, extension: str) -> str | None:
    """Return the address a shortcut file points to: Google Drive (``.gdoc``, ``.gsheet``, ``.gslides``…),
    Windows (``.url``) or macOS (``.webloc``).

    The one exception to "no file is opened": a shortcut holds no evidence itself, only the address of
    the document (Drive: JSON ``{"url": …}`` or ``{"doc_id": …}``; ``.url``: a ``URL=`` line;
    ``.webloc``: a plist ``<string>``), so it is read (at most 64 KiB). A shortcut that cannot be read,
    or holds no http(s) address, gives ``None`` and is kept as a plain file.
    """
    if extension not in SHORTCUT_EXTENSIONS and extension not in ("url", "webloc"):
        return None
    text = _read_small(path)
    if text is None:
        return None
    if extension == "url":
        found = re.search(r"^\s*URL\s*=\s*(\S+)\s*$", text, re.MULTILINE | re.IGNORECASE)
        return found.group(1) if found and _URL.match(found.group(1)) else None
    if extension == "webloc":
        found = re.search(r"<string>\s*(https?://[^<\s]+)\s*</string>", text)
        return found.group(1) if found else None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    url = data.get("url")
    if isinstance(url, str) and _URL.match(url):
        return url
    doc = data.get("doc_id")
    if isinstance(doc, str) and _DOC_ID.match(doc):
        return SHORTCUT_EXTENSIONS[extension] + doc
    return None


_URL = re.compile(r"^https?://\S+$")
