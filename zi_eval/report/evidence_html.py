"""The report's evidence in HTML: titles as links beside items and activities, coverage, gaps.

Every text and every link target is escaped; a link is made only from an http(s) URL or a
percent-encoded relative path (see :mod:`zi_eval.report.evidence_links`), so no record can
inject markup or a script URL.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from zi_eval.flags.derive import Flag
from zi_eval.messages import msg
from zi_eval.report import frames as F
from zi_eval.report.evidence_links import EvidenceLink, links_for
from zi_eval.report.evidence_view import (
    activities_without_evidence,
    evidence_flags,
    evidence_months_frame,
    items_without_evidence,
)
from zi_eval.report.result_text import remediation
from zi_eval.scoring.engine import Evaluation

#: More records than this beside one item or activity fold into a ``<details>``.
FOLD_AFTER = 3

CSS = """
ul.ev{margin:0;padding-left:1.1em}ul.ev li{margin:0}
td.ev,td.q,td.why{overflow-wrap:anywhere}
table.items{table-layout:fixed}
table.items col.code{width:6.5em}table.items col.ans{width:5.5em}table.items col.pts{width:7.5em}
table.items col.out{width:7em}table.items col.why{width:18%}table.items col.ev{width:24%}
.ev-missing{color:#a33a00}del{text-decoration-thickness:2px}
details summary{cursor:pointer;color:#0072B2}
table.cov .num{text-align:center}section.gaps h3{font-size:1.02em;margin:14px 0 6px}
td.cov-none{background:#fbeee6;font-weight:bold}td.cov-part{background:#fff6d6}
@media print{details::details-content{content-visibility:visible;display:block}details summary{display:none}}
td.cov-full{background:#e9f7f2}td.cov-future{color:#777;font-style:italic;background:#f2f2f2}
"""


def evidence_cell(links: list[EvidenceLink], lang: str) -> str:
    """The evidence of one item or activity: a list of titles as links, folded when long; ``—`` if none."""
    if not links:
        return "—"
    lis = "".join(f"<li>{_one(x, lang)}</li>" for x in links)
    if len(links) <= FOLD_AFTER:
        return f'<ul class="ev">{lis}</ul>'
    return (
        f"<details><summary>{escape(msg('ev_folded', lang, n=len(links)))}</summary>"
        f'<ul class="ev">{lis}</ul></details>'
    )


def _one(x: EvidenceLink, lang: str) -> str:
    if x.unknown:
        return f'<span class="ev-missing">{escape(msg("ev_unknown_id", lang, id=x.id))}</span>'
    title = escape(x.title)
    if not x.exists:
        note = escape(msg("ev_missing_file", lang, path=x.path or ""))
        return f'<del title="{escape(x.id)}">{title}</del> <small class="ev-missing">({note})</small>'
    if x.href is None:
        return f'<span title="{escape(x.id)}">{title}</span>'
    return f'<a href="{escape(x.href, quote=True)}" title="{escape(x.id)}">{title}</a>'


def coverage_section(ev: Evaluation, lang: str) -> list[str]:
    """Per ZI area × month: activities with evidence / activities scheduled; items answered and evidenced."""
    months = evidence_months_frame(ev)
    per_area = F.coverage_frame(ev).set_index("id")
    head = "".join(f"<th>{escape(msg(f'month_{m}', lang))}</th>" for m in range(1, 13))
    out = [
        f"<h2>{escape(msg('ev_cov_title', lang))}</h2>",
        f"<p><small>{escape(msg('ev_cov_explain', lang))}",
    ]
    if ev.as_of:
        out[-1] += " " + escape(msg("ev_cov_as_of", lang, as_of=f"{ev.as_of[0]:04d}-{ev.as_of[1]:02d}"))
    out[-1] += "</small></p>"
    out.append(
        f'<table class="cov"><tr><th>{escape(msg("col_area", lang))}</th>{head}'
        f"<th>{escape(msg('ev_cov_answered', lang))}</th><th>{escape(msg('ev_cov_items_ev', lang))}</th></tr>"
    )
    for area_id, rows in months.groupby("area", sort=False):
        cells = "".join(_cov_cell(int(r.planned), int(r.evidenced), r.due) for r in rows.itertuples())
        a = per_area.loc[area_id]
        out.append(
            f"<tr><td>{escape(str(rows['name'].iloc[0]))}</td>{cells}"
            f'<td class="num">{int(a["answered_items"])}</td><td class="num">{int(a["items_with_evidence"])}</td></tr>'
        )
    sums = months.groupby("month", sort=True)[["planned", "evidenced"]].sum()
    dues = months.groupby("month", sort=True)["due"].first()
    cells = "".join(
        _cov_cell(int(sums.loc[m, "planned"]), int(sums.loc[m, "evidenced"]), dues.loc[m])
        for m in range(1, 13)
    )
    out.append(
        f"<tr><th>{escape(msg('ev_cov_total', lang))}</th>{cells}"
        f'<th class="num">{int(per_area["answered_items"].sum())}</th>'
        f'<th class="num">{int(per_area["items_with_evidence"].sum())}</th></tr></table>'
    )
    return out


def _cov_cell(planned: int, evidenced: int, due: object) -> str:
    if planned == 0:
        return '<td class="num">—</td>'
    # ``due`` is None without --as-of; pandas may hand a NaN or a numpy bool
    if due is not None and not pd.isna(due) and not due:
        cls = "cov-future"
    else:
        cls = "cov-none" if evidenced == 0 else "cov-full" if evidenced == planned else "cov-part"
    return f'<td class="num {cls}">{evidenced}/{planned}</td>'


def gaps_section(
    ev: Evaluation,
    flags: list[Flag],
    lang: str,
    known: dict[str, EvidenceLink] | None = None,
    cited: dict[str, list[str]] | None = None,
) -> list[str]:
    """Items answered without evidence, activities (due) without evidence, and the ``EVIDENCE_*`` findings.

    ``cited`` (item code → record ids, counting records whose file is gone) with ``known`` (their
    links) adds what an item cited that does not count, struck through, beside it.
    """
    names = {a.id: a.name for a in ev.rubric.areas}

    def t(key: str, **kw: object) -> str:
        return escape(msg(key, lang, **kw))

    def hint(code: str) -> str:  # the rubric's remediation hint for the item
        return remediation(ev.rubric, code, lang)

    out = [f'<section class="gaps"><h2>{t("ev_gaps_title")}</h2>']
    items = items_without_evidence(ev)
    out.append(f"<h3>{t('ev_gaps_items', n=len(items))}</h3>")
    if len(items):
        out.append(
            f"<table><tr><th>{t('html_code')}</th><th>{t('col_area')}</th><th>{t('html_question')}</th>"
            f"<th>{t('html_answer')}</th><th>{t('html_points')}</th><th>{t('html_evidence')}</th></tr>"
        )
        for r in items.itertuples():
            gone = links_for((cited or {}).get(r.code, []), known or {})
            out.append(
                f"<tr><td><code>{escape(r.code)}</code></td><td>{escape(names.get(r.area, r.area))}</td>"
                f'<td class="q">{escape(r.question)}<br><small>→ {escape(hint(r.code))}</small></td>'
                f"<td>{escape(str(r.answer))}</td>"
                f'<td class="num">{r.points:.3f} / {r.max_points:.3f}</td>'
                f'<td class="ev">{evidence_cell(gone, lang)}</td></tr>'
            )
        out.append("</table>")
    else:
        out.append(f"<p>{t('ev_gaps_none')}</p>")
    acts = activities_without_evidence(ev)
    out.append(f"<h3>{t('ev_gaps_acts_due' if ev.as_of else 'ev_gaps_acts_planned', n=len(acts))}</h3>")
    if len(acts):
        out.append(
            f"<table><tr><th>{t('html_activity')}</th><th>{t('col_area')}</th><th>{t('ev_months')}</th></tr>"
        )
        for r in acts.itertuples():
            months = ", ".join(msg(f"month_{m}", lang) for m in r.months)
            # pandas turns a missing area into NaN: test for text, not truth
            area = names.get(r.area, r.area) if isinstance(r.area, str) else msg("html_no_area", lang)
            out.append(
                f"<tr><td><code>{escape(r.activity)}</code> {escape(r.kegiatan)}</td>"
                f"<td>{escape(area)}</td><td>{escape(months)}</td></tr>"
            )
        out.append("</table>")
    else:
        out.append(f"<p>{t('ev_gaps_none')}</p>")
    found = evidence_flags(flags)
    out.append(f"<h3>{t('ev_gaps_flags', n=len(found))}</h3>")
    if found:
        out.append(
            f"<table><tr><th>{t('col_code')}</th><th>{t('col_message')}</th><th>{t('col_source')}</th></tr>"
        )
        for f in found:
            out.append(
                f'<tr><td><code>{escape(f.code)}</code></td><td class="why">{escape(f.message)}</td>'
                f'<td class="why">{escape(f.source or "")}</td></tr>'
            )
        out.append("</table>")
    else:
        out.append(f"<p>{t('ev_gaps_none')}</p>")
    out.append("</section>")
    return out
