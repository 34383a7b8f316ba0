"""`zi-eval template`: the official layout ready to fill in, validated, protected and read back directly."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.conftest import DATA, ROOT
from tests.libreoffice import soffice_convert
from zi_eval.cli import main
from zi_eval.lke.layout import COL, FIRST_ROW, SHEET, entities
from zi_eval.models.rubric import Rubric

PLAN = ROOT / "plans" / "pn-contoh-2025.yaml"


def _rows(rubric: Rubric) -> dict[str, int]:
    """Row of each item and count input ("CODE/input") in the official layout."""
    return {e.key: FIRST_ROW + i for i, e in enumerate(entities(rubric)) if e.kind in ("item", "input")}


def _validations(ws: Worksheet) -> dict[str, Any]:
    """Cell coordinate → its data validation."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            for row in ws.iter_rows(
                min_row=rng.min_row, max_row=rng.max_row, min_col=rng.min_col, max_col=rng.max_col
            ):
                for cell in row:
                    out[cell.coordinate] = dv
    return out


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    f = tmp_path_factory.mktemp("tpl") / "blank.xlsx"
    assert main(["template", str(PLAN), "-o", str(f), "--blank"]) == 0
    return f


def test_every_answer_cell_offers_exactly_the_item_s_options(rubric: Rubric, blank: Path) -> None:
    ws = openpyxl.load_workbook(blank)[SHEET]
    dvs = _validations(ws)
    rows = _rows(rubric)
    seen = 0
    for code, flat in rubric.items.items():
        cell = ws.cell(rows[code], COL["answer"])
        assert ws.cell(rows[code], COL["text"]).value == flat.item.question
        dv = dvs.get(cell.coordinate)
        if flat.item.options is not None:
            assert dv is not None and dv.type == "list", code
            assert dv.formula1.strip('"').split(",") == list(flat.item.options), code
            seen += 1
        elif flat.item.survey is not None:
            assert dv is not None and dv.type == "decimal", code
            assert dv.operator in (None, "between"), code  # OOXML's default operator is "between"
            assert (float(dv.formula1), float(dv.formula2)) == (flat.item.survey.min, flat.item.survey.max)
        else:  # a percentage item: its counts are entered below it, its own cell is a formula
            assert dv is None, code
            for inp in flat.item.inputs:
                count = dvs[ws.cell(rows[f"{code}/{inp.id}"], COL["answer"]).coordinate]
                assert count.type == "whole" and count.operator == "greaterThanOrEqual"
                assert count.formula1 == "0"
    assert seen == sum(1 for f in rubric.items.values() if f.item.options is not None)
    assert dvs[ws.cell(rows["H.I.b"], COL["answer"]).coordinate].formula1 == '"A,B,C,D,E"'
    ya = dvs[ws.cell(rows["P.1.i.a"], COL["answer"]).coordinate]
    assert ya.showErrorMessage and ya.error == "Pilih salah satu: Ya, Tidak."


def test_formulas_locked_answers_and_evidence_open(rubric: Rubric, blank: Path) -> None:
    wb = openpyxl.load_workbook(blank)
    ws = wb[SHEET]
    assert ws.protection.sheet and not ws.protection.password
    rows = _rows(rubric)
    for code in ("P.1.i.a", "R.1.i.a", "H.I.a", "H.I.b"):
        r = rows[code]
        # a percentage item is computed from its count rows: its own answer cell is no input
        answer_open = rubric.items[code].item.inputs == ()
        assert (ws.cell(r, COL["answer"]).protection.locked is False) == answer_open, code
        assert ws.cell(r, COL["evidence"]).protection.locked is False
        assert str(ws.cell(r, COL["value"]).value).startswith("=")
        assert ws.cell(r, COL["value"]).protection.locked is not False
        assert ws.cell(r, COL["percent"] if code[0] != "H" else COL["value"]).protection.locked is not False
    count_row = rows[f"R.1.i.a/{rubric.items['R.1.i.a'].item.inputs[0].id}"]
    assert ws.cell(count_row, COL["answer"]).protection.locked is False
    # the plan and evidence sheets stay editable, and the instructions come first
    assert wb.sheetnames[:2] == ["Petunjuk", SHEET]
    for name in ("Unit", "Rencana Aksi", "Data Dukung", "Catatan Jawaban"):
        assert not wb[name].protection.sheet


def test_instructions_follow_the_language(tmp_path: Path) -> None:
    f = tmp_path / "en.xlsx"
    assert main(["--lang", "en", "template", str(PLAN), "-o", str(f)]) == 0
    wb = openpyxl.load_workbook(f)
    assert wb.sheetnames[:2] == ["Instructions", SHEET]
    text = " ".join(str(c.value) for c in wb["Instructions"]["A"] if c.value)
    assert "drop-down" in text and "zi-eval merge" in text
    assert "Action Plan" in wb.sheetnames and "Evidence" in wb.sheetnames


def test_a_blank_template_reads_as_an_unanswered_unit(
    blank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["evaluate", str(blank), "--mode", "claimed", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 0.0
    assert {i["outcome"] for i in data["items"]} == {"unanswered"}
    assert data["unit"]["id"] == "pn-contoh-2025"
    assert not [f for f in data["flags"] if f["code"].startswith("IMPORT")]


def fill(rubric: Rubric, src: Path, dst: Path, seed: int) -> dict[str, Any]:
    """Fill a template as an assessor would in Excel (openpyxl keeps no cached values); return the answers."""
    rng = random.Random(seed)
    wb = openpyxl.load_workbook(src)
    ws = wb[SHEET]
    rows = _rows(rubric)
    given: dict[str, Any] = {}
    for code, flat in rubric.items.items():
        item = flat.item
        cell = ws.cell(rows[code], COL["answer"])
        if rng.random() < 0.15:
            continue  # left blank
        if item.options is not None:
            given[code] = cell.value = rng.choice(list(item.options))
        elif item.survey is not None:
            given[code] = cell.value = round(rng.uniform(item.survey.min, item.survey.max), 2)
        else:
            for inp in item.inputs:
                n = rng.randint(0, 12)
                ws.cell(rows[f"{code}/{inp.id}"], COL["answer"]).value = n
                given[f"{code}/{inp.id}"] = n
        if rng.random() < 0.5:
            ws.cell(rows[code], COL["evidence"]).value = f"https://drive.contoh.go.id/{code}"
    wb.save(dst)
    return given


def test_a_filled_template_is_read_directly_by_evaluate_and_report(
    rubric: Rubric, blank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = tmp_path / "filled.xlsx"
    given = fill(rubric, blank, filled, seed=7)
    capsys.readouterr()
    assert main(["evaluate", str(filled), "--mode", "claimed", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    answered = {c for c in given if "/" not in c} | {c.split("/")[0] for c in given if "/" in c}
    outcomes = {i["code"]: i["outcome"] for i in data["items"]}
    assert {c for c, o in outcomes.items() if o != "unanswered"} <= answered
    assert data["total"] > 0
    assert main(["report", str(filled), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "pn-contoh-2025-lke.xlsx").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (optional check)")
def test_libreoffice_recalculates_a_filled_template_to_the_engine_total(
    rubric: Rubric, blank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = tmp_path / "filled.xlsx"
    fill(rubric, blank, filled, seed=11)
    assert soffice_convert(filled, "xlsx", tmp_path / "lo") is not None
    ws = openpyxl.load_workbook(tmp_path / "lo" / "filled.xlsx", data_only=True)[SHEET]
    total_row = FIRST_ROW + len(entities(rubric)) - 1
    assert ws.cell(total_row, COL["text"]).value == "NILAI EVALUASI ZONA INTEGRITAS"
    capsys.readouterr()
    assert main(["evaluate", str(filled), "--mode", "claimed", "--format", "json"]) == 0
    total = json.loads(capsys.readouterr().out)["total"]
    assert total > 0
    assert float(ws.cell(total_row, COL["value"]).value) == pytest.approx(total, abs=1e-9)


def test_template_from_a_rencana_aksi_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "ra.xlsx"
    assert main(["template", str(DATA / "rencana-aksi-kpu-luwu-2025.txt"), "-o", str(f)]) == 0
    plan = openpyxl.load_workbook(f)["Rencana Aksi"]
    assert plan.max_row > 40  # the imported activities are in the template
    capsys.readouterr()
    assert main(["evaluate", str(f), "--mode", "projected", "--format", "json"]) == 0
    from_book = json.loads(capsys.readouterr().out)
    assert (
        main(
            [
                "evaluate",
                str(DATA / "rencana-aksi-kpu-luwu-2025.txt"),
                "--mode",
                "projected",
                "--format",
                "json",
            ]
        )
        == 0
    )
    from_doc = json.loads(capsys.readouterr().out)
    assert from_book["total"] == from_doc["total"]
    assert from_book["links"] == from_doc["links"]


def test_output_must_be_an_xlsx_file_and_is_never_half_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["template", str(PLAN), "-o", str(tmp_path)]) == 3
    assert "harus nama berkas untuk workbook (.xlsx); didapat sebuah folder" in capsys.readouterr().err
    assert main(["template", str(PLAN), "-o", str(tmp_path / "lke.csv")]) == 3
    keep = tmp_path / "keep.xlsx"
    keep.write_bytes(b"previous")
    bad = tmp_path / "bad.yaml"
    bad.write_text("unit: {id: x}\n", encoding="utf-8")
    assert main(["template", str(bad), "-o", str(keep)]) == 3
    assert keep.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "keep.xlsx"]


@pytest.mark.parametrize("mode", ["claimed", "evidenced", "projected"])
def test_a_template_with_the_unit_s_answers_evaluates_like_the_unit(
    tmp_path: Path, mode: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "answered.xlsx"
    assert main(["template", str(PLAN), "-o", str(f)]) == 0

    def evaluate(path: Path) -> dict[str, Any]:
        capsys.readouterr()
        assert main(["evaluate", str(path), "--mode", mode, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        data.pop("source")
        for flag in data["flags"]:
            flag.pop("source")
        return dict(data)

    from_book, from_yaml = evaluate(f), evaluate(PLAN)
    assert from_book["total"] > 0
    assert from_book == from_yaml
