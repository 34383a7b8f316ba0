"""Evidence the plan promises: its parts, and whether some record matches each."""

from __future__ import annotations

from pathlib import Path

from tests.builders import make_unit
from zi_eval.api import load_unit
from zi_eval.flags.derive import derive_flags
from zi_eval.matching.expected import expected_parts, missing_parts
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity, Evidence
from zi_eval.scoring.engine import evaluate_unit
from zi_eval.scoring.linking import matcher


def test_an_expected_evidence_text_is_split_into_its_documents() -> None:
    assert expected_parts(["SK Tim, undangan dan daftar hadir", "- Notulen\n- Dokumentasi", "SK Tim"]) == [
        "SK Tim",
        "undangan",
        "daftar hadir",
        "Notulen",
        "Dokumentasi",
    ]


def test_a_part_is_found_by_its_words_not_its_spelling(rubric: Rubric) -> None:
    an = matcher(rubric).analyzer
    records = [("Surat Keputusan Tim Pembangunan ZI 2025", "sk"), ("Notulen rapat 12-01-2025", "notulen")]
    assert missing_parts(["SK Tim ZI; notulensi rapat; daftar hadir"], records, an) == ["daftar hadir"]
    assert (
        missing_parts(["Laporan monev TW I"], [("Laporan Pemantauan dan Evaluasi TW I", "laporan")], an) == []
    )
    assert missing_parts(["-"], [], an) == []  # nothing named, nothing missing


def _plan(rubric: Rubric, evidence: tuple[Evidence, ...]):  # type: ignore[no-untyped-def]
    act = Activity(
        id="a1",
        ra_area="Manajemen Perubahan",
        area="manajemen-perubahan",
        kegiatan="Pembentukan Tim Pembangunan Zona Integritas",
        months=(1,),
        expected_evidence=("SK Tim, daftar hadir",),
    )
    unit = make_unit(rubric, answers={}, activities=(act,), evidence=False)
    return unit.model_copy(update={"evidence": evidence})


def test_the_flag_names_what_the_plan_promised_and_no_record_holds(rubric: Rubric) -> None:
    sk = Evidence(id="e1", title="SK Tim ZI", kind="sk", supports=("a1",))
    flags = [
        f
        for f in derive_flags(evaluate_unit(_plan(rubric, (sk,)), rubric))
        if f.code == "EVIDENCE_EXPECTED_MISSING"
    ]
    assert len(flags) == 1 and flags[0].activity == "a1" and "daftar hadir" in flags[0].message
    assert "SK Tim" not in flags[0].message.split(":")[-1]
    # a record that supports the activity's item counts too; a record for another activity does not
    hadir = Evidence(id="e2", title="Daftar hadir rapat pembentukan tim", supports=("P.1.i.a",))
    elsewhere = Evidence(id="e3", title="Daftar hadir", supports=("P.6.iv.a",))
    done = derive_flags(evaluate_unit(_plan(rubric, (sk, hadir)), rubric))
    assert "EVIDENCE_EXPECTED_MISSING" not in {f.code for f in done}
    still = derive_flags(evaluate_unit(_plan(rubric, (sk, elsewhere)), rubric))
    assert "EVIDENCE_EXPECTED_MISSING" in {f.code for f in still}


def test_a_listed_file_that_is_gone_is_flagged_and_supports_nothing(rubric: Rubric, tmp_path: Path) -> None:
    (tmp_path / "bukti").mkdir()
    (tmp_path / "bukti" / "ada.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "unit.yaml").write_text(
        "unit: {id: u, name: U, year: 2025}\n"
        "evidence:\n"
        "  - {id: ada, title: SK Tim, path: bukti/ada.pdf, supports: [P.1.i.a]}\n"
        "  - {id: hilang, title: Notulen, path: bukti/hilang.pdf, supports: [P.1.i.b]}\n"
        "answers:\n  P.1.i.a: {answer: Ya}\n  P.1.i.b: {answer: A}\n",
        encoding="utf-8",
    )
    unit = load_unit(tmp_path / "unit.yaml", rubric)
    assert unit.missing_files == {"hilang"}
    ev = evaluate_unit(unit, rubric)
    assert ev.links.evidence_by_item.get("P.1.i.a") == ["ada"] and not ev.links.evidence_by_item.get(
        "P.1.i.b"
    )
    (flag,) = [
        f
        for f in derive_flags(
            ev,
        )
        if f.code == "EVIDENCE_PATH_MISSING"
    ]
    assert flag.source == "bukti/hilang.pdf" and "hilang" in flag.message
    en = [
        f for f in derive_flags(evaluate_unit(unit, rubric), lang="en") if f.code == "EVIDENCE_PATH_MISSING"
    ]
    assert "does not exist" in en[0].message


def test_evidence_paths_of_a_unit_file_reached_through_a_link_are_read_from_the_files_real_folder(
    rubric: Rubric, tmp_path: Path
) -> None:
    """The folder evidence paths are read from is the unit file's own, also when the file is reached
    through a symbolic link from elsewhere (the folder is resolved only for data that names paths)."""
    real = tmp_path / "satker"
    (real / "bukti").mkdir(parents=True)
    (real / "bukti" / "ada.pdf").write_bytes(b"%PDF-1.4")
    (real / "unit.yaml").write_text(
        "unit: {id: u, name: U, year: 2025}\n"
        "evidence:\n"
        "  - {id: ada, title: SK Tim, path: bukti/ada.pdf, supports: [P.1.i.a]}\n"
        "  - {id: tautan, title: Notulen, url: 'https://a.go.id/n.pdf', supports: [P.1.i.b]}\n",
        encoding="utf-8",
    )
    (tmp_path / "rekap").mkdir()
    (tmp_path / "rekap" / "u.yaml").symlink_to(real / "unit.yaml")
    assert load_unit(tmp_path / "rekap" / "u.yaml", rubric).missing_files == frozenset()
    (real / "bukti" / "ada.pdf").unlink()
    assert load_unit(tmp_path / "rekap" / "u.yaml", rubric).missing_files == {"ada"}
    # addresses only: nothing to look for on disk
    (real / "unit.yaml").write_text(
        "unit: {id: u, name: U, year: 2025}\n"
        "evidence:\n  - {id: tautan, title: Notulen, url: 'https://a.go.id/n.pdf', supports: [P.1.i.b]}\n",
        encoding="utf-8",
    )
    assert load_unit(tmp_path / "rekap" / "u.yaml", rubric).missing_files == frozenset()
