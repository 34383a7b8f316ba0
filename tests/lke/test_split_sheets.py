"""An LKE cut into sheets (Pengungkit | Hasil, Pemenuhan | Reform | Hasil): read whole.

Units cut the LKE into a sheet per component or aspect. Only the sheet matching most items was read:
Reform and Hasil were unanswered (the ITEM_MISSING findings said so, but the score lost up to half
its points, exit 0). Now every visible sheet holding items no sheet before it holds is read with it,
its evidence records kept apart by its name, and the join said (IMPORT_WORKBOOK_SHEETS_JOINED).
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

import zi_eval as zi
from tests.lke.shapes import Shape, full_unit, render, write_xlsx
from zi_eval.errors import InputError
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric

HEAD = 4  # two title lines, a blank row, the header


def _parts(rubric: Rubric, cuts: tuple[str, ...]) -> tuple[list[list[list[object]]], dict[str, int]]:
    """The official sheet's rows cut before the first row of each prefix in ``cuts`` ("R.", "H."),
    each part after the first under a copy of the title and header."""
    shape = replace(
        Shape(),
        evidence={
            "P.1.i.a": "https://drive.example.go.id/sk-tim",
            "R.1.i.a": "https://drive.example.go.id/agen",
        },
    )
    rows, where = render(full_unit(rubric, pick=1), rubric, shape)
    at = [min(r for c, r in where.items() if c.startswith(p)) - 1 for p in cuts]
    bounds = [0, *at, len(rows)]
    parts = [
        rows[a:b] if k == 0 else rows[:HEAD] + rows[a:b]
        for k, (a, b) in enumerate(itertools.pairwise(bounds))
    ]
    return parts, where


@pytest.mark.parametrize(
    ("names", "cuts"),
    [(("Pengungkit", "Hasil"), ("H.",)), (("Pemenuhan", "Reform", "Hasil"), ("R.", "H."))],
)
def test_an_lke_cut_into_sheets_is_read_whole(
    tmp_path: Path, rubric: Rubric, names: tuple[str, ...], cuts: tuple[str, ...]
) -> None:
    parts, _ = _parts(rubric, cuts)
    write_xlsx(tmp_path / "lke.xlsx", dict(zip(names, parts, strict=True)))
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    want = full_unit(rubric, pick=1)
    assert {c: (a.answer, dict(a.counts)) for c, a in wb.unit.answers.items()} == {
        c: (a.answer, dict(a.counts)) for c, a in want.answers.items()
    }
    assert (wb.unit.hasil.ipak, wb.unit.hasil.ipkp, wb.unit.hasil.capaian_kinerja) == (
        want.hasil.ipak,
        want.hasil.ipkp,
        want.hasil.capaian_kinerja,
    )
    assert wb.missing == [] and wb.more_sheets == list(names[1:])
    codes = [f["code"] for f in wb.findings()]
    assert "IMPORT_WORKBOOK_ITEM_MISSING" not in codes and "IMPORT_WORKBOOK_SHEETS_JOINED" in codes
    # each sheet's evidence is kept, under an id of its own, and its answer names it
    ids = [e.id for e in wb.unit.evidence]
    assert len(ids) == len(set(ids)) == 2
    for code in ("P.1.i.a", "R.1.i.a"):
        (eid,) = wb.unit.answers[code].evidence
        assert next(e for e in wb.unit.evidence if e.id == eid).supports == (code,)
    # scored as the whole sheet is
    whole = tmp_path / "whole.xlsx"
    write_xlsx(whole, {"LKE": [r for k, p in enumerate(parts) for r in (p if k == 0 else p[HEAD:])]})
    for mode in ("claimed", "evidenced"):
        assert zi.evaluate(tmp_path / "lke.xlsx", mode=mode).total == pytest.approx(
            zi.evaluate(whole, mode=mode).total
        )


def test_a_copy_of_a_part_is_no_part_and_too_little_is_refused(tmp_path: Path, rubric: Rubric) -> None:
    """A second copy of the Hasil sheet adds nothing; Reform and Hasil alone (no Pemenuhan) are refused."""
    (pem, ref, has), _ = _parts(rubric, ("R.", "H."))
    write_xlsx(tmp_path / "lke.xlsx", {"Pemenuhan": pem, "Reform": ref, "Hasil": has, "Hasil (2)": has})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.more_sheets == ["Reform", "Hasil"]
    # the sheet not read is said (a revised part, last year's copy: a person must know which was scored)
    (said,) = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_SHEET_CHOSEN"]
    assert said["what"] == "Hasil (2)"
    write_xlsx(tmp_path / "part.xlsx", {"Reform": ref, "Hasil": has})
    with pytest.raises(InputError):
        read_lke_workbook(tmp_path / "part.xlsx", rubric)


def _cut(rubric: Rubric, pick: int, year: int, cuts: tuple[str, ...]) -> list[list[list[object]]]:
    """The LKE of ``year`` (answers ``pick``) cut before each prefix of ``cuts``."""
    shape = replace(
        Shape(), title=("LEMBAR KERJA EVALUASI ZONA INTEGRITAS", f"Unit: Kantor Uji Coba — Tahun {year}")
    )
    rows, where = render(full_unit(rubric, pick=pick, year=year), rubric, shape)
    at = [min(r for c, r in where.items() if c.startswith(p)) - 1 for p in cuts]
    bounds = [0, *at, len(rows)]
    return [
        rows[a:b] if k == 0 else rows[:HEAD] + rows[a:b]
        for k, (a, b) in enumerate(itertools.pairwise(bounds))
    ]


def _answers(wb: object) -> dict[str, object]:
    return {c: (a.answer, dict(a.counts)) for c, a in wb.unit.answers.items()}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "layout",
    [
        ["Pengungkit", "Hasil", "LKE 2024"],  # last year's whole copy kept beside the cut
        ["LKE 2024", "Pengungkit", "Hasil"],
        ["Pengungkit 2025", "Pengungkit 2024", "Hasil 2024", "Hasil 2025"],
        ["Pengungkit", "Hasil", "Pengungkit 2024"],
    ],
)
def test_last_years_sheets_beside_a_cut_lke_are_not_read(
    tmp_path: Path, rubric: Rubric, layout: list[str]
) -> None:
    """A sheet naming a year outranked this year's sheets naming none ("LKE 2024" beside "Pengungkit |
    Hasil"), and a part of last year was joined by tab order: a sheet's year is its name's, else its
    title's, and only parts of the year read are joined."""
    new, old = _cut(rubric, 1, 2025, ("H.",)), _cut(rubric, 2, 2024, ("H.",))
    whole_old = [r for k, p in enumerate(old) for r in (p if k == 0 else p[HEAD:])]
    sheets = {
        "Pengungkit": new[0],
        "Hasil": new[1],
        "LKE 2024": whole_old,
        "Pengungkit 2025": new[0],
        "Hasil 2025": new[1],
        "Pengungkit 2024": old[0],
        "Hasil 2024": old[1],
    }
    write_xlsx(tmp_path / "lke.xlsx", {name: sheets[name] for name in layout})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.unit.year == 2025 and wb.missing == []
    assert _answers(wb) == {
        c: (a.answer, dict(a.counts)) for c, a in full_unit(rubric, pick=1).answers.items()
    }
    assert wb.unit.hasil.capaian_kinerja == full_unit(rubric, pick=1).hasil.capaian_kinerja


def test_a_part_repeating_a_few_rows_of_the_sheet_before_is_read(tmp_path: Path, rubric: Rubric) -> None:
    """The Reform sheet repeating the last Pemenuhan items above its own was dropped (23 of 27 new)."""
    pem, ref, has = _cut(rubric, 1, 2025, ("R.", "H."))
    ref = ref[:HEAD] + pem[-8:] + ref[HEAD:]
    write_xlsx(tmp_path / "lke.xlsx", {"Pemenuhan": pem, "Reform": ref, "Hasil": has})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.missing == [] and wb.more_sheets == ["Reform", "Hasil"]
    assert _answers(wb) == {
        c: (a.answer, dict(a.counts)) for c, a in full_unit(rubric, pick=1).answers.items()
    }


def test_a_part_whose_title_names_no_year_takes_the_units(tmp_path: Path, rubric: Rubric) -> None:
    """A Hasil sheet without a title block was refused: every sheet read had to name the year."""
    peng, has = _cut(rubric, 1, 2025, ("H.",))
    has = [[None] * len(has[0])] * (HEAD - 1) + has[HEAD - 1 :]
    write_xlsx(tmp_path / "lke.xlsx", {"Pengungkit": peng, "Hasil": has})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.unit.year == 2025 and wb.missing == [] and wb.unit.hasil.ipak == 3.62


def test_a_part_under_a_long_sheet_name_keeps_its_evidence_ids_short(rubric: Rubric) -> None:
    """An .ods sheet's name may be long: its evidence ids, prefixed with it, went past the 120 characters
    an id may hold, and the import stopped (exit 4)."""
    from zi_eval.lke.reader import _joined
    from zi_eval.models.unit import Answer, Evidence

    def unit(code: str) -> zi.Unit:
        one = full_unit(rubric, pick=1)
        ev = Evidence(id="wb-12-14", title="SK", supports=(code,))
        return one.model_copy(
            update={"evidence": (ev,), "answers": {code: Answer(answer="Ya", evidence=(ev.id,))}}
        )

    long = "Lembar Kerja Evaluasi Zona Integritas Komponen Hasil dan Reform " * 2
    joined = _joined([unit("P.1.i.a"), unit("R.1.i.a"), unit("H.I.b")], ["LKE", long, long + "2"])
    ids = [e.id for e in joined.evidence]
    assert len(set(ids)) == 3 and all(len(i) <= 120 for i in ids)
    assert [joined.answers[c].evidence for c in ("R.1.i.a", "H.I.b")] == [(ids[1],), (ids[2],)]


def test_rows_a_part_repeats_keep_one_record_of_their_evidence(tmp_path: Path, rubric: Rubric) -> None:
    """The records of the repeated rows came from both sheets: one document counted twice."""
    from collections import Counter

    parts, where = _parts(rubric, ("R.", "H."))
    pem, ref, has = parts
    repeated = [c for c, r in where.items() if r >= len(pem) - 3 and c.startswith("P.")]
    shape = replace(Shape(), evidence={c: f"https://drive.example.go.id/{c}" for c in [*repeated, "R.1.i.a"]})
    rows, _ = render(full_unit(rubric, pick=1), rubric, shape)
    pem, ref = (
        rows[: len(pem)],
        rows[:HEAD] + rows[len(pem) - 3 : len(pem)] + rows[len(pem) : len(pem) + len(ref) - HEAD],
    )
    write_xlsx(tmp_path / "lke.xlsx", {"Pemenuhan": pem, "Reform": ref, "Hasil": has})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.more_sheets == ["Reform", "Hasil"] and repeated
    supports = Counter(c for e in wb.unit.evidence for c in e.supports)
    assert {c: supports[c] for c in [*repeated, "R.1.i.a"]} == dict.fromkeys([*repeated, "R.1.i.a"], 1)
    # every answer's evidence names a record that is there
    ids = {e.id for e in wb.unit.evidence}
    assert all(i in ids for a in wb.unit.answers.values() for i in a.evidence)


@pytest.mark.parametrize(
    ("answer", "value"), [("Nilai Unit", "Nilai Tertimbang"), ("Nilai", "Nilai Tertimbang")]
)
def test_a_hasil_sheet_whose_answers_stand_under_nilai_is_read(
    tmp_path: Path, rubric: Rubric, answer: str, value: str
) -> None:
    """No column headed Jawaban, two headed Nilai: the one that is not the weighted value holds the
    answers. The sheet was not read (40 points of Hasil lost) and its items were said to have no row."""
    (pengungkit, hasil), _ = _parts(rubric, ("H.",))
    head = list(hasil[HEAD - 1])
    at_answer, at_value = head.index("Jawaban"), head.index("Nilai")
    head[at_answer], head[at_value] = answer, value
    hasil = [*hasil[: HEAD - 1], head, *hasil[HEAD:]]
    write_xlsx(tmp_path / "lke.xlsx", {"Pengungkit": pengungkit, "Hasil": hasil})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    want = full_unit(rubric, pick=1).hasil
    assert (wb.unit.hasil.ipak, wb.unit.hasil.ipkp, wb.unit.hasil.capaian_kinerja) == (
        want.ipak,
        want.ipkp,
        want.capaian_kinerja,
    )
    assert wb.missing == [] and wb.more_sheets == ["Hasil"]
