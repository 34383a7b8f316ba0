"""Read answers from a workbook in the official LKE layout; never trust its formulas.

Rows are matched to rubric entities by their order and their text (question, indicator or area
name). Answers, counts, survey values and capaian kinerja come from column K ("Blm Diisi" or
empty means unanswered; numbers may be stored as text). Column L values the workbook computed
itself are kept only to tell the assessor where their spreadsheet disagrees with the rubric.
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zi_eval.errors import fail
from zi_eval.io.textfile import read_bytes
from zi_eval.io.words import clean, norm
from zi_eval.lke.layout import COL, TYPE_LABEL, Entity, entities
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Answer, Evidence, Hasil, Unit, UnitInfo
from zi_eval.ra.meta import slug
from zi_eval.ra.rows import _check_zip

UNANSWERED = {"", "blm diisi", "belum diisi", "-"}
_LABEL = re.compile(r"^(?:[A-Za-z]{1,4}|\d{1,2})\.?$|^-$")
LOOKAHEAD = 8
TOLERANCE = 1e-6


@dataclass
class Row:
    number: int
    text: str
    type: str
    answer: str
    value: Any
    evidence: str


@dataclass
class LkeWorkbook:
    """What a workbook said: the unit built from its answers, and where it was found."""

    path: str
    sheet: str
    unit: Unit
    matched: dict[str, int] = field(default_factory=dict)  # entity key -> row
    stored: dict[str, tuple[int, float]] = field(default_factory=dict)  # entity key -> (row, L value)
    static: list[dict[str, Any]] = field(default_factory=list)
    mode: str = "claimed"  # the mode the workbook's own formulas compute (zi-eval's workbooks say which)

    def findings(self) -> list[dict[str, Any]]:
        return list(self.static)

    def compare(
        self,
        indicators: dict[str, float],
        area_aspect: dict[tuple[str, str], float],
        components: dict[str, float],
        total: float,
    ) -> list[dict[str, Any]]:
        """Findings for every indicator and total whose stored value differs from the engine's."""
        out = []
        for key, (row, theirs) in sorted(self.stored.items(), key=lambda kv: kv[1][0]):
            kind, _, ref = key.partition(":")
            ours: float | None = None
            if kind == "indicator":
                ours = indicators.get(ref)
            elif kind == "area":
                area, _, aspect = ref.partition("/")
                ours = area_aspect.get((area, aspect))
            elif kind == "aspect":
                comp, _, aspect = ref.partition("/")
                ours = (
                    sum(v for (_, a), v in area_aspect.items() if a == aspect)
                    if comp == "pengungkit"
                    else None
                )
            elif kind == "component":
                ours = components.get(ref)
            elif kind == "total":
                ours = total
            if ours is not None and abs(ours - theirs) > TOLERANCE:
                out.append(
                    {
                        "code": "IMPORT_WORKBOOK_MISMATCH",
                        "line": row,
                        "source": f"{Path(self.path).name}:{self.sheet}!L{row}",
                        "what": ref,
                        "theirs": f"{theirs:.4f}",
                        "ours": f"{ours:.4f}",
                        "item": ref if kind in ("indicator",) else None,
                    }
                )
        return out


def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _number(text: str) -> float | None:
    t = text.strip().replace(" ", "").replace("%", "")
    if not t:
        return None
    if "," in t and "." not in t:
        t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def _find_sheet(wb: Any) -> Any:
    for ws in wb.worksheets:
        if "lke" in ws.title.lower():
            return ws
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_col=COL["type"], max_col=COL["type"], max_row=60, values_only=True):
            if _cell_text(row[0]) in TYPE_LABEL.values():
                return ws
    return None


def looks_like_lke(path: str | Path) -> bool:
    """Tell an LKE workbook (a sheet named like 'LKE' or answer types in column J) from an RA sheet."""
    import openpyxl

    data = read_bytes(path)
    if not data.startswith(b"PK"):
        return False  # not a workbook at all (the RA importer tells by content what it is)
    _check_zip(str(path), data)  # a zip bomb is refused before any sheet is opened
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        return False
    try:
        return _find_sheet(wb) is not None
    finally:
        wb.close()


def _rows(ws: Any) -> list[Row]:
    out = []
    for r_idx, row in enumerate(ws.iter_rows(min_row=1, max_col=COL["evidence"], values_only=True), 1):
        cells = list(row) + [None] * (COL["evidence"] - len(row))
        hier = [_cell_text(cells[c - 1]) for c in range(COL["comp"], COL["text"] + 1)]
        words = [h for h in hier if h and not _LABEL.match(h)]
        text = clean(words[-1]) if words else ""
        out.append(
            Row(
                r_idx,
                text,
                _cell_text(cells[COL["type"] - 1]),
                _cell_text(cells[COL["answer"] - 1]),
                cells[COL["value"] - 1],
                _cell_text(cells[COL["evidence"] - 1]),
            )
        )
    return out


def _similar(a: str, b: str) -> float:
    na, nb = norm(a), norm(b)
    if na == nb:
        return 1.0
    return difflib.SequenceMatcher(None, na, nb).ratio()


def _match(rows: list[Row], ents: list[Entity]) -> dict[int, Entity]:
    """Align workbook rows with rubric entities: in order first, then anywhere for items."""
    matched: dict[int, Entity] = {}
    used: set[tuple[str, str]] = set()
    pos = 0
    for row in rows:
        if not row.text:
            continue
        best: tuple[float, int] | None = None
        for j in range(pos, min(len(ents), pos + LOOKAHEAD)):
            if (ents[j].kind, ents[j].key) in used:
                continue
            score = _similar(row.text, ents[j].text)
            if score >= 0.8 and (best is None or score > best[0]):
                best = (score, j)
        if best is None and (row.type or row.answer):
            for j, e in enumerate(ents):
                if e.kind == "item" and (e.kind, e.key) not in used:
                    score = _similar(row.text, e.text)
                    if score >= 0.9 and (best is None or score > best[0]):
                        best = (score, j)
        if best is None and norm(row.text).startswith("nilai evaluasi"):
            best = (1.0, len(ents) - 1)
        if best is not None:
            e = ents[best[1]]
            matched[row.number] = e
            used.add((e.kind, e.key))
            pos = max(pos, best[1] + 1)
    return matched


def read_lke_workbook(path: str | Path, rubric: Rubric) -> LkeWorkbook:
    """Read answers, counts, surveys and evidence links from an LKE workbook into a unit."""
    import openpyxl

    data = read_bytes(path)
    _check_zip(str(path), data)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:
        raise fail(
            str(path), None, "file", "a readable .xlsx workbook", f"{type(exc).__name__}: {exc}"
        ) from None
    ws = _find_sheet(wb)
    if ws is None:
        raise fail(str(path), None, "sheet", "a sheet in the LKE layout (e.g. 'LKE ZI')", "none found")
    rows = _rows(ws)
    matched = _match(rows, entities(rubric))
    result = LkeWorkbook(str(path), ws.title, Unit(unit=UnitInfo(id="x", name="x", year=2000)))
    answers: dict[str, dict[str, Any]] = {}
    hasil: dict[str, Any] = {}
    evidence: list[Evidence] = []
    current_item: str | None = None
    for row in rows:
        ent = matched.get(row.number)
        if ent is None:
            header = norm(row.type) == "pilihan jawaban" or norm(row.answer) == "jawaban"
            answered = row.answer and row.answer.lower() not in UNANSWERED
            if row.text and not header and (row.type in TYPE_LABEL.values() or answered):
                result.static.append(
                    {
                        "code": "IMPORT_WORKBOOK_UNMATCHED",
                        "line": row.number,
                        "value": row.text[:60],
                        "source": f"{Path(path).name}:{ws.title}!G{row.number}",
                    }
                )
            continue
        result.matched[f"{ent.kind}:{ent.key}"] = row.number
        if ent.kind in ("indicator", "area", "aspect", "component", "total"):
            v = row.value if isinstance(row.value, int | float) else _number(_cell_text(row.value))
            if v is not None:
                result.stored[f"{ent.kind}:{ent.key}"] = (row.number, float(v))
            continue
        if ent.kind == "input":
            item_code, _, inp = ent.key.partition("/")
            n = _number(row.answer)
            if n is not None and n >= 0 and float(n).is_integer():
                answers.setdefault(item_code, {}).setdefault("counts", {})[inp] = int(n)
            continue
        current_item = ent.key
        flat = rubric.items[current_item]
        expected = TYPE_LABEL.get(flat.item.answer_type, "")
        if row.type and row.type != expected:
            result.static.append(
                {
                    "code": "IMPORT_WORKBOOK_MISMATCH",
                    "line": row.number,
                    "item": current_item,
                    "what": f"{current_item} (Pilihan Jawaban)",
                    "theirs": row.type,
                    "ours": expected,
                    "source": f"{Path(path).name}:{ws.title}!J{row.number}",
                }
            )
        ans = row.answer
        if flat.item.hasil_field is not None:
            if ans.lower() not in UNANSWERED:
                hasil[flat.item.hasil_field] = ans.upper() if flat.item.options else _number(ans)
        elif flat.item.options is not None and ans.lower() not in UNANSWERED:
            answers.setdefault(current_item, {})["answer"] = ans
        if row.evidence:
            ev_id = f"wb-{row.number}"
            url = row.evidence if re.match(r"^https?://\S+$", row.evidence) else None
            evidence.append(
                Evidence(
                    id=ev_id,
                    title=row.evidence[:200],
                    kind="tautan" if url else "dokumen",
                    url=url,
                    supports=(current_item,),
                )
            )
            if flat.item.hasil_field is None:
                answers.setdefault(current_item, {}).setdefault("evidence", []).append(ev_id)
            # a hasil row's evidence supports that item alone (through ``supports``)
    year, title = _title_info(rows)
    name = title or Path(path).stem
    info = UnitInfo(id=(slug(name)[:90] or "unit") + f"-{year}", name=name, year=year)
    valid_answers = {}
    for code, a in answers.items():
        opt = rubric.items[code].item.options
        if opt is not None and "answer" in a and a["answer"].casefold() not in {k.casefold() for k in opt}:
            at = result.matched.get(f"item:{code}", 0)
            result.static.append(
                {
                    "code": "IMPORT_WORKBOOK_UNMATCHED",
                    "line": at,
                    "value": f"{code}: {a['answer']}",
                    "source": f"{Path(path).name}:{ws.title}!K{at}",
                }
            )
            a = {k: v for k, v in a.items() if k != "answer"}
        valid_answers[code] = Answer(**a)
    hasil_model = _hasil(hasil)
    result.unit = Unit(unit=info, answers=valid_answers, evidence=tuple(evidence), hasil=hasil_model)
    # a workbook zi-eval wrote carries the rest of the unit in its own sheets (plan, evidence, meta)
    from zi_eval.io.sheets import read_sheets
    from zi_eval.lke.unit_sheets import read_unit_sheets

    own = read_unit_sheets(read_sheets(str(path), data, "xlsx"), str(path), rubric)
    if own is not None:
        result.unit, result.mode = own.apply(result.unit, rubric), own.mode
    return result


def _hasil(raw: dict[str, Any]) -> Hasil:
    ipak = raw.get("ipak") if isinstance(raw.get("ipak"), float) and 0 <= raw["ipak"] <= 4 else None
    ipkp = raw.get("ipkp") if isinstance(raw.get("ipkp"), float) and 0 <= raw["ipkp"] <= 4 else None
    ck = raw.get("capaian_kinerja") if raw.get("capaian_kinerja") in ("A", "B", "C", "D", "E") else None
    return Hasil(ipak=ipak, ipkp=ipkp, capaian_kinerja=ck, evidence=tuple(raw.get("evidence", ())))


def _title_info(rows: list[Row]) -> tuple[int, str | None]:
    """Unit name ("Unit: …") and year ("Tahun 2025") from the rows above the table."""
    year, name = 2000, None
    for row in rows[:6]:
        m = re.search(r"\b(?:tahun|year)\s+(20\d\d)\b", row.text, re.I)
        if m:
            year = int(m.group(1))
        n = re.search(r"\bunit\s*:\s*(.+?)(?:\s+[-—]\s+|$)", row.text, re.I)
        if n:
            name = n.group(1).strip()
    return year, name
