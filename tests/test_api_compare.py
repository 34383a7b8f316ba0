"""The public API, the example units' verdicts, and the compare command's ordering and shapes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

import zi_eval as zi
from tests.conftest import ROOT
from zi_eval.cli import main

PLANS = ROOT / "plans"


def test_example_units_have_the_verdicts_they_claim() -> None:
    kpp = zi.evaluate(PLANS / "kpp-pratama-contoh-2025.yaml")
    assert kpp.readiness["WBK"].eligible and not kpp.readiness["WBBM"].eligible
    pn = zi.evaluate(PLANS / "pn-contoh-2025.yaml")
    assert [c.id for c in pn.readiness["WBK"].criteria if not c.met] == ["area:penguatan-akuntabilitas"]
    assert pn.readiness["WBK"].binding == "area:penguatan-akuntabilitas"
    bps = zi.evaluate(PLANS / "bps-kota-contoh-2025.yaml")
    assert bps.readiness["WBBM"].eligible and bps.readiness["WBK"].eligible


def test_api_dataframes_and_json() -> None:
    ev = zi.evaluate(zi.load_unit(PLANS / "pn-contoh-2025.yaml"), mode="claimed", as_of="2025-06")
    assert isinstance(ev.items, pd.DataFrame) and len(ev.items) == 113
    assert list(ev.areas["id"]) == [a.id for a in zi.load_rubric().zi_areas]
    assert set(ev.criteria["predicate"]) == {"WBK", "WBBM"}
    assert {"code", "severity", "message"} <= set(ev.flags.columns)
    data = json.loads(ev.to_json())
    assert (
        data["total"] == pytest.approx(ev.total) and data["mode"] == "claimed" and data["as_of"] == "2025-06"
    )
    assert "<b>Pengadilan Negeri Contoh</b>" in ev._repr_html_()


def test_evaluate_many_keeps_input_order_and_compare_ranks() -> None:
    files = [
        PLANS / f
        for f in (
            "kpu-luwu-2025.yaml",
            "pn-contoh-2025.yaml",
            "bps-kota-contoh-2025.yaml",
            "kpp-pratama-contoh-2025.yaml",
        )
    ]
    many = zi.evaluate_many(files)
    assert list(many["unit"]) == [
        "kpu-luwu-2025",
        "pn-contoh-2025",
        "bps-kota-contoh-2025",
        "kpp-pratama-contoh-2025",
    ]
    ranked = zi.compare(files)
    assert list(ranked["unit"]) == [
        "bps-kota-contoh-2025",
        "kpp-pratama-contoh-2025",
        "pn-contoh-2025",
        "kpu-luwu-2025",
    ]
    assert list(ranked["rank"]) == [1, 2, 3, 4]


def test_compare_csv_json_and_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = tmp_path / "c.png"
    assert main(["compare", str(PLANS), "--format", "csv", "--chart", str(chart)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["unit"] for r in rows][0] == "bps-kota-contoh-2025" and len(rows) == 4
    cols = set(rows[0])
    assert {
        "rank",
        "unit",
        "total_claimed",
        "total_evidenced",
        "total_projected",
        "WBK_eligible",
        "WBBM_eligible",
        "WBK_binding",
        "flags_error",
        "flags_warning",
        "flags_info",
    } <= cols
    assert {f"area_pct:{a.id}" for a in zi.load_rubric().zi_areas} <= cols
    assert "WBK_margin:area:penguatan-akuntabilitas" in cols
    assert chart.read_bytes().startswith(b"\x89PNG")
    assert (
        main(
            [
                "compare",
                str(PLANS / "pn-contoh-2025.yaml"),
                str(PLANS / "kpp-pratama-contoh-2025.yaml"),
                "--format",
                "json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert [d["unit"] for d in data] == ["kpp-pratama-contoh-2025", "pn-contoh-2025"]


def test_compare_neutralises_csv_cells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (PLANS / "pn-contoh-2025.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Pengadilan Negeri Contoh", "name: '=HYPERLINK(\"http://x\")'")
    f = tmp_path / "evil.yaml"
    f.write_text(text, encoding="utf-8")
    assert main(["compare", str(f), "--format", "csv"]) == 0
    row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["name"] == '\'=HYPERLINK("http://x")'


def test_compare_reports_every_bad_unit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.yaml").write_text("unit: {id: a, name: A, year: 13}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("unit: {id: b, name: B, year: 2025, warna: merah}\n", encoding="utf-8")
    assert main(["compare", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "a.yaml:1: unit.year: harus ≥ 2000; didapat 13" in err and "b.yaml:1: unit.warna" in err


@pytest.mark.parametrize("jobs", [1, 2])
def test_compare_reports_every_bad_unit_among_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: int
) -> None:
    """Bad files among good ones, in one process or two: every bad file is named, in input order."""
    good = (ROOT / "plans" / "kpu-luwu-2025.yaml").read_text(encoding="utf-8")
    for i in range(6):
        (tmp_path / f"u{i}.yaml").write_text(
            good.replace("id: kpu-luwu", f"id: kpu-luwu-{i}"), encoding="utf-8"
        )
    (tmp_path / "u1.yaml").write_text("unit: {id: a, name: A, year: 13}\n", encoding="utf-8")
    (tmp_path / "u4.yaml").write_text("unit: {id: b, name: B, year: 2025, warna: merah}\n", encoding="utf-8")
    assert main(["compare", str(tmp_path), "--jobs", str(jobs)]) == 3
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in err[:2]] == ["u1.yaml", "u4.yaml"], err
    assert err[0].endswith("u1.yaml:1: unit.year: harus ≥ 2000; didapat 13")


def test_compare_takes_every_kind_of_unit_in_a_folder_and_says_what_it_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a folder as units hand it in: a unit file, plans as PDF, Word, .xls and .ods, and a photo;
    # the plans used to be left out of the comparison without a word (exit 0)
    readers = ROOT / "tests" / "data" / "ra" / "readers"
    kinds = {
        "a.yaml": PLANS / "kpu-luwu-2025.yaml",
        "b.pdf": readers / "plan_komponen_3_pages.pdf",
        "c.docx": readers / "plan_merged_cells.docx",
        "d.xls": readers / "plan_gantt_fills.xls",
        "e.ods": readers / "plan_reused_template.ods",
    }
    for name, src in kinds.items():
        (tmp_path / name).write_bytes(src.read_bytes())
    (tmp_path / "foto kegiatan.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a plan")
    assert main(["compare", str(tmp_path), "--format", "json", "--jobs", "2"]) == 0
    out = capsys.readouterr()
    rows = json.loads(out.out)
    singles = {zi.evaluate(tmp_path / name).unit.unit.id for name in kinds}
    assert {r["unit"] for r in rows} == singles and len(rows) == len(kinds)
    assert "foto kegiatan.jpg" in out.err and "1 berkas" in out.err


def test_compare_says_the_subfolders_of_a_folder_it_does_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A province's folder of district folders: only its own files were compared, the districts left out
    without a word (a probe). Subfolders are not read (a unit's folder may hold its data dukung), and said."""
    for sub in ("kab-a", "kab-b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "unit.yaml").write_bytes((PLANS / "kpu-luwu-2025.yaml").read_bytes())
    (tmp_path / "provinsi.yaml").write_bytes((PLANS / "kpu-luwu-2025.yaml").read_bytes())
    assert main(["compare", str(tmp_path), "--format", "csv", "--lang", "en"]) == 0
    assert "2 subfolders not read (give each folder as an input): kab-a, kab-b" in capsys.readouterr().err


@pytest.mark.parametrize(("mode", "first"), [("claimed", "a"), ("evidenced", "b")])
def test_ties_are_broken_by_the_total_of_the_mode_compared_in(mode: str, first: str) -> None:
    """Same verdicts and margin: in claimed mode a unit claiming 84 ranked above one claiming 92, for the
    tie was broken by the evidenced total whatever the mode."""
    rows = pd.DataFrame(
        {
            "unit": ["a", "b"],
            "mode": [mode, mode],
            "WBBM_eligible": [False, False],
            "WBK_eligible": [False, False],
            "WBK_worst_relative_margin": [-1.0, -1.0],
            "total_claimed": [92.0, 84.0],
            "total_evidenced": [0.0, 55.0],
        }
    )
    assert list(zi.api.readiness_order(rows)["unit"])[0] == first


def test_compare_says_when_one_unit_is_in_several_files_or_years_differ(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Three rows of pn-contoh-2025 (one a 2024 copy) were ranked side by side with no word; the text table
    has no file column to tell them apart."""
    import shutil

    shutil.copy(PLANS / "pn-contoh-2025.yaml", tmp_path / "pn-contoh-2025.yaml")
    shutil.copy(PLANS / "pn-contoh-2025.yaml", tmp_path / "salinan.yaml")
    old = (
        (PLANS / "kpp-pratama-contoh-2025.yaml")
        .read_text(encoding="utf-8")
        .replace("year: 2025", "year: 2024", 1)
    )
    (tmp_path / "kpp-2024.yaml").write_text(old, encoding="utf-8")
    assert main(["compare", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "unit pn-contoh-2025 ada di 2 berkas (pn-contoh-2025.yaml, salinan.yaml)" in err
    assert "unit dari beberapa tahun dibandingkan (2024, 2025)" in err
