"""Spread an answer or an evidence cell typed once in a cell merged down over several item rows to every item it covers.

A person who merges K15:K17 and types "A" sees "A" beside the three items, and means it for each;
a sheet reader holds it in K15 alone. The answer is given to the item rows under the merge (never
to a heading, an indicator or a count row: those take no answer) and said in one finding per range,
naming the range and the items it reached, because a merge can also be a slip of the mouse. The
same holds for the evidence column: one SK merged down beside three items is evidence of the three.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from zi_eval.io.location import Location, column_letter
from zi_eval.io.sheets import Sheet, cell_text
from zi_eval.lke.answers import is_blank
from zi_eval.lke.match import Match


def spread_answers(
    path: str | Path, sheet: Sheet, answer_col: int, matches: dict[int, Match]
) -> tuple[dict[int, Any], list[dict[str, Any]]]:
    """The answer each item row shows through a vertical merge of the answer column (0-based row →
    value), and an ``IMPORT_WORKBOOK_MERGED_ANSWER`` finding for each merge that gave one away."""
    origins, findings = _spread_down(path, sheet, answer_col, matches, "IMPORT_WORKBOOK_MERGED_ANSWER")
    return {r: sheet.value(r0, answer_col) for r, r0 in origins.items()}, findings


def spread_evidence(
    path: str | Path, sheet: Sheet, evidence_col: int, matches: dict[int, Match]
) -> tuple[dict[int, int], list[dict[str, Any]]]:
    """The first row of the evidence cell each item row shows through a vertical merge of the evidence
    column (0-based row → 0-based row), and an ``IMPORT_WORKBOOK_MERGED_EVIDENCE`` finding for each
    merge that gave its evidence to more items."""
    return _spread_down(path, sheet, evidence_col, matches, "IMPORT_WORKBOOK_MERGED_EVIDENCE")


def _spread_down(
    path: str | Path, sheet: Sheet, col: int, matches: dict[int, Match], code: str
) -> tuple[dict[int, int], list[dict[str, Any]]]:
    """Each item row under a merge down ``col`` whose own cell is empty → the merge's first row, and a
    ``code`` finding per merge that reached an item row."""
    spread: dict[int, int] = {}
    findings: list[dict[str, Any]] = []
    for r0, c0, r1, c1 in sorted(sheet.merged):
        if c0 != col or r1 <= r0:
            continue  # only a merge down the column starting in it holds one row's cell for others
        value = sheet.value(r0, c0)
        if is_blank(value):
            continue
        given = [
            (r, m.key.partition(":")[2])
            for r in range(r0 + 1, r1 + 1)
            if (m := matches.get(r)) is not None
            and m.key.startswith("item:")
            and is_blank(sheet.value(r, c0))
        ]
        if not given:
            continue  # the merge covers headings only: nothing is read twice
        for r, _ in given:
            spread[r] = r0
        top = matches.get(r0)
        first = top.key.partition(":")[2] if top is not None and top.key.startswith("item:") else None
        cells = f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"
        findings.append(
            {
                "code": code,
                "line": r0 + 1,
                "source": str(Location(Path(path).name, r0 + 1, sheet.name, c0)),
                "item": first,
                "value": cell_text(value)[:40],
                "theirs": cells,
                "ours": ", ".join(code for _, code in given)[:200],
            }
        )
    return spread, findings
