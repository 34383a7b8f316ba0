"""User text on the terminal (issue 17 #7, #20): every command shows what a user wrote exactly, and
nothing more. Colour codes, OSC-8 links, BEL and the one-byte CSI never reach the terminal; rich
markup (``[/x]``, ``[bold]``) and emoji codes (``:thumbs_up:``) print as written; JSON keeps the text
as it is (JSON escapes it)."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import DATA
from zi_eval.cli import main
from zi_eval.io.words import printable
from zi_eval.report.terminal import shown

#: What a hostile (or careless) name holds: a colour, a hidden link, a bell, an 8-bit CSI, rich
#: markup that would crash or vanish, and an emoji code rich would replace.
HOSTILE = "X\x1b[31mMERAH\x1b[0m \x1b]8;;http://x.example\x07tautan\x1b]8;;\x07 \x07 \x9b31m [/x] [bold]B[/bold] :thumbs_up:"
RAW_CONTROLS = ("\x1b", "\x07", "\x9b")


def _quoted(text: str) -> str:
    return json.dumps(text)  # a YAML double-quoted scalar


@pytest.fixture()
def hostile_unit(tmp_path: Path) -> Path:
    """The minimal unit with the hostile text in its name, a sub-kegiatan, an area, an evidence title and
    a note."""
    text = (DATA / "good" / "good_minimal_unit.yaml").read_text(encoding="utf-8")
    for old, new in (
        ("name: Satuan Kerja Contoh", f"name: {_quoted('Unit ' + HOSTILE)}"),
        ("sub_kegiatan: Penerbitan SK Tim", f"sub_kegiatan: {_quoted('Sub ' + HOSTILE)}"),
        ("ra_area: Pengawasan", f"ra_area: {_quoted('Area ' + HOSTILE)}"),
        ("title: SK Tim Pembangunan ZI", f"title: {_quoted('Judul ' + HOSTILE)}"),
        ("P.1.i.b: {answer: B}", "P.1.i.b: {answer: B, note: " + _quoted("Catatan " + HOSTILE) + "}"),
    ):
        assert old in text
        text = text.replace(old, new)
    f = tmp_path / "unit.yaml"
    f.write_text(text, encoding="utf-8")
    return f


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["--lang", "en", *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out + out.err


def _assert_shown_exactly(text: str) -> None:
    assert not any(c in text for c in RAW_CONTROLS), [c for c in RAW_CONTROLS if c in text]
    assert "[/x]" in text and "[bold]B[/bold]" in text and ":thumbs_up:" in text
    assert "\\x1b[31mMERAH" in text  # the escape is shown, so a reader sees something was there


def test_printable_escapes_c0_c1_and_separators_and_keeps_what_is_asked() -> None:
    assert printable("a\x1b[2Jb\x07\x9b\x85\u2028\x7f") == "a\\x1b[2Jb\\x07\\x9b\\x85\\u2028\\x7f"
    assert printable("baris 1\n\tbaris 2", keep="\n\t") == "baris 1\n\tbaris 2"
    assert printable("baris 1\nbaris 2") == "baris 1\\nbaris 2"
    assert printable("Pelayanan Publik — ✓ é") == "Pelayanan Publik — ✓ é"


def test_shown_is_never_markup() -> None:
    t = shown("[/x] [bold]B[/bold] :thumbs_up: \x1b[31m")
    assert t.plain == "[/x] [bold]B[/bold] :thumbs_up: \\x1b[31m" and not t.spans


def test_evaluate_text_on_screen_and_in_a_file(
    hostile_unit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _assert_shown_exactly(_run(capsys, "evaluate", str(hostile_unit), "--flags", "all", "--next"))
    out = tmp_path / "ringkasan.txt"
    _run(capsys, "evaluate", str(hostile_unit), "--flags", "all", "-o", str(out))
    _assert_shown_exactly(out.read_text(encoding="utf-8"))


def test_evaluate_json_keeps_the_text_as_written(
    hostile_unit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(_run(capsys, "evaluate", str(hostile_unit), "--format", "json"))
    assert data["unit"]["name"] == "Unit " + HOSTILE


def test_scenario_text(hostile_unit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scn = tmp_path / "andai.yaml"
    scn.write_text("- {op: set_answer, item: P.1.i.b, answer: A}\n", encoding="utf-8")
    _assert_shown_exactly(_run(capsys, "evaluate", str(hostile_unit), "--scenario", str(scn)))


def test_compare_with_markup_in_a_unit_name_ranks_instead_of_crashing(
    hostile_unit: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # the name on one line of the table, to read it back
    text = _run(capsys, "compare", str(hostile_unit), str(DATA / "good" / "good_minimal_unit.yaml"))
    _assert_shown_exactly(text)
    assert "Satuan Kerja Contoh" in text


def test_import_summary_and_yaml_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = "NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tINDIKATOR\t" + "\t".join(map(str, range(1, 13)))
    row = "1\tManajemen Perubahan\tRapat [/x] :thumbs_up:\tSub [bold]B[/bold]\tNotulen\tx\t[/y] \x9b31m"
    f = tmp_path / "ra.txt"
    f.write_text(head + "\n" + row + "\n", encoding="utf-8")
    code = main(["--lang", "en", "import", str(f)])
    out = capsys.readouterr()
    assert code == 0, out.err
    # stdout is the unit YAML exactly as dumped: no emoji put in for :thumbs_up:, markup kept
    assert "Rapat [/x] :thumbs_up:" in out.out and "👍" not in out.out + out.err
    assert not any(c in out.out + out.err for c in RAW_CONTROLS)
    assert "[/y]" in out.err  # the month cell that is no mark, named in the summary


def test_lke_workbook_answer_cells(
    hostile_unit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "lke.xlsx"
    _run(capsys, "template", str(hostile_unit), "-o", str(book))
    wb = openpyxl.load_workbook(book)
    ws = wb["LKE ZI"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 11).value == "B")
    ws.cell(row, 11).value = "[/x] [bold]B"  # an answer the reader cannot take: said in a finding
    wb.save(book)
    for args in (["import", str(book)], ["evaluate", str(book), "--flags", "all"]):
        text = _run(capsys, *args)
        assert "'[/x] [bold]B'" in text.replace("\n", "") and not any(c in text for c in RAW_CONTROLS)


def test_evidence_scan_and_report_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bukti [bold]"
    folder.mkdir()
    (folder / "SK Tim \x1b[31m[bold] :thumbs_up:.pdf").write_bytes(b"%PDF-1.4\n")
    text = _run(capsys, "evidence", "scan", str(folder))
    assert not any(c in text for c in RAW_CONTROLS) and "bukti [bold]" in text
    unit = tmp_path / "unit.yaml"
    shutil.copy(DATA / "good" / "good_minimal_unit.yaml", unit)
    text = _run(capsys, "report", str(unit), "-o", str(tmp_path / "laporan [bold] \x1b[31m"))
    assert "laporan [bold] \\x1b[31m" in text and not any(c in text for c in RAW_CONTROLS)


def test_a_usage_error_shows_the_escape(hostile_unit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(hostile_unit), "--as-of", "2025-\x1b[31m06"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "2025-\\x1b[31m06" in err


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_printable_leaves_no_control_character_and_changes_nothing_else(text: str) -> None:
    out = printable(text, keep="\n\t")
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in out)
    assert not any(c in out for c in "\u2028\u2029")
    clean = not any(unicodedata.category(c) == "Cc" and c not in "\n\t" or c in "\u2028\u2029" for c in text)
    assert (out == text) == clean  # text without controls is shown as it is, and only that text
    assert printable(out, keep="\n\t") == out  # escaping twice changes nothing more


def test_on_a_colour_terminal_only_rich_colours(
    hostile_unit: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich writes its own colour codes, as on a terminal
    text = _run(capsys, "evaluate", str(hostile_unit), "--flags", "all")
    assert "\x1b[" in text  # rich's own styles are there
    for raw in ("\x1b[31mMERAH", "\x1b]8;;", "\x07", "\x9b"):
        assert raw not in text
    assert "\\x1b[31mMERAH" in text and "[/x]" in text and "[bold]B[/bold]" in text
