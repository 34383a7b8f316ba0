"""Paths whose folders say the item more precisely than the matcher could: nested code folders, an item
letter under a numbered indicator, the Hasil part's folders. Each file lands on its item, or on none
with a finding; never on another item.
"""

from __future__ import annotations

from pathlib import Path

from tests.evidence.trees import make_tree
from zi_eval.evidence.scan import scan_tree
from zi_eval.models.rubric import Rubric


def _scan(
    tmp_path: Path, rubric: Rubric, paths: list[str]
) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    scan = scan_tree(make_tree(tmp_path / "dd", paths), rubric)
    supports = {r.path or "": r.supports for r in scan.records}
    ambiguous = {f["path"]: f["item"] for f in scan.findings if f["code"] == "EVIDENCE_AMBIGUOUS"}
    return supports, ambiguous


def test_an_item_folder_inside_its_indicator_folder_gives_the_item(tmp_path: Path, rubric: Rubric) -> None:
    """``P.1.i/P.1.i.b/Notulen rapat.pdf`` was ambiguous across the whole indicator (P.1.i.a and P.1.i.b)
    and supported nothing: the indicator folder widened the item folder to all its items."""
    supports, ambiguous = _scan(
        tmp_path,
        rubric,
        [
            "P.1.i/P.1.i.b/Notulen rapat.pdf",
            "P.5.iii/P.5.iii.b/Notulen.pdf",
            "P.5.iii/P.5.iii.c/Laporan monev.pdf",
            "R.5.iii/R.5.iii.b/Daftar hadir.pdf",
            "P.2.ii/P.2.ii.d/Dokumentasi.jpg",
            "P.1.i/P.1.i.b Notulen.pdf",  # the item in the name, its indicator as the folder
        ],
    )
    assert supports == {
        "P.1.i/P.1.i.b/Notulen rapat.pdf": ("P.1.i.b",),
        "P.5.iii/P.5.iii.b/Notulen.pdf": ("P.5.iii.b",),
        "P.5.iii/P.5.iii.c/Laporan monev.pdf": ("P.5.iii.c",),
        "R.5.iii/R.5.iii.b/Daftar hadir.pdf": ("R.5.iii.b",),
        "P.2.ii/P.2.ii.d/Dokumentasi.jpg": ("P.2.ii.d",),
        "P.1.i/P.1.i.b Notulen.pdf": ("P.1.i.b",),
    }
    assert ambiguous == {}


def test_an_item_folder_under_another_indicator_stays_ambiguous(tmp_path: Path, rubric: Rubric) -> None:
    """Only a code inside the broader one wins: P.1.ii.a is not an item of P.1.i."""
    supports, ambiguous = _scan(tmp_path, rubric, ["P.1.i/P.1.ii.a/Notulen.pdf"])
    assert supports == {"P.1.i/P.1.ii.a/Notulen.pdf": ()}
    assert set(ambiguous["P.1.i/P.1.ii.a/Notulen.pdf"].split(", ")) == {"P.1.ii.a", "P.1.i.a", "P.1.i.b"}


def test_a_letter_under_a_numbered_indicator_named_like_another_aspects(
    tmp_path: Path, rubric: Rubric
) -> None:
    """``AREA III/iv. Kinerja Individu/c. SKP.pdf`` went to P.3.iv.a: "Kinerja Individu" is exactly Reform's
    R.3.i, so numeral and name were taken to conflict, and the matcher ignored the letter. Pemenuhan's
    indicator iv is "Penetapan Kinerja Individu", which the name fits; Reform has no indicator iv."""
    supports, ambiguous = _scan(
        tmp_path,
        rubric,
        [
            "AREA III/iv. Kinerja Individu/c. SKP.pdf",
            "3. Penataan Sistem Manajemen SDM Aparatur/iv. Kinerja Individu/c. SKP 2025.pdf",
            "AREA I/iv. Budaya Kerja/b. SK Agen Perubahan.pdf",
            "REFORM/3. SDM/i. Kinerja Individu/SKP berorientasi hasil.pdf",  # Reform's, by its numeral
        ],
    )
    assert supports == {
        "AREA III/iv. Kinerja Individu/c. SKP.pdf": ("P.3.iv.c",),
        "3. Penataan Sistem Manajemen SDM Aparatur/iv. Kinerja Individu/c. SKP 2025.pdf": ("P.3.iv.c",),
        "AREA I/iv. Budaya Kerja/b. SK Agen Perubahan.pdf": ("P.1.iv.b",),
        "REFORM/3. SDM/i. Kinerja Individu/SKP berorientasi hasil.pdf": ("R.3.i",),
    }
    assert ambiguous == {}


def test_a_lettered_file_the_title_puts_under_another_letter_is_ambiguous(
    tmp_path: Path, rubric: Rubric
) -> None:
    """When the folders name no item, the matcher chose by the title alone: ``c. SK Tim.pdf`` in P.1.i's
    folder (items a and b) went to P.1.i.a, ``AREA III/c. SKP.pdf`` to P.3.iv.a. The letter and the title
    disagree: the file supports nothing and the finding names both readings."""
    supports, ambiguous = _scan(
        tmp_path, rubric, ["AREA I/i. Penyusunan Tim Kerja/c. SK Tim.pdf", "AREA III/c. SKP.pdf"]
    )
    assert supports == {"AREA I/i. Penyusunan Tim Kerja/c. SK Tim.pdf": (), "AREA III/c. SKP.pdf": ()}
    assert ambiguous == {
        "AREA I/i. Penyusunan Tim Kerja/c. SK Tim.pdf": "P.1.i.a, P.1.i.b",
        "AREA III/c. SKP.pdf": "P.3.iv.a, P.3.iv.c",
    }


def test_hasil_folders_give_the_hasil_items(tmp_path: Path, rubric: Rubric) -> None:
    """``B. HASIL/II/a. Laporan SKM.pdf`` went to P.6.iv.a: the numeral under HASIL (the second Hasil
    component), ``Pelayanan Prima`` (read as the sixth ZI area) and the survey folders were not read."""
    supports, ambiguous = _scan(
        tmp_path,
        rubric,
        [
            "B. HASIL/II/a. Laporan SKM.pdf",
            "B. HASIL/II. Pelayanan Prima/a. Laporan SKM 2025.pdf",
            "B. HASIL/I. Birokrasi Bersih/b. Laporan capaian.pdf",
            "HASIL/IPKP/Laporan SKM 2025.pdf",
            "HASIL/IPAK/Laporan survei.pdf",
        ],
    )
    assert supports == {
        "B. HASIL/II/a. Laporan SKM.pdf": ("H.II.a",),
        "B. HASIL/II. Pelayanan Prima/a. Laporan SKM 2025.pdf": ("H.II.a",),
        "B. HASIL/I. Birokrasi Bersih/b. Laporan capaian.pdf": ("H.I.b",),
        "HASIL/IPKP/Laporan SKM 2025.pdf": ("H.II.a",),
        "HASIL/IPAK/Laporan survei.pdf": ("H.I.a",),
    }
    assert ambiguous == {}


def test_a_file_under_hasil_the_folders_do_not_place_is_no_pengungkit_evidence(
    tmp_path: Path, rubric: Rubric
) -> None:
    """The matcher chose among every item: "Laporan survei" under HASIL went to P.6.iv.a."""
    scan = scan_tree(make_tree(tmp_path / "dd", ["HASIL/Laporan survei.pdf"]), rubric)
    (record,) = scan.records
    ambiguous = [f["item"] for f in scan.findings if f["code"] == "EVIDENCE_AMBIGUOUS"]
    named = [*record.supports, *(code for item in ambiguous for code in item.split(", "))]
    assert named and all(code.startswith("H.") for code in named)


def test_a_pemenuhan_or_reform_folder_keeps_its_files_on_its_aspects_items(
    tmp_path: Path, rubric: Rubric
) -> None:
    """Placed on their titles alone, files filed under PEMENUHAN went to Reform's items (and under REFORM
    to Pemenuhan's): in evidenced mode one item got evidence nobody gave it and the other lost it."""
    sdm = "A. PENGUNGKIT/I. PEMENUHAN/3. Penataan Sistem Manajemen SDM Aparatur"
    got, ambiguous = _scan(
        tmp_path,
        rubric,
        [
            f"{sdm}/Rekap Pelanggaran Disiplin Pegawai.xlsx",
            f"{sdm}/v. Penegakan Aturan Disiplin Kode Etik Kode Perilaku Pegawai/Rekap Pelanggaran Disiplin Pegawai.xlsx",
            f"{sdm}/3.5 Penegakan Disiplin/SK Hukuman Disiplin.pdf",
            "3. PENATAAN SDM/REFORM/Rekap Pelanggaran Disiplin Pegawai.xlsx",
            # the name writes the other aspect's code: the code, written, is the item meant
            f"{sdm}/R.3.iii.a Rekap Pelanggaran Disiplin.pdf",
        ],
    )
    assert got == {
        f"{sdm}/Rekap Pelanggaran Disiplin Pegawai.xlsx": ("P.3.v",),
        f"{sdm}/v. Penegakan Aturan Disiplin Kode Etik Kode Perilaku Pegawai/Rekap Pelanggaran Disiplin Pegawai.xlsx": (
            "P.3.v",
        ),
        f"{sdm}/3.5 Penegakan Disiplin/SK Hukuman Disiplin.pdf": ("P.3.v",),
        "3. PENATAAN SDM/REFORM/Rekap Pelanggaran Disiplin Pegawai.xlsx": ("R.3.iii.a",),
        f"{sdm}/R.3.iii.a Rekap Pelanggaran Disiplin.pdf": ("R.3.iii.a",),
    }
    assert not ambiguous


def test_a_folder_naming_another_area_under_an_area_folder_is_the_outer_areas_topic(
    tmp_path: Path, rubric: Rubric
) -> None:
    """``B. PENATAAN TATALAKSANA/2. SPBE/c. Pelayanan publik/Screenshot aplikasi layanan.png`` went to
    P.6.v.b, nothing said: the deepest folder naming an area decided, and "c. Pelayanan publik" names the
    sixth. It is SPBE's item c (P.2.ii.c, public services run on IT). Under an area's folder, another
    area counts only from a folder written as that area's (``AREA VI``, ``6. Pelayanan Publik``)."""
    screenshot = "Screenshot aplikasi layanan.png"
    paths = {
        f"B. PENATAAN TATALAKSANA/2. SPBE/c. Pelayanan publik/{screenshot}": ("P.2.ii.c",),
        f"Penataan Tatalaksana/SPBE/Pelayanan Publik/{screenshot}": ("P.2.ii.c",),
        # a bare area name under another area's folder: that area's topic, not the other area (the
        # file names nothing of area IV: it is left unplaced, and the unit told)
        "D. AKUNTABILITAS/Pengawasan/Laporan gratifikasi.pdf": (),
        # guards, placed so before too
        "B. PENATAAN TATALAKSANA/2. SPBE/c. Pelayanan publik.png": ("P.2.ii.c",),
        f"AREA II/ii. SPBE/c. Pelayanan publik/{screenshot}": ("P.2.ii.c",),
        "A. MANAJEMEN PERUBAHAN/1. Penyusunan Tim Kerja/a. Pembentukan Tim/SK Tim ZI 2025.pdf": ("P.1.i.a",),
        "SDM/AREA I/i. Penyusunan Tim Kerja/SK Tim ZI.pdf": ("P.1.i.a",),  # AREA I is an area's folder
        "AREA II/AREA VI/Survei kepuasan masyarakat.pdf": (),
        "AREA II/6. Pelayanan Publik/Survei kepuasan masyarakat.pdf": (),
        "Pengawasan/Laporan gratifikasi.pdf": ("P.5.i.b",),
    }
    supports, ambiguous = _scan(tmp_path, rubric, list(paths))
    assert supports == paths
    survey = "P.6.iv.a, P.6.iv.b"  # the sixth area's survey items: the folder written as area VI's counts
    assert ambiguous == {
        "AREA II/AREA VI/Survei kepuasan masyarakat.pdf": survey,
        "AREA II/6. Pelayanan Publik/Survei kepuasan masyarakat.pdf": survey,
    }


def test_an_area_folder_is_written_as_one_by_the_word_area_or_its_own_label(rubric: Rubric) -> None:
    """What :func:`~zi_eval.evidence.place.nested_area` reads a folder under another area's by."""
    from zi_eval.evidence.names import area_folder  # imported here: new with the rule, the module's
    from zi_eval.evidence.place import nested_area, path_letter  # other tests run on the code before

    assert area_folder("B. PENATAAN TATALAKSANA", rubric) == ("penataan-tatalaksana", True)
    assert area_folder("VI. Pelayanan Publik", rubric) == ("pelayanan-publik", True)
    assert area_folder("AREA 3", rubric) == ("penataan-sdm", True)
    assert area_folder("c. Pelayanan publik", rubric) == ("pelayanan-publik", False)
    assert area_folder("b. Manajemen SDM", rubric) == ("penataan-sdm", False)
    assert area_folder("Pengawasan", rubric) == ("penguatan-pengawasan", False)
    assert area_folder("2. SPBE", rubric) is None
    assert nested_area("c. Pelayanan publik", "penataan-tatalaksana", rubric) is None
    assert nested_area("c. Pelayanan publik", None, rubric) == "pelayanan-publik"
    assert nested_area("F. PELAYANAN PUBLIK", "penataan-tatalaksana", rubric) == "pelayanan-publik"
    assert path_letter(("B. PENATAAN TATALAKSANA", "2. SPBE", "c. Pelayanan publik", "Foto"), rubric) == "c"
    assert path_letter(("c. Pelayanan publik", "Foto"), rubric) is None  # the area's folder, no item's


def test_letters_numbering_an_areas_indicators_are_no_item_letters(tmp_path: Path, rubric: Rubric) -> None:
    """``1. Manajemen Perubahan/b. Rencana Pembangunan ZI/…``: under an area, a letter whose name is the
    area's indicator of that rank numbers the indicators (b = ii). Read as item b, the plan went to
    P.1.iii.b and the WBS decree to nothing; a lettered question (``a. Unit kerja telah …``) or a name
    of another indicator (``b. Penyusunan Tim Kerja``) is still read as before."""
    supports, ambiguous = _scan(
        tmp_path,
        rubric,
        [
            "1. Manajemen Perubahan/a. Tim Kerja/SK Tim ZI 2025.pdf",
            "1. Manajemen Perubahan/b. Rencana Pembangunan ZI/Dokumen Rencana Kerja Pembangunan ZI 2025.pdf",
            "1. Manajemen Perubahan/d. Perubahan Pola Pikir/SK Penetapan Agen Perubahan 2025.pdf",
            "5. Penguatan Pengawasan/d. Whistle Blowing System/Laporan Evaluasi Penerapan WBS.pdf",
            "5. Penguatan Pengawasan/d. Whistle Blowing System/b. Monev WBS.pdf",
            "AREA I/b. Penyusunan Tim Kerja/Notulen.pdf",
            # under an indicator named without its numeral, a letter is its item's (a review found these
            # read as Reform's R.1.iii and R.5.ii, the letter taken for a rank)
            "1. Manajemen Perubahan/Perubahan Pola Pikir dan Budaya Kerja/c. Membangun Budaya Kerja/Foto.pdf",
            "5. Penguatan Pengawasan/Pengaduan Masyarakat/b. Penanganan Pengaduan Masyarakat/Rekap 2025.pdf",
        ],
    )
    assert supports == {
        "1. Manajemen Perubahan/a. Tim Kerja/SK Tim ZI 2025.pdf": ("P.1.i.a",),
        "1. Manajemen Perubahan/b. Rencana Pembangunan ZI/Dokumen Rencana Kerja Pembangunan ZI 2025.pdf": (
            "P.1.ii.a",
        ),
        "1. Manajemen Perubahan/d. Perubahan Pola Pikir/SK Penetapan Agen Perubahan 2025.pdf": ("P.1.iv.b",),
        "5. Penguatan Pengawasan/d. Whistle Blowing System/Laporan Evaluasi Penerapan WBS.pdf": ("P.5.iv.b",),
        # the indicator's folder, then an item's letter inside it
        "5. Penguatan Pengawasan/d. Whistle Blowing System/b. Monev WBS.pdf": ("P.5.iv.b",),
        # "b." before the first indicator's name is no indicator's number: a letter, unplaced as before
        "AREA I/b. Penyusunan Tim Kerja/Notulen.pdf": (),
        "1. Manajemen Perubahan/Perubahan Pola Pikir dan Budaya Kerja/c. Membangun Budaya Kerja/Foto.pdf": (
            "P.1.iv.c",
        ),
        "5. Penguatan Pengawasan/Pengaduan Masyarakat/b. Penanganan Pengaduan Masyarakat/Rekap 2025.pdf": (
            "P.5.iii.b",
        ),
    }
    assert ambiguous == {}
