"""Normalise text for display (``clean``) and for word matching (``norm``, ``contains_phrase``)."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

#: HTML tags as pasted from a web page or a Word export (``<i>``, ``<br/>``, ``<span style=…>``); a
#: comparison in a target ("IKM <3,5 menjadi >3,6") is text, never a tag.
_TAG = re.compile(
    r"</?(?:a|b|i|u|s|em|strong|br|p|div|span|font|sup|sub|small|big|td|tr|th|table|tbody|thead|ul|ol|li"
    r"|h[1-6]|o:p|w:[a-z]+)(?:\s[^<>]{0,200})?/?>",
    re.I,
)
_WS = re.compile(r"\s+")
#: A year a plan, an LKE or a document may be of (2000–2100, the years a unit file accepts), standing
#: apart from other digits ("SK Tim 2025", "RA_2024.xlsx"; not "20250112" nor "KEP-12/2025a1").
YEAR_IN_TEXT = re.compile(r"(?<!\d)(20\d\d|2100)(?!\d)")
_NON_WORD = re.compile(r"[^0-9a-z]+")


#: Terminal escape sequences and control characters: never part of what a person wrote, and they can
#: clear or recolour the terminal the summary is printed on.
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


#: C0 and C1 control characters (ESC starts colour codes and OSC-8 links, U+009B is a one-byte CSI),
#: DEL, and the Unicode line and paragraph separators.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str, keep: str = "") -> str:
    """Show the control characters of ``text`` as escapes (``\\x1b``), except those in ``keep``.

    Text shown this way cannot recolour or clear a terminal, hide a link or start a forged line;
    ``keep`` is ``"\\n\\t"`` where line breaks and tabs are structure (a multi-line cell).
    """
    return _UNPRINTABLE.sub(lambda m: m.group() if m.group() in keep else repr(m.group())[1:-1], text)


def clean(text: str) -> str:
    """Strip HTML tags, control characters and Markdown emphasis, unescape entities, collapse white space."""
    t = _TAG.sub("", _CONTROL.sub("", text))
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


def slug(text: str) -> str:
    """Lower-case id made of letters, digits and dashes (a unit id from its name)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unit"


def contains_phrase(normalised_text: str, phrase: str) -> bool:
    """Tell whether ``phrase`` (already normalised) occurs as whole words in ``normalised_text``."""
    return f" {phrase} " in f" {normalised_text} "
