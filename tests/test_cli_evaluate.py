"""The evaluate command end to end: formats, files, languages, exit codes, determinism."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from zi_eval.cli import main

PLAN = ROOT / "plans" / "kpu-luwu-2025.yaml"
KEYS = {
    "unit",
    "rubric",
    "mode",
    "total",
    "pengungkit",
    "hasil",
    "areas",
    "readiness",
    "flags",
    "items",
    "totals_by_mode",
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zi_eval", *args], capture_output=True, text=True)


def test_json_contract_and_byte_identical_runs() -> None:
    a, b = _run("evaluate", str(PLAN), "--format", "json"), _run("evaluate", str(PLAN), "--format", "json")
    assert a.returncode == 0 and a.stdout == b.stdout
    data = json.loads(a.stdout)
    assert set(data) >= KEYS
    assert list(data) == sorted(data)
    assert data["rubric"] == {"id": "permenpanrb-90-2021", "version": "2021.1"}
    assert data["mode"] == "evidenced"
    assert set(data["readiness"]) == {"WBK", "WBBM"}
    assert set(data["readiness"]["WBK"]) >= {"eligible", "binding", "criteria"}
    assert set(data["readiness"]["WBK"]["criteria"][0]) >= {"id", "value", "threshold", "margin", "met"}
    assert set(data["areas"][0]) >= {"id", "name", "weight", "score", "percent", "pemenuhan", "reform"}
    assert set(data["flags"][0]) >= {
        "code",
        "severity",
        "area",
        "activity",
        "substep",
        "months",
        "item",
        "message",
        "source",
    }
    assert set(data["items"][0]) >= {
        "code",
        "area",
        "value",
        "points",
        "max_points",
        "outcome",
        "reason",
        "evidence",
        "activities",
    }
    assert set(data["totals_by_mode"]) == {"claimed", "evidenced", "projected"}
    assert isinstance(data["total"], float)


def test_text_summary_verdict_first_to_file(tmp_path: Path) -> None:
    out = tmp_path / "r.txt"
    assert main(["evaluate", str(PLAN), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Evaluasi mandiri Zona Integritas — KPU Kabupaten Luwu (2025)")
    assert lines[1].startswith("WBK: BELUM MEMENUHI SYARAT")
    text = "\n".join(lines)
    assert "Kriteria WBK/WBBM" in text and "Area pengungkit" in text and "SPIP_SUBSTEP_EMPTY" in text


def test_english_text(tmp_path: Path) -> None:
    out = tmp_path / "r.txt"
    assert main(["--lang", "en", "evaluate", str(PLAN), "-o", str(out)]) == 0
    assert "WBK: NOT ELIGIBLE" in out.read_text(encoding="utf-8")


def test_ra_document_is_imported_on_the_fly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(DATA / "rencana-aksi-kpu-luwu-2025.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unit"]["id"] == "kpu-luwu-2025"
    assert sum(1 for f in data["flags"] if f["code"] == "IMPORT_MARK_OUTSIDE_MONTHS") == 3
    assert data["source"]["kind"] == "plan"


def test_modes_and_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(PLAN), "--mode", "projected", "--as-of", "2025-06", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["mode"] == "projected" and data["as_of"] == "2025-06"
    assert data["total"] == data["totals_by_mode"]["projected"] > 0
    due = [f for f in data["flags"] if f["code"] == "ACTIVITY_WITHOUT_EVIDENCE"]
    assert due and all(max(f["months"]) <= 6 for f in due)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["evaluate", "--as-of", "2025-13", "plans/kpu-luwu-2025.yaml"], 2),
        (["evaluate", "--mode", "wishful", "plans/kpu-luwu-2025.yaml"], 2),
        (["evaluate", "no/such/file.yaml"], 3),
    ],
)
def test_exit_codes(args: list[str], code: int) -> None:
    proc = subprocess.run([sys.executable, "-m", "zi_eval", *args], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr


def test_lang_and_verbose_work_before_or_after_the_command(capsys) -> None:  # type: ignore[no-untyped-def]
    from zi_eval.cli import main

    plan = str(Path(__file__).resolve().parents[1] / "plans" / "kpu-luwu-2025.yaml")
    outputs = []
    for argv in (
        ["--lang", "en", "evaluate", plan],
        ["evaluate", plan, "--lang", "en"],
        ["evaluate", "--lang=en", plan],
    ):
        assert main(argv) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] == outputs[2] and "self-evaluation" in outputs[0]
    assert main(["--lang", "en", "evaluate", plan, "--lang", "id"]) == 0  # the one after the command wins
    assert "Evaluasi mandiri" in capsys.readouterr().out
