"""WBK/WBBM readiness: every criterion, margins, eligibility and the binding criterion."""

from __future__ import annotations

import pytest

from tests.builders import make_unit, with_answers
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer, Hasil
from zi_eval.report.result_text import criterion_note
from zi_eval.scoring.engine import evaluate_unit


def _pengawasan_at(rubric: Rubric, reported: int, obliged: int):  # type: ignore[no-untyped-def]
    """All best, except Penguatan Pengawasan reform: R.5.i = E, R.5.ii = 0%, R.5.iii.a = reported/obliged."""
    unit = make_unit(rubric)
    return with_answers(
        unit,
        R_5_i=Answer(answer="E", evidence=("e-all",)),
        R_5_ii=Answer(
            counts={"jumlah_pengaduan_harus_ditindaklanjuti": 4, "jumlah_pengaduan_selesai": 0},
            evidence=("e-all",),
        ),
        R_5_iii_a=Answer(
            counts={
                "jumlah_kepala_satker": 1,
                "jumlah_pejabat_wajib_lhkpn": obliged - 1,
                "jumlah_lainnya": 0,
                "jumlah_sudah_melapor": reported,
            },
            evidence=("e-all",),
        ),
    )


def test_meets_wbk_by_a_hair_on_one_area(rubric: Rubric) -> None:
    # pengawasan = 7.5 + 0 + 0 + (0.5 + 1)/2 * 2 = 9.0 = exactly 60% of 15
    ev = evaluate_unit(_pengawasan_at(rubric, reported=1, obliged=2), rubric)
    wbk = ev.readiness["WBK"]
    crit = {c.id: c for c in wbk.criteria}
    assert crit["area:penguatan-pengawasan"].value == pytest.approx(60.0)
    assert crit["area:penguatan-pengawasan"].margin == pytest.approx(0.0, abs=1e-9)
    assert wbk.eligible
    assert wbk.binding == "area:penguatan-pengawasan"
    assert ev.total == pytest.approx(94.0)


def test_misses_wbk_on_one_area_minimum(rubric: Rubric) -> None:
    # R.5.iii.a = 2/5 → pengawasan = 7.5 + (0.4 + 1)/2 * 2 = 8.9 → 59.33%
    ev = evaluate_unit(_pengawasan_at(rubric, reported=2, obliged=5), rubric)
    wbk = ev.readiness["WBK"]
    unmet = [c.id for c in wbk.criteria if not c.met]
    assert unmet == ["area:penguatan-pengawasan"]
    assert not wbk.eligible
    assert wbk.binding == "area:penguatan-pengawasan"
    crit = next(c for c in wbk.criteria if c.id == "area:penguatan-pengawasan")
    assert crit.value == pytest.approx(8.9 / 15 * 100)
    assert ev.total == pytest.approx(93.9)


def test_survey_thresholds_and_why_without_surveys(rubric: Rubric) -> None:
    unit = make_unit(rubric, hasil=Hasil(capaian_kinerja="A", evidence=("e-all",)))
    wbk = evaluate_unit(unit, rubric).readiness["WBK"]
    crit = {c.id: c for c in wbk.criteria}
    assert not wbk.eligible
    assert not crit["ipak"].met and crit["ipak"].note == "hasil_missing"
    assert criterion_note(crit["ipak"], "id") == "ipak belum diisi"
    assert not crit["ipkp"].met and dict(crit["ipkp"].note_args) == {"field": "ipkp"}
    assert not crit["ipak"].fixable


def test_wbk_survey_minimums_exactly(rubric: Rubric) -> None:
    unit = make_unit(rubric, hasil=Hasil(ipak=3.6, ipkp=3.2, capaian_kinerja="C", evidence=("e-all",)))
    ev = evaluate_unit(unit, rubric)
    wbk = {c.id: c for c in ev.readiness["WBK"].criteria}
    assert all(wbk[k].met for k in ("ipak", "ipkp", "capaian-kinerja", "bersih-dan-akuntabel"))
    assert ev.readiness["WBK"].eligible
    wbbm = {c.id: c for c in ev.readiness["WBBM"].criteria}
    assert not wbbm["ipkp"].met and not wbbm["capaian-kinerja"].met and not wbbm["bersih-dan-akuntabel"].met


def test_wbbm_needs_prior_wbk(rubric: Rubric) -> None:
    without = evaluate_unit(make_unit(rubric), rubric).readiness["WBBM"]
    assert not without.eligible and without.binding == "prior-predicate"
    with_prior = evaluate_unit(make_unit(rubric, prior_predicate="WBK"), rubric).readiness["WBBM"]
    assert with_prior.eligible


def test_criteria_ids_of_both_predicates(rubric: Rubric) -> None:
    ev = evaluate_unit(make_unit(rubric), rubric)
    ids = [c.id for c in ev.readiness["WBK"].criteria]
    assert ids == ["total", "pengungkit"] + [f"area:{a.id}" for a in rubric.zi_areas] + [
        "bersih-dan-akuntabel",
        "ipak",
        "capaian-kinerja",
        "ipkp",
    ]
    assert [c.id for c in ev.readiness["WBBM"].criteria] == ids + ["prior-predicate"]


def test_a_met_prior_predicate_never_binds_an_eligible_unit() -> None:
    """An eligible WBBM unit named "Predikat sebelumnya: WBK = 1.00, selisih +0.00" as its binding criterion
    (a met yes/no criterion has margin 0), hiding its tightest real one (IPAK, +0.88)."""
    import zi_eval as zi
    from tests.conftest import ROOT

    ev = zi.evaluate(ROOT / "plans" / "bps-kota-contoh-2025.yaml")
    wbbm = ev.readiness["WBBM"]
    assert wbbm.eligible and wbbm.binding != "prior-predicate"
    real = [c for c in wbbm.criteria if c.id != "prior-predicate"]
    assert wbbm.binding == min(real, key=lambda c: c.margin / c.threshold).id


def test_an_aspect_below_the_area_threshold_is_warned_and_leaves_the_verdict(rubric: Rubric) -> None:
    """lke-90-2021.md §5.3: the area threshold is judged on the whole area (the verdict), and BPS's
    application judges Pemenuhan and Reform apart: Pengawasan at exactly 60% (Pemenuhan 7.5 of 7.5,
    Reform 1.5 of 7.5 = 20%) is WBK eligible, with a warning that its Reform alone is short. WBBM's
    area criterion is not met as a whole, so nothing more is said for it; the other areas are full."""
    from zi_eval.flags.derive import derive_flags

    ev = evaluate_unit(_pengawasan_at(rubric, reported=1, obliged=2), rubric)
    assert ev.readiness["WBK"].eligible
    got = [f for f in derive_flags(ev) if f.code == "AREA_ASPECT_BELOW_THRESHOLD"]
    assert [(f.area, f.severity) for f in got] == [("penguatan-pengawasan", "warning")]
    assert "Reform 20.00% di bawah 60% (WBK)" in got[0].message and "(60.00%)" in got[0].message
    full = evaluate_unit(make_unit(rubric), rubric)
    assert not [f for f in derive_flags(full) if f.code == "AREA_ASPECT_BELOW_THRESHOLD"]
