"""Facts about the real KPU Luwu action plan, verified by hand, pinned through the importer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from zi_eval.cli import main
from zi_eval.models.rubric import Rubric
from zi_eval.models.serialize import dump_unit
from zi_eval.ra import ImportResult, import_plan

SEED = DATA / "rencana-aksi-kpu-luwu-2025.txt"


@pytest.fixture(scope="module")
def seed(rubric: Rubric) -> ImportResult:
    return import_plan(SEED, rubric)


def test_34_activity_lines_and_8_ra_areas(seed: ImportResult) -> None:
    acts = seed.unit.activities
    assert len(acts) == 34
    assert len({a.ra_area for a in acts}) == 8


def test_row_136_is_its_own_line_inheriting_rumah_pintar_pemilu(seed: ImportResult) -> None:
    row = next(a for a in seed.unit.activities if a.source and a.source.line == 136)
    rpp = next(a for a in seed.unit.activities if a.source and a.source.line == 132)
    assert row.kegiatan == rpp.kegiatan and row.sub_kegiatan == rpp.sub_kegiatan
    assert "Rumah Pintar Pemilu" in (row.sub_kegiatan or "")
    assert row.indicators[0].startswith("Tersedianya buku dan kotak saran")
    assert row.months == tuple(range(2, 13))


def test_six_spip_substeps_without_months(seed: ImportResult) -> None:
    spip = [a for a in seed.unit.activities if a.substeps]
    assert len(spip) == 1
    parent = spip[0]
    assert parent.sub_kegiatan == "Menyelenggarakan Kegiatan SPIP yang meliputi :"
    assert [s.label for s in parent.substeps] == list("abcdef")
    assert all(s.months == () for s in parent.substeps)
    assert parent.months == ()


def test_marks_beyond_the_twelfth_month_are_reported_and_kept(seed: ImportResult) -> None:
    outside = [f for f in seed.findings if f.code == "IMPORT_MARK_OUTSIDE_MONTHS"]
    assert [f.line for f in outside] == [103, 104, 105]
    assert all(f.column == 18 and f.value == "✓" for f in outside)
    assert all("tidak dihitung sebagai bulan" in f.action for f in outside)
    by_line = {a.source.line: a for a in seed.unit.activities if a.source}
    assert (by_line[103].kegiatan or "").startswith("Meningkatkan publikasi kegiatan KPU")
    assert (by_line[104].kegiatan or "").startswith("Menerapkan sistem kearsipan yang andal")
    assert "Badan Arsip" in (by_line[105].sub_kegiatan or "")
    for line in (103, 104, 105):
        src = by_line[line].source
        assert src is not None and any("kolom 18" in n for n in src.notes)
        assert src.raw is not None and src.raw.endswith("✓")
    assert by_line[105].months == tuple(range(7, 13))


def test_three_kegiatan_rows_without_sub_kegiatan(seed: ImportResult) -> None:
    missing = [a.kegiatan for a in seed.unit.activities if a.sub_kegiatan is None]
    assert missing == [
        "Melakukan pemilahan informasi",
        "Penyusunan dan penyampaian Laporan PPID dan JDIH",
        "Meningkatkan publikasi kegiatan KPU",
    ]


def test_months_per_area(seed: ImportResult) -> None:
    months: dict[str | None, set[int]] = {}
    for a in seed.unit.activities:
        months.setdefault(a.area, set()).update(a.months)
    assert months["manajemen-perubahan"] == {1, 2, 3, 7, 8, 9, 10, 11, 12}
    assert months["penguatan-akuntabilitas"] == {1, 2}


def test_non_zi_areas_map_to_none(seed: ImportResult) -> None:
    non_zi = {a.ra_area for a in seed.unit.activities if a.area is None}
    assert non_zi == {"Penataan peraturan perundang-undangan", "Penata Organisasi/Kelembagaan"}


def test_html_tags_stripped_but_raw_kept(seed: ImportResult) -> None:
    a = next(a for a in seed.unit.activities if a.source and a.source.line == 130)
    assert "<i>" not in (a.sub_kegiatan or "") and "Offline" in (a.sub_kegiatan or "")
    assert a.source is not None and "<i>Offline</i>" in (a.source.raw or "")


def test_metadata_from_title_block(seed: ImportResult) -> None:
    info = seed.unit.unit
    assert info.name == "KPU Kabupaten Luwu"
    assert info.year == 2025
    assert info.decree == "Keputusan Nomor 4 Tahun 2025"
    assert str(info.decree_date) == "2025-01-09"
    assert info.id == "kpu-luwu-2025"


def test_every_line_accounted_for_once(seed: ImportResult) -> None:
    n_lines = len(SEED.read_text(encoding="utf-8").splitlines())
    covered = sorted(ln for rec in seed.lines for ln in range(rec.line, rec.line + rec.span))
    assert covered == list(range(1, n_lines + 1))
    counts = seed.counts()
    assert counts["activity"] == 34 and counts["substep"] == 6
    assert counts.get("not_understood", 0) == 0
    assert sum(counts.values()) == n_lines


def test_committed_plan_is_what_the_importer_produces(seed: ImportResult) -> None:
    committed = (ROOT / "plans" / "kpu-luwu-2025.yaml").read_text(encoding="utf-8")
    from zi_eval.messages import msg

    assert dump_unit(seed.unit, header=msg("import_header", source=SEED.name)) == committed


def test_cli_import_reproduces_plan_and_report(tmp_path: Path) -> None:
    out, rep = tmp_path / "x.yaml", tmp_path / "rep.json"
    proc = subprocess.run(
        [sys.executable, "-m", "zi_eval", "import", str(SEED), "-o", str(out), "--report", str(rep)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8") == (ROOT / "plans" / "kpu-luwu-2025.yaml").read_text(
        encoding="utf-8"
    )
    assert "34 kegiatan, 6 sub-langkah, 8 area RA" in proc.stderr
    assert "IMPORT_MARK_OUTSIDE_MONTHS" in proc.stderr
    report = json.loads(rep.read_text(encoding="utf-8"))
    assert report["activities"] == 34 and report["counts"]["activity"] == 34
    assert len(report["lines"]) == sum(1 for _ in report["lines"])
    assert main(["validate", str(out)]) == 0


def test_xlsx_version_of_the_seed_gives_the_same_plan(
    tmp_path: Path, rubric: Rubric, seed: ImportResult
) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Lampiran"
    for line in SEED.read_text(encoding="utf-8").splitlines():
        ws.append(line.split("\t"))
    f = tmp_path / "seed.xlsx"
    wb.save(f)
    res = import_plan(f, rubric)

    def essence(r: ImportResult) -> list[tuple]:  # type: ignore[type-arg]
        return [
            (
                a.ra_area,
                a.area,
                a.kegiatan,
                a.sub_kegiatan,
                a.indicators,
                a.months,
                [(s.label, s.text, s.months) for s in a.substeps],
            )
            for a in r.unit.activities
        ]

    assert essence(res) == essence(seed)
    assert [f.line for f in res.findings] == [103, 104, 105]
    assert res.unit.unit.name == "KPU Kabupaten Luwu" and res.unit.unit.year == 2025
    src = res.unit.activities[0].source
    assert src is not None and src.sheet == "Lampiran" and src.line == 82


def test_import_to_stdout_is_pure_yaml(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "zi_eval", "import", str(SEED)], capture_output=True, text=True
    )
    assert proc.returncode == 0
    assert proc.stdout == (ROOT / "plans" / "kpu-luwu-2025.yaml").read_text(encoding="utf-8")
    assert "34 kegiatan" in proc.stderr
