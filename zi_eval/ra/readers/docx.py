"""Read a Word document (.docx) into rows: paragraphs as one-cell rows, table rows with merges resolved.

The body is walked in document order, so the title block, the narrative, each table and the
signature come out as they are printed; a letterhead in the first page's header comes first.
Every row carries ``sheet=None`` (one document, one table sequence) and a ``place`` ("paragraf 3",
"tabel 2, baris 5"). Text is read as printed: automatic numbers and bullets included, symbol-font
ticks as marks, text and rows deleted with track changes left out.
"""

from __future__ import annotations

import io
from typing import Any

from zi_eval.errors import fail
from zi_eval.io.packages import MAX_UNCOMPRESSED, check_zip
from zi_eval.io.sheets import MAX_SHEET_COLS, MAX_SHEET_ROWS
from zi_eval.io.symbols import symbol_family, symbol_text, translate_char
from zi_eval.ra.readers.broken import raised_by_library
from zi_eval.ra.readers.month_parts import attach, month_part, pairs
from zi_eval.ra.readers.numbering import W_NS as _W
from zi_eval.ra.readers.numbering import Numbering
from zi_eval.ra.rows import PAGE_NUMBER, MergedAbove, RawRow

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: What holds text a reader does not see: a text box's fallback copy, text a tracked change moved away
#: or deleted.
_NOT_SHOWN = frozenset({_MC_FALLBACK, f"{_W}moveFrom", f"{_W}del"})


def _check_package(path: str, data: bytes) -> None:
    """Refuse a .docx that is not a Word package or that unpacks to too much (zip bomb guard)."""
    check_zip(path, data, "docx", MAX_UNCOMPRESSED)  # this module's limit, so a test can lower it


def _run_family(run: Any) -> str | None:
    """The symbol font family a run is set in, if any (w:rFonts ascii/hAnsi/cs)."""
    fonts = run.find(f"{_W}rPr/{_W}rFonts")
    if fonts is None:
        return None
    for attr in ("ascii", "hAnsi", "cs"):
        family = symbol_family(fonts.get(f"{_W}{attr}"))
        if family:
            return family
    return None


def _is_hidden(run: Any) -> bool:
    """Whether a run is hidden text (w:vanish): Word neither shows nor prints it."""
    vanish = run.find(f"{_W}rPr/{_W}vanish") if run.tag == f"{_W}r" else None
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")


def _para_text(p: Any, num: Numbering, hidden: list[str] | None = None) -> str:
    """A paragraph's visible text: runs, tabs as spaces, breaks as new lines, symbols as their marks.

    Deleted text (w:delText) is not w:t, so it is left out, and so is text a tracked change moved away
    (w:moveFrom: its w:moveTo copy is read where it went) or deleted (w:del); tab stops defined in the
    paragraph's properties are not tabs; the fallback copy of a text box (mc:Fallback) would repeat its text.
    Hidden text (w:vanish: a tick or a note the author hid) is left out too, and goes to ``hidden``.
    """
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}sym", f"{_W}noBreakHyphen", f"{_W}p"):
        if el.getparent().tag == f"{_W}tabs" or any(a.tag in _NOT_SHOWN for a in el.iterancestors()):
            continue
        if el.tag == f"{_W}p":
            if el is not p and parts:
                parts.append("\n")  # a paragraph of a text box in this one: its own line
            continue
        if _is_hidden(el.getparent()):
            if hidden is not None and el.tag == f"{_W}t" and (el.text or "").strip():
                hidden.append(el.text.strip())
            continue
        if el.tag == f"{_W}t":
            run = el.getparent()
            family = _run_family(run) if run.tag == f"{_W}r" else None
            text = el.text or ""
            parts.append("".join(translate_char(ch, family) for ch in text) if family else text)
        elif el.tag == f"{_W}sym":
            parts.append(_sym_text(el))
        elif el.tag == f"{_W}tab":
            parts.append(" ")
        elif el.tag == f"{_W}noBreakHyphen":
            parts.append(
                "-"
            )  # Ctrl+Shift+- ("Maret‑Mei"): a hyphen Word keeps as an element, not a character
        else:
            parts.append("\n")
    text = "".join(parts).strip()
    label = num.label(p)
    return f"{label} {text}".strip() if label else text


def _sym_text(sym: Any) -> str:
    """The mark a w:sym (Insert > Symbol) shows; a symbol of an unknown font is kept visibly."""
    font, code = sym.get(f"{_W}font", ""), sym.get(f"{_W}char", "")
    try:
        value = int(code, 16)
    except ValueError:
        return f"[simbol {font} {code}]"
    family = symbol_family(font)
    return symbol_text(family, value) if family else f"[simbol {font} {value & 0xFF:02X}]"


def _children(parent: Any, *tags: str) -> list[Any]:
    """The children of ``parent`` with one of ``tags``, looking through content controls and custom XML."""
    wanted = tuple(f"{_W}{t}" for t in tags)
    out = []
    for el in parent:
        if el.tag in wanted:
            out.append(el)
        elif el.tag == f"{_W}sdt":
            content = el.find(f"{_W}sdtContent")
            if content is not None:
                out += _children(content, *tags)
        elif el.tag == f"{_W}customXml":
            out += _children(el, *tags)
    return out


def _blocks(parent: Any) -> list[Any]:
    """The paragraphs and tables of a body or a cell, in document order."""
    return _children(parent, "p", "tbl")


def _cell_text(tc: Any, num: Numbering, hidden: list[str] | None = None) -> str:
    """A cell's text: its paragraphs one per line, a nested table flattened row by row (hidden text
    goes to ``hidden``)."""
    lines = []
    for block in _blocks(tc):
        if block.tag == f"{_W}p":
            text = _para_text(block, num, hidden)
            if text:
                lines.append(text)
        else:
            for _cells, _merged, _filled, _colours, _above, inner, _gone in _table_rows(block, num):
                if hidden is not None:
                    hidden += inner
                text = " ".join(c for i, c in enumerate(_cells) if c and i not in _merged)
                if text:
                    lines.append(text)
    return "\n".join(lines)


_OFF = ("0", "false", "off")


def _struck(tc: Any) -> bool:
    """Whether all the text a cell shows is struck through (w:strike or w:dstrike on each of its runs)."""
    seen = False
    for t in tc.iter(f"{_W}t"):
        if not (t.text or "").strip():
            continue
        run = t.getparent()
        props = run.find(f"{_W}rPr") if run.tag == f"{_W}r" else None
        marks = [] if props is None else [props.find(f"{_W}strike"), props.find(f"{_W}dstrike")]
        if not any(m is not None and m.get(f"{_W}val", "1").lower() not in _OFF for m in marks):
            return False
        seen = True
    return seen


def _int_attr(el: Any, name: str, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(f"{_W}{name}", default))
    except ValueError:
        return default


def _shading(tcpr: Any) -> str | None:
    """A cell's shading colour, or ``None`` when it has none (a Gantt-style month mark when it holds no
    text; a whole row shaded alike is banding)."""
    shd = tcpr.find(f"{_W}shd") if tcpr is not None else None
    if shd is None:
        return None
    fill = (shd.get(f"{_W}fill") or "auto").upper()
    pattern = (shd.get(f"{_W}val") or "clear").lower()
    if fill in ("AUTO", "FFFFFF") and pattern in ("clear", "nil"):
        return None
    return f"{fill} {pattern}"


def _table_rows(
    tbl: Any, num: Numbering
) -> list[
    tuple[list[str], dict[int, int], set[int], dict[int, str], tuple[MergedAbove, ...], list[str], set[int]]
]:
    """Each row of a table as cells on the table grid, with horizontally merged cells spread, the
    columns of empty cells shaded with a colour, every shaded cell's colour, and the cells merged down
    over it from a row above (w:vMerge), as the sheet reader gives them; the row's hidden texts; and
    the columns whose text is all struck through."""
    rows = []
    down: dict[int, MergedAbove] = {}  # grid column of a cell merged down (vMerge restart) -> what it shows
    for tr in _children(tbl, "tr"):
        pr = tr.find(f"{_W}trPr")
        if pr is not None and pr.find(f"{_W}del") is not None:
            continue  # a row deleted with track changes on: Word shows it struck out, it is not in the plan
        before = _int_attr(pr.find(f"{_W}gridBefore") if pr is not None else None, "val", 0)
        cells = [""] * min(before, MAX_SHEET_COLS)
        merged: dict[int, int] = {}
        filled: set[int] = set()
        colours: dict[int, str] = {}
        above: list[MergedAbove] = []
        hidden: list[str] = []
        struck: set[int] = set()
        for tc in _children(tr, "tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span = _int_attr(tcpr.find(f"{_W}gridSpan") if tcpr is not None else None, "val", 1)
            vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
            hmerge = tcpr.find(f"{_W}hMerge") if tcpr is not None else None
            # a vMerge without val="restart" continues the cell above: empty, the parser fills down
            below = vmerge is not None and vmerge.get(f"{_W}val", "continue") != "restart"
            text = "" if below else _cell_text(tc, num, hidden)
            origin = len(cells)
            if hmerge is not None and hmerge.get(f"{_W}val", "continue") != "restart" and cells:
                # the old way of merging across (w:hMerge): this cell continues the one on its left
                origin = merged.get(len(cells) - 1, len(cells) - 1)
                text = cells[origin]
                for _ in range(max(1, span)):
                    if len(cells) < MAX_SHEET_COLS:
                        merged[len(cells)] = origin
                        cells.append(text)
                continue
            colour = None if below else _shading(tcpr)
            if text and _struck(tc):
                struck.add(origin)
            if below and origin in down:
                above.append(down[origin])
            elif vmerge is not None and not below:
                down[origin] = MergedAbove(
                    origin, origin + max(1, span) - 1, text, colour, bool(colour) and not text
                )
            elif vmerge is None:
                down.pop(origin, None)
            for k in range(max(1, span)):
                if len(cells) >= MAX_SHEET_COLS:
                    break
                if k and not below:  # like a sheet merge: only its top row is spread
                    merged[len(cells)] = origin
                if colour is not None:
                    colours[len(cells)] = colour
                    if not text:
                        filled.add(len(cells))
                cells.append(text)
        while cells and cells[-1] == "":
            cells.pop()
        merged = {c: o for c, o in merged.items() if c < len(cells)}
        rows.append((cells or [""], merged, filled, colours, tuple(above), hidden, struck))
    return rows


def _page_header(document: Any, num: Numbering, footer: bool = False) -> list[str]:
    """The text of the first page's header (a letterhead often names the unit there), or of its footer
    (some plans name themselves only there), one line each."""
    if not document.sections:
        return []
    section = document.sections[0]
    first = section.different_first_page_header_footer
    if footer:
        header = section.first_page_footer if first else section.footer
    else:
        header = section.first_page_header if first else section.header
    if header.is_linked_to_previous:
        return []  # the first section has no header of its own
    lines = []
    for block in _blocks(header._element):
        if block.tag == f"{_W}p":
            lines.append(_para_text(block, num))
        else:
            lines += [
                " ".join(c for c in cells if c)
                for cells, _merged, _filled, _colours, _above, _hidden, _gone in _table_rows(block, num)
            ]
    return [ln for ln in lines if ln]


def _numbering(document: Any) -> Numbering:
    """The document's list definitions (numbering.xml) and paragraph styles, for automatic numbers."""
    part = document.part
    numbering = None
    for rel in part.rels.values():
        if rel.reltype.endswith("/numbering") and not rel.is_external:
            numbering = rel.target_part.element
    return Numbering(numbering, document.styles.element)


def read_docx_rows(path: str, data: bytes) -> list[RawRow]:
    """Read a .docx into rows: the first page's header, then the body's paragraphs and table rows in order."""
    import docx

    _check_package(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
        num = _numbering(document)
        header = _page_header(document, Numbering(None, None))  # a letterhead's lists are its own
        footer = _page_header(document, Numbering(None, None), footer=True)
    except Exception as exc:  # python-docx and lxml raise many kinds on broken packages
        if not raised_by_library(exc):
            raise  # a bug of ours: exit 4, not a damaged file
        detail = f"{type(exc).__name__}: {str(exc)[:120]}"
        raise fail(path, None, "file", "a readable .docx document", detail) from None
    # page furniture before the body: read for the unit and the year only when the body names none
    # (the header first), never as the plan's rows; a bare page number is no line of it
    rows = [
        RawRow(i, [text], text, place=place, running=True)
        for i, (text, place) in enumerate(
            [(t, "kepala halaman") for t in header]
            + [(t, "kaki halaman") for t in footer if not PAGE_NUMBER.match(t)],
            start=1,
        )
    ]
    # lxml refuses XML nested deeper than 256 elements, so nested tables cannot exhaust the stack here
    return _body_rows(path, document.element.body, num, rows)


def _frame(tbl: Any) -> Any | None:
    """The one cell of a table of one row and one cell that holds a table (a frame around a plan), else
    ``None``."""
    trs = _children(tbl, "tr")
    if len(trs) != 1:
        return None
    tcs = _children(trs[0], "tc")
    if len(tcs) != 1 or not _children(tcs[0], "tbl"):
        return None
    return tcs[0]


def _body_rows(
    path: str, body: Any, num: Numbering, rows: list[RawRow], table: list[RawRow] | None = None
) -> list[RawRow]:
    """Walk the document body in order, after ``rows``: one row per paragraph, one per table row.

    A table holding only later months than the plan table before it (``Jul … Des`` under "Jadwal
    Pelaksanaan (lanjutan)") is that table's month columns typed apart: they are put back beside its
    rows (:mod:`~zi_eval.ra.readers.month_parts`) instead of being read as rows of their own.
    ``table`` holds the rows of the last plan table (shared with a frame's content).
    """
    if table is None:
        table = []
    if body.find(f".//{_W}altChunk") is not None:
        # content imported from another file (HTML, RTF) lives outside the document's own XML:
        # reading around it would drop it without a word
        must = "a .docx whose text is its own (open it in Word and save it again as .docx)"
        raise fail(path, None, "file", must, "a document that embeds another file (w:altChunk)")
    n_para = n_table = 0
    for block in _blocks(body):
        if len(rows) > MAX_SHEET_ROWS:
            raise fail(path, None, "file", f"at most {MAX_SHEET_ROWS} rows", "more")
        if block.tag == f"{_W}p":
            n_para += 1
            hidden: list[str] = []
            text = _para_text(block, num, hidden)
            rows.append(
                RawRow(len(rows) + 1, [text], text, place=f"paragraf {n_para}", hidden_text=tuple(hidden))
            )
            continue
        frame = _frame(block)
        if frame is not None:
            # a table of one cell around the plan (a box drawn to frame the page): its content is read
            # as the body's, the plan's table a table of its own and not one cell's flattened text
            _body_rows(path, frame, num, rows, table)
            continue
        n_table += 1
        read = _table_rows(block, num)
        part = month_part(
            table, [r[0] for r in read], f"tabel {n_table}", colours=[r[3] for r in read], after=True
        )
        if part is not None and pairs(table, part):
            attach(path, table, [part])
            continue
        table.clear()
        for j, (cells, merged, filled, colours, above, hid, struck) in enumerate(read, start=1):
            place = f"tabel {n_table}, baris {j}"
            rows.append(
                RawRow(
                    len(rows) + 1,
                    cells,
                    "\t".join(cells),
                    merged_from=merged,
                    filled=filled,
                    colours=colours,
                    merged_above=above,
                    place=place,
                    hidden_text=tuple(hid),
                    struck=frozenset(struck),
                )
            )
            table.append(rows[-1])
    return rows
