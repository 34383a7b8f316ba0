"""Data-dukung trees in each naming convention units use (documents-in-the-wild §3), pinned to exact records.

Every tree is generated in a temporary folder; each expected row is (path under the tree, title, kind,
months, supports). Files carry the mtime of :data:`tests.evidence.trees.MTIME` (June), so a record whose
name and folders name no time has months ``(6,)`` and an EVIDENCE_MONTHS_FROM_MTIME finding.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.evidence.trees import make_tree
from zi_eval.evidence.scan import scan_tree
from zi_eval.models.rubric import Rubric

ID = re.compile(r"^[a-z0-9][a-z0-9-]*-[0-9a-f]{8}$")
Row = tuple[str, str, str, tuple[int, ...], tuple[str, ...]]


def _rows(root: Path, rubric: Rubric) -> tuple[list[Row], list[tuple[str, str]]]:
    scan = scan_tree(root, rubric)
    for r in scan.records:
        assert ID.match(r.id) and len(r.id) <= 120, r.id
    rows = [(r.path or "", r.title, r.kind, r.months, r.supports) for r in scan.records]
    codes = [(f["code"], f["path"]) for f in scan.findings if f["code"] != "EVIDENCE_MONTHS_FROM_MTIME"]
    return rows, codes


COURT = "ZONA INTEGRITAS 2022/AREA I/i. Penyusunan Tim Kerja"


def test_court_eviden_paths_area_numeral_letter(tmp_path: Path, rubric: Rubric) -> None:
    """``ZONA INTEGRITAS 2022\\AREA I\\i. Penyusunan Tim Kerja\\1.i.a SK TIM.pdf``, with ``/`` on disk."""
    root = make_tree(
        tmp_path / "dd",
        [
            f"{COURT}/1.i.a SK TIM.pdf",
            f"{COURT}/1.i.b Notulen Rapat Pemilihan Anggota 12-01-2022.pdf",
            "ZONA INTEGRITAS 2022/AREA I/ii. Rencana Pembangunan Zona Integritas/1.ii.a Rencana Kerja ZI.pdf",
            "ZONA INTEGRITAS 2022/AREA I/REFORM/i. Komitmen dalam perubahan/1.i.a Pakta Integritas.pdf",
            "ZONA INTEGRITAS 2022/AREA II/i. Prosedur Operasional Tetap (SOP) Kegiatan Utama/2.i.a SOP Pelayanan.pdf",
            "ZONA INTEGRITAS 2022/AREA V/i. Pengendalian Gratifikasi/5.i.a Laporan Gratifikasi TW I.pdf",
        ],
    )
    rows, findings = _rows(root, rubric)
    assert rows == [
        (f"{COURT}/1.i.a SK TIM.pdf", "SK TIM", "sk", (6,), ("P.1.i.a",)),
        (
            f"{COURT}/1.i.b Notulen Rapat Pemilihan Anggota 12-01-2022.pdf",
            "Notulen Rapat Pemilihan Anggota 12-01-2022",
            "notulen",
            (1,),
            ("P.1.i.b",),
        ),
        (
            "ZONA INTEGRITAS 2022/AREA I/ii. Rencana Pembangunan Zona Integritas/1.ii.a Rencana Kerja ZI.pdf",
            "Rencana Kerja ZI",
            "rencana",
            (6,),
            ("P.1.ii.a",),
        ),
        (
            "ZONA INTEGRITAS 2022/AREA I/REFORM/i. Komitmen dalam perubahan/1.i.a Pakta Integritas.pdf",
            "Pakta Integritas",
            "pakta-integritas",
            (6,),
            ("R.1.i.a",),
        ),
        (
            "ZONA INTEGRITAS 2022/AREA II/i. Prosedur Operasional Tetap (SOP) Kegiatan Utama/2.i.a SOP Pelayanan.pdf",
            "SOP Pelayanan",
            "sop",
            (6,),
            ("P.2.i.a",),
        ),
        (
            "ZONA INTEGRITAS 2022/AREA V/i. Pengendalian Gratifikasi/5.i.a Laporan Gratifikasi TW I.pdf",
            "Laporan Gratifikasi TW I",
            "laporan",
            (1, 2, 3),
            ("P.5.i.a",),
        ),
    ]
    assert findings == []


def test_court_ids_are_pinned(tmp_path: Path, rubric: Rubric) -> None:
    """The id scheme is a contract (merges match records by id): a slug of the path and its hash."""
    root = make_tree(tmp_path / "dd", [f"{COURT}/1.i.a SK TIM.pdf", "SK Tim.pdf"])
    ids = {r.path: r.id for r in scan_tree(root, rubric).records}
    assert ids == {
        f"{COURT}/1.i.a SK TIM.pdf": "integritas-2022-area-i-i-penyusunan-tim-kerja-1-i-a-sk-tim-53e7df0b",
        "SK Tim.pdf": "sk-tim-ab2e547b",
    }


def test_windows_path_unpacked_as_one_file_name(tmp_path: Path, rubric: Rubric) -> None:
    """A zip made on Windows and unpacked elsewhere leaves ``\\`` inside one name: read as folders."""
    name = "ZONA INTEGRITAS 2022\\AREA I\\i. Penyusunan Tim Kerja\\1.i.b Daftar Hadir.pdf"
    root = make_tree(tmp_path / "dd", [name])
    rows, findings = _rows(root, rubric)
    assert rows == [(name, "Daftar Hadir", "daftar-hadir", (6,), ("P.1.i.b",))]
    assert findings == []


LABELS = "A. PENGUNGKIT/I. PEMENUHAN/1. Manajemen Perubahan/i. Penyusunan Tim Kerja"


def test_hierarchy_labels_from_component_to_item(tmp_path: Path, rubric: Rubric) -> None:
    """``A. PENGUNGKIT/I. PEMENUHAN/1. Manajemen Perubahan/i. Penyusunan Tim Kerja/a. …``."""
    a_item = f"{LABELS}/a. Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"
    b_item = f"{LABELS}/b. Penentuan anggota Tim dipilih melalui prosedur"
    reform = "A. PENGUNGKIT/II. REFORM/1. Manajemen Perubahan/i. Komitmen dalam perubahan/a. Agen perubahan"
    empty = (
        "A. PENGUNGKIT/I. PEMENUHAN/5. Penguatan Pengawasan/i. Pengendalian Gratifikasi/a. Public campaign"
    )
    root = make_tree(
        tmp_path / "dd",
        [
            f"{a_item}/SK Tim ZI 2025.pdf",
            f"{b_item}/Notulen Rapat 2025-01-12.pdf",
            f"{reform}/Dokumentasi.jpg",
            f"{empty}/",
            "A. PENGUNGKIT/I. PEMENUHAN/2. Penataan Tatalaksana/",  # an area folder: no item, no finding
        ],
    )
    rows, findings = _rows(root, rubric)
    assert rows == [
        (f"{a_item}/SK Tim ZI 2025.pdf", "SK Tim ZI 2025", "sk", (6,), ("P.1.i.a",)),
        (f"{b_item}/Notulen Rapat 2025-01-12.pdf", "Notulen Rapat 2025-01-12", "notulen", (1,), ("P.1.i.b",)),
        (f"{reform}/Dokumentasi.jpg", "Dokumentasi", "dokumentasi", (6,), ("R.1.i.a",)),
    ]
    assert findings == [("EVIDENCE_FOLDER_EMPTY", empty)]


def test_area_and_item_letter_only(tmp_path: Path, rubric: Rubric) -> None:
    """``1.a SK Tim``: the folders name the indicator, or only the area (the title then decides)."""
    root = make_tree(
        tmp_path / "dd",
        [
            "AREA I/i. Penyusunan Tim Kerja/1.a SK Tim.pdf",
            "1. Manajemen Perubahan/i. Penyusunan Tim Kerja/1.b Notulen.pdf",
            "AREA I/1.a SK Tim Kerja.pdf",
            "AREA II/1.a Notulen Rapat.pdf",
        ],
    )
    rows, findings = _rows(root, rubric)
    assert rows == [
        (
            "1. Manajemen Perubahan/i. Penyusunan Tim Kerja/1.b Notulen.pdf",
            "Notulen",
            "notulen",
            (6,),
            ("P.1.i.b",),
        ),
        ("AREA I/1.a SK Tim Kerja.pdf", "SK Tim Kerja", "sk", (6,), ("P.1.i.a",)),
        ("AREA I/i. Penyusunan Tim Kerja/1.a SK Tim.pdf", "SK Tim", "sk", (6,), ("P.1.i.a",)),
        # an area folder and "Notulen Rapat": nothing tells the item, so no guess
        ("AREA II/1.a Notulen Rapat.pdf", "Notulen Rapat", "notulen", (6,), ()),
    ]
    assert findings == [("EVIDENCE_UNPLACED", "AREA II/1.a Notulen Rapat.pdf")]


def test_rubric_codes_in_folders_and_names(tmp_path: Path, rubric: Rubric) -> None:
    """``P.1.i.a/…``, ``P.1.i.a - SK Tim.pdf``, ``A.1.I.i.a``, ``A.1.I.i/a``; a single-item indicator."""
    root = make_tree(
        tmp_path / "dd",
        [
            "P.1.i.a/SK Tim.pdf",
            "P.1.i.a/Undangan Rapat.pdf",
            "R.1.ii/Foto pimpinan.jpg",
            "P.5.ii.a/",
            "P.1.i.a - SK Tim.pdf",
            "A.1.I.i.a SK Tim.pdf",
            "A.1.I.i/a/SK.pdf",
        ],
    )
    rows, findings = _rows(root, rubric)
    assert rows == [
        ("A.1.I.i/a/SK.pdf", "SK", "sk", (6,), ("P.1.i.a",)),
        ("A.1.I.i.a SK Tim.pdf", "SK Tim", "sk", (6,), ("P.1.i.a",)),
        ("P.1.i.a/SK Tim.pdf", "SK Tim", "sk", (6,), ("P.1.i.a",)),
        ("P.1.i.a/Undangan Rapat.pdf", "Undangan Rapat", "undangan", (6,), ("P.1.i.a",)),
        ("P.1.i.a - SK Tim.pdf", "SK Tim", "sk", (6,), ("P.1.i.a",)),
        ("R.1.ii/Foto pimpinan.jpg", "Foto pimpinan", "dokumentasi", (6,), ("R.1.ii",)),
    ]
    assert findings == [("EVIDENCE_FOLDER_EMPTY", "P.5.ii.a")]


def test_question_text_folders(tmp_path: Path, rubric: Rubric) -> None:
    """Folders named by the item's question (a ``/`` in the question cannot be in a folder name)."""
    q_a = "Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"
    q_b = "Penentuan anggota Tim dipilih melalui prosedur mekanisme yang jelas"
    q_c = "Terdapat mekanisme atau media untuk mensosialisasikan pembangunan WBK-WBBM"
    root = make_tree(
        tmp_path / "dd", [f"{q_a}/SK Tim.pdf", f"{q_b}/Kertas kerja.xlsx", f"{q_c}/Screenshot website.png"]
    )
    rows, findings = _rows(root, rubric)
    assert rows == [
        (f"{q_b}/Kertas kerja.xlsx", "Kertas kerja", "kertas-kerja", (6,), ("P.1.i.b",)),
        (f"{q_c}/Screenshot website.png", "Screenshot website", "dokumentasi", (6,), ("P.1.ii.c",)),
        (f"{q_a}/SK Tim.pdf", "SK Tim", "sk", (6,), ("P.1.i.a",)),
    ]
    assert findings == []


def test_messy_tree_dates_quarters_typos_copies(tmp_path: Path, rubric: Rubric) -> None:
    """A mix: area folders with free names, a typo, dates, TW, a semester folder, browser copies, junk."""
    dd = "Data Dukung ZI"
    root = make_tree(
        tmp_path / "dd",
        [
            f"{dd}/Area 1 Manajemen Perubahan/Tim Kerja/SK_TIM_ZI_2025 (1).pdf",
            f"{dd}/Area 1 Manajemen Perubahan/Tim Kerja/SK_TIM_ZI_2025.pdf",
            f"{dd}/Area 1 Manajemen Perubahan/Monev/Laporan Monev TW-II.pdf",
            f"{dd}/Area 5 Pengawasan/Gratifikasi/Laporan Gratifikasi Januari-Maret 2025.pdf",
            f"{dd}/AREA III Penataan SDM/Notulen rapat 20250314.pdf",
            f"{dd}/AREA I/i. Penyusuan Tim Kerja/a. SK Tim.pdf",
            f"{dd}/Semester 1/6. Pelayanan Publik/Survei Kepuasan Masyarakat Layanan.pdf",
            f"{dd}/Area 4 Akuntabilitas/LAKIP 2024.pdf",
            f"{dd}/scan0001.pdf",
        ],
    )
    rows, findings = _rows(root, rubric)
    assert rows == [
        (
            f"{dd}/Area 1 Manajemen Perubahan/Monev/Laporan Monev TW-II.pdf",
            "Laporan Monev TW II",
            "laporan",
            (4, 5, 6),
            ("P.1.iii.b",),
        ),
        (
            f"{dd}/Area 1 Manajemen Perubahan/Tim Kerja/SK_TIM_ZI_2025 (1).pdf",
            "SK TIM ZI 2025",
            "sk",
            (6,),
            ("P.1.i.a",),
        ),
        (
            f"{dd}/Area 1 Manajemen Perubahan/Tim Kerja/SK_TIM_ZI_2025.pdf",
            "SK TIM ZI 2025",
            "sk",
            (6,),
            ("P.1.i.a",),
        ),
        (f"{dd}/Area 4 Akuntabilitas/LAKIP 2024.pdf", "LAKIP 2024", "laporan", (6,), ("P.4.ii.e",)),
        (
            f"{dd}/Area 5 Pengawasan/Gratifikasi/Laporan Gratifikasi Januari-Maret 2025.pdf",
            "Laporan Gratifikasi Januari Maret 2025",
            "laporan",
            (1, 2, 3),
            ("P.5.i.b",),
        ),
        (f"{dd}/AREA I/i. Penyusuan Tim Kerja/a. SK Tim.pdf", "SK Tim", "sk", (6,), ("P.1.i.a",)),
        (
            f"{dd}/AREA III Penataan SDM/Notulen rapat 20250314.pdf",
            "Notulen rapat 20250314",
            "notulen",
            (3,),
            (),
        ),
        (f"{dd}/scan0001.pdf", "scan0001", "dokumen", (6,), ()),
        (
            f"{dd}/Semester 1/6. Pelayanan Publik/Survei Kepuasan Masyarakat Layanan.pdf",
            "Survei Kepuasan Masyarakat Layanan",
            "dokumen",
            (1, 2, 3, 4, 5, 6),
            ("P.6.iv.a",),
        ),
    ]
    assert findings == [
        ("EVIDENCE_UNPLACED", f"{dd}/AREA III Penataan SDM/Notulen rapat 20250314.pdf"),
        ("EVIDENCE_UNPLACED", f"{dd}/scan0001.pdf"),
    ]


def test_copies_get_distinct_ids(tmp_path: Path, rubric: Rubric) -> None:
    root = make_tree(
        tmp_path / "dd", ["Tim/SK_TIM_ZI_2025 (1).pdf", "Tim/SK_TIM_ZI_2025.pdf", "Tim/SK TIM ZI 2025.pdf"]
    )
    records = scan_tree(root, rubric).records
    assert len({r.id for r in records}) == 3
    assert {r.title for r in records} == {"SK TIM ZI 2025"}


@pytest.mark.parametrize(
    ("path", "ambiguous"),
    [
        ("1.i.a SK.pdf", "P.1.i.a, R.1.i.a"),  # Pemenuhan or Reform: nothing says
        ("AREA I/1.i.a Notulen.pdf", "P.1.i.a, R.1.i.a"),
        ("P.1.i/Undangan.pdf", "P.1.i.a, P.1.i.b"),  # an indicator folder, a title that fits neither item
        ("P.1.i.b/P.1.ii.a Rencana.pdf", "P.1.i.b, P.1.ii.a"),  # the folder and the name disagree
    ],
)
def test_ambiguous_names_support_nothing_and_say_so(
    tmp_path: Path, rubric: Rubric, path: str, ambiguous: str
) -> None:
    root = make_tree(tmp_path / "dd", [path])
    scan = scan_tree(root, rubric)
    assert [r.supports for r in scan.records] == [()]
    found = [f for f in scan.findings if f["code"] == "EVIDENCE_AMBIGUOUS"]
    assert [(f["path"], f["item"]) for f in found] == [(path, ambiguous)]
    assert not [f for f in scan.findings if f["code"] == "EVIDENCE_UNPLACED"]


def test_indicator_folder_title_picks_the_item(tmp_path: Path, rubric: Rubric) -> None:
    """In an indicator folder the title decides among that indicator's items only."""
    root = make_tree(tmp_path / "dd", ["AREA I/i. Penyusunan Tim Kerja/SK Tim ZI 2025.pdf"])
    assert [r.supports for r in scan_tree(root, rubric).records] == [("P.1.i.a",)]


def test_pelayanan_publik_folder_is_not_the_hasil_survey(tmp_path: Path, rubric: Rubric) -> None:
    """``6. Pelayanan Publik`` is the pengungkit area, not *Pelayanan Publik yang Prima* (H.II.a)."""
    root = make_tree(
        tmp_path / "dd",
        ["6. Pelayanan Publik/Survei.pdf", "B. HASIL/II. Pelayanan Publik yang Prima/Survei.pdf"],
    )
    got = {r.path: r.supports for r in scan_tree(root, rubric).records}
    assert got == {
        "6. Pelayanan Publik/Survei.pdf": ("P.6.iv.a",),
        "B. HASIL/II. Pelayanan Publik yang Prima/Survei.pdf": ("H.II.a",),
    }


#: One statistics agency's list of typical evidence per LKE item (item code, evidence number, document).
BPS_EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "evidence" / "bps_typical_evidence.csv"


def test_bps_question_ids_in_folders_and_names(tmp_path: Path, rubric: Rubric) -> None:
    """One statistics agency numbers LKE questions ``PPA1A`` (P.1.i.a) and its evidence ``PPA1A1``."""
    root = make_tree(
        tmp_path / "dd",
        [
            "PPA1A/PPA1A1 SK Tim Kerja Pembangunan ZI.pdf",
            "PPA1A/Undangan rapat pembentukan tim.pdf",
            "PRA2A - Komitmen Pimpinan/Foto pimpinan.jpg",
            "Data Dukung/PPF1A2 SOP Pelayanan.pdf",
            "PPA9Z/Lain.pdf",  # no such question: not read
        ],
    )
    rows, findings = _rows(root, rubric)
    assert rows == [
        ("Data Dukung/PPF1A2 SOP Pelayanan.pdf", "SOP Pelayanan", "sop", (6,), ("P.6.i.a",)),
        (
            "PPA1A/PPA1A1 SK Tim Kerja Pembangunan ZI.pdf",
            "SK Tim Kerja Pembangunan ZI",
            "sk",
            (6,),
            ("P.1.i.a",),
        ),
        (
            "PPA1A/Undangan rapat pembentukan tim.pdf",
            "Undangan rapat pembentukan tim",
            "undangan",
            (6,),
            ("P.1.i.a",),
        ),
        ("PPA9Z/Lain.pdf", "Lain", "dokumen", (6,), ()),
        ("PRA2A - Komitmen Pimpinan/Foto pimpinan.jpg", "Foto pimpinan", "dokumentasi", (6,), ("R.1.ii",)),
    ]
    assert findings == [("EVIDENCE_UNPLACED", "PPA9Z/Lain.pdf")]


def test_every_bps_example_document_lands_on_its_item(tmp_path: Path, rubric: Rubric) -> None:
    """The reference list of typical evidence per item, each named ``<evidence no> <document>.pdf``."""
    import csv

    with BPS_EXAMPLES.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = {}
    for row in rows:
        doc = " ".join(row["evidence_document"].replace("/", " ").split())[:80]
        names[f"{row['evidence_no']} {doc}.pdf"] = row["item_code"].replace(".-", "")
    root = make_tree(tmp_path / "dd", list(names))
    got = {r.path: r.supports for r in scan_tree(root, rubric).records}
    assert got == {name: (code,) for name, code in names.items()}
