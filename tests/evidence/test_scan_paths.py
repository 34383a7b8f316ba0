"""Where records point (a path from the unit file's folder, or a URL), Drive shortcuts, and mtime months."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from tests.builders import make_unit
from tests.evidence.trees import make_tree
from zi_eval.errors import InputError
from zi_eval.evidence.names import record_id
from zi_eval.evidence.scan import scan_tree
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit_checks import path_rule


def test_paths_are_relative_to_the_unit_folder(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "unit" / "data dukung" / "2025", ["P.1.i.a/SK Tim.pdf"])
    scan = scan_tree(root, rubric, unit_dir=tmp_path / "unit")
    (record,) = scan.records
    assert (record.path, record.url) == ("data dukung/2025/P.1.i.a/SK Tim.pdf", None)
    assert path_rule(record.path, tmp_path / "unit") is None  # the unit file's own rule accepts it


def test_without_unit_dir_paths_are_relative_to_the_scanned_folder(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim.pdf"])
    assert [r.path for r in scan_tree(root, rubric).records] == ["P.1.i.a/SK Tim.pdf"]


def test_a_folder_outside_the_unit_folder_is_refused(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "drive" / "dd", ["P.1.i.a/SK Tim.pdf"])
    (tmp_path / "unit").mkdir()
    with pytest.raises(InputError) as err:
        scan_tree(root, rubric, unit_dir=tmp_path / "unit")
    (problem,) = err.value.problems
    assert problem.field == "folder"
    assert "inside the unit file's folder" in problem.must and "--base-url" in problem.must
    assert err.value.exit_code == 3


def test_a_missing_folder_is_refused(tmp_path: Path, rubric: Rubric) -> None:
    with pytest.raises(InputError, match="an existing folder of data dukung"):
        scan_tree(tmp_path / "tidak ada", rubric)


def test_base_url_gives_quoted_urls_and_no_path(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "drive" / "dd", ["AREA I/i. Penyusunan Tim Kerja/1.i.a SK TIM #1.pdf"])
    (tmp_path / "unit").mkdir()
    scan = scan_tree(root, rubric, unit_dir=tmp_path / "unit", base_url="https://files.example.go.id/zi/")
    (record,) = scan.records
    assert record.path is None
    assert (
        record.url
        == "https://files.example.go.id/zi/AREA%20I/i.%20Penyusunan%20Tim%20Kerja/1.i.a%20SK%20TIM%20%231.pdf"
    )
    assert record.supports == ("P.1.i.a",)


def test_drive_shortcut_gives_its_url(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "dd", [])
    (root / "P.1.i.a").mkdir()
    (root / "P.1.i.a" / "SK Tim.gdoc").write_text(
        json.dumps({"url": "https://docs.google.com/document/d/abc123XYZ_-0/edit", "doc_id": "abc123XYZ_-0"})
    )
    (root / "P.1.i.a" / "Daftar Hadir.gsheet").write_text(json.dumps({"doc_id": "1AbCdEfGhIjKlMn"}))
    (root / "P.1.i.a" / "Rusak.gslides").write_text("not json")
    got = {r.title: (r.url, r.kind, r.supports) for r in scan_tree(root, rubric).records}
    assert got == {
        "Daftar Hadir": (
            "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMn",
            "daftar-hadir",
            ("P.1.i.a",),
        ),
        "Rusak": (None, "presentasi", ("P.1.i.a",)),
        "SK Tim": ("https://docs.google.com/document/d/abc123XYZ_-0/edit", "sk", ("P.1.i.a",)),
    }


def test_windows_and_macos_link_files_give_their_url(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(tmp_path / "dd", [])
    (root / "P.1.ii.c").mkdir()
    (root / "P.1.ii.c" / "Berita Sosialisasi.url").write_text(
        "[InternetShortcut]\r\nURL=https://kpu.go.id/berita/sosialisasi-zi\r\nIconIndex=0\r\n"
    )
    (root / "P.1.ii.c" / "Video Sosialisasi.webloc").write_text(
        '<?xml version="1.0"?><plist version="1.0"><dict><key>URL</key>'
        "<string>https://youtu.be/abc</string></dict></plist>"
    )
    (root / "P.1.ii.c" / "Berkas Lokal.url").write_text(
        "[InternetShortcut]\r\nURL=file:///C:/rahasia.pdf\r\n"
    )
    got = {r.title: (r.url, r.supports) for r in scan_tree(root, rubric).records}
    assert got == {
        "Berita Sosialisasi": ("https://kpu.go.id/berita/sosialisasi-zi", ("P.1.ii.c",)),
        "Berkas Lokal": (None, ("P.1.ii.c",)),  # not a web address: kept as a plain file
        "Video Sosialisasi": ("https://youtu.be/abc", ("P.1.ii.c",)),
    }


def test_months_from_mtime_are_marked(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(
        tmp_path / "dd", ["P.1.i.a/SK Tim.pdf", "P.1.i.a/Notulen 12-01-2025.pdf", "TW III/foto.jpg"]
    )
    scan = scan_tree(root, rubric)
    assert {r.title: r.months for r in scan.records} == {
        "SK Tim": (6,),
        "Notulen 12-01-2025": (1,),
        "foto": (7, 8, 9),
    }
    marked = [(f["path"], f["ours"]) for f in scan.findings if f["code"] == "EVIDENCE_MONTHS_FROM_MTIME"]
    assert marked == [("P.1.i.a/SK Tim.pdf", "6")]
    (sk,) = [r for r in scan.records if r.title == "SK Tim"]
    assert [f["id"] for f in scan.findings if f["code"] == "EVIDENCE_MONTHS_FROM_MTIME"] == [sk.id]


def test_a_persons_name_is_no_month_and_the_files_time_is_read(tmp_path: Path, rubric: Rubric) -> None:
    """ "ttd Agus Salim" gave August and "Mei Lestari" May, and the file's time (June) was never read."""
    root = make_tree(
        tmp_path / "dd",
        [
            "P.1.iv.b/SK Agen Perubahan ttd Agus Salim.pdf",
            "P.1.iv.b/Notulen Rapat Koordinasi - Mei Lestari.pdf",
            "P.1.iv.b/Notulen 12 Mei 2025.pdf",
        ],
    )
    scan = scan_tree(root, rubric)
    assert {r.title: r.months for r in scan.records} == {
        "SK Agen Perubahan ttd Agus Salim": (6,),
        "Notulen Rapat Koordinasi Mei Lestari": (6,),
        "Notulen 12 Mei 2025": (5,),
    }
    marked = sorted(f["path"] for f in scan.findings if f["code"] == "EVIDENCE_MONTHS_FROM_MTIME")
    assert marked == [
        "P.1.iv.b/Notulen Rapat Koordinasi - Mei Lestari.pdf",
        "P.1.iv.b/SK Agen Perubahan ttd Agus Salim.pdf",
    ]


def test_mtime_outside_the_units_year_gives_no_months(tmp_path: Path, rubric: Rubric) -> None:
    """A Drive download stamps files with the download day: with a unit, only its own year counts."""
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim.pdf"])
    in_2024 = make_unit(rubric, year=2024)
    in_2025 = make_unit(rubric, year=2025)
    assert [r.months for r in scan_tree(root, rubric, unit=in_2024).records] == [()]
    assert not [
        f for f in scan_tree(root, rubric, unit=in_2024).findings if f["code"] == "EVIDENCE_MONTHS_FROM_MTIME"
    ]
    assert [r.months for r in scan_tree(root, rubric, unit=in_2025).records] == [(6,)]


def test_folder_months_come_from_the_deepest_folder_naming_a_time(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(
        tmp_path / "dd", ["Semester 1/TW II/Mei/P.1.i.a/foto.jpg", "Semester 1/P.1.i.a/foto.jpg"]
    )
    assert [r.months for r in scan_tree(root, rubric).records] == [(1, 2, 3, 4, 5, 6), (5,)]


@pytest.mark.skipif(os.name == "nt", reason="POSIX symlinks")
def test_scanned_folder_reached_through_a_link_inside_the_unit_folder(tmp_path: Path, rubric: Rubric) -> None:
    """The folder is judged where it really is: a link in the unit folder to a Drive elsewhere is outside."""
    drive = make_tree(tmp_path / "drive", ["P.1.i.a/SK Tim.pdf"])
    (tmp_path / "unit").mkdir()
    (tmp_path / "unit" / "dd").symlink_to(drive)
    with pytest.raises(InputError):
        scan_tree(tmp_path / "unit" / "dd", rubric, unit_dir=tmp_path / "unit")


@pytest.mark.parametrize("base_url", ["ftp://x/y", "https://", "drive.google.com/x", "https://x y/"])
def test_a_bad_base_url_is_refused(tmp_path: Path, rubric: Rubric, base_url: str) -> None:
    root = make_tree(tmp_path / "dd", ["P.1.i.a/SK Tim.pdf"])
    with pytest.raises(InputError, match="http:// or https://"):
        scan_tree(root, rubric, base_url=base_url)


def test_two_files_whose_names_differ_only_in_unicode_form_are_two_records(
    tmp_path: Path, rubric: Rubric
) -> None:
    """ "é" as one character (NFC) and as "e" plus a combining accent (NFD, as a Mac writes it): two
    files that look alike. Each is a record of its own, the composed name keeps the id a scan anywhere
    gives it, and the pair is said."""
    composed = "P.1.i.a/SK Tim Zona Integritas \u00e9.pdf"
    decomposed = unicodedata.normalize("NFD", composed)
    root = make_tree(tmp_path / "dd", [composed, decomposed])
    if len(list((root / "P.1.i.a").iterdir())) != 2:
        pytest.skip("this file system stores one form of a name only")
    scan = scan_tree(root, rubric)
    ids = {r.path: r.id for r in scan.records}
    assert set(ids) == {composed, decomposed}
    assert len(set(ids.values())) == 2
    assert ids[composed] == record_id(composed)
    said = [f for f in scan.findings if f["code"] == "EVIDENCE_TWIN_NAMES"]
    assert [(f["path"], f["id"], f["theirs"]) for f in said] == [(decomposed, ids[decomposed], composed)]


def test_files_that_are_no_document_are_said_and_not_recorded(tmp_path: Path, rubric: Rubric) -> None:
    """Counted as evidence, each of these scored its item as evidenced (a probe: P.1.i.a full, exit 0)."""
    root = make_tree(
        tmp_path / "dd",
        [
            "P.1.i.a/BELUM ADA.txt",
            "P.1.i.b/menyusul.docx",
            "P.1.ii.a/Data dukung belum tersedia.pdf",
            "P.1.ii.b/-.pdf",
            "P.1.iii.b/Laporan Monev TW II.pdf.crdownload",
            "P.1.iii.b/Notulen Monev.pdf.part",
            "P.1.iv.a/unit.yaml",
            # documents all the same: a statement, a schedule, an attachment
            "P.3.v.a/Tidak ada pelanggaran disiplin 2025.pdf",
            "P.1.iii.a/Jadwal kegiatan yang akan dilaksanakan.pdf",
            "P.1.ii.c/Lampiran.pdf",
        ],
    )
    (root / "P.1.iv.b").mkdir()
    (root / "P.1.iv.b" / "SK Agen Perubahan.pdf").write_bytes(b"")  # a copy that failed
    scan = scan_tree(root, rubric)
    said = {f["path"]: f["code"] for f in scan.findings if f["code"].startswith("EVIDENCE_FILE_")}
    said |= {f["path"]: f["code"] for f in scan.findings if f["code"] == "EVIDENCE_ZI_EVAL_FILE"}
    assert said == {
        "P.1.i.a/BELUM ADA.txt": "EVIDENCE_FILE_SAYS_NONE",
        "P.1.i.b/menyusul.docx": "EVIDENCE_FILE_SAYS_NONE",
        "P.1.ii.a/Data dukung belum tersedia.pdf": "EVIDENCE_FILE_SAYS_NONE",
        "P.1.ii.b/-.pdf": "EVIDENCE_FILE_SAYS_NONE",
        "P.1.iii.b/Laporan Monev TW II.pdf.crdownload": "EVIDENCE_FILE_UNFINISHED",
        "P.1.iii.b/Notulen Monev.pdf.part": "EVIDENCE_FILE_UNFINISHED",
        "P.1.iv.a/unit.yaml": "EVIDENCE_ZI_EVAL_FILE",
        "P.1.iv.b/SK Agen Perubahan.pdf": "EVIDENCE_FILE_EMPTY",
    }
    assert sorted(r.title for r in scan.records) == [
        "Jadwal kegiatan yang akan dilaksanakan",
        "Lampiran",
        "Tidak ada pelanggaran disiplin 2025",
    ]
    assert scan.files == 11  # every file is read and accounted for: a record or a finding


def test_an_archive_in_the_evidence_folder_is_said_not_placed(tmp_path: Path, rubric: Rubric) -> None:
    """A probe's folder (q6 V03) held 'Data Dukung Area I.zip' beside a PDF: the zip was never opened and
    nothing said so; it became one record placed by its name (said only as ambiguous). An archive is no
    document: its files are not read, and that is said."""
    import zipfile

    root = tmp_path / "dd"
    root.mkdir()
    (root / "P.1.i.a SK Tim ZI 2025.pdf").write_bytes(b"%PDF-1.4 sk")
    with zipfile.ZipFile(root / "Data Dukung Area I.zip", "w") as z:
        z.writestr("P.1.ii.a Rencana Kerja ZI.pdf", b"%PDF-1.4 rk")
    (root / "Monev.tar.gz").write_bytes(b"\x1f\x8b archive")
    scan = scan_tree(root, rubric)
    assert [r.supports for r in scan.records] == [("P.1.i.a",)]
    said = sorted(f["path"] for f in scan.findings if f["code"] == "EVIDENCE_ARCHIVE")
    assert said == ["Data Dukung Area I.zip", "Monev.tar.gz"]


def test_area_codes_name_their_area_folders_and_an_ambiguous_code_is_said(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A probe's tree (q6 V02) named its area folders by code: 'PAK', 'PPP', 'PSDMA' and 'PP'. The codes
    were no areas, and 'PP/Reform/ii/Rekap Penanganan Pengaduan' went to Pelayanan Publik's R.6.ii by its
    words, nothing said, though 'PP' is Penguatan Pengawasan's initials too (its R.5.ii is complaints)."""
    from zi_eval.evidence.names import area_folder

    assert area_folder("PAK", rubric) == ("penguatan-akuntabilitas", True)
    assert area_folder("PPP", rubric) == ("pelayanan-publik", True)
    assert area_folder("PSDMA", rubric) == ("penataan-sdm", True)
    assert area_folder("I. MP", rubric) == ("manajemen-perubahan", True)
    for word in ("PP", "SK", "TIM", "Pak", "ZI 2025"):
        assert area_folder(word, rubric) is None
    root = tmp_path / "dd"
    for rel in (
        "PP/Reform/ii/Rekap Penanganan Pengaduan 2025.pdf",
        "PAK/Reform/i. Capaian Sasaran/Pengukuran Capaian Sasaran Kinerja.pdf",
    ):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"%PDF-1.4")
    scan = scan_tree(root, rubric)
    said = [(f["path"], f["theirs"]) for f in scan.findings if f["code"] == "EVIDENCE_FOLDER_AREA_AMBIGUOUS"]
    assert said == [("PP", "PP")]
    placed = {r.path.split("/")[0]: r.supports for r in scan.records if r.path}
    assert placed["PAK"] == ("R.4.i",)
