"""Declare the findings importers and the evidence scanner raise: their codes, severities and words.

A finding has no rule here: the reader that meets the problem raises it (``raised_by``), as a dict
with its code and arguments, and it reaches the flags through
:func:`zi_eval.flags.derive.derive_flags`. Its motivation and remediation are those of its family
(the plan importer, the LKE workbook reader, the links table, the scanner, the merge of a scan).
"""

from __future__ import annotations

from zi_eval.flags.declare import Declaration, Words

#: (motivation, remediation) of each family of findings
PLAN = (
    Words(
        "Pengimpor membaca bagian dokumen ini tidak persis seperti tertulis, atau tidak dapat membacanya; "
        "yang dinilai bisa berbeda dari maksud unit.",
        "The importer read this part of the document differently from how it is written, or could not "
        "read it; what is evaluated may differ from what the unit meant.",
    ),
    Words(
        "Periksa baris yang disebut di dokumen dan di berkas unit hasil impor; perbaiki yang salah lalu impor lagi.",
        "Check the line named in the document and in the imported unit file; correct whichever is wrong and "
        "import again.",
    ),
)
WORKBOOK = (
    Words(
        "Salinan lembar kerja LKE ini berbeda dari tata letak resmi atau dari rubrik di bagian ini; nilai yang "
        "terbaca bisa berbeda dari maksud unit.",
        "This LKE workbook copy differs from the official layout or from the rubric here; the score read may "
        "differ from the one the unit meant.",
    ),
    Words(
        "Bandingkan baris yang disebut dengan LKE resmi, perbaiki lembar kerjanya, lalu impor lagi.",
        "Compare the row named with the official LKE, correct the workbook, then import again.",
    ),
)
TABLE = (
    Words(
        "Baris tabel tautan ini tidak dapat dicatat sebagai data dukung; butirnya kehilangan dukungan itu.",
        "This row of the links table could not be recorded as evidence; its item loses that support.",
    ),
    Words(
        "Perbaiki baris di tabel (kode butir, tautan atau path), lalu pindai lagi.",
        "Correct the row in the table (item code, link or path), then scan again.",
    ),
)
SCAN = (
    Words(
        "Pemindai data dukung tidak dapat membaca atau menempatkan berkas ini pada satu butir; berkas itu tidak "
        "mendukung apa pun sampai ditempatkan.",
        "The evidence scanner could not read this file or place it on one item; it supports nothing until "
        "it is placed.",
    ),
    Words(
        "Ganti nama atau pindahkan berkas ke folder butirnya (atau beri kode butir pada namanya), lalu pindai lagi.",
        "Rename the file or move it into its item's folder (or put the item code in its name), then scan again.",
    ),
)
MERGE = (
    Words(
        "Berkas unit dan hasil pindaian terakhir berbeda tentang data dukung ini.",
        "The unit file and the latest scan disagree about this evidence record.",
    ),
    Words(
        "Periksa versi mana yang benar, sunting berkas unit, lalu pindai lagi.",
        "Check which version is right, edit the unit file, then scan again.",
    ),
)


def _finding(
    code: str, severity: str, family: tuple[Words, Words], raised_by: str, ind: str, eng: str
) -> Declaration:
    return Declaration(code, severity, Words(ind, eng), *family, stage="finding", raised_by=raised_by)


FINDINGS = (
    _finding(
        "IMPORT_MARK_OUTSIDE_MONTHS",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: {action}.",
        "Import: {action}.",
    ),
    _finding(
        "IMPORT_UNKNOWN_MARK",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: isi sel bulan tidak dikenal ({value}); {action}.",
        "Import: unknown month cell content ({value}); {action}.",
    ),
    _finding(
        "IMPORT_CROSS_NO_MARK",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: {action}; periksa keterangan tanda rencana.",
        "Import: {action}; check the plan's legend of marks.",
    ),
    _finding(
        "IMPORT_ROW_SPLIT",
        "info",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: '{value}': {action}.",
        "Import: '{value}': {action}.",
    ),
    _finding(
        "IMPORT_SHEET_CONTINUED",
        "info",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: sheet '{value}': {action}.",
        "Import: sheet '{value}': {action}.",
    ),
    _finding(
        "IMPORT_REALISATION_ROW",
        "info",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: '{value}': {action}.",
        "Import: '{value}': {action}.",
    ),
    _finding(
        "IMPORT_ACTIVITY_CANCELLED",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: '{value}': {action}.",
        "Import: '{value}': {action}.",
    ),
    _finding(
        "IMPORT_SYMBOL_TICK",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: sel bulan berisi '{value}', kode tanda centang huruf Wingdings/Symbol yang tersimpan tanpa "
        "hurufnya (.xls, CSV, teks): {action}.",
        "Import: the month cell holds '{value}', the code of a Wingdings/Symbol tick stored without its font "
        "(.xls, CSV, text): {action}.",
    ),
    _finding(
        "IMPORT_ROW_NOT_PLACED",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: {action}.",
        "Import: {action}.",
    ),
    _finding(
        "IMPORT_OTHER_TABLE",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: '{value}': {action}.",
        "Import: '{value}': {action}.",
    ),
    _finding(
        "IMPORT_OTHER_PLAN",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: '{value}': {action}.",
        "Import: '{value}': {action}.",
    ),
    _finding(
        "IMPORT_OTHER_UNIT",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: unit '{value}': {action}.",
        "Import: unit '{value}': {action}.",
    ),
    _finding(
        "IMPORT_ROW_JOINED",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: '{value}': {action}.",
        "Import: '{value}': {action}.",
    ),
    _finding(
        "IMPORT_MONTH_HEADER_GUESSED",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: judul kolom bulan '{value}' tidak dikenal atau menyebut bulan lain dari tempatnya; {action}.",
        "Import: month column header '{value}' is no month name, or names another month than its place; read as the month between its neighbours.",
    ),
    _finding(
        "IMPORT_CELL_UNREAD",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: {action} (buka dan simpan berkas di Excel atau LibreOffice agar hasil rumus tersimpan).",
        "Import: a month cell holds {value} with no readable value (a formula without a saved result, or an error); the month is not scheduled. Open and save the file in Excel or LibreOffice.",
    ),
    _finding(
        "IMPORT_HIDDEN_ROWS",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: baris tersembunyi {value} dibaca sebagai kegiatan ({action}); periksa apakah masih berlaku.",
        "Import: hidden rows {value} were read as activities; check they still belong to the plan.",
    ),
    _finding(
        "IMPORT_HIDDEN_TEXT",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: '{value}': {action}.",
        "Import: '{value}': {action}.",
    ),
    _finding(
        "IMPORT_SHEET_SKIPPED",
        "info",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: sheet '{value}' dilewati: {action}.",
        "Import: sheet '{value}' skipped: a hidden sheet, an instruction or example sheet, a monitoring report, or another year's plan.",
    ),
    _finding(
        "IMPORT_AREA_UNKNOWN",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: area RA '{value}' tidak dikenal; area ZI dibiarkan kosong.",
        "Import: RA area '{value}' is not a known area; its ZI area is left empty.",
    ),
    _finding(
        "IMPORT_NO_ACTIVITY", "error", PLAN, "zi_eval/ra/build.py", "Impor: {action}.", "Import: {action}."
    ),
    _finding(
        "IMPORT_YEAR_ASSUMED", "warning", PLAN, "zi_eval/ra/build.py", "Impor: {action}.", "Import: {action}."
    ),
    _finding(
        "IMPORT_YEAR_RANGE", "warning", PLAN, "zi_eval/ra/build.py", "Impor: {action}.", "Import: {action}."
    ),
    _finding(
        "IMPORT_WORKBOOK_MISMATCH",
        "warning",
        WORKBOOK,
        "zi_eval/lke/reader.py",
        "Lembar kerja baris {row}: nilai {what} di berkas {theirs} berbeda dari hitungan rubrik {ours}.",
        "Workbook row {row}: {what} is {theirs} in the file but {ours} by the rubric.",
    ),
    _finding(
        "IMPORT_WORKBOOK_UNMATCHED",
        "warning",
        WORKBOOK,
        "zi_eval/lke/reader.py",
        "Lembar kerja baris {row}: tidak dapat dicocokkan dengan butir LKE ('{text}').",
        "Workbook row {row}: could not be matched to an LKE item ('{text}').",
    ),
    _finding(
        "IMPORT_NOT_A_PLAN",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: '{value}': {action}.",
        "Import: '{value}': {action}.",
    ),
    _finding(
        "IMPORT_WORKBOOK_EVIDENCE_ELSEWHERE",
        "warning",
        WORKBOOK,
        "zi_eval/lke/reader.py",
        "Lembar kerja baris {row}: kolom Data dukung butir {item} kosong, tetapi lembar Catatan Jawaban atau "
        "Data Dukung masih menautkan {theirs}; tautan itu tetap dihitung (rumus lembar kerja memberi 0 dalam "
        "mode evidenced). Hapus tautannya di lembar itu bila memang bukan data dukung butir ini.",
        "Workbook row {row}: item {item}'s evidence cell is empty, but the Catatan Jawaban or Data Dukung sheet "
        "still links {theirs}; those links still count (the workbook's formula gives 0 in evidenced mode). "
        "Remove them on that sheet if they are not this item's evidence.",
    ),
    _finding(
        "IMPORT_WORKBOOK_ROW_TWICE",
        "warning",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: baris ini juga butir {item} ('{text}'), yang sudah dibaca dari baris {ours}; "
        "jawaban baris ini ({theirs}) tidak dibaca. Periksa kedua baris: salah satunya mungkin salah tempat "
        "atau rangkap.",
        "Workbook row {row}: this row is also item {item} ('{text}'), already read from row {ours}; this "
        "row's answer ({theirs}) is not read. Check both rows: one of them may be misplaced or a duplicate.",
    ),
    _finding(
        "IMPORT_AREA_MISSING",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: {value} kegiatan tanpa area ZI (lebih dari seperempat): kolom atau judul area tidak terbaca.",
        "Import: {value} activities have no ZI area (more than a quarter): no area column or heading was read.",
    ),
    _finding(
        "IMPORT_KEGIATAN_IS_AREA",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: teks kegiatan '{value}' sama dengan nama area; mungkin judul area yang terbaca sebagai kegiatan.",
        "Import: kegiatan '{value}' is an area name; probably an area heading read as an activity.",
    ),
    _finding(
        "IMPORT_MONTHS_UNMARKED",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: {action}.",
        "Import: {action}.",
    ),
    _finding(
        "IMPORT_NO_SCHEDULE",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: rencana tanpa jadwal (tidak ada kolom bulan atau waktu); semua kegiatan tanpa bulan.",
        "Import: the plan has no schedule (no month or timing column); no activity has months.",
    ),
    _finding(
        "IMPORT_CUMULATIVE_MONTHS",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: sel bulan berisi persentase yang terus bertambah (target kumulatif, mis. '{value}'); {action}.",
        "Import: the month cells hold percentages that only grow (cumulative targets, e.g. '{value}'); {action}.",
    ),
    _finding(
        "IMPORT_MONTHS_OUT_OF_ORDER",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: kolom bulan tidak berurutan Januari–Desember (bulan {value}); {action}. Periksa tahun bulan-bulan sesudah Desember.",
        "Import: the month columns do not run January to December (months {value}); {action}. Check the year of the months after December.",
    ),
    _finding(
        "IMPORT_TIMING_UNREAD",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: jadwal '{value}' tidak (seluruhnya) terbaca; {action}.",
        "Import: schedule '{value}' could not be (fully) read: {action}.",
    ),
    _finding(
        "IMPORT_TIMING_FROM_NOTES",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: kolom keterangan '{value}' menyebut jadwal: {action}; periksa bahwa itu jadwal kegiatan ini.",
        "Import: the notes column '{value}' names a schedule: {action}; check that it is this activity's schedule.",
    ),
    _finding(
        "IMPORT_TIMING_YEAR",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: jadwal '{value}' menyebut tahun lain dari tahun rencana; {action}.",
        "Import: schedule '{value}' names a year other than the plan's year; {action}.",
    ),
    _finding(
        "IMPORT_AREA_BY_NUMBER",
        "info",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: area '{value}' hanya bernomor; {action}.",
        "Import: area '{value}' is only a number; read in the LKE's order of the six ZI areas.",
    ),
    _finding(
        "IMPORT_AREA_BY_CODE",
        "info",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: area '{value}' hanya kode; {action}.",
        "Import: area '{value}' is only a code; read by its initials as the one area this plan's codes "
        "leave it.",
    ),
    _finding(
        "IMPORT_AREA_CODE_AMBIGUOUS",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: area '{value}' hanya kode dan bisa berarti {action}; area ZI dibiarkan kosong (isi area di "
        "berkas unit).",
        "Import: area '{value}' is only a code with more than one reading in this plan ({action}); its ZI "
        "area is left empty (set it in the unit file).",
    ),
    _finding(
        "IMPORT_MONTHS_NOT_READ",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: baris judul tabel memuat blok bulan kedua ({value}); {action}.",
        "Import: the table header holds a second block of months ({value}); {action}.",
    ),
    _finding(
        "IMPORT_TIMING_WRAPS",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: jadwal '{value}' melewati akhir tahun; {action}.",
        "Import: schedule '{value}' runs over the new year; the months after December are read as the "
        "plan year's.",
    ),
    _finding(
        "IMPORT_FILLED_MONTH",
        "info",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: {action} (sel berwarna tanpa tanda).",
        "Import: month(s) counted from a cell filled with a colour and no text.",
    ),
    _finding(
        "IMPORT_FILL_BACKGROUND",
        "info",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: {action}.",
        "Import: {action}.",
    ),
    _finding(
        "IMPORT_FILL_UNSURE",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: {action}.",
        "Import: {action}.",
    ),
    _finding(
        "IMPORT_CODE_UNKNOWN",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: kode LKE '{value}' tidak dikenali; kegiatan tanpa tautan LKE dari kolom kode.",
        "Import: LKE code '{value}' is not an item of the rubric; no link made from the code column.",
    ),
    _finding(
        "IMPORT_NAME_FROM_FILE",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: nama unit tidak ada di judul dokumen; diambil dari nama berkas ('{value}').",
        "Import: no unit name in the title block; taken from the file name ('{value}').",
    ),
    _finding(
        "IMPORT_COLUMN_UNUSED",
        "warning",
        PLAN,
        "zi_eval/ra/build.py",
        "Impor: --column {value}: tidak ada kolom dengan judul itu.",
        "Import: --column {value}: no column has that header.",
    ),
    _finding(
        "IMPORT_MONTH_GROUP_UNSURE",
        "warning",
        PLAN,
        "zi_eval/ra/parse.py",
        "Impor: kolom jadwal '{value}' tanpa baris bulan di bawahnya; {action}.",
        "Import: schedule column '{value}' has no month row under it; {action}.",
    ),
    _finding(
        "EVIDENCE_UNREADABLE",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "'{value}' tidak dapat dibaca (izin folder, tautan yang tidak menuju apa pun, pintasan Windows .lnk ke berkas di luar folder, atau bukan berkas biasa): isinya tidak dipindai.",
        "'{value}' cannot be read (a folder's permissions, a link that leads nowhere, a Windows .lnk shortcut to a file elsewhere, or no regular file): nothing in it is scanned.",
    ),
    _finding(
        "EVIDENCE_NAME_UNREADABLE",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Nama berkas '{value}' bukan teks UTF-8 (arsip zip dari Windows?): tidak dicatat; ganti namanya lalu pindai lagi.",
        "The file name '{value}' is not UTF-8 text (a zip from Windows?): not recorded; rename it and scan again.",
    ),
    _finding(
        "EVIDENCE_FOLDER_AREA_AMBIGUOUS",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Folder '{value}': kode '{theirs}' dapat berarti beberapa area ZI ({ours}); berkas di dalamnya ditempatkan menurut kata-katanya saja. Periksa butirnya, atau ganti nama folder dengan nama areanya.",
        "Folder '{value}': the code '{theirs}' may stand for several ZI areas ({ours}); its files are placed by their words alone. Check their items, or rename the folder with its area's name.",
    ),
    _finding(
        "EVIDENCE_ARCHIVE",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Berkas '{value}' adalah arsip: berkas di dalamnya tidak dibaca dan tidak dicatat sebagai data dukung; ekstrak arsipnya ke dalam folder lalu pindai ulang.",
        "The file '{value}' is an archive: the files inside it are not read nor recorded as evidence; extract it into the folder and scan again.",
    ),
    _finding(
        "EVIDENCE_FILE_EMPTY",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Berkas '{value}' kosong (0 bita): tidak dicatat sebagai data dukung; unggah atau salin ulang berkasnya.",
        "The file '{value}' is empty (0 bytes): not recorded as evidence; upload or copy the file again.",
    ),
    _finding(
        "EVIDENCE_FILE_SAYS_NONE",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Nama berkas '{value}' menyatakan dokumennya belum ada: tidak dicatat sebagai data dukung.",
        "The file name '{value}' says its document is not there: not recorded as evidence.",
    ),
    _finding(
        "EVIDENCE_FILE_UNFINISHED",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Berkas '{value}' adalah unduhan yang belum selesai: tidak dicatat sebagai data dukung; unduh ulang.",
        "The file '{value}' is an unfinished download: not recorded as evidence; download it again.",
    ),
    _finding(
        "EVIDENCE_ZI_EVAL_FILE",
        "info",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Berkas '{value}' adalah berkas zi-eval (berkas unit atau hasil pindaian), bukan data dukung: dilewati.",
        "The file '{value}' is a zi-eval file (a unit file or a scan's output), not evidence: skipped.",
    ),
    _finding(
        "EVIDENCE_TWIN_NAMES",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Berkas '{value}' dan '{theirs}' tampak bernama sama, tetapi hurufnya dikodekan berbeda (mis. folder "
        "dari Mac): keduanya dicatat sebagai dua data dukung; hapus salah satunya bila salinan.",
        "The files '{value}' and '{theirs}' look alike, but their letters are encoded differently (a folder "
        "from a Mac, say): both are recorded as two pieces of evidence; delete one if it is a copy.",
    ),
    _finding(
        "EVIDENCE_OTHER_YEAR",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Data dukung '{value}' menyebut tahun {theirs}, bukan tahun rencana ({ours}): bulannya tidak dihitung; periksa apakah masih berlaku untuk tahun ini.",
        "Evidence '{value}' names the year {theirs}, not the plan's year ({ours}): its months are not counted; check whether it still holds for this year.",
    ),
    _finding(
        "IMPORT_WORKBOOK_NO_EVIDENCE",
        "info",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: kolom data dukung {item} berisi '{theirs}', yang tidak menyebut data dukung; tidak dicatat sebagai bukti.",
        "Workbook row {row}: the evidence cell of {item} holds '{theirs}', which names no evidence; it is not recorded as evidence.",
    ),
    _finding(
        "IMPORT_WORKBOOK_EXTRA_LINKS",
        "info",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: {value} tautan di kolom {theirs} (di kanan kolom data dukung {ours}, tanpa judul kolom sendiri) dibaca sebagai data dukung butir di barisnya; periksa bahwa kolom itu memang berisi bukti.",
        "Workbook row {row}: {value} links in column(s) {theirs} (right of the evidence column {ours}, with no header of their own) were read as evidence of the item on their row; check those columns hold evidence.",
    ),
    _finding(
        "IMPORT_WORKBOOK_CELL_UNREAD",
        "warning",
        WORKBOOK,
        "zi_eval/lke/reader.py",
        "Lembar kerja baris {row}: sel jawaban {item} berisi {theirs} tanpa nilai yang terbaca (rumus tanpa hasil tersimpan, atau galat); dibaca kosong. Perbaiki, lalu buka dan simpan berkas di Excel atau LibreOffice.",
        "Workbook row {row}: the answer cell of {item} holds {theirs} with no readable value (a formula without a saved result, or an error); read as empty. Fix it, then open and save the file in Excel or LibreOffice.",
    ),
    _finding(
        "IMPORT_WORKBOOK_HIDDEN_ROWS",
        "warning",
        WORKBOOK,
        "zi_eval/lke/reader.py",
        "Lembar kerja: baris tersembunyi dibaca sebagai butir: {theirs}; periksa apakah itu jawaban yang berlaku.",
        "Workbook: hidden rows were read as items: {theirs}; check they hold the answers meant.",
    ),
    _finding(
        "IMPORT_WORKBOOK_PERCENT_MIXED",
        "warning",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: {item} diisi {theirs} tanpa tanda %, sedangkan baris % lain ditulis sebagai angka persen (mis. 85); dibaca {ours}. Periksa: mungkin maksudnya {theirs}%.",
        "Workbook row {row}: {item} holds {theirs} without a % sign while other % rows hold percentage points (e.g. 85); read as {ours}. Check it: {theirs}% may be meant.",
    ),
    _finding(
        "IMPORT_WORKBOOK_ANSWER_COLUMNS",
        "warning",
        WORKBOOK,
        "zi_eval/lke/reader.py",
        "Lembar kerja: ada beberapa kolom jawaban ({theirs}); yang dinilai {ours}. Periksa bahwa itu jawaban yang dimaksud.",
        "Workbook: there are several answer columns ({theirs}); {ours} is scored. Check it is the one meant.",
    ),
    _finding(
        "IMPORT_WORKBOOK_ITEM_MISSING",
        "warning",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja: butir {item} tidak ada barisnya ('{text}'); dianggap belum dijawab.",
        "Workbook: item {item} has no row ('{text}'); counted as unanswered.",
    ),
    _finding(
        "IMPORT_WORKBOOK_NORMALISED",
        "info",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: jawaban {item} '{theirs}' dibaca sebagai '{ours}'.",
        "Workbook row {row}: answer to {item} '{theirs}' read as '{ours}'.",
    ),
    _finding(
        "IMPORT_WORKBOOK_ANSWER_FROM_VALUE",
        "warning",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: jawaban {item} kosong; diambil dari kolom nilai ({theirs}) sebagai '{ours}'.",
        "Workbook row {row}: answer to {item} empty; taken from the value column ({theirs}) as '{ours}'.",
    ),
    _finding(
        "IMPORT_WORKBOOK_VALUE_WITHOUT_ANSWER",
        "warning",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: jawaban {item} kosong, tetapi kolom nilai berisi {theirs}, yang bukan nilai "
        "pilihan mana pun ({ours}); dianggap belum dijawab.",
        "Workbook row {row}: answer to {item} empty, but the value column holds {theirs}, the value of no "
        "option ({ours}); counted as unanswered.",
    ),
    _finding(
        "IMPORT_WORKBOOK_SURVEY_SCALE",
        "error",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: nilai survei {item} '{theirs}' di luar {ours}: tampaknya skala 0–100 "
        "(pada skala LKE sekitar {what}); dianggap belum diisi sampai diperbaiki.",
        "Workbook row {row}: survey value {item} '{theirs}' outside {ours}: it looks like a 0–100 scale "
        "(about {what} on the LKE's scale); counted as unanswered until corrected.",
    ),
    _finding(
        "IMPORT_WORKBOOK_BAD_ANSWER",
        "warning",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: jawaban {item} '{theirs}' bukan salah satu dari {ours}; dianggap belum dijawab.",
        "Workbook row {row}: answer to {item} '{theirs}' is not one of {ours}; counted as unanswered.",
    ),
    _finding(
        "IMPORT_WORKBOOK_COUNT_SUM",
        "warning",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: jumlah penyebut {item} diisi {theirs}, rinciannya berjumlah {ours}; dipakai {what} (yang sesuai dengan persentasenya bila ada).",
        "Workbook row {row}: the denominator of {item} is {theirs} but its detail rows add up to {ours}; {what} is used (the one its % agrees with, when it has one).",
    ),
    _finding(
        "IMPORT_WORKBOOK_PERCENT_AS_COUNTS",
        "info",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja baris {row}: {item} diisi persentase {theirs} tanpa jumlah; disimpan sebagai jumlah {ours}.",
        "Workbook row {row}: {item} holds the percentage {theirs} without counts; stored as counts {ours}.",
    ),
    _finding(
        "IMPORT_WORKBOOK_SHEET_CHOSEN",
        "info",
        WORKBOOK,
        "zi_eval/lke/reader.py",
        "Lembar kerja: berkas punya beberapa sheet LKE; dibaca '{theirs}' ({ours} butir cocok), diabaikan: {what}.",
        "Workbook: the file has several LKE sheets; read '{theirs}' ({ours} items matched), ignored: {what}.",
    ),
    _finding(
        "IMPORT_WORKBOOK_SHEETS_JOINED",
        "info",
        WORKBOOK,
        "zi_eval/lke/reader.py",
        "Lembar kerja: LKE terbagi di beberapa sheet; dibaca bersama: {theirs} (butir per sheet).",
        "Workbook: the LKE is cut into several sheets; read together: {theirs} (items per sheet).",
    ),
    _finding(
        "IMPORT_WORKBOOK_YEAR_FROM_NAME",
        "warning",
        WORKBOOK,
        "zi_eval/lke/build.py",
        "Lembar kerja: judul tidak menyebut tahun; dipakai tahun {ours} dari nama berkas.",
        "Workbook: the title block names no year; the year {ours} is taken from the file name.",
    ),
    _finding(
        "IMPORT_WORKBOOK_MERGED_ANSWER",
        "warning",
        WORKBOOK,
        "zi_eval/lke/merged_answers.py",
        "Lembar kerja baris {row}: sel jawaban {theirs} digabung (merge) melewati beberapa baris butir; jawaban '{value}' dibaca juga untuk {ours}. Periksa bahwa itu jawaban setiap butir.",
        "Workbook row {row}: the answer cell {theirs} is merged over several item rows; the answer '{value}' is read for {ours} too. Check it is each item's answer.",
    ),
    _finding(
        "IMPORT_WORKBOOK_MERGED_EVIDENCE",
        "info",
        WORKBOOK,
        "zi_eval/lke/merged_answers.py",
        "Lembar kerja baris {row}: sel data dukung {theirs} digabung (merge) melewati beberapa baris butir; data dukungnya ('{value}') dibaca juga untuk {ours}.",
        "Workbook row {row}: the evidence cell {theirs} is merged over several item rows; its evidence ('{value}') is read for {ours} too.",
    ),
    _finding(
        "EVIDENCE_TABLE_ROW_UNREAD",
        "warning",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: sel butir {what} tidak menyebut butir LKE ('{theirs}'); tautan baris ini tidak dicatat.",
        "Links table {value}: the item cells {what} name no LKE item ('{theirs}'); this row's links are not recorded.",
    ),
    _finding(
        "EVIDENCE_TABLE_MONTH_UNREAD",
        "warning",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: bulan atau tanggal '{theirs}' tidak (seluruhnya) terbaca; bulan yang terbaca saja yang dicatat, dan catatan tanpa bulan dianggap berlaku sepanjang tahun.",
        "Links table {value}: the month or date '{theirs}' could not be (fully) read; only the months read are recorded, and a record without months counts for the whole year.",
    ),
    _finding(
        "EVIDENCE_TABLE_NO_LINK",
        "warning",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: '{theirs}' disebut tanpa tautan atau berkas; tidak dicatat sebagai data dukung (daftar dokumen yang diminta bukan bukti).",
        "Links table {value}: '{theirs}' is named with no link or file; not recorded as evidence (a list of the documents required is no evidence).",
    ),
    _finding(
        "EVIDENCE_TABLE_LINK_NOWHERE",
        "warning",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: tautan '{theirs}' tidak membuka dokumen (halaman depan drive, atau alamat berkas tanpa id-nya); tidak dicatat sebagai data dukung. Salin tautan berbagi dokumennya sendiri.",
        "Links table {value}: the link '{theirs}' opens no document (a drive's front page, or a file's address without its id); not recorded as evidence. Copy the document's own share link.",
    ),
    _finding(
        "EVIDENCE_TABLE_OTHER_YEAR",
        "warning",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: kolom '{theirs}' untuk tahun lain; hanya kolom tahun {ours} yang dibaca.",
        "Links table {value}: the column '{theirs}' is for another year; only the {ours} column is read.",
    ),
    _finding(
        "EVIDENCE_TABLE_MERGED_LINK",
        "info",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: sel ini tertutup sel tautan gabungan (merge) {theirs}; tautannya dibaca juga untuk {ours}.",
        "Links table {value}: this cell lies under the merged link cell {theirs}; its links are read for {ours} too.",
    ),
    _finding(
        "EVIDENCE_TABLE_ROW_AMBIGUOUS",
        "warning",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: '{theirs}' cocok dengan beberapa butir ({ours}); tulis kodenya lengkap (mis. P.1.i.a); tautan baris ini tidak dicatat.",
        "Links table {value}: '{theirs}' fits several items ({ours}); write the full code (e.g. P.1.i.a); this row's links are not recorded.",
    ),
    _finding(
        "EVIDENCE_TABLE_PATH_OUTSIDE",
        "warning",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: path '{theirs}' di luar folder berkas unit ({ours}); tidak dicatat.",
        "Links table {value}: the path '{theirs}' is outside the unit file's folder ({ours}); not recorded.",
    ),
    _finding(
        "EVIDENCE_TABLE_PATH_MISSING",
        "warning",
        TABLE,
        "zi_eval/evidence/table.py",
        "Tabel tautan {value}: berkas '{theirs}' tidak ada; tidak dicatat.",
        "Links table {value}: the file '{theirs}' does not exist; not recorded.",
    ),
    _finding(
        "EVIDENCE_CONFLICT",
        "warning",
        MERGE,
        "zi_eval/evidence/merge.py",
        "Data dukung {what} di berkas unit berbeda dari hasil pindai ({theirs}); isi berkas unit dipertahankan.",
        "Evidence record {what} in the unit file differs from the scan ({theirs}); the unit file's version is kept.",
    ),
    _finding(
        "EVIDENCE_NOT_RESCANNED",
        "info",
        MERGE,
        "zi_eval/evidence/merge.py",
        "Data dukung {what} ('{theirs}') tidak ditemukan lagi oleh pindaian ini; tetap di berkas unit (mungkin dipindah atau dihapus).",
        "Evidence record {what} ('{theirs}') was not found by this scan; it stays in the unit file (it may have been moved or deleted).",
    ),
    _finding(
        "EVIDENCE_FOLDER_EMPTY",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Folder butir {item} '{value}' kosong: belum ada data dukung di dalamnya.",
        "Item folder '{value}' ({item}) is empty: it holds no evidence.",
    ),
    _finding(
        "EVIDENCE_LINK_OUTSIDE",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Tautan '{value}' menunjuk ke luar folder yang dipindai; tidak diikuti.",
        "Link '{value}' points outside the scanned folder; not followed.",
    ),
    _finding(
        "EVIDENCE_MONTHS_FROM_MTIME",
        "info",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Data dukung '{value}': bulan {ours} diambil dari waktu ubah berkas (nama dan foldernya tidak menyebut tanggal atau bulan); periksa.",
        "Evidence '{value}': month {ours} taken from the file's modification time (neither its name nor its folders name a date or month); check it.",
    ),
    _finding(
        "EVIDENCE_AMBIGUOUS",
        "warning",
        SCAN,
        "zi_eval/evidence/scan.py",
        "Data dukung '{value}' bisa untuk beberapa butir ({item}); tidak ditautkan ke satu pun. Sebutkan butirnya (mis. P.1.i.a, atau folder PEMENUHAN/REFORM) pada nama folder atau berkas.",
        "Evidence '{value}' could belong to several items ({item}); linked to none. Name the item (e.g. P.1.i.a, or a PEMENUHAN/REFORM folder) in its folder or file name.",
    ),
)
