"""Every finding the table reader and the merge emit has a catalogue entry that renders in both languages."""

from __future__ import annotations

from pathlib import Path

from tests.lke.shapes import write_csv
from zi_eval.evidence.merge import merge_records
from zi_eval.evidence.table import read_links_table
from zi_eval.flags.catalogue import FLAGS, finding_args, render
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Evidence


def test_each_finding_renders_in_indonesian_and_english_with_its_values(
    tmp_path: Path, rubric: Rubric
) -> None:
    (tmp_path / "ada.pdf").write_bytes(b"%PDF")
    table = tmp_path / "tabel.csv"
    write_csv(
        table,
        [
            ["Kode", "Link"],
            ["entah", "https://x.go.id/a"],
            ["1.i.a", "https://x.go.id/b"],
            ["P.1.i.a", "../luar.pdf"],
            ["P.1.i.b", "hilang.pdf"],
            ["P.1.ii.a", "ada.pdf"],
        ],
    )
    scan = read_links_table(table, rubric, unit_dir=tmp_path)
    unit = tmp_path / "unit.yaml"
    unit.write_text(
        "unit: {id: u, name: U, year: 2025}\nevidence:\n- id: e1\n  title: Lama\n  path: pindah.pdf\n"
        f"- id: {scan.records[0].id}\n  title: Diubah tangan\n  path: ada.pdf\n",
        encoding="utf-8",
    )
    merged = merge_records(
        unit, (*scan.records, Evidence(id="baru", title="B", url="https://x.go.id/c")), rubric=rubric
    )
    findings = [*scan.findings, *merged.findings]
    assert sorted({f["code"] for f in findings}) == [
        "EVIDENCE_CONFLICT",
        "EVIDENCE_NOT_RESCANNED",
        "EVIDENCE_TABLE_PATH_MISSING",
        "EVIDENCE_TABLE_PATH_OUTSIDE",
        "EVIDENCE_TABLE_ROW_AMBIGUOUS",
        "EVIDENCE_TABLE_ROW_UNREAD",
    ]
    for f in findings:
        assert FLAGS[f["code"]][0] in ("error", "warning", "info")
        ind, eng = (render(f["code"], lang, **finding_args(f)) for lang in ("id", "en"))
        assert ind != eng and "{" not in ind + eng
        # the values a person needs to act on are in the message, in both languages
        for key in ("theirs", "what"):
            if f.get(key):
                assert str(f[key]) in ind and str(f[key]) in eng, (f["code"], key)
