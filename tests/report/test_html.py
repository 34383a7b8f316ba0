"""The HTML report: self-contained, escaped, verdict first, and right in a real browser."""

from __future__ import annotations

import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.builders import make_unit
from tests.conftest import ROOT
from zi_eval import __version__
from zi_eval.cli import main
from zi_eval.flags import derive_flags
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Evidence, UnitInfo
from zi_eval.report.html_report import render_html
from zi_eval.scoring.engine import evaluate_unit

PLAN = ROOT / "plans" / "kpu-luwu-2025.yaml"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _hostile_eval(rubric: Rubric):  # type: ignore[no-untyped-def]
    act = Activity(
        id="a1", ra_area=HOSTILE, area="manajemen-perubahan", kegiatan=HOSTILE, sub_kegiatan=None, months=(1,)
    )
    unit = make_unit(rubric, activities=(act,))
    unit = unit.model_copy(
        update={
            "unit": UnitInfo(id="u", name=HOSTILE, instansi="javascript:alert(1)", year=2025),
            "evidence": (Evidence(id="e-all", title=HOSTILE, url="https://example.go.id/x"),),
        }
    )
    ev = evaluate_unit(unit, rubric)
    return ev, derive_flags(ev)


def test_user_text_is_escaped_everywhere(rubric: Rubric) -> None:
    ev, flags = _hostile_eval(rubric)
    page = render_html(ev, flags, {}, "<b>file</b>.yaml", "abc", "id")
    parsed = _Collect()
    parsed.feed(page)
    tags = [t for t, _ in parsed.tags]
    assert "script" not in tags
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    assert all(
        t
        in (
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "main",
            "h1",
            "h2",
            "h3",
            "p",
            "section",
            "div",
            "b",
            "br",
            "table",
            "tr",
            "th",
            "td",
            "small",
            "code",
            "footer",
            "img",
            # the evidence beside items and activities: titles as links, long lists folded
            "colgroup",
            "col",
            "ul",
            "li",
            "a",
            "del",
            "span",
            "details",
            "summary",
        )
        for t in tags
    )
    hrefs = [attrs.get("href") or "" for t, attrs in parsed.tags if t == "a"]
    assert hrefs and all(h.startswith("https://") for h in hrefs)  # the hostile title is only text
    assert HOSTILE in "".join(parsed.text)  # shown as text, not markup
    assert "&lt;script&gt;" in page


def test_sections_in_order_and_footer(full_eval) -> None:  # type: ignore[no-untyped-def]
    ev, flags = full_eval
    page = render_html(ev, flags, {"modes": b"\x89PNG..."}, "unit.yaml", "deadbeef", "id")
    order = [
        page.index(x)
        for x in (
            "WBK: MEMENUHI SYARAT",
            "Kriteria WBK/WBBM",
            "Area pengungkit",
            "Temuan (",
            "Kalender rencana aksi",
            "Butir LKE",
            "<footer>",
        )
    ]
    assert order == sorted(order)
    footer = page[page.index("<footer>") :]
    assert f"zi-eval {__version__}" in footer and "permenpanrb-90-2021" in footer and "2021.1" in footer
    assert "sha256:deadbeef" in footer
    assert 'src="data:image/png;base64,' in page
    assert not re.search(r'src="(?!data:)', page)  # self-contained: no external resources


def _chromium() -> str | None:
    return os.environ.get("ZI_EVAL_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    exe = _chromium()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (.ci/run installs Debian's chromium)")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=exe,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


def _open(browser, path: Path, shot: Path):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1200, "height": 1600})
    messages: list[str] = []
    errors: list[str] = []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.screenshot(path=str(shot), full_page=True)
    return page, messages, errors


def test_report_in_headless_chromium(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    assert main(["report", str(PLAN), "-o", str(out)]) == 0
    page, messages, errors = _open(browser, out / "index.html", tmp_path / "report.png")
    assert [m for m in messages if m.startswith("error")] == [] and errors == []
    assert page.locator("h1").inner_text().startswith("Evaluasi Mandiri Zona Integritas — KPU Kabupaten Luwu")
    assert page.get_by_text("WBK: BELUM MEMENUHI SYARAT").is_visible()
    assert page.get_by_text("Kriteria WBK/WBBM").is_visible()
    assert page.locator("img").count() == 7
    widths = page.eval_on_selector_all("img", "els => els.map(e => e.naturalWidth)")
    assert all(w > 100 for w in widths)  # every embedded chart decoded
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_no_script_runs_from_hostile_text(browser, rubric: Rubric, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ev, flags = _hostile_eval(rubric)
    f = tmp_path / "index.html"
    f.write_text(render_html(ev, flags, {}, "x.yaml", "0", "id"), encoding="utf-8")
    page, messages, errors = _open(browser, f, tmp_path / "hostile.png")
    page.on("dialog", lambda d: errors.append("dialog: " + d.message))
    page.reload()
    assert errors == [] and not [m for m in messages if m.startswith("error")]
    assert page.evaluate("document.scripts.length") == 0
    assert HOSTILE in page.locator("h1").inner_text()
