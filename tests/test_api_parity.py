"""One way in: ``zi-eval evaluate --format json`` and ``zi.evaluate(path).to_json()`` give the same
bytes for every kind of input the repository holds (unit files, RA documents of every reader, LKE
workbooks), in every mode. The CLI is the API and a renderer; a difference is a second code path.

``compare --format json`` is likewise ``zi.compare`` of the same files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import zi_eval as zi
from tests.conftest import DATA, ROOT
from zi_eval.cli import main

INPUTS = sorted(
    [
        *(ROOT / "plans").glob("*.yaml"),
        DATA / "good" / "good_minimal_unit.yaml",
        DATA / "rencana-aksi-kpu-luwu-2025.txt",
        *(DATA / "ra" / "readers").glob("plan_*"),
        *(p for p in (DATA / "ra" / "shapes").glob("shape_*") if not p.name.endswith(".json")),
        *(DATA / "lke").glob("*.xls*"),
        *(DATA / "lke").glob("*.ods"),
        *(DATA / "lke").glob("*.csv"),
    ]
)


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out = capsys.readouterr().out
    assert code == 0, out
    return out


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_cli_json_is_the_api_result(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = _cli_json(capsys, "evaluate", str(path), "--format", "json")
    api = zi.evaluate(path)
    assert cli == api.to_json()
    data = json.loads(cli)
    assert data["source"]["file"] == path.name


def test_import_findings_reach_the_api(capsys: pytest.CaptureFixture[str]) -> None:
    """The seed plan's importer findings are flags in both (the API used to drop them)."""
    seed = DATA / "rencana-aksi-kpu-luwu-2025.txt"
    codes = set(zi.evaluate(seed).flags["code"])
    assert any(c.startswith("IMPORT_") for c in codes), codes
    unit = zi.load_unit(seed)
    assert not any(c.startswith("IMPORT_") for c in zi.evaluate(unit).flags["code"])


@pytest.mark.parametrize(
    ("mode", "as_of"), [("claimed", None), ("projected", "2025-06"), ("evidenced", "2025-09")]
)
def test_modes_and_months_agree(mode: str, as_of: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    plan = ROOT / "plans" / "kpu-luwu-2025.yaml"
    argv = ["evaluate", str(plan), "--format", "json", "--mode", mode]
    if as_of:
        argv += ["--as-of", as_of]
    assert _cli_json(capsys, *argv) == zi.evaluate(plan, mode=mode, as_of=as_of).to_json()


def test_english_flags_agree(capsys: pytest.CaptureFixture[str]) -> None:
    plan = ROOT / "plans" / "bps-kota-contoh-2025.yaml"
    cli = _cli_json(capsys, "--lang", "en", "evaluate", str(plan), "--format", "json")
    assert cli == zi.evaluate(plan, lang="en").to_json()


def test_compare_json_is_the_api_table(capsys: pytest.CaptureFixture[str]) -> None:
    plans = sorted((ROOT / "plans").glob("*.yaml"))
    cli = json.loads(_cli_json(capsys, "compare", *map(str, plans), "--format", "json"))
    table = zi.compare(plans)
    assert [r["unit"] for r in cli] == table["unit"].tolist()
    assert {"total_evidenced", "WBK_eligible", "WBBM_binding"} <= set(cli[0])
    for row, (_, api_row) in zip(cli, table.iterrows(), strict=True):
        shared = [k for k in row if k in api_row.index]
        assert len(shared) >= len(row) - 1, set(row) - set(api_row.index)  # the CLI adds the file name
        for key in shared:
            want = api_row[key]
            assert row[key] == (pytest.approx(want) if isinstance(want, float) else want), (row["unit"], key)
