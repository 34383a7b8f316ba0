"""The catalogue of bad inputs (tests/data/bad/expected.tsv), each through the real CLI: exit 3, the
exact message prefix naming file, line and field, and never a traceback. The catalogue holds the
English form (``--lang en``), the one the code writes; tests/test_problem_language.py runs the same
cases under the Indonesian default. Inputs too big or too
odd to commit (a 50 MB file, a zip bomb, a sheet of 25,000 rows, a symlink) are made here."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT

BAD = DATA / "bad"
ROWS = [
    line.split("\t")
    for line in (BAD / "expected.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zi_eval", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_catalogue_covers_every_bad_file_and_has_fifty() -> None:
    assert sorted(r[0] for r in ROWS) == sorted(p.name for p in BAD.glob("bad_*"))
    assert len(ROWS) + len(GENERATED) >= 50


def case_args(command: str, path: Path, folder: Path | None = None) -> list[str]:
    """A case's command line: ``command`` and the file, or the file where ``{}`` stands, for a case with
    more arguments (``evaluate {root}/tests/data/good/good_minimal_unit.yaml --scenario {}``); ``{root}``
    is the project's folder, ``{dir}`` a generated case's folder."""
    if "{}" not in command:
        return [command, str(path)]
    words = [w.replace("{root}", str(ROOT)).replace("{dir}", str(folder)) for w in command.split()]
    return [w.replace("{}", str(path)) for w in words]


@pytest.mark.parametrize(("name", "command", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_bad_input(name: str, command: str, expected: str) -> None:
    path = BAD / name
    proc = _cli("--lang", "en", *case_args(command, path))
    assert proc.returncode == 3, proc.stderr
    first = proc.stderr.splitlines()[0]
    assert first.startswith(f"{path}{expected}"), first
    assert "Traceback" not in proc.stderr


def _big_file(d: Path) -> Path:
    f = d / "besar.yaml"
    with open(f, "wb") as fh:
        fh.write(b"unit: {id: a, name: A, year: 2025}\n")
        fh.write((b"# " + b"x" * 1021 + b"\n") * (50 * 1024))
    return f


def _zip_bomb(d: Path) -> Path:
    f = d / "bom.xlsx"
    with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    return f


def _many_rows(d: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", *range(1, 13)])
    ws.cell(25_000, 1, "akhir")
    f = d / "baris.xlsx"
    wb.save(f)
    return f


def _symlink(d: Path) -> Path:
    (d / "bukti").symlink_to("/etc")
    unit = (DATA / "good" / "good_minimal_unit.yaml").read_text(encoding="utf-8")
    f = d / "tautan.yaml"
    f.write_text(
        unit.replace("    url: https://example.go.id/sk-tim.pdf", "    path: bukti/passwd"), encoding="utf-8"
    )
    return f


def _not_a_plan_workbook(d: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Daftar hadir"])
    ws.append(["Nama", "Tanda tangan"])
    f = d / "hadir.xlsx"
    wb.save(f)
    return f


def _scenario_through_symlink(d: Path) -> Path:
    (d / "u.yaml").write_text(
        (DATA / "good" / "good_minimal_unit.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (d / "bukti").symlink_to("/etc")
    f = d / "andai.yaml"
    f.write_text(
        "changes:\n  - op: attach_evidence\n    evidence:\n      id: e9\n      title: Sandi\n"
        "      path: bukti/passwd\n      supports: [P.1.i.b]\n",
        encoding="utf-8",
    )
    return f


def _existing_file(d: Path) -> Path:
    f = d / "laporan"
    f.write_text("catatan lama\n", encoding="utf-8")
    return f


GENERATED = {
    "50 MB file": (_big_file, "validate", ": file: must be at most 20971520 bytes (ZI_EVAL_MAX_BYTES); got "),
    "zip bomb disguised as xlsx": (_zip_bomb, "import", ": file: must be an .xlsx that unpacks to at most"),
    "xlsx with 25,000 rows": (
        _many_rows,
        "import",
        ": sheet 'Sheet': must be at most 20000 rows; got 25000 rows",
    ),
    "evidence through a symlink": (
        _symlink,
        "validate",
        ":32: evidence[0].path: must be a path inside the plan's folder (links may not "
        "leave it); got 'bukti/passwd'",
    ),
    "workbook that is neither plan nor LKE": (
        _not_a_plan_workbook,
        "evaluate",
        ": table: must be a unit YAML, an RA plan table or an LKE workbook",
    ),
    # hostile-out
    "scenario evidence through a symlink": (
        _scenario_through_symlink,
        "evaluate {dir}/u.yaml --scenario {}",
        ":6: changes[0].evidence.path: must be a path inside the plan's folder (links may not leave it); "
        "got 'bukti/passwd'",
    ),
    "report -o onto an existing file": (
        _existing_file,
        "report {root}/tests/data/good/good_minimal_unit.yaml -o {}",
        ": output: must be a folder; got an existing file",
    ),
}


@pytest.mark.parametrize("case", sorted(GENERATED))
def test_generated_bad_input(case: str, tmp_path: Path) -> None:
    make, command, expected = GENERATED[case]
    path = make(tmp_path)
    proc = _cli("--lang", "en", *case_args(command, path, tmp_path))
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.splitlines()[0].startswith(f"{path}{expected}"), proc.stderr
    assert "Traceback" not in proc.stderr


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    f = tmp_path / "u.yaml"
    f.write_text((DATA / "good" / "good_minimal_unit.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    proc = _cli("validate", str(f), env={"ZI_EVAL_MAX_BYTES": "100"})
    assert proc.returncode == 3 and ": file: harus paling banyak 100 bita" in proc.stderr


def test_windows_1252_plan_is_read_not_refused(tmp_path: Path) -> None:
    text = "NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tINDIKATOR\t" + "\t".join(map(str, range(1, 13))) + "\n"
    text += "1\tManajemen Perubahan\tRapat Tim ZI bersama Pak André\tNotulen rapat – ringkas\tNotulen\tx\n"
    f = tmp_path / "ra.txt"
    f.write_bytes(text.encode("cp1252"))
    out = tmp_path / "u.yaml"
    proc = _cli("import", str(f), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Pak André" in out.read_text(encoding="utf-8")


def test_no_half_written_output(tmp_path: Path) -> None:
    out = tmp_path / "hasil.json"
    proc = _cli("evaluate", str(BAD / "bad_unit_month_13.yaml"), "--format", "json", "-o", str(out))
    assert proc.returncode == 3 and not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == []
    target = tmp_path / "plan.yaml"
    target.write_text("lama\n", encoding="utf-8")
    proc = _cli("import", str(BAD / "bad_ra_no_table.txt"), "-o", str(target))
    assert proc.returncode == 3 and target.read_text(encoding="utf-8") == "lama\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_verbose_shows_a_traceback_only_for_internal_errors() -> None:
    proc = _cli("--verbose", "validate", str(BAD / "bad_unit_month_13.yaml"))
    assert proc.returncode == 3 and "Traceback" not in proc.stderr


def test_an_unreadable_zip_member_is_reported(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<not-really-a-workbook")
    f = tmp_path / "rusak.xlsx"
    f.write_bytes(buf.getvalue())
    proc = _cli("import", str(f), "--lang", "en")
    assert proc.returncode == 3 and proc.stderr.startswith(f"{f}: file: must be a readable .xlsx workbook")
