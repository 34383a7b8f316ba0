"""Every finding a scan emits renders in Indonesian and English; large trees can show a progress bar."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.evidence.trees import make_tree
from zi_eval.evidence import scan as scan_module
from zi_eval.evidence.scan import scan_tree
from zi_eval.flags.catalogue import FLAGS, SEVERITIES, finding_args, render, severity
from zi_eval.models.rubric import Rubric

SCAN_CODES = (
    "EVIDENCE_UNPLACED",
    "EVIDENCE_FOLDER_EMPTY",
    "EVIDENCE_LINK_OUTSIDE",
    "EVIDENCE_MONTHS_FROM_MTIME",
    "EVIDENCE_AMBIGUOUS",
)


def test_scan_codes_are_catalogued_with_a_severity() -> None:
    for code in SCAN_CODES:
        assert code in FLAGS and severity(code) in SEVERITIES
    assert severity("EVIDENCE_MONTHS_FROM_MTIME") == "info"


@pytest.mark.skipif(os.name == "nt", reason="POSIX symlinks")
def test_every_emitted_finding_renders_in_both_languages(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "dd", ["1.i.a SK.pdf", "scan0001.pdf", "P.1.i.b/", "P.1.i.a/SK Tim.pdf"])
    (root / "luar").symlink_to(tmp_path)
    scan = scan_tree(root, rubric)
    assert {f["code"] for f in scan.findings} == set(SCAN_CODES)
    for f in scan.findings:
        for lang in ("id", "en"):
            text = render(f["code"], lang, **finding_args(f))
            assert f["path"] in text and "{" not in text, text
    ambiguous = next(f for f in scan.findings if f["code"] == "EVIDENCE_AMBIGUOUS")
    assert "P.1.i.a, R.1.i.a" in render("EVIDENCE_AMBIGUOUS", "en", **finding_args(ambiguous))


def test_progress_bar_on_a_large_tree_on_a_terminal(
    tmp_path: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    n = scan_module.PROGRESS_MIN_FILES + 1
    root = make_tree(tmp_path / "dd", [f"P.1.i.a/Foto {i:05d}.jpg" for i in range(n)])
    plain = scan_tree(root, rubric)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    shown: list[int] = []
    real = scan_module._progress

    def spy(total: int, progress: bool):  # type: ignore[no-untyped-def]
        bar = real(total, progress)
        shown.append(total if bar is not None else -1)
        return bar

    monkeypatch.setattr(scan_module, "_progress", spy)
    with_bar = scan_tree(root, rubric, progress=True)
    assert shown == [n]
    assert with_bar == plain
    assert scan_module._progress(10, True) is None  # small trees: no bar
    assert scan_module._progress(n, False) is None  # not asked: no bar
