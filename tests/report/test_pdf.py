"""report --pdf: A4 pages printed by headless Chromium, charts whole; a clear word when Chromium is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pdfplumber
import pytest

from zi_eval.cli import main
from zi_eval.report.pdf import find_chromium

PLAN = Path(__file__).resolve().parents[2] / "plans" / "pn-contoh-2025.yaml"
A4 = (595, 842)  # points


def test_report_pdf_is_a4_with_whole_charts(tmp_path: Path) -> None:
    if find_chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (.ci/run installs Debian's chromium)")
        pytest.skip("chromium not installed")
    assert main(["report", str(PLAN), "-o", str(tmp_path / "r"), "--pdf"]) == 0
    pdf = tmp_path / "r" / "pn-contoh-2025-laporan.pdf"
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) > 1
        assert {(round(p.width), round(p.height)) for p in doc.pages} == {A4}
        assert "Pengadilan Negeri Contoh" in doc.pages[0].extract_text()
        images = [(i, im) for i, p in enumerate(doc.pages) for im in p.images]
        assert len(images) >= 5  # the charts
        for i, im in images:  # a chart cut by a page break would reach past its page's edge
            assert im["top"] >= -1 and im["bottom"] <= doc.pages[i].height + 1, (i, im["top"], im["bottom"])
    assert not [p for p in (tmp_path / "r").iterdir() if p.name.startswith(".report.")]  # no temp left


def test_report_pdf_without_chromium_says_so_and_keeps_the_html(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ZI_EVAL_CHROMIUM", str(tmp_path / "no-chromium-here"))
    assert main(["report", str(PLAN), "-o", str(tmp_path / "r"), "--pdf", "--lang", "en"]) == 3
    assert "Chromium was not found" in capsys.readouterr().err
    assert (tmp_path / "r" / "index.html").is_file()
    assert not list((tmp_path / "r").glob("*.pdf"))
