"""Where one table of rows (a sheet, or a whole Word or PDF document) holds more than one plan, and
which part is the plan.

Units publish documents holding last year's plan before this year's, a plan "sebagai pembanding"
after it, or a monitoring report ("LAPORAN MONITORING …", "CAPAIAN …") under the plan with the same
activities. Read as one table, their activities were merged into one unit: twice the activities,
the months of two years, and the first title's year. A part starts at a title (text rows with no
table row among them, a table header right under them) that names another year than the part before
it, or a report where that part is a plan (or a plan where it is a report). A title repeated from the first one (a
running page header) starts nothing, and neither does a title naming the same year (one table per
area, each titled).

Of the parts, the plan is the part of the year asked (``--year``), else the latest year's; reports
and comparisons are never the plan while a plan is there. Every other part is skipped, and said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from zi_eval.ra.layout import Layout, norm
from zi_eval.ra.meta import title_year
from zi_eval.ra.rows import RawRow

#: Words of a title over a plan or a report of one (only such a text can start another part).
_TITLE_WORDS = re.compile(
    r"\brencana (?:kerja |tindak )?aksi\b|\blaporan\b|\bmonitoring\b|\bmonev\b|\bcapaian\b|\brealisasi\b"
    r"|\bhasil evaluasi\b|\bevaluasi pelaksanaan\b|\bpembanding\b|\bperbandingan\b"
)
#: A title over something that is not a plan to evaluate: a monitoring report, what was achieved,
#: another plan shown "as comparison".
_REPORT_WORDS = re.compile(
    r"\blaporan\b|\bmonitoring\b|\bmonev\b|\bcapaian\b|\brealisasi\b|\bhasil evaluasi\b"
    r"|\bevaluasi pelaksanaan\b|\bpembanding\b|\bperbandingan\b"
)


@dataclass(frozen=True)
class Part:
    """Rows ``start:end`` of one plan (or report) and its title."""

    start: int
    end: int
    title: tuple[str, ...]  # its title lines (the first part's: the rows before the first header)
    year: int | None
    report: bool

    @property
    def label(self) -> str:
        """The title as one line, for a finding."""
        return " ".join(self.title)


def is_report(title: Sequence[str]) -> bool:
    """Whether title lines (or a sheet's name) head a report or a comparison, not a plan: a report word
    comes first ("LAPORAN MONITORING … RENCANA AKSI" reports on a plan, "RENCANA AKSI DAN REALISASI …"
    is the plan with a column for what was done)."""
    first = _TITLE_WORDS.search(norm(" ".join(title)))
    return first is not None and bool(_REPORT_WORDS.fullmatch(first.group(0)))


def _part(start: int, title: list[str]) -> Part:
    return Part(start, -1, tuple(title), title_year(title), is_report(title))


def plan_parts(
    rows: Sequence[RawRow],
    first_header: int,
    header_at: Callable[[int], Layout | None],
    lone_text: Callable[[RawRow], str | None],
) -> list[Part]:
    """The parts of ``rows`` (one when it holds one plan), in order, covering every row.

    ``first_header`` is the index of the first table header; ``lone_text(row)`` is a row's text when
    it holds one text alone (a paragraph, a title merged across a sheet), ``None`` for a table row,
    ``""`` for a blank row.
    """
    first_title = [t for r in rows[:first_header] if (t := lone_text(r)) and r.place != "kepala halaman"]
    parts = [_part(0, first_title)]
    repeated = {norm(t) for t in first_title}
    run: list[int] = []  # the rows of lone texts (and blanks) since the last table row
    i = first_header + 1
    while i < len(rows):
        text = lone_text(rows[i])
        if text is None:
            run = []
            i += 1
            continue
        run.append(i)
        i += 1
        if not text or (i < len(rows) and lone_text(rows[i]) is not None):
            continue  # the run goes on
        # the run ends here: a title when a table header comes right under it
        starts = [j for j in run if (t := lone_text(rows[j])) and _TITLE_WORDS.search(norm(t))]
        if not starts or i >= len(rows) or header_at(i) is None:
            continue
        title = [
            t
            for j in run
            if j >= starts[0] and (t := lone_text(rows[j])) and rows[j].place != "kepala halaman"
        ]
        if all(norm(t) in repeated for t in title):
            continue  # a running header: a title seen before, again on every page
        repeated |= {norm(t) for t in title}
        new, last = _part(starts[0], title), parts[-1]
        if new.report != last.report or (new.year is not None and last.year not in (None, new.year)):
            parts.append(new)
    return [
        Part(p.start, parts[k + 1].start if k + 1 < len(parts) else len(rows), p.title, p.year, p.report)
        for k, p in enumerate(parts)
    ]


def the_plan(parts: list[Part], year: int | None) -> list[Part]:
    """The parts that are the plan: of the plans (not reports, when a plan is there), those of ``year``
    when one is, else those of the latest year named."""
    plans = [p for p in parts if not p.report] or parts[:1]
    if year is not None and any(p.year == year for p in plans):
        return [p for p in plans if p.year == year]
    latest = max((p.year for p in plans if p.year is not None), default=None)
    return [p for p in plans if p.year == latest] if latest is not None else plans[:1]
