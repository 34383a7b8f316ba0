"""Build small workbooks that stand for huge ones, by writing their XML into a zip (fast, no openpyxl).

Each builder writes the shape a probe used against zi-eval: cells in A1 and XFD19999 (a 1.5 KB xlsx
whose grid is 327 million cells), 19,000 rows of 600 tiny cells (373 KB zipped, 171 MB of XML), a
merged range over the whole sheet, and the same tricks in an .ods and a .csv.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    "</Relationships>"
)
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PLAN_HEADER = ["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", *map(str, range(1, 13))]


def col_letters(n: int) -> str:
    """``1`` → ``A``, ``16384`` → ``XFD``."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def text_cell(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'.encode()


def number_cell(ref: str, value: float) -> bytes:
    return f'<c r="{ref}"><v>{value}</v></c>'.encode()


def text_row(row: int, texts: list[str], first_col: int = 1) -> bytes:
    cells = b"".join(
        text_cell(f"{col_letters(first_col + i)}{row}", t) for i, t in enumerate(texts) if t != ""
    )
    return f'<row r="{row}">'.encode() + cells + b"</row>"


def write_xlsx(
    path: Path,
    rows: Iterable[bytes],
    merges: Iterable[str] = (),
    sheet: str = "Sheet1",
    prefix: str = "",
    dimension: str | None = None,
) -> Path:
    """Write a one-sheet xlsx whose ``<sheetData>`` holds ``rows`` (XML, streamed into the zip).

    ``prefix`` (``"x"``) writes every worksheet tag with a namespace prefix, as the .NET SDK does.
    """
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN_NS}"' if prefix else f'xmlns="{MAIN_NS}"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK.format(name=escape(sheet)))
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {ns}>'.encode())
            if dimension:
                fh.write(f'<{p}dimension ref="{dimension}"/>'.encode())
            fh.write(f"<{p}sheetData>".encode())
            for row in rows:
                if prefix:
                    row = row.replace(b"<", b"<" + p.encode()).replace(
                        b"<" + p.encode() + b"/", b"</" + p.encode()
                    )
                fh.write(row)
            fh.write(f"</{p}sheetData>".encode())
            merges = list(merges)
            if merges:
                fh.write(f'<{p}mergeCells count="{len(merges)}">'.encode())
                fh.write(b"".join(f'<{p}mergeCell ref="{m}"/>'.encode() for m in merges))
                fh.write(f"</{p}mergeCells>".encode())
            fh.write(f"</{p}worksheet>".encode())
    return path


def corner_cells(path: Path, last_row: int = 19_999, last_col: int = 16_384) -> Path:
    """A plan header in row 1 and one number far away: 1.5 KB whose grid is ``last_row`` × ``last_col``."""
    far = f"{col_letters(last_col)}{last_row}"
    return write_xlsx(
        path, [text_row(1, PLAN_HEADER), f'<row r="{last_row}">'.encode() + number_cell(far, 1) + b"</row>"]
    )


def tiny_cells(path: Path, rows: int = 19_000, cols: int = 600) -> Path:
    """``rows`` × ``cols`` cells of ``1`` without ``r`` attributes (19,000 × 600: 373 KB, 171 MB of XML)."""
    line = b"<row>" + b"<c><v>1</v></c>" * cols + b"</row>"
    return write_xlsx(path, (line for _ in range(rows)))


def plan_rows(n: int = 3) -> list[bytes]:
    """A header and ``n`` plan activities, as sheet rows 2… (row 1 holds the title)."""
    rows = [text_row(1, ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025"]), text_row(2, PLAN_HEADER)]
    for i in range(n):
        marks = ["v" if m in (1 + i % 12, 1 + (i + 4) % 12) else "" for m in range(1, 13)]
        rows.append(
            text_row(
                3 + i,
                [
                    str(i + 1),
                    f"Rapat koordinasi Tim Kerja ZI {i + 1}",
                    f"Notulen rapat {i + 1}",
                    "Notulen",
                    *marks,
                ],
            )
        )
    return rows


def whole_sheet_merge_plan(path: Path, n: int = 3) -> Path:
    """A small real plan with one merged range over the whole sheet (``A1:XFD1048576``) and a dimension
    that claims the whole sheet too: 2 KB."""
    return write_xlsx(path, plan_rows(n), merges=["A1:XFD1048576"], dimension="A1:XFD1048576")


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'office:version="1.2"'
)


def write_ods(path: Path, table_xml: str, name: str = "Sheet1") -> Path:
    """Write a one-sheet .ods whose table body is ``table_xml``."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}><office:body>'
        f'<office:spreadsheet><table:table table:name="{name}">{table_xml}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    return write_ods_package(path, content)


def write_ods_package(path: Path, content: str, styles: str | None = None) -> Path:
    """Write an .ods package around ``content`` (the whole content.xml): mimetype, manifest, content, and
    ``styles`` (the whole styles.xml) when given."""
    parts = {"content.xml": content, **({"styles.xml": styles} if styles is not None else {})}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            + "".join(
                f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="text/xml"/>'
                for n in parts
            )
            + "</manifest:manifest>",
        )
        for name, text in parts.items():
            z.writestr(name, text, zipfile.ZIP_DEFLATED)
    return path


def ods_cell(text: str, across: int = 1) -> str:
    rep = f' table:number-columns-repeated="{across}"' if across > 1 else ""
    if not text:
        return f"<table:table-cell{rep}/>"
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{escape(text)}</text:p></table:table-cell>'


def ods_far_corner(path: Path, rows_between: int = 19_997, empty_cols: int = 16_383) -> Path:
    """An .ods with a header row, ``rows_between`` repeated empty rows and a cell after ``empty_cols``
    repeated empty cells: 1 KB whose grid is about 20,000 × 16,384 cells."""
    body = (
        "<table:table-row>" + "".join(ods_cell(h) for h in PLAN_HEADER) + "</table:table-row>"
        f'<table:table-row table:number-rows-repeated="{rows_between}"><table:table-cell/></table:table-row>'
        f"<table:table-row>{ods_cell('', empty_cols)}{ods_cell('x')}</table:table-row>"
    )
    return write_ods(path, body)
