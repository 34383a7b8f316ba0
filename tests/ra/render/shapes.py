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


def grid_a(plan: Plan, split: int | None = None) -> Grid:
    """Shape A: Roman area rows, numbered component rows, lettered indicator rows with free-text timing.

    ``split`` (an activity's index) breaks that activity's row over two pages, as Word does with a
    tall row: the action's second half and the last evidence line go on the next page, under the
    repeated header, in a row whose No, KOMPONEN and INDIKATOR are empty.
    """
    rows = [list(SHAPE_A_HEADER)]
    kinds = ["header"]
    breaks: list[int] = []
    k = -1
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
            k += 1
            if k == split:
                words = (act.sub_kegiatan or "").split()
                half = len(words) // 2
                rows[-1][3] = " ".join(words[:half])
                rows[-1][4] = "\n".join(f"- {e}" for e in act.evidence[:-1])
                breaks.append(len(rows))
                rows.append(list(SHAPE_A_HEADER))
                kinds.append("header")
                rows.append(["", "", "", " ".join(words[half:]), f"- {act.evidence[-1]}", "", ""])
                kinds.append("continuation")
    grid = Grid(rows, kinds, header=1)
    grid.breaks = breaks
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
        a = expected_activity(None, act, drawn, kegiatan=numbered_items(act.kegiatan))
        # Not compared: whether the letter column, consumed into the code, is also kept in notes.
        del a["notes"]
        acts.append(a)
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


def grid_d_labels(plan: Plan) -> Grid:
    """Shape D by labels: ``1. Manajemen Perubahan`` | ``i. Penyusunan Tim Kerja`` | ``a. <question>``.

    Each activity's ``lke_written`` holds the three labels joined by `` | ``; repeated area and
    pilar labels are merged down, as in the workbooks they are copied from.
    """
    rows = [["AREA", "PILAR", "SUB PILAR", "RENCANA AKSI", "OUTPUT", "WAKTU"]]
    kinds = ["header"]
    merges = []
    starts = [1, 1]
    prev = ["", ""]
    for _, act in plan.activities():
        labels = (act.lke_written or "").split(" | ")
        row = [labels[0] if labels[0] != prev[0] else "", labels[1] if labels[1] != prev[1] else ""]
        for c in (0, 1):
            if labels[c] != prev[c] or (c == 1 and labels[0] != prev[0]):
                if len(rows) - starts[c] > 1:
                    merges.append((starts[c], c, len(rows) - 1, c))
                starts[c] = len(rows)
                row[c] = labels[c]
        prev = labels[:2]
        rows.append(row + [labels[2], act.kegiatan, act.output or "", act.timing or ""])
        kinds.append("activity")
    for c in (0, 1):
        if len(rows) - starts[c] > 1:
            merges.append((starts[c], c, len(rows) - 1, c))
    grid = Grid(rows, kinds, header=1, merges=merges)
    grid.title = title_lines(plan, 3)
    return grid


def expected_d_labels(plan: Plan) -> Expected:
    """Area and LKE code from the labels; kegiatan, output, timing and months as written.

    ``ra_area``, ``indicators``, ``sub_kegiatan`` and ``notes`` are left out (not compared): the
    conventions do not say whether the sub-pilar question becomes the indicator, nor whether the
    label columns, once read as the code, are also kept in notes.
    """
    drawn = {"output", "timing", "months", "lke"}
    acts = []
    for _, act in plan.activities():
        a = expected_activity(None, act, drawn)
        for loose in ("ra_area", "indicators", "sub_kegiatan", "notes"):
            del a[loose]
        acts.append(a)
    areas = len({a["area"] for a in acts})
    return Expected(acts, areas, [], year=plan.year, unit_name=plan.unit)
