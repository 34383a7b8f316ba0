"""Lay a plan out as a grid of cells with merges and fills, the one drawing every writer reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.ra.render.spec import MONTH_HEADERS, ROMAN, Act, Layout, Plan, marks_of, month_marks

#: Wording of the title block, the total row and the signature block.
RA_TITLE = "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"
TOTAL_LABEL = "JUMLAH KEGIATAN PER BULAN"
SIGNER_TITLE = "KEPALA KANTOR,"


@dataclass
class Grid:
    """Rows of text cells (rectangular) plus what a spreadsheet adds: merged ranges and fills.

    ``title`` and ``signature`` are the lines above and below the table: a spreadsheet writes
    them as rows (``title`` in column A; ``signature`` as ``(column, text)``), a Word or PDF
    writer as paragraphs. ``header`` is how many table rows repeat on each PDF page.
    """

    rows: list[list[str]]
    kinds: list[str]
    header: int
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (0-based)
    fills: set[tuple[int, int]] = field(default_factory=set)
    fill: str = "FFFF00"
    title: list[str] = field(default_factory=list)
    signature: list[tuple[int, str]] = field(default_factory=list)
    #: Month column indexes, for writers that narrow them.
    month_cols: list[int] = field(default_factory=list)
    #: Rows where a new table starts (its header repeated): a Word writer starts a new table there.
    breaks: list[int] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.rows[0])


def title_lines(plan: Plan, n: int) -> list[str]:
    """The title block with ``n`` rows (0–4), as units write it."""
    lampiran = f"LAMPIRAN KEPUTUSAN KEPALA {plan.unit} NOMOR {plan.decree or '1'} TAHUN {plan.year}"
    options = {
        0: [],
        1: [f"{RA_TITLE} {plan.unit} TAHUN {plan.year}"],
        2: [RA_TITLE, f"{plan.unit} TAHUN {plan.year}"],
        3: [RA_TITLE, plan.unit, f"TAHUN {plan.year}"],
        4: [lampiran, RA_TITLE, plan.unit, f"TAHUN {plan.year}"],
    }
    return options[n]


def signature_lines(plan: Plan, text_col: int, name_col: int) -> list[tuple[int, str]]:
    """Place and date, the signer's title, two blank lines, the name and the NIP."""
    return [
        (text_col, f"{plan.place}, 6 Januari {plan.year}"),
        (text_col, SIGNER_TITLE),
        (text_col, ""),
        (text_col, ""),
        (name_col, plan.signer),
        (name_col, f"NIP {plan.nip}"),
    ]


def _field(act: Act, name: str, bullets: bool = False) -> str:
    if name == "evidence":
        return "\n".join(f"- {e}" if bullets else e for e in act.evidence)
    return getattr(act, name) or ""


def _mess(text: str, header: bool, k: int) -> str:
    """Dirty a cell as Word and PDF copies do (the words stay the same)."""
    if not text:
        return text
    if header and " " in text:
        return text.title().replace(" ", "  ", 1)
    if " " in text and k % 3 == 0:
        return text.replace(" ", "\u00a0", 1) + " "
    return text + ("  " if k % 3 == 1 else "")


def grid_b(plan: Plan, lay: Layout) -> Grid:
    """Draw a shape-B plan table (NO, area, kegiatan, sub, indicator, extras, months, extras)."""
    text_cols = ["NO"]
    if lay.area_style == "column":
        text_cols.append(lay.area_header)
    text_cols.append(lay.combined_header if lay.area_style == "combined" else lay.kegiatan_header)
    text_cols += [lay.sub_header, lay.indicator_header]
    before = list(lay.extras[: lay.extras_after])
    after = list(lay.extras[lay.extras_after :])
    labels = [lay.timing_label] if lay.months == "text" else list(MONTH_HEADERS[lay.months])
    head = text_cols + [h for _, h in before]
    m0 = len(head)
    head += labels
    head += [h for _, h in after]
    width = len(head)
    cols = {name: i for i, name in enumerate(text_cols)}
    kcol = 2 if lay.area_style == "column" else 1
    sub_col, ind_col = kcol + 1, kcol + 2
    extra_col = {f: i for i, (f, _) in enumerate(before, start=len(text_cols))}
    extra_col |= {f: i for i, (f, _) in enumerate(after, start=m0 + len(labels))}
    del cols

    rows: list[list[str]] = []
    kinds: list[str] = []
    merges: list[tuple[int, int, int, int]] = []
    fills: set[tuple[int, int]] = set()

    months_end = m0 + len(labels)
    if lay.header_rows >= 2 and lay.months != "text":
        # The schedule label over the months; with three rows, the quarters between it and the months.
        top = [h if i < m0 or i >= months_end else "" for i, h in enumerate(head)]
        top[m0] = lay.schedule_label
        middle = []
        if lay.header_rows == 3 and len(labels) == 12:
            middle = [["" for _ in head]]
            for q in range(4):
                middle[0][m0 + 3 * q] = f"Triwulan {ROMAN[q]}"
        bottom = ["" if i < m0 or i >= months_end else h for i, h in enumerate(head)]
        rows += [top, *middle, bottom]
        kinds += ["header"] * (2 + len(middle))
        last = len(rows) - 1
        merges.append((0, m0, 0, months_end - 1))
        if middle:
            merges += [(1, m0 + 3 * q, 1, m0 + 3 * q + 2) for q in range(4)]
        merges += [(0, c, last, c) for c in range(width) if not (m0 <= c < months_end)]
    else:
        rows.append(head)
        kinds.append("header")
    header = len(rows)
    if lay.numbering:
        rows.append([f"({i})" if lay.numbering == "paren" else str(i) for i in range(1, width + 1)])
        kinds.append("numbering")
        header += 1

    totals = [0] * len(labels)
    head_rows = [list(r) for r in rows]
    head_merges = list(merges)
    breaks: list[int] = []
    for ai, area in enumerate(plan.areas):
        if lay.blank_between_areas and ai > 0:
            rows.append([""] * width)
            kinds.append("blank")
        if lay.header_per_area and ai > 0:
            # A new table per area (Word) or a header pasted again (text copied from a PDF).
            breaks.append(len(rows))
            at = len(rows)
            rows += [list(r) for r in head_rows]
            kinds += kinds[: len(head_rows)]
            merges += [(r1 + at, c1, r2 + at, c2) for r1, c1, r2, c2 in head_merges]
        label = f"{ROMAN[ai]}. {area.name}" if lay.heading_numbered else area.name
        if lay.area_style == "heading":
            r = [""] * width
            r[0] = label
            rows.append(r)
            kinds.append("heading")
            merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        elif lay.area_style == "combined":
            r = [""] * width
            r[0], r[1] = ROMAN[ai], area.name
            rows.append(r)
            kinds.append("heading")
        first_area_row = len(rows)
        number = 0
        prev: str | None = None
        kstart = len(rows)
        for act in area.acts:
            r = [""] * width
            if act.kegiatan != prev:
                if prev is not None and len(rows) - kstart > 1:
                    merges += [(kstart, 0, len(rows) - 1, 0), (kstart, kcol, len(rows) - 1, kcol)]
                number += 1
                kstart = len(rows)
                r[0], r[kcol] = str(number), act.kegiatan
                prev = act.kegiatan
            if lay.area_style == "column" and len(rows) == first_area_row:
                r[1] = f"{ai + 1}. {area.name}" if lay.heading_numbered else area.name
            r[sub_col], r[ind_col] = act.sub_kegiatan or "", act.indicator or ""
            for f, c in extra_col.items():
                r[c] = _field(act, f, lay.evidence_bullets)
            if lay.months == "text":
                r[m0] = act.timing or ""
            else:
                for i, on in enumerate(month_marks(act, lay.months)):
                    if on:
                        totals[i] += 1
                        if lay.mark is None:
                            fills.add((len(rows), m0 + i))
                        else:
                            marks = marks_of(lay)
                            r[m0 + i] = marks[len(rows) % len(marks)]
            rows.append(r)
            kinds.append("activity")
        if len(rows) - kstart > 1:
            merges += [(kstart, 0, len(rows) - 1, 0), (kstart, kcol, len(rows) - 1, kcol)]
        if lay.area_style == "column" and len(rows) - first_area_row > 1:
            merges.append((first_area_row, 1, len(rows) - 1, 1))
    if lay.total_row and lay.months != "text":
        r = [""] * width
        r[0] = TOTAL_LABEL
        for i, n in enumerate(totals):
            r[m0 + i] = str(n)
        rows.append(r)
        kinds.append("total")
        merges.append((len(rows) - 1, 0, len(rows) - 1, m0 - 1))
    if lay.messy:
        rows = [
            [_mess(t, kinds[r] == "header", r + c) for c, t in enumerate(row)] for r, row in enumerate(rows)
        ]
    grid = Grid(rows, kinds, header, merges, fills, lay.fill)
    grid.breaks = breaks
    grid.title = title_lines(plan, lay.title_rows)
    grid.month_cols = [] if lay.months == "text" else list(range(m0, m0 + len(labels)))
    if lay.signature:
        grid.signature = signature_lines(plan, min(m0 + 1, width - 1), ind_col)
    return grid
