"""Serialise units to YAML and back (``load(dump(u)) == u``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from zi_eval.io.yamlsrc import parse_yaml
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit


class _Dumper(yaml.SafeDumper):
    """Safe dumper that never writes anchors and keeps long text readable."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


#: Line breaks other than ``\n`` (NEL, LS, PS): PyYAML writes them raw in a plain, quoted or block
#: scalar, where a reader folds them into a space; only a double-quoted scalar escapes them.
_ODD_BREAKS = ("\x85", "\u2028", "\u2029")


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = '"' if any(c in data for c in _ODD_BREAKS) else "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _list_presenter(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.SequenceNode:
    flow = bool(data) and all(isinstance(x, int) and not isinstance(x, bool) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(str, _str_presenter)
_Dumper.add_representer(list, _list_presenter)


def unit_to_data(unit: Unit) -> dict[str, Any]:
    """Return the unit as plain data, leaving out fields that hold their defaults."""
    data: dict[str, Any] = unit.model_dump(mode="json", exclude_defaults=True)
    data.setdefault("activities", [])
    data.setdefault("evidence", [])
    data.setdefault("answers", {})
    return data


def leading_comments(text: str) -> str:
    """The comment lines at the top of a YAML file: kept as the header when a unit is dumped again
    (re-dumping loses the others)."""
    out = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        out.append(line)
    return "".join(out)


def dump_unit(unit: Unit, header: str = "") -> str:
    """Serialise a unit to YAML text (UTF-8, key order as in the model)."""
    body = yaml.dump(unit_to_data(unit), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return header + body


def parse_unit(text: str, src: str, rubric: Rubric, base_dir: Path | None = None) -> Unit:
    """Parse and validate unit YAML text (used for round trips and stdin)."""
    from zi_eval.models.loading import unit_from_data

    data, lines = parse_yaml(text, src)
    return unit_from_data(data, lines, rubric, base_dir)


def dump_records(records: Sequence[BaseModel]) -> str:
    """Serialise records (evidence, say) as a YAML list, fields at their defaults left out."""
    data = [r.model_dump(mode="json", exclude_defaults=True) for r in records]
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100) if data else "[]\n"
