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


def test_a_schedule_written_in_the_notes_column_is_read_and_said(tmp_path: Path) -> None:
    """A probe's plan (q5 x60) marked most rows in its month grid and wrote the others' timing under
    KETERANGAN ('Setiap bulan', 'Desember 2025'): those activities had no months, the text kept only as a
    note, exit 0, nothing said. A note that is all schedule now gives the months, said; other notes do not."""
    from zi_eval.models.loading import load_rubric
    from zi_eval.ra import import_plan

    months = "\t".join(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"])
    empty = "\t" * 11
    f = tmp_path / "ra.tsv"
    f.write_text(
        "RENCANA AKSI ZI KANTOR UJI TAHUN 2025\n\n"
        f"NO\tKEGIATAN\t{months}\tKETERANGAN\n"
        f"1\tPembentukan tim ZI\tv{empty}\t\n"
        f"2\tPemutakhiran informasi website\t{empty}\tSetiap bulan\n"
        f"3\tReviu SOP\t{empty}\tDesember 2025\n"
        f"4\tSurvei kepuasan\t{empty}\tDitunda ke 2026\n"
        f"5\tSosialisasi gratifikasi\t{empty}\tKoordinasi dengan Inspektorat\n"
        f"6\tPembangunan ruang layanan\t\tv{empty[1:]}\tDesember 2025\n"
        f"7\tEvaluasi pelayanan\t{empty}\tEvaluasi Juni\n"
        f"8\tPelaporan\t{empty}\tLaporan bulanan\n"
        f"9\tReviu renstra\t{empty}\tRealisasi Maret\n",
        encoding="utf-8",
    )
    got = import_plan(f, load_rubric())
    assert [tuple(a.months) for a in got.unit.activities] == [
        (1,),
        tuple(range(1, 13)),
        (12,),
        (),
        (),
        (2,),
        (),  # a note naming a month beside other words is no schedule (a review: "Evaluasi Juni" read [6])
        (),
        (),
    ]
    said = [(f.code, f.value) for f in got.findings if f.code == "IMPORT_TIMING_FROM_NOTES"]
    assert said == [
        ("IMPORT_TIMING_FROM_NOTES", "Setiap bulan"),
        ("IMPORT_TIMING_FROM_NOTES", "Desember 2025"),
    ]
