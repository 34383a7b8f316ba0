"""Evidence cells that name no evidence are never recorded as evidence (they would score as evidenced)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_eval.evidence.absent import denies_evidence, names_no_evidence
from zi_eval.evidence.table import read_links_table
from zi_eval.models.rubric import Rubric


@pytest.mark.parametrize(
    "text",
    [
        "belum ada",
        "Tidak ada",
        "N/A",
        "menyusul",
        "TBA",
        "0",
        "-",
        "✓",
        "Terlampir",
        "Link",
        "klik disini",
        "lihat P.1.i.a",
        # a link's word without its link (=HYPERLINK(url, "Lihat") whose address was not kept)
        "Lihat",
        "Buka",
        "Unduh",
        "Download",
        "javascript:alert(1)",
        "dalam proses",
        # a document still being made, a place instead of a document, an address with nothing in it
        "Sedang disusun",
        "SK akan diterbitkan",
        "masih dalam proses",
        "Laporan on progress",
        "Google Drive",
        "terlampir di folder",
        "Terlampir pada folder Data Dukung",
        "ada di drive",
        "https://",
        "http://www.",
        # saying the document is not there in other words: each was a record, and the item counted as
        # evidenced (a probe: the evidenced score 58.01 -> 59.91)
        "Tidak ada data",
        "Belum ada SK",
        "Tidak ada dokumen",
        "Data dukung belum ada",
        "SK belum terbit",
        "Tidak ada bukti",
        "belum ada link",
        "Tidak dilaksanakan",
        "Kosong",
        # a link that opens no document: a drive's own pages, a file's address without its id (a probe:
        # both scored as evidence in evidenced mode)
        "https://drive.google.com/drive/u/0/my-drive",
        "https://drive.google.com/drive/my-drive",
        "https://drive.google.com/file/d/",
        "(https://drive.google.com/open?id=)",
        "https://docs.google.com/document/d/",
        "drive.google.com",
        "https://www.dropbox.com/home",
        "https://drive.google.com/drive/my-drive?usp=sharing",
        "Lihat https://drive.google.com/drive/u/0/my-drive.",
    ],
)
def test_cells_that_name_no_evidence(text: str) -> None:
    assert names_no_evidence(text)


@pytest.mark.parametrize(
    "text",
    [
        "SK Tim ZI 2025",
        "https://drive.google.com/x",
        "bukti/sk.pdf",
        "Ada (SK Tim)",
        "Folder Monev",  # a document's name may say folder
        "Laporan Tahunan Akan Datang",
        "SK Tim (proses tanda tangan)",
        "Sedang direvisi: https://drive.google.com/x",  # a draft linked is a document
        "Lihat: https://drive.google.com/x",  # a pointer at its own link (it was dropped whole)
        "drive.google.com/file/d/1XyZ/view",
        "Daftar pegawai yang belum lapor LHKPN.pdf",  # "belum" in a document's title
        "Laporan tindak lanjut temuan",
        "https://drive.google.com/drive/folders/1AbCdEf",  # a shared folder of documents
        "https://drive.google.com/open?id=1AbCdEf",
        "https://docs.google.com/document/d/1AbCdEf/edit",
        "https://www.dropbox.com/s/abc/sk-tim.pdf",
        "https://drive.google.com/file/d/1AbCdEf/view?usp=sharing.",
        "https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0",
        "(https://drive.google.com/uc?id=1AbC&export=download)",
    ],
)
def test_cells_that_name_evidence(text: str) -> None:
    assert not names_no_evidence(text)


def test_a_links_table_saying_no_evidence_records_none(rubric: Rubric, tmp_path: Path) -> None:
    table = tmp_path / "links.csv"
    table.write_text(
        "Kode,Link\nP.1.i.a,Tidak ada\nP.1.i.b,N/A\nP.1.ii.a,menyusul\nP.1.iii.b,Link\n"
        "P.1.iv.c,lihat P.1.i.a\nP.1.ii.b,https://drive.google.com/file/d/abc\n",
        encoding="utf-8",
    )
    scan = read_links_table(table, rubric, unit_dir=tmp_path)
    assert [(r.url, r.supports) for r in scan.records] == [
        ("https://drive.google.com/file/d/abc", ("P.1.ii.b",))
    ]


def test_a_links_table_row_whose_link_opens_no_document_is_said_not_recorded(
    rubric: Rubric, tmp_path: Path
) -> None:
    table = tmp_path / "links.csv"
    table.write_text(
        "Kode,Uraian,Link\n"
        "P.1.i.a,SK Tim ZI,https://drive.google.com/file/d/1SkTim/view\n"
        "P.1.ii.a,Rencana Kerja ZI,https://drive.google.com/drive/u/0/my-drive\n"
        "P.1.iv.b,SK Agen,https://drive.google.com/file/d/\n",
        encoding="utf-8",
    )
    scan = read_links_table(table, rubric, unit_dir=tmp_path)
    assert [r.supports for r in scan.records] == [("P.1.i.a",)]
    said = [(f["code"], f["line"]) for f in scan.findings]
    assert said == [("EVIDENCE_TABLE_LINK_NOWHERE", 3), ("EVIDENCE_TABLE_LINK_NOWHERE", 4)]
    assert scan.skipped == 2


def test_an_lke_evidence_cell_saying_no_evidence_is_a_finding_not_a_record(
    rubric: Rubric, tmp_path: Path
) -> None:
    from tests.lke.shapes import Shape, full_unit, render, write_xlsx
    from zi_eval.lke.reader import read_lke_workbook

    cells = {
        "P.1.i.a": "belum ada",
        "P.1.i.b": "https://drive.google.com/file/d/sk",
        "P.1.ii.a": "menyusul",
        "P.1.ii.b": "https://drive.google.com/drive/u/0/my-drive",
    }
    rows, _ = render(full_unit(rubric), rubric, Shape(evidence=cells))
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    got = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert [(e.url, e.supports) for e in got.unit.evidence] == [
        ("https://drive.google.com/file/d/sk", ("P.1.i.b",))
    ]
    said = {(f["code"], f.get("item")) for f in got.findings()}
    assert {
        ("IMPORT_WORKBOOK_NO_EVIDENCE", "P.1.i.a"),
        ("IMPORT_WORKBOOK_NO_EVIDENCE", "P.1.ii.a"),
        ("IMPORT_WORKBOOK_NO_EVIDENCE", "P.1.ii.b"),
    } <= said


def test_a_drive_download_stamp_dates_nothing_and_ranges_read_whole() -> None:
    from zi_eval.evidence.names import months_in

    assert months_in("drive-download-20250712T031415Z-001").months == ()
    assert months_in("Data Dukung ZI-20250903T021500Z-001").months == ()
    assert months_in("Jan s.d. Juni").months == (1, 2, 3, 4, 5, 6)
    assert months_in("TW I s.d. TW III").months == tuple(range(1, 10))
    assert months_in("Notulen Desember 2024").years == (2024,)


def test_a_file_name_that_is_not_utf8_is_said_not_crashed(rubric: Rubric, tmp_path: Path) -> None:
    import os

    from zi_eval.evidence.scan import scan_tree

    root = tmp_path / "dd"
    (root / "P.1.i.a").mkdir(parents=True)
    (root / "P.1.i.a" / "SK Tim.pdf").write_bytes(b"%PDF")
    try:
        with open(os.path.join(os.fsencode(root / "P.1.i.a"), b"Notulen \xe9t\xe9.pdf"), "wb") as fh:
            fh.write(b"%PDF")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    scan = scan_tree(root, rubric)
    assert [r.title for r in scan.records] == ["SK Tim"]
    assert [f["code"] for f in scan.findings if f["code"] == "EVIDENCE_NAME_UNREADABLE"] == [
        "EVIDENCE_NAME_UNREADABLE"
    ]


def test_o_onto_a_unit_file_is_refused_and_the_unit_kept(tmp_path: Path) -> None:
    from zi_eval.cli import main

    root = tmp_path / "dd" / "P.1.i.a"
    root.mkdir(parents=True)
    (root / "SK Tim.pdf").write_bytes(b"%PDF")
    unit = tmp_path / "unit.yaml"
    unit.write_text("unit: {id: u, name: U, year: 2025}\n", encoding="utf-8")
    before = unit.read_bytes()
    assert main(["evidence", "scan", str(tmp_path / "dd"), "-o", str(unit)]) == 3
    assert unit.read_bytes() == before


def test_a_bare_kind_of_document_places_nothing(rubric: Rubric, tmp_path: Path) -> None:
    from zi_eval.evidence.scan import scan_tree

    root = tmp_path / "dd"
    for name in ("SK.pdf", "Notulen.pdf", "Foto 1.jpg", "AREA VII/SK.pdf", "LAKIP 2025.pdf"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"x")
    got = {r.path: r.supports for r in scan_tree(root, rubric, unit_dir=root).records}
    assert got["SK.pdf"] == got["Notulen.pdf"] == got["Foto 1.jpg"] == got["AREA VII/SK.pdf"] == ()
    assert got["LAKIP 2025.pdf"] != ()  # a document that names its item still finds it


def test_a_link_leading_nowhere_is_said_not_silently_gone(rubric: Rubric, tmp_path: Path) -> None:
    from zi_eval.evidence.scan import scan_tree

    root = tmp_path / "dd" / "P.1.i.a"
    root.mkdir(parents=True)
    (root / "SK Tim.pdf").write_bytes(b"x")
    (root / "Notulen.pdf").symlink_to(root / "gone.pdf")
    scan = scan_tree(tmp_path / "dd", rubric)
    assert [f["path"] for f in scan.findings if f["code"] == "EVIDENCE_UNREADABLE"] == ["P.1.i.a/Notulen.pdf"]


def test_a_windows_shortcut_and_a_pipe_are_no_evidence(rubric: Rubric, tmp_path: Path) -> None:
    """ "SK Tim - Shortcut.lnk" points at a file elsewhere and a named pipe holds no document: each was
    a record supporting its item."""
    import os

    from zi_eval.evidence.scan import scan_tree

    root = tmp_path / "dd" / "P.1.i.a"
    root.mkdir(parents=True)
    (root / "SK Tim.pdf").write_bytes(b"x")
    (root / "SK Tim - Shortcut.lnk").write_bytes(b"L\x00\x00\x00")
    os.mkfifo(root / "Notulen.pdf")
    scan = scan_tree(tmp_path / "dd", rubric)
    assert [r.path for r in scan.records] == ["P.1.i.a/SK Tim.pdf"]
    said = sorted(f["path"] for f in scan.findings if f["code"] == "EVIDENCE_UNREADABLE")
    assert said == ["P.1.i.a/Notulen.pdf", "P.1.i.a/SK Tim - Shortcut.lnk"]


@pytest.mark.parametrize(
    "url",
    [
        "https://x.go.id/dd?x=1",
        "https://x.go.id/dd#a",
        "https://drive.google.com/drive/folders/abc",
        "http://[::1",
    ],
)
def test_a_base_url_that_cannot_hold_paths_is_refused(rubric: Rubric, tmp_path: Path, url: str) -> None:
    from zi_eval.errors import InputError
    from zi_eval.evidence.scan import scan_tree

    (tmp_path / "dd").mkdir()
    with pytest.raises(InputError):
        scan_tree(tmp_path / "dd", rubric, base_url=url)


def test_a_bare_indicator_folder_is_never_read_as_reforms_single_item(rubric: Rubric) -> None:
    from zi_eval.evidence.place import Placement, Placer

    placer = Placer(rubric)

    def placed(folders: tuple[str, ...], name: str) -> Placement:
        got = placer.place(folders, name, name)
        return got if isinstance(got, Placement) else placer.answer([got])[0]

    # AREA V/ii is Pemenuhan's SPIP indicator (P.5.ii) or Reform's single item R.5.ii (pengaduan)
    assert placed(("AREA V", "ii"), "Laporan SPIP").items[0].startswith("P.5.ii.")
    generic = placed(("AREA I", "iii"), "Laporan")
    assert generic.items == () and "R.1.iii" in generic.ambiguous


def test_a_checklist_of_required_documents_is_no_evidence(rubric: Rubric, tmp_path: Path) -> None:
    # one agency's list of the documents each item asks for (names, no links): no record, each said
    checklist = Path(__file__).resolve().parents[1] / "data" / "evidence" / "bps_typical_evidence.csv"
    rows = len(checklist.read_text(encoding="utf-8").splitlines()) - 1
    scan = read_links_table(checklist, rubric, unit_dir=tmp_path)
    assert scan.records == ()
    assert [f["code"] for f in scan.findings] == ["EVIDENCE_TABLE_NO_LINK"] * rows


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        # the cell says its evidence is not there: a link left behind it (Excel keeps one) is not read
        ("belum ada", True),
        ("Tidak tersedia", True),
        ("Link menyusul", True),
        ("N/A", True),
        ("-", True),
        ("0", True),
        ("dalam proses", True),
        # the cell points at its link, claims it, or names a document
        ("Klik di sini", False),
        ("Terlampir", False),
        ("Ada", False),
        ("lihat SK", False),
        ("SK tidak berlaku lagi 2023", False),
        ("SK Tim ZI", False),
        ("", False),
    ],
)
def test_a_cell_denying_its_evidence_is_told_from_one_pointing_at_it(text: str, denies: bool) -> None:
    assert denies_evidence(text) is denies
