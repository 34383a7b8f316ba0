"""Parse ordinary unit YAML with rapidyaml, about ten times faster than PyYAML, or refuse.

PyYAML builds Python objects in Python even with its C parser (~20 ms for a 1,000-line unit
file), which made loading a folder of units the slowest step of a batch. rapidyaml parses in C++
and writes JSON that jiter (or :mod:`json`) reads in compiled code: ~2 ms for the same file,
checks included.

rapidyaml reads YAML 1.2 and we promise PyYAML's YAML 1.1 (``yes`` is a boolean, ``012`` is
octal, dates stay text in zi-eval), so :func:`load_fast` only answers when the two cannot differ
and raises :class:`Unsupported` otherwise; the caller then uses PyYAML, which also reports any
error with its line. It refuses, before parsing, text with tabs, escapes, control or YAML 1.1
line-break characters, anchors, aliases, tags, directives, document markers, folded or indented
block scalars and plain numbers written ``.5``; and after parsing, any text value or key that
YAML 1.1 would read as something other than text (``yes``, ``~``, ``0x1F``, ``1:30``, ``<<``),
any number not written as PyYAML reads it, and duplicate keys. ``tests/io/test_yamlfast.py``
compares both loaders on generated documents, on mutations of them and on every YAML file in
the repository.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from yaml.resolver import Resolver

try:
    import ryml
except ImportError:  # pragma: no cover - rapidyaml is a dependency; keep working without it
    ryml = None
try:
    import jiter
except ImportError:  # pragma: no cover - jiter is a dependency; json (slower) reads the same
    jiter = None  # type: ignore[assignment]

__all__ = ["Unsupported", "available", "load_fast"]


class Unsupported(Exception):
    """The document needs PyYAML: outside what the fast path can vouch for, or not valid YAML."""


#: A document marker at the start of a line (one search: two substring searches for the line break
#: and the marker took twice as long, Python's search for a short needle being byte by byte).
_MARKER = re.compile(r"\n(?:---|\.\.\.)")
#: Anything but newline, printable ASCII and non-ASCII text (tabs, controls, NEL, U+2028/9, BOM).
_OUTSIDE = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
#: Where a YAML token may start: what precedes an indicator that means something.
_TOKEN_START = " \n[{,"
#: Indicators left to PyYAML at a token start: anchor, alias, tag, directive, reserved, complex
#: key, empty key, block scalars (only ``|`` and ``|-`` ending their line are kept), stray flow
#: closers (rapidyaml reads ``k: ]`` as text, PyYAML refuses it). ``:`` is judged apart: it is
#: on nearly every line, so it is looked for with what precedes it.
_INDICATORS = "&*!%@`?>|]}"
#: Flow collections are where YAML 1.1 and 1.2 disagree most (``[a:b]``, ``[?]``, ``[- a]``):
#: keep only one-line lists of plain words and numbers (``[1, 3, 5]``) and ``{}``. Any ``[`` or
#: ``{`` counts, even inside text (a few harmless documents go to PyYAML); the patterns start
#: with the literal bracket, which :mod:`re` scans for quickly.
#: A ``[`` that does not open a one-line list of integers (``[1, 3, 5]`` is judged safe at once).
_NOT_INT_LIST = re.compile(r"\[(?! *(?:-?[0-9]+(?: *, *-?[0-9]+)*)? *\])")
_FLOW_ODD = re.compile(r"\[(?:[^\]\n]*(?:[\n:?#'\"\[{}&*!|>%@`]|$|,\s*-(?![0-9]))|\s*-(?![0-9]))|\{(?!\})")
#: A plain number written ``.5`` or ``-.5`` (rapidyaml writes 0.5; YAML 1.1 reads -.5 as text).
_DOT_DIGIT = re.compile(r"\.[0-9](?:(?<=[ \n\[{,]\.[0-9])|(?<=[ \n\[{,][-+]\.[0-9]))")
#: An empty key (``- :``), or an empty value inside a flow collection (``[a:, b]``). The pattern
#: starts with the literal colon, which :mod:`re` scans for quickly.
_ODD_COLON = re.compile(r":(?<=[ \n\[{,]:)|:[,\]}]")
#: JSON strings that YAML 1.1 might resolve to something else, judged exactly below.
_CANDIDATE = re.compile(rb'"([-+.0-9<=~yYnNtTfFoO][^"\\]*)"')
_RESOLVERS = Resolver.yaml_implicit_resolvers
_TEXT_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp")  # zi-eval keeps dates as text
_FLOAT = next(r for tag, r in _RESOLVERS["1"] if tag == "tag:yaml.org,2002:float")


def available() -> bool:
    """Return whether rapidyaml is installed."""
    return ryml is not None


@lru_cache(maxsize=4096)
def _is_text(value: str) -> bool:
    """Return whether PyYAML would read ``value``, written plain, as text (or a date kept as text)."""
    for tag, regexp in _RESOLVERS.get(value[0], ()):
        if regexp.match(value):
            return tag in _TEXT_TAGS
    return True


def _risky(text: str) -> bool:
    """Return whether ``text`` uses a construct the fast path leaves to PyYAML.

    Each indicator is looked for with ``str.find`` (memchr speed) and judged by its context; a
    regular expression over the whole text was slower than the parse itself.
    """
    if "\\" in text or text.startswith(("---", "...")):
        return True  # escapes, a document marker first
    if _MARKER.search(text):
        return True  # a document marker at the start of a line
    for ch in _INDICATORS:
        at = text.find(ch)
        while at >= 0:
            if at == 0 or text[at - 1] in (" \n" if ch in "]}" else _TOKEN_START):  # [] and {} are fine
                after = text[at + 1 : at + 3]
                # a literal block, clipped or stripped, is fine as a value; one at the start of a line is
                # the document itself, whose text PyYAML refuses at column 0 and rapidyaml reads
                root = at == 0 or text[at - 1] == "\n"
                if root or not (ch == "|" and (after[:1] in ("\n", "") or after in ("-\n", "-"))):
                    return True
            at = text.find(ch, at + 1)
    if _ODD_COLON.search(text) or text.startswith(":"):
        return True
    if ("[" in text and _NOT_INT_LIST.search(text) or "{" in text) and _FLOW_ODD.search(text):
        return True
    return bool(_DOT_DIGIT.search(text)) or text.startswith((".", "-.", "+."))


def _float(literal: str) -> float:
    if "_" in literal or not _FLOAT.match(literal):
        raise Unsupported(f"number {literal} reads differently in YAML 1.1")
    return float(literal)


def _constant(literal: str) -> Any:
    raise Unsupported(f"JSON constant {literal}")


#: PyYAML refuses implicit keys longer than 1,024 characters as written; rapidyaml does not.
#: Keys are short in unit files; a long one (even one made long by '' escapes) goes to PyYAML.
MAX_KEY = 256


#: A line longer than a key may be (searched from each line start, so each character is looked at once).
_LONG_LINE = re.compile(rf"\n[^\n]{{{MAX_KEY + 1}}}")
#: Every digit as ``0`` and ``E`` as ``e``: a number written with an exponent then shows as ``0e``.
_EXPONENTS = bytes.maketrans(b"123456789E", b"000000000e")


def _mapping(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise Unsupported("duplicate key")  # PyYAML's path reports it with its line
    if result and max(map(len, result)) > MAX_KEY:  # (map and max run in C: this runs per mapping)
        raise Unsupported("long key")
    return result


_STDERR_LOCK = threading.Lock()


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence file descriptor 2: rapidyaml prints its own parse errors there before raising.

    Descriptor 2 belongs to the whole process: the lock keeps two threads from saving each
    other's silenced descriptor (which would leave stderr silenced for good).
    """
    with _STDERR_LOCK:
        try:
            sys.stderr.flush()
            saved = os.dup(2)
        except (OSError, ValueError, AttributeError):  # no real descriptor 2 (embedded interpreters)
            yield
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(devnull)


def load_fast(text: str) -> Any:
    """Parse one YAML document exactly as zi-eval's PyYAML loader would, or raise :class:`Unsupported`."""
    if ryml is None:
        raise Unsupported("rapidyaml is not installed")
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            raise Unsupported("bare carriage return")
    source = text.encode("utf-8")
    if text.isascii():  # the common case, checked at memory speed
        if source.translate(None, _PRINTABLE_ASCII):
            raise Unsupported("tab or control character")
    elif _OUTSIDE.search(text):
        raise Unsupported("tab, control or line-separator character")
    if _risky(text):
        raise Unsupported("construct left to PyYAML")
    doc = _to_json(source)
    for value in set(_CANDIDATE.findall(doc)):
        if not _is_text(value.decode("utf-8")):
            raise Unsupported(f"{value.decode('utf-8')!r} is not text in YAML 1.1")
    return _decode(doc, text, source)


def _decode(doc: bytes, text: str, source: bytes) -> Any:
    """Read rapidyaml's JSON as PyYAML would have read the YAML, or raise :class:`Unsupported`.

    jiter (pydantic's JSON reader, in Rust) reads it and catches duplicate keys at twice the
    speed of :mod:`json` with a Python hook per mapping, but it cannot see how a number was
    written or how long a key is. So it takes only documents whose YAML (``source``) has no digit
    before an ``e`` or ``E`` (``1e5`` is text in YAML 1.1, ``1.5e+3`` a number) and no line longer than
    :data:`MAX_KEY` (a key sits on one line); the rest go through :mod:`json` with the hooks that
    judge each number and mapping.
    """
    if jiter is not None:
        first = text.find("\n")
        long_line = (first if first >= 0 else len(text)) > MAX_KEY or _LONG_LINE.search(text)
        if not long_line and b"0e" not in source.translate(_EXPONENTS):  # the YAML: shorter than its JSON
            try:
                return jiter.from_json(doc, allow_inf_nan=False, catch_duplicate_keys=True)
            except (ValueError, RecursionError):  # a duplicate key, or nesting jiter will not follow
                raise Unsupported("duplicate key, or JSON that needs care") from None
    try:
        return json.loads(doc, parse_float=_float, parse_constant=_constant, object_pairs_hook=_mapping)
    except (ValueError, RecursionError):
        raise Unsupported("rapidyaml wrote JSON that needs care") from None


#: Documents up to this size reuse one rapidyaml tree and one output buffer (:class:`_Scratch`).
REUSE_LIMIT = 1 << 20


class _Scratch:
    """rapidyaml's tree and the JSON output buffer, kept from one document to the next.

    A new tree for each document cost ~100 page faults (its memory came fresh from the system
    each time): ~0.25 ms of a 17 KB unit file whose parse takes 0.1 ms. Only used while holding
    ``_STDERR_LOCK`` (one thread at a time); a document larger than :data:`REUSE_LIMIT` gets its
    own, so the kept ones stay small.
    """

    tree: Any = None
    out = bytearray(1 << 16)


def _to_json(source: bytes) -> bytes:
    """Parse YAML with rapidyaml and write it as JSON (UTF-8); any complaint of rapidyaml refuses it."""
    try:
        with _quiet_stderr():
            small = len(source) <= REUSE_LIMIT
            if small and _Scratch.tree is not None:
                tree = _Scratch.tree
                tree.clear()
                tree.clear_arena()
            else:
                tree = ryml.Tree()
                if small:
                    _Scratch.tree = tree
            ryml.parse_csubstr(source, tree)
            buf = _Scratch.out if small else bytearray(2 * len(source) + 64)
            failed, size = ryml.emit_json_to_substr(tree, tree.root_id(), buf)
            if failed:
                buf = bytearray(size)
                if small:
                    _Scratch.out = buf
                failed, size = ryml.emit_json_to_substr(tree, tree.root_id(), buf)
            doc = bytes(memoryview(buf)[:size])
    except Exception as exc:  # rapidyaml's own types (parse errors, nesting too deep to write)
        _Scratch.tree = None  # a tree a parse gave up on half way is not reused
        raise Unsupported(f"rapidyaml: {type(exc).__name__}") from None
    if failed:  # pragma: no cover - the size was just computed
        raise Unsupported("rapidyaml could not write JSON")
    return doc
