"""Hand-computed cases for every answer type and formula."""

from __future__ import annotations

import pytest

from tests.builders import best_answer, make_unit
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer, Hasil
from zi_eval.report.result_text import item_reason
from zi_eval.scoring.engine import evaluate_unit
from zi_eval.scoring.values import counts_shown, ratio_value


def _item(rubric: Rubric, code: str, answer: Answer, mode: str = "claimed") -> tuple[float, float, str]:
    unit = make_unit(rubric, answers={code: answer})
    r = evaluate_unit(unit, rubric, mode=mode).scores.item(code)
    return r.value, r.points, r.outcome


@pytest.mark.parametrize(
    ("code", "answer", "value", "points"),
    [
        ("P.1.i.a", "Ya", 1.0, 0.25),
        ("P.1.i.a", "Tidak", 0.0, 0.0),
        ("P.1.i.b", "B", 0.5, 0.125),
        ("P.1.iii.a", "B", 0.67, 0.67 / 3),
        ("P.1.iii.a", "C", 0.33, 0.33 / 3),
        ("P.2.i.b", "D", 0.25, 0.25 / 3),
        ("R.1.ii", "B", 0.75, 0.75),
        ("R.1.ii", "e", 0.0, 0.0),
        ("P.5.i.a", "a", 1.0, 0.75),
    ],
)
def test_option_items(rubric: Rubric, code: str, answer: str, value: float, points: float) -> None:
    v, p, _ = _item(rubric, code, Answer(answer=answer, evidence=("e-all",)))
    assert v == pytest.approx(value) and p == pytest.approx(points)


@pytest.mark.parametrize(
    ("code", "counts", "value"),
    [
        ("R.1.i.a", {"jumlah_agen_perubahan": 10, "jumlah_perubahan_dibuat": 7}, 0.7),
        ("R.1.i.a", {"jumlah_agen_perubahan": 10, "jumlah_perubahan_dibuat": 12}, 1.0),
        ("R.1.i.a", {"jumlah_agen_perubahan": 0, "jumlah_perubahan_dibuat": 0}, 0.0),
        ("R.5.ii", {"jumlah_pengaduan_harus_ditindaklanjuti": 0, "jumlah_pengaduan_selesai": 0}, 1.0),
        (
            "R.5.ii",
            {
                "jumlah_pengaduan_harus_ditindaklanjuti": 8,
                "jumlah_pengaduan_diproses": 3,
                "jumlah_pengaduan_selesai": 6,
            },
            0.75,
        ),
        (
            "R.5.iii.a",
            {
                "jumlah_kepala_satker": 1,
                "jumlah_pejabat_wajib_lhkpn": 2,
                "jumlah_lainnya": 1,
                "jumlah_sudah_melapor": 3,
            },
            0.75,
        ),
        (
            "R.5.iii.b",
            {
                "jumlah_eselon_iii": 0,
                "jumlah_eselon_iv": 0,
                "jumlah_fungsional_pelaksana": 0,
                "jumlah_sudah_melapor": 0,
            },
            0.0,
        ),
        ("R.3.iii.a", {"jumlah_pelanggaran_tahun_lalu": 10, "jumlah_pelanggaran_tahun_ini": 4}, 0.6),
        ("R.3.iii.a", {"jumlah_pelanggaran_tahun_lalu": 0, "jumlah_pelanggaran_tahun_ini": 0}, 1.0),
        ("R.3.iii.a", {"jumlah_pelanggaran_tahun_lalu": 5, "jumlah_pelanggaran_tahun_ini": 8}, 0.0),
        ("R.3.iii.a", {"jumlah_pelanggaran_tahun_lalu": 0, "jumlah_pelanggaran_tahun_ini": 3}, 0.0),
        ("R.4.i", {"jumlah_sasaran_kinerja": 4, "jumlah_sasaran_tercapai": 3}, 0.75),
        ("R.6.i.b", {"jumlah_layanan_terdaftar": 8, "jumlah_layanan_dipermudah": 2}, 0.25),
    ],
)
def test_percentage_items(rubric: Rubric, code: str, counts: dict[str, int], value: float) -> None:
    v, p, _ = _item(rubric, code, Answer(counts=counts, evidence=("e-all",)))
    assert v == pytest.approx(value)
    assert p == pytest.approx(value * rubric.items[code].max_points)


def test_missing_count_is_unanswered(rubric: Rubric) -> None:
    v, p, outcome = _item(rubric, "R.4.i", Answer(counts={"jumlah_sasaran_kinerja": 4}, evidence=("e-all",)))
    assert (v, p, outcome) == (0.0, 0.0, "unanswered")


@pytest.mark.parametrize(
    ("hasil", "ipak", "ck", "ipkp"),
    [
        (Hasil(ipak=3.6, ipkp=3.2, capaian_kinerja="C"), 15.75, 2.5, 14.0),
        (Hasil(ipak=4.0, ipkp=2.0, capaian_kinerja="B"), 17.5, 3.75, 8.75),
        (Hasil(ipak=0.0, capaian_kinerja="E"), 0.0, 0.0, 0.0),
    ],
)
def test_hasil_conversions(rubric: Rubric, hasil: Hasil, ipak: float, ck: float, ipkp: float) -> None:
    unit = make_unit(rubric, answers={}, hasil=hasil)
    s = evaluate_unit(unit, rubric, mode="claimed").scores
    assert s.indicators["H.I.a"] == pytest.approx(ipak)
    assert s.indicators["H.I.b"] == pytest.approx(ck)
    assert s.indicators["H.II.a"] == pytest.approx(ipkp)
    assert s.components["hasil"] == pytest.approx(ipak + ck + ipkp)


def test_unanswered_items_count_in_the_mean(rubric: Rubric) -> None:
    unit = make_unit(rubric, answers={"P.1.iv.a": Answer(answer="Ya", evidence=("e-all",))})
    s = evaluate_unit(unit, rubric, mode="claimed").scores
    assert s.indicators["P.1.iv"] == pytest.approx(1.5 / 4)
    outcomes = [s.item(c).outcome for c in ("P.1.iv.a", "P.1.iv.b", "P.1.iv.c", "P.1.iv.d")]
    assert outcomes == ["met", "unanswered", "unanswered", "unanswered"]


def test_every_best_answer_gives_100(rubric: Rubric) -> None:
    ev = evaluate_unit(make_unit(rubric), rubric)
    assert ev.total == pytest.approx(100.0, abs=1e-9)
    assert all(ev.totals_by_mode[m] == pytest.approx(100.0, abs=1e-9) for m in ev.totals_by_mode)
    assert all(i.outcome == "met" for i in ev.items)
    assert [a.percent for a in ev.scores.areas] == pytest.approx([100.0] * 6)
    assert ev.readiness["WBK"].eligible and not ev.readiness["WBBM"].eligible  # no prior WBK


def test_evidenced_mode_zeroes_answers_without_evidence(rubric: Rubric) -> None:
    unit = make_unit(rubric, evidence=False)
    ev = evaluate_unit(unit, rubric)
    assert ev.total == 0.0
    assert ev.totals_by_mode["claimed"] == pytest.approx(100.0)
    r = ev.scores.item("P.1.i.a")
    assert r.outcome == "no_evidence" and r.reason == "no_evidence" and r.claimed == 1.0
    assert "tidak didukung data dukung" in item_reason(r, "id")


def test_projected_counts_planned_unanswered_items(rubric: Rubric) -> None:
    from zi_eval.models.unit import Activity, LkeLink

    act = Activity(
        id="a1",
        ra_area="Manajemen Perubahan",
        area="manajemen-perubahan",
        kegiatan="Tim",
        months=(1,),
        lke=(LkeLink(code="P.1.i.b"),),
    )
    unit = make_unit(
        rubric, answers={"P.1.i.a": best_answer(rubric, "P.1.i.a")}, activities=(act,), hasil=Hasil()
    )
    ev = evaluate_unit(unit, rubric, mode="projected")
    assert ev.scores.item("P.1.i.b").outcome == "met"
    assert ev.total == pytest.approx(0.5)
    assert ev.totals_by_mode["claimed"] == pytest.approx(0.25)


@pytest.mark.parametrize(
    ("counts", "shown", "value"),
    [
        ({"jumlah_agen_perubahan": 10, "jumlah_perubahan_dibuat": 7}, "7/10", (0.7, "ratio")),
        ({"jumlah_agen_perubahan": 10}, "?/10", (None, "missing")),
        ({"jumlah_perubahan_dibuat": 3}, "3/?", (None, "missing")),
        ({"jumlah_agen_perubahan": 0, "jumlah_perubahan_dibuat": 2}, "2/0", (0.0, "zero_denominator")),
    ],
)
def test_counts_shown_and_valued(rubric: Rubric, counts: dict[str, int], shown: str, value: tuple) -> None:  # type: ignore[type-arg]
    formula = rubric.items["R.1.i.a"].item.formula
    assert formula is not None
    assert counts_shown(formula, counts) == shown
    assert ratio_value(formula, counts) == value


@pytest.mark.parametrize(
    ("counts", "shown", "value"),
    [
        # "Lainnya" left blank counts 0, as the workbook's SUM counts it (it was unanswered, scored 0)
        (
            {"jumlah_kepala_satker": 1, "jumlah_pejabat_wajib_lhkpn": 5, "jumlah_sudah_melapor": 6},
            "6/6",
            (1.0, "ratio"),
        ),
        # no part of the total given: the total is missing
        ({"jumlah_sudah_melapor": 6}, "6/?", (None, "missing")),
    ],
)
def test_a_blank_part_of_a_total_counts_zero(
    rubric: Rubric, counts: dict[str, int], shown: str, value: tuple
) -> None:  # type: ignore[type-arg]
    formula = rubric.items["R.5.iii.a"].item.formula
    assert formula is not None and len(formula.denominator) == 3
    assert counts_shown(formula, counts) == shown
    assert ratio_value(formula, counts) == value
