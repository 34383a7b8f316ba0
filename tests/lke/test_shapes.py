"""The LKE workbooks units really have, read to the same answers and score as the same unit in YAML."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.lke.shapes import Shape, full_unit, google_sheets, render, write_csv, write_xlsx
from zi_eval.cli import main
from zi_eval.errors import InputError
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.lke.summary import summary_lines
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer, Hasil, Unit
from zi_eval.scoring.engine import MODES, evaluate_unit
from zi_eval.scoring.values import ratio_value

DELETED = frozenset({"P.1.i.b", "P.3.ii.a", "R.4.i", "P.6.iii.b"})


def _write(
    tmp_path: Path, unit: Unit, rubric: Rubric, shape: Shape, name: str = "lke.xlsx"
) -> dict[str, int]:
    rows, where = render(unit, rubric, shape)
    write_xlsx(tmp_path / name, {shape.sheet: rows})
    return where


def _codes(wb: object) -> Counter[str]:
    return Counter(f["code"] for f in wb.findings())  # type: ignore[attr-defined]


def test_official_layout_full_reads_every_answer_and_scores_as_yaml(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric, pick=1)
    where = _write(tmp_path, unit, rubric, Shape())
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.findings() == []
    assert wb.unit.answers == unit.answers  # options, every count (LHKPN/LHKASN details included)
    assert wb.unit.hasil == unit.hasil  # IPAK 3.62 and IPKP 3.85 from "Nilai\n(0-4)" rows, capaian kinerja
    assert (wb.unit.unit.name, wb.unit.unit.year) == ("Kantor Uji Coba", 2025)
    for mode in MODES:
        assert evaluate_unit(wb.unit, rubric, mode=mode).total == evaluate_unit(unit, rubric, mode=mode).total
    # the summing denominator rows are recognised, not reported as unmatched
    rows = {r["row"]: r for r in wb.rows}
    assert rows[where["R.5.iii.a/sum"]]["how"] == "sum"
    assert rows[where["R.5.iii.b/jumlah_eselon_iv"]]["code"] == "R.5.iii.b/jumlah_eselon_iv"
    assert rows[where["R.5.iii.b/jumlah_eselon_iv"]]["kind"] == "input"
    assert wb.header_row == 4 and wb.columns["answer"] == "K" and wb.columns["type"] == "J"


def test_official_layout_all_best_answers_scores_100(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = full_unit(rubric)
    best = {
        c: Answer(answer=max(f.item.options, key=lambda k: f.item.options[k]))  # type: ignore[union-attr]
        if f.item.options is not None
        else Answer(counts={i.id: 4 for i in f.item.inputs})
        for c, f in rubric.items.items()
        if f.item.hasil_field is None
    }
    best["R.3.iii.a"] = Answer(counts={k: 0 for k in unit.answers["R.3.iii.a"].counts})  # no violations
    for code in ("R.5.iii.a", "R.5.iii.b"):  # all three kinds of official have reported
        best[code] = Answer(counts={**best[code].counts, "jumlah_sudah_melapor": 12})
    unit = unit.model_copy(update={"answers": best, "hasil": Hasil(ipak=4.0, ipkp=4.0, capaian_kinerja="A")})
    _write(tmp_path, unit, rubric, Shape())
    assert main(["evaluate", str(tmp_path / "lke.xlsx"), "--mode", "claimed", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == pytest.approx(100.0) and data["hasil"] == pytest.approx(40.0)


def test_a_typed_total_its_percent_disagrees_with_gives_way_to_the_details(
    tmp_path: Path, rubric: Rubric
) -> None:
    """A total typed over the SUM row (40) while the % still divides by the details: the details and the
    % agree, so they are the answer (the total was used, against both), and the finding says so."""
    unit = full_unit(rubric)
    rows, where = render(unit, rubric, Shape(lhk_total={"R.5.iii.a": 40}))
    f = rubric.items["R.5.iii.a"].item.formula
    assert f is not None
    counts = unit.answers["R.5.iii.a"].counts
    rows[where["R.5.iii.a"] - 1][10] = ratio_value(f, counts)[0]  # the % formula on the details
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers["R.5.iii.a"].counts == counts
    (said,) = [x for x in wb.findings() if x["code"] == "IMPORT_WORKBOOK_COUNT_SUM"]
    assert (said["theirs"], said["what"]) == ("40", str(sum(counts[k] for k in f.denominator)))
    assert not [x for x in wb.findings() if x["code"] == "IMPORT_WORKBOOK_MISMATCH"]


def test_official_hasil_rows_give_the_forty_points(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric).model_copy(update={"hasil": Hasil(ipak=4.0, ipkp=3.62, capaian_kinerja="A")})
    _write(tmp_path, unit, rubric, Shape())
    ev = evaluate_unit(read_lke_workbook(tmp_path / "lke.xlsx", rubric).unit, rubric, mode="claimed")
    assert ev.scores.components["hasil"] == pytest.approx(17.5 + 5 + 3.62 / 4 * 17.5)


def test_lhkpn_typed_total_differs_from_its_details(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    where = _write(tmp_path, unit, rubric, Shape(lhk_total={"R.5.iii.a": 40}))
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    (f,) = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_COUNT_SUM"]
    assert f["item"] == "R.5.iii.a" and f["theirs"] == "40" and f["line"] == where["R.5.iii.a/sum"]
    assert f["source"] == f"lke.xlsx:LKE ZI!K{where['R.5.iii.a/sum']}"
    counts = wb.unit.answers["R.5.iii.a"].counts
    # the entered total is the denominator: 40 in the first input, the other details 0
    assert counts["jumlah_kepala_satker"] == 40
    assert counts["jumlah_pejabat_wajib_lhkpn"] == counts["jumlah_lainnya"] == 0
    assert counts["jumlah_sudah_melapor"] == unit.answers["R.5.iii.a"].counts["jumlah_sudah_melapor"]
    assert _codes(wb)["IMPORT_WORKBOOK_UNMATCHED"] == 0


def test_lhkasn_total_without_details_is_taken_silently(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    _write(
        tmp_path, unit, rubric, Shape(lhk_total={"R.5.iii.b": 12}, lhk_details_blank=frozenset({"R.5.iii.b"}))
    )
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.findings() == []
    c = wb.unit.answers["R.5.iii.b"].counts
    assert (c["jumlah_eselon_iii"], c["jumlah_eselon_iv"], c["jumlah_fungsional_pelaksana"]) == (12, 0, 0)


def test_google_sheets_copy_shifted_with_deleted_rows_and_messy_answers(
    tmp_path: Path, rubric: Rubric
) -> None:
    unit = full_unit(rubric, pick=2)
    shape = google_sheets(
        delete=DELETED, case="lower", ya_as_digit=True, comma=True, percent_text=frozenset({"R.6.i.b"})
    )
    where = _write(tmp_path, unit, rubric, shape)
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.sheet == "Sheet1"
    assert wb.columns == {"bobot": "G", "penjelasan": "H", "type": "I", "answer": "J", "catatan": "K"}
    assert (wb.unit.unit.name, wb.unit.unit.year) == ("Pengadilan Agama Uji", 2024)
    codes = _codes(wb)
    assert sorted(wb.missing) == sorted(DELETED)
    assert {f["item"] for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_ITEM_MISSING"} == DELETED
    assert codes["IMPORT_WORKBOOK_UNMATCHED"] == 0 and codes["IMPORT_WORKBOOK_BAD_ANSWER"] == 0
    norm = {f["item"]: f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_NORMALISED"}
    assert norm["H.I.a"]["theirs"] == "3,62" and norm["H.I.a"]["ours"] == "3.62"
    assert norm["P.1.i.a"]["source"] == f"lke.xlsx:Sheet1!J{where['P.1.i.a']}"
    pct = [f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_PERCENT_AS_COUNTS"]
    assert [f["item"] for f in pct] == ["R.6.i.b"]
    expected = {c: a for c, a in unit.answers.items() if c not in DELETED and c != "R.6.i.b"}
    got = {c: a for c, a in wb.unit.answers.items() if c != "R.6.i.b"}
    assert got == expected
    assert wb.unit.hasil == unit.hasil
    # the score is that of the same answers without the deleted items
    yaml_unit = unit.model_copy(
        update={"answers": {c: a for c, a in unit.answers.items() if c not in DELETED}}
    )
    ours = {i.code: i.value for i in evaluate_unit(wb.unit, rubric, mode="claimed").items}
    theirs = {i.code: i.value for i in evaluate_unit(yaml_unit, rubric, mode="claimed").items}
    assert ours == theirs


def test_answers_in_any_case_and_digits(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric, pick=3)
    for case in ("upper", "lower", "title"):
        _write(tmp_path, unit, rubric, Shape(case=case, ya_as_digit=case == "upper"))
        wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
        assert wb.unit.answers == unit.answers, case
        assert wb.unit.hasil.capaian_kinerja == unit.hasil.capaian_kinerja


def test_answer_outside_options_is_reported_and_left_unanswered(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    answers = dict(unit.answers)
    answers["P.1.i.b"] = Answer(answer="Sudah")  # an ABC item
    answers["P.1.i.a"] = Answer(answer="2")  # a Ya/Tidak item
    unit = unit.model_copy(update={"answers": answers, "hasil": unit.hasil.model_copy(update={"ipak": None})})
    rows, where = render(unit, rubric, Shape())
    rows[where["H.I.a"] - 1][10] = "5,2"  # an index above 4
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    bad = {f["item"]: f for f in wb.findings() if f["code"] == "IMPORT_WORKBOOK_BAD_ANSWER"}
    assert set(bad) == {"P.1.i.a", "P.1.i.b", "H.I.a"}
    assert bad["P.1.i.b"]["theirs"] == "Sudah" and bad["P.1.i.b"]["ours"] == "A/B/C"
    assert bad["H.I.a"]["source"] == f"lke.xlsx:LKE ZI!K{where['H.I.a']}"
    assert "P.1.i.b" not in wb.unit.answers and "P.1.i.a" not in wb.unit.answers
    assert wb.unit.hasil.ipak is None
    items = {i.code: i for i in evaluate_unit(wb.unit, rubric, mode="claimed").items}
    assert items["P.1.i.b"].outcome == "unanswered"


def test_reworded_and_inserted_rows_still_match(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    shape = Shape(
        reword={
            "P.1.i.a": "Tim pembangunan Zona Integritas telah dibentuk oleh unit kerja",
            "P.1.ii.a": "Ada dokumen rencana kerja pembangunan ZI menuju WBK/WBBM",
            "R.6.ii": "Pengaduan pelayanan ditangani lewat berbagai kanal/media secara responsif dan bertanggung jawab",
        },
        inserts={5: "Catatan penilai: lihat lampiran", 40: "", 90: "Halaman 3", 150: "Catatan penilai"},
    )
    _write(tmp_path, unit, rubric, shape)
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.findings() == []
    assert wb.unit.answers == unit.answers
    how = {(r["kind"], r["code"]): r["how"] for r in wb.rows}
    assert how["item", "P.1.i.a"] == "text"


def test_codes_in_the_hierarchy_match_rows_whatever_their_text(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    reword = {c: f"Question {n} rewritten entirely" for n, c in enumerate(rubric.items)}
    _write(tmp_path, unit, rubric, Shape(codes=True, reword=reword))
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    pengungkit = {c: a for c, a in unit.answers.items()}
    assert wb.unit.answers == pengungkit
    assert {r["how"] for r in wb.rows if r["kind"] == "item" and r["code"].startswith("P")} == {"code"}


def test_two_row_header_and_other_header_words(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    headers = {
        "bobot": "BOBOT",
        "penjelasan": "Kriteria Penilaian",
        "type": "Pilihan",
        "answer": "Isian",
        "value": "Nilai Unit",
        "percent": "Persen",
        "evidence": "Data Dukung",
        "catatan": "Keterangan",
    }
    shape = Shape(headers=headers, two_row_header=True, sheet="Penilaian Mandiri", offset=2)
    _write(tmp_path, unit, rubric, shape)
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.header_row == 5 and wb.columns["type"] == "K" and wb.columns["answer"] == "L"
    assert wb.unit.answers == unit.answers and wb.findings() == []


def test_blank_lke_is_valid_and_scores_zero(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = full_unit(rubric).model_copy(update={"answers": {}, "hasil": Hasil()})
    _write(tmp_path, blank, rubric, Shape())
    assert main(["evaluate", str(tmp_path / "lke.xlsx"), "--mode", "claimed", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 0.0
    assert not [f for f in data["flags"] if f["code"].startswith("IMPORT_WORKBOOK")]


def test_two_lke_tabs_the_one_with_most_rows_is_read(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    old_rows, _ = render(
        full_unit(rubric, pick=1, year=2023), rubric, Shape(delete=frozenset(list(rubric.items)[:30]))
    )
    new_rows, _ = render(unit, rubric, Shape(sheet="LKE 2025"))
    notes = [["Petunjuk pengisian"], ["Isi kolom Jawaban"]]
    write_xlsx(tmp_path / "lke.xlsx", {"Petunjuk": notes, "LKE 2023": old_rows, "LKE 2025": new_rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.sheet == "LKE 2025" and wb.unit.answers == unit.answers
    (f,) = wb.findings()
    assert f["code"] == "IMPORT_WORKBOOK_SHEET_CHOSEN" and f["what"] == "LKE 2023" and f["ours"] == "113"
    rep = wb.report()
    assert rep["sheets"] == {"LKE 2023": 83, "LKE 2025": 113} and "LKE 2023" in rep["why"]


def test_report_and_summary_show_what_was_understood(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    where = _write(tmp_path, unit, rubric, google_sheets(delete=DELETED, case="upper"))
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    rep = json.loads(json.dumps(wb.report()))  # JSON-ready
    assert rep["header_row"] == 4 and rep["columns"]["answer"] == "J"
    assert rep["counts"] == {
        "items": 113,
        "matched": 109,
        "missing": 4,
        "unmatched": 0,
        "rows_matched": len(rep["rows"]),
    }
    by_row = {r["row"]: r for r in rep["rows"]}
    assert (by_row[where["P.1.i.a"]]["kind"], by_row[where["P.1.i.a"]]["code"]) == ("item", "P.1.i.a")
    lines = summary_lines(wb, "en")
    assert lines[0] == "LKE: read sheet 'Sheet1' (109 items matched)"
    assert "answer=J" in lines[1] and "109/113" in lines[2]
    assert any("P.1.i.b" in line and "has no row" in line for line in lines)
    assert summary_lines(wb, "id")[2].startswith("Butir cocok 109/113")


def test_csv_copy_reads_like_the_xlsx(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    rows, _ = render(unit, rubric, google_sheets(comma=True))
    write_csv(tmp_path / "lke.csv", rows)
    wb = read_lke_workbook(tmp_path / "lke.csv", rubric)
    assert wb.unit.answers == unit.answers and wb.unit.hasil == unit.hasil
    write_csv(tmp_path / "lke-semicolon.csv", rows, delimiter=";")
    assert read_lke_workbook(tmp_path / "lke-semicolon.csv", rubric).unit.answers == unit.answers


def test_year_from_the_file_name_when_the_title_has_none(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    shape = Shape(title=("LEMBAR KERJA EVALUASI", "Unit: Kantor Uji Coba"))
    _write(tmp_path, unit, rubric, shape, name="LKE ZI 2026 final.xlsx")
    wb = read_lke_workbook(tmp_path / "LKE ZI 2026 final.xlsx", rubric)
    assert wb.unit.unit.year == 2026
    assert [f["code"] for f in wb.findings()] == ["IMPORT_WORKBOOK_YEAR_FROM_NAME"]
    _write(tmp_path, unit, rubric, shape, name="lke.xlsx")
    with pytest.raises(InputError, match="year: must be a year in the LKE title block.*import --year"):
        read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    # the year the user gives: an LKE naming none was refused even with `zi-eval import --year 2025`
    assert read_lke_workbook(tmp_path / "lke.xlsx", rubric, year=2025).unit.unit.year == 2025
    out = tmp_path / "unit.yaml"
    assert main(["import", str(tmp_path / "lke.xlsx"), "-o", str(out), "--year", "2025"]) == 0
    assert "year: 2025" in out.read_text()


def test_non_lke_workbook_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_xlsx(tmp_path / "anggaran.xlsx", {"Anggaran": [["No", "Uraian", "Pagu"], [1, "ATK", 1000]]})
    assert main(["evaluate", str(tmp_path / "anggaran.xlsx")]) == 3
    assert "anggaran.xlsx" in capsys.readouterr().err


def test_lke_with_too_few_rows_matched_exits_3_saying_what_was_found(
    tmp_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    keep = set(list(rubric.items)[:40])
    shape = Shape(delete=frozenset(c for c in rubric.items if c not in keep))
    _write(tmp_path, full_unit(rubric), rubric, shape)
    assert main(["evaluate", str(tmp_path / "lke.xlsx")]) == 3
    err = capsys.readouterr().err
    assert "sekurang-kurangnya 57 dari 113 butir rubrik" in err
    assert "lembar 'LKE ZI': baris judul 4" in err and "answer=K" in err and "40 butir cocok" in err


def test_long_hostile_sheet_is_read(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    noise = {n: f"Baris tambahan {n} rapat koordinasi tim kerja zona integritas" for n in range(0, 200)}
    rows, _ = render(unit, rubric, Shape(inserts=noise))
    rows += [
        [
            None,
            None,
            None,
            None,
            None,
            None,
            f"Lampiran {i} dokumen pendukung unit kerja",
            None,
            None,
            None,
            None,
        ]
        for i in range(2000)
    ]
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers == unit.answers and wb.items_matched == 113


def test_a_percent_cell_is_only_read_when_its_item_has_no_counts(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    rows, where = render(unit, rubric, Shape(percent_text=frozenset({"R.6.i.b"})))
    rows[where["R.3.iii.a"] - 1][10] = "belum dihitung"  # not a percentage, but its counts are there
    rows[where["R.6.i.b"] - 1][10] = "sebagian"  # no counts: nothing to score from
    rows[where["R.1.i.a"] - 1][10] = "0,5"  # counts there too: they win over the typed share, which is said
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    differs, bad = sorted(wb.findings(), key=lambda f: f["code"], reverse=True)
    assert (bad["code"], bad["item"], bad["theirs"]) == ("IMPORT_WORKBOOK_BAD_ANSWER", "R.6.i.b", "sebagian")
    assert (differs["code"], differs["item"], differs["theirs"]) == (
        "IMPORT_WORKBOOK_MISMATCH",
        "R.1.i.a",
        "50.00%",
    )
    assert wb.unit.answers["R.3.iii.a"] == unit.answers["R.3.iii.a"]
    assert wb.unit.answers["R.1.i.a"] == unit.answers["R.1.i.a"]
    assert "R.6.i.b" not in wb.unit.answers


def test_count_rows_without_their_percent_row_still_answer_the_item(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    rows, where = render(unit, rubric, Shape())
    del rows[where["R.1.i.b"] - 1]  # the % row is gone; "Jumlah Perubahan yang dibuat" twice in a row now
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers == unit.answers
    assert wb.missing == [] and wb.findings() == []


def test_labels_written_into_the_text_cells(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    _write(tmp_path, unit, rubric, Shape(labels_in_text=True))
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.findings() == [] and wb.unit.answers == unit.answers and wb.unit.hasil == unit.hasil


def test_a_regulation_year_in_the_title_is_not_the_units_year(tmp_path: Path, rubric: Rubric) -> None:
    title = (
        "LEMBAR KERJA EVALUASI ZONA INTEGRITAS BERDASARKAN PERMENPAN-RB NOMOR 90 TAHUN 2021",
        "Satker: Kantor Uji Coba",
        "Periode penilaian 2025",
    )
    _write(tmp_path, full_unit(rubric), rubric, Shape(title=title))
    info = read_lke_workbook(tmp_path / "lke.xlsx", rubric).unit.unit
    assert (info.name, info.year) == ("Kantor Uji Coba", 2025)


def test_dropdown_placeholder_is_unanswered(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    rows, where = render(unit, rubric, Shape())
    rows[where["P.1.i.b"] - 1][10] = "Pilih"
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.findings() == [] and "P.1.i.b" not in wb.unit.answers


def test_rows_moved_out_of_order_still_match(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric, pick=4)
    rows, where = render(unit, rubric, Shape(official_lhk=False))
    # move the whole Manajemen Perubahan (Pemenuhan) block, items and their indicators, to the end
    first, last = where["P.1.i"] - 1, where["P.2.i"] - 2
    block = rows[first:last]
    del rows[first:last]
    rows.extend(block)
    # and swap two questions inside one indicator
    a, b = where["P.3.i.a"] - 1 - len(block), where["P.3.i.b"] - 1 - len(block)
    rows[a], rows[b] = rows[b], rows[a]
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.findings() == [] and wb.unit.answers == unit.answers


def test_the_workbooks_own_numbering_places_rows_whose_text_is_unreadable(
    tmp_path: Path, rubric: Rubric
) -> None:
    unit = full_unit(rubric)
    pengungkit = [c for c, f in rubric.items.items() if f.component == "pengungkit"]
    reword = {c: f"Pertanyaan nomor {n}" for n, c in enumerate(pengungkit)}
    # indicator rows keep their names; the numbering is A.1.I.i, the items only a letter
    _write(tmp_path, unit, rubric, Shape(lke_codes=True, reword=reword, official_lhk=False))
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers == unit.answers and wb.findings() == []
    how = {(r["kind"], r["code"]): r["how"] for r in wb.rows}
    assert how["indicator", "P.1.i"] == "code" and how["item", "P.1.i.b"] == "label"
    assert how["indicator", "R.4.i"] == "code" and how["item", "R.4.i"] == "label"  # one item, one code


def test_numbering_row_under_the_header_and_evaluator_columns(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    shape = Shape(
        columns=("bobot", "penjelasan", "type", "answer", "value", "catatan", "evidence"),
        headers={
            **Shape().headers,
            "answer": "Jawaban Unit Kerja",
            "catatan": "Catatan Evaluator",
            "evidence": "Link Data Dukung",
        },
    )
    rows, where = render(unit, rubric, shape)
    header = where["P.1.i"] - 1 - 4  # the header row index (component, aspect, area rows come before P.1.i)
    assert rows[header][11] == "Nilai"
    numbering = [None if v is None else f"({n})" for n, v in enumerate(rows[header])]
    rows.insert(header + 1, numbering)
    for row in rows:  # the evaluator's own answer column, right of everything
        row.append(None)
    rows[header].append("Jawaban TPN")
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.columns["answer"] == "K" and wb.columns["catatan"] == "M" and wb.columns["evidence"] == "N"
    assert wb.unit.answers == unit.answers and wb.findings() == []


def test_a_blank_detail_row_counts_as_zero_when_the_sum_row_agrees(tmp_path: Path, rubric: Rubric) -> None:
    unit = full_unit(rubric)
    rows, where = render(unit, rubric, Shape())
    counts = unit.answers["R.5.iii.a"].counts
    rows[where["R.5.iii.a/jumlah_lainnya"] - 1][10] = None  # left blank; the SUM row still says the total
    rows[where["R.5.iii.a/sum"] - 1][10] = (
        counts["jumlah_kepala_satker"] + counts["jumlah_pejabat_wajib_lhkpn"]
    )
    rows[where["R.5.iii.b/sum"] - 1][10] = "banyak"  # not a count: reported, the details stand
    # the workbook's % formula counts the blank row as 0 too (a % that disagrees is said: another test)
    f = rubric.items["R.5.iii.a"].item.formula
    assert f is not None
    rows[where["R.5.iii.a"] - 1][10] = ratio_value(f, {**counts, "jumlah_lainnya": 0})[0]
    write_xlsx(tmp_path / "lke.xlsx", {"LKE ZI": rows})
    wb = read_lke_workbook(tmp_path / "lke.xlsx", rubric)
    assert wb.unit.answers["R.5.iii.a"].counts == {**counts, "jumlah_lainnya": 0}
    assert wb.unit.answers["R.5.iii.b"] == unit.answers["R.5.iii.b"]
    (bad,) = wb.findings()
    assert (bad["code"], bad["item"], bad["line"]) == (
        "IMPORT_WORKBOOK_BAD_ANSWER",
        "R.5.iii.b",
        where["R.5.iii.b/sum"],
    )
