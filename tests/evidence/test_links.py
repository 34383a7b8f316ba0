"""Splitting an evidence cell into its links: each link with the words around it as its title."""

from __future__ import annotations

import pytest

from zi_eval.evidence.links import Link, is_path, name_of, split_links

CELLS = [
    pytest.param(
        "SK Tim: https://a.go.id/sk.pdf; Notulen https://b.go.id/x/notulen.pdf",
        [Link("SK Tim", "https://a.go.id/sk.pdf"), Link("Notulen", "https://b.go.id/x/notulen.pdf")],
        id="names-before-links-one-line",
    ),
    pytest.param(
        "1. SK Tim Kerja https://drive.google.com/file/d/1AbC/view?usp=sharing\n"
        "2. Notulen rapat https://drive.google.com/file/d/2XyZ/view",
        [
            Link("SK Tim Kerja", "https://drive.google.com/file/d/1AbC/view?usp=sharing"),
            Link("Notulen rapat", "https://drive.google.com/file/d/2XyZ/view"),
        ],
        id="numbered-lines",
    ),
    pytest.param(
        "https://a.go.id/x (Undangan), https://a.go.id/y (Daftar hadir)",
        [Link("Undangan", "https://a.go.id/x"), Link("Daftar hadir", "https://a.go.id/y")],
        id="names-after-links",
    ),
    pytest.param(
        "SK Tim Kerja\nhttps://drive.google.com/drive/folders/XYZ",
        [Link("SK Tim Kerja", "https://drive.google.com/drive/folders/XYZ")],
        id="name-on-the-line-above",
    ),
    pytest.param(
        "SK Tim; Notulen rapat",
        [Link("SK Tim"), Link("Notulen rapat")],
        id="names-without-links",
    ),
    pytest.param(
        "drive.google.com/file/d/abc/view.",
        [Link(None, "https://drive.google.com/file/d/abc/view")],
        id="pasted-without-scheme",
    ),
    pytest.param(
        "Data Dukung/Area I/SK Tim.pdf\r\nfile:///srv/zi/Notulen%20Rapat.pdf",
        [Link(None, path="Data Dukung/Area I/SK Tim.pdf"), Link(None, path="/srv/zi/Notulen Rapat.pdf")],
        id="local-paths",
    ),
    pytest.param(
        "Laporan: HTTPS://Zi.Uji.go.id/Laporan.PDF",
        [Link("Laporan", "https://Zi.Uji.go.id/Laporan.PDF")],
        id="scheme-in-capitals",
    ),
    pytest.param("  \n ; \n", [], id="blank"),
    pytest.param(  # two addresses pasted with a comma and no space: one invalid address before
        "https://docs.google.com/d/1?usp=sharing,https://x.go.id/d2",
        [Link(None, "https://docs.google.com/d/1?usp=sharing"), Link(None, "https://x.go.id/d2")],
        id="comma-without-space",
    ),
    pytest.param(  # the word joining two links names neither (the second was titled "dan")
        "https://x.go.id/b1 dan https://x.go.id/b2",
        [Link(None, "https://x.go.id/b1"), Link(None, "https://x.go.id/b2")],
        id="joined-by-dan",
    ),
    pytest.param(
        "https://a.go.id/x?a=1,2", [Link(None, "https://a.go.id/x?a=1,2")], id="comma-in-an-address"
    ),
]


@pytest.mark.parametrize(("cell", "links"), CELLS)
def test_a_cell_is_split_into_its_links_with_their_names(cell: str, links: list[Link]) -> None:
    assert split_links(cell) == links


def test_a_link_without_words_is_named_by_its_last_meaningful_segment() -> None:
    assert name_of("https://drive.google.com/file/d/1AbC/view?usp=sharing") == "1AbC"
    assert name_of("https://zi.pa-uji.go.id/data/SK%20Tim%20ZI.pdf") == "SK Tim ZI.pdf"
    assert name_of("https://s.id/") == "s.id"
    assert name_of("Area I\\1.i.a SK TIM.pdf") == "1.i.a SK TIM.pdf"


def test_a_document_name_is_not_taken_for_a_path() -> None:
    assert not is_path("SK Tim Kerja Nomor 12 Tahun 2025")
    assert not is_path("Laporan TW I. Final")
    assert is_path("SK Tim.pdf") and is_path("D:\\ZI\\SK.pdf") and is_path("./bukti/foto.jpg")


def test_a_links_own_word_names_no_document() -> None:
    """ "Lihat", "Buka", "Unduh" shown for a link (a line above it, or words beside it) leave it untitled;
    "Lihat SK Tim" names one."""
    url = "https://zi.uji.go.id/sk"
    assert split_links(f"Lihat\n{url}") == [Link(None, url=url)]
    assert split_links(f"Buka {url}") == [Link(None, url=url)]
    assert split_links(f"Unduh: {url} (folder)") == [Link(None, url=url)]
    # a pointer with its link is the link ("lihat P.1.i.a" alone points elsewhere): it was dropped whole
    assert split_links(f"Lihat SK Tim {url}") == [Link("Lihat SK Tim", url=url)]
    assert split_links(f"lihat: {url}") == [Link(None, url=url)]
    assert split_links(f"SK Tim\nKlik di sini\n{url}") == [Link("SK Tim", url=url)]
