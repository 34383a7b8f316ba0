"""The rapidyaml fast path reads every document it accepts exactly as PyYAML does, or refuses it.

The comparison is always against zi-eval's PyYAML loader (YAML 1.1, dates kept as text,
duplicate keys refused): on every YAML file in the repository, on documents generated from
random data and dumped in several styles, on random scalars rich in YAML's special characters,
and on random edits of a real unit file. ``ZI_FUZZ_SCALE=100`` runs a hundred times as many
examples (a long campaign before changing the fast path).
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from zi_eval.io.yamlfast import Unsupported, available, load_fast
from zi_eval.io.yamlsrc import _Loader, load_yaml
from zi_eval.models.serialize import dump_unit

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not available(), reason="rapidyaml is not installed")

_SCALE = int(os.environ.get("ZI_FUZZ_SCALE", "1"))
_REFUSED = object()
_ERROR = object()


def _reference(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - zi-eval's safe loader
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return _ERROR


def _fast(text: str) -> Any:
    try:
        return load_fast(text)
    except Unsupported:
        return _REFUSED


def _same(a: Any, b: Any) -> bool:
    """Equal values of equal types all the way down (1 == 1.0 == True is not enough here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def _agrees(text: str) -> bool:
    """The fast path refused ``text``, or read it exactly as PyYAML did (which did not fail)."""
    got = _fast(text)
    if got is _REFUSED:
        return True
    ref = _reference(text)
    return ref is not _ERROR and _same(got, ref)


def _repo_yaml() -> list[Path]:
    paths = [*ROOT.glob("plans/*.yaml"), *ROOT.glob("rubrics/*.yaml"), *ROOT.glob("tests/data/**/*.yaml")]
    return sorted(p for p in paths if p.is_file())


@pytest.mark.parametrize("path", _repo_yaml(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_repository_yaml_file_reads_the_same(path: Path) -> None:
    assert _agrees(path.read_bytes().decode("utf-8", errors="replace"))


def test_the_example_plans_and_written_units_take_the_fast_path(rubric: Any) -> None:
    from zi_eval.models.loading import load_unit

    # kpu-luwu keeps the seed's raw lines, tabs included: double-quoted escapes go to PyYAML
    examples = ["kpp-pratama-contoh-2025.yaml", "pn-contoh-2025.yaml", "bps-kota-contoh-2025.yaml"]
    for name in examples:  # as committed, and as zi-eval writes them again
        text = (ROOT / "plans" / name).read_text(encoding="utf-8")
        assert _fast(text) is not _REFUSED, name
        text = dump_unit(load_unit(ROOT / "plans" / name, rubric))
        assert _fast(text) is not _REFUSED, name
        assert _same(_fast(text), _reference(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: b\nc: [1, 2]\n", {"a": "b", "c": [1, 2]}),
        ("d: 2025-01-02\n", {"d": "2025-01-02"}),  # zi-eval keeps dates as text
        ("t: 'Laporan: SK'\n", {"t": "Laporan: SK"}),
        ("n: 1.50\nm: -3\nz: true\ne:\n", {"n": 1.5, "m": -3, "z": True, "e": None}),
        ("l: |\n  satu\n  dua\n", {"l": "satu\ndua\n"}),
        ("l: |-\n  satu\n\n  dua\n\n", {"l": "satu\n\ndua"}),
        ("p: teks panjang\n  yang dilipat\n", {"p": "teks panjang yang dilipat"}),
        ("a:\r\n- x\r\n", {"a": ["x"]}),
    ],
)
def test_accepted_documents_read_as_expected(text: str, expected: Any) -> None:
    assert _same(load_fast(text), expected)
    assert _same(_reference(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\n",  # YAML 1.1 boolean
        "a: 'yes'\n",  # text in both, but the JSON cannot tell it from the plain one
        "a: 012\n",  # octal
        "a: 0x1F\n",
        "a: 1_000\n",
        "a: 1:30\n",  # sexagesimal
        "a: ~\n",
        "a: Null\n",
        "a: -.5\n",  # text in YAML 1.1, a number in YAML 1.2
        "a: 1e5\n",  # text in YAML 1.1
        "a: 1.0e10\n",
        "a: .inf\n",
        "a: inf\n",  # rapidyaml writes .inf
        "1: x\n",  # an integer key
        "<<: {b: 1}\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: 1\na: 2\n",  # duplicate key
        "a:\tb\n",
        "a: >\n  folded\n",
        "a: |+\n  kept\n\n",
        "a: |2\n   indented\n",
        '"a": "x\\ty"\n',
        "a: b\n---\nc: d\n",
        "%YAML 1.1\n---\na: b\n",
        "? [a]\n: b\n",
        "a: x\u2028y\n",
        "",
        "a: [1, 2\n",  # invalid YAML: PyYAML reports it with its line
        "k" * 1100 + ": v\n",  # PyYAML refuses implicit keys over 1,024 characters
        "|\n0: v\n",  # a literal block as the document: PyYAML refuses text at column 0, rapidyaml reads it
        "# c\n|-\nx\n",
    ],
)
def test_documents_the_fast_path_leaves_to_pyyaml(text: str) -> None:
    with pytest.raises(Unsupported):
        load_fast(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: b: c\n",  # a parse error
        "".join(" " * i + "k:\n" for i in range(300)) + " " * 300 + "k: 1\n",  # too deep to write as JSON
        "- " * 5000 + "x\n",
    ],
)
def test_rapidyaml_complaints_refuse_quietly(text: str, capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(Unsupported):
        load_fast(text)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")  # rapidyaml prints its errors on descriptor 2; we silence it


def test_stderr_survives_threads_refusing_at_once(capfd: pytest.CaptureFixture[str]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def refuse(_: int) -> bool:
        try:
            load_fast("a: b: c\n")
        except Unsupported:
            return True
        return False

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(refuse, range(1000)))
    os.write(2, b"still here\n")  # descriptor 2 is the real one again
    assert capfd.readouterr().err == "still here\n"


def test_load_yaml_takes_the_fast_path_and_keeps_lines_for_errors(tmp_path: Path) -> None:
    path = tmp_path / "u.yaml"
    path.write_text("unit:\n  id: x\n  name: X\nactivities:\n- id: a1\n  months: [1, 2]\n", encoding="utf-8")
    data, lines = load_yaml(path)
    assert data["activities"][0]["months"] == [1, 2]
    assert lines.line_of(("activities", 0, "months")) == 6  # recomputed on demand by PyYAML


# --- generated documents ---------------------------------------------------------------------

_TRICKY = "-+.:0123456789eExXoObB_tTrRuUfFaAlLsSyYnN~ #'\"[]{},&*!|>%@`?=<\\\n"
_words = st.text(alphabet=_TRICKY, min_size=1, max_size=12)
_text = st.one_of(
    _words, st.text(min_size=0, max_size=30), st.sampled_from(["Ya", "Tidak", "2025-03-01", "e01"])
)
_scalars = st.one_of(
    _text,
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.none(),
)
_keys = st.one_of(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), _words)
_data = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=300 * _SCALE)
@given(
    data=st.dictionaries(_keys, _data, min_size=1, max_size=5),
    width=st.sampled_from([20, 80, 100, 1000]),
    flow=st.sampled_from([False, None]),
)
def test_generated_documents_read_the_same(data: dict[str, Any], width: int, flow: bool | None) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=width, default_flow_style=flow)
    assert _agrees(text)


@settings(max_examples=500 * _SCALE)
@given(
    value=_words,
    form=st.sampled_from(["k: {}\n", "- {}\n", "k: [{}, 1]\n", "{}: v\n", "k: |\n  {}\n", "k:\n  {}\n"]),
)
def test_random_scalars_read_the_same(value: str, form: str) -> None:
    assert _agrees(form.format(value))


@settings(max_examples=300 * _SCALE)
@given(data=st.data())
def test_edited_unit_files_read_the_same(data: st.DataObject) -> None:
    lines = (ROOT / "plans" / "pn-contoh-2025.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(lines) - 1))
        edit = data.draw(st.sampled_from(["insert", "delete", "indent", "dedent", "duplicate", "drop"]))
        line = lines[i]
        if edit == "insert":
            at = data.draw(st.integers(0, len(line)))
            lines[i] = (
                line[:at]
                + data.draw(st.sampled_from(list(_TRICKY) + ["yes", "0x", ": ", " #", "- "]))
                + line[at:]
            )
        elif edit == "delete" and len(line) > 1:
            at = data.draw(st.integers(0, len(line) - 2))
            lines[i] = line[:at] + line[at + 1 :]
        elif edit == "indent":
            lines[i] = " " + line
        elif edit == "dedent" and line.startswith(" "):
            lines[i] = line[1:]
        elif edit == "duplicate":
            lines.insert(i, line)
        elif edit == "drop":
            del lines[i]
    assert _agrees("".join(lines))


_DECODER_CASES = [
    "a: 1.5\nb: [1, 2]\nc: teks\n",
    "a: 1.5e+3\n",  # a number in YAML 1.1: the json path judges it
    "a: teks 2e\n",  # a digit before an e in text: the json path, same answer
    "a:\n  b: 1\n  b: 2\n",  # a duplicate key one level down
    "- x: 1\n  x: 1\n",
    "a: " + "panjang " * 60 + "\n",  # a long line, short key
    "k" * 300 + ": v\n",  # a key longer than MAX_KEY
    "a: Ω ünïcödé\nb: [-3, 0]\n",
]


@pytest.mark.parametrize("text", _DECODER_CASES)
def test_jiter_and_json_read_rapidyaml_s_json_alike(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The two JSON readers give the same value, or both refuse, and agree with PyYAML."""
    from zi_eval.io import yamlfast

    with_jiter = _fast(text)
    monkeypatch.setattr(yamlfast, "jiter", None)
    with_json = _fast(text)
    assert (with_jiter is _REFUSED) == (with_json is _REFUSED)
    if with_jiter is not _REFUSED:
        assert _same(with_jiter, with_json)
        assert _same(with_jiter, _reference(text))


def test_duplicate_keys_anywhere_are_refused() -> None:
    for text in ("a:\n  b: 1\n  b: 2\n", "- x: 1\n  x: 1\n", "a:\n- b:\n    c: 1\n    c: 1\n"):
        with pytest.raises(Unsupported):
            load_fast(text)


def test_threads_sharing_the_reused_tree_each_read_their_own_document() -> None:
    """rapidyaml's tree and buffer are reused between documents: threads must not see each other's."""
    from concurrent.futures import ThreadPoolExecutor

    docs = [
        f"id: u{i}\nitems: [{', '.join(str(j) for j in range(i % 40))}]\nname: {'x' * (i % 500)}\n"
        for i in range(400)
    ]

    def read(i: int) -> bool:
        got = load_fast(docs[i])
        return bool(got == {"id": f"u{i}", "items": list(range(i % 40)), "name": "x" * (i % 500) or None})

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(read, range(len(docs))))


def test_documents_beyond_the_reuse_limit_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from zi_eval.io import yamlfast

    text = "".join(f"k{i}: nilai {i}\n" for i in range(2000))
    small = load_fast(text)
    monkeypatch.setattr(yamlfast, "REUSE_LIMIT", 100)
    assert _same(load_fast(text), small)
    assert _same(load_fast("a: 1\n"), {"a": 1})


def test_a_document_after_a_refused_one_reads_whole() -> None:
    """A parse rapidyaml gave up on half way leaves nothing behind for the next document."""
    good = "id: u1\nitems: [1, 2, 3]\nname: Satu\n"
    for bad in ("a: b: c\n", "- " * 5000 + "x\n", "a: [1, 2\n"):
        with pytest.raises(Unsupported):
            load_fast(bad)
        assert _same(load_fast(good), {"id": "u1", "items": [1, 2, 3], "name": "Satu"})
