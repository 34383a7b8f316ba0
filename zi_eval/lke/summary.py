"""Say in a screenful what the LKE reader understood: sheet, header row, columns, matches, findings."""

from __future__ import annotations

from typing import Any

from zi_eval.flags.catalogue import SEVERITIES, finding_args, render, severity
from zi_eval.lke.reader import LkeWorkbook
from zi_eval.messages import msg

#: How many findings the summary lists before pointing to the report.
FIRST_FINDINGS = 10


def finding_text(f: dict[str, Any], lang: str) -> str:
    """One reader finding as a line: where it is, then its catalogue message."""
    return f"{f.get('source', '')}: {render(f['code'], lang, **finding_args(f))}"


def summary_lines(wb: LkeWorkbook, lang: str = "id") -> list[str]:
    """The import summary of an LKE workbook: a few lines a person can check against the sheet."""
    rep = wb.report(lang)
    counts = rep["counts"]
    cols = ", ".join(f"{role}={col}" for role, col in rep["columns"].items())
    lines = [
        msg("lke_sum_sheet", lang, sheet="', '".join([wb.sheet, *wb.more_sheets]), why=rep["why"]),
        msg("lke_sum_header", lang, row=wb.header_row, columns=cols),
        msg(
            "lke_sum_matched",
            lang,
            n=counts["matched"],
            total=counts["items"],
            missing=counts["missing"],
            unmatched=counts["unmatched"],
        ),
    ]
    # warnings before notes: what may change the score is what a person must see first
    findings = sorted(wb.findings(), key=lambda f: SEVERITIES.index(severity(f["code"])))
    if findings:
        lines.append(msg("lke_sum_findings", lang, n=len(findings)))
        lines += ["  " + finding_text(f, lang) for f in findings[:FIRST_FINDINGS]]
        if len(findings) > FIRST_FINDINGS:
            lines.append(msg("lke_sum_more", lang, n=len(findings) - FIRST_FINDINGS))
    return lines
