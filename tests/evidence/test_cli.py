"""``zi-eval evidence scan``: a table into a unit file (twice), -o, refusals, both languages, the report."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from tests.lke.shapes import write_csv, write_xlsx
from zi_eval.cli import main
from zi_eval.cli_evidence import coverage
from zi_eval.flags import derive_flags
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Evidence, Unit
from zi_eval.report.workbook import write_lke_workbook
from zi_eval.scoring.engine import evaluate_unit

UNIT = """\
# unit uji
unit:
  id: uji
  name: Unit Uji
  year: 2025
activities:
- id: apel
  ra_area: Manajemen Perubahan
  kegiatan: Apel komitmen
  months: [2]
evidence: []
answers: {}
"""
ROWS = [
    ["Kode", "Nama Dokumen", "Link"],
    ["P.1.i.a", "SK Tim", "https://zi.uji.go.id/sk\nNotulen: https://zi.uji.go.id/notulen"],
    ["R.1.ii", "Foto apel", "https://zi.uji.go.id/apel"],
    ["Bagian umum", "Tidak jelas", "https://zi.uji.go.id/lain"],
]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "unit.yaml").write_text(UNIT, encoding="utf-8")
    write_xlsx(tmp_path / "tautan.xlsx", {"Tautan": ROWS})
    return tmp_path


def test_into_merges_once_and_a_second_run_changes_no_byte(
    folder: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = folder / "unit.yaml"
    assert main(["evidence", "scan", str(folder / "tautan.xlsx"), "--into", str(unit)]) == 0
    out = capsys.readouterr().out
    first = unit.read_bytes()
    ev = {e.url: e for e in load_unit(unit, rubric).evidence}
    assert sorted(ev) == [
        "https://zi.uji.go.id/apel",
        "https://zi.uji.go.id/notulen",
        "https://zi.uji.go.id/sk",
    ]
    assert ev["https://zi.uji.go.id/notulen"].title == "Notulen"
    assert (
        ev["https://zi.uji.go.id/sk"].title == "SK Tim (1)"
    )  # the row's title, numbered: two links share it
    assert "Digabung ke" in out and "3 baru" in out
    assert "Manajemen Perubahan: 2/16 butir" in out  # P.1.i.a and R.1.ii
    assert "EVIDENCE_TABLE_ROW_UNREAD tautan.xlsx:4: Tabel tautan tautan.xlsx:Tautan!C4" in out
    assert main(["evidence", "scan", str(folder / "tautan.xlsx"), "--into", str(unit)]) == 0
    assert "Tidak ada yang berubah" in capsys.readouterr().out
    assert unit.read_bytes() == first


def test_a_hand_edit_is_kept_and_the_conflict_printed_in_english(
    folder: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = folder / "unit.yaml"
    assert main(["evidence", "scan", str(folder / "tautan.xlsx"), "--into", str(unit)]) == 0
    edited = unit.read_text(encoding="utf-8").replace("title: Foto apel", "title: Foto apel pagi (Februari)")
    unit.write_text(edited, encoding="utf-8")
    capsys.readouterr()
    args = ["evidence", "scan", str(folder / "tautan.xlsx"), "--into", str(unit), "--lang", "en"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "EVIDENCE_CONFLICT" in out and "differs from the scan (title)" in out
    assert "Nothing changed" in out and "Change management: 2/16 items" in out
    assert unit.read_text(encoding="utf-8") == edited


def test_o_writes_a_list_that_reads_back_and_into_takes_it_later(
    folder: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = folder / "evidence.yaml"
    assert main(["--lang", "en", "evidence", "scan", str(folder / "tautan.xlsx"), "-o", str(out_file)]) == 0
    assert "Written:" in capsys.readouterr().out
    data = yaml.safe_load(out_file.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 3 and {"id", "title", "url", "supports"} <= set(data[0])
    unit = folder / "unit.yaml"
    assert main(["evidence", "scan", str(out_file), "--into", str(unit)]) == 0
    assert len(load_unit(unit, rubric).evidence) == 3


def test_o_onto_a_folder_or_the_unit_file_is_refused_with_exit_3(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = folder / "keluaran"
    target.mkdir()
    (target / "isi.txt").write_text("tetap", encoding="utf-8")
    assert main(["evidence", "scan", str(folder / "tautan.xlsx"), "-o", str(target), "--lang", "en"]) == 3
    err = capsys.readouterr().err
    assert f"{target}: -o: must be a file path for the evidence YAML; got an existing folder" in err
    assert (target / "isi.txt").read_text(encoding="utf-8") == "tetap"
    unit = folder / "unit.yaml"
    assert (
        main(
            [
                "evidence",
                "scan",
                str(folder / "tautan.xlsx"),
                "--into",
                str(unit),
                "-o",
                str(unit),
                "--lang",
                "en",
            ]
        )
        == 3
    )
    assert "-o: must be a file other than --into; got the same file" in capsys.readouterr().err
    assert unit.read_text(encoding="utf-8") == UNIT


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["hilang.xlsx"], "hilang.xlsx: SOURCE: must be an existing folder, a table of links"),
        (
            ["tautan.xlsx", "--into", "unit.txt"],
            "unit.txt: --into: must be a unit file (.yaml); got 'unit.txt'",
        ),
        (["tautan.xlsx", "--base-url", "drive/x"], "--base-url: URL: must be an http:// or https:// address"),
        (["tautan.xlsx", "--base-url", "https://drive.google.com/x"], "--base-url: SOURCE: must be a folder"),
        (
            ["unit.yaml", "--into", "unit.yaml"],
            "unit.yaml:1: (document): must be a YAML list of evidence records",
        ),  # a unit file is not a list of records
    ],
)
def test_bad_input_exits_3_with_one_line_per_problem(
    folder: Path,
    args: list[str],
    line: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(folder)
    assert main(["evidence", "scan", *args, "--lang", "en"]) == 3  # the lines below are the English form
    assert line in capsys.readouterr().err
    assert (folder / "unit.yaml").read_text(encoding="utf-8") == UNIT


def test_without_o_or_into_stdout_carries_the_records_and_the_report_has_everything(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_csv(folder / "tautan.csv", ROWS, delimiter=";")
    report = folder / "laporan.json"
    assert main(["evidence", "scan", str(folder / "tautan.csv"), "--report", str(report)]) == 0
    cap = capsys.readouterr()
    records = yaml.safe_load(cap.out)
    assert [r["url"] for r in records] == [
        "https://zi.uji.go.id/sk",
        "https://zi.uji.go.id/notulen",
        "https://zi.uji.go.id/apel",
    ]
    assert "3 baris bertautan dibaca, 3 data dukung" in cap.err
    rep = json.loads(report.read_text(encoding="utf-8"))
    assert rep["coverage"]["manajemen-perubahan"] == ["P.1.i.a", "R.1.ii"]
    assert [f["code"] for f in rep["findings"]] == ["EVIDENCE_TABLE_ROW_UNREAD"]
    assert rep["merge"] is None and len(rep["records"]) == 3


@pytest.mark.skipif(
    importlib.util.find_spec("zi_eval.evidence.scan") is None,
    reason="the folder scanner (zi_eval.evidence.scan, branch evidence-scan) is not merged yet",
)
def test_a_folder_source_is_scanned_into_the_unit(folder: Path, rubric: Rubric) -> None:
    tree = folder / "Data Dukung" / "P.1.i.a"
    tree.mkdir(parents=True)
    (tree / "SK Tim ZI.pdf").write_bytes(b"%PDF-1.4")
    unit = folder / "unit.yaml"
    assert main(["evidence", "scan", str(folder / "Data Dukung"), "--into", str(unit)]) == 0
    ev = load_unit(unit, rubric).evidence
    assert [(e.path, e.supports) for e in ev] == [("Data Dukung/P.1.i.a/SK Tim ZI.pdf", ("P.1.i.a",))]
    first = unit.read_bytes()
    assert main(["evidence", "scan", str(folder / "Data Dukung"), "--into", str(unit)]) == 0
    assert unit.read_bytes() == first


def test_a_folder_source_reaches_the_scanner_with_the_unit_and_its_folder(
    folder: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command's wiring, with a stand-in scanner: what it is given, and what it returns is merged."""
    import sys
    import types

    from zi_eval.evidence.result import EvidenceScan
    from zi_eval.models.unit import Evidence, Unit

    tree = folder / "Data Dukung"
    tree.mkdir()
    (tree / "sk.pdf").write_bytes(b"%PDF")
    calls: list[dict[str, object]] = []

    def scan_tree(root: Path, rub: Rubric, **kw: object) -> EvidenceScan:
        calls.append({"root": root, **kw})
        rec = Evidence(id="f-sk", title="SK", path="Data Dukung/sk.pdf", supports=("P.1.i.a", "apel"))
        finding = {"code": "EVIDENCE_UNPLACED", "path": "Data Dukung/lain.txt"}
        return EvidenceScan((rec,), [finding], files=2, skipped=0)

    fake = types.ModuleType("zi_eval.evidence.scan")
    fake.scan_tree = scan_tree  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "zi_eval.evidence.scan", fake)
    unit = folder / "unit.yaml"
    args = ["evidence", "scan", str(tree), "--into", str(unit), "--base-url", "https://drive.google.com/x"]
    assert main(args) == 0
    out = capsys.readouterr().out
    (call,) = calls
    assert call["root"] == tree and call["unit_dir"] == folder.resolve()
    assert call["base_url"] == "https://drive.google.com/x"
    given = call["unit"]
    assert isinstance(given, Unit) and given.unit.id == "uji"
    assert "2 berkas dibaca, 1 data dukung" in out
    assert "Kegiatan rencana aksi yang punya data dukung: 1/1" in out
    assert "  EVIDENCE_UNPLACED Data Dukung/lain.txt" in out
    assert [e.id for e in load_unit(unit, rubric).evidence] == ["f-sk"]


def test_a_workbook_zi_eval_wrote_gives_back_the_units_own_records_and_merging_it_changes_nothing(
    folder: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = folder / "unit.yaml"
    unit.write_text(
        UNIT.replace(
            "evidence: []\nanswers: {}\n",
            "evidence:\n- id: sk-tim\n  title: SK Tim ZI\n  url: https://zi.uji.go.id/sk\n  supports: [P.1.i.a]\n"
            "- id: notulen\n  title: Notulen rapat\n  url: https://zi.uji.go.id/notulen\n"
            "answers:\n  P.1.i.b:\n    answer: A\n    evidence: [notulen]\n",
        ),
        encoding="utf-8",
    )
    before = unit.read_bytes()
    book = folder / "lke-zi-eval.xlsx"
    assert main(["template", str(unit), "-o", str(book)]) == 0
    assert main(["evidence", "scan", str(book), "--into", str(unit), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Nothing changed" in out and "Findings" not in out
    assert unit.read_bytes() == before


def test_records_naming_an_activity_count_for_its_items_with_the_unit(rubric: Rubric) -> None:
    """A record naming a plan's activity (a folder scan with ``--into`` places files by activity too)
    supports the items it links to (here its pinned item, P.1.ii.a): the summary counted only the
    items records name, so such evidence read as missing."""
    unit = yaml.safe_load(UNIT.replace("  months: [2]\n", "  months: [2]\n  lke:\n  - {code: P.1.ii.a}\n"))
    plan = Unit.model_validate(unit)
    records = (
        Evidence(id="foto", title="Foto apel", url="https://zi.uji.go.id/apel", supports=("apel",)),
        Evidence(id="sk", title="SK Tim", url="https://zi.uji.go.id/sk", supports=("P.1.i.a",)),
    )
    assert coverage(records, rubric)["manajemen-perubahan"] == ["P.1.i.a"]
    assert coverage(records, rubric, plan)["manajemen-perubahan"] == ["P.1.i.a", "P.1.ii.a"]


def test_a_scan_of_zi_evals_workbook_without_the_unit_says_its_records_name_activities(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    """zi-eval's own workbook carries records naming the plan's activities (a01): without the unit file
    their items are not known, and the summary says so instead of reading as items without evidence."""
    plan = Path(__file__).resolve().parents[2] / "plans" / "bps-kota-contoh-2025.yaml"
    unit = load_unit(plan, rubric)
    naming = sum(1 for e in unit.evidence if any(s not in rubric.items for s in e.supports))
    assert naming  # the bundled plan's records name activities
    ev = evaluate_unit(unit, rubric, mode="evidenced")
    book = tmp_path / "unit-lke.xlsx"
    write_lke_workbook(ev, derive_flags(ev), book)
    assert main(["evidence", "scan", str(book), "-o", str(tmp_path / "ev.yaml")]) == 0
    assert f"{naming} data dukung menyebut kegiatan rencana aksi" in capsys.readouterr().out
    assert main(["--lang", "en", "evidence", "scan", str(book), "-o", str(tmp_path / "ev.yaml")]) == 0
    assert f"{naming} evidence records name plan activities" in capsys.readouterr().out


def test_a_list_written_before_the_unit_was_known_keeps_no_months_of_another_year(
    folder: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o`` first (no unit, no plan year), ``--into`` later: a record dated 2024 kept its months in a
    2025 unit, silently, where a scan with the unit drops them (EVIDENCE_OTHER_YEAR)."""
    listed = folder / "evidence.yaml"
    listed.write_text(
        "- {id: notulen-2024, title: Notulen Rapat Monev 12-03-2024, kind: notulen, url: 'https://zi.uji.go.id/n24',"
        " date: '2024-03-12', months: [3], supports: [P.1.iii.b]}\n"
        "- {id: notulen-2025, title: Notulen Rapat Monev 11-03-2025, kind: notulen, url: 'https://zi.uji.go.id/n25',"
        " date: '2025-03-11', months: [3], supports: [P.1.iii.b]}\n",
        encoding="utf-8",
    )
    unit = folder / "unit.yaml"
    assert main(["evidence", "scan", str(listed), "--into", str(unit)]) == 0
    assert "EVIDENCE_OTHER_YEAR" in capsys.readouterr().out
    months = {e.id: e.months for e in load_unit(unit, rubric).evidence}
    assert months == {"notulen-2024": (), "notulen-2025": (3,)}
