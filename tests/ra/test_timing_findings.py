"""What an unread schedule finding says, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_eval.cli import main


def test_the_english_finding_names_the_part_of_the_schedule_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --lang en the finding said only 'kept as written in timing', not which part went unread."""
    f = tmp_path / "ra.tsv"
    f.write_text(
        "RENCANA AKSI ZI KANTOR UJI TAHUN 2025\n\nNO\tKEGIATAN\tWAKTU\n1\tRapat tim\tMaret, s/d Desember\n"
    )
    assert main(["--lang", "en", "import", str(f), "-o", str(tmp_path / "u.yaml")]) == 0
    said = capsys.readouterr().err
    assert "the part 's/d Desember' is not read, the other months are kept" in said
    assert main(["import", str(f), "-o", str(tmp_path / "v.yaml")]) == 0
    assert "bagian jadwal tidak terbaca (s/d Desember), bulan lain dipakai" in capsys.readouterr().err
