"""Units survive a dump and a load unchanged: ``load(dump(u)) == u``."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import DATA
from zi_eval.models.loading import load_rubric, load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.serialize import dump_unit, parse_unit
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, Substep, Unit, UnitInfo

RUBRIC = load_rubric()


def test_round_trip_of_the_good_fixture(rubric: Rubric) -> None:
    unit = load_unit(DATA / "good" / "good_minimal_unit.yaml", rubric)
    again = parse_unit(dump_unit(unit), "<dump>", rubric)
    assert again == unit


text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40)
months = st.lists(st.integers(1, 12), max_size=12).map(lambda m: tuple(sorted(set(m))))
ident = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
option_items = [c for c, f in RUBRIC.items.items() if f.item.options and f.component == "pengungkit"]


@st.composite
def units(draw: st.DrawFn) -> Unit:
    act_ids = draw(st.lists(ident, unique=True, max_size=5))
    acts = tuple(
        Activity(
            id=a,
            ra_area=draw(text),
            area=draw(st.sampled_from([None, "penataan-sdm", "pelayanan-publik"])),
            kegiatan=draw(st.none() | text),
            months=draw(months),
            substeps=tuple(
                Substep(label=lb, text=draw(text), months=draw(months))
                for lb in draw(st.lists(st.sampled_from("abc"), unique=True, max_size=2))
            ),
        )
        for a in act_ids
    )
    codes = draw(st.lists(st.sampled_from(option_items), unique=True, max_size=5))
    answers = {
        c: Answer(
            answer=draw(st.sampled_from(sorted(RUBRIC.items[c].item.options or {}))),
            note=draw(st.none() | text),
        )
        for c in codes
    }
    ev = tuple(
        Evidence(
            id=f"e{i}",
            title=draw(text),
            months=draw(months),
            date=draw(st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1))),
            supports=tuple(draw(st.lists(st.sampled_from(act_ids or ["P.1.i.a"]), unique=True))),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    return Unit(
        unit=UnitInfo(id=draw(ident), name=draw(text), year=draw(st.integers(2000, 2100))),
        activities=acts,
        evidence=ev,
        answers=answers,
        hasil=Hasil(
            ipak=draw(st.none() | st.floats(0, 4)), capaian_kinerja=draw(st.none() | st.sampled_from("ABCDE"))
        ),
    )


@given(units())
def test_round_trip_of_generated_units(unit: Unit) -> None:
    assert parse_unit(dump_unit(unit), "<dump>", RUBRIC) == unit
