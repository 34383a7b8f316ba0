"""Lay out the other plan shapes: A (component → lettered indicator), C (no months), D (keyed by LKE item)."""

from __future__ import annotations

from tests.ra.render.grid import Grid, title_lines
from tests.ra.render.spec import ROMAN, Expected, Plan, expected_activity, numbered_items

SHAPE_A_HEADER = [
    "No",
    "KOMPONEN",
    "INDIKATOR",
    "LANGKAH AKSI",
    "BUKTI FISIK",
    "TARGET DAN WAKTU",
    "% REALISASI",
]
SHAPE_A_WIDTHS = [28.0, 95.0, 170.0, 160.0, 130.0, 110.0, 55.0]
SHAPE_C_HEADER = ["Rencana Kerja", "Produk Output", "Status"]


def grid_a(plan: Plan) -> Grid:
    """Shape A: Roman area rows, numbered component rows, lettered indicator rows with free-text timing."""
    rows = [list(SHAPE_A_HEADER)]
    kinds = ["header"]
    for ai, area in enumerate(plan.areas):
        rows.append([ROMAN[ai], area.name, "", "", "", "", ""])
        kinds.append("heading")
        number, letter, prev = 0, 0, None
        for act in area.acts:
            if act.kegiatan != prev or act.on_component_row:
                number += 1
                letter = 0
                prev = act.kegiatan
                if not act.on_component_row:
                    rows.append([f"{number}.", act.kegiatan, "", "", "", "", ""])
                    kinds.append("component")
            evidence = "\n".join(f"- {e}" for e in act.evidence)
            if act.on_component_row:
                indicator = act.indicator or ""
                rows.append([f"{number}.", act.kegiatan, indicator])
            else:
                rows.append(["", "", f"{'abcdefghij'[letter]}. {act.indicator}"])
                letter += 1
            rows[-1] += [act.sub_kegiatan or "", evidence, act.timing or "", act.realisation or ""]
            kinds.append("activity")
    grid = Grid(rows, kinds, header=1)
    grid.title = ["LAMPIRAN RENCANA KERJA AKSI", f"PEMBANGUNAN ZONA INTEGRITAS {plan.unit} TAHUN {plan.year}"]
    return grid


def expected_a(plan: Plan) -> Expected:
    """Shape A keeps kegiatan, indicator, action, evidence, timing (and its months) and realisation."""
    drawn = {"sub", "indicator", "months", "timing", "evidence", "realisation"}
    acts = [expected_activity(area, act, drawn) for area, act in plan.activities()]
    return Expected(acts, len(plan.areas), [], year=plan.year)


def grid_c(plan: Plan) -> Grid:
    """Shape C: a heading row per area, the header repeated under it, then its rows; no months."""
    rows: list[list[str]] = []
    kinds: list[str] = []
    merges = []
    for area in plan.areas:
        if rows:
            rows.append(["", "", ""])
            kinds.append("blank")
        rows.append([area.name, "", ""])
        kinds.append("heading")
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        rows.append(list(SHAPE_C_HEADER))
        kinds.append("header")
        for act in area.acts:
            rows.append([act.kegiatan, act.output or "", act.realisation or ""])
            kinds.append("activity")
    grid = Grid(rows, kinds, header=0, merges=merges)
    grid.title = [f"Rencana Aksi Zona Integritas {plan.unit} Tahun {plan.year}"]
    return grid


def expected_c(plan: Plan) -> Expected:
    """Shape C: kegiatan, output and status only; no schedule; a non-ZI area is unknown."""
    drawn = {"output", "realisation"}
    acts = [expected_activity(area, act, drawn) for area, act in plan.activities()]
    findings = ["IMPORT_NO_SCHEDULE"]
    if any(a.unknown for a in plan.areas):
        findings.append("IMPORT_AREA_UNKNOWN")
    return Expected(acts, len(plan.areas), findings, year=plan.year)


def grid_d_letters(plan: Plan) -> Grid:
    """Shape D: ``KODE`` over two columns (``A.1.I.i`` | ``a``), LKE question, numbered actions, output, time."""
    header = ["KODE", "", "RENCANA KINERJA", "RENCANA AKSI", "RENCANA OUTPUT", "WAKTU"]
    rows = [header]
    kinds = ["header"]
    merges = [(0, 0, 0, 1)]
    for _, act in plan.activities():
        code, _, letter = (act.lke_written or "").partition(" ")
        rows.append([code, letter, act.indicator or "", act.kegiatan, act.output or "", act.timing or ""])
        kinds.append("activity")
    grid = Grid(rows, kinds, header=1, merges=merges)
    grid.title = title_lines(plan, 3)
    return grid


def expected_d_letters(plan: Plan) -> Expected:
    """The area comes from the code; the numbered actions are joined; months from the free text."""
    drawn = {"indicator", "output", "timing", "months", "lke"}
    acts = []
    for _, act in plan.activities():
        acts.append(expected_activity(None, act, drawn, kegiatan=numbered_items(act.kegiatan)))
    areas = len({a["area"] for a in acts})
    return Expected(acts, areas, [], year=plan.year, unit_name=plan.unit)


def grid_d_uraian(plan: Plan) -> Grid:
    """Shape D: ``No | Kode | Uraian | Output | Dokumen | Tim Kerja | Pemeriksa`` with ``P.1.i.a`` codes."""
    rows = [["No", "Kode", "Uraian", "Output", "Dokumen", "Tim Kerja", "Pemeriksa"]]
    kinds = ["header"]
    for i, (_, act) in enumerate(plan.activities(), start=1):
        reviewer = (act.notes or "").removeprefix("Pemeriksa: ")
        rows.append(
            [
                str(i),
                act.lke_written or "",
                act.kegiatan,
                act.output or "",
                "\n".join(act.evidence),
                act.pic or "",
                reviewer,
            ]
        )
        kinds.append("activity")
    grid = Grid(rows, kinds, header=1)
    grid.title = title_lines(plan, 3)
    return grid


def expected_d_uraian(plan: Plan) -> Expected:
    """Uraian → kegiatan, Dokumen → evidence list, Tim Kerja → pic, Pemeriksa → notes; no months."""
    drawn = {"output", "evidence", "pic", "notes", "lke"}
    acts = [expected_activity(None, act, drawn) for _, act in plan.activities()]
    areas = len({a["area"] for a in acts})
    return Expected(acts, areas, ["IMPORT_NO_SCHEDULE"], year=plan.year, unit_name=plan.unit)
