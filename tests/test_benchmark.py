"""The benchmark runs and reports every field; its times are measured, never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

FIELDS = {
    "loop_units_per_s",
    "evaluate_many_units_per_s",
    "speedup",
    "load_files_per_s",
    "load_files_per_s_jobs2",
    "load_value_files_per_s",
    "file_loop_files_per_s",
    "evaluate_many_files_per_s_jobs1",
    "evaluate_many_files_per_s_jobs2",
    "evaluate_many_loaded_units_per_s",
    "evaluate_many_loaded_units_per_s_jobs2",
    "evaluate_many_loaded_units_per_s_warm",
    "evaluate_many_loaded_units_per_s_warm_jobs2",
    "cli_compare_files_per_s_jobs2",
    "scenario_ms_median",
    "report_s_per_unit",
    "peak_mem_mib",
    "machine",
}


def test_quick_benchmark_writes_its_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= FIELDS
    assert {"cores", "cpu", "python", "pandas"} <= set(data["machine"])
    assert all(isinstance(data[k], float) and data[k] > 0 for k in FIELDS - {"machine"})
    assert "evaluate_many_units_per_s" in proc.stdout
    assert data["yaml_fast_path_share"] == 1.0  # the synthetic files are what zi-eval writes


def test_quick_document_benchmark_writes_its_json(tmp_path: Path) -> None:
    out = tmp_path / "documents.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "documents.py"), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    rows = [*data["plans"].values(), *data["workbooks"].values()]
    assert rows and all(r["inner_ms"] > 0 and r["cli_s"] > 0 for r in rows)
    assert data["workbooks"]["official-filled.xlsx"]["items_matched"] == 113
