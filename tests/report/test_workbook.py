"""The exported LKE workbook: live formulas recomputed by an independent engine, round trip, safety."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.builders import make_unit, with_answers
from zi_eval.cli import main
from zi_eval.flags import derive_flags
from zi_eval.lke.layout import COL, FIRST_ROW, SHEET, entities
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, Unit
from zi_eval.report.workbook import write_lke_workbook
from zi_eval.scoring.engine import Evaluation, evaluate_unit


def _answer_sets(rubric: Rubric) -> list[tuple[str, Unit]]:
    full = make_unit(rubric)
    mixed = with_answers(
        full,
        P_1_i_b=Answer(answer="B", evidence=("e-all",)),
        P_1_iii_a=Answer(answer="c", evidence=("e-all",)),
        P_2_i_b=Answer(answer="D"),  # no evidence: 0 in evidenced mode
        R_5_ii=Answer(
            counts={"jumlah_pengaduan_harus_ditindaklanjuti": 0, "jumlah_pengaduan_selesai": 0},
            evidence=("e-all",),
        ),
        R_3_iii_a=Answer(
            counts={"jumlah_pelanggaran_tahun_lalu": 8, "jumlah_pelanggaran_tahun_ini": 6},
            evidence=("e-all",),
        ),
        R_4_i=Answer(counts={"jumlah_sasaran_kinerja": 7}, evidence=("e-all",)),  # incomplete counts
    ).model_copy(update={"hasil": Hasil(ipak=3.1, ipkp=2.75, capaian_kinerja="C", evidence=("e-all",))})
    sparse = make_unit(
        rubric,
        answers={
            "P.1.i.a": Answer(answer="Ya", evidence=("e-all",)),
            "R.1.i.a": Answer(counts={"jumlah_agen_perubahan": 3, "jumlah_perubahan_dibuat": 2}),
        },
        hasil=Hasil(ipak=3.9),
    )
    return [("full", full), ("mixed", mixed), ("sparse", sparse)]


def _aggregate_rows(rubric: Rubric) -> dict[str, int]:
    return {
        f"{e.kind}:{e.key}": FIRST_ROW + i
        for i, e in enumerate(entities(rubric))
        if e.kind in ("indicator", "area", "aspect", "component", "total")
    }


def _expected(ev: Evaluation, key: str) -> float:
    kind, _, ref = key.partition(":")
    s = ev.scores
    if kind == "indicator":
        return s.indicators[ref]
    if kind == "area":
        a, _, asp = ref.partition("/")
        return s.area_aspect[(a, asp)]
    if kind == "aspect":
        return sum(v for (_, asp), v in s.area_aspect.items() if asp == ref.partition("/")[2])
    if kind == "component":
        return s.components[ref]
    return s.total


@pytest.mark.parametrize("mode", ["evidenced", "claimed"])
def test_independent_recalculation_matches_engine(rubric: Rubric, tmp_path: Path, mode: str) -> None:
    import formulas

    rows = _aggregate_rows(rubric)
    for name, unit in _answer_sets(rubric):
        ev = evaluate_unit(unit, rubric, mode=mode)
        f = tmp_path / f"{name}-{mode}.xlsx"
        write_lke_workbook(ev, derive_flags(ev), f)
        solution = formulas.ExcelModel().loads(str(f)).finish().calculate()
        got = {}
        for cell, value in solution.items():
            if f"]{SHEET.upper()}'!L" in cell.upper():
                got[int(cell.upper().rsplit("!L", 1)[1])] = value.value[0][0]
        for key, row in rows.items():
            assert float(got[row]) == pytest.approx(_expected(ev, key), abs=1e-9), (name, key)
        assert float(got[rows["total:total"]]) == pytest.approx(ev.total, abs=1e-9)


def test_cached_values_equal_the_engine(rubric: Rubric, tmp_path: Path) -> None:
    _, unit = _answer_sets(rubric)[1]
    ev = evaluate_unit(unit, rubric)
    f = tmp_path / "x.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    ws = openpyxl.load_workbook(f, data_only=True)[SHEET]
    for key, row in _aggregate_rows(rubric).items():
        assert ws.cell(row, COL["value"]).value == pytest.approx(_expected(ev, key), abs=1e-12), key
    formulas_ws = openpyxl.load_workbook(f)[SHEET]
    total_row = _aggregate_rows(rubric)["total:total"]
    assert str(formulas_ws.cell(total_row, COL["value"]).value).startswith("=SUM(")
    ind_row = _aggregate_rows(rubric)["indicator:P.1.i"]
    assert str(formulas_ws.cell(ind_row, COL["value"]).value).startswith("=AVERAGE(")


@pytest.mark.parametrize("mode", ["evidenced", "claimed"])
def test_round_trip_through_evaluate(
    rubric: Rubric, tmp_path: Path, mode: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, unit in _answer_sets(rubric):
        ev = evaluate_unit(unit, rubric, mode=mode)
        f = tmp_path / f"{name}.xlsx"
        write_lke_workbook(ev, derive_flags(ev), f)
        assert main(["evaluate", str(f), "--mode", mode, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["total"] == pytest.approx(ev.total, abs=1e-9), name
        assert data["pengungkit"] == pytest.approx(ev.scores.components["pengungkit"], abs=1e-9)
        assert not [x for x in data["flags"] if x["code"].startswith("IMPORT_WORKBOOK")], name


def test_plan_and_flag_sheets_and_neutralised_cells(rubric: Rubric, tmp_path: Path) -> None:
    evil = ['=HYPERLINK("http://evil","klik")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]
    acts = tuple(
        Activity(
            id=f"a{i}",
            ra_area=t,
            area="manajemen-perubahan",
            kegiatan=t,
            sub_kegiatan=t,
            indicators=(t,),
            months=(i + 1,),
        )
        for i, t in enumerate(evil)
    )
    unit = make_unit(rubric, activities=acts).model_copy(
        update={"evidence": (Evidence(id="e-all", title=evil[0]),)}
    )
    ev = evaluate_unit(unit, rubric)
    f = tmp_path / "x.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    wb = openpyxl.load_workbook(f)
    assert wb.sheetnames == ["LKE ZI", "Unit", "Rencana Aksi", "Data Dukung", "Catatan Jawaban", "Temuan"]
    neutralised = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if isinstance(v, str) and cell.data_type == "s":
                    assert not v.startswith(("=", "+", "-", "@")), (ws.title, cell.coordinate, v)
                    neutralised += v in {"'" + e for e in evil}
    assert neutralised >= 4 * 4 + 1  # ra_area, kegiatan, sub, indicator of four activities, and the evidence
    plan = wb["Rencana Aksi"]
    assert plan.cell(2, 7).value == "✓"  # a0 in month 1
    flags = wb["Temuan"]
    assert flags.cell(1, 1).value == "code" and flags.max_row > 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (optional check)")
def test_libreoffice_recalculates_the_same_total(rubric: Rubric, tmp_path: Path) -> None:
    """Formulas only (openpyxl drops cached values), so LibreOffice has to calculate the total itself."""
    _, unit = _answer_sets(rubric)[1]
    ev = evaluate_unit(unit, rubric)
    f = tmp_path / "x.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    openpyxl.load_workbook(f).save(tmp_path / "plain.xlsx")
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
            str(tmp_path / "plain.xlsx"),
            "--outdir",
            str(tmp_path),
        ],
        capture_output=True,
        timeout=300,
    )
    rows = list(csv.reader((tmp_path / "plain-LKE ZI.csv").read_text(encoding="utf-8").splitlines()))
    total = next(r for r in rows if len(r) > 11 and r[6] == "NILAI EVALUASI ZONA INTEGRITAS")
    assert float(total[11]) == pytest.approx(ev.total, abs=1e-9)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (optional check)")
def test_libreoffice_scores_padded_answers_as_the_engine_does(rubric: Rubric, tmp_path: Path) -> None:
    """Issue 17 #18: the engine reads " ya " as Ya; a workbook formula comparing K to "Ya" would not, so
    the workbook holds the answer as the engine read it, and a recalculation gives the same total."""
    padded = {
        "P.1.i.a": " ya ",
        "P.1.i.b": "b\t",
        "P.1.iii.a": " C",
        "P.2.i.b": "\u00a0a\u00a0",
    }
    unit = make_unit(
        rubric,
        answers={code: Answer(answer=text, evidence=("e-all",)) for code, text in padded.items()},
        hasil=Hasil(ipak=3.0, evidence=("e-all",)),
    )
    ev = evaluate_unit(unit, rubric, mode="claimed")
    assert all(ev.scores.item(c).value for c in padded)  # the engine takes each
    f = tmp_path / "x.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    openpyxl.load_workbook(f).save(tmp_path / "plain.xlsx")  # formulas only: LibreOffice must compute
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
            str(tmp_path / "plain.xlsx"),
            "--outdir",
            str(tmp_path),
        ],
        capture_output=True,
        timeout=300,
    )
    rows = list(csv.reader((tmp_path / "plain-LKE ZI.csv").read_text(encoding="utf-8").splitlines()))
    total = next(r for r in rows if len(r) > 11 and r[6] == "NILAI EVALUASI ZONA INTEGRITAS")
    assert float(total[11]) == pytest.approx(ev.total, abs=1e-9) and ev.total > 0
