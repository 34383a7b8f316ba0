"""A plan written with English headers (some units publish an English copy of their Rencana Aksi).

"No | Area | Activity | Sub-activity | Indicator | Output | Jan … Dec" under "YEAR 2025" was refused:
no header names KEGIATAN.
"""

from __future__ import annotations

from pathlib import Path

from zi_eval.models.loading import load_rubric
from zi_eval.ra import import_plan

RUBRIC = load_rubric()
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def test_a_plan_with_english_headers_is_read(tmp_path: Path) -> None:
    head = [
        "No",
        "Area",
        "Activity",
        "Sub-activity",
        "Indicator",
        "Output",
        *MONTHS,
        "Person in charge",
        "Remarks",
    ]
    rows = [
        ["1", "Change Management", "Pembentukan Tim Kerja ZI", "Penerbitan SK", "SK terbit", "1 SK", "v"],
        ["2", "Business Process Management", "Reviu SOP layanan", "Rapat reviu", "SOP", "1 Dokumen", "", "v"],
    ]
    lines = [
        "INTEGRITY ZONE ACTION PLAN",
        "KANTOR PERTANAHAN KABUPATEN UJI",
        "YEAR 2025",
        "",
        "\t".join(head),
    ]
    lines += ["\t".join(r) for r in rows]
    f = tmp_path / "action-plan.tsv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = import_plan(f, RUBRIC)
    got = [(a.kegiatan, a.sub_kegiatan, a.area, a.months) for a in res.unit.activities]
    assert got == [
        ("Pembentukan Tim Kerja ZI", "Penerbitan SK", "manajemen-perubahan", (1,)),
        ("Reviu SOP layanan", "Rapat reviu", "penataan-tatalaksana", (2,)),
    ]
    assert res.unit.unit.year == 2025
    assert not [f for f in res.findings if f.code in ("IMPORT_YEAR_ASSUMED", "IMPORT_AREA_UNKNOWN")]
