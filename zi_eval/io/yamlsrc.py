"""Load YAML safely and remember the source line of every key and list entry.

The data stays plain (dicts, lists, scalars); line numbers live in a side table keyed by the
path of each node, ``("activities", 3, "months")``, so validation errors can point back to
the file. Only the safe loader is used: Python tags are rejected, never executed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from zi_eval import limits
from zi_eval.errors import fail
from zi_eval.io.textfile import read_bytes
from zi_eval.io.yamlfast import Unsupported, load_fast

try:  # the C loader is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Base
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Base  # type: ignore[assignment]


class DuplicateKeyError(yaml.MarkedYAMLError):
    """A mapping repeats a key: YAML would silently keep the last one, losing data."""


class _Loader(_Base):
    """Safe loader that keeps dates as text and refuses duplicate keys."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                # a merge key (<<: *base), taken as PyYAML's safe loader takes it: the base
                # constructor merges it, and the mapping's own keys override what it brings
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                dup = key in seen
            except TypeError:
                continue  # unhashable keys are refused by the base constructor with its own message
            if dup:
                raise DuplicateKeyError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _timestamp_as_text(loader: Any, node: Any) -> Any:
    return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)

Key = tuple[str | int, ...]

#: Most nodes a document may expand to (aliases counted each time they are used).
MAX_NODES = limits.YAML_NODES.value()
#: Most characters of scalar text a document may expand to (a 1 MB string aliased 4,000 times is 4 GB).
MAX_TEXT = limits.YAML_TEXT.value()
#: Deepest nesting a document may have (a unit file is five levels deep).
MAX_DEPTH = limits.YAML_DEPTH.value()


def _refuse_cycles(root: yaml.Node, src: str) -> None:
    """Refuse an anchor that contains an alias to itself (``&u {self: *u}``): it expands forever."""
    state: dict[int, int] = {}  # node id -> 1 on the current path, 2 done
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            state[id(node)] = 2
            continue
        mark = state.get(id(node))
        if mark == 2:
            continue
        if mark == 1:
            raise fail(
                src, node.start_mark.line + 1, "yaml", "anchors that do not contain themselves", "a cycle"
            )
        state[id(node)] = 1
        stack.append((node, True))
        if isinstance(node, yaml.MappingNode):
            for k, v in reversed(node.value):
                stack += [(v, False), (k, False)]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(v, False) for v in reversed(node.value)]


@dataclass
class LineMap:
    """Source lines (1-based) of the nodes of one YAML document, by path.

    When built from text without lines (the fast path), the lines are recorded on first use:
    only a document with a problem pays for it.
    """

    path: str
    lines: dict[Key, int] = field(default_factory=dict)
    text: str | None = None

    def line_of(self, loc: Key) -> int | None:
        """Return the line of ``loc`` or of its nearest ancestor that has one."""
        if not self.lines and self.text is not None:
            self.lines = parse_yaml(self.text, self.path)[1].lines
            self.text = None
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), None)


def _record(node: yaml.Node, lines: dict[Key, int], src: str) -> None:
    """Walk the composed node tree and record each path's line, refusing alias bombs by count and size."""
    _refuse_cycles(node, src)
    stack: list[tuple[yaml.Node, Key]] = [(node, ())]
    seen = text = 0
    while stack:
        current, key = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            raise fail(
                src,
                None,
                "document",
                f"at most {MAX_NODES} nodes after aliases",
                "more (an alias bomb, or a file too large)",
            )
        if len(key) > MAX_DEPTH:
            raise fail(src, current.start_mark.line + 1, "yaml", f"at most {MAX_DEPTH} levels deep", "deeper")
        if isinstance(current, yaml.ScalarNode):
            text += len(current.value)
            if text > MAX_TEXT:
                raise fail(
                    src, None, "document", f"at most {MAX_TEXT // 2**20} MiB of text after aliases", "more"
                )
        lines.setdefault(key, current.start_mark.line + 1)
        if isinstance(current, yaml.MappingNode):
            for k, v in current.value:
                name = k.value if isinstance(k, yaml.ScalarNode) else str(k.start_mark.line)
                lines[key + (name,)] = k.start_mark.line + 1
                stack.append((v, key + (name,)))
        elif isinstance(current, yaml.SequenceNode):
            for i, v in enumerate(current.value):
                lines[key + (i,)] = v.start_mark.line + 1
                stack.append((v, key + (i,)))


#: The YAML parser's words for the slips people make editing a unit file by hand (PyYAML's and
#: libyaml's wording), and what they mean in the file's terms: the message says what to mend.
_PARSER_SLIPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), plain)
    for pattern, plain in (
        (r"^found unexpected end of stream$", "the file ends inside a quote or a bracket left open"),
        (
            r"^found unknown escape character",
            "a backslash inside double quotes (write a Windows path in single quotes, or with /)",
        ),
        (
            r"^found a tab character|^found character '\\t' that cannot start any token$",
            "a tab used to indent (indent with spaces)",
        ),
        (r"^did not find expected ',' or '\]'$", "a list [ … ] not closed with ]"),
        (r"^did not find expected ',' or '\}'$", "a mapping { … } not closed with }"),
        (r"^could not find expected ':'$", "a key without ':' (write key: value)"),
        (r"^did not find expected key$", "a line indented unlike the keys around it"),
        (r"^did not find expected '-' indicator$", "a line indented unlike the list entries around it"),
        (
            r"^mapping values are not allowed (?:here|in this context)$",
            "a ':' inside a value (put the value in quotes)",
        ),
        (
            r"^(?:block )?sequence entries are not allowed (?:here|in this context)$",
            "a list entry '-' where a key was expected",
        ),
        (r"^found undefined alias", "an alias *name without its anchor &name"),
    )
)


def plain_problem(problem: str) -> str:
    """The parser's ``problem`` in the file's terms, when it is a common slip; else as the parser says it."""
    for pattern, plain in _PARSER_SLIPS:
        if pattern.search(problem):
            return plain
    return problem


def parse_yaml(text: str, src: str) -> tuple[Any, LineMap]:
    """Parse one YAML document from ``text``; ``src`` names it in errors."""
    linemap = LineMap(src)
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, linemap
            _record(node, linemap.lines, src)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = plain_problem((exc.problem or "invalid YAML").strip())
        raise fail(src, line, "yaml", "valid YAML", problem) from None
    except yaml.YAMLError as exc:
        raise fail(src, None, "yaml", "valid YAML", str(exc).splitlines()[0]) from None
    except RecursionError:
        raise fail(src, None, "yaml", "a YAML document of sane depth", "too deeply nested") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise fail(src, None, "yaml", "numbers of at most 4300 digits", "a longer number") from None
    return data, linemap


_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])&[^\s]", re.MULTILINE)


def parse_yaml_fast(text: str, src: str) -> tuple[Any, LineMap]:
    """Parse without recording lines (they are recomputed only for a document with a problem).

    rapidyaml takes the documents it can vouch for (:mod:`zi_eval.io.yamlfast`); the rest go to
    PyYAML's C loader, and documents with anchors to :func:`parse_yaml`, which counts nodes
    after alias expansion.
    """
    try:
        return load_fast(text), LineMap(src, text=text)
    except (Unsupported, ValueError):  # ValueError: a number too long for Python to read; said below
        pass
    if _ANCHOR.search(text):
        return parse_yaml(text, src)
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a safe loader
    except (yaml.YAMLError, ValueError, RecursionError):
        return parse_yaml(text, src)  # the slow path reports the error with its line
    return data, LineMap(src, text=text)


def load_yaml(path: str | Path) -> tuple[Any, LineMap]:
    """Read and parse a YAML file (size-limited, UTF-8) into data and its line map."""
    return parse_yaml_bytes(read_bytes(path), str(path))


def parse_yaml_bytes(raw: bytes, path: str) -> tuple[Any, LineMap]:
    """Parse the bytes of a YAML file (UTF-8, BOM allowed) read from ``path``."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise fail(str(path), None, "file", "a text file", "binary data")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(str(path), line, "file", "UTF-8 text", f"byte 0x{raw[exc.start]:02x}") from None
    return parse_yaml_fast(text, str(path))
