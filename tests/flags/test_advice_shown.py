"""Where an assessor reads flags, each code's motivation and remediation are there; item hints too."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from tests.builders import make_unit
from zi_eval.cli import main
from zi_eval.flags import derive_flags
from zi_eval.flags.catalogue import DECLARED
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer
from zi_eval.report.html_report import render_html
from zi_eval.report.next_steps import next_steps_table, plan_for
from zi_eval.report.result_text import remediation
from zi_eval.report.text_report import render_text
from zi_eval.scoring.engine import evaluate_unit

PLAN = Path(__file__).resolve().parents[2] / "plans" / "kpu-luwu-2025.yaml"


def test_json_flags_carry_motivation_and_remediation_in_the_run_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", str(PLAN), "--format", "json", "--lang", "en", "--as-of", "2025-07"]) == 0
    flags = json.loads(capsys.readouterr().out)["flags"]
    assert flags
    for f in flags:
        decl = DECLARED[f["code"]]
        assert f["motivation"] == decl.motivation.en and f["remediation"] == decl.remediation.en


def test_text_output_says_what_to_do_once_per_code_shown(rubric: Rubric) -> None:
    ev = evaluate_unit(make_unit(rubric, answers={"P.1.i.a": Answer(answer="Ya")}, evidence=False), rubric)
    flags = derive_flags(ev, lang="en")
    text = render_text(ev, flags, "en", width=200, top=5)
    shown = {f.code for f in flags[:5]}
    lines = [ln.strip() for ln in text.splitlines() if ln.strip().startswith("→ ")]
    assert sorted(ln.split(":")[0][2:] for ln in lines) == sorted(shown)  # each shown code once, no other
    for code in shown:
        assert f"→ {code}: {DECLARED[code].remediation.en}" in text


def test_the_html_flag_section_explains_each_code_and_the_gaps_give_the_item_hint(rubric: Rubric) -> None:
    unit = make_unit(
        rubric, answers={"P.1.i.a": Answer(answer="Ya"), "P.3.i.a": Answer(answer="Ya")}, evidence=False
    )
    ev = evaluate_unit(unit, rubric)
    flags = derive_flags(ev, lang="en")
    page = unescape(render_html(ev, flags, {}, "unit.yaml", "0" * 64, "en"))
    advice = page[page.index("Why these findings matter") :]
    advice = advice[: advice.index("</table>")]
    rows = re.findall(r"<tr><td><code>([A-Z_]+)</code></td><td class=num>(\d+)</td>", advice)
    assert {code: int(n) for code, n in rows} == {
        c: sum(f.code == c for f in flags) for c in {f.code for f in flags}
    }
    for code, _ in rows:
        assert DECLARED[code].motivation.en in advice and DECLARED[code].remediation.en in advice
    gaps = page[page.index('<section class="gaps">') :]
    for code in ("P.1.i.a", "P.3.i.a"):  # answered without evidence: the rubric's hint beside the item
        assert f"→ {remediation(rubric, code, 'en')}" in gaps


def test_next_steps_in_text_give_the_rubric_hint_of_each_item(rubric: Rubric) -> None:
    unit = make_unit(rubric, answers={}, evidence=False)
    plan = plan_for(unit, rubric, "claimed")
    table = next_steps_table(plan, rubric, "en", limit=None)
    hints = [str(cell) for cell in table.columns[-1]._cells]
    assert plan.actions and len(hints) == len(plan.actions)
    for a, hint in zip(plan.actions, hints, strict=True):
        assert hint.startswith(remediation(rubric, a.item, "en"))


def test_the_lke_workbook_flag_sheet_has_each_flags_remediation(rubric: Rubric, tmp_path: Path) -> None:
    import openpyxl

    from zi_eval.messages import msg
    from zi_eval.report.workbook import write_lke_workbook

    ev = evaluate_unit(make_unit(rubric, answers={"P.1.i.a": Answer(answer="Ya")}, evidence=False), rubric)
    flags = derive_flags(ev)
    out = tmp_path / "lke.xlsx"
    write_lke_workbook(ev, flags, out)
    ws = openpyxl.load_workbook(out)[msg("wb_flags", "id")]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][-1] == "remediation"
    assert [(r[0], r[-1]) for r in rows[1:]] == [(f.code, f.remediation) for f in flags]
