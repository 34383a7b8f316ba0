"""Open Office Open XML and OpenDocument packages safely: a zip of the right kind, not a zip bomb.

Workbooks (xlsx, ods) and Word documents (docx) are zip archives; each is checked here, before any
reader unpacks a member, for being a zip at all, for its unpacked size, and for the member that
makes it what its name says.
"""

from __future__ import annotations

import io
import zipfile

from zi_eval.errors import fail

#: Most uncompressed bytes a package may expand to (zip bomb guard).
MAX_UNCOMPRESSED = 200 * 1024 * 1024

#: the member a package of each kind has
_MEMBER = {"xlsx": "xl/workbook.xml", "ods": "content.xml", "docx": "word/document.xml"}


def check_zip(path: str, data: bytes, kind: str = "xlsx", limit: int | None = None) -> None:
    """Refuse ``data`` unless it is a ``kind`` package unpacking to at most ``limit`` bytes."""
    member = _MEMBER[kind]
    limit = MAX_UNCOMPRESSED if limit is None else limit
    doc = kind == "docx"  # a Word document; the others are workbooks (each phrase has its Indonesian)
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        must = "a .docx document (a zip archive)" if doc else f"an .{kind} workbook (a zip archive)"
        raise fail(path, None, "file", must, "not a zip file") from None
    total = sum(i.file_size for i in infos)
    if total > limit:
        must = (
            f"a .docx that unpacks to at most {limit} bytes"
            if doc
            else f"an .{kind} that unpacks to at most {limit} bytes"
        )
        raise fail(path, None, "file", must, f"{total} bytes")
    if member not in {i.filename for i in infos}:
        raise fail(
            path,
            None,
            "file",
            "a .docx document" if doc else f"an .{kind} workbook",
            f"a zip without {member}",
        )
