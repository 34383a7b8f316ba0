"""Evidence links seen from the report folder: relative hrefs, URLs, hostile and odd paths."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest

from zi_eval.models.unit import Evidence
from zi_eval.report.evidence_links import link_of, links_for


def _file(root: Path, rel: str) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(b"x")
    return p


def test_path_seen_from_a_sibling_and_a_nested_report_folder(tmp_path: Path) -> None:
    unit_dir = tmp_path / "unit"
    _file(unit_dir, "bukti/SK 01.pdf")
    e = Evidence(id="sk", title="SK", path="bukti/SK 01.pdf")
    assert link_of(e, unit_dir, tmp_path / "out").href == "../unit/bukti/SK%2001.pdf"
    assert link_of(e, unit_dir, unit_dir / "laporan" / "2025").href == "../../bukti/SK%2001.pdf"
    assert link_of(e, unit_dir, unit_dir).href == "bukti/SK%2001.pdf"
    assert link_of(e, unit_dir, None).href == "bukti/SK%2001.pdf"  # the page beside the unit file


def test_characters_that_mean_something_in_a_url_are_encoded(tmp_path: Path) -> None:
    rel = "bukti/Notulen #2 ?final 100% [rev] Jalan Ñ.pdf"
    _file(tmp_path, rel)
    x = link_of(Evidence(id="n", title="N", path=rel), tmp_path, tmp_path)
    assert x.exists and x.href is not None
    assert not any(c in x.href for c in " #?[]") and "%25" in x.href
    assert unquote(x.href) == rel


@pytest.mark.parametrize(
    "raw",
    ["javascript:alert(1)", "//evil.example/x.pdf", "data:text/html,<script>", "\\\\server\\share\\x.pdf"],
)
def test_a_hostile_path_never_becomes_a_script_or_foreign_link(raw: str, tmp_path: Path) -> None:
    for unit_dir in (None, tmp_path):
        x = link_of(Evidence(id="h", title="h", path=raw), unit_dir, tmp_path)
        assert x.href is not None
        assert ":" not in x.href.split("/")[0] and not x.href.startswith("/")  # a relative path, always
    assert not link_of(Evidence(id="h", title="h", path=raw), tmp_path, tmp_path).exists


def test_windows_separators_find_the_file(tmp_path: Path) -> None:
    _file(tmp_path, "Data Dukung/1.a/SK.pdf")
    x = link_of(Evidence(id="w", title="W", path="Data Dukung\\1.a\\SK.pdf"), tmp_path, tmp_path / "r")
    assert x.exists and x.href == "../Data%20Dukung/1.a/SK.pdf"


def test_url_wins_over_path_and_only_http_links(tmp_path: Path) -> None:
    both = Evidence(id="b", title="B", path="tidak/ada.pdf", url="https://drive.google.com/x")
    assert link_of(both, tmp_path, tmp_path).href == "https://drive.google.com/x"
    assert link_of(both, tmp_path, tmp_path).exists  # the URL is the link; the path is not checked
    bare = Evidence(id="t", title="Hanya judul")
    assert link_of(bare, tmp_path, tmp_path).href is None
    forged = Evidence.model_construct(id="f", title="F", url="javascript:alert(1)", path=None)
    assert link_of(forged, tmp_path, tmp_path).href is None  # not an http(s) URL: no link at all


def test_missing_and_unknown(tmp_path: Path) -> None:
    x = link_of(Evidence(id="m", title="M", path="hilang.pdf"), tmp_path, tmp_path)
    assert not x.exists and x.path == "hilang.pdf"
    assert link_of(Evidence(id="m", title="M", path="hilang.pdf"), None, tmp_path).exists  # not checked
    got = links_for(["m", "tak-dikenal"], {"m": x})
    assert got[0] is x and got[1].unknown and got[1].href is None
