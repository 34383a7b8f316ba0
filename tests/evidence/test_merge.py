"""Merging scanned records into a unit file: appended in place, idempotent, hand edits kept and listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from zi_eval.errors import InputError
from zi_eval.evidence.merge import insert_records, load_records, merge_records
from zi_eval.models.loading import load_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.serialize import dump_records
from zi_eval.models.unit import Evidence

UNIT_TEXT = """\
# Berkas unit Pengadilan Agama Uji (diisi tangan)
unit:
  id: pa-uji
  name: "Pengadilan Agama Uji"
  year: 2025
activities:
  - id: a1
    ra_area: Manajemen Perubahan
    kegiatan: Pembentukan Tim ZI   # dari RA halaman 2
    months: [1, 2]
evidence:
  - id: e-lama
    title: Bundel lama
# catatan: data dukung di bawah ini ditambah zi-eval
answers:
  P.1.i.a:
    answer: Ya
    evidence: [e-lama]
"""

SCAN = (
    Evidence(
        id="link-aaaa",
        title="SK Tim",
        kind="tautan",
        url="https://x.go.id/sk",
        date=dt.date(2025, 1, 12),
        months=(1,),
        supports=("P.1.i.a",),
    ),
    Evidence(id="link-bbbb", title="Foto apel", url="https://x.go.id/apel", months=(3,), supports=("a1",)),
)


@pytest.fixture()
def unit_file(tmp_path: Path) -> Path:
    path = tmp_path / "unit.yaml"
    path.write_text(UNIT_TEXT, encoding="utf-8")
    return path


def test_new_records_are_appended_and_every_other_byte_of_the_file_is_kept(
    unit_file: Path, rubric: Rubric
) -> None:
    result = merge_records(unit_file, SCAN, rubric=rubric)
    assert result.written and result.added == ("link-aaaa", "link-bbbb")
    text = unit_file.read_text(encoding="utf-8")
    block = "".join("  " + ln if ln.strip() else ln for ln in dump_records(SCAN).splitlines(keepends=True))
    assert block in text
    assert text.replace(block, "") == UNIT_TEXT  # nothing else moved: comments, quotes, flow lists
    unit = load_unit(unit_file, rubric)
    assert [e.id for e in unit.evidence] == ["e-lama", "link-aaaa", "link-bbbb"]
    assert unit.evidence[1:] == SCAN


def test_merging_the_same_scan_twice_changes_nothing(unit_file: Path, rubric: Rubric) -> None:
    merge_records(unit_file, SCAN, rubric=rubric)
    once = unit_file.read_bytes()
    again = merge_records(unit_file, SCAN, rubric=rubric)
    assert not again.written and again.added == () and again.conflicts == []
    assert again.same == ("link-aaaa", "link-bbbb")
    assert unit_file.read_bytes() == once


def test_a_record_edited_by_hand_is_kept_and_listed_as_a_conflict(unit_file: Path, rubric: Rubric) -> None:
    merge_records(unit_file, SCAN, rubric=rubric)
    edited = unit_file.read_text(encoding="utf-8").replace("title: SK Tim", "title: SK Tim Kerja ZI 2025")
    unit_file.write_text(edited, encoding="utf-8")
    more = (
        *SCAN,
        Evidence(id="link-cccc", title="Notulen", url="https://x.go.id/notulen", supports=("P.1.i.b",)),
    )
    result = merge_records(unit_file, more, rubric=rubric)
    assert result.added == ("link-cccc",)
    assert [(c["code"], c["what"], c["theirs"]) for c in result.conflicts] == [
        ("EVIDENCE_CONFLICT", "link-aaaa", "title")
    ]
    unit = load_unit(unit_file, rubric)
    assert {e.id: e.title for e in unit.evidence}["link-aaaa"] == "SK Tim Kerja ZI 2025"
    block = "".join("  " + ln for ln in dump_records(more[2:]).splitlines(keepends=True))
    assert unit_file.read_text(encoding="utf-8").replace(block, "") == edited


def test_a_record_the_rescan_no_longer_finds_stays_and_is_reported(tmp_path: Path, rubric: Rubric) -> None:
    folder = tmp_path / "data dukung"
    folder.mkdir()
    (folder / "sk.pdf").write_bytes(b"%PDF")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8")
    unit_file = tmp_path / "unit.yaml"
    unit_file.write_text(UNIT_TEXT, encoding="utf-8")
    first = (
        Evidence(id="f-sk", title="SK", path="data dukung/sk.pdf", supports=("P.1.i.a",)),
        Evidence(id="f-foto", title="Foto", path="data dukung/foto.jpg", supports=("a1",)),
    )
    merge_records(unit_file, first, rubric=rubric, root=folder)
    (folder / "foto.jpg").unlink()  # moved away by the user
    before = unit_file.read_bytes()
    result = merge_records(unit_file, first[:1], rubric=rubric, root=folder)
    assert [(g["code"], g["what"], g["theirs"]) for g in result.gone] == [
        ("EVIDENCE_NOT_RESCANNED", "f-foto", "data dukung/foto.jpg")
    ]
    assert not result.written and unit_file.read_bytes() == before
    # a hand-typed record outside the scanned folder is not the scan's to report
    assert all(g["what"] != "e-lama" for g in result.gone)


def test_a_new_record_pointing_outside_the_unit_folder_is_refused_and_nothing_written(
    unit_file: Path, rubric: Rubric
) -> None:
    bad = (Evidence(id="f-out", title="Luar", path="../luar.pdf", supports=("P.1.i.a",)),)
    with pytest.raises(InputError) as exc:
        merge_records(unit_file, bad, rubric=rubric)
    assert "evidence f-out: path" in str(exc.value)
    assert unit_file.read_text(encoding="utf-8") == UNIT_TEXT


def test_a_flow_style_evidence_list_is_rewritten_whole_and_stays_valid(
    tmp_path: Path, rubric: Rubric
) -> None:
    path = tmp_path / "unit.yaml"
    path.write_text(
        "# kepala\nunit: {id: u, name: U, year: 2025}\nevidence: [{id: e1, title: Satu}]\n", encoding="utf-8"
    )
    assert insert_records(path.read_text(encoding="utf-8"), SCAN[:1]) is None
    result = merge_records(path, SCAN[:1], rubric=rubric)
    assert result.written
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# kepala\n")
    assert [e.id for e in load_unit(path, rubric).evidence] == ["e1", "link-aaaa"]


def test_a_unit_file_without_evidence_gets_the_key(tmp_path: Path, rubric: Rubric) -> None:
    path = tmp_path / "unit.yaml"
    original = "unit:\n  id: u\n  name: U\n  year: 2025\nanswers: {}"  # no final newline either
    path.write_text(original, encoding="utf-8")
    merge_records(path, SCAN[:1], rubric=rubric)
    assert path.read_text(encoding="utf-8").startswith(original + "\nevidence:\n- id: link-aaaa\n")
    assert load_unit(path, rubric).evidence == SCAN[:1]


def test_an_evidence_yaml_reads_back_as_the_records_written(tmp_path: Path) -> None:
    path = tmp_path / "evidence.yaml"
    path.write_text("# dari pindaian\n" + dump_records(SCAN), encoding="utf-8")
    assert load_records(path) == SCAN
    path.write_text("- id: x\n  title: X\n  months: [13]\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_records(path)
    assert str(exc.value) == f"{path}:3: [0].months[0]: must be ≤ 12; got 13"


def test_an_address_already_recorded_under_another_id_is_not_added_twice(
    unit_file: Path, rubric: Rubric
) -> None:
    typed = UNIT_TEXT.replace(
        "    title: Bundel lama\n", "    title: Bundel lama\n    url: https://x.go.id/sk\n"
    )
    unit_file.write_text(typed, encoding="utf-8")
    result = merge_records(unit_file, SCAN, rubric=rubric)
    assert result.added == ("link-bbbb",)
    assert [(c["what"], c["theirs"]) for c in result.conflicts] == [
        ("e-lama", "id, title, kind, date, months, supports")
    ]
    assert [e.id for e in load_unit(unit_file, rubric).evidence] == ["e-lama", "link-bbbb"]


def test_a_windows_unit_file_keeps_its_crlf_line_ends(tmp_path: Path, rubric: Rubric) -> None:
    path = tmp_path / "unit.yaml"
    path.write_bytes(UNIT_TEXT.replace("\n", "\r\n").encode("utf-8"))
    merge_records(path, SCAN, rubric=rubric)
    raw = path.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") and raw.startswith(
        UNIT_TEXT.split("evidence:")[0].replace("\n", "\r\n").encode()
    )
    assert [e.id for e in load_unit(path, rubric).evidence] == ["e-lama", "link-aaaa", "link-bbbb"]
