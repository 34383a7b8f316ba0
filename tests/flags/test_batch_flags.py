"""Flag counts of a batch (profiles + arrays) equal derive_flags on each unit, in every mode and as-of."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_eval as zi
from zi_eval.flags import derive_flags
from zi_eval.flags.catalogue import SEVERITIES
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, LkeLink, Substep, Unit, UnitInfo
from zi_eval.scoring.engine import evaluate_unit

RUBRIC = zi.load_rubric()
PENGUNGKIT = [c for c, f in RUBRIC.items.items() if f.component == "pengungkit"]
POOL = PENGUNGKIT[:15]  # a small pool, so plans, answers and evidence meet on the same items
ZI = [a.id for a in RUBRIC.zi_areas]
TEXTS = ["Penerapan SPIP", "Sosialisasi zona integritas", "Penyusunan SOP", "Survei kepuasan", "Rapat", None]
_months = st.lists(st.integers(1, 12), max_size=4).map(tuple)


@st.composite
def rich_units(draw: st.DrawFn, index: int) -> Unit:
    """Units that reach every flag rule: sub-steps, SPIP texts, evidence by months or date, odd answers."""
    n_acts = draw(st.integers(0, 5))
    acts = []
    for i in range(n_acts):
        substeps = tuple(
            Substep(
                label=chr(97 + j),
                text=draw(st.sampled_from(["lingkungan pengendalian", "penilaian risiko", "x"])),
                months=draw(_months),
            )
            for j in range(draw(st.integers(0, 3)))
        )
        acts.append(
            Activity(
                id=f"a{i}",
                ra_area=draw(st.sampled_from(["RA-1", "RA-2"])),
                area=draw(st.sampled_from([*ZI, None])),
                kegiatan=draw(st.sampled_from(TEXTS)),
                sub_kegiatan=draw(st.sampled_from(TEXTS)),
                months=draw(_months),
                substeps=substeps,
                lke=tuple(
                    LkeLink(code=c) for c in draw(st.lists(st.sampled_from(POOL), max_size=2, unique=True))
                ),
            )
        )
    targets = [a.id for a in acts] + POOL
    evidence = tuple(
        Evidence(
            id=f"e{j}",
            title="bukti",
            months=draw(_months),
            date=draw(st.none() | st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31))),
            supports=tuple(draw(st.lists(st.sampled_from(targets), max_size=3, unique=True))),
        )
        for j in range(draw(st.integers(0, 4)))
    )
    ev_ids = [e.id for e in evidence]
    answers = {}
    for code in draw(st.lists(st.sampled_from(POOL), max_size=12, unique=True)):
        item = RUBRIC.items[code].item
        refs = tuple(draw(st.lists(st.sampled_from(ev_ids), max_size=1))) if ev_ids else ()
        if item.options is not None:
            label = draw(
                st.sampled_from([*sorted(item.options), "tidak-ada"])
            )  # a bad option is shown, not valued
            answers[code] = Answer(answer=label, evidence=refs)
        else:
            counts = {i.id: draw(st.integers(0, 5)) for i in item.inputs if draw(st.booleans())}
            answers[code] = Answer(counts=counts, evidence=refs)
    return Unit(
        unit=UnitInfo(id=f"u{index}", name=f"U{index}", year=draw(st.sampled_from([2024, 2025, 2026]))),
        activities=tuple(acts),
        evidence=evidence,
        answers=answers,
        hasil=Hasil(ipak=draw(st.none() | st.just(3.0)), evidence=tuple(ev_ids[:1])),
    )


@settings(max_examples=60)
@given(
    st.integers(1, 5).flatmap(lambda n: st.tuples(*(rich_units(i) for i in range(n)))),
    st.sampled_from(["claimed", "evidenced", "projected"]),
    st.sampled_from([None, (2024, 12), (2025, 1), (2025, 6), (2025, 12), (2026, 3)]),
)
def test_batch_flag_counts_equal_derive_flags(
    units: tuple[Unit, ...], mode: str, as_of: tuple[int, int] | None
) -> None:
    table = zi.evaluate_many(list(units), RUBRIC, mode=mode, as_of=as_of, flags=True)
    for row, unit in zip(table.to_dict("records"), units, strict=True):
        counts = Counter(
            f.severity for f in derive_flags(evaluate_unit(unit, RUBRIC, mode=mode, as_of=as_of))
        )
        assert {s: row[f"flags_{s}"] for s in SEVERITIES} == {s: counts[s] for s in SEVERITIES}


def test_the_example_plans_count_the_same_flags() -> None:
    from tests.conftest import ROOT

    paths = sorted((ROOT / "plans").glob("*.yaml"))
    table = zi.evaluate_many(paths, RUBRIC, as_of="2025-06", flags=True)
    for row, path in zip(table.to_dict("records"), paths, strict=True):
        ev = zi.evaluate(zi.load_unit(path, RUBRIC), RUBRIC, as_of="2025-06")
        counts = Counter(f.severity for f in ev.flag_list)
        assert all(row[f"flags_{s}"] == counts[s] for s in SEVERITIES), path.name
        assert sum(counts.values()) > 0


def test_flag_counts_need_profiles() -> None:
    from tests.conftest import ROOT

    batch = zi.load_batch([ROOT / "plans" / "pn-contoh-2025.yaml"], RUBRIC, flags=False)
    with pytest.raises(ValueError, match="flag profiles"):
        zi.evaluate_many(batch, flags=True)
