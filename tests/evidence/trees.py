"""Build data-dukung folder trees in a temporary folder, in the shapes units keep them.

Each tree is a list of ``/``-separated paths; a path ending in ``/`` is an empty folder. Every file gets
the same modification time (:data:`MTIME`, 15 June 2025 at noon) so a month read from it is known.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

#: The modification time every generated file gets: mid-June 2025, noon (month 6 in any time zone).
MTIME = dt.datetime(2025, 6, 15, 12, 0).timestamp()


def make_tree(root: Path, paths: list[str], mtime: float = MTIME) -> Path:
    """Create ``paths`` under ``root`` (files hold a few bytes; ``…/`` makes an empty folder)."""
    root.mkdir(parents=True, exist_ok=True)
    for rel in paths:
        target = root.joinpath(*rel.rstrip("/").split("/"))
        if rel.endswith("/"):
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"%PDF-1.4 data dukung\n")
        os.utime(target, (mtime, mtime))
    return root


def remove_tree(top: Path) -> None:
    """Remove a folder tree without recursion (``shutil.rmtree`` recurses, and fails on very deep trees)."""
    stack = [str(top)]
    while stack:
        folder = stack[-1]
        subfolders = []
        with os.scandir(folder) as it:
            for entry in it:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                else:
                    os.unlink(entry.path)
        if subfolders:
            stack.extend(subfolders)
        else:
            os.rmdir(folder)
            stack.pop()
