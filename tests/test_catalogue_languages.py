"""Every message of the catalogue (zi_eval/messages.py) and every flag (zi_eval/flags/catalogue.py) in
both languages: present, non-empty, really translated, and formatting with the same placeholders."""

from __future__ import annotations

import re
import string

import pytest

from zi_eval.flags.catalogue import FLAGS, SEVERITIES, render
from zi_eval.messages import LANGS, MESSAGES, msg

#: Texts written the same in both languages, each for a reason: a name, an abbreviation or a code.
SAME_IN_BOTH = {
    "col_area": "'Area' is the word in both languages",
    "month_1": "month abbreviation",
    "month_2": "month abbreviation",
    "month_3": "month abbreviation",
    "month_4": "month abbreviation",
    "month_6": "month abbreviation",
    "month_7": "month abbreviation",
    "month_9": "month abbreviation",
    "month_11": "month abbreviation",
    "sev_info": "'Info' is the word in both languages",
    "us_unit_sheet": "the name of a sheet zi-eval writes and reads back",
    "us_id": "an abbreviation",
    "us_output": "'Output' is the word used in Indonesian plans",
    "merge_change_count": "holds no word of its own, only values",
    "answer_reduction": "holds no word of its own, only values",
    "answer_full": "a number",
}

#: Flags whose Indonesian text adds ``{action}``: the importer words that detail (which names the
#: cell's value) in Indonesian only, so the English text says it in its own words instead.
INDONESIAN_DETAIL = {
    "IMPORT_CELL_UNREAD",
    "IMPORT_HIDDEN_ROWS",
    "IMPORT_SHEET_SKIPPED",
    "IMPORT_TIMING_WRAPS",
    "IMPORT_AREA_BY_NUMBER",
    "IMPORT_AREA_BY_CODE",
    "IMPORT_FILLED_MONTH",
}

_FMT = string.Formatter()


def _slots(text: str) -> set[str]:
    return {name for _, name, _, _ in _FMT.parse(text) if name is not None}


class _Slot:
    """A stand-in value that shows its own name whatever format spec it meets (``{claimed:.2f}``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __format__(self, spec: str) -> str:
        return f"<{self.name}>"


def _values(names: set[str]) -> dict[str, _Slot]:
    return {name: _Slot(name) for name in names}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    table = MESSAGES[key]
    assert set(table) == set(LANGS), f"{key}: {sorted(table)}"
    ind, eng = table["id"], table["en"]
    assert ind.strip() and eng.strip(), key
    assert _slots(ind) == _slots(eng), f"{key}: id {_slots(ind)} vs en {_slots(eng)}"
    if key not in SAME_IN_BOTH:
        assert ind != eng, f"{key} is not translated: {ind!r}"
    # both format with the same values, and the values show in both
    for lang in LANGS:
        text = msg(key, lang, **_values(_slots(ind)))
        assert all(f"<{name}>" in text for name in _slots(ind)), (key, lang, text)


def test_texts_kept_the_same_are_still_the_same() -> None:
    """An entry of SAME_IN_BOTH that has since been translated leaves the list."""
    assert all(MESSAGES[k]["id"] == MESSAGES[k]["en"] for k in SAME_IN_BOTH)


@pytest.mark.parametrize("code", sorted(FLAGS))
def test_flag_has_both_languages_with_the_same_placeholders(code: str) -> None:
    sev, ind, eng = FLAGS[code]
    assert sev in SEVERITIES
    assert re.fullmatch(r"[A-Z][A-Z0-9_]+", code)
    assert ind.strip() and eng.strip(), code
    assert ind != eng, f"{code} is not translated: {ind!r}"
    if code in INDONESIAN_DETAIL:
        assert "action" in _slots(ind) and "action" not in _slots(eng), code
        assert _slots(eng) - _slots(ind) <= {"value"}, code
    else:
        assert _slots(ind) == _slots(eng), f"{code}: id {_slots(ind)} vs en {_slots(eng)}"
    for lang, template in (("id", ind), ("en", eng)):
        text = render(code, lang, **_values(_slots(ind) | _slots(eng)))
        assert all(f"<{name}>" in text for name in _slots(template)), (code, lang, text)


def test_the_problem_count_line_stays_in_both_languages() -> None:
    assert msg("n_problems", "id", n=3) == "3 masalah ditemukan"
    assert msg("n_problems", "en", n=3) == "3 problem(s) found"
