"""What reading a folder of data dukung or a table of links gives: records, findings and counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zi_eval.models.unit import Evidence


@dataclass
class EvidenceScan:
    records: tuple[Evidence, ...] = ()
    findings: list[dict[str, Any]] = field(default_factory=list)
    files: int = 0
    skipped: int = 0
