"""`zi-eval merge`: a filled workbook's answers, counts, hasil and evidence links into a unit file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.conftest import ROOT
from tests.lke.test_template import _rows, fill
from zi_eval.cli import main
from zi_eval.lke.layout import COL, SHEET
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.serialize import dump_unit

PLAN = ROOT / "plans" / "kpu-luwu-2025.yaml"


def _drop_sources(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _drop_sources(v) for k, v in x.items() if k != "source"}
    if isinstance(x, list):
        return [_drop_sources(v) for v in x]
    return x


def _evaluate(path: Path, mode: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["evaluate", str(path), "--mode", mode, "--format", "json"]) == 0
    out: dict[str, Any] = _drop_sources(json.loads(capsys.readouterr().out))
    return out


@pytest.fixture()
def workspace(rubric: Rubric, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A copy of the seed unit file and a filled template of it (written in another folder)."""
    unit = tmp_path / "unit" / "kpu-luwu-2025.yaml"
    unit.parent.mkdir()
    shutil.copy(PLAN, unit)
    blank = tmp_path / "book" / "blank.xlsx"
    assert main(["template", str(unit), "-o", str(blank), "--blank"]) == 0
    filled = tmp_path / "book" / "filled.xlsx"
    fill(rubric, blank, filled, seed=3)
    capsys.readouterr()
    return unit, filled


@pytest.mark.parametrize("mode", ["claimed", "evidenced", "projected"])
def test_merged_unit_evaluates_like_the_workbook(
    workspace: tuple[Path, Path], mode: str, capsys: pytest.CaptureFixture[str]
) -> None:
    unit, filled = workspace
    assert main(["merge", str(filled), "--into", str(unit)]) == 0
    summary = capsys.readouterr().out
    assert "P.1.i.a" in summary or "R.1.i.a" in summary
    assert _evaluate(unit, mode, capsys) == _evaluate(filled, mode, capsys)


def test_merging_twice_changes_nothing(
    workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    unit, filled = workspace
    assert main(["merge", str(filled), "--into", str(unit)]) == 0
    first = unit.read_bytes()
    capsys.readouterr()
    assert main(["merge", str(filled), "--into", str(unit)]) == 0
    assert "Tidak ada yang berubah" in capsys.readouterr().out
    assert unit.read_bytes() == first
    # the leading comment of the unit file survives the re-dump
    assert first.decode("utf-8").splitlines()[0] == PLAN.read_text(encoding="utf-8").splitlines()[0]


def test_conflicts_are_listed_and_refused_then_forced(
    rubric: Rubric, workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unit, filled = workspace
    assert main(["merge", str(filled), "--into", str(unit)]) == 0
    # the assessor changes two answers in the workbook after the first merge
    rows = _rows(rubric)
    wb = openpyxl.load_workbook(filled)
    ws = wb[SHEET]
    merged = load_unit(unit, rubric)
    option_codes = [c for c, a in merged.answers.items() if a.answer is not None][:2]
    changed = {}
    for code in option_codes:
        options = list(rubric.items[code].item.options or {})
        new = next(o for o in options if o != merged.answers[code].answer)
        ws.cell(rows[code], COL["answer"]).value = new
        changed[code] = new
    count_key = next(k for k in rows if "/" in k and merged.answers.get(k.split("/")[0]))
    count_code, inp = count_key.split("/")
    old_count = merged.answers[count_code].counts[inp]
    ws.cell(rows[count_key], COL["answer"]).value = old_count + 5
    edited = tmp_path / "book" / "edited.xlsx"
    wb.save(edited)
    before = unit.read_bytes()
    capsys.readouterr()
    assert main(["merge", str(edited), "--into", str(unit)]) == 3
    err = capsys.readouterr().err.splitlines()
    for code in option_codes:
        line = next(x for x in err if f": {code}: " in x)
        assert line.startswith(f"edited.xlsx:{SHEET}!K{rows[code]}: {code}: harus sama dengan")
        assert line.endswith(f"di berkas unit (merge --force menggantinya); didapat {changed[code]!r}")
    assert any(x.startswith(f"edited.xlsx:{SHEET}!K{rows[count_key]}: {count_code} {inp}: ") for x in err)
    assert unit.read_bytes() == before  # nothing changed
    assert main(["merge", str(edited), "--into", str(unit), "--force"]) == 0
    out = capsys.readouterr().out
    after = load_unit(unit, rubric)
    for code, new in changed.items():
        assert after.answers[code].answer == new
        assert f"{code}: jawaban" in out
    assert after.answers[count_code].counts[inp] == old_count + 5


def _foreign_copy(filled: Path) -> tuple[openpyxl.Workbook, Path]:
    """A unit's own copy of the LKE: ``filled`` without zi-eval's other sheets, saved beside it."""
    wb = openpyxl.load_workbook(filled)
    for name in ("Petunjuk", "Unit", "Rencana Aksi", "Data Dukung", "Catatan Jawaban", "Temuan"):
        del wb[name]
    foreign = filled.parent / "foreign.xlsx"
    wb.save(foreign)
    return wb, foreign


def test_a_foreign_lke_copy_merges_its_links_once(
    rubric: Rubric, workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A unit's own copy of the LKE (no Unit sheets): answers and typed links go in, once."""
    unit, filled = workspace
    wb, foreign = _foreign_copy(filled)
    plan_before = load_unit(unit, rubric).activities
    assert main(["merge", str(foreign), "--into", str(unit)]) == 0
    after = load_unit(unit, rubric)
    assert after.activities == plan_before  # the plan is the unit file's own
    links = [e for e in after.evidence if e.url and e.url.startswith("https://drive.contoh.go.id/")]
    assert links
    for e in links:  # each typed link reaches the item of its row (hasil rows through ``supports``)
        code = e.url.rsplit("/", 1)[1] if e.url else ""
        assert e.id in after.answers[code].evidence if code[0] != "H" else e.supports == (code,)
    first = unit.read_bytes()
    assert main(["merge", str(foreign), "--into", str(unit)]) == 0
    assert unit.read_bytes() == first


def test_merge_refuses_what_is_not_a_workbook_or_not_a_unit_file(
    workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    unit, filled = workspace
    assert main(["merge", str(unit), "--into", str(unit)]) == 3
    assert main(["merge", str(filled), "--into", str(filled)]) == 3
    assert "--into: harus berkas unit (.yaml)" in capsys.readouterr().err


def test_a_workbook_of_another_unit_is_refused_unless_forced(
    rubric: Rubric, workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unit, _ = workspace
    other = tmp_path / "other.xlsx"
    assert main(["template", str(ROOT / "plans" / "pn-contoh-2025.yaml"), "-o", str(other)]) == 0
    before = unit.read_bytes()
    capsys.readouterr()
    assert main(["merge", str(other), "--into", str(unit)]) == 3
    err = capsys.readouterr().err
    assert "other.xlsx:Unit: unit.id: harus id berkas unit 'kpu-luwu-2025'" in err
    assert unit.read_bytes() == before


def test_last_years_workbook_of_the_same_unit_is_refused_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A probe (q9) merged the 2024 report workbook of a unit (same id: a unit keeps it) into its 2025
    file: an answer left blank this year took last year's value, exit 0, nothing said. zi-eval's own
    workbook names its year on its Unit sheet, which was read for the id only."""
    plan = (ROOT / "plans" / "pn-contoh-2025.yaml").read_text(encoding="utf-8")
    last = tmp_path / "2024.yaml"
    last.write_text(plan.replace("year: 2025", "year: 2024", 1), encoding="utf-8")
    book = tmp_path / "lke-2024.xlsx"
    assert main(["template", str(last), "-o", str(book)]) == 0
    unit = tmp_path / "2025.yaml"
    unit.write_text(plan, encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", "en", "merge", str(book), "--into", str(unit)]) == 3
    err = capsys.readouterr().err
    assert (
        "lke-2024.xlsx:Unit: unit.year: must be the unit file's year 2025 (merge --force merges anyway); got 2024"
        in err
    )
    assert unit.read_text(encoding="utf-8") == plan
    assert main(["merge", str(book), "--into", str(unit), "--force"]) == 0


@pytest.mark.parametrize(
    ("title", "says"),
    [
        (
            "Unit: Pengadilan Negeri Makale — Tahun 2025",
            "unit: harus unit dalam berkas unit, 'KPU Kabupaten Luwu' (merge --force tetap menggabungkan); "
            "didapat 'Pengadilan Negeri Makale' (judulnya)",
        ),
        (
            "Unit: KPU Kabupaten Luwu — Tahun 2024",
            "year: harus tahun berkas unit, 2025 (merge --force tetap menggabungkan); didapat 2024 (judulnya)",
        ),
        (  # another office of the same regency (q9: a court's answers merged into a tax office's file)
            "Unit: Badan Pengawas Pemilihan Umum Kabupaten Luwu — Tahun 2025",
            "unit: harus unit dalam berkas unit, 'KPU Kabupaten Luwu' (merge --force tetap menggabungkan); "
            "didapat 'Badan Pengawas Pemilihan Umum Kabupaten Luwu' (judulnya)",
        ),
        (  # no "Unit:": the unit's line of the title block, as a plan's title names it
            "KANTOR PELAYANAN PAJAK PRATAMA PALOPO",
            "unit: harus unit dalam berkas unit, 'KPU Kabupaten Luwu' (merge --force tetap menggabungkan); "
            "didapat 'Kantor Pelayanan Pajak Pratama Palopo' (judulnya)",
        ),
    ],
)
def test_a_foreign_lke_of_another_unit_or_year_is_refused_unless_forced(
    rubric: Rubric,
    workspace: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    title: str,
    says: str,
) -> None:
    """A unit's own LKE copy has no Unit sheet: its title names the unit and year it was filled for.
    Merged silently, another office's answers (or last year's) became this unit's."""
    unit, filled = workspace
    wb, foreign = _foreign_copy(filled)
    wb[SHEET]["B1"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS"
    wb[SHEET]["B2"] = title
    if "Tahun" not in title:
        wb[SHEET]["B1"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS TAHUN 2025"
    wb.save(foreign)
    before = unit.read_bytes()
    assert main(["merge", str(foreign), "--into", str(unit)]) == 3
    assert says in capsys.readouterr().err
    assert unit.read_bytes() == before
    assert main(["merge", str(foreign), "--into", str(unit), "--force"]) == 0
    assert unit.read_bytes() != before


@pytest.mark.parametrize(
    "title",
    ["Unit kerja: Komisi Pemilihan Umum Kab. Luwu — Tahun 2025", "KOMISI PEMILIHAN UMUM KAB. LUWU 2025"],
)
def test_a_foreign_lke_naming_the_same_unit_otherwise_merges(
    workspace: tuple[Path, Path], capsys: pytest.CaptureFixture[str], title: str
) -> None:
    unit, filled = workspace
    wb, foreign = _foreign_copy(filled)
    wb[SHEET]["B2"] = title
    wb.save(foreign)
    before = unit.read_bytes()
    assert main(["merge", str(foreign), "--into", str(unit)]) == 0
    assert unit.read_bytes() != before


def test_an_lke_title_without_unit_colon_names_the_unit(rubric: Rubric, workspace: tuple[Path, Path]) -> None:
    _, filled = workspace
    wb, foreign = _foreign_copy(filled)
    wb[SHEET]["B1"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS TAHUN 2025"
    wb[SHEET]["B2"] = "KANTOR PELAYANAN PAJAK PRATAMA PALOPO"
    wb.save(foreign)
    book = read_lke_workbook(foreign, rubric)
    assert (book.unit.unit.name, book.unit.unit.year) == ("Kantor Pelayanan Pajak Pratama Palopo", 2025)
    # the ministry over the unit is not the unit ("Instansi" before "Unit kerja")
    wb[SHEET]["B1"] = "Instansi: Kementerian Keuangan — Tahun 2025"
    wb[SHEET]["B2"] = "Unit kerja: KPP Pratama Palopo"
    wb.save(foreign)
    assert read_lke_workbook(foreign, rubric).unit.unit.name == "KPP Pratama Palopo"


def test_an_answer_outside_the_options_is_reported_not_merged(
    rubric: Rubric, workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unit, filled = workspace
    rows = _rows(rubric)
    wb = openpyxl.load_workbook(filled)
    wb[SHEET].cell(rows["P.1.i.a"], COL["answer"]).value = "Mungkin"
    odd = tmp_path / "book" / "odd.xlsx"
    wb.save(odd)
    assert main(["merge", str(odd), "--into", str(unit)]) == 0
    captured = capsys.readouterr()
    line = f"odd.xlsx:{SHEET}!K{rows['P.1.i.a']}: IMPORT_WORKBOOK_BAD_ANSWER: "
    assert line in captured.err and "P.1.i.a 'Mungkin'" in captured.err
    merged = load_unit(unit, rubric).answers.get("P.1.i.a")
    assert merged is None or merged.answer is None  # the seed has no answer there; nothing was invented


@pytest.mark.parametrize("records_name_items", [True, False])
def test_a_shifted_copy_of_the_lke_does_not_move_one_items_document_to_another(
    rubric: Rubric,
    workspace: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    records_name_items: bool,
) -> None:
    """Workbook evidence ids are row numbers (``wb-<row>``): a copy of the LKE with one more row on top
    gives another item's document the id an earlier merge gave this item's. That is no conflict about
    one record, and no item may come to cite another item's document (with or without --force); also
    when the unit's records name no item and only its answers cite them."""
    unit, filled = workspace
    wb, foreign = _foreign_copy(filled)
    assert main(["merge", str(foreign), "--into", str(unit)]) == 0
    if not records_name_items:
        first = load_unit(unit, rubric)
        cited = {eid for a in first.answers.values() for eid in a.evidence}
        bare = tuple(e.model_copy(update={"supports": ()}) if e.id in cited else e for e in first.evidence)
        unit.write_text(dump_unit(first.model_copy(update={"evidence": bare})), encoding="utf-8")
    wb[SHEET].insert_rows(1)  # a line above the header: every row one lower, the links unchanged
    shifted = tmp_path / "book" / "shifted.xlsx"
    wb.save(shifted)
    capsys.readouterr()
    for force in ([], ["--force"]):
        assert main(["merge", str(shifted), "--into", str(unit), *force]) == 0, capsys.readouterr().err
        after = load_unit(unit, rubric)
        records = {e.id: e for e in after.evidence}
        for code, ans in after.answers.items():
            for eid in ans.evidence:
                url = records[eid].url
                if url and url.startswith("https://drive.contoh.go.id/"):
                    assert url.rsplit("/", 1)[1] == code, (code, eid, url)  # its own document only
        for e in after.evidence:
            if e.url and e.url.startswith("https://drive.contoh.go.id/") and e.supports:
                assert set(e.supports) <= {e.url.rsplit("/", 1)[1]}
    once = unit.read_bytes()
    assert main(["merge", str(shifted), "--into", str(unit)]) == 0
    assert unit.read_bytes() == once  # merging the copy again changes nothing


def test_an_evidence_cell_cleared_in_zi_evals_own_workbook_is_said_while_other_sheets_link_it(
    rubric: Rubric, workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Petunjuk says evidence is written in column N; the workbook's own formulas read it (0 in
    evidenced mode when empty). Its other sheets still link the records, and they count: said, per item."""
    unit, filled = workspace
    assert main(["merge", str(filled), "--into", str(unit)]) == 0
    own = tmp_path / "book" / "own.xlsx"
    assert main(["template", str(unit), "-o", str(own)]) == 0
    assert not [
        f
        for f in read_lke_workbook(own, rubric).findings()
        if f["code"] == "IMPORT_WORKBOOK_EVIDENCE_ELSEWHERE"
    ]
    wb = openpyxl.load_workbook(own)
    ws = wb[SHEET]
    rows = _rows(rubric)
    cleared = [c for c in ("P.1.i.a", "P.1.ii.b") if ws.cell(rows[c], COL["evidence"]).value]
    assert cleared
    for code in cleared:
        ws.cell(rows[code], COL["evidence"]).value = None
        ws.cell(rows[code], COL["evidence"]).hyperlink = None
    edited = tmp_path / "book" / "own-cleared.xlsx"
    wb.save(edited)
    said = [
        f
        for f in read_lke_workbook(edited, rubric).findings()
        if f["code"] == "IMPORT_WORKBOOK_EVIDENCE_ELSEWHERE"
    ]
    assert sorted(f["item"] for f in said) == sorted(cleared)
    for f in said:
        assert f["source"] == f"own-cleared.xlsx:{SHEET}!N{rows[f['item']]}"


def test_an_answer_emptied_in_the_workbook_is_kept_and_said(
    rubric: Rubric, workspace: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An answer cleared in the workbook kept the unit's answer and merge said only 'Tidak ada yang
    berubah', while the workbook itself scores the item 0."""
    unit, filled = workspace
    assert main(["merge", str(filled), "--into", str(unit)]) == 0
    merged = load_unit(unit, rubric)
    code = next(c for c, a in merged.answers.items() if a.answer is not None)
    wb = openpyxl.load_workbook(filled)
    wb[SHEET].cell(_rows(rubric)[code], COL["answer"]).value = None
    emptied = tmp_path / "book" / "emptied.xlsx"
    wb.save(emptied)
    capsys.readouterr()
    assert main(["merge", str(emptied), "--into", str(unit), "--lang", "en"]) == 0
    out = capsys.readouterr()
    assert "Nothing changed" in out.out
    assert "1 item(s) blank in the workbook keep the unit file's value" in out.err and code in out.err
    assert load_unit(unit, rubric).answers[code].answer == merged.answers[code].answer


def test_a_link_typed_in_zi_evals_own_workbook_is_a_record_with_its_address(
    rubric: Rubric, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "SK SOP baru: https://…" typed in an item's evidence cell of the report's workbook gave a record
    titled with the whole text and no address (the cell was read as the titles of the unit's records)."""
    unit = tmp_path / "unit.yaml"
    shutil.copy(PLAN, unit)
    rep = tmp_path / "rep"
    assert main(["report", str(unit), "-o", str(rep)]) == 0
    (book,) = rep.glob("*-lke.xlsx")
    code = "P.2.i.a"
    wb = openpyxl.load_workbook(book)
    cell = wb[SHEET].cell(_rows(rubric)[code], COL["evidence"])
    url = "https://drive.example.go.id/sop-baru.pdf"
    cell.value = f"SK SOP baru: {url}"
    wb.save(book)
    capsys.readouterr()
    assert main(["merge", str(book), "--into", str(unit)]) == 0
    got = load_unit(unit, rubric)
    (record,) = [e for e in got.evidence if e.url == url]
    assert (record.title, record.supports) == ("SK SOP baru", (code,))
    assert record.id in got.answers[code].evidence
