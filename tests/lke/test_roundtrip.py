"""The whole unit round-trips through the workbook zi-eval writes: plan, evidence, meta and notes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from tests.builders import make_unit
from tests.conftest import ROOT
from tests.libreoffice import soffice_convert
from tests.scoring.test_properties import RUBRIC
from tests.scoring.test_properties import units as prop_units
from zi_eval.cli import main
from zi_eval.errors import InputError
from zi_eval.flags import derive_flags
from zi_eval.io.sheets import read_sheets
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.lke.unit_sheets import read_unit_sheets
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import (
    Activity,
    Answer,
    Evidence,
    Hasil,
    LkeLink,
    Source,
    Substep,
    Unit,
    UnitInfo,
)
from zi_eval.report.workbook import write_lke_workbook
from zi_eval.scoring.engine import evaluate_unit

PLANS = sorted((ROOT / "plans").glob("*.yaml"))
MODES = ("claimed", "evidenced", "projected")


def _drop_sources(x: Any) -> Any:
    """The evaluation without source locations (they point at the YAML or at the workbook)."""
    if isinstance(x, dict):
        return {k: _drop_sources(v) for k, v in x.items() if k != "source"}
    if isinstance(x, list):
        return [_drop_sources(v) for v in x]
    return x


def _evaluate_json(path: Path, mode: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(["evaluate", str(path), "--mode", mode, "--format", "json"]) == 0
    out: dict[str, Any] = _drop_sources(json.loads(capsys.readouterr().out))
    return out


@pytest.fixture(scope="module")
def exported(rubric: Rubric, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each example unit written as the report's workbook (evidenced, the report's default mode),
    into a folder away from the plan."""
    out = tmp_path_factory.mktemp("exported")
    files = {}
    for plan in PLANS:
        unit = load_unit(plan, rubric)
        ev = evaluate_unit(unit, rubric, mode="evidenced")
        files[plan.stem] = out / f"{plan.stem}-lke.xlsx"
        write_lke_workbook(ev, derive_flags(ev), files[plan.stem])
    return files


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
@pytest.mark.parametrize("mode", MODES)
def test_every_plan_evaluates_the_same_from_its_workbook(
    plan: Path, mode: str, exported: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from_yaml = _evaluate_json(plan, mode, capsys)
    from_xlsx = _evaluate_json(exported[plan.stem], mode, capsys)
    assert from_yaml["total"] == from_xlsx["total"]
    assert from_yaml["items"] == from_xlsx["items"]
    assert from_yaml["links"] == from_xlsx["links"]
    assert [f["code"] for f in from_yaml["flags"]] == [f["code"] for f in from_xlsx["flags"]]
    assert from_yaml == from_xlsx


def test_a_workbook_written_in_projected_mode_caches_what_its_formulas_compute(
    rubric: Rubric, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = ROOT / "plans" / "kpu-luwu-2025.yaml"
    ev = evaluate_unit(load_unit(plan, rubric), rubric, mode="projected")
    assert ev.totals_by_mode["projected"] != ev.totals_by_mode["claimed"]
    f = tmp_path / "projected.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    for mode in MODES:
        data = _evaluate_json(f, mode, capsys)
        assert not [x for x in data["flags"] if x["code"].startswith("IMPORT")], mode
        assert data == _evaluate_json(plan, mode, capsys)


def test_the_report_command_writes_a_workbook_that_keeps_the_plan(
    rubric: Rubric, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = ROOT / "plans" / "kpu-luwu-2025.yaml"
    assert main(["report", str(plan), "-o", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    book = tmp_path / "out" / "kpu-luwu-2025-lke.xlsx"
    codes = {f["code"] for f in _evaluate_json(book, "evidenced", capsys)["flags"]}
    # what a unit read back without its plan used to show
    assert not codes & {"AREA_WITHOUT_ACTIVITY", "SPIP_ELEMENT_MISSING", "PLAN_MONTH_EMPTY"}
    assert _evaluate_json(book, "evidenced", capsys) == _evaluate_json(plan, "evidenced", capsys)


def rich_unit(rubric: Rubric) -> Unit:
    """A unit using every field the unit file has, with text that needs neutralising in a spreadsheet."""
    acts = (
        Activity(
            id="a01",
            ra_area="Manajemen Perubahan",
            area="manajemen-perubahan",
            kegiatan="=Pembentukan Tim ZI",
            sub_kegiatan="Penerbitan SK Tim",
            indicators=("SK terbit", "-Tim bekerja; rapat rutin"),
            months=(1, 2, 12),
            substeps=(
                Substep(label="a", text="Rapat persiapan", months=(1,)),
                Substep(label="b", text="+Penandatanganan SK", months=()),
            ),
            lke=(
                LkeLink(code="P.1.i.a"),
                LkeLink(code="P.1.i.b", how="code"),
                LkeLink(code="R.1.i.a", how="inferred", reason="kata kunci 'agen perubahan': cocok"),
            ),
            timing="Januari s/d Desember 2025",
            output="1 SK",
            expected_evidence=("SK Tim", "Notulen rapat"),
            pic="Sekretaris",
            budget="DIPA 2025",
            realisation="100%",
            notes="@catatan",
            source=Source(file="ra.txt", line=12),
        ),
        Activity(id="a02", ra_area="Penataan Peraturan Perundang-undangan", kegiatan="Reviu regulasi"),
    )
    evidence = (
        Evidence(
            id="e1",
            title="SK Tim Pembangunan ZI",
            kind="sk",
            path="bukti/sk-tim.pdf",
            date=dt.date(2025, 1, 9),
            months=(1,),
            supports=("a01", "P.1.i.a"),
        ),
        Evidence(id="e2", title="Laporan survei IPAK", kind="tautan", url="https://contoh.go.id/ipak"),
    )
    answers = {
        "P.1.i.a": Answer(answer="Ya", evidence=("e1",), note="SK nomor 4"),
        "P.1.i.b": Answer(answer="B", evidence=("e1", "e2")),
        "P.2.i.a": Answer(evidence=("e2",)),
        "P.2.i.b": Answer(note="belum ada SOP"),
        "R.1.i.a": Answer(
            counts={"jumlah_agen_perubahan": 4, "jumlah_perubahan_dibuat": 3}, evidence=("e1",)
        ),
    }
    return Unit(
        unit=UnitInfo(
            id="kpu-contoh-2025",
            name="KPU Kabupaten Contoh",
            instansi="Komisi Pemilihan Umum",
            year=2025,
            target_predicate="WBBM",
            prior_predicate="WBK",
            decree="Keputusan Nomor 4 Tahun 2025",
            decree_date=dt.date(2025, 1, 9),
        ),
        activities=acts,
        evidence=evidence,
        answers=answers,
        hasil=Hasil(ipak=3.85, ipkp=3.5, capaian_kinerja="B", evidence=("e2",)),
    )


def _without_sources(unit: Unit) -> Unit:
    acts = tuple(
        a.model_copy(
            update={
                "source": None,
                "substeps": tuple(s.model_copy(update={"source": None}) for s in a.substeps),
            }
        )
        for a in unit.activities
    )
    return unit.model_copy(update={"activities": acts})


@pytest.mark.parametrize("mode", ["claimed", "evidenced"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_field_of_the_unit_comes_back(rubric: Rubric, tmp_path: Path, mode: str, lang: str) -> None:
    unit = rich_unit(rubric)
    ev = evaluate_unit(unit, rubric, mode=mode)
    f = tmp_path / "rich.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f, lang)
    back = read_lke_workbook(f, rubric)
    assert back.findings() == []
    assert _without_sources(back.unit) == _without_sources(unit)
    a01 = back.unit.activities[0]
    assert a01.source is not None and a01.source.file == "rich.xlsx" and a01.source.notes == ("ra.txt:12",)
    assert a01.substeps[1].source is not None and a01.substeps[1].source.cells == "A4"


def test_a_person_may_reorder_columns_and_add_rows(rubric: Rubric, tmp_path: Path) -> None:
    unit = rich_unit(rubric)
    ev = evaluate_unit(unit, rubric, mode="claimed")
    f = tmp_path / "edited.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    wb = openpyxl.load_workbook(f)
    plan = wb["Rencana Aksi"]
    plan.move_range("A1:A10", cols=30)  # the ID column moved to the far right
    plan.append(
        [
            None,
            "Penataan Tatalaksana",
            "penataan-tatalaksana",
            "Reviu SOP",
            "Reviu SOP layanan",
            "SOP mutakhir",
        ]
        + ["v", None, "x"]
    )
    plan.cell(plan.max_row, 31, "a03")
    ev_sheet = wb["Data Dukung"]
    ev_sheet.append(["e3", "Notulen reviu SOP", "notulen", None, None, "2025-03-01", "3", "a03"])
    ev_sheet.insert_rows(1, 2)  # a title above the table
    ev_sheet["A1"] = "DAFTAR DATA DUKUNG"
    notes = wb["Catatan Jawaban"]
    notes.append(["P.3.i.a", "", "catatan baru dari Excel"])
    wb.move_sheet("Unit", offset=3)  # sheets found by their headers, not their place
    wb.save(f)
    back = read_lke_workbook(f, rubric).unit
    assert [a.id for a in back.activities] == ["a01", "a02", "a03"]
    assert back.activities[2].months == (1, 3) and back.activities[2].area == "penataan-tatalaksana"
    assert back.evidence[-1].id == "e3" and back.evidence[-1].supports == ("a03",)
    assert back.unit == unit.unit
    assert back.answers["P.3.i.a"] == Answer(note="catatan baru dari Excel")


def test_a_link_typed_in_the_evidence_column_becomes_evidence(rubric: Rubric, tmp_path: Path) -> None:
    unit = rich_unit(rubric)
    ev = evaluate_unit(unit, rubric, mode="claimed")
    f = tmp_path / "typed.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    wb = openpyxl.load_workbook(f)
    ws = wb["LKE ZI"]
    row = next(
        r for r in range(1, ws.max_row + 1) if ws.cell(r, 7).value == rubric.items["P.1.ii.a"].item.question
    )
    ws.cell(row, 14, "https://drive.contoh.go.id/monev")
    wb.save(f)
    back = read_lke_workbook(f, rubric).unit
    typed = [e for e in back.evidence if e.url == "https://drive.contoh.go.id/monev"]
    assert len(typed) == 1 and back.answers["P.1.ii.a"].evidence == (typed[0].id,)
    assert {e.id for e in back.evidence} == {"e1", "e2", typed[0].id}  # the listed titles made nothing new


def test_an_existing_title_typed_in_the_evidence_column_links_that_record(
    rubric: Rubric, tmp_path: Path
) -> None:
    unit = rich_unit(rubric)
    ev = evaluate_unit(unit, rubric, mode="claimed")
    f = tmp_path / "named.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    wb = openpyxl.load_workbook(f)
    ws = wb["LKE ZI"]
    questions = {ws.cell(r, 7).value: r for r in range(1, ws.max_row + 1)}
    ws.cell(questions[rubric.items["P.1.ii.a"].item.question], 14, "Laporan survei IPAK")
    ws.cell(
        questions[rubric.items["P.2.i.a"].item.question], 14, "Laporan survei IPAK; SK Tim Pembangunan ZI"
    )
    wb.save(f)
    back = read_lke_workbook(f, rubric).unit
    assert [e.id for e in back.evidence] == ["e1", "e2"]  # no new record: the titles name known ones
    assert back.answers["P.1.ii.a"].evidence == ("e2",)
    assert back.answers["P.2.i.a"].evidence == ("e2", "e1")
    assert back.answers["P.1.i.b"] == unit.answers["P.1.i.b"]  # untouched rows stay as they were


def _write_then_edit(rubric: Rubric, path: Path, sheet: str, cell: str, value: Any) -> None:
    ev = evaluate_unit(rich_unit(rubric), rubric, mode="claimed")
    write_lke_workbook(ev, derive_flags(ev), path)
    wb = openpyxl.load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "expected"),
    [
        ("Data Dukung", "E2", "../../etc/passwd", "rich.xlsx:Data Dukung!E2: path: must be a path inside"),
        ("Data Dukung", "E2", "/etc/passwd", "rich.xlsx:Data Dukung!E2: path: must be a path relative"),
        ("Data Dukung", "F2", "9 Januari", "rich.xlsx:Data Dukung!F2: date: must be a date YYYY-MM-DD"),
        ("Unit", "B5", "dua ribu", "rich.xlsx:Unit!B5: value: must be a year such as 2025"),
        ("Rencana Aksi", "G2", "sebagian", "rich.xlsx:Rencana Aksi!G2: m1: must be a month mark"),
        ("Rencana Aksi", "S2", "P.99", "rich.xlsx:Rencana Aksi!S2: lke: must be an item code of the rubric"),
        ("Catatan Jawaban", "B2", "e9", "Catatan Jawaban!B2: evidence: must be an evidence id of this file"),
        ("Data Dukung", "H2", "a99", "Data Dukung!H2: supports: must be an activity id or item code"),
        ("Unit", "B2", None, "rich.xlsx:Unit: unit.id: must be a row with this field filled in"),
        (
            "Unit",
            "B2",
            "kpu contoh",
            "rich.xlsx:Unit!B2: unit.id: must be text matching ^[A-Za-z0-9]",
        ),
        (
            "Unit",
            "B6",
            "WBK+",
            "rich.xlsx:Unit!B6: unit.target_predicate: must be one of WBK, WBBM; got 'WBK+'",
        ),
        ("Unit", "B14", "projected", "rich.xlsx:Unit!B14: value: must be one of claimed, evidenced"),
        (
            "Rencana Aksi",
            "A3",
            "a77",
            "rich.xlsx:Rencana Aksi!A3: id: must be the id of an activity listed above",
        ),
        ("Rencana Aksi", "C2", "area-lain", "rich.xlsx:Rencana Aksi!C2: area: must be one of"),
    ],
)
def test_bad_content_names_sheet_cell_and_field(
    rubric: Rubric, tmp_path: Path, sheet: str, cell: str, value: str | None, expected: str
) -> None:
    f = tmp_path / "rich.xlsx"
    _write_then_edit(rubric, f, sheet, cell, value)
    with pytest.raises(InputError) as exc:
        read_lke_workbook(f, rubric)
    assert expected in str(exc.value)
    # the same problems under the Indonesian default: every one translated, none left in English
    for p in exc.value.problems:
        assert ": harus " in p.text("id") and "must be" not in p.text("id"), p.text("id")
    assert main(["evaluate", str(f)]) == 3


def test_a_missing_companion_sheet_is_refused_not_ignored(rubric: Rubric, tmp_path: Path) -> None:
    f = tmp_path / "rich.xlsx"
    ev = evaluate_unit(rich_unit(rubric), rubric, mode="claimed")
    write_lke_workbook(ev, derive_flags(ev), f)
    wb = openpyxl.load_workbook(f)
    del wb["Rencana Aksi"]
    wb.save(f)
    with pytest.raises(InputError, match="plan sheet"):
        read_lke_workbook(f, rubric)


def test_a_unit_s_own_lke_copy_has_no_unit_sheets(rubric: Rubric, tmp_path: Path) -> None:
    f = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["No", "Komponen", "Bobot", "Nilai"])
    wb.save(f)
    assert read_unit_sheets(read_sheets(str(f), f.read_bytes(), "xlsx"), str(f), rubric) is None


def test_the_evidence_path_resolves_from_the_unit_file_wherever_the_workbook_is(
    rubric: Rubric, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Paths stay as the unit file writes them (relative to its folder); merging resolves them there."""
    home = tmp_path / "unit"
    (home / "bukti").mkdir(parents=True)
    (home / "bukti" / "sk-tim.pdf").write_bytes(b"%PDF-1.4")
    unit = make_unit(rubric, evidence=False).model_copy(
        update={"evidence": (Evidence(id="e1", title="SK", path="bukti/sk-tim.pdf"),)}
    )
    from zi_eval.models.serialize import dump_unit

    (home / "unit.yaml").write_text(dump_unit(unit), encoding="utf-8")
    away = tmp_path / "elsewhere" / "deep"
    away.mkdir(parents=True)
    ev = evaluate_unit(load_unit(home / "unit.yaml", rubric), rubric)
    write_lke_workbook(ev, derive_flags(ev), away / "lke.xlsx")
    back = read_lke_workbook(away / "lke.xlsx", rubric).unit
    assert back.evidence[0].path == "bukti/sk-tim.pdf"
    assert main(["merge", str(away / "lke.xlsx"), "--into", str(home / "unit.yaml")]) == 0
    assert load_unit(home / "unit.yaml", rubric).evidence[0].path == "bukti/sk-tim.pdf"
    # merged into a unit file whose folder lacks the file, the record is kept but counts for nothing:
    # evaluating says the file is gone (EVIDENCE_PATH_MISSING) and the item has no evidence
    other = tmp_path / "other"
    other.mkdir()
    (other / "unit.yaml").write_text(dump_unit(unit.model_copy(update={"evidence": ()})), encoding="utf-8")
    assert main(["merge", str(away / "lke.xlsx"), "--into", str(other / "unit.yaml"), "--force"]) == 0
    moved = load_unit(other / "unit.yaml", rubric)
    assert moved.missing_files == {moved.evidence[0].id}
    ev = evaluate_unit(moved, rubric)
    assert not ev.links.evidence_by_item.get("P.1.i.a")
    assert "EVIDENCE_PATH_MISSING" in {f.code for f in derive_flags(ev)}


# ------------------------------------------------------------------ property: any unit comes back whole

_CHARS = st.sampled_from(list("abcXYZ019 =+-@;:,./()[]✓é"))
_LINE = st.text(_CHARS, min_size=1, max_size=16).map(str.strip).filter(bool)
_TEXT = st.lists(_LINE, min_size=1, max_size=2).map("\n".join)
_MONTHS = st.lists(st.integers(1, 12), max_size=4).map(lambda m: tuple(sorted(set(m))))


@st.composite
def whole_units(draw: st.DrawFn) -> Unit:
    """Units that use every field, with text that needs neutralising and separators in odd places."""
    base = draw(prop_units())
    acts = []
    for a in base.activities:
        links = tuple(
            LkeLink(
                code=ln.code,
                how=draw(st.sampled_from(["explicit", "code", "inferred"])),
                reason=draw(st.none() | _LINE),
            )
            for ln in a.lke
        )
        acts.append(
            a.model_copy(
                update={
                    "ra_area": draw(_LINE),
                    "kegiatan": draw(st.none() | _TEXT),
                    "sub_kegiatan": draw(st.none() | _TEXT),
                    "indicators": tuple(draw(st.lists(_LINE, max_size=3))),
                    "substeps": tuple(
                        Substep(label=lab, text=draw(_LINE), months=draw(_MONTHS))
                        for lab in draw(st.lists(st.sampled_from("abcd"), unique=True, max_size=3))
                    ),
                    "lke": links,
                    "lke_reject": tuple(
                        draw(st.lists(st.sampled_from(["P.1.i.a", "R.5.iii.b", "H.I.a"]), max_size=2))
                    ),
                    "timing": draw(st.none() | _LINE),
                    "output": draw(st.none() | _LINE),
                    "expected_evidence": tuple(draw(st.lists(_LINE, max_size=2))),
                    "pic": draw(st.none() | _LINE),
                    "budget": draw(st.none() | _LINE),
                    "realisation": draw(st.none() | _LINE),
                    "notes": draw(st.none() | _TEXT),
                }
            )
        )
    evidence = tuple(
        e.model_copy(
            update={
                "title": draw(_LINE),
                "kind": draw(st.sampled_from(["dokumen", "sk", "tautan", "foto"])),
                "url": draw(st.none() | st.just(f"https://contoh.go.id/{e.id}")),
                "path": draw(st.none() | st.just(f"bukti/{e.id}.pdf")),
                "date": draw(st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))),
                "months": draw(_MONTHS),
            }
        )
        for e in base.evidence
    )
    answers = {c: a.model_copy(update={"note": draw(st.none() | _TEXT)}) for c, a in base.answers.items()}
    answers = {c: a for c, a in answers.items() if a != Answer()}  # an empty answer is no answer
    h = base.hasil
    hasil = h.model_copy(
        update={
            "ipak": None if h.ipak is None else round(h.ipak, 4),
            "ipkp": None if h.ipkp is None else round(h.ipkp, 4),
        }
    )
    info = UnitInfo(
        id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)),
        name=draw(_LINE),
        instansi=draw(st.none() | _LINE),
        year=draw(st.integers(2000, 2100)),
        target_predicate=draw(st.sampled_from(["WBK", "WBBM"])),
        prior_predicate=draw(st.sampled_from([None, "WBK", "WBBM"])),
        decree=draw(st.none() | _LINE),
        decree_date=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))),
    )
    return Unit(unit=info, activities=tuple(acts), evidence=evidence, answers=answers, hasil=hasil)


@settings(max_examples=20, phases=[Phase.explicit, Phase.reuse, Phase.generate])  # shrinking takes minutes
@given(whole_units(), st.sampled_from(["claimed", "evidenced"]), st.sampled_from(["id", "en"]))
def test_any_unit_comes_back_whole(unit: Unit, mode: str, lang: str) -> None:
    ev = evaluate_unit(unit, RUBRIC, mode=mode)
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "u.xlsx"
        write_lke_workbook(ev, derive_flags(ev), f, lang)
        back = read_lke_workbook(f, RUBRIC)
    assert back.findings() == []
    assert _without_sources(back.unit) == _without_sources(unit)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (optional check)")
def test_the_unit_sheets_survive_a_save_in_libreoffice(rubric: Rubric, tmp_path: Path) -> None:
    """Saved again by LibreOffice (as .xlsx and as .ods) the unit's own sheets still read the same."""
    unit = rich_unit(rubric)
    ev = evaluate_unit(unit, rubric, mode="claimed")
    f = tmp_path / "rich.xlsx"
    write_lke_workbook(ev, derive_flags(ev), f)
    for fmt in ("xlsx", "ods"):
        out = tmp_path / fmt
        assert soffice_convert(f, fmt, out) is not None
        saved = out / f"rich.{fmt}"
        own = read_unit_sheets(read_sheets(str(saved), saved.read_bytes(), fmt), str(saved), rubric)
        assert own is not None, fmt
        assert own.info == unit.unit
        assert (
            _without_sources(own.apply(Unit(unit=own.info), rubric)).activities
            == _without_sources(unit).activities
        )
        assert own.evidence == unit.evidence
        assert own.answer_evidence == {c: a.evidence for c, a in unit.answers.items() if a.evidence or a.note}
        assert own.notes == {c: a.note for c, a in unit.answers.items() if a.note}
        assert own.hasil_evidence == unit.hasil.evidence
        if fmt == "xlsx":
            assert _without_sources(read_lke_workbook(saved, rubric).unit) == _without_sources(unit)
