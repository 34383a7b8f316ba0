"""Area codes in a plan's area column ("MP", "PT", "PSDM", "PA", "PP", "PKPP"), read only when unambiguous.

Real plans fill the area column (or the area heading rows) with the initials of the area's name.
"PP" is three areas' initials, "PPP" two: the plan's codes taken together decide, or the importer says
the code has more than one reading and leaves the area empty.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from zi_eval.models.rubric import Rubric
from zi_eval.ra import import_plan
from zi_eval.ra.area_codes import code_of, coded_areas, initials
from zi_eval.ra.build import map_ra_area

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

#: One activity per ZI area, as a plan of the six ZI areas writes them (with its own codes below).
SIX = [
    ("manajemen-perubahan", "Pembentukan tim kerja ZI", 1),
    ("penataan-tatalaksana", "Penyusunan SOP layanan", 2),
    ("penataan-sdm", "Penyusunan rencana kebutuhan pegawai", 3),
    ("penguatan-akuntabilitas", "Penyusunan perjanjian kinerja", 4),
    ("penguatan-pengawasan", "Penilaian risiko SPIP", 5),
    ("pelayanan-publik", "Survei kepuasan masyarakat", 6),
]


def _marks(month: int) -> list[str]:
    return ["v" if m == month else "" for m in range(1, 13)]


def _csv(tmp_path: Path, codes: list[str], name: str = "plan.csv") -> Path:
    rows = [["RENCANA AKSI ZONA INTEGRITAS TAHUN 2025"], ["No", "Area", "Kegiatan", *MONTHS]]
    for i, code in enumerate(codes):
        _, kegiatan, month = SIX[i % len(SIX)]
        rows.append([str(i + 1), code, kegiatan, *_marks(month)])
    f = tmp_path / name
    f.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    return f


def _area_of(rubric: Rubric) -> object:
    return lambda text: map_ra_area(text, rubric)


def test_codes_and_initials() -> None:
    assert [code_of(t) for t in ("MP", "Area MP", "I. MP", "A. PSDM", " pt ")] == [
        "mp",
        "mp",
        "mp",
        "psdm",
        "pt",
    ]
    assert [code_of(t) for t in ("Manajemen Perubahan", "1", "PP/PW", "Sekretariat", "M")] == [None] * 5
    assert initials("Penataan dan Penguatan Organisasi") == "ppo"
    assert initials("Penataan SDM") == "psdm"
    assert initials("Peningkatan Kualitas Pelayanan Publik") == "pkpp"
    assert initials("Pengawasan") is None  # one word is a name, not a code


@pytest.mark.parametrize("service", ["PKPP", "PPP"])
def test_a_plan_of_the_six_zi_areas_reads_every_code(tmp_path: Path, rubric: Rubric, service: str) -> None:
    """PP is Penguatan Pengawasan once PKPP or PPP names Pelayanan Publik in the same plan."""
    res = import_plan(_csv(tmp_path, ["MP", "PT", "PSDM", "PA", "PP", service]), rubric)
    assert [a.area for a in res.unit.activities] == [area for area, _, _ in SIX]
    assert [a.months for a in res.unit.activities] == [(m,) for _, _, m in SIX]
    said = [f for f in res.findings if f.code.startswith("IMPORT_AREA")]
    assert {f.code for f in said} == {"IMPORT_AREA_BY_CODE"} and len(said) == 6
    pp = next(f for f in said if f.value == "PP")
    assert "Penguatan Pengawasan" in pp.action and service in pp.action


def test_a_code_the_plan_leaves_two_readings_stays_empty_and_says_which(
    tmp_path: Path, rubric: Rubric
) -> None:
    res = import_plan(_csv(tmp_path, ["MP", "PT", "PP"]), rubric)
    assert [a.area for a in res.unit.activities] == ["manajemen-perubahan", "penataan-tatalaksana", None]
    unsure = [f for f in res.findings if f.code == "IMPORT_AREA_CODE_AMBIGUOUS"]
    assert [f.value for f in unsure] == ["PP"]
    assert "Penguatan Pengawasan" in unsure[0].action and "Pelayanan Publik" in unsure[0].action
    assert not [f for f in res.findings if f.code == "IMPORT_AREA_UNKNOWN"]  # said once, as ambiguous


def test_a_reform_plan_reads_its_non_zi_code_and_leaves_pp(tmp_path: Path, rubric: Rubric) -> None:
    """A code only a Reform Birokrasi area has (PPO) makes it no plan of the six ZI areas: PP keeps three readings."""
    res = import_plan(_csv(tmp_path, ["MP", "PPO", "PT", "PP"]), rubric)
    assert [a.area for a in res.unit.activities] == [
        "manajemen-perubahan",
        None,
        "penataan-tatalaksana",
        None,
    ]
    codes = {f.value: f.code for f in res.findings if f.code.startswith("IMPORT_AREA")}
    assert codes["PPO"] == "IMPORT_AREA_BY_CODE"  # read, as an area the LKE does not score
    assert codes["PP"] == "IMPORT_AREA_CODE_AMBIGUOUS"
    # one activity in four without a ZI area (PP): PPO was read, so no "area column not read" either
    assert "IMPORT_AREA_MISSING" not in {f.code for f in res.findings}


def test_names_and_aliases_are_not_codes(rubric: Rubric) -> None:
    """'SDM' is an alias (read by name); a word that is no area's initials ('Umum') is no code."""
    got = coded_areas(["SDM", "Umum", "MP", "MP"], rubric, _area_of(rubric))
    assert {t: ra.area for t, ra in got.read.items()} == {"MP": "manajemen-perubahan"}
    assert got.written == ["MP"] and not got.readings


def test_area_heading_rows_written_as_codes(tmp_path: Path, rubric: Rubric) -> None:
    """The codes as heading rows of an Excel plan ("I. MP"), not in a column of their own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"])
    ws.append(["TAHUN 2025"])
    ws.append(["NO", "KEGIATAN", "OUTPUT", *MONTHS])
    for roman, code, (_, kegiatan, month) in zip(
        ["I", "II", "III", "IV", "V", "VI"], ["MP", "PT", "PSDM", "PAK", "PP", "PKPP"], SIX, strict=True
    ):
        ws.append([f"{roman}. {code}"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=15)
        ws.append(["1", kegiatan, "Laporan", *_marks(month)])
    f = tmp_path / "ra-kode.xlsx"
    wb.save(f)
    res = import_plan(f, rubric)
    assert [a.area for a in res.unit.activities] == [area for area, _, _ in SIX]
    assert [a.output for a in res.unit.activities] == ["Laporan"] * 6


def test_two_codes_of_one_area_are_both_read(rubric: Rubric) -> None:
    """'PA' on some rows and 'PAK' on others: two spellings of one area, and PP still Pengawasan."""
    got = coded_areas(["MP", "PA", "PAK", "PP", "PKPP"], rubric, _area_of(rubric))
    assert {t: ra.area for t, ra in got.read.items()} == {
        "MP": "manajemen-perubahan",
        "PA": "penguatan-akuntabilitas",
        "PAK": "penguatan-akuntabilitas",
        "PP": "penguatan-pengawasan",
        "PKPP": "pelayanan-publik",
    }


def test_an_area_the_plan_names_in_words_is_no_reading_of_a_code(tmp_path: Path, rubric: Rubric) -> None:
    """Headings mixing codes and names: "VI. Peningkatan Kualitas Pelayanan Publik" in words leaves PP one
    reading among the six ZI areas, Penguatan Pengawasan."""
    rows = [["RENCANA AKSI ZI TAHUN 2025"], ["No", "Kegiatan", *MONTHS]]
    headings = ["I. MP", "II. Penataan Tatalaksana", "III. PSDM", "IV. PA", "V. PP"]
    for heading, (_, kegiatan, month) in zip(
        [*headings, "VI. Peningkatan Kualitas Pelayanan Publik"], SIX, strict=True
    ):
        rows += [[heading], ["1", kegiatan, *_marks(month)]]
    f = tmp_path / "campur.tsv"
    f.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    res = import_plan(f, rubric)
    assert [a.area for a in res.unit.activities] == [area for area, _, _ in SIX]
    assert not [x for x in res.findings if x.code in ("IMPORT_AREA_CODE_AMBIGUOUS", "IMPORT_AREA_UNKNOWN")]


def test_areas_written_as_the_short_names_units_use_are_read(tmp_path: Path, rubric: Rubric) -> None:
    """ "Manaj. Perubahan", "Ketatalaksanaan", "Manajemen ASN", "AKIP", "SAKIP" and "YANLIK" were unknown
    areas (said): their activities linked to no area."""
    written = [
        "Manaj. Perubahan",
        "Ketatalaksanaan",
        "Manajemen ASN",
        "Penguatan AKIP",
        "Pengawasan",
        "YANLIK",
    ]
    got = import_plan(_csv(tmp_path, written), rubric)
    assert [a.area for a in got.unit.activities] == [area for area, _, _ in SIX]
    assert "IMPORT_AREA_UNKNOWN" not in {f.code for f in got.findings}
    assert [map_ra_area(t, rubric)[0] for t in ("SAKIP", "Layanan Publik", "Penataan ASN")] == [
        "penguatan-akuntabilitas",
        "pelayanan-publik",
        "penataan-sdm",
    ]
