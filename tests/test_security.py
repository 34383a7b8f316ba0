"""Hostile text in every free-text field: escaped in HTML (parsed and in a browser), neutralised in
every xlsx and CSV cell; YAML loaded safely; evidence URLs limited to http(s)."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from itertools import cycle
from pathlib import Path

import openpyxl
import pytest

import zi_eval as zi
from tests.conftest import ROOT
from tests.report.test_html import browser  # noqa: F401  (the shared headless Chromium fixture)
from zi_eval.cli import main
from zi_eval.models.serialize import dump_unit
from zi_eval.models.unit import Unit

HOSTILE = [
    '<script>alert("xss")</script>',
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.cookie)",
    "' onmouseover='alert(1)",
    '=HYPERLINK("http://evil.example","klik")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "</style><script>alert(2)</script>",
]


def hostile_unit() -> Unit:
    """The court example with every free-text field replaced by hostile text."""
    base = zi.load_unit(ROOT / "plans" / "pn-contoh-2025.yaml")
    text = cycle(HOSTILE)
    info = base.unit.model_copy(update={"name": next(text), "instansi": next(text), "decree": next(text)})
    acts = tuple(
        a.model_copy(
            update={
                "ra_area": next(text),
                "kegiatan": next(text),
                "sub_kegiatan": next(text),
                "indicators": (next(text),),
                "substeps": tuple(s.model_copy(update={"text": next(text)}) for s in a.substeps),
            }
        )
        for a in base.activities
    )
    evidence = tuple(e.model_copy(update={"title": next(text), "kind": next(text)}) for e in base.evidence)
    answers = {c: a.model_copy(update={"note": next(text)}) for c, a in base.answers.items()}
    return base.model_copy(
        update={"unit": info, "activities": acts, "evidence": evidence, "answers": answers}
    )


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    f = tmp_path_factory.mktemp("hostile") / "hostile.yaml"
    f.write_text(dump_unit(hostile_unit()), encoding="utf-8")
    return f


@pytest.fixture(scope="module")
def report_dir(hostile_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    assert main(["report", str(hostile_file), "-o", str(out), "--mode", "claimed"]) == 0
    return out


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_html_has_no_script_handlers_or_javascript_urls(report_dir: Path) -> None:
    page = (report_dir / "index.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    assert "script" not in {t for t, _ in parser.tags}
    for _, attrs in parser.tags:
        for name, value in attrs:
            assert not name.lower().startswith("on")
            assert not (value or "").lower().lstrip().startswith("javascript:")
    assert page.count("&lt;script&gt;") >= 5  # the hostile text is there, as text


def test_no_script_runs_in_the_browser(report_dir: Path, browser) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_page()
    events: list[str] = []
    page.on("dialog", lambda d: (events.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: events.append(str(e)))
    page.goto((report_dir / "index.html").as_uri())
    page.mouse.move(200, 200)
    assert events == []
    assert page.evaluate("document.scripts.length") == 0
    assert '<script>alert("xss")</script>' in page.locator("h1").inner_text()


def _string_cells(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type == "s":
                    out.append((ws.title, cell.coordinate, cell.value))
    return out


def test_every_xlsx_cell_is_neutralised(report_dir: Path) -> None:
    cells = _string_cells(next(report_dir.glob("*-lke.xlsx")))
    bad = [c for c in cells if c[2].startswith(("=", "+", "-", "@"))]
    assert bad == []
    assert any(v == "'" + HOSTILE[4] for _, _, v in cells)


def test_every_csv_cell_is_neutralised(hostile_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["compare", str(hostile_file), str(ROOT / "plans" / "pn-contoh-2025.yaml"), "--format", "csv"])
        == 0
    )
    for row in csv.reader(io.StringIO(capsys.readouterr().out)):
        for value in row:
            assert not value.startswith(("=", "+", "@")) and not (
                value.startswith("-") and not _number(value)
            )


def _number(value: str) -> bool:
    try:
        float(value)
        return True
    except ValueError:
        return False


def test_yaml_python_tags_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    f = tmp_path / "u.yaml"
    f.write_text(f'unit: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    assert main(["validate", str(f)]) == 3
    assert not marker.exists()


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "ftp://example.org/x"]
)
def test_evidence_urls_limited_to_http(tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "tests" / "data" / "good" / "good_minimal_unit.yaml").read_text(encoding="utf-8")
    f = tmp_path / "u.yaml"
    f.write_text(text.replace("https://example.go.id/sk-tim.pdf", url), encoding="utf-8")
    assert main(["validate", str(f)]) == 3
    assert "evidence[0].url: harus teks yang cocok dengan pola" in capsys.readouterr().err
