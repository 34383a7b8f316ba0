"""Property: any answer set written into any plausible LKE layout reads back to the same answers."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.lke.shapes import HEADER_VARIANTS, Shape, render, write_csv, write_xlsx
from zi_eval.lke.layout import entities
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.loading import load_rubric
from zi_eval.models.unit import Answer, Hasil, Unit, UnitInfo

RUBRIC = load_rubric()
PENGUNGKIT = [c for c, f in RUBRIC.items.items() if f.item.hasil_field is None]
HASIL = {f.item.hasil_field: c for c, f in RUBRIC.items.items() if f.item.hasil_field is not None}
N_ROWS = len(entities(RUBRIC))
SHEETS = ["LKE ZI", "Sheet1", "LKE 2024", "Penilaian Mandiri", "Lembar Kerja Evaluasi", "TPI"]
NOISE = ["Catatan penilai", "Halaman 2 dari 5", "", "Keterangan: diisi oleh TPI", "(lanjutan)"]
EXTRA = ["value", "percent", "evidence", "catatan"]


@st.composite
def answer_sets(draw: st.DrawFn) -> Unit:
    answers = {}
    for code in draw(st.lists(st.sampled_from(PENGUNGKIT), unique=True, max_size=len(PENGUNGKIT))):
        item = RUBRIC.items[code].item
        if item.options is not None:
            answers[code] = Answer(answer=draw(st.sampled_from(sorted(item.options))))
        else:
            ids = [i.id for i in item.inputs]
            keep = draw(st.lists(st.sampled_from(ids), unique=True, min_size=1))
            answers[code] = Answer(counts={k: draw(st.integers(0, 250)) for k in keep})
    index = st.none() | st.integers(0, 400).map(lambda n: n / 100)
    hasil = Hasil(
        ipak=draw(index), ipkp=draw(index), capaian_kinerja=draw(st.none() | st.sampled_from("ABCDE"))
    )
    return Unit(unit=UnitInfo(id="u-2025", name="Kantor Uji", year=2025), answers=answers, hasil=hasil)


@st.composite
def shapes(draw: st.DrawFn) -> Shape:
    extra = draw(st.lists(st.sampled_from(EXTRA), unique=True))
    columns = ("bobot", "penjelasan", "type", "answer", *[c for c in EXTRA if c in extra])
    headers = {role: draw(st.sampled_from(words)) for role, words in HEADER_VARIANTS.items()}
    inserts = draw(st.dictionaries(st.integers(0, N_ROWS - 1), st.sampled_from(NOISE), max_size=12))
    return Shape(
        offset=draw(st.integers(0, 3)),
        columns=columns,
        headers=headers,
        two_row_header=draw(st.booleans()),
        sheet=draw(st.sampled_from(SHEETS)),
        delete=frozenset(draw(st.lists(st.sampled_from(list(RUBRIC.items)), unique=True, max_size=10))),
        inserts=inserts,
        case=draw(st.sampled_from(["as-is", "lower", "upper", "title"])),
        ya_as_digit=draw(st.booleans()),
        comma=draw(st.booleans()),
        official_hasil=draw(st.booleans()),
        official_lhk=draw(st.booleans()),
        codes=draw(st.booleans()),
        labels_in_text=draw(st.booleans()),
        lke_codes=draw(st.booleans()),
    )


@given(answer_sets(), shapes(), st.booleans(), st.sampled_from(["xlsx", "csv"]))
def test_answers_written_in_any_layout_read_back(
    unit: Unit, shape: Shape, notes_first: bool, kind: str
) -> None:
    rows, _ = render(unit, RUBRIC, shape)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"lke.{kind}"
        if kind == "csv":
            write_csv(path, rows)
        else:
            sheets = {"Petunjuk": [["Petunjuk pengisian LKE"]]} if notes_first else {}
            write_xlsx(path, {**sheets, shape.sheet: rows})
        wb = read_lke_workbook(path, RUBRIC)
    assert sorted(wb.missing) == sorted(shape.delete)
    assert wb.unit.answers == {c: a for c, a in unit.answers.items() if c not in shape.delete}
    expected = {f: getattr(unit.hasil, f) if c not in shape.delete else None for f, c in HASIL.items()}
    assert wb.unit.hasil == Hasil(**expected)
    codes = {f["code"] for f in wb.findings()}
    assert not codes & {
        "IMPORT_WORKBOOK_UNMATCHED",
        "IMPORT_WORKBOOK_BAD_ANSWER",
        "IMPORT_WORKBOOK_COUNT_SUM",
    }
