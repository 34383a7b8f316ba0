"""One self-contained HTML report (charts embedded) that an assessor can email. All user text is escaped."""

from __future__ import annotations

import base64
from collections import defaultdict
from html import escape
from pathlib import Path
from typing import Any

from zi_eval._version import __version__
from zi_eval.flags.derive import Flag
from zi_eval.messages import msg
from zi_eval.report import evidence_html as EH
from zi_eval.report.answers import answer_text
from zi_eval.report.evidence_links import EvidenceLink, links_by_id, links_for
from zi_eval.report.evidence_view import claimed_evidence
from zi_eval.report.numbers import margin, value_against
from zi_eval.report.numbers import num as _num
from zi_eval.report.result_text import criterion_label, criterion_note, item_reason
from zi_eval.scoring.engine import Evaluation

CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#1a1a1a;background:#fafafa;line-height:1.4}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.2em;margin:28px 0 8px;border-bottom:2px solid #0072B2;padding-bottom:4px}
.sub{color:#555;margin:0 0 16px}
.verdict{display:flex;gap:16px;flex-wrap:wrap}
.card{flex:1 1 300px;border-radius:8px;padding:14px 18px;border:2px solid}
.ok{border-color:#009E73;background:#e9f7f2}.no{border-color:#D55E00;background:#fbeee6}
.card b.big{font-size:1.3em;display:block}
table{border-collapse:collapse;width:100%;font-size:.88em;background:#fff}
th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#e8f1f8}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.unmet td{background:#fbeee6}tr.binding td{font-weight:bold}
.sev-error{color:#a33a00;font-weight:bold}.sev-warning{color:#7a5c00}.sev-info{color:#555}
img{max-width:100%;height:auto;background:#fff;border:1px solid #ddd;margin:6px 0}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px}
footer{margin-top:32px;font-size:.8em;color:#555;border-top:1px solid #ccc;padding-top:8px}
code{font-size:.95em}
@page{size:A4;margin:12mm}
@media print{.grid{grid-template-columns:1fr}body{background:#fff}main{max-width:none;padding:0}
img,figure,.card,.verdict,tr,details{break-inside:avoid}h2,h3{break-after:avoid}thead{display:table-header-group}
table{break-inside:auto}}
"""


def png_data_uri(png: bytes) -> str:
    """A PNG as a data URI, for embedding in the page."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_html(
    ev: Evaluation,
    flags: list[Flag],
    charts: dict[str, bytes],
    source_name: str,
    source_sha256: str,
    lang: str = "id",
    *,
    unit_dir: Path | None = None,
    out_dir: Path | None = None,
    next_steps: dict[str, Any] | None = None,
) -> str:
    """Build the report page. ``charts`` maps chart names to PNG bytes; every text is escaped.

    ``next_steps`` (:func:`zi_eval.report.next_steps.next_steps_dict`) adds "what to fix first"
    right after the verdict.

    Evidence paths are relative to ``unit_dir`` (the unit file's folder); their links are made
    relative to ``out_dir`` (where the page is written). Without ``unit_dir`` paths are linked as
    written and not checked; without ``out_dir`` the page is taken to sit in ``unit_dir``.
    """
    e = escape
    info = ev.unit.unit
    known = links_by_id(ev.unit.evidence, unit_dir, out_dir, ev.unit.missing_files)
    by_item, by_activity = claimed_evidence(ev)
    t = lambda key, **kw: e(msg(key, lang, **kw))  # noqa: E731
    out: list[str] = [
        f'<!DOCTYPE html><html lang="{e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{t('html_title', name=info.name, year=info.year)}</title><style>{CSS}{EH.CSS}</style></head><body><main>",
        f"<h1>{t('html_title', name=info.name, year=info.year)}</h1>",
        f'<p class="sub">{e(info.instansi or "")} · {t("html_mode", mode=msg("mode_" + ev.mode, lang))}'
        + (f" · {t('html_as_of', as_of=f'{ev.as_of[0]:04d}-{ev.as_of[1]:02d}')}" if ev.as_of else "")
        + "</p>",
        '<section class="verdict">',
    ]
    for pid, r in ev.readiness.items():
        crit = next((c for c in r.criteria if c.id == r.binding), None)
        head = t("txt_eligible" if r.eligible else "txt_not_eligible", pred=pid)
        body = ""
        if crit is not None:
            body = t(
                "txt_binding",
                label=criterion_label(ev.rubric, pid, crit.id, lang),
                value=value_against(crit.value, crit.threshold),
                threshold=_num(crit.threshold),
                margin=margin(crit.margin),
            )
        unmet = sum(1 for c in r.criteria if not c.met)
        out.append(
            f'<div class="card {"ok" if r.eligible else "no"}"><b class="big">{head}</b>{body}'
            f"<br>{t('html_unmet', n=unmet, total=len(r.criteria))}</div>"
        )
    out.append("</section>")
    totals = ", ".join(f"{e(msg('mode_' + m, lang))} <b>{_num(v)}</b>" for m, v in ev.totals_by_mode.items())
    out.append(f"<p>{t('html_total', total=_num(ev.total))} — {totals}</p>")
    if next_steps is not None:
        out += _next_steps(next_steps, lang)
    out += _charts(charts, ("modes",), grid=False)
    out += _charts(charts, ("readiness",), grid=False)

    out.append(
        f"<h2>{t('txt_criteria')}</h2><table><tr><th>{t('html_predicate')}</th><th>{t('col_criterion')}</th>"
        f"<th>{t('col_value')}</th><th>{t('col_threshold')}</th><th>{t('col_margin')}</th>"
        f"<th>{t('col_met')}</th></tr>"
    )
    for pid, r in ev.readiness.items():
        for c in r.criteria:
            cls = " ".join(x for x in ("" if c.met else "unmet", "binding" if c.id == r.binding else "") if x)
            words = criterion_note(c, lang)
            note = f" <small>({e(words)})</small>" if words else ""
            out.append(
                f'<tr class="{cls}"><td>{e(pid)}</td><td>{e(criterion_label(ev.rubric, pid, c.id, lang))}{note}</td><td class="num">{value_against(c.value, c.threshold)}'
                f'</td><td class="num">{_num(c.threshold)}</td><td class="num">{margin(c.margin)}</td>'
                f"<td>{'✓' if c.met else '✗'}</td></tr>"
            )
    out.append("</table>")

    out.append(
        f"<h2>{t('txt_areas')}</h2><table><tr><th>{t('col_area')}</th><th>{t('col_weight')}</th>"
        f"<th>{t('col_pemenuhan')}</th><th>{t('col_reform')}</th><th>{t('col_score')}</th>"
        f"<th>{t('col_percent')}</th></tr>"
    )
    for a in ev.scores.areas:
        out.append(
            f"<tr><td>{e(a.name)}</td><td class=num>{_num(a.weight)}</td><td class=num>{_num(a.pemenuhan)}</td>"
            f"<td class=num>{_num(a.reform)}</td><td class=num>{_num(a.score)}</td>"
            f"<td class=num>{a.percent:.1f}%</td></tr>"
        )
    out.append("</table>")
    out += _charts(charts, ("radar", "bars"))

    out.append(f"<h2>{t('html_flags', n=len(flags))}</h2>")
    out += _flags(flags, ev, lang)

    out.append(f"<h2>{t('html_calendar')}</h2>")
    out += _charts(charts, ("calendar", "coverage"), grid=False)
    out += _charts(charts, ("calendar_activities",), grid=False)
    out += EH.coverage_section(ev, lang)
    out += EH.gaps_section(ev, flags, lang, known, by_item)

    out += _links(ev, lang, known, by_activity)
    out.append(
        f'<h2>{t("html_items")}</h2><table class="items"><colgroup><col class="code"><col><col class="ans">'
        '<col class="pts"><col class="out"><col class="why"><col class="ev"></colgroup>'
        f"<tr><th>{t('html_code')}</th><th>{t('html_question')}</th>"
        f"<th>{t('html_answer')}</th><th>{t('html_points')}</th><th>{t('html_outcome')}</th>"
        f"<th>{t('html_reason')}</th><th>{t('html_evidence')}</th></tr>"
    )
    for i in ev.items:
        q = ev.rubric.items[i.code].item.question
        out.append(
            f'<tr><td><code>{e(i.code)}</code></td><td class="q">{e(q)}</td><td>{e(_answer(ev, i.code, i.answer, lang))}</td>'
            f'<td class="num">{i.points:.3f} / {i.max_points:.3f}</td><td>{e(msg("outcome_" + i.outcome, lang))}'
            f'</td><td class="why">{e(item_reason(i, lang))}</td>'
            f'<td class="ev">{EH.evidence_cell(links_for(by_item.get(i.code) or i.evidence, known), lang)}</td></tr>'
        )
    out.append("</table>")
    out.append(
        f"<footer>{t('html_footer', version=__version__, rubric=ev.rubric.id, rv=ev.rubric.version)}<br>"
        f"{t('html_source', name=source_name)} <code>sha256:{e(source_sha256)}</code><br>"
        f"{t('html_policy')}</footer></main></body></html>"
    )
    return "\n".join(out) + "\n"


def _next_steps(data: dict[str, Any], lang: str) -> list[str]:
    """What to fix first: the cheapest upgrades to the target predicate, then what no plan can change."""

    def t(key: str, **kw: Any) -> str:
        return escape(msg(key, lang, **kw))

    target = data["target"]
    if data["already_eligible"]:
        return [f"<h2>{t('html_next')}</h2><p>{t('next_already', target=target)}</p>"]
    if not data["feasible"]:
        return [f"<h2>{t('html_next')}</h2><p>{t('next_none', target=target, why=data['message'])}</p>"]
    title = t(
        "next_title",
        target=target,
        n=len(data["actions"]),
        points=f"{data['points']:.2f}",
        effort=data["effort"],
    )
    out = [
        f'<h2>{t("html_next")}</h2><p>{title}</p><table class="next"><tr><th>{t("html_code")}</th>'
        f"<th>{t('next_question')}</th><th>{t('next_change')}</th><th>{t('next_points')}</th>"
        f"<th>{t('next_effort')}</th><th>{t('next_hint')}</th></tr>"
    ]
    for a in data["actions"]:
        change = (
            msg("next_evidence", lang)
            if a["kind"] == "evidence"
            else f"{a['answer_before']} → {a['answer_after']}"
        )
        needed = "".join(f"<li>{escape(x)}</li>" for x in a["evidence_needed"])
        out.append(
            f"<tr><td><code>{escape(a['item'])}</code></td><td>{escape(a['question'])}"
            f"<br><small>{escape(a['remediation'])}</small></td><td>{escape(change)}</td>"
            f"<td class=num>+{a['points']:.2f}</td><td>{t('effort_' + a['effort'])}</td>"
            f'<td><ul class="ev">{needed}</ul></td></tr>'
        )
    out.append("</table>")
    if data["cannot_change"]:
        names = ", ".join(c["label"] for c in data["cannot_change"])
        out.append(f"<p>{t('next_cannot', names=names)}</p>")
    return out


def _answer(ev: Evaluation, code: str, shown: str | None, lang: str) -> str:
    """An item's answer in words: counts as "8 dari 10 … (80 %)", a survey index or option as given."""
    flat = ev.rubric.items[code]
    if flat.item.formula is not None and code in ev.unit.answers:
        return answer_text(ev.rubric, code, ev.unit.answers[code], lang)
    return shown or "—"


def _links(
    ev: Evaluation, lang: str, known: dict[str, EvidenceLink], evidence: dict[str, list[str]]
) -> list[str]:
    """The activities, the LKE items each serves (how found, score, words) and the evidence of each."""
    if not ev.unit.activities:
        return []

    def t(key: str) -> str:
        return msg(key, lang)

    out = [
        f"<h2>{t('html_links')}</h2><table><tr><th>{t('html_activity')}</th><th>{t('html_code')}</th>"
        f"<th>{t('html_how')}</th><th>{t('html_score')}</th><th>{t('html_words')}</th>"
        f"<th>{t('html_evidence')}</th></tr>"
    ]
    for act in ev.unit.activities:
        name = f"<code>{escape(act.id)}</code> {escape(act.kegiatan or act.sub_kegiatan or '')}"
        links = ev.links.by_activity.get(act.id, [])
        proof = EH.evidence_cell(links_for(evidence.get(act.id, []), known), lang)
        rows = max(1, len(links))
        proof_cell = f'<td class="ev" rowspan="{rows}">{proof}</td>'
        if not links:
            near = ", ".join(f"{ln.code} ({ln.score:.2f})" for ln in ev.links.suggestions.get(act.id, []))
            out.append(
                f'<tr class="unmet"><td>{name}</td><td colspan=4>{t("html_unlinked")} {escape(near or "—")}</td>'
                f"{proof_cell}</tr>"
            )
            continue
        for k, ln in enumerate(links):
            q = ev.rubric.items[ln.code].item.question
            out.append(
                f'<tr><td>{name if k == 0 else ""}</td><td><code title="{escape(q)}">{escape(ln.code)}</code></td>'
                f"<td>{escape(t('how_' + ln.how))}</td><td class=num>{ln.score:.2f}</td><td>{escape(', '.join(ln.words))}</td>"
                f"{proof_cell if k == 0 else ''}</tr>"
            )
    out.append("</table>")
    return out


def _charts(charts: dict[str, bytes], names: tuple[str, ...], grid: bool = True) -> list[str]:
    present = [n for n in names if n in charts]
    if not present:
        return []
    imgs = "".join(f'<img alt="{escape(n)}" src="{png_data_uri(charts[n])}">' for n in present)
    return [f'<div class="grid">{imgs}</div>' if grid and len(present) > 1 else f"<div>{imgs}</div>"]


def _flags(flags: list[Flag], ev: Evaluation, lang: str) -> list[str]:
    names = {a.id: a.name for a in ev.rubric.areas}
    groups: dict[tuple[str, str], list[Flag]] = defaultdict(list)
    for f in flags:
        groups[(f.severity, f.area or "")].append(f)
    out = []
    order = {a.id: i for i, a in enumerate(ev.rubric.areas)}  # the rubric's order, flags of no area last
    for sev in ("error", "warning", "info"):
        keys = sorted((k for k in groups if k[0] == sev), key=lambda k: (order.get(k[1], len(order)), k[1]))
        if not keys:
            continue
        out.append(f'<h3 class="sev-{sev}">{escape(msg("sev_" + sev, lang))}</h3>')
        for key in keys:
            area = names.get(key[1], key[1]) or msg("html_no_area", lang)
            out.append(
                f"<p><b>{escape(area)}</b></p><table><tr><th>{escape(msg('col_code', lang))}</th>"
                f"<th>{escape(msg('col_message', lang))}</th><th>{escape(msg('col_source', lang))}</th></tr>"
            )
            for f in groups[key]:
                out.append(
                    f"<tr><td><code>{escape(f.code)}</code></td><td>{escape(f.message)}</td>"
                    f"<td>{escape(f.source or '')}</td></tr>"
                )
            out.append("</table>")
    return out + _flag_advice(flags, lang)


def _flag_advice(flags: list[Flag], lang: str) -> list[str]:
    """Each code shown once, with how many flags carry it, why it matters and what to do (its declaration)."""
    first: dict[str, Flag] = {}
    count: dict[str, int] = defaultdict(int)
    for f in flags:
        first.setdefault(f.code, f)
        count[f.code] += 1
    if not first:
        return []

    def t(key: str) -> str:
        return escape(msg(key, lang))

    out = [
        f'<h3>{t("flag_advice_title")}</h3><table class="advice"><tr><th>{t("col_code")}</th>'
        f"<th>{t('col_count')}</th><th>{t('col_motivation')}</th><th>{t('col_remediation')}</th></tr>"
    ]
    for code, f in first.items():
        out.append(
            f"<tr><td><code>{escape(code)}</code></td><td class=num>{count[code]}</td>"
            f"<td>{escape(f.motivation)}</td><td>{escape(f.remediation)}</td></tr>"
        )
    out.append("</table>")
    return out
