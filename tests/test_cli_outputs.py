"""An output path is never a file the command reads, nor another output of the same command (exit 3)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from zi_eval.cli import main

PLAN = ROOT / "plans" / "kpu-luwu-2025.yaml"
SEED = DATA / "rencana-aksi-kpu-luwu-2025.txt"


@pytest.mark.parametrize(
    ("source", "argv"),
    [
        # the unit YAML was written over the plan it was imported from, the text report over the unit file
        (SEED, ["import", "{src}", "-o", "{src}"]),
        (PLAN, ["evaluate", "{src}", "-o", "{src}"]),
        (PLAN, ["compare", "{src}", "-o", "{src}"]),
        (PLAN, ["compare", "{src}", "--chart", "{src}"]),
    ],
)
def test_an_output_over_an_input_is_refused_and_the_input_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path, argv: list[str]
) -> None:
    src = tmp_path / source.name
    shutil.copy(source, src)
    before = src.read_bytes()
    rc = main([a.format(src=src) for a in argv])
    assert rc == 3
    assert src.read_bytes() == before
    assert "berkas yang sama" in capsys.readouterr().err


def test_a_compare_table_over_a_unit_of_the_folder_compared_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "compare units/ -o units/a.yaml" replaced a unit the folder gave with the table, exit 0."""
    units = tmp_path / "units"
    units.mkdir()
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(PLAN, units / name)
    before = (units / "a.yaml").read_bytes()
    assert main(["compare", str(units), "-o", str(units / "a.yaml")]) == 3
    assert (units / "a.yaml").read_bytes() == before
    assert "-o: harus berkas selain unit-unit di INPUTS; didapat salah satunya" in capsys.readouterr().err
    assert main(["compare", str(units), "-o", str(units / "tabel.csv")]) == 0  # a new file there is fine


def test_a_report_over_the_workbook_it_reads_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "report rep/x-lke.xlsx -o rep" wrote a new workbook over the one read (a note typed in it lost)."""
    rep = tmp_path / "rep"
    assert main(["report", str(PLAN), "-o", str(rep)]) == 0
    (book,) = rep.glob("*-lke.xlsx")
    before = book.read_bytes()
    capsys.readouterr()
    assert main(["report", str(book), "-o", str(rep), "--lang", "en"]) == 3
    assert book.read_bytes() == before
    err = capsys.readouterr().err
    assert (
        f"{book}: output: must be a folder where the report replaces no file it reads; got the input file"
        in err
    )
    assert main(["report", str(book), "-o", str(tmp_path / "rep2")]) == 0  # elsewhere: written


def test_the_problem_names_both_arguments_in_either_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "unit.yaml"
    shutil.copy(PLAN, src)
    assert main(["evaluate", str(src), "-o", str(src), "--lang", "en"]) == 3
    assert f"{src}: -o: must be a file other than INPUT; got the same file" in capsys.readouterr().err
    assert main(["evaluate", str(src), "-o", str(src)]) == 3
    assert "-o: harus berkas selain INPUT; didapat berkas yang sama" in capsys.readouterr().err


def test_two_outputs_of_one_command_on_one_path_are_refused(tmp_path: Path) -> None:
    out = tmp_path / "hasil.json"
    assert main(["import", str(SEED), "-o", str(out), "--report", str(out)]) == 3
    assert not out.exists()
    assert main(["compare", str(PLAN), "-o", str(out), "--chart", str(tmp_path / "c.png")]) == 0
    assert out.exists() and (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"


def test_a_chart_is_written_only_under_a_png_name(tmp_path: Path) -> None:
    chart = tmp_path / "peta.jpg"
    assert main(["compare", str(PLAN), "--chart", str(chart)]) == 3
    assert not chart.exists()


def test_a_report_folder_under_a_file_names_the_file_in_the_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``report -o berkas/sub`` where ``berkas`` is a file: the reason is the file in the way, not a
    permission (it said "tidak ada izin" for every error of the system)."""
    (tmp_path / "berkas").write_text("x", encoding="utf-8")
    out = tmp_path / "berkas" / "sub"
    assert main(["report", str(PLAN), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert "didapat path melewati sebuah berkas" in err and "izin" not in err
    assert (tmp_path / "berkas").read_text(encoding="utf-8") == "x"


PN = ROOT / "plans" / "pn-contoh-2025.yaml"


def test_a_template_over_a_link_writes_the_links_target_and_keeps_the_link(tmp_path: Path) -> None:
    """A probe (q9) wrote `template -o link.xlsx` over the link itself (a regular file in its place,
    the target untouched), and over a dangling link likewise: template moved its file into place
    without looking at what the path names, as every other output does."""
    archive = tmp_path / "Arsip ZI"
    archive.mkdir()
    (archive / "lke.xlsx").write_bytes(b"OLD")
    link = tmp_path / "link.xlsx"
    link.symlink_to(archive / "lke.xlsx")
    assert main(["template", str(PN), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert (archive / "lke.xlsx").read_bytes()[:2] == b"PK"  # the workbook, at the link's target
    dangling = tmp_path / "baru.xlsx"
    dangling.symlink_to(archive / "lke 2025.xlsx")
    assert main(["template", str(PN), "-o", str(dangling)]) == 0
    assert dangling.is_symlink() and (archive / "lke 2025.xlsx").read_bytes()[:2] == b"PK"


def test_a_template_over_a_read_only_file_or_under_a_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`template -o ro.xlsx` replaced a read-only file (mode 644 after), and `-o afile/x.xlsx` ended in
    exit 4 (FileExistsError): both are bad paths, exit 3 with the reason, the file kept."""
    ro = tmp_path / "ro.xlsx"
    ro.write_bytes(b"KEEP")
    ro.chmod(0o444)
    assert main(["--lang", "en", "template", str(PN), "-o", str(ro)]) == 3
    assert "a read-only file" in capsys.readouterr().err
    assert ro.read_bytes() == b"KEEP"
    afile = tmp_path / "afile"
    afile.write_bytes(b"x")
    assert main(["--lang", "en", "template", str(PN), "-o", str(afile / "x.xlsx")]) == 3
    assert str(afile / "x.xlsx") in capsys.readouterr().err
    assert afile.read_bytes() == b"x"


@pytest.mark.parametrize("command", ["report", "evaluate", "template"])
def test_an_empty_output_path_is_refused(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`report -o ""` (an unset $OUT) wrote nine files into the current folder, replacing a user's
    index.html there, with exit 0 (q9): an empty path is the current folder to Path. It is a usage error."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "index.html").write_text("punya saya", encoding="utf-8")
    assert main(["--lang", "en", command, str(PN), "-o", ""]) == 2
    assert (
        "-o/--output: must be a file or folder path (not empty, not '-'); got ''" in capsys.readouterr().err
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == "punya saya"


def test_a_template_written_through_a_link_links_its_evidence_from_where_it_lands(tmp_path: Path) -> None:
    """Written through a link (lk/link.xlsx -> ../far/deep/real.xlsx), the workbook's evidence links
    were worked out from the link's folder and opened nothing from where the workbook is (a review)."""
    import openpyxl

    (tmp_path / "dd").mkdir()
    (tmp_path / "dd" / "SK Tim.pdf").write_bytes(b"%PDF")
    unit = tmp_path / "u.yaml"
    unit.write_text(
        "unit: {id: uji-2025, name: Satker Uji, year: 2025}\n"
        "answers:\n  P.1.i.a: {answer: Ya, evidence: [sk]}\n"
        "evidence:\n  - {id: sk, title: SK Tim, path: dd/SK Tim.pdf, supports: [P.1.i.a]}\n",
        encoding="utf-8",
    )
    (tmp_path / "far" / "deep").mkdir(parents=True)
    (tmp_path / "lk").mkdir()
    link = tmp_path / "lk" / "link.xlsx"
    link.symlink_to(Path("..") / "far" / "deep" / "real.xlsx")
    assert main(["template", str(unit), "-o", str(link)]) == 0
    book = openpyxl.load_workbook(tmp_path / "far" / "deep" / "real.xlsx")
    targets = [
        c.hyperlink.target
        for ws in book
        for row in ws.iter_rows()
        for c in row
        if c.hyperlink is not None and "SK" in (c.hyperlink.target or "")
    ]
    assert targets
    for target in targets:
        assert (tmp_path / "far" / "deep" / target.replace("\\", "/").replace("%20", " ")).resolve().is_file()


def test_dash_is_the_screen_where_a_command_prints_and_refused_where_it_writes_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`evaluate --format json -o -` wrote a 92 KB file named '-' and printed nothing (q9)."""
    monkeypatch.chdir(tmp_path)
    assert main(["evaluate", str(PN), "--format", "json", "-o", "-"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("{")
    assert main(["--lang", "en", "template", str(PN), "-o", "-"]) == 2
    assert "not empty, not '-'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
