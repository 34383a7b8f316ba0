"""Scanning is safe: no link out of the tree, no loop, hidden and system files skipped, nothing opened."""

from __future__ import annotations

import builtins
import io
import os
import tempfile
from pathlib import Path

import pytest

from tests.evidence.trees import make_tree, remove_tree
from zi_eval.evidence.scan import scan_tree
from zi_eval.evidence.walk import is_hidden, walk_tree
from zi_eval.models.rubric import Rubric

symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs POSIX symlinks")


@symlinks
def test_links_leaving_the_tree_are_not_followed(tmp_path: Path, rubric: Rubric) -> None:
    secret = make_tree(tmp_path / "elsewhere", ["P.1.i.a/SK Rahasia.pdf", "gaji.xlsx"])
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim.pdf"])
    (root / "P.1.i.a" / "bocor").symlink_to(secret)  # a folder outside
    (root / "gaji.xlsx").symlink_to(secret / "gaji.xlsx")  # a file outside
    (root / "naik").symlink_to(tmp_path)  # the tree's own parent
    scan = scan_tree(root, rubric)
    assert [r.path for r in scan.records] == ["P.1.i.a/SK Tim.pdf"]
    outside = [(f["code"], f["path"]) for f in scan.findings if f["code"] == "EVIDENCE_LINK_OUTSIDE"]
    assert outside == [
        ("EVIDENCE_LINK_OUTSIDE", "gaji.xlsx"),
        ("EVIDENCE_LINK_OUTSIDE", "naik"),
        ("EVIDENCE_LINK_OUTSIDE", "P.1.i.a/bocor"),
    ]
    assert scan.files == 1


@symlinks
def test_a_link_loop_inside_the_tree_ends(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "dd", ["AREA I/i. Penyusunan Tim Kerja/a. SK Tim.pdf"])
    (root / "AREA I" / "i. Penyusunan Tim Kerja" / "ke atas").symlink_to(root / "AREA I")  # a loop
    (root / "AREA I" / "diri").symlink_to(root / "AREA I", target_is_directory=True)  # itself
    scan = scan_tree(root, rubric)
    # both links lead to a folder already open on the way down: not entered again
    assert [r.path for r in scan.records] == ["AREA I/i. Penyusunan Tim Kerja/a. SK Tim.pdf"]
    assert not [f for f in scan.findings if f["code"] == "EVIDENCE_LINK_OUTSIDE"]


@symlinks
def test_two_folders_linking_each_other_end(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "dd", ["A/x.pdf", "B/y.pdf"])
    (root / "A" / "keB").symlink_to(root / "B")
    (root / "B" / "keA").symlink_to(root / "A")
    paths = [r.path for r in scan_tree(root, rubric).records]
    assert paths == ["A/keB/y.pdf", "A/x.pdf", "B/keA/x.pdf", "B/y.pdf"]


@symlinks
def test_a_link_inside_the_tree_files_one_folder_under_a_second_item(tmp_path: Path, rubric: Rubric) -> None:
    """A unit may link a folder under a second item: its files support that item too, under the link."""
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim.pdf", "P.1.i.b/"])
    (root / "P.1.i.b" / "lihat P.1.i.a").symlink_to(root / "P.1.i.a")
    (root / "P.1.i.b" / "SK.pdf").symlink_to(root / "P.1.i.a" / "SK Tim.pdf")
    records = {r.path: r.supports for r in scan_tree(root, rubric).records}
    assert records == {
        "P.1.i.a/SK Tim.pdf": ("P.1.i.a",),
        "P.1.i.b/SK.pdf": ("P.1.i.b",),
        # folders naming two items, one inside the other, are deliberate filing: both are supported
        "P.1.i.b/lihat P.1.i.a/SK Tim.pdf": ("P.1.i.b", "P.1.i.a"),
    }


@symlinks
def test_broken_link_is_skipped(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim.pdf"])
    (root / "P.1.i.a" / "hilang.pdf").symlink_to(root / "tidak ada.pdf")
    assert [r.path for r in scan_tree(root, rubric).records] == ["P.1.i.a/SK Tim.pdf"]


def test_hidden_and_system_files_are_skipped_and_counted(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(
        tmp_path / "dd",
        [
            "P.1.i.a/SK Tim.docx",
            "P.1.i.a/~$SK Tim.docx",  # Word's lock file
            "P.1.i.a/.~lock.Notulen.odt#",  # LibreOffice's
            "P.1.i.a/Thumbs.db",
            "P.1.i.a/desktop.ini",
            "P.1.i.a/.DS_Store",
            "P.1.i.a/upload.tmp",
            "P.1.i.a/Notulen.docx~",
            ".git/config",  # a hidden folder: skipped whole, counted once
            "__MACOSX/P.1.i.a/._SK Tim.docx",
            "P.1.i.b/.gitkeep",  # only a hidden file: the item folder is empty
        ],
    )
    scan = scan_tree(root, rubric)
    assert [r.path for r in scan.records] == ["P.1.i.a/SK Tim.docx"]
    assert (scan.files, scan.skipped) == (1, 10)
    assert [(f["code"], f["path"]) for f in scan.findings if f["code"] != "EVIDENCE_MONTHS_FROM_MTIME"] == [
        ("EVIDENCE_FOLDER_EMPTY", "P.1.i.b")
    ]


@pytest.mark.parametrize(
    ("name", "folder", "hidden"),
    [
        ("SK.pdf", False, False),
        ("THUMBS.DB", False, True),
        ("Desktop.ini", False, True),
        ("~$Laporan.xlsx", False, True),
        ("Laporan.TMP", False, True),
        ("$RECYCLE.BIN", True, True),
        ("System Volume Information", True, True),
        ("tmp", True, False),
        ("~Laporan.pdf", False, False),  # a leading tilde alone is a name, not a lock file
    ],
)
def test_hidden_names(name: str, folder: bool, hidden: bool) -> None:
    assert is_hidden(name, folder) is hidden


def test_no_file_is_opened(tmp_path: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names, sizes and times only: a scan with every way of opening a file forbidden still works."""
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim.pdf", "AREA I/Laporan Monev TW I.pdf", "foto.jpg"])
    before = scan_tree(root, rubric)  # loads the vocabularies (package data) once

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"a file was opened: {args[:1]}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    monkeypatch.setattr(os, "open", refuse)
    assert scan_tree(root, rubric) == before


def test_scanning_twice_gives_equal_records(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(
        tmp_path / "dd",
        ["P.1.i.a/SK Tim.pdf", "1.i.a SK.pdf", "AREA I/Laporan Monev TW I.pdf", "x/y/scan.pdf", "P.2.ii.a/"],
    )
    first, second = scan_tree(root, rubric), scan_tree(root, rubric)
    assert first.records == second.records
    assert first.findings == second.findings
    assert len({r.id for r in first.records}) == len(first.records) == 4


def test_walk_counts_files_below_each_folder(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "dd", ["a/b/1.pdf", "a/b/2.pdf", "a/c/", "d.pdf"])
    walk = walk_tree(root)
    assert walk.folders == {(): 3, ("a",): 2, ("a", "b"): 2, ("a", "c"): 0}
    assert [f.parts for f in walk.files] == [("a", "b", "1.pdf"), ("a", "b", "2.pdf"), ("d.pdf",)]


def test_a_very_deep_tree_is_walked_without_recursion(rubric: Rubric) -> None:
    """Deeper than Python's recursion limit allows a recursive walk (folders named "a", one inside the next).

    Built outside pytest's tmp_path and removed here without recursion: pytest's own clean-up of old
    temporary folders recurses and would fail on it (in this run and in later ones).
    """
    depth = 1100
    top = Path(tempfile.mkdtemp(prefix="zi-eval-deep-"))
    try:
        deep = top / "dd"
        deep.mkdir()
        for _ in range(depth):  # one by one: os.makedirs itself recurses
            deep = deep / "a"
            deep.mkdir()
        (deep / "P.1.i.a SK Tim.pdf").write_bytes(b"x")
        walk = walk_tree(top / "dd")
        assert [len(f.parts) for f in walk.files] == [depth + 1]
        assert walk.folders[()] == 1 and len(walk.folders) == depth + 1
        (record,) = scan_tree(top / "dd", rubric).records
        assert (record.title, record.supports) == ("SK Tim", ("P.1.i.a",))
    finally:
        remove_tree(top)
