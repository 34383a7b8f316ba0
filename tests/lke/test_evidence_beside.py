"""Links in the columns right of an LKE copy's evidence column are evidence of their row.

A unit with several links per item puts the second and later ones in O, P, … under no header, as
zi-eval's own export does, and writes "Terlampir" or "-" in the evidence column N. Those links were
ignored (the item scored as unevidenced with exit 0). Only links and file names count: free text
beside the table never does, and a column headed otherwise ends the evidence columns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.lke.shapes import Shape, full_unit, render, write_xlsx
from zi_eval.cli import main
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric

#: The evidence column of the official layout (N), 0-based, and the three columns right of it
COL_N = Shape().offset + 6 + Shape().columns.index("evidence")
COL_O, COL_P, COL_Q, COL_R = COL_N + 1, COL_N + 2, COL_N + 3, COL_N + 4
DRIVE = "https://drive.google.com/drive/folders/1AbCdEf"
SK = "https://data.example.go.id/kantor-uji/sk-tim-zi.pdf"
ZIP = "https://data.example.go.id/kantor-uji/manajemen-perubahan.zip"


def _copy(
    path: Path, rubric: Rubric, cells: dict[str, dict[int, str]], heads: dict[int, str]
) -> dict[str, int]:
    """An official-layout copy answering every item, with ``cells`` (item → column → text) written on the
    item rows and ``heads`` (column → text) on the header row."""
    rows, where = render(full_unit(rubric), rubric, Shape())
    width = COL_R + 1
    for r in rows:
        r.extend([None] * (width - len(r)))
    header = next(i for i, r in enumerate(rows) if "Jawaban" in r)
    for c, text in heads.items():
        rows[header][c] = text
    for code, by_col in cells.items():
        for c, text in by_col.items():
            rows[where[code] - 1][c] = text
    write_xlsx(path, {"LKE ZI": rows})
    return where


def _said(findings: list[dict[str, Any]], code: str) -> dict[str, dict[str, Any]]:
    return {f.get("item") or f["source"]: f for f in findings if f["code"] == code}


def test_links_beside_the_evidence_column_are_read_as_evidence_of_their_row(
    tmp_path: Path, rubric: Rubric
) -> None:
    f = tmp_path / "lke.xlsx"
    where = _copy(
        f,
        rubric,
        {
            "P.1.i.a": {
                COL_N: "Terlampir",
                COL_O: DRIVE,
                COL_P: ZIP,
                COL_R: "https://elsewhere.example/ignored.pdf",
            },
            "P.1.i.b": {COL_O: "SK Tim ZI 2025.pdf"},  # a file name, no link
            "P.1.ii.a": {COL_N: "-", COL_O: "Sudah sesuai, lihat folder area"},  # a note: no evidence
            "P.1.ii.b": {
                COL_N: SK,
                COL_O: "1. Notulen rapat https://data.example.go.id/a.pdf\n2. Daftar hadir",
            },
            "P.1.ii.c": {COL_N: "belum ada"},
        },
        {COL_Q: "Catatan TPI"},  # a column named otherwise ends the evidence columns (R is not read)
    )
    wb = read_lke_workbook(f, rubric)
    ev = {e.id: e for e in wb.unit.evidence}
    row = {code: where[code] for code in ("P.1.i.a", "P.1.i.b", "P.1.ii.a", "P.1.ii.b")}
    assert wb.unit.answers["P.1.i.a"].evidence == (f"wb-{row['P.1.i.a']}-O", f"wb-{row['P.1.i.a']}-P")
    assert [ev[i].url for i in wb.unit.answers["P.1.i.a"].evidence] == [DRIVE, ZIP]
    assert ev[f"wb-{row['P.1.i.a']}-P"].title == "manajemen-perubahan.zip"  # a bare link named by its address
    (sk_file,) = wb.unit.answers["P.1.i.b"].evidence
    assert (ev[sk_file].title, ev[sk_file].kind, ev[sk_file].url) == ("SK Tim ZI 2025.pdf", "dokumen", None)
    assert not wb.unit.answers["P.1.ii.a"].evidence  # the note beside "-" is no evidence
    # the evidence cell's own record first, then the one link of the cell beside it (the name alone is none)
    assert wb.unit.answers["P.1.ii.b"].evidence == (f"wb-{row['P.1.ii.b']}", f"wb-{row['P.1.ii.b']}-O")
    assert ev[f"wb-{row['P.1.ii.b']}-O"].title == "Notulen rapat"
    assert {ev[i].supports for i in wb.unit.answers["P.1.i.a"].evidence} == {("P.1.i.a",)}
    findings = wb.findings()
    # "Terlampir" points at the links beside it: not said to name no evidence; "-" and "belum ada" are
    assert set(_said(findings, "IMPORT_WORKBOOK_NO_EVIDENCE")) == {"P.1.ii.a", "P.1.ii.c"}
    (extra,) = _said(findings, "IMPORT_WORKBOOK_EXTRA_LINKS").values()
    assert (extra["theirs"], extra["ours"], extra["value"]) == ("O, P", "N", "4")
    assert extra["source"] == f"lke.xlsx:LKE ZI!O{row['P.1.i.a']}"


def test_a_column_headed_as_evidence_beside_the_first_is_read_too(tmp_path: Path, rubric: Rubric) -> None:
    f = tmp_path / "lke.xlsx"
    where = _copy(f, rubric, {"P.1.i.a": {COL_N: SK, COL_O: DRIVE}}, {COL_O: "Link Bukti 2"})
    wb = read_lke_workbook(f, rubric)
    assert wb.columns["evidence"] == "N"
    assert wb.unit.answers["P.1.i.a"].evidence == (f"wb-{where['P.1.i.a']}", f"wb-{where['P.1.i.a']}-O")


def test_an_item_evidenced_only_beside_its_evidence_column_is_evidenced(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes = {}
    for name, beside in (("plain.xlsx", {}), ("beside.xlsx", {COL_O: DRIVE})):
        f = tmp_path / name
        _copy(f, rubric, {"P.1.i.a": {COL_N: "Terlampir", **beside}}, {})
        assert main(["evaluate", str(f), "--mode", "evidenced", "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        outcomes[name] = next(i["outcome"] for i in data["items"] if i["code"] == "P.1.i.a")
    assert outcomes == {"plain.xlsx": "no_evidence", "beside.xlsx": "met"}
