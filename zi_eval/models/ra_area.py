"""Map an RA area as a plan writes it ("AREA I MANAJEMEN PERUBAHAN", "Penguatan Pengawsan") to a ZI area.

One rule for the importer (which fills an activity's ``area`` from it) and for the flags (which check a
unit file's ``area`` against its ``ra_area``).
"""

from __future__ import annotations

from difflib import SequenceMatcher

from zi_eval.io.words import norm
from zi_eval.models.rubric import Rubric


def map_ra_area(text: str | None, rubric: Rubric) -> tuple[str | None, bool]:
    """Map an RA area as written to a ZI area id; returns ``(area, recognised)``."""
    if not text:
        return None, False
    words = norm(text)
    best: tuple[int, str | None] | None = None
    for ra in rubric.ra_areas:
        for alias in ra.aliases:
            hit = words == alias or f" {alias} " in f" {words} "
            if hit and (best is None or len(alias) > best[0]):
                best = (len(alias), ra.area)
    if best is None and len(words) >= 12:
        # a typo in the whole name ("Penguatan Pengawsan", "Manajemen Perubaha"): the one alias it is
        # nearly (nine in ten of its letters in place)
        near = {
            ra.area
            for ra in rubric.ra_areas
            for alias in ra.aliases
            if len(alias) >= 12 and SequenceMatcher(None, words, alias).ratio() >= 0.9
        }
        if len(near) == 1:
            return near.pop(), True
    return (best[1], True) if best else (None, False)
