"""An LKE evidence cell that holds several links, or a link and the words naming it.

Units put every link of an item in its one evidence cell ("SK Tim: https://…" and "Notulen: https://…"
on the next line; two addresses separated by a space or a comma), and an .ods cell can link each of
its words to its own address. The reader made one record of such a cell: a document titled with the
whole text and no address (typed links), or the first address only (an .ods cell), so the second link
was lost and the first was not a link, with exit 0. The cell is now read by the rule a links table is
read by (:func:`zi_eval.evidence.links.split_links`): a record per link, named by its words.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import pytest

from tests.lke.test_hidden_links import COL_N, CONVERTED, SK, Cell, Linked, _copy, _records
from zi_eval.evidence.table import read_links_table
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.rubric import Rubric

A = "https://drive.example.go.id/zi/sk-tim.pdf"
B = "https://drive.example.go.id/zi/notulen.pdf"

#: item -> the evidence cell (column N) as typed
TYPED: dict[str, dict[int, Cell]] = {
    "P.1.i.a": {COL_N: f"SK Tim: {A}\nNotulen: {B}"},
    "P.1.i.b": {COL_N: f"{A}\n{B}"},
    "P.1.ii.a": {COL_N: f"{A}, {B}"},
    "P.1.ii.b": {COL_N: f"SK Tim ZI {A}"},
    "P.1.ii.c": {COL_N: f"SK Tim ZI\nNotulen rapat: {B}"},  # a document named beside a link
    "P.2.i.a": {COL_N: f"{A}\n{A}\nSK: {A}"},  # pasted twice, then named: one record, and the named one
    "P.1.iii.a": {COL_N: "SK Tim ZI 2025"},  # no link: one document, as before
    "P.1.iii.b": {COL_N: A},  # the cell is the link: titled as typed, as before
    "P.1.iii.c": {COL_N: "www.uji.go.id/zi"},  # typed without its scheme: was a document, is a link
    "P.1.iv.a": {COL_N: "belum ada\nmenyusul"},  # every line says there is none
    "P.1.iv.b": {COL_N: Linked(f"{A}\nlaporan 2025", B)},  # a typed link, another behind the cell
}


@pytest.fixture(scope="module")
def typed_wb(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("sel") / "lke-unit.xlsx"
    _copy(path, rubric, TYPED)
    return read_lke_workbook(path, rubric)


def test_each_link_typed_in_an_evidence_cell_is_a_record_named_by_its_words(typed_wb) -> None:  # type: ignore[no-untyped-def]
    assert _records(typed_wb, "P.1.i.a") == [("SK Tim", "tautan", A), ("Notulen", "tautan", B)]
    assert _records(typed_wb, "P.1.i.b") == [("sk-tim.pdf", "tautan", A), ("notulen.pdf", "tautan", B)]
    assert _records(typed_wb, "P.1.ii.a") == [("sk-tim.pdf", "tautan", A), ("notulen.pdf", "tautan", B)]
    assert _records(typed_wb, "P.1.ii.b") == [("SK Tim ZI", "tautan", A)]
    assert _records(typed_wb, "P.1.ii.c") == [("SK Tim ZI", "dokumen", None), ("Notulen rapat", "tautan", B)]
    assert _records(typed_wb, "P.2.i.a") == [("sk-tim.pdf", "tautan", A), ("SK", "tautan", A)]


def test_a_cell_without_links_or_that_is_one_link_is_one_record_a_link_typed_without_scheme_too(
    typed_wb,
) -> None:  # type: ignore[no-untyped-def]
    assert _records(typed_wb, "P.1.iii.a") == [("SK Tim ZI 2025", "dokumen", None)]
    assert _records(typed_wb, "P.1.iii.b") == [(A, "tautan", A)]
    assert _records(typed_wb, "P.1.iii.c") == [("www.uji.go.id/zi", "tautan", "https://www.uji.go.id/zi")]


def test_a_cell_whose_every_line_says_there_is_no_evidence_is_none_and_is_said(typed_wb) -> None:  # type: ignore[no-untyped-def]
    assert _records(typed_wb, "P.1.iv.a") == []
    said = [f for f in typed_wb.findings() if f["code"] == "IMPORT_WORKBOOK_NO_EVIDENCE"]
    assert [f["item"] for f in said] == ["P.1.iv.a"]


def test_a_typed_link_and_one_behind_the_cell_are_two_records_the_words_name_neither(typed_wb) -> None:  # type: ignore[no-untyped-def]
    assert _records(typed_wb, "P.1.iv.b") == [("sk-tim.pdf", "tautan", A), ("notulen.pdf", "tautan", B)]


#: the SK Tim ZI cell of the LibreOffice copy (one linked word), as written in its content.xml
_SK_CELL = f'<text:p><text:a xlink:href="{SK}" xlink:type="simple">SK Tim ZI</text:a></text:p>'
NOTULEN2 = "https://data.example.go.id/kantor-uji/notulen-2.pdf"


def _a(text: str, href: str) -> str:
    return f'<text:a xlink:href="{href}" xlink:type="simple">{text}</text:a>'


def _ods_with(tmp_path: Path, name: str, cell: str) -> Path:
    """The .ods copy of the hidden-links workbook with P.1.ii.a's evidence cell written as ``cell``."""
    out = tmp_path / f"{name}.ods"
    with zipfile.ZipFile(CONVERTED.with_suffix(".ods")) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content.xml":
                text = data.decode()
                assert text.count(_SK_CELL) == 1
                data = text.replace(_SK_CELL, cell).encode()
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(copy.copy(info), data, compress_type=method)
    return out


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        (  # two paragraphs, each a linked name
            f"<text:p>{_a('SK Tim ZI', SK)}</text:p><text:p>{_a('Notulen kedua', NOTULEN2)}</text:p>",
            [("SK Tim ZI", SK), ("Notulen kedua", NOTULEN2)],
        ),
        (  # two linked words on one line
            f"<text:p>{_a('SK Tim ZI', SK)} dan {_a('Notulen', NOTULEN2)}</text:p>",
            [("SK Tim ZI", SK), ("Notulen", NOTULEN2)],
        ),
        (  # each address shown as itself
            f"<text:p>{_a(SK, SK)}</text:p><text:p>{_a(NOTULEN2, NOTULEN2)}</text:p>",
            [("sk-tim-zi.pdf", SK), ("notulen-2.pdf", NOTULEN2)],
        ),
        (  # an e-mail address is no evidence: the other link keeps its own name
            f"<text:p>{_a('SK Tim ZI', SK)}</text:p><text:p>{_a('surel', 'mailto:tpi@uji.go.id')}</text:p>",
            [("SK Tim ZI", SK)],
        ),
        (  # a link typed in the cell and two behind its words: three records, no word one of its own
            f"<text:p>https://www.uji.go.id/zi/lain.pdf</text:p><text:p>{_a('SK Tim ZI', SK)}</text:p>"
            f"<text:p>{_a('Notulen kedua', NOTULEN2)}</text:p>",
            [
                ("lain.pdf", "https://www.uji.go.id/zi/lain.pdf"),
                ("SK Tim ZI", SK),
                ("Notulen kedua", NOTULEN2),
            ],
        ),
    ],
    ids=["paragraphs", "one-line", "addresses", "e-mail", "typed-and-behind"],
)
def test_an_ods_cell_whose_words_link_to_several_addresses_gives_a_record_each(
    tmp_path: Path, rubric: Rubric, cell: str, want: list[tuple[str, str]]
) -> None:
    wb = read_lke_workbook(_ods_with(tmp_path, "sel", cell), rubric)
    assert [(t, url) for t, _, url in _records(wb, "P.1.ii.a")] == want
    assert all(kind == "tautan" for _, kind, _ in _records(wb, "P.1.ii.a"))


def test_an_ods_cell_whose_linked_words_all_say_there_is_none_is_none(tmp_path: Path, rubric: Rubric) -> None:
    cell = f"<text:p>{_a('belum ada', SK)}</text:p><text:p>{_a('menyusul', NOTULEN2)}</text:p>"
    wb = read_lke_workbook(_ods_with(tmp_path, "belum", cell), rubric)
    assert _records(wb, "P.1.ii.a") == []
    assert any(f["code"] == "IMPORT_WORKBOOK_NO_EVIDENCE" and f["item"] == "P.1.ii.a" for f in wb.findings())


COL_O, COL_P = COL_N + 1, COL_N + 2

#: item -> the evidence cell and the cells beside it: names in N, bare links in O and P
BESIDE: dict[str, dict[int, Cell]] = {
    "P.1.i.a": {COL_N: "SK Tim ZI\nNotulen rapat", COL_O: A, COL_P: B},  # a name for each link
    "P.1.i.b": {COL_N: "SK Tim ZI", COL_O: A, COL_P: B},  # one name, two links: not theirs
    "P.1.ii.a": {COL_N: "SK Tim ZI\nNotulen rapat", COL_O: f"SK: {A}", COL_P: B},  # a link named already
    "P.1.ii.b": {COL_N: "SK Tim ZI 2025"},  # a name alone: a document, as before
}


@pytest.fixture(scope="module")
def beside_copy(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("samping") / "lke-unit.xlsx"
    _copy(path, rubric, BESIDE)
    return path


def test_names_in_the_evidence_cell_name_the_bare_links_beside_it_one_each(
    beside_copy: Path, rubric: Rubric
) -> None:
    wb = read_lke_workbook(beside_copy, rubric)
    assert _records(wb, "P.1.i.a") == [("SK Tim ZI", "tautan", A), ("Notulen rapat", "tautan", B)]
    # names that do not pair with the links stay a document of their own, the links named by their address
    assert _records(wb, "P.1.i.b") == [
        ("SK Tim ZI", "dokumen", None),
        ("sk-tim.pdf", "tautan", A),
        ("notulen.pdf", "tautan", B),
    ]
    assert _records(wb, "P.1.ii.a") == [
        ("SK Tim ZI\nNotulen rapat", "dokumen", None),
        ("SK", "tautan", A),
        ("notulen.pdf", "tautan", B),
    ]
    assert _records(wb, "P.1.ii.b") == [("SK Tim ZI 2025", "dokumen", None)]


def test_an_evidence_scan_does_not_call_names_beside_links_missing_links(
    beside_copy: Path, rubric: Rubric
) -> None:
    """``zi-eval evidence scan`` of such a copy: every link once, and "no link" said only of the name alone."""
    scan = read_links_table(beside_copy, rubric)
    assert sorted((e.title, e.url) for e in scan.records if "P.1.i.a" in e.supports) == [
        ("Notulen rapat", B),
        ("SK Tim ZI", A),
    ]
    assert sorted(e.url for e in scan.records if "P.1.i.b" in e.supports) == [B, A]
    no_link = [f for f in scan.findings if f["code"] == "EVIDENCE_TABLE_NO_LINK"]
    assert [f["theirs"] for f in no_link] == ["SK Tim ZI 2025"]


def test_an_evidence_scan_takes_each_link_typed_in_a_cell_once(tmp_path: Path, rubric: Rubric) -> None:
    """The reader's records of one cell (``wb-9``, ``wb-9-2``) are the cell's, split again by the scan."""
    path = tmp_path / "lke-unit.xlsx"
    _copy(path, rubric, {"P.1.i.a": {COL_N: f"SK Tim: {A}\nNotulen: {B}"}})
    scan = read_links_table(path, rubric)
    assert sorted((e.title, e.url) for e in scan.records if "P.1.i.a" in e.supports) == [
        ("Notulen", B),
        ("SK Tim", A),
    ]
