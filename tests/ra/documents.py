"""Plan documents the reader tests share: the committed fixtures and small documents built on the fly."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from zi_eval.errors import InputError

#: Fixtures made by scripts/make_reader_fixtures.py
READERS = Path(__file__).resolve().parents[1] / "data" / "ra" / "readers"
KOMPONEN_PDF = READERS / "plan_komponen_3_pages.pdf"
BULAN_PDF = READERS / "plan_bulan_2_pages.pdf"
SCAN_PDF = READERS / "scan_without_text.pdf"
MERGED_DOCX = READERS / "plan_merged_cells.docx"
GANTT = {kind: READERS / f"plan_gantt_fills.{kind}" for kind in ("xlsx", "xls", "ods")}
#: Last year's plan reused, its "Jadwal 2024" months hidden (saved by LibreOffice as .xls and .ods)
REUSED_TEMPLATE = {kind: READERS / f"plan_reused_template.{kind}" for kind in ("xlsx", "xls", "ods")}
#: A Gantt plan whose month cells are merged down over two activity rows
MERGED_DOWN = {kind: READERS / f"plan_gantt_merged_down.{kind}" for kind in ("xlsx", "xls", "ods")}


def problems(exc: pytest.ExceptionInfo[InputError]) -> list[str]:
    """The problems an input error reports, one line each, as the CLI prints them."""
    return [str(p) for p in exc.value.problems]


def docx_with_body(body_xml: str, numbering_xml: str | None = None) -> bytes:
    """A minimal .docx whose body is ``body_xml`` (to build shapes python-docx cannot write).

    ``numbering_xml`` (the children of w:numbering) replaces the template's list definitions.
    """
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body_xml}</w:body></w:document>'
    )
    replaced = {"word/document.xml": document.encode()}
    if numbering_xml is not None:
        replaced["word/numbering.xml"] = f"<w:numbering {ns}>{numbering_xml}</w:numbering>".encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, replaced.get(item.filename) or src.read(item.filename))
    return out.getvalue()


def tc(text: str, props: str = "") -> str:
    """A Word table cell holding ``text``, with cell properties ``props`` (w:gridSpan, w:vMerge…)."""
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def zip_of(members: dict[str, bytes]) -> bytes:
    """A zip archive of ``members`` (name → bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


#: The engine's classic header: text columns, then the months 1..12
MONTH_HEAD = ["NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR"] + [str(m) for m in range(1, 13)]
