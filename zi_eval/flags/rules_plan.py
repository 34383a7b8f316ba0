"""Flags of the plan itself: its calendar, its areas, its mapping to the LKE, SPIP, its counts."""

from __future__ import annotations

from collections.abc import Iterator

from zi_eval.flags.declare import Hit, flag
from zi_eval.flags.subject import ALL_MONTHS, Subject, source_of
from zi_eval.io.words import norm
from zi_eval.models.ra_area import map_ra_area
from zi_eval.models.rubric import Formula, Rubric
from zi_eval.models.unit import Activity
from zi_eval.scoring.values import ratio_parts


@flag(
    "PLAN_EMPTY",
    "warning",
    "plan",
    message=(
        "Unit ini tidak punya rencana aksi (tidak ada kegiatan): jadwal, proyeksi dan cakupan rencana "
        "tidak dapat diperiksa.",
        "This unit has no action plan (no activities): schedule, projection and plan coverage cannot be "
        "checked.",
    ),
    motivation=(
        "Penilai membaca rencana aksi di samping LKE; tanpa rencana hanya jawaban yang dinilai, dan mode "
        "proyeksi sama dengan mode terbukti.",
        "Assessors read the action plan beside the LKE; without one only the answers are assessed, and the "
        "projected mode equals the evidenced one.",
    ),
    remediation=(
        "Impor rencana aksi unit (zi-eval import RENCANA) dan gabungkan dengan jawaban LKE (zi-eval merge).",
        "Import the unit's action plan (zi-eval import PLAN) and merge it with the LKE answers (zi-eval merge).",
    ),
)
def plan_empty(s: Subject) -> Iterator[Hit]:
    if not s.unit.activities:
        yield Hit()


@flag(
    "MONTH_WITHOUT_ACTIVITY",
    "warning",
    "plan",
    message=(
        "Area {area} tidak punya kegiatan pada bulan {months}.",
        "Area {area} has no activity in month(s) {months}.",
    ),
    motivation=(
        "Penilai melihat pembangunan ZI sebagai kerja sepanjang tahun; bulan kosong dalam satu area "
        "terbaca sebagai area yang berhenti dikerjakan.",
        "Assessors read building a ZI as work through the year; an empty month in an area reads as the "
        "area left idle.",
    ),
    remediation=(
        "Jadwalkan kegiatan area ini (mis. monitoring atau evaluasi rutin) pada bulan yang kosong.",
        "Schedule an activity of this area (e.g. routine monitoring or review) in the empty months.",
    ),
)
def month_without_activity(s: Subject) -> Iterator[Hit]:
    for area, acts in s.by_area.items():
        if acts:
            busy = set().union(*(s.scheduled(a) for a in acts))
            gaps = tuple(m for m in ALL_MONTHS if m not in busy)
            if gaps:
                yield Hit(area=area, months=gaps)


@flag(
    "PLAN_MONTH_EMPTY",
    "warning",
    "plan",
    message=(
        "Tidak ada kegiatan sama sekali pada bulan {months}.",
        "No activity at all in month(s) {months}.",
    ),
    motivation=(
        "Bulan tanpa kegiatan apa pun berarti rencana aksi tidak berjalan pada bulan itu.",
        "A month with no activity at all means the action plan does not run that month.",
    ),
    remediation=(
        "Sebar kegiatan ke bulan yang kosong, atau periksa apakah kolom bulan terbaca benar saat impor.",
        "Spread activities into the empty months, or check that the month columns were read right on import.",
    ),
    of_a_plan=True,
)
def plan_month_empty(s: Subject) -> Iterator[Hit]:
    busy = set().union(set(), *(s.scheduled(a) for a in s.unit.activities))
    empty = tuple(m for m in ALL_MONTHS if m not in busy)
    if empty:
        yield Hit(months=empty)


@flag(
    "AREA_WITHOUT_ACTIVITY",
    "error",
    "plan",
    message=(
        "Area {area} tidak punya kegiatan dalam rencana aksi.",
        "Area {area} has no activity in the action plan.",
    ),
    motivation=(
        "Setiap area pengungkit bernilai dan punya ambang minimal sendiri; area tanpa kegiatan tidak "
        "akan mencapai ambang itu.",
        "Every enabler area carries points and its own minimum; an area with no activity will not reach it.",
    ),
    remediation=(
        "Tambahkan kegiatan untuk area ini; butir LKE area ini menunjukkan apa yang dinilai.",
        "Add activities for this area; the area's LKE items show what is assessed.",
    ),
    of_a_plan=True,
)
def area_without_activity(s: Subject) -> Iterator[Hit]:
    for area, acts in s.by_area.items():
        if not acts:
            yield Hit(area=area)


@flag(
    "ACTIVITY_WITHOUT_SCHEDULE",
    "warning",
    "plan",
    message=("Kegiatan {activity} tidak punya jadwal bulan.", "Activity {activity} has no months scheduled."),
    motivation=(
        "Kegiatan tanpa bulan tidak dapat dipantau dan tidak pernah dianggap jatuh tempo.",
        "An activity with no months cannot be monitored and is never due.",
    ),
    remediation=(
        "Isi bulan pelaksanaannya di rencana aksi.",
        "Fill in the months it runs in the action plan.",
    ),
)
def activity_without_schedule(s: Subject) -> Iterator[Hit]:
    for act in s.unit.activities:
        if not s.scheduled(act):
            yield Hit(area=act.area, activity=act.id, source=source_of(act))


@flag(
    "ACTIVITY_WITHOUT_SUBACTIVITY",
    "info",
    "plan",
    message=(
        "Kegiatan {activity} ('{text}') tidak punya sub kegiatan.",
        "Activity {activity} ('{text}') has no sub-activity.",
    ),
    motivation=(
        "Sub kegiatan menjelaskan apa yang sebenarnya dikerjakan; tanpa itu kegiatan sulit dihubungkan "
        "ke butir LKE dan dibuktikan.",
        "Sub-activities say what is actually done; without them an activity is hard to link to an LKE item "
        "and to evidence.",
    ),
    remediation=(
        "Uraikan kegiatan menjadi sub kegiatan yang hasilnya dapat dibuktikan.",
        "Break the activity down into sub-activities whose results can be evidenced.",
    ),
)
def activity_without_subactivity(s: Subject) -> Iterator[Hit]:
    for act in s.unit.activities:
        if act.kegiatan and not act.sub_kegiatan:
            yield Hit(area=act.area, activity=act.id, source=source_of(act), args={"text": act.kegiatan})


@flag(
    "AREA_NOT_IN_RUBRIC",
    "info",
    "plan",
    message=(
        "Area RA '{ra_area}' bukan area Zona Integritas: {n} kegiatan tidak dinilai di LKE.",
        "RA area '{ra_area}' is not a Zona Integritas area: {n} activities are not scored in the LKE.",
    ),
    motivation=(
        "Delapan area reformasi birokrasi memuat dua area (peraturan perundang-undangan, organisasi) yang "
        "tidak dinilai dalam LKE Zona Integritas.",
        "Two of the eight bureaucratic-reform areas (regulation, organisation) are not scored in the Zona "
        "Integritas LKE.",
    ),
    remediation=(
        "Tidak perlu tindakan bila disengaja; bila area salah tulis, perbaiki namanya agar dikenali.",
        "Nothing to do if meant; if the area name is misspelt, correct it so it is recognised.",
    ),
)
def area_not_in_rubric(s: Subject) -> Iterator[Hit]:
    non_zi: dict[str, list[Activity]] = {}
    for act in s.unit.activities:
        if act.area is None:
            non_zi.setdefault(act.ra_area, []).append(act)
    for ra_area, acts in non_zi.items():
        yield Hit(source=source_of(acts[0]), args={"ra_area": ra_area, "n": len(acts)})


@flag(
    "ACTIVITY_AREA_DISAGREES",
    "warning",
    "plan",
    message=(
        "Kegiatan {activity} tertulis di bawah area RA '{ra_area}', tetapi area ZI-nya {area}: kegiatan "
        "ini dihitung untuk {area}.",
        "Activity {activity} is written under RA area '{ra_area}', but its ZI area is {area}: it counts "
        "for {area}.",
    ),
    motivation=(
        "Area ZI menentukan area mana yang dianggap punya kegiatan; area RA yang menyebut area lain "
        "biasanya tanda salin-tempel, dan area yang sebenarnya lalu tampak kosong.",
        "The ZI area decides which area counts as having the activity; an RA area naming another area "
        "is usually a copy-paste slip, and the real area then looks empty.",
    ),
    remediation=(
        "Samakan area (area:) dengan area RA-nya, atau perbaiki area RA bila area ZI-nya yang benar.",
        "Make the area (area:) agree with its RA area, or correct the RA area if the ZI area is right.",
    ),
)
def activity_area_disagrees(s: Subject) -> Iterator[Hit]:
    named = _ra_areas(s.rubric)
    for act in s.unit.activities:
        if act.area is None or not act.ra_area:
            continue
        area = named.get(act.ra_area)
        if area is None:
            area = named[act.ra_area] = map_ra_area(act.ra_area, s.rubric)[0] or ""
        if area and area != act.area:
            yield Hit(area=act.area, activity=act.id, source=source_of(act), args={"ra_area": act.ra_area})


def _ra_areas(rubric: Rubric) -> dict[str, str]:
    """The ZI area each RA area text names ("" for none), kept per rubric (units repeat their areas)."""
    cache: dict[str, str] = rubric.derived("ra_area_names", lambda _r: {})
    if len(cache) > 10_000:
        cache.clear()
    return cache


def _words(act: Activity) -> str:
    """An activity's texts (:attr:`Activity.texts`) normalised for matching words, text by text: each
    text's words are kept per text (:func:`norm` is cached), where the activity's whole text is new in
    nearly every plan."""
    return " ".join(filter(None, map(norm, act.texts)))


@flag(
    "SPIP_ELEMENT_MISSING",
    "warning",
    "plan",
    message=(
        "Unsur SPIP '{element}' (PP 60/2008) tidak ada dalam rencana aksi.",
        "SPIP element '{element}' (PP 60/2008) appears nowhere in the plan.",
    ),
    motivation=(
        "Penguatan pengawasan menilai penerapan SPIP; PP 60/2008 menetapkan lima unsurnya, dan penilai "
        "mencari kelimanya.",
        "Penguatan pengawasan assesses SPIP; PP 60/2008 sets its five elements, and assessors look for all five.",
    ),
    remediation=(
        "Tambahkan kegiatan atau sub-langkah yang menyebut unsur ini.",
        "Add an activity or sub-step that names this element.",
    ),
    of_a_plan=True,
)
def spip_element_missing(s: Subject) -> Iterator[Hit]:
    plan_text = " ".join(map(_words, s.unit.activities))
    for el in s.rubric.spip_elements:
        if not el.named_in(plan_text):
            yield Hit(area="penguatan-pengawasan", item=el.item, args={"element": el.name})


@flag(
    "ACTIVITY_NOT_MAPPED",
    "info",
    "plan",
    message=(
        "Kegiatan {activity} tidak terhubung ke butir LKE mana pun; kandidat terdekat: {suggested}.",
        "Activity {activity} maps to no LKE item; nearest candidates: {suggested}.",
    ),
    motivation=(
        "Kegiatan yang tidak terhubung ke butir LKE tidak menambah nilai apa pun di LKE.",
        "An activity linked to no LKE item adds nothing to any LKE score.",
    ),
    remediation=(
        "Tulis kode butirnya (mis. P.1.i.a) di kolom LKE kegiatan, atau pilih salah satu kandidat.",
        "Write its item code (e.g. P.1.i.a) in the activity's LKE column, or pick one of the candidates.",
    ),
)
def activity_not_mapped(s: Subject) -> Iterator[Hit]:
    for act in s.unit.activities:
        if not s.links.by_activity.get(act.id):
            near = s.links.suggestions.get(act.id, [])
            yield Hit(
                area=act.area,
                activity=act.id,
                source=source_of(act),
                suggestions=tuple(x.code for x in near),
                args={"suggested": ", ".join(f"{x.code} ({x.score:.2f})" for x in near) or "—"},
            )


@flag(
    "ITEM_NOT_PLANNED",
    "info",
    "plan",
    message=(
        "Indikator {item} ({question}): butir {codes} belum direncanakan oleh kegiatan mana pun.",
        "Indicator {item} ({question}): items {codes} are planned by no activity.",
    ),
    motivation=(
        "Butir pengungkit tanpa kegiatan tidak bernilai dalam mode proyeksi: rencana tidak menjangkaunya.",
        "An enabler item no activity plans scores nothing in projected mode: the plan does not reach it.",
    ),
    remediation=(
        "Rencanakan kegiatan untuk butir ini, atau catat kode butirnya pada kegiatan yang sudah ada.",
        "Plan an activity for these items, or note their codes on an activity that already covers them.",
    ),
    of_a_plan=True,
)
def item_not_planned(s: Subject) -> Iterator[Hit]:
    planned = s.links.by_item.get
    for area, indicator, codes in _enabler_indicators(s.rubric):
        missing = [c for c in codes if not planned(c)]
        if missing:
            yield Hit(area=area, item=indicator, args={"codes": ", ".join(missing)})


def _enabler_indicators(rubric: Rubric) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each pengungkit indicator's area, code and item codes, in rubric order (worked out once per rubric)."""
    found: list[tuple[str, str, tuple[str, ...]]] = rubric.derived(
        "enabler_indicators",
        lambda r: [
            (area.id, ind.code, tuple(it.code for it in ind.items))
            for comp in r.components
            if comp.id == "pengungkit"
            for asp in comp.aspects
            for area in asp.areas
            for ind in area.indicators
        ],
    )
    return found


@flag(
    "COUNT_ABOVE_TOTAL",
    "warning",
    "plan",
    message=(
        "Butir {item} ('{question}'): jumlah {numerator} melebihi totalnya {denominator}; dinilai penuh, "
        "periksa angkanya.",
        "Item {item} ('{question}'): the count {numerator} is above its total {denominator}; scored full, "
        "check the numbers.",
    ),
    motivation=(
        "Pembilang di atas penyebut hampir selalu salah ketik; nilai penuh dari angka yang salah tidak "
        "bertahan pada evaluasi.",
        "A numerator above its denominator is nearly always a typing slip; full points from wrong numbers do "
        "not survive the review.",
    ),
    remediation=(
        "Periksa kedua angka terhadap data dukungnya dan perbaiki jawabannya.",
        "Check both numbers against their evidence and correct the answer.",
    ),
)
def count_above_total(s: Subject) -> Iterator[Hit]:
    for code, area, f, counts in _ratio_answers(s):
        num, den = ratio_parts(f, counts)
        if den > 0 and num > den:
            yield Hit(area=area, item=code, args={"numerator": num, "denominator": den})


def _ratio_answers(s: Subject) -> Iterator[tuple[str, str | None, Formula, dict[str, int]]]:
    """Each answer given as counts of a ratio item: its code, area, formula and counts."""
    for code, ans in s.unit.answers.items():
        flat = s.rubric.items.get(code)
        f = flat.item.formula if flat else None
        if flat is not None and f is not None and f.kind == "ratio" and ans.counts:
            yield code, flat.area, f, dict(ans.counts)


@flag(
    "COUNT_TOTAL_ZERO",
    "warning",
    "plan",
    message=(
        "Butir {item} ('{question}'): totalnya 0, persentasenya tak terdefinisi; dinilai {value} menurut "
        "aturan rubrik (LKE tidak mengatur pembagi nol).",
        "Item {item} ('{question}'): its total is 0, so its percentage is undefined; valued {value} by the "
        "rubric's rule (the LKE does not say what a zero total is worth).",
    ),
    motivation=(
        "Tanpa pengaduan, pelanggaran atau pejabat wajib lapor, persentasenya tidak ada; evaluator dapat "
        "menilainya lain dari aturan mesin ini.",
        "With no complaints, violations or officials bound to report, there is no percentage; the "
        "evaluator may value it otherwise than this engine's rule.",
    ),
    remediation=(
        "Pastikan totalnya memang 0 dan lampirkan data dukung yang menunjukkannya (mis. rekap nihil).",
        "Make sure the total really is 0 and attach evidence showing it (a nil recap, say).",
    ),
)
def count_total_zero(s: Subject) -> Iterator[Hit]:
    for code, area, f, counts in _ratio_answers(s):
        if all(k in counts for k in f.denominator) and ratio_parts(f, counts)[1] == 0:
            yield Hit(area=area, item=code, args={"value": f"{f.zero_denominator:g}"})


@flag(
    "LKE_INCOMPLETE",
    "warning",
    "plan",
    message=(
        "LKE belum lengkap: {count} dari {total} butir belum dijawab ({items}); di sini butir itu bernilai "
        "0 (lembar kerja LKE melewatinya dan menampilkan 'Blm Diisi'): hasil dan kesiapan belum final.",
        "The LKE is unfinished: {count} of {total} items are not answered ({items}); they count 0 here (the "
        "LKE workbook skips them and shows 'Blm Diisi'): the score and the readiness are not final.",
    ),
    motivation=(
        "Butir yang belum dijawab belum dinilai; keputusan WBK/WBBM dari LKE yang belum lengkap bisa berubah.",
        "Items not answered are not assessed yet; a WBK/WBBM verdict from an unfinished LKE may change.",
    ),
    remediation=(
        "Jawab setiap butir yang tersisa (atau tandai yang memang tidak berlaku) sebelum mengajukan penilaian.",
        "Answer every remaining item (or mark those that truly do not apply) before submitting.",
    ),
)
def lke_incomplete(s: Subject) -> Iterator[Hit]:
    # a plan without any answer yet is no unfinished LKE (its items are not begun: AREA flags say so)
    missing, total = s.unanswered, len(s.rubric.items)
    if 0 < len(missing) < total:
        shown = ", ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
        yield Hit(args={"count": len(missing), "total": total, "items": shown})


PLAN_RULES = (
    plan_empty,
    month_without_activity,
    plan_month_empty,
    area_without_activity,
    activity_without_schedule,
    activity_without_subactivity,
    area_not_in_rubric,
    activity_area_disagrees,
    spip_element_missing,
    activity_not_mapped,
    item_not_planned,
    count_above_total,
    count_total_zero,
    lke_incomplete,
)
