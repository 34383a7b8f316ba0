"""The report shows evidence: titles as links beside items and activities, coverage per area and month, gaps."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import openpyxl
import pytest

from tests.builders import make_unit
from tests.report.test_html import browser  # noqa: F401  (the suite's headless Chromium, skipped when absent)
from zi_eval.cli import main
from zi_eval.flags import Flag, derive_flags
from zi_eval.lke.layout import COL, FIRST_ROW, SHEET, entities
from zi_eval.models.rubric import Rubric
from zi_eval.models.serialize import dump_unit
from zi_eval.models.unit import Activity, Answer, Evidence, Hasil, LkeLink, Unit
from zi_eval.report.bundle import write_report
from zi_eval.report.evidence_view import evidence_months_frame
from zi_eval.report.html_report import render_html
from zi_eval.scoring.engine import Evaluation, evaluate_unit

SK = "Data Dukung/1. Manajemen Perubahan/SK Tim Kerja ZI #1 (2025).pdf"
LAPORAN = "Data Dukung/4. Akuntabilitas/laporan tw1.pdf"
HILANG = "Data Dukung/1. Manajemen Perubahan/daftar hadir.pdf"
DRIVE = "https://drive.google.com/file/d/1AbC/view?usp=sharing&x=<1>"


def small_unit(rubric: Rubric, *, with_missing: bool = True) -> Unit:
    """Three activities in two areas, four records (a file, a URL, a dated file, a missing file)."""
    acts = (
        Activity(
            id="a1",
            ra_area="Manajemen Perubahan",
            area="manajemen-perubahan",
            kegiatan="Pembentukan tim kerja",
            months=(1, 2, 3),
            lke=(LkeLink(code="P.1.i.a"),),
        ),
        Activity(
            id="a2",
            ra_area="Manajemen Perubahan",
            area="manajemen-perubahan",
            kegiatan="Rapat penentuan anggota tim",
            months=(2,),
            lke=(LkeLink(code="P.1.i.b"),),
        ),
        Activity(
            id="a3",
            ra_area="Penguatan Akuntabilitas",
            area="penguatan-akuntabilitas",
            kegiatan="Laporan kinerja triwulan",
            months=(3, 4),
            lke=(LkeLink(code="P.4.ii.e"),),
        ),
    )
    records = [
        Evidence(id="e-sk", title="SK Tim Kerja ZI <2025>", path=SK, months=(1,), supports=("a1", "P.1.i.a")),
        Evidence(
            id="e-notulen", title="Notulen rapat Februari", url=DRIVE, months=(2,), supports=("a1", "a2")
        ),
        Evidence(
            id="e-lapor", title="Laporan TW I", path=LAPORAN, date=dt.date(2025, 4, 10), supports=("a3",)
        ),
    ]
    if with_missing:
        records.append(
            Evidence(id="e-hilang", title="Daftar hadir rapat", path=HILANG, supports=("P.1.i.b",))
        )
    answers = {
        "P.1.i.a": Answer(answer="Ya"),
        "P.1.i.b": Answer(answer="A"),
        "P.1.ii.a": Answer(answer="Ya"),  # answered, no evidence: a gap
        "P.4.ii.e": Answer(answer="Ya"),
    }
    unit = make_unit(rubric, answers=answers, hasil=Hasil(), activities=acts, evidence=False)
    return unit.model_copy(update={"evidence": tuple(records)})


def unit_folder(root: Path) -> Path:
    """The unit's folder with the files its records name (all but the missing one)."""
    for rel in (SK, LAPORAN):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"%PDF-1.4\n")
    return root


class Page(HTMLParser):
    """The links of a page (href → text) and its struck-through texts."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.links: dict[str, str] = {}
        self.struck: list[str] = []
        self._a: str | None = None
        self._del = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._a = dict(attrs).get("href") or ""
            self.links[self._a] = ""
        self._del = self._del or tag == "del"

    def handle_endtag(self, tag: str) -> None:
        self._a = None if tag == "a" else self._a
        self._del = self._del and tag != "del"

    def handle_data(self, data: str) -> None:
        if self._a is not None:
            self.links[self._a] += data
        if self._del:
            self.struck.append(data)


def _report(rubric: Rubric, tmp_path: Path, **kw) -> tuple[Evaluation, str, Path, Path]:  # type: ignore[no-untyped-def]
    unit_dir = unit_folder(tmp_path / "unit kerja")
    out = tmp_path / "laporan" / "2025"
    lang = kw.pop("lang", "id")
    ev = evaluate_unit(small_unit(rubric), rubric, **kw)
    write_report(ev, derive_flags(ev, lang=lang), out, "unit.yaml", "0" * 64, lang, unit_dir=unit_dir)
    return ev, (out / "index.html").read_text(encoding="utf-8"), unit_dir, out


def test_titles_link_to_files_relative_to_the_report_folder(rubric: Rubric, tmp_path: Path) -> None:
    _, html, unit_dir, out = _report(rubric, tmp_path)
    page = Page(html)
    sk = "../../unit%20kerja/Data%20Dukung/1.%20Manajemen%20Perubahan/SK%20Tim%20Kerja%20ZI%20%231%20%282025%29.pdf"
    assert page.links[sk] == "SK Tim Kerja ZI <2025>"
    assert (
        page.links["../../unit%20kerja/Data%20Dukung/4.%20Akuntabilitas/laporan%20tw1.pdf"] == "Laporan TW I"
    )
    # every relative link, resolved from the report folder, reaches the file beside the unit
    for href in (h for h in page.links if not h.startswith("http")):
        assert (out / unquote(href)).resolve() == (
            unit_dir / unquote(href).split("unit kerja/", 1)[1]
        ).resolve()
        assert (out / unquote(href)).is_file()
    assert page.links[DRIVE] == "Notulen rapat Februari"  # the URL itself, as written
    assert 'href="https://drive.google.com/file/d/1AbC/view?usp=sharing&amp;x=&lt;1&gt;"' in html
    assert "&lt;2025&gt;" in html and "<2025>" not in html


def test_titles_beside_each_item_and_activity(rubric: Rubric, tmp_path: Path) -> None:
    _, html, _, _ = _report(rubric, tmp_path)
    items = html[html.index('<table class="items">') :]
    row = re.search(r"<tr><td><code>P\.1\.i\.a</code>.*?</tr>", items, re.S)
    assert row is not None and "SK Tim Kerja ZI &lt;2025&gt;</a>" in row.group(0)
    assert "Notulen rapat Februari</a>" in row.group(0)  # through the activity linked to the item
    row = re.search(r"<tr><td><code>P\.1\.ii\.a</code>.*?</tr>", items, re.S)
    assert row is not None and row.group(0).endswith('<td class="ev">—</td></tr>')
    acts = html[html.rindex("<code>a3</code>", 0, html.index('<table class="items">')) :]
    first_row = acts[: acts.index("</tr>")]
    assert "Laporan TW I</a>" in first_row and "SK Tim" not in first_row


def test_a_missing_file_is_struck_through_with_a_note(rubric: Rubric, tmp_path: Path) -> None:
    _, html, _, _ = _report(rubric, tmp_path)
    page = Page(html)
    assert "Daftar hadir rapat" in page.struck
    assert not any("daftar%20hadir" in h for h in page.links)  # no link to a file that is not there
    assert f"berkas tidak ditemukan: {HILANG}" in html


def test_many_records_fold_into_details(rubric: Rubric, tmp_path: Path) -> None:
    unit = small_unit(rubric)
    extra = tuple(
        Evidence(
            id=f"e-foto-{k}", title=f"Foto kegiatan {k}", url=f"https://x.go.id/{k}", supports=("P.1.ii.a",)
        )
        for k in range(5)
    )
    ev = evaluate_unit(unit.model_copy(update={"evidence": unit.evidence + extra}), rubric)
    html = render_html(ev, derive_flags(ev), {}, "u.yaml", "0", "id")
    row = re.search(r"<tr><td><code>P\.1\.ii\.a</code>.*?</tr>", html, re.S)
    assert row is not None
    assert "<details><summary>5 data dukung</summary>" in row.group(0)
    assert row.group(0).count("<a href=") == 5


def test_coverage_counts_per_area_and_month(rubric: Rubric) -> None:
    ev = evaluate_unit(small_unit(rubric), rubric)
    df = evidence_months_frame(ev).set_index(["area", "month"])
    got = {
        (a, m): (int(r.evidenced), int(r.planned))
        for (a, m), r in df.iterrows()
        if r.planned  # type: ignore[misc]
    }
    assert got == {
        ("manajemen-perubahan", 1): (1, 1),  # a1: SK (January)
        ("manajemen-perubahan", 2): (2, 2),  # a1 and a2: the February minutes
        ("manajemen-perubahan", 3): (0, 1),  # a1 in March: nothing
        ("penguatan-akuntabilitas", 3): (0, 1),  # a3: the report is dated April
        ("penguatan-akuntabilitas", 4): (1, 1),
    }
    assert list(dict.fromkeys(df.index.get_level_values(0))) == [a.id for a in rubric.zi_areas]
    assert df["due"].isna().all()  # without --as-of nothing is judged due


def test_coverage_table_in_the_page(rubric: Rubric, tmp_path: Path) -> None:
    _, html, _, _ = _report(rubric, tmp_path, as_of=(2025, 3))
    table = html[html.index('<table class="cov">') :]
    table = table[: table.index("</table>")]
    rows = {
        re.sub(r"<.*?>", "", r.split("</td>")[0].split("</th>")[0]): re.findall(
            r'<t[dh] class="num[^"]*">([^<]*)<', r
        )
        for r in table.split("<tr>")[2:]
    }
    dash = "—"
    assert rows["Manajemen Perubahan"] == ["1/1", "2/2", "0/1"] + [dash] * 9 + ["3", "2"]
    assert rows["Penguatan Akuntabilitas Kinerja"] == [dash] * 2 + ["0/1", "1/1"] + [dash] * 8 + ["1", "1"]
    assert rows["Penataan Tatalaksana"] == [dash] * 12 + ["0", "0"]
    assert rows["Jumlah"] == ["1/1", "2/2", "0/2", "1/1"] + [dash] * 8 + ["4", "3"]
    assert '<td class="num cov-none">0/1</td>' in table  # due (March) without evidence
    assert '<td class="num cov-future">1/1</td>' in table  # April is after --as-of
    total = table[table.index("Jumlah") :]
    assert re.findall(r'<td class="num ([^"]*)">', total) == [
        "cov-full",
        "cov-full",
        "cov-none",
        "cov-future",
    ]


def test_gaps_section(rubric: Rubric, tmp_path: Path) -> None:
    unit_dir = unit_folder(tmp_path / "u")
    ev = evaluate_unit(small_unit(rubric), rubric, as_of=(2025, 3))
    flags = derive_flags(ev) + [
        Flag(
            "EVIDENCE_FOLDER_EMPTY", "warning", "Folder butir kosong: Data Dukung/2. Tatalaksana", source="2/"
        )
    ]
    html = render_html(ev, flags, {}, "u.yaml", "0", "id", unit_dir=unit_dir, out_dir=unit_dir)
    gaps = html[
        html.index("<h2>Celah data dukung</h2>") : html.index("<h2>", html.index("Celah data dukung"))
    ]
    assert "Butir terjawab tanpa data dukung (1)" in gaps
    assert re.findall(r"<code>(P\.[^<]*)</code>", gaps) == ["P.1.ii.a"]
    assert "Kegiatan jatuh tempo tanpa data dukung (2)" in gaps
    assert re.findall(r"<code>(a\d)</code>", gaps) == ["a1", "a3"]
    assert gaps.count("<td>Mar</td>") == 2  # March is due and uncovered for both
    assert "Temuan tentang berkas dan catatan data dukung (1)" in gaps
    assert "Folder butir kosong: Data Dukung/2. Tatalaksana" in gaps
    # every month due is covered: no activity gap
    ev2 = evaluate_unit(small_unit(rubric), rubric, as_of=(2025, 2))
    html2 = render_html(ev2, derive_flags(ev2), {}, "u.yaml", "0", "id")
    assert "Kegiatan jatuh tempo tanpa data dukung (0)" in html2


def test_english_report(rubric: Rubric, tmp_path: Path) -> None:
    _, html, _, _ = _report(rubric, tmp_path, lang="en")
    for words in (
        "Evidence coverage per area and month",
        "Evidence gaps",
        "Items answered without evidence (1)",
        "Activities scheduled without evidence (2;",
        f"file not found: {HILANG}",
        "Items answered</th>",
        "Items with evidence</th>",
    ):
        assert words in html
    for indonesian in ("Celah data dukung", "berkas tidak ditemukan", "Butir terjawab", "Jumlah</th>"):
        assert indonesian not in html


def test_cli_report_links_from_another_folder(rubric: Rubric, tmp_path: Path) -> None:
    unit_dir = unit_folder(tmp_path / "satker")
    unit = small_unit(rubric, with_missing=False)
    (unit_dir / "unit.yaml").write_text(dump_unit(unit), encoding="utf-8")
    out = tmp_path / "keluaran"
    assert main(["report", str(unit_dir / "unit.yaml"), "-o", str(out)]) == 0
    page = Page((out / "index.html").read_text(encoding="utf-8"))
    rel = [h for h in page.links if not h.startswith("http")]
    assert sorted(unquote(h) for h in rel) == sorted({f"../satker/{SK}", f"../satker/{LAPORAN}"})
    assert all((out / unquote(h)).is_file() for h in rel)


def _lke_rows(rubric: Rubric) -> dict[str, int]:
    return {e.key: FIRST_ROW + i for i, e in enumerate(entities(rubric)) if e.kind == "item"}


def test_workbook_links_beside_items_and_formulas_intact(rubric: Rubric, tmp_path: Path) -> None:
    _, _, _, out = _report(rubric, tmp_path)
    wb = openpyxl.load_workbook(out / "uji-lke.xlsx")
    ws = wb[SHEET]
    rows = _lke_rows(rubric)
    n = COL["evidence"]
    one = ws.cell(rows["P.4.ii.e"], n)  # one record: the evidence cell itself links
    assert one.value == "Laporan TW I"
    assert one.hyperlink is not None
    # XlsxWriter writes relative file links with Windows separators; Excel and LibreOffice take both
    assert unquote(one.hyperlink.target).replace("\\", "/") == f"../../unit kerja/{LAPORAN}"
    many = ws.cell(rows["P.1.i.a"], n)  # several: titles in N, one link each in O, P
    assert many.value == "Notulen rapat Februari; SK Tim Kerja ZI <2025>"
    links = [ws.cell(rows["P.1.i.a"], n + k) for k in (1, 2)]
    assert [c.value for c in links] == ["Notulen rapat Februari", "SK Tim Kerja ZI <2025>"]
    assert links[0].hyperlink is not None and unquote(links[0].hyperlink.target) == DRIVE
    # a '#' in a file name stays in the name (not an anchor inside the file)
    sk = links[1].hyperlink
    assert sk is not None and not sk.location
    assert unquote(sk.target).replace("\\", "/") == f"../../unit kerja/{SK}"
    assert ws.cell(rows["P.1.i.a"], n + 3).value is None
    missing = ws.cell(rows["P.1.i.b"], n)  # a missing file is named but not linked
    assert "Daftar hadir rapat" in str(missing.value)
    assert ws.cell(rows["P.1.i.b"], n + 1).value == "Notulen rapat Februari"  # only the live link
    assert ws.cell(rows["P.1.i.b"], n + 2).value is None
    value = ws.cell(rows["P.4.ii.e"], COL["value"]).value
    assert isinstance(value, str) and value.startswith("=IF(LEN(N")  # evidenced mode formula intact
    assert ws.cell(3, n + 1).value is None  # no header beside the evidence column


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_evidence_message_has_both_languages(lang: str) -> None:
    from zi_eval.messages import MESSAGES

    keys = [k for k in MESSAGES if k.startswith("ev_") or k == "cal_overdue"]
    assert len(keys) >= 15
    assert all(MESSAGES[k].get(lang) for k in keys)


def test_items_table_fits_1280_px_in_chromium(
    request: pytest.FixtureRequest, rubric: Rubric, tmp_path: Path
) -> None:
    chromium = request.getfixturevalue("browser")  # skips cleanly without Chromium (fails in CI)
    unit = small_unit(rubric)
    long_title = "Laporan_monitoring_dan_evaluasi_pembangunan_zona_integritas_triwulan_pertama_" * 3
    extra = tuple(
        Evidence(
            id=f"e-foto-{k}-" + "x" * 90,
            title=f"{long_title}{k}",
            url="https://drive.google.com/drive/folders/" + "A" * 120 + str(k),
            supports=("P.1.ii.a", "a2"),
        )
        for k in range(6)
    ) + (Evidence(id="e-satu", title=long_title, url="https://x.go.id/" + "b" * 200, supports=("P.1.i.a",)),)
    unit = unit.model_copy(update={"evidence": unit.evidence + extra})
    unit_dir = unit_folder(tmp_path / "unit")
    ev = evaluate_unit(unit, rubric, as_of=(2025, 3))
    out = tmp_path / "out"
    write_report(ev, derive_flags(ev), out, "unit.yaml", "0" * 64, "id", unit_dir=unit_dir)
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto((out / "index.html").as_uri())
    page.screenshot(path=str(tmp_path / "evidence.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280  # no horizontal scroll
    widths = page.eval_on_selector_all("table", "els => els.map(e => e.getBoundingClientRect().right)")
    assert max(widths) <= 1280
    ev_col = page.locator("table.items th").nth(6)
    assert ev_col.bounding_box()["x"] + ev_col.bounding_box()["width"] <= 1280  # the evidence column is seen
    # the folded list opens, and its links are real, clickable links
    row = page.locator("table.items tr", has=page.locator("code", has_text="P.1.ii.a"))
    summary = row.locator("summary")
    assert summary.inner_text() == "6 data dukung"
    first = row.locator("a").first
    assert not first.is_visible()
    page.emulate_media(media="print")
    assert first.is_visible()  # a printed page (or PDF) shows the folded titles too
    page.emulate_media(media="screen")
    summary.click()
    assert first.is_visible()
    sk = page.locator("table.items a", has_text="SK Tim Kerja ZI <2025>")
    assert sk.is_visible()
    href = sk.get_attribute("href")
    assert href is not None and (out / unquote(href)).is_file()
    with page.expect_navigation():
        sk.click()
    assert page.url.endswith("SK%20Tim%20Kerja%20ZI%20%231%20%282025%29.pdf")


def test_calendar_marks_overdue_months_apart_from_future_ones(rubric: Rubric) -> None:
    from zi_eval.report.frames import CAL_EVIDENCED, CAL_OVERDUE, CAL_PLANNED, calendar_frame

    unit = small_unit(rubric)
    march = evaluate_unit(unit, rubric, as_of=(2025, 3))
    feb = evaluate_unit(unit, rubric, as_of=(2025, 2))
    area = "Manajemen Perubahan"
    assert list(calendar_frame(march, []).loc[area])[:3] == [CAL_EVIDENCED, CAL_EVIDENCED, CAL_OVERDUE]
    assert list(calendar_frame(feb, []).loc[area])[:3] == [CAL_EVIDENCED, CAL_EVIDENCED, CAL_PLANNED]
    acts = calendar_frame(march, [], by="activity")
    a3 = next(r for r in acts.index if r.startswith("a3 "))
    assert list(acts.loc[a3])[2:4] == [CAL_OVERDUE, CAL_EVIDENCED]
    no_as_of = evaluate_unit(unit, rubric)
    assert CAL_OVERDUE not in calendar_frame(no_as_of, []).to_numpy()


def test_overdue_and_future_cells_differ_in_grayscale(rubric: Rubric) -> None:
    import io

    from PIL import Image

    from zi_eval.report.charts import plot_calendar
    from zi_eval.report.frames import calendar_frame

    ev = evaluate_unit(small_unit(rubric), rubric, as_of=(2025, 3))
    cal = calendar_frame(ev, [], by="activity")
    a1 = list(cal.index).index(next(r for r in cal.index if r.startswith("a1 ")))
    a3 = list(cal.index).index(next(r for r in cal.index if r.startswith("a3 ")))
    # a1 in March is overdue; make a3's April a future month without evidence to compare with
    cal.iloc[a3, 3] = 2
    fig = plot_calendar(cal, "id")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    gray = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    ax = fig.axes[0]

    def shade(col: float, row: float) -> int:
        x, y = ax.transData.transform((col + 0.3, row))  # beside the mark, inside the cell
        return int(gray.getpixel((int(x), gray.height - int(y))))

    overdue, future = shade(2, a1), shade(3, a3)
    assert future - overdue > 60  # apart in a grayscale print, not only in colour
    texts = [t.get_text() for t in ax.texts]
    assert "✗" in texts
    legend = [t.get_text() for leg in fig.legends for t in leg.get_texts()]
    assert "lewat jatuh tempo tanpa data dukung (✗)" in legend


def test_workbook_with_links_reads_back_as_the_same_unit(rubric: Rubric, tmp_path: Path) -> None:
    from zi_eval.sources import load_input

    _, _, _, out = _report(rubric, tmp_path)
    back = load_input(out / "uji-lke.xlsx", rubric)
    unit = small_unit(rubric)
    assert back.findings == []  # the header-less link columns are not taken for anything
    assert back.unit.answers == unit.answers and back.unit.evidence == unit.evidence


def test_coverage_chart_counts_and_legend_off_the_bars(rubric: Rubric) -> None:
    from zi_eval.report.charts import plot_evidence_coverage
    from zi_eval.report.frames import coverage_frame

    fig = plot_evidence_coverage(coverage_frame(evaluate_unit(small_unit(rubric), rubric)), "en")
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["1/1", "1/1", "2/2", "2/3"]
    assert ax.get_legend() is None  # the legend sits below the axes, not over a 100 % bar
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [
        "activities with evidence",
        "answered items with evidence",
    ]


def test_an_answer_citing_an_unlisted_id_is_shown_not_dropped(rubric: Rubric) -> None:
    unit = small_unit(rubric)
    answers = dict(unit.answers)
    answers["P.1.ii.a"] = Answer(answer="Ya", evidence=("foto-hilang",))
    ev = evaluate_unit(unit.model_copy(update={"answers": answers}), rubric)
    html = render_html(ev, derive_flags(ev), {}, "u.yaml", "0", "en")
    row = re.search(r"<tr><td><code>P\.1\.ii\.a</code>.*?</tr>", html, re.S)
    assert row is not None
    assert "foto-hilang: not among the evidence records" in row.group(0)
    assert "<a " not in row.group(0)


def test_a_gone_file_from_a_loaded_unit_is_struck_beside_what_it_claimed(
    rubric: Rubric, tmp_path: Path
) -> None:
    # the loader finds the file gone: the record supports nothing (EVIDENCE_PATH_MISSING), yet the
    # report shows it, struck through, beside the item it claimed, and lists the finding in the gaps
    unit_dir = unit_folder(tmp_path / "satker")
    unit = small_unit(rubric)
    answers = dict(unit.answers)
    answers["P.1.ii.a"] = Answer(answer="Ya", evidence=("e-hilang",))
    (unit_dir / "unit.yaml").write_text(dump_unit(unit.model_copy(update={"answers": answers})), "utf-8")
    out = tmp_path / "keluaran"
    assert main(["report", str(unit_dir / "unit.yaml"), "-o", str(out), "--lang", "en"]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    items = html[html.index('<table class="items">') :]
    row = re.search(r"<tr><td><code>P\.1\.ii\.a</code>.*?</tr>", items, re.S)
    assert row is not None
    assert '<del title="e-hilang">Daftar hadir rapat</del>' in row.group(0)
    assert f"file not found: {HILANG}" in row.group(0)
    gaps = html[html.index("<h2>Evidence gaps</h2>") : html.index("</section>", html.index("Evidence gaps"))]
    # P.1.ii.a cites only the gone file: it is answered without evidence, and says what it cited
    assert re.findall(r"<code>(P\.[^<]*)</code>", gaps) == ["P.1.ii.a"]
    assert "<del" in gaps[: gaps.index("Activities scheduled")]
    assert "EVIDENCE_PATH_MISSING" in gaps and "names a file that does not exist" in gaps


def test_template_links_from_its_own_folder_and_stay_editable(rubric: Rubric, tmp_path: Path) -> None:
    unit_dir = unit_folder(tmp_path / "satker")
    (unit_dir / "unit.yaml").write_text(dump_unit(small_unit(rubric, with_missing=False)), "utf-8")
    target = tmp_path / "kirim" / "templat.xlsx"
    assert main(["template", str(unit_dir / "unit.yaml"), "-o", str(target)]) == 0
    ws = openpyxl.load_workbook(target)[SHEET]
    cell = ws.cell(_lke_rows(rubric)["P.4.ii.e"], COL["evidence"])
    assert cell.hyperlink is not None
    assert unquote(cell.hyperlink.target).replace("\\", "/") == f"../satker/{LAPORAN}"
    assert (target.parent / unquote(cell.hyperlink.target).replace("\\", "/")).is_file()
    assert ws.protection.sheet and cell.protection.locked is False  # the evidence cell stays editable
