"""Tell the fill that is a month grid's background from the fills that mark months.

A Gantt-style plan marks a month by filling its cell. Many plans also paint the whole month grid: a
pale grey "input area", every cell white or "Background 1" (those look like no fill and are dropped by
the readers, :mod:`zi_eval.io.colours`), or a colour under written ticks. Read as marks, such a grid
schedules every activity in every month. The rule, over the month cells of the rows read as
activities and sub-steps of one table (a cell shaded like its row's text cells is the row's banding
and counts as unfilled):

- the grid is *painted* when (nearly) every month cell (:data:`PAINTED`) is filled or holds a written
  mark; a grid where the filled cells are only some of the cells is read as it always was (every fill a
  mark), unless its fills are a pale colour clearly lighter than the others (zebra stripes, every other
  month pale grey, beside darker marks): the pale one is its background;
- in a painted grid where something else marks months too, the background is: the one colour when
  the other marks are written ones only; else a pale colour (a pale grey, a pastel: never a bright one)
  clearly lighter than every other colour (:data:`PALER`); else the colour covering the most cells, when
  it covers nearly all (:data:`PAINTED`) or, alone and with no rival as common, :data:`SPARSE` of them
  (with it as the background the plan is sparse, as plans are). Its cells mark nothing; the other
  colours and the written marks are the marks;
- otherwise (one colour over every month cell and nothing else marking a month, or colours whose
  shares and shades do not tell which is the background) no fill colour of the table is counted as a
  month, and that is said: guessing would schedule every activity all year, or none of the months it
  has.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from zi_eval.io.colours import lightness, pale

#: A month cell as the rule sees it: its fill colour (``None`` when unfilled) and whether it holds a
#: written mark (any text that is no "no mark").
Cell = tuple[str | None, bool]

#: The share of month cells filled or marked from which a grid is painted whole.
PAINTED = 0.9
#: The share of month cells the background alone covers (no mark in them) that makes the plan sparse.
SPARSE = 0.7
#: How much lighter than every other colour (relative luminance, 0–1) the palest must be to be the background.
PALER = 0.25
#: A grid of one colour and no other mark is said from this many rows (one or two all-year activities
#: are a plan; more are a painted grid as likely).
MIN_ROWS_UNSURE = 3


@dataclass(frozen=True)
class GridFill:
    """What the fills of one painted month grid are taken to be."""

    #: colours whose cells mark no month in this grid
    no_mark: frozenset[str]
    #: the background colour, when told; ``None`` when it could not be told (``no_mark`` is every colour)
    background: str | None
    #: each fill colour and the month cells it covers, most first
    colours: tuple[tuple[str, int], ...]
    #: the month cells looked at
    cells: int
    #: the grid is painted whole (else a pale colour stripes some of its cells)
    whole: bool = True
    #: the legend saying some colours mark what was done (:mod:`zi_eval.ra.legend`), as written
    legend: str = ""
    #: the colours that legend takes out: months done, not planned
    done: frozenset[str] = frozenset()
    #: those colours as the legend names them and the cells hold them ("kuning (FFFFFF00)")
    done_label: str = ""

    def shares(self) -> str:
        """The colours with the share of month cells each covers: ``FFF2F2F2 79%, FF1F4E79 21%``."""
        return ", ".join(f"{c} {round(100 * n / self.cells)}%" for c, n in self.colours)


def _ranked(cells: list[Cell]) -> tuple[tuple[str, int], ...]:
    """Each fill colour of the cells and how many cells it covers, most first."""
    return tuple(Counter(colour for colour, _ in cells if colour).most_common())


def _palest_apart(ranked: tuple[tuple[str, int], ...]) -> str | None:
    """The pale colour clearly lighter (:data:`PALER`) than every other colour of the grid, if any."""
    palest = max(ranked, key=lambda c: lightness(c[0]) or 0.0)[0]
    light = lightness(palest)
    shades = [lightness(c) for c, _ in ranked if c != palest]
    if pale(palest) and light is not None and all(x is not None and light >= x + PALER for x in shades):
        return palest
    return None


def _banded(cells: list[Cell], n: int) -> GridFill | None:
    """A grid not painted whole whose cells are filled in a pale colour and in darker ones: the pale one
    shades columns or rows of the grid (zebra stripes: every other month pale grey), the darker ones
    mark months. Read as marks, the stripes scheduled every other month for every activity."""
    ranked = _ranked(cells)
    if len(ranked) < 2:
        return None  # one colour over some of the cells: each fill a mark, as always
    background = _palest_apart(ranked)
    return (
        None if background is None else GridFill(frozenset((background,)), background, ranked, n, whole=False)
    )


def grid_fill(rows: list[list[Cell]]) -> GridFill | None:
    """The reading of a painted month grid (``rows`` of month cells), or ``None`` when the grid is not
    painted whole and every fill is a mark, as it always was."""
    cells = [cell for row in rows for cell in row]
    n = len(cells)
    if n == 0:
        return None
    if sum(1 for colour, mark in cells if colour or mark) < PAINTED * n:
        return _banded(cells, n)
    ranked = _ranked(cells)
    if not ranked:
        return None  # written marks in every cell, no fill
    top, covered = ranked[0]
    every = frozenset(c for c, _ in ranked)
    unsure = GridFill(every, None, ranked, n)
    others = ranked[1:]
    marks = sum(1 for colour, mark in cells if mark or (colour is not None and colour != top))
    if marks == 0:
        # one colour over every month cell and no other mark: an all-year plan, or a painted grid left blank
        return unsure if len(rows) >= MIN_ROWS_UNSURE else None
    if not others:
        return GridFill(frozenset((top,)), top, ranked, n)  # the colour lies under or around written marks
    background = _palest_apart(ranked)
    if background is not None:
        # a pale grid under darker marks, however many months they mark
        return GridFill(frozenset((background,)), background, ranked, n)
    alone = sum(1 for colour, mark in cells if colour == top and not mark)
    if covered >= PAINTED * n or (others[0][1] < covered and alone >= SPARSE * n):
        # nearly all of the grid is the colour, or the plan is sparse with it as the background
        return GridFill(frozenset((top,)), top, ranked, n)
    return unsure


def with_legend(
    fill: GridFill | None, rows: list[list[Cell]], done: frozenset[str], legend: str, label: str
) -> GridFill:
    """A grid's reading once its legend says the fills of ``done`` mark what was done, not the plan:
    those colours mark no month, beside whatever background the grid has (``fill``)."""
    ranked = _ranked([cell for row in rows for cell in row])
    n = sum(len(row) for row in rows)
    if fill is None:
        return GridFill(done, None, ranked, n, whole=False, legend=legend, done=done, done_label=label)
    return GridFill(fill.no_mark | done, fill.background, ranked, n, fill.whole, legend, done, label)
