"""The default rubric loads and its weights are those of PermenPAN-RB 90/2021."""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from tests.conftest import DATA
from zi_eval.models.rubric import Rubric


def _csv_rows() -> list[dict[str, str]]:
    with open(DATA / "lke-items.csv", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["scored"] == "Y"]


def test_default_rubric_has_113_scored_items(rubric: Rubric) -> None:
    assert len(rubric.items) == 113
    assert len(rubric.items) == len(_csv_rows())


def test_component_weights(rubric: Rubric) -> None:
    weights = {c.id: c.weight for c in rubric.components}
    assert weights == {"pengungkit": 60.0, "hasil": 40.0}


def test_area_weights_match_reference_and_split_50_50(rubric: Rubric) -> None:
    expected: dict[str, float] = {}
    for r in _csv_rows():
        if r["component"] == "PENGUNGKIT":
            expected[r["area_no"]] = float(r["area_aspect_weight"]) * 2
    by_id = {a.id: a.weight for a in rubric.zi_areas}
    assert list(by_id.values()) == [expected[k] for k in sorted(expected)]
    assert list(by_id.values()) == [8.0, 7.0, 10.0, 10.0, 15.0, 10.0]
    pengungkit = next(c for c in rubric.components if c.id == "pengungkit")
    per_aspect: dict[str, dict[str, float]] = defaultdict(dict)
    for asp in pengungkit.aspects:
        for area in asp.areas:
            per_aspect[area.id][asp.id] = area.weight
    for area_id, split in per_aspect.items():
        assert split["pemenuhan"] == split["reform"] == by_id[area_id] / 2


def test_max_points_add_up_to_100(rubric: Rubric) -> None:
    total = sum(f.max_points for f in rubric.items.values())
    assert total == pytest.approx(100.0, abs=1e-9)
    csv_total = sum(float(r["indicator_weight"]) / int(r["n_scored_items"]) for r in _csv_rows())
    assert total == pytest.approx(csv_total, abs=1e-9)


def test_thresholds_of_both_predicates(rubric: Rubric) -> None:
    wbk, wbbm = rubric.predicate("WBK"), rubric.predicate("WBBM")
    assert wbk is not None and wbbm is not None
    mins = {p.id: {c.id: c.min for c in p.criteria} for p in (wbk, wbbm)}
    assert mins["WBK"] == {
        "total": 75.0,
        "pengungkit": 40.0,
        "area": 60.0,
        "bersih-dan-akuntabel": 18.25,
        "ipak": 15.75,
        "capaian-kinerja": 2.5,
        "ipkp": 14.0,
    }
    assert mins["WBBM"] == {
        "total": 85.0,
        "pengungkit": 48.0,
        "area": 75.0,
        "bersih-dan-akuntabel": 19.5,
        "ipak": 15.75,
        "capaian-kinerja": 3.75,
        "ipkp": 15.75,
    }
    assert wbbm.prior_predicate == "WBK" and wbk.prior_predicate is None


def test_ra_area_aliases_cover_the_seed_spellings(rubric: Rubric) -> None:
    alias = {a: ra.area for ra in rubric.ra_areas for a in ra.aliases}
    assert alias["pengawasan"] == "penguatan-pengawasan"
    assert alias["penata organisasi kelembagaan"] is None
    assert alias["penataan sistem manajemen sdm asn"] == "penataan-sdm"
    assert alias["peningkatan kualitas pelayanan publik"] == "pelayanan-publik"
    assert len(rubric.ra_areas) == 8
    assert sum(1 for ra in rubric.ra_areas if ra.area is None) == 2


def test_every_item_has_keywords_evidence_hint_and_effort(rubric: Rubric) -> None:
    for code, flat in rubric.items.items():
        assert flat.item.keywords, code
        assert flat.item.evidence, code
        assert flat.item.remediation.strip(), code
        assert flat.item.effort in ("low", "medium", "high"), code


def test_rubric_records_legal_basis_and_amendment_note(rubric: Rubric) -> None:
    assert "90 Tahun 2021" in rubric.legal_basis
    assert rubric.amendment_note and "5/2024" in rubric.amendment_note
