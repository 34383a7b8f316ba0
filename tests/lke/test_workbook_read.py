"""An LKE workbook in the official layout, built here from the reference CSV, read and scored."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import DATA
from zi_eval.cli import main
from zi_eval.models.rubric import Rubric
from zi_eval.sources import load_input

ROWS = list(csv.DictReader((DATA / "lke-items.csv").read_text(encoding="utf-8").splitlines()))
TYPE = {
    "YA_TIDAK": "Ya/Tidak",
    "ABC": "A/B/C",
    "ABCD": "A/B/C/D",
    "ABCDE": "A/B/C/D/E",
    "PERSEN": "%",
    "JUMLAH": "Jumlah",
    "NILAI_0_4": "Nilai (0-4)",
}
#: counts that make every percentage item 100% (numerator = sum of denominators)
SPECIAL = {"R.3.iii.a.in103": 0, "R.5.iii.a.in116": 15, "R.5.iii.b.in120": 15}


def build(
    path: Path,
    answers: dict[str, str],
    stored: dict[str, float] | None = None,
    j_override: dict[str, str] | None = None,
) -> dict[str, int]:
    """Write an LKE workbook; returns the row of each indicator and item code."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "LKE ZI"
    ws["B1"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS"
    ws["B2"] = "Unit: Kantor Uji Coba — Tahun 2025"
    ws.append([])
    ws.append(
        [
            None,
            "No",
            None,
            None,
            None,
            None,
            "Komponen",
            "Bobot",
            "Penjelasan",
            "Pilihan Jawaban",
            "Jawaban",
            "Nilai",
            "%",
            "Link Bukti",  # the evidence column is found by its header, never by its letter
        ]
    )
    where: dict[str, int] = {}
    last_ind = None
    for r in ROWS:
        if r["indicator_code"] != last_ind:
            last_ind = r["indicator_code"]
            ws.append(
                [
                    None,
                    None,
                    None,
                    None,
                    r["indicator_code"].split(".")[-1] + ".",
                    None,
                    r["indicator_name"],
                    float(r["indicator_weight"]),
                ]
            )
            where[last_ind] = ws.max_row
            if stored and last_ind in stored:
                ws.cell(ws.max_row, 12, stored[last_ind])
        code = r["item_code"]
        if r["answer_type"] == "JUMLAH":
            ans: object = SPECIAL.get(code, 5)
        else:
            ans = answers.get(code, "Ya" if r["answer_type"] == "YA_TIDAK" else "A")
        jtype = (j_override or {}).get(code, TYPE[r["answer_type"]])
        ws.append(
            [
                None,
                None,
                None,
                None,
                None,
                "-" if r["answer_type"] == "JUMLAH" else "a.",
                r["question"],
                None,
                None,
                jtype,
                ans,
            ]
        )
        where[code] = ws.max_row
    ws.append(
        [
            None,
            None,
            None,
            None,
            None,
            None,
            "NILAI EVALUASI ZONA INTEGRITAS",
            100,
            None,
            None,
            None,
            (stored or {}).get("total"),
        ]
    )
    wb.save(path)
    return where


HASIL = {"H.I.a": "3,2", "H.II.a": "3.6", "H.I.b": "B"}


def test_workbook_scores_as_computed_by_hand(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "lke.xlsx"
    build(f, {**HASIL, "P.1.i.b": "B", "P.2.i.a": "Blm Diisi"})
    assert main(["evaluate", str(f), "--mode", "claimed", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # 60 - 0.125 (P.1.i.b = B) - 1/3 (P.2.i.a unanswered) + 14.0 + 3.75 + 15.75
    assert data["total"] == pytest.approx(60 - 0.125 - 1 / 3 + 14.0 + 3.75 + 15.75)
    assert data["unit"]["name"] == "Kantor Uji Coba" and data["unit"]["year"] == 2025
    items = {i["code"]: i for i in data["items"]}
    assert items["P.2.i.a"]["outcome"] == "unanswered"
    assert items["R.5.iii.a"]["value"] == 1.0 and items["R.3.iii.a"]["value"] == 1.0
    assert not [x for x in data["flags"] if x["code"] == "IMPORT_WORKBOOK_UNMATCHED"]


def test_workbook_evidence_column_counts_as_evidence(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "lke.xlsx"
    where = build(f, HASIL)
    wb = openpyxl.load_workbook(f)
    ws = wb["LKE ZI"]
    ws.cell(where["P.1.i.a"], 14, "https://drive.example.go.id/sk-tim.pdf")
    wb.save(f)
    loaded = load_input(f, rubric)
    assert loaded.kind == "workbook"
    assert loaded.unit.answers["P.1.i.a"].evidence == (f"wb-{where['P.1.i.a']}",)
    assert loaded.unit.evidence[0].url == "https://drive.example.go.id/sk-tim.pdf"


def test_workbook_defects_are_reported_with_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "lke.xlsx"
    # the circulating defect: indicator R.5.iii averaged without the LHKASN row, and a J cell overwritten
    where = build(f, HASIL, stored={"R.5.iii": 1.0, "P.1.i": 0.5, "total": 93.0}, j_override={"P.3.vi": "Ya"})
    assert main(["evaluate", str(f), "--mode", "claimed", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    mism = {(x["item"], x["source"]) for x in data["flags"] if x["code"] == "IMPORT_WORKBOOK_MISMATCH"}
    assert ("R.5.iii", f"lke.xlsx:LKE ZI!L{where['R.5.iii']}") in mism
    assert ("P.3.vi", f"lke.xlsx:LKE ZI!J{where['P.3.vi']}") in mism
    assert not any(item == "P.1.i" for item, _ in mism)  # 0.5 is right
    total_flag = [
        x for x in data["flags"] if x["code"] == "IMPORT_WORKBOOK_MISMATCH" and "total" in x["message"]
    ]
    assert len(total_flag) == 1 and "93.0000" in total_flag[0]["message"]
    # the engine scores from the rubric, not from the defective cells
    assert data["total"] == pytest.approx(60 + 14.0 + 3.75 + 15.75)
