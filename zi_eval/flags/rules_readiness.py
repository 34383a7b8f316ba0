"""Flags about the readiness verdict itself: what a stricter reading of a criterion would decide."""

from __future__ import annotations

from collections.abc import Iterator

from zi_eval.flags.declare import Hit, flag
from zi_eval.flags.subject import Subject
from zi_eval.scoring.engine import matrix
from zi_eval.scoring.readiness import aspect_shortfalls

#: The aspects' names as the LKE writes them (the same in both languages).
ASPECT_NAMES = {"pemenuhan": "Pemenuhan", "reform": "Reform"}


@flag(
    "AREA_ASPECT_BELOW_THRESHOLD",
    "warning",
    "run",
    message=(
        "Area {area}: {aspect} {percent}% di bawah {threshold}% ({predicate}), walau area itu memenuhi secara "
        "gabungan ({area_percent}%): bila ambang per area diterapkan per aspek (seperti aplikasi BPS), "
        "{predicate} belum terpenuhi.",
        "Area {area}: {aspect} {percent}% is below {threshold}% ({predicate}), though the area meets it "
        "combined ({area_percent}%): where the per-area threshold is applied to each aspect (as BPS's "
        "application does), {predicate} is not met.",
    ),
    motivation=(
        "PermenPAN-RB 90/2021 meminta nilai tiap area pengungkit minimal 60% (WBK) atau 75% (WBBM); mesin ini "
        "menilainya per area gabungan (Pemenuhan + Reform), tafsiran utama. Sebagian evaluator menilai "
        "Pemenuhan dan Reform masing-masing, yang lebih ketat.",
        "PermenPAN-RB 90/2021 asks each enabler area to score at least 60% (WBK) or 75% (WBBM); this engine "
        "judges the area as a whole (Pemenuhan + Reform), the main reading. Some evaluators judge Pemenuhan "
        "and Reform each on its own, which is stricter.",
    ),
    remediation=(
        "Naikkan nilai aspek ini di area tersebut (lihat butirnya yang belum penuh) agar memenuhi kedua tafsiran.",
        "Raise this aspect's score in that area (see its items not at full value) so that both readings are met.",
    ),
)
def area_aspect_below_threshold(s: Subject) -> Iterator[Hit]:
    ev = s.ev
    if ev is None:
        return
    agg, m = ev.scores.arrays, matrix(s.rubric)
    for pred in s.rubric.predicates:
        for a in aspect_shortfalls(pred, agg, m):
            if a.short[0]:
                yield Hit(
                    area=a.area,
                    args={
                        "aspect": ASPECT_NAMES.get(a.aspect, a.aspect),
                        "percent": f"{float(a.percent[0]):.2f}",
                        "threshold": f"{a.threshold:g}",
                        "predicate": pred.id,
                        "area_percent": f"{float(a.area_percent[0]):.2f}",
                    },
                )


READINESS_RULES = (area_aspect_below_threshold,)
