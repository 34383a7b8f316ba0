"""Flags about evidence (data dukung): areas, activities, sub-steps and answers without it, files gone."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

import numpy as np

from zi_eval.flags.declare import Hit, Words, flag
from zi_eval.flags.subject import Subject, is_spip, source_of
from zi_eval.matching.expected import missing_parts
from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Activity
from zi_eval.scoring.engine import matrix
from zi_eval.scoring.linking import matcher


def _codes_by_area(rubric: Rubric) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for code, f in rubric.items.items():
        out.setdefault(f.area, []).append(code)
    return {a: tuple(c) for a, c in out.items()}


@flag(
    "AREA_WITHOUT_EVIDENCE",
    "error",
    "plan",
    message=(
        "Area {area} belum punya data dukung untuk kegiatan maupun butirnya.",
        "Area {area} has no evidence for any of its activities or items.",
    ),
    motivation=(
        "Jawaban tanpa data dukung tidak bertahan pada evaluasi; area tanpa satu pun data dukung dinilai 0 "
        "dalam mode evidenced.",
        "Answers without evidence do not survive the review; an area with no evidence at all scores 0 in "
        "evidenced mode.",
    ),
    remediation=(
        "Kumpulkan data dukung (SK, laporan, notulen, foto) kegiatan area ini dan tautkan ke butirnya.",
        "Gather the evidence (decrees, reports, minutes, photos) of this area's activities and link it to "
        "their items.",
    ),
)
def area_without_evidence(s: Subject) -> Iterator[Hit]:
    codes_of: dict[str, tuple[str, ...]] = s.rubric.derived("codes_by_area", _codes_by_area)
    for area, acts in s.by_area.items():
        has = any(s.links.evidence_by_activity.get(a.id) for a in acts)
        has = has or any(s.links.evidence_by_item.get(code) for code in codes_of.get(area, ()))
        if not has:
            yield Hit(area=area)


@flag(
    "EVIDENCE_PATH_MISSING",
    "warning",
    "plan",
    message=(
        "Data dukung {evidence} ('{title}') menunjuk berkas yang tidak ada: {path}; tidak dihitung sebagai "
        "bukti.",
        "Evidence {evidence} ('{title}') names a file that does not exist: {path}; it is not counted as "
        "evidence.",
    ),
    motivation=(
        "Berkas yang tidak ada tidak dapat diperiksa penilai, jadi tidak dihitung sebagai bukti.",
        "A file that is not there cannot be checked by an assessor, so it is not counted as evidence.",
    ),
    remediation=(
        "Kembalikan berkasnya ke folder unit, atau perbaiki path-nya di berkas unit.",
        "Put the file back in the unit's folder, or correct its path in the unit file.",
    ),
)
def evidence_path_missing(s: Subject) -> Iterator[Hit]:
    for ev in s.unit.evidence:
        if ev.id in s.missing_files:
            yield Hit(source=ev.path, args={"evidence": ev.id, "title": ev.title, "path": ev.path})


@flag(
    "EVIDENCE_UNPLACED",
    "warning",
    "plan",
    message=(
        "Data dukung '{value}' tidak cocok dengan butir LKE mana pun (nama folder dan nama berkasnya tidak "
        "menyebut butir); pindahkan ke folder butirnya atau beri kode butir (mis. P.1.i.a) pada namanya.",
        "Evidence '{value}' fits no LKE item (neither its folders nor its file name name one); move it into "
        "its item's folder or put the item code (e.g. P.1.i.a) in its name.",
    ),
    motivation=(
        "Data dukung yang tidak menyokong butir atau kegiatan mana pun tidak menambah nilai.",
        "Evidence that supports no item or activity adds nothing to any score.",
    ),
    remediation=(
        "Sebutkan butir atau kegiatan yang didukungnya (supports), atau pindahkan berkas ke folder butirnya.",
        "Name the item or activity it supports (supports), or move the file into its item's folder.",
    ),
)
def evidence_unplaced(s: Subject) -> Iterator[Hit]:
    cited = {x for a in s.unit.answers.values() for x in a.evidence} | set(s.unit.hasil.evidence)
    for ev in s.unit.evidence:
        # a scanned file no folder or name placed (or a record typed without supports); one whose
        # file is gone is EVIDENCE_PATH_MISSING instead
        if ev.id not in s.missing_files and not ev.supports and ev.id not in cited:
            yield Hit(source=ev.path or ev.url, args={"value": ev.path or ev.url or ev.title})


@flag(
    "EVIDENCE_EXPECTED_MISSING",
    "info",
    "plan",
    message=(
        "Kegiatan {activity}: data dukung yang direncanakan belum ada: {missing}.",
        "Activity {activity}: the evidence the plan names is not there yet: {missing}.",
    ),
    motivation=(
        "Rencana aksi menyebut keluaran yang akan menjadi bukti; bila tidak ada, kegiatan belum terbukti.",
        "The action plan names the outputs that will be its evidence; until they are there, the activity "
        "is not evidenced.",
    ),
    remediation=(
        "Unggah atau catat data dukung yang disebut rencana untuk kegiatan ini.",
        "Upload or record the evidence the plan names for this activity.",
    ),
)
def evidence_expected_missing(s: Subject) -> Iterator[Hit]:
    if not any(a.expected_evidence for a in s.unit.activities):
        return
    unit, links = s.unit, s.links
    records = {e.id: (e.title, e.kind) for e in unit.evidence if e.id not in s.missing_files}
    analyzer = matcher(s.rubric).analyzer
    for act in unit.activities:
        if not act.expected_evidence:
            continue
        ids = set(links.evidence_by_activity.get(act.id, ()))
        for ln in links.by_activity.get(act.id, ()):
            ids.update(links.evidence_by_item.get(ln.code, ()))
        missing = missing_parts(
            act.expected_evidence, (records[i] for i in sorted(ids) if i in records), analyzer
        )
        if missing:
            yield Hit(
                area=act.area, activity=act.id, source=source_of(act), args={"missing": "; ".join(missing)}
            )


@flag(
    "ACTIVITY_WITHOUT_EVIDENCE",
    "warning",
    "due",
    message=(
        "Kegiatan {activity} terjadwal bulan {months} (sudah jatuh tempo) tanpa data dukung{besides}.",
        "Activity {activity} was due in month(s) {months} and has no evidence{besides}.",
    ),
    motivation=(
        "Kegiatan yang sudah jatuh tempo tanpa data dukung tidak dapat dibuktikan pada evaluasi.",
        "An activity past its months without evidence cannot be shown to have happened at the review.",
    ),
    remediation=(
        "Catat data dukung kegiatan ini (dengan tanggal atau bulan yang dicakupnya), atau jadwalkan ulang.",
        "Record this activity's evidence (with the date or months it covers), or reschedule it.",
    ),
)
def activity_without_evidence(s: Subject) -> Iterator[Hit]:
    for act in s.unit.activities:
        # its own months, and its sub-steps' (an activity scheduled only through its steps was never
        # flagged); a SPIP activity's steps have their own flag (SPIP_SUBSTEP_EMPTY)
        months = set(act.months) if is_spip(act, s.rubric.spip_keywords) else s.scheduled(act)
        if months:
            missing = tuple(sorted(months - s.evidenced_months(act)))
            if missing:
                # worded only when the flag is shown (a batch's flag profile only counts hits)
                args = {"besides": partial(_item_evidence, s, act)}
                yield Hit(area=act.area, activity=act.id, months=missing, source=source_of(act), args=args)


def _item_evidence(s: Subject, act: Activity) -> Words:
    """Said beside "no evidence": when evidence names the activity, the months it covers (others than
    those due: a record dated after them, or before); else when the activity's items have evidence
    that does not name it (the records exist, linked to the item only, so they show nothing of this
    activity's months)."""
    activity = act.id
    own = s.links.evidence_by_activity.get(activity)
    if own:
        ids, shown = ", ".join(own), ", ".join(map(str, sorted(s.evidenced_months(act)))) or "-"
        return Words(
            f" untuk bulan itu (data dukungnya, {ids}, mencakup bulan {shown})",
            f" for those months (its evidence, {ids}, covers month(s) {shown})",
        )
    sets = s.links.evidence_sets
    codes = [ln.code for ln in s.links.by_activity.get(activity, ()) if sets.get(ln.code)]
    if not codes:
        return _NOTHING
    named = ", ".join(codes)
    return Words(
        f" yang menyebut kegiatan ini (butir {named} punya data dukung: bila itu bukti kegiatan ini, "
        "cantumkan kegiatan ini pada 'supports'-nya)",
        f" naming it (item(s) {named} have evidence: if it shows this activity, add the activity to its "
        "'supports')",
    )


_NOTHING = Words("", "")


_NO_MONTHS = Words("belum punya jadwal bulan", "has no months")
_DUE_UNEVIDENCED = Words("jatuh tempo tanpa data dukung", "is due without evidence")


@flag(
    "SPIP_SUBSTEP_EMPTY",
    "warning",
    "due",
    message=("Sub-langkah SPIP {substep} ({text}) {why}.", "SPIP sub-step {substep} ({text}) {why}."),
    motivation=(
        "Langkah SPIP yang tidak terjadwal atau tidak terbukti membuat penerapan SPIP tidak dapat dinilai utuh.",
        "A SPIP step with no schedule or no evidence leaves SPIP's implementation unassessable as a whole.",
    ),
    remediation=(
        "Jadwalkan sub-langkah ini dan catat data dukungnya saat jatuh tempo.",
        "Schedule this sub-step and record its evidence when it falls due.",
    ),
)
def spip_substep_empty(s: Subject) -> Iterator[Hit]:
    for act, step, missing in s.spip_substeps():
        src = str(step.source.location()) if step.source and step.source.line else source_of(act)
        yield Hit(
            area=act.area,
            activity=act.id,
            substep=step.label,
            months=missing,
            source=src,
            always=not step.months,
            args={"text": step.text, "why": _DUE_UNEVIDENCED if step.months else _NO_MONTHS},
        )


@flag(
    "ITEM_WITHOUT_EVIDENCE",
    "error",
    "mode",
    message=(
        "Butir {item} ('{question}') sudah dijawab tetapi tanpa data dukung.",
        "Item {item} ('{question}') is answered but has no evidence.",
    ),
    motivation=(
        "Jawaban tanpa data dukung tidak bertahan pada evaluasi; mode evidenced menilainya 0 (kebijakan "
        "zi-eval, bukan bunyi peraturan).",
        "An answer without evidence does not survive the review; evidenced mode scores it 0 (zi-eval's "
        "policy, not the regulation's words).",
    ),
    remediation=(
        "Tautkan data dukung pada jawaban butir ini (evidence), atau catat berkasnya di folder butirnya.",
        "Link evidence to this item's answer (evidence), or put the file in the item's folder.",
    ),
)
def item_without_evidence(s: Subject) -> Iterator[Hit]:
    # the batch path counts the same two functions on its stacked columns (api.batch_table)
    if s.ev is None or s.ev.compiled is None:  # the batch path runs no mode rule per unit
        return
    c = s.ev.compiled
    m = matrix(s.rubric)
    flagged = unevidenced(s.ev.mode, c.answered, c.shown, c.evidenced, c.planned, m.pengungkit)
    nothing = worth_nothing(c.claimed)
    for j in np.flatnonzero(flagged):
        code = m.codes[j]
        yield Hit(area=s.rubric.items[code].area, item=code, severity="info" if nothing[j] else None)


def unevidenced(
    mode: str,
    answered: np.ndarray,
    shown: np.ndarray,
    evidenced: np.ndarray,
    planned: np.ndarray,
    pengungkit: np.ndarray,
) -> np.ndarray:
    """ITEM_WITHOUT_EVIDENCE's rule on item columns (one unit's, or units × items): an answer shown and
    scored, no evidence. An item is scored when it has a value, or in ``projected`` mode when a
    planned pengungkit item has none (its unusable answer is still shown)."""
    scored = answered | ((mode == "projected") & planned & pengungkit)
    return scored & shown & ~evidenced


def worth_nothing(claimed: np.ndarray) -> np.ndarray:
    """Answers worth nothing as given (Tidak, C, 0 %): without evidence they lose nothing, so their
    ITEM_WITHOUT_EVIDENCE is info, not error."""
    return claimed <= 0


@flag(
    "AS_OF_OTHER_YEAR",
    "warning",
    "run",
    message=(
        "--as-of {as_of} bukan tahun rencana ({year}): tidak ada bulan yang jatuh tempo, atau semuanya.",
        "--as-of {as_of} is not the plan's year ({year}): no month, or every month, is due.",
    ),
    motivation=(
        "Bulan jatuh tempo dihitung dalam tahun rencana; tahun lain membuat semua bulan jatuh tempo atau "
        "tidak ada sama sekali.",
        "Due months are counted within the plan's year; another year makes every month due, or none.",
    ),
    remediation=(
        "Jalankan lagi dengan --as-of dalam tahun rencana (mis. 2025-06 untuk rencana 2025).",
        "Run again with --as-of in the plan's year (e.g. 2025-06 for a 2025 plan).",
    ),
)
def as_of_other_year(s: Subject) -> Iterator[Hit]:
    if s.as_of is not None and s.as_of[0] != s.year:
        yield Hit(args={"as_of": f"{s.as_of[0]}-{s.as_of[1]:02d}", "year": s.year})


EVIDENCE_RULES = (
    area_without_evidence,
    evidence_path_missing,
    evidence_unplaced,
    evidence_expected_missing,
    activity_without_evidence,
    spip_substep_empty,
    item_without_evidence,
    as_of_other_year,
)
