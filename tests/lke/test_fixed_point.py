"""Export → import → export of the LKE workbook is a fixed point (the LKE sheet, cell by cell)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.scoring.test_properties import RUBRIC, units
from zi_eval.flags import derive_flags
from zi_eval.lke.layout import SHEET
from zi_eval.lke.reader import read_lke_workbook
from zi_eval.models.unit import Unit
from zi_eval.report.workbook import write_lke_workbook
from zi_eval.scoring.engine import evaluate_unit


def _export(unit: Unit, mode: str, path: Path) -> None:
    ev = evaluate_unit(unit, RUBRIC, mode=mode)
    write_lke_workbook(ev, derive_flags(ev), path)


def _cells(path: Path, data_only: bool) -> list[tuple[str, object]]:
    ws = openpyxl.load_workbook(path, data_only=data_only)[SHEET]
    return [(c.coordinate, c.value) for row in ws.iter_rows() for c in row if c.value is not None]


@settings(max_examples=25)
@given(units(), st.sampled_from(["claimed", "evidenced"]))
def test_export_import_export_is_a_fixed_point(unit: Unit, mode: str) -> None:
    # survey indices as assessors write them: XlsxWriter stores 16 significant digits, not 17
    h = unit.hasil
    unit = unit.model_copy(
        update={
            "hasil": h.model_copy(
                update={
                    "ipak": None if h.ipak is None else round(h.ipak, 4),
                    "ipkp": None if h.ipkp is None else round(h.ipkp, 4),
                }
            )
        }
    )
    with tempfile.TemporaryDirectory() as d:
        first, second = Path(d) / "a.xlsx", Path(d) / "b.xlsx"
        _export(unit, mode, first)
        again = read_lke_workbook(first, RUBRIC)
        assert again.findings() == []
        _export(again.unit, mode, second)
        assert _cells(first, data_only=False) == _cells(second, data_only=False)  # answers and formulas
        assert _cells(first, data_only=True) == _cells(second, data_only=True)  # cached values
