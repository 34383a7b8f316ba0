"""Normalise text for display (``clean``) and for word matching (``norm``, ``contains_phrase``)."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_TAG = re.compile(r"<[^>]{0,200}>")
_WS = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def clean(text: str) -> str:
    """Strip HTML tags and Markdown emphasis, unescape entities and collapse white space."""
    t = _TAG.sub("", text)
    t = html.unescape(t).replace("**", "").replace("__", "")
    return _WS.sub(" ", t).strip().strip('"').strip()


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces, for matching words."""
    t = clean(text).lower()
    if not t.isascii():
        t = unicodedata.normalize("NFKD", t)
        t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return _WS.sub(" ", _NON_WORD.sub(" ", t)).strip()


def contains_phrase(normalised_text: str, phrase: str) -> bool:
    """Tell whether ``phrase`` (already normalised) occurs as whole words in ``normalised_text``."""
    return f" {phrase} " in f" {normalised_text} "
