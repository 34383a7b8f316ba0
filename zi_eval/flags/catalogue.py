"""Every flag code with its severity and its message in Indonesian and English."""

from __future__ import annotations

from typing import Any

SEVERITIES = ("error", "warning", "info")

#: code -> (severity, Indonesian template, English template)
FLAGS: dict[str, tuple[str, str, str]] = {
    "MONTH_WITHOUT_ACTIVITY": (
        "warning",
        "Area {area} tidak punya kegiatan pada bulan {months}.",
        "Area {area} has no activity in month(s) {months}.",
    ),
    "PLAN_MONTH_EMPTY": (
        "warning",
        "Tidak ada kegiatan sama sekali pada bulan {months}.",
        "No activity at all in month(s) {months}.",
    ),
    "AREA_WITHOUT_ACTIVITY": (
        "error",
        "Area {area} tidak punya kegiatan dalam rencana aksi.",
        "Area {area} has no activity in the action plan.",
    ),
    "AREA_WITHOUT_EVIDENCE": (
        "error",
        "Area {area} belum punya data dukung untuk kegiatan maupun butirnya.",
        "Area {area} has no evidence for any of its activities or items.",
    ),
    "ACTIVITY_WITHOUT_EVIDENCE": (
        "warning",
        "Kegiatan {activity} terjadwal bulan {months} (sudah jatuh tempo) tanpa data dukung.",
        "Activity {activity} was due in month(s) {months} and has no evidence.",
    ),
    "ITEM_WITHOUT_EVIDENCE": (
        "error",
        "Butir {item} ('{question}') sudah dijawab tetapi tanpa data dukung.",
        "Item {item} ('{question}') is answered but has no evidence.",
    ),
    "SPIP_SUBSTEP_EMPTY": (
        "warning",
        "Sub-langkah SPIP {substep} ({text}) {why}.",
        "SPIP sub-step {substep} ({text}) {why}.",
    ),
    "SPIP_ELEMENT_MISSING": (
        "warning",
        "Unsur SPIP '{element}' (PP 60/2008) tidak ada dalam rencana aksi.",
        "SPIP element '{element}' (PP 60/2008) appears nowhere in the plan.",
    ),
    "ACTIVITY_WITHOUT_SCHEDULE": (
        "warning",
        "Kegiatan {activity} tidak punya jadwal bulan.",
        "Activity {activity} has no months scheduled.",
    ),
    "ACTIVITY_WITHOUT_SUBACTIVITY": (
        "info",
        "Kegiatan {activity} ('{text}') tidak punya sub kegiatan.",
        "Activity {activity} ('{text}') has no sub-activity.",
    ),
    "ACTIVITY_NOT_MAPPED": (
        "info",
        "Kegiatan {activity} tidak terhubung ke butir LKE mana pun; kandidat terdekat: {suggested}.",
        "Activity {activity} maps to no LKE item; nearest candidates: {suggested}.",
    ),
    "AREA_NOT_IN_RUBRIC": (
        "info",
        "Area RA '{ra_area}' bukan area Zona Integritas: {n} kegiatan tidak dinilai di LKE.",
        "RA area '{ra_area}' is not a Zona Integritas area: {n} activities are not scored in the LKE.",
    ),
    "COUNT_ABOVE_TOTAL": (
        "warning",
        "Butir {item} ('{question}'): jumlah {numerator} melebihi totalnya {denominator}; dinilai penuh, periksa angkanya.",
        "Item {item} ('{question}'): the count {numerator} is above its total {denominator}; scored full, check the numbers.",
    ),
    "AS_OF_OTHER_YEAR": (
        "warning",
        "--as-of {as_of} bukan tahun rencana ({year}): tidak ada bulan yang jatuh tempo, atau semuanya.",
        "--as-of {as_of} is not the plan's year ({year}): no month, or every month, is due.",
    ),
    "EVIDENCE_PATH_MISSING": (
        "warning",
        "Data dukung {evidence} ('{title}') menunjuk berkas yang tidak ada: {path}; tidak dihitung sebagai bukti.",
        "Evidence {evidence} ('{title}') names a file that does not exist: {path}; it is not counted as evidence.",
    ),
    "EVIDENCE_EXPECTED_MISSING": (
        "info",
        "Kegiatan {activity}: data dukung yang direncanakan belum ada: {missing}.",
        "Activity {activity}: the evidence the plan names is not there yet: {missing}.",
    ),
    "ITEM_NOT_PLANNED": (
        "info",
        "Indikator {item} ({question}): butir {codes} belum direncanakan oleh kegiatan mana pun.",
        "Indicator {item} ({question}): items {codes} are planned by no activity.",
    ),
    "IMPORT_MARK_OUTSIDE_MONTHS": ("warning", "Impor: {action}.", "Import: {action}."),
    "IMPORT_UNKNOWN_MARK": (
        "warning",
        "Impor: isi sel bulan tidak dikenal ({value}); {action}.",
        "Import: unknown month cell content ({value}); {action}.",
    ),
    "IMPORT_ROW_NOT_PLACED": ("warning", "Impor: {action}.", "Import: {action}."),
    "IMPORT_MONTH_HEADER_GUESSED": (
        "warning",
        "Impor: judul kolom bulan '{value}' tidak dikenal; {action}.",
        "Import: month column header '{value}' is not a month name; read as the month between its neighbours.",
    ),
    "IMPORT_CELL_UNREAD": (
        "warning",
        "Impor: {action} (buka dan simpan berkas di Excel atau LibreOffice agar hasil rumus tersimpan).",
        "Import: a month cell holds {value} with no readable value (a formula without a saved result, or an "
        "error); the month is not scheduled. Open and save the file in Excel or LibreOffice.",
    ),
    "IMPORT_HIDDEN_ROWS": (
        "warning",
        "Impor: baris tersembunyi {value} dibaca sebagai kegiatan ({action}); periksa apakah masih berlaku.",
        "Import: hidden rows {value} were read as activities; check they still belong to the plan.",
    ),
    "IMPORT_SHEET_SKIPPED": (
        "info",
        "Impor: sheet '{value}' dilewati: {action}.",
        "Import: sheet '{value}' skipped: a hidden sheet, an instruction or example sheet, or another year's plan.",
    ),
    "IMPORT_AREA_UNKNOWN": (
        "warning",
        "Impor: area RA '{value}' tidak dikenal; area ZI dibiarkan kosong.",
        "Import: RA area '{value}' is not a known area; its ZI area is left empty.",
    ),
    "IMPORT_NO_ACTIVITY": ("error", "Impor: {action}.", "Import: {action}."),
    "IMPORT_YEAR_ASSUMED": ("warning", "Impor: {action}.", "Import: {action}."),
    "IMPORT_WORKBOOK_MISMATCH": (
        "warning",
        "Lembar kerja baris {row}: nilai {what} di berkas {theirs} berbeda dari hitungan rubrik {ours}.",
        "Workbook row {row}: {what} is {theirs} in the file but {ours} by the rubric.",
    ),
    "IMPORT_WORKBOOK_UNMATCHED": (
        "warning",
        "Lembar kerja baris {row}: tidak dapat dicocokkan dengan butir LKE ('{text}').",
        "Workbook row {row}: could not be matched to an LKE item ('{text}').",
    ),
    "IMPORT_AREA_MISSING": (
        "warning",
        "Impor: {value} kegiatan tanpa area ZI (lebih dari seperempat): kolom atau judul area tidak terbaca.",
        "Import: {value} activities have no ZI area (more than a quarter): no area column or heading was read.",
    ),
    "IMPORT_KEGIATAN_IS_AREA": (
        "warning",
        "Impor: teks kegiatan '{value}' sama dengan nama area; mungkin judul area yang terbaca sebagai kegiatan.",
        "Import: kegiatan '{value}' is an area name; probably an area heading read as an activity.",
    ),
    "IMPORT_NO_SCHEDULE": (
        "warning",
        "Impor: rencana tanpa jadwal (tidak ada kolom bulan atau waktu); semua kegiatan tanpa bulan.",
        "Import: the plan has no schedule (no month or timing column); no activity has months.",
    ),
    "IMPORT_TIMING_UNREAD": (
        "warning",
        "Impor: jadwal '{value}' tidak (seluruhnya) terbaca; {action}.",
        "Import: schedule '{value}' could not be (fully) read; kept as written in timing.",
    ),
    "IMPORT_TIMING_YEAR": (
        "warning",
        "Impor: jadwal '{value}' menyebut tahun lain dari tahun rencana; {action}.",
        "Import: schedule '{value}' names a year other than the plan's year.",
    ),
    "IMPORT_FILLED_MONTH": (
        "info",
        "Impor: {action} (sel berwarna tanpa tanda).",
        "Import: month(s) counted from a cell filled with a colour and no text.",
    ),
    "IMPORT_CODE_UNKNOWN": (
        "warning",
        "Impor: kode LKE '{value}' tidak dikenali; kegiatan tanpa tautan LKE dari kolom kode.",
        "Import: LKE code '{value}' is not an item of the rubric; no link made from the code column.",
    ),
    "IMPORT_NAME_FROM_FILE": (
        "warning",
        "Impor: nama unit tidak ada di judul dokumen; diambil dari nama berkas ('{value}').",
        "Import: no unit name in the title block; taken from the file name ('{value}').",
    ),
    "IMPORT_COLUMN_UNUSED": (
        "warning",
        "Impor: --column {value}: tidak ada kolom dengan judul itu.",
        "Import: --column {value}: no column has that header.",
    ),
    "EVIDENCE_UNREADABLE": (
        "warning",
        "'{value}' tidak dapat dibaca (izin folder, atau tautan yang tidak menuju apa pun): isinya tidak dipindai.",
        "'{value}' cannot be read (a folder's permissions, or a link that leads nowhere): nothing in it is scanned.",
    ),
    "EVIDENCE_NAME_UNREADABLE": (
        "warning",
        "Nama berkas '{value}' bukan teks UTF-8 (arsip zip dari Windows?): tidak dicatat; ganti namanya lalu pindai lagi.",
        "The file name '{value}' is not UTF-8 text (a zip from Windows?): not recorded; rename it and scan again.",
    ),
    "EVIDENCE_OTHER_YEAR": (
        "warning",
        "Data dukung '{value}' menyebut tahun {theirs}, bukan tahun rencana ({ours}): bulannya tidak dihitung; "
        "periksa apakah masih berlaku untuk tahun ini.",
        "Evidence '{value}' names the year {theirs}, not the plan's year ({ours}): its months are not counted; "
        "check whether it still holds for this year.",
    ),
    "IMPORT_WORKBOOK_NO_EVIDENCE": (
        "info",
        "Lembar kerja baris {row}: kolom data dukung {item} berisi '{theirs}', yang tidak menyebut data dukung; "
        "tidak dicatat sebagai bukti.",
        "Workbook row {row}: the evidence cell of {item} holds '{theirs}', which names no evidence; it is not "
        "recorded as evidence.",
    ),
    "IMPORT_WORKBOOK_CELL_UNREAD": (
        "warning",
        "Lembar kerja baris {row}: sel jawaban {item} berisi {theirs} tanpa nilai yang terbaca (rumus "
        "tanpa hasil tersimpan, atau galat); dibaca kosong. Perbaiki, lalu buka dan simpan berkas di "
        "Excel atau LibreOffice.",
        "Workbook row {row}: the answer cell of {item} holds {theirs} with no readable value (a formula "
        "without a saved result, or an error); read as empty. Fix it, then open and save the file in "
        "Excel or LibreOffice.",
    ),
    "IMPORT_WORKBOOK_HIDDEN_ROWS": (
        "warning",
        "Lembar kerja: baris tersembunyi dibaca sebagai butir: {theirs}; periksa apakah itu jawaban yang berlaku.",
        "Workbook: hidden rows were read as items: {theirs}; check they hold the answers meant.",
    ),
    "IMPORT_WORKBOOK_PERCENT_MIXED": (
        "warning",
        "Lembar kerja baris {row}: {item} diisi {theirs} tanpa tanda %, sedangkan baris % lain ditulis sebagai "
        "angka persen (mis. 85); dibaca {ours}. Periksa: mungkin maksudnya {theirs}%.",
        "Workbook row {row}: {item} holds {theirs} without a % sign while other % rows hold percentage "
        "points (e.g. 85); read as {ours}. Check it: {theirs}% may be meant.",
    ),
    "IMPORT_WORKBOOK_ANSWER_COLUMNS": (
        "warning",
        "Lembar kerja: ada beberapa kolom jawaban ({theirs}); yang dinilai {ours}. Periksa bahwa itu "
        "jawaban yang dimaksud.",
        "Workbook: there are several answer columns ({theirs}); {ours} is scored. Check it is the one meant.",
    ),
    "IMPORT_WORKBOOK_ITEM_MISSING": (
        "warning",
        "Lembar kerja: butir {item} tidak ada barisnya ('{text}'); dianggap belum dijawab.",
        "Workbook: item {item} has no row ('{text}'); counted as unanswered.",
    ),
    "IMPORT_WORKBOOK_NORMALISED": (
        "info",
        "Lembar kerja baris {row}: jawaban {item} '{theirs}' dibaca sebagai '{ours}'.",
        "Workbook row {row}: answer to {item} '{theirs}' read as '{ours}'.",
    ),
    "IMPORT_WORKBOOK_BAD_ANSWER": (
        "warning",
        "Lembar kerja baris {row}: jawaban {item} '{theirs}' bukan salah satu dari {ours}; dianggap belum dijawab.",
        "Workbook row {row}: answer to {item} '{theirs}' is not one of {ours}; counted as unanswered.",
    ),
    "IMPORT_WORKBOOK_COUNT_SUM": (
        "warning",
        "Lembar kerja baris {row}: jumlah penyebut {item} diisi {theirs}, rinciannya berjumlah {ours}; "
        "dipakai {theirs}.",
        "Workbook row {row}: the denominator of {item} is {theirs} but its detail rows add up to {ours}; "
        "{theirs} is used.",
    ),
    "IMPORT_WORKBOOK_PERCENT_AS_COUNTS": (
        "info",
        "Lembar kerja baris {row}: {item} diisi persentase {theirs} tanpa jumlah; disimpan sebagai jumlah {ours}.",
        "Workbook row {row}: {item} holds the percentage {theirs} without counts; stored as counts {ours}.",
    ),
    "IMPORT_WORKBOOK_SHEET_CHOSEN": (
        "info",
        "Lembar kerja: berkas punya beberapa sheet LKE; dibaca '{theirs}' ({ours} butir cocok), "
        "diabaikan: {what}.",
        "Workbook: the file has several LKE sheets; read '{theirs}' ({ours} items matched), ignored: {what}.",
    ),
    "IMPORT_WORKBOOK_YEAR_FROM_NAME": (
        "warning",
        "Lembar kerja: judul tidak menyebut tahun; dipakai tahun {ours} dari nama berkas.",
        "Workbook: the title block names no year; the year {ours} is taken from the file name.",
    ),
    "EVIDENCE_TABLE_ROW_UNREAD": (
        "warning",
        "Tabel tautan {value}: kolom butir ('{theirs}') tidak menyebut butir LKE; tautan baris ini tidak dicatat.",
        "Links table {value}: the item column ('{theirs}') names no LKE item; this row's links are not recorded.",
    ),
    "EVIDENCE_TABLE_NO_LINK": (
        "warning",
        "Tabel tautan {value}: '{theirs}' disebut tanpa tautan atau berkas; tidak dicatat sebagai data dukung "
        "(daftar dokumen yang diminta bukan bukti).",
        "Links table {value}: '{theirs}' is named with no link or file; not recorded as evidence (a list of the "
        "documents required is no evidence).",
    ),
    "EVIDENCE_TABLE_ROW_AMBIGUOUS": (
        "warning",
        "Tabel tautan {value}: '{theirs}' cocok dengan beberapa butir ({ours}); tulis kodenya lengkap "
        "(mis. P.1.i.a); tautan baris ini tidak dicatat.",
        "Links table {value}: '{theirs}' fits several items ({ours}); write the full code (e.g. P.1.i.a); "
        "this row's links are not recorded.",
    ),
    "EVIDENCE_TABLE_PATH_OUTSIDE": (
        "warning",
        "Tabel tautan {value}: path '{theirs}' di luar folder berkas unit ({ours}); tidak dicatat.",
        "Links table {value}: the path '{theirs}' is outside the unit file's folder ({ours}); not recorded.",
    ),
    "EVIDENCE_TABLE_PATH_MISSING": (
        "warning",
        "Tabel tautan {value}: berkas '{theirs}' tidak ada; tidak dicatat.",
        "Links table {value}: the file '{theirs}' does not exist; not recorded.",
    ),
    "EVIDENCE_CONFLICT": (
        "warning",
        "Data dukung {what} di berkas unit berbeda dari hasil pindai ({theirs}); isi berkas unit dipertahankan.",
        "Evidence record {what} in the unit file differs from the scan ({theirs}); the unit file's version is kept.",
    ),
    "EVIDENCE_NOT_RESCANNED": (
        "info",
        "Data dukung {what} ('{theirs}') tidak ditemukan lagi oleh pindaian ini; tetap di berkas unit "
        "(mungkin dipindah atau dihapus).",
        "Evidence record {what} ('{theirs}') was not found by this scan; it stays in the unit file "
        "(it may have been moved or deleted).",
    ),
    "EVIDENCE_UNPLACED": (
        "warning",
        "Data dukung '{value}' tidak cocok dengan butir LKE mana pun (nama folder dan nama berkasnya tidak "
        "menyebut butir); pindahkan ke folder butirnya atau beri kode butir (mis. P.1.i.a) pada namanya.",
        "Evidence '{value}' fits no LKE item (neither its folders nor its file name name one); move it into "
        "its item's folder or put the item code (e.g. P.1.i.a) in its name.",
    ),
    "EVIDENCE_FOLDER_EMPTY": (
        "warning",
        "Folder butir {item} '{value}' kosong: belum ada data dukung di dalamnya.",
        "Item folder '{value}' ({item}) is empty: it holds no evidence.",
    ),
    "EVIDENCE_LINK_OUTSIDE": (
        "warning",
        "Tautan '{value}' menunjuk ke luar folder yang dipindai; tidak diikuti.",
        "Link '{value}' points outside the scanned folder; not followed.",
    ),
    "EVIDENCE_MONTHS_FROM_MTIME": (
        "info",
        "Data dukung '{value}': bulan {ours} diambil dari waktu ubah berkas (nama dan foldernya tidak menyebut "
        "tanggal atau bulan); periksa.",
        "Evidence '{value}': month {ours} taken from the file's modification time (neither its name nor its "
        "folders name a date or month); check it.",
    ),
    "EVIDENCE_AMBIGUOUS": (
        "warning",
        "Data dukung '{value}' bisa untuk beberapa butir ({item}); tidak ditautkan ke satu pun. Sebutkan "
        "butirnya (mis. P.1.i.a, atau folder PEMENUHAN/REFORM) pada nama folder atau berkas.",
        "Evidence '{value}' could belong to several items ({item}); linked to none. Name the item (e.g. "
        "P.1.i.a, or a PEMENUHAN/REFORM folder) in its folder or file name.",
    ),
}


def finding_args(f: dict[str, Any]) -> dict[str, Any]:
    """The message arguments of an importer finding (a dict from an importer or workbook reader)."""
    return {
        "action": f.get("action", ""),
        "action_en": f.get("action_en", ""),
        "value": f.get("value", ""),
        "row": f.get("line", ""),
        "what": f.get("what", ""),
        "theirs": f.get("theirs", ""),
        "ours": f.get("ours", ""),
        "text": f.get("value", ""),
        "item": f.get("item"),
    }


def render(code: str, lang: str, **kw: Any) -> str:
    """Render the message of flag ``code`` in ``lang`` (an importer's action in English when it has one)."""
    _, ind, eng = FLAGS[code]
    if lang == "en" and kw.get("action_en"):
        kw["action"] = kw["action_en"]
    return (eng if lang == "en" else ind).format(**kw)


def severity(code: str) -> str:
    return FLAGS[code][0]
