"""Read an HTML table (a web application's "Excel" export, often named .xls) into rows.

Many government web applications export a table as HTML and name the file .xls; Excel opens it,
so units keep it as their workbook. Each table row becomes a row (``colspan`` spread like a sheet
merge, a cell under a ``rowspan`` empty so the parser fills down); text outside tables (the title,
the signature) becomes one-cell rows in reading order. Scripts and styles are skipped, ``<br>``
is a new line inside a cell, a table inside a cell is flattened into that cell's text.
"""

from __future__ import annotations

from html.parser import HTMLParser

from zi_eval.errors import fail
from zi_eval.io.sheets import MAX_SHEET_COLS, MAX_SHEET_ROWS
from zi_eval.ra.rows import RawRow

#: Tags that end a line of text outside tables.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "br",
        "hr",
        "title",
        "caption",
        "center",
        "blockquote",
        "pre",
        "section",
        "header",
        "footer",
    ]
)
_SKIP = frozenset(("script", "style", "head"))
#: Largest colspan or rowspan honoured (a bigger one is a typo or an attack).
_MAX_SPAN = 200


def _span(value: str | None) -> int:
    try:
        return min(max(1, int(value or "1")), _MAX_SPAN)
    except ValueError:
        return 1


class _Table:
    """A table being read: its rows so far and the cells that rowspans from above still cover."""

    def __init__(self) -> None:
        self.rows: list[tuple[list[str], dict[int, int]]] = []
        self.covered: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
        self.cells: list[str] | None = None  # the row being read
        self.merged: dict[int, int] = {}
        self.text: list[str] | None = None  # the cell being read
        self.colspan = self.rowspan = 1

    def start_row(self) -> None:
        self.end_row()
        self.cells, self.merged = [], {}

    def _skip_covered(self) -> None:
        assert self.cells is not None
        while len(self.cells) in self.covered and len(self.cells) < MAX_SHEET_COLS:
            self.cells.append("")  # under a rowspan: empty, the parser fills down

    def start_cell(self, colspan: int, rowspan: int) -> None:
        self.end_cell()
        if self.cells is None:
            self.start_row()
        self.text, self.colspan, self.rowspan = [], colspan, rowspan

    def end_cell(self) -> None:
        if self.text is None or self.cells is None:
            return
        lines = [" ".join(ln.split()) for ln in "".join(self.text).split("\n")]
        text = "\n".join(ln for ln in lines if ln)
        self._skip_covered()
        origin = len(self.cells)
        for k in range(self.colspan):
            if len(self.cells) >= MAX_SHEET_COLS:
                break
            if k:
                self.merged[len(self.cells)] = origin
            if self.rowspan > 1:
                self.covered[len(self.cells)] = self.rowspan  # counted down as rows end
            self.cells.append(text)
        self.text = None

    def end_row(self) -> None:
        self.end_cell()
        if self.cells is None:
            return
        cells = self.cells
        for col in sorted(self.covered):
            if col >= len(cells) and col < MAX_SHEET_COLS:
                cells += [""] * (col + 1 - len(cells))  # a covered column past the row's last cell
        self.covered = {c: n - 1 for c, n in self.covered.items() if n > 1}
        while cells and cells[-1] == "":
            cells.pop()
        self.rows.append((cells or [""], {c: o for c, o in self.merged.items() if c < len(cells)}))
        self.cells = None


class _Reader(HTMLParser):
    """Collects one-cell rows for text outside tables and table rows, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[list[str], dict[int, int], str]] = []
        self.tables: list[_Table] = []
        self.n_tables = 0
        self.text: list[str] = []  # text outside tables since the last block boundary
        self.skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.text).split())
        self.text = []
        if text:
            self.rows.append(([text], {}, "teks"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        table = self.tables[-1] if self.tables else None
        if tag == "table":
            if self.tables and self.tables[0].text is not None:
                self.tables[0].text.append("\n")  # a nested table: flattened into its cell, a line per row
            else:
                self._flush()
            self.tables.append(_Table())
        elif table is None:
            if tag in _BLOCKS:
                self._flush()
        elif len(self.tables) > 1:
            # inside a nested table: its rows become lines and its cells words of the outer cell
            outer = self.tables[0].text
            if outer is not None and tag in ("tr", "br", "p", "div", "td", "th"):
                outer.append(" " if tag in ("td", "th") else "\n")
        elif tag == "tr":
            table.start_row()
        elif tag in ("td", "th"):
            a = dict(attrs)
            table.start_cell(_span(a.get("colspan")), _span(a.get("rowspan")))
        elif tag in ("br", "p", "div", "li") and table.text is not None:
            table.text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if not self.tables:
            if tag in _BLOCKS:
                self._flush()
            return
        table = self.tables[-1]
        if tag == "table":
            self.tables.pop()
            if not self.tables:  # an outer table ends: its rows join the document
                table.end_row()
                self.n_tables += 1
                for j, (cells, merged) in enumerate(table.rows, start=1):
                    self.rows.append((cells, merged, f"tabel {self.n_tables}, baris {j}"))
        elif len(self.tables) == 1:
            if tag in ("td", "th"):
                table.end_cell()
            elif tag == "tr":
                table.end_row()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.tables:
            self.text.append(data)
            return
        # line breaks in the HTML source are spaces; only <br>, <p>, <div> break a cell's lines.
        # The text of a nested table goes to the outermost table's open cell.
        outer = self.tables[0]
        if outer.text is not None:
            outer.text.append(data.replace("\r", " ").replace("\n", " "))

    def close(self) -> None:
        super().close()
        while self.tables:
            self.handle_endtag("table")  # an unclosed table still gives its rows
        self._flush()


def read_html_rows(path: str, text: str) -> list[RawRow]:
    """Read decoded HTML into rows: one per table row, one per line of text outside tables."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    if len(reader.rows) > MAX_SHEET_ROWS:
        raise fail(path, None, "file", f"at most {MAX_SHEET_ROWS} rows", f"{len(reader.rows)} rows")
    rows = []
    for i, (cells, merged, place) in enumerate(reader.rows, start=1):
        rows.append(RawRow(i, cells, "\t".join(cells), merged_from=merged, place=place))
    return rows
