"""The words of bad-input problems in Indonesian: what a value must be, and what was found instead.

Code writes a problem in English (``must be one of A, B; got 'C'``), the canonical form kept in
logs, exceptions and ``--lang en``; :func:`localise` turns the ``must`` and ``got`` phrases into
Indonesian when a problem is printed. A phrase that embeds values is a pattern: ``one of {values}``
matches ``one of A, B`` and gives ``salah satu dari A, B``. Field names and the user's own values
are never translated. A ``must`` phrase this table does not know returns ``None`` so the whole
problem prints in English rather than half translated (a test fails while any phrase is missing).
"""

from __future__ import annotations

import re
from functools import cache

from zi_eval.messages import MESSAGES

#: Phrases that are whole ``must`` or ``got`` texts, English → Indonesian.
EXACT: dict[str, str] = {
    # types (JSON Schema and pydantic errors)
    "a mapping": "pemetaan (kunci: nilai)",
    "a list": "daftar",
    "text": "teks",
    "an integer": "bilangan bulat",
    "a number": "angka",
    "true or false": "true atau false",
    "empty": "kosong",
    "null": "null",
    "a date (YYYY-MM-DD)": "tanggal (YYYY-MM-DD)",
    "valid": "sah",
    "present": "ada (wajib diisi)",
    "a known field (unknown field)": "kunci yang dikenal (kunci ini tidak dikenal)",
    "an activity id that is no LKE item code": "id kegiatan yang bukan kode butir LKE",
    "non-empty text": "teks yang tidak kosong",
    # the YAML parser's commonest slips, in the file's terms (zi_eval.io.yamlsrc.plain_problem)
    "the file ends inside a quote or a bracket left open": "berkas berakhir di dalam tanda kutip atau kurung yang belum ditutup",
    "a backslash inside double quotes (write a Windows path in single quotes, or with /)": "garis miring terbalik di dalam tanda kutip ganda (tulis jalur Windows di antara tanda kutip tunggal, atau dengan /)",
    "a tab used to indent (indent with spaces)": "tab dipakai sebagai inden (inden dengan spasi)",
    "a list [ … ] not closed with ]": "daftar [ … ] yang tidak ditutup dengan ]",
    "a mapping { … } not closed with }": "pemetaan { … } yang tidak ditutup dengan }",
    "a key without ':' (write key: value)": "kunci tanpa ':' (tulis kunci: nilai)",
    "a line indented unlike the keys around it": "baris yang indennya tidak sejajar dengan kunci di sekitarnya",
    "a line indented unlike the list entries around it": "baris yang indennya tidak sejajar dengan entri daftar di sekitarnya",
    "a ':' inside a value (put the value in quotes)": "tanda ':' di dalam nilai (apit nilainya dengan tanda kutip)",
    "a list entry '-' where a key was expected": "entri daftar '-' di tempat yang seharusnya kunci",
    "an alias *name without its anchor &name": "alias *nama tanpa jangkar &nama",
    # files and documents
    "an existing file": "berkas yang ada",
    "an existing file or folder": "berkas atau folder yang ada",
    "a regular file": "berkas biasa",
    "a file path": "jalur berkas",
    "a text file": "berkas teks",
    "UTF-8 text": "teks UTF-8",
    "valid YAML": "YAML yang sah",
    "a YAML document of sane depth": "dokumen YAML dengan kedalaman wajar",
    "a YAML mapping": "pemetaan YAML",
    "a rubric file or a shipped rubric id": "berkas rubrik atau id rubrik bawaan",
    "at least one unit file": "sekurang-kurangnya satu berkas unit",
    "a unit file (.yaml)": "berkas unit (.yaml)",
    "an LKE workbook (.xlsx)": "workbook LKE (.xlsx)",
    "a file name for the workbook (.xlsx)": "nama berkas untuk workbook (.xlsx)",
    "a file name ending in .xlsx": "nama berkas berakhiran .xlsx",
    "a spreadsheet (.xlsx, .xls, .ods or .csv)": "lembar kerja (.xlsx, .xls, .ods atau .csv)",
    "a unit YAML, an RA plan table or an LKE workbook": "YAML unit, tabel rencana aksi, atau workbook LKE",
    "a text table, a spreadsheet, a PDF or a .docx": "tabel teks, lembar kerja, PDF atau .docx",
    "a plan saved as .docx, PDF or a spreadsheet": "rencana yang disimpan sebagai .docx, PDF atau lembar kerja",
    "an unencrypted plan": "rencana yang tidak terenkripsi",
    "an unencrypted workbook": "workbook yang tidak terenkripsi",
    "a readable sheet": "lembar yang dapat dibaca",
    "a readable CSV file": "berkas CSV yang dapat dibaca",
    "a .docx document (a zip archive)": "dokumen .docx (arsip zip)",
    "a .docx document": "dokumen .docx",
    "a readable .docx document": "dokumen .docx yang dapat dibaca",
    "a .docx whose text is its own (open it in Word and save it again as .docx)": (
        "dokumen .docx yang teksnya miliknya sendiri (buka di Word lalu simpan lagi sebagai .docx)"
    ),
    "a PDF without a password": "PDF tanpa kata sandi",
    "a readable PDF": "PDF yang dapat dibaca",
    "a PDF with a text layer (not a scan)": "PDF dengan lapisan teks (bukan hasil pindai)",
    "a plan printed with all its columns on each page (fit to one page wide), or the spreadsheet itself": (
        "rencana yang dicetak dengan semua kolomnya di tiap halaman (muat satu halaman lebar), "
        "atau berkas spreadsheet-nya sendiri"
    ),
    "a PDF whose pages read upright (turn the sideways pages and save it again)": (
        "PDF yang halamannya tegak (putar halaman yang miring lalu simpan lagi)"
    ),
    "a mapping of role -> list of header words": "pemetaan peran -> daftar kata judul kolom",
    "a non-empty list of header words": "daftar kata judul kolom yang tidak kosong",
    "a header word": "kata judul kolom",
    # unit files
    "a unique activity id": "id kegiatan yang unik",
    "a unique evidence id": "id data dukung yang unik",
    "an item code of the rubric": "kode butir rubrik",
    "an item code of this rubric": "kode butir rubrik ini",
    "an activity id or item code": "id kegiatan atau kode butir",
    "an evidence id of this file": "id data dukung di berkas ini",
    "an evidence id the unit does not hold yet": "id data dukung yang belum ada di unit",
    # hostile-out: what a scenario change names must be there
    "an activity id of the unit or of an earlier change": "id kegiatan di unit atau dari perubahan sebelumnya",
    "an evidence id of the unit or of an earlier change": "id data dukung di unit atau dari perubahan sebelumnya",
    "a pengungkit item (survey and capaian kinerja go under 'hasil')": (
        "butir pengungkit (survei dan capaian kinerja diisi di bawah 'hasil')"
    ),
    "absent for an option item": "tidak diisi untuk butir pilihan",
    "absent for a percentage item (give counts)": "tidak diisi untuk butir persentase (isi counts)",
    "a path relative to the plan's folder": "jalur relatif terhadap folder rencana",
    "a path inside the plan's folder (no '..')": "jalur di dalam folder rencana (tanpa '..')",
    "a path inside the plan's folder (links may not leave it)": (
        "jalur di dalam folder rencana (tautan tidak boleh keluar darinya)"
    ),
    "a file next to the plan, not a folder": "berkas di samping rencana, bukan folder",
    "an existing file next to the plan": "berkas yang ada di samping rencana",
    # rubric files
    "an area listed under 'areas'": "area yang tercantum di bawah 'areas'",
    "components whose weights add up to 100": "komponen yang bobotnya berjumlah 100",
    "an area used by some aspect": "area yang dipakai oleh suatu aspek",
    "a unique area id": "id area yang unik",
    "a unique indicator code": "kode indikator yang unik",
    "a unique item code": "kode butir yang unik",
    "a unique predicate id": "id predikat yang unik",
    "a value between 0 and 1": "nilai antara 0 dan 1",
    "a survey conversion (min, max, rule)": "konversi survei (min, max, rule)",
    "a formula for a percentage item": "rumus untuk butir persentase",
    "inputs declared under 'inputs'": "masukan yang dinyatakan di bawah 'inputs'",
    "a ratio with numerator and denominator": "rasio dengan pembilang dan penyebut",
    "a reduction with previous and current": "penurunan dengan previous dan current",
    "a ZI area id or null": "id area ZI atau null",
    "an alias used once": "alias yang dipakai sekali",
    # LKE workbooks written by zi-eval template
    "a month mark (✓, v, x, 1, ■, ●) or empty": "tanda bulan (✓, v, x, 1, ■, ●) atau kosong",
    "months 1-12 separated by commas": "bulan 1-12 dipisah koma",
    "item codes (P.1.i.a), one per line, optionally 'CODE [how]: reason'": (
        "kode butir (P.1.i.a), satu per baris, boleh 'KODE [cara]: alasan'"
    ),
    "item codes (P.1.i.a) separated by new lines or commas": "kode butir (P.1.i.a) dipisah baris baru atau koma",
    "the id of an activity listed above this sub-step": "id kegiatan yang tercantum di atas sub-langkah ini",
    "a date YYYY-MM-DD": "tanggal YYYY-MM-DD",
    "a row with this field filled in": "baris dengan isian ini terisi",
    "a year such as 2025": "tahun seperti 2025",
    "an item code (P.1.i.a) listed once": "kode butir (P.1.i.a) yang dicantumkan sekali",
    "a year in the LKE title block (e.g. 'Tahun 2025') or in the file name (or zi-eval import --year)": (
        "tahun di blok judul LKE (mis. 'Tahun 2025') atau di nama berkas (atau zi-eval import --year)"
    ),
    # evidence (zi-eval evidence)
    "an existing folder, a table of links (.xlsx, .xls, .ods, .csv) or an evidence YAML": (
        "folder yang ada, tabel tautan (.xlsx, .xls, .ods, .csv) atau YAML data dukung"
    ),
    "an http:// or https:// address": "alamat http:// atau https://",
    "a folder (a table carries its own links)": "folder (tabel sudah membawa tautannya sendiri)",
    "a file path for the evidence YAML": "jalur berkas untuk YAML data dukung",
    "an evidence YAML file (.yaml)": "berkas YAML data dukung (.yaml)",
    "a table of links (folder scanning is not installed)": "tabel tautan (pemindaian folder tidak terpasang)",
    "a YAML list of evidence records": "daftar YAML berisi catatan data dukung",
    "an LKE sheet with a Data Dukung / Link Bukti column": "lembar LKE dengan kolom Data Dukung / Link Bukti",
    "a table of links (.xlsx, .xls, .ods or .csv)": "tabel tautan (.xlsx, .xls, .ods atau .csv)",
    "a header row naming an item column (Kode, Butir, No, Pertanyaan) and a link column "
    "(Link, URL, Tautan, Data Dukung, Bukti), or an LKE sheet": (
        "baris judul yang memuat kolom butir (Kode, Butir, No, Pertanyaan) dan kolom tautan "
        "(Link, URL, Tautan, Data Dukung, Bukti), atau lembar LKE"
    ),
    "an address starting with http:// or https://": "alamat yang diawali http:// atau https://",
    "an existing folder of data dukung": "folder data dukung yang ada",
    "a .png file (the chart is a PNG image)": "berkas .png (grafiknya gambar PNG)",
    # what was found instead
    "no such file or folder": "berkas atau folder tidak ada",
    "the same file": "berkas yang sama",
    "one of them": "salah satunya",
    "a folder where the report replaces no file it reads": "folder tempat laporan tidak menimpa berkas yang dibacanya",
    "the input file": "berkas masukan",
    "a folder": "sebuah folder",
    "nothing": "tidak ada",
    "list": "daftar",  # the Python type of a whole document that is not a mapping
    "str": "teks",
    "int": "bilangan bulat",
    "float": "angka",
    "bool": "true atau false",
    "none": "tidak ada",
    "none found": "tidak ditemukan",
    "no such file": "berkas tidak ada",
    "an empty file": "berkas kosong",
    "binary data": "data biner",
    "a directory": "sebuah folder",
    "a directory or special file": "folder atau berkas khusus",
    "an existing folder": "folder yang sudah ada",
    "a file one may write": "berkas yang boleh ditulis",
    "a read-only file": "berkas hanya-baca",
    "a path in a folder one may write": "path di folder yang boleh ditulis",
    "room to write the file": "ruang untuk menulis berkas",
    "no permission": "tidak ada izin",
    "the disk is full": "disk penuh",
    "a read-only file system": "sistem berkas hanya-baca",
    "a name too long": "nama terlalu panjang",
    "a path through a file": "path melewati sebuah berkas",
    "an error of the system": "galat sistem",
    "numbers of at most 4300 digits": "bilangan paling banyak 4300 angka",
    "a longer number": "bilangan yang lebih panjang",
    "a path without NUL characters": "path tanpa karakter NUL",
    "a path the file system can hold": "path yang dapat disimpan sistem berkas",
    "a value too deep or too long to show": "nilai yang terlalu dalam atau terlalu panjang untuk ditampilkan",
    "a folder address with no ? or # part": "alamat folder tanpa bagian ? atau #",
    "a site that serves the folder by path (Google Drive does not: scan the synced folder "
    "without --base-url, or give a table of the files' links)": "situs yang menyajikan folder menurut "
    "jalurnya (Google Drive tidak: pindai folder yang disinkronkan tanpa --base-url, atau berikan tabel "
    "tautan berkasnya)",
    "an evidence file, not a unit file (use --into to merge)": "berkas data dukung, bukan berkas unit (pakai --into untuk menggabungkan)",
    "a unit file": "sebuah berkas unit",
    "another kind of file": "jenis berkas lain",
    "no LKE sheet": "tidak ada lembar LKE",
    "not a zip file": "bukan berkas zip",
    "more": "lebih banyak",
    "more (an alias bomb, or a file too large)": "lebih banyak (bom alias, atau berkas terlalu besar)",
    "too deeply nested": "bersarang terlalu dalam",
    "anchors that do not contain themselves": "anchor yang tidak memuat dirinya sendiri",
    "a cycle": "sebuah lingkaran (anchor memuat dirinya)",
    "deeper": "lebih dalam",
    "a password-protected PDF": "PDF yang dilindungi kata sandi",
    "a password-protected file": "berkas yang dilindungi kata sandi",
    "an encrypted file": "berkas terenkripsi",
    "a password-protected Office file": "berkas Office yang dilindungi kata sandi",
    "an old binary Word document (.doc)": "dokumen Word biner lama (.doc)",
    "an OpenDocument text (.odt)": "teks OpenDocument (.odt)",
    "a Rich Text document (.rtf)": "dokumen Rich Text (.rtf)",
    "a document that embeds another file (w:altChunk)": "dokumen yang menyisipkan berkas lain (w:altChunk)",
    "an empty side": "satu sisi kosong",
    "a missing count": "satu hitungan tidak ada",
    "a PDF with text but no ruled table (save the plan as .docx/.xlsx, or print it with cell borders)": (
        "PDF berisi teks tetapi tanpa tabel bergaris (simpan rencana sebagai .docx/.xlsx, "
        "atau cetak dengan garis sel)"
    ),
    # rubric criteria (models/rubric_checks)
    "a unique criterion id in its predicate": "id kriteria yang unik dalam predikatnya",
    "an id other than prior-predicate or area:…": "id selain prior-predicate atau area:…",
    "absent for each_zi_area_percent": "tidak ada untuk each_zi_area_percent",
    "present when label_en is given": "ada bila label_en diisi",
}

#: Phrases that embed values: ``{name}`` is kept as found; ``{n}`` matches only a number and
#: ``{model}`` only a model name. Specific patterns come before general ones.
PATTERNS: tuple[tuple[str, str], ...] = (
    ("one of {values} or null", "salah satu dari {values} atau null"),
    ("one of {values}", "salah satu dari {values}"),
    ("an op of {values}", "op salah satu dari {values}"),
    ("≤ the maximum reachable ({n})", "≤ nilai tertinggi yang dapat dicapai ({n})"),
    ("≥ the {predicate} threshold ({n})", "≥ ambang {predicate} ({n})"),
    ("≥ {n}", "≥ {n}"),
    ("≤ {n}", "≤ {n}"),
    ("> {n}", "> {n}"),
    ("< {n}", "< {n}"),
    ("a {model}", "isian {model}"),
    ("valid ({rule})", "sah ({rule})"),
    ("text matching {pattern}", "teks yang cocok dengan pola {pattern}"),
    ("a list of at least {n} entries", "daftar berisi sekurang-kurangnya {n} entri"),
    ("a list of at most {n} entries", "daftar berisi paling banyak {n} entri"),
    ("at least {n} characters", "sekurang-kurangnya {n} karakter"),
    ("at most {n} characters", "paling banyak {n} karakter"),
    ("at most {n} bytes (ZI_EVAL_MAX_BYTES)", "paling banyak {n} bita (ZI_EVAL_MAX_BYTES)"),
    ("at most {n} rows", "paling banyak {n} baris"),
    ("at most {n} merged ranges", "paling banyak {n} rentang sel gabungan"),
    ("at most {n} nodes after aliases", "paling banyak {n} simpul setelah alias diurai"),
    ("at most {n} levels deep", "paling banyak {n} tingkat kedalaman"),
    ("at most {n} MiB of text after aliases", "paling banyak {n} MiB teks setelah alias diurai"),
    ("a year from {n} to {m}", "tahun dari {n} sampai {m}"),
    ("a .docx that unpacks to at most {n} bytes", ".docx yang terurai menjadi paling banyak {n} bita"),
    ("an .{kind} that unpacks to at most {n} bytes", ".{kind} yang terurai menjadi paling banyak {n} bita"),
    ("an .{kind} workbook (a zip archive)", "workbook .{kind} (arsip zip)"),
    ("an .{kind} workbook", "workbook .{kind}"),
    ("a readable .{kind} workbook", "workbook .{kind} yang dapat dibaca"),
    (
        "a workbook of at most {n} filled cells and {m} MiB of text",
        "workbook berisi paling banyak {n} sel terisi dan {m} MiB teks",
    ),
    ("a PDF of at most {n} pages", "PDF paling banyak {n} halaman"),
    ("a PDF of at most {n} rows", "PDF paling banyak {n} baris"),
    ("the sum of its aspects' weights ({n})", "jumlah bobot aspeknya ({n})"),
    ("the sum of its areas' weights ({n})", "jumlah bobot areanya ({n})"),
    ("the sum of its indicators' weights ({n})", "jumlah bobot indikatornya ({n})"),
    ("the sum of its parts in each aspect ({n})", "jumlah bagiannya di setiap aspek ({n})"),
    ("the options of {type}", "pilihan dari {type}"),
    ("the options {options}", "pilihan {options}"),
    ("an existing {kind} id", "id {kind} yang ada"),
    ("a file other than the units in {name}", "berkas selain unit-unit di {name}"),
    ("a file other than {name}", "berkas selain {name}"),
    ("a path of at most {n} characters", "path paling banyak {n} karakter"),
    (
        "a folder inside the unit file's folder {folder} (evidence paths may not leave it), "
        "or give --base-url to record addresses instead",
        "folder di dalam folder berkas unit {folder} (jalur data dukung tidak boleh keluar darinya), "
        "atau beri --base-url agar yang dicatat alamatnya",
    ),
    ("one row per field ({key} is also in row {n})", "satu baris per isian ({key} juga ada di baris {n})"),
    ("a field of the unit sheet ({fields})", "isian lembar Unit ({fields})"),
    (
        "equal to the unit file's {value} (merge --force replaces it)",
        "sama dengan {value} di berkas unit (merge --force menggantinya)",
    ),
    (
        "the unit file's id {value} (merge --force merges anyway)",
        "id berkas unit {value} (merge --force tetap menggabungkan)",
    ),
    (
        "the unit file's year {value} (merge --force merges anyway)",
        "tahun berkas unit, {value} (merge --force tetap menggabungkan)",
    ),
    (
        "the unit file's unit {value} (merge --force merges anyway)",
        "unit dalam berkas unit, {value} (merge --force tetap menggabungkan)",
    ),
    ("{value} (its title)", "{value} (judulnya)"),
    ("{value} (its file name)", "{value} (nama berkasnya)"),
    (
        "an LKE sheet with at least {n} of the rubric's {m} items matched to rows",
        "lembar LKE dengan sekurang-kurangnya {n} dari {m} butir rubrik yang cocok dengan baris",
    ),
    # what was found instead
    ("{n} entries", "{n} entri"),
    ("{n} characters", "{n} karakter"),
    ("{n} bytes", "{n} bita"),
    ("{n} rows", "{n} baris"),
    ("{n} ranges", "{n} rentang"),
    ("{n} pages", "{n} halaman"),
    ("byte 0x{hex}", "bita 0x{hex}"),
    # the YAML parser's own words for the commonest slips (others stay as the parser says them)
    ("duplicate key {key}", "kunci ganda {key}"),
    ("found character that cannot start any token", "karakter yang tidak dapat mengawali token"),
    (
        "found character {char} that cannot start any token",
        "karakter {char} yang tidak dapat mengawali token",
    ),
    ("did not find expected {what}", "tidak menemukan {what} yang diharapkan"),
    ("mapping values are not allowed here", "nilai pemetaan (:) tidak diperbolehkan di sini"),
    ("could not determine a constructor for the tag {tag}", "tag yang tidak dikenal {tag}"),
    ("found undefined alias {alias}", "alias yang tidak didefinisikan {alias}"),
    ("a zip without {member}", "zip tanpa {member}"),
    ("sheet {name} with columns {columns}", "lembar {name} dengan kolom {columns}"),
    ("no such row in sheets {names}", "tidak ada baris seperti itu di lembar {names}"),
    ("a damaged PDF ({detail})", "PDF rusak ({detail})"),
    ("page {n} reads sideways", "halaman {n} terbaca miring"),
    (
        "month columns {first}–{last} printed apart from page {page} on: {n} rows beside {m} rows of activities",
        "kolom bulan {first}–{last} tercetak terpisah mulai halaman {page}: {n} baris di samping {m} baris kegiatan",
    ),
    ("more by page {n}", "lebih banyak pada halaman {n}"),
    ("no text on any of {n} pages", "tidak ada teks di satu pun dari {n} halaman"),
    ("no table in {n} lines of text", "tidak ada tabel dalam {n} baris teks"),
    (
        "{n} table rows, but no header naming KEGIATAN/RENCANA AKSI/URAIAN with a schedule, area or indicator",
        "{n} baris tabel, tetapi tidak ada judul kolom KEGIATAN/RENCANA AKSI/URAIAN dengan jadwal, "
        "area atau indikator",
    ),
    (
        "{n} cells holding {m} MiB of text once expanded",
        "{n} sel berisi {m} MiB teks setelah diurai",
    ),
    (
        "no header row naming Jawaban with Bobot/Pilihan Jawaban/Nilai in sheets {names}",
        "tidak ada baris judul yang memuat Jawaban dengan Bobot/Pilihan Jawaban/Nilai di lembar {names}",
    ),
    (
        "sheet {name}: header row {n}, columns {columns}, {m} items matched; "
        "the items are spread over {k} sheets ({parts}): put them on one sheet",
        "lembar {name}: baris judul {n}, kolom {columns}, {m} butir cocok; "
        "butir tersebar di {k} lembar ({parts}): satukan dalam satu lembar",
    ),
    (
        "sheet {name}: header row {n}, columns {columns}, {m} items matched",
        "lembar {name}: baris judul {n}, kolom {columns}, {m} butir cocok",
    ),
    # resource budgets (zi_eval/limits.py)
    (
        "at most {n} cells (rows × columns up to the last filled cell)",
        "paling banyak {n} sel (baris × kolom sampai sel terisi terakhir)",
    ),
    ("{n} cells ({m} rows × {k} columns)", "{n} sel ({m} baris × {k} kolom)"),
    (
        "a workbook of at most {n} cells in all its sheets (rows × columns up to the last filled cell)",
        "workbook berisi paling banyak {n} sel di semua lembarnya (baris × kolom sampai sel terisi terakhir)",
    ),
    ("{n} cells in {k} sheets", "{n} sel di {k} lembar"),
)

#: Catalogue messages (zi_eval/messages.py) that code passes in English as a ``must`` phrase.
CATALOGUE_PHRASES = ("import_need_table", "import_strict", "import_bad_column", "us_need_sheet")

#: What a placeholder may match; any other name matches any text.
_SLOT = {
    "n": r"-?\d[\d.,]*",
    "m": r"-?\d[\d.,]*",
    "k": r"\d+",
    "model": r"[A-Z][A-Za-z]+",
    "hex": r"[0-9a-f]{2}",
}

#: A ``must`` that is a literal (``60``, ``'WBK'``, ``true``) reads the same in any language.
_LITERAL = re.compile(r"-?\d[\d.,]*|'[^']*'|\"[^\"]*\"|true|false")

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _compile(template: str) -> re.Pattern[str]:
    """Turn ``one of {values}`` into an anchored regex with one named group per placeholder."""
    out, at = [], 0
    for m in _PLACEHOLDER.finditer(template):
        out.append(re.escape(template[at : m.start()]))
        out.append(f"(?P<{m.group(1)}>{_SLOT.get(m.group(1), '.+?')})")
        at = m.end()
    out.append(re.escape(template[at:]))
    return re.compile("".join(out), re.DOTALL)


@cache  # compiled on the first problem printed, not on every start of the CLI
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = list(PATTERNS) + [(MESSAGES[k]["en"], MESSAGES[k]["id"]) for k in CATALOGUE_PHRASES]
    return tuple((_compile(en), id_) for en, id_ in pairs)


def translate(text: str) -> str | None:
    """Return the Indonesian of one ``must``/``got`` phrase, or ``None`` when it is not known.

    Alternatives joined by `` or `` (``a mapping or empty``) are translated part by part.
    """
    if text in EXACT:
        return EXACT[text]
    if _LITERAL.fullmatch(text):
        return text
    for rx, id_ in _compiled():
        m = rx.fullmatch(text)
        if m is not None:
            return id_.format(**m.groupdict())
    if " or " in text:
        parts = [translate(p) for p in text.split(" or ")]
        if all(p is not None for p in parts):
            return " atau ".join(p for p in parts if p is not None)
    return None


def localise(must: str, got: str, lang: str) -> str | None:
    """The ``must …; got …`` tail of a problem in ``lang``, or ``None`` when ``must`` is not known.

    ``got`` that is not a known phrase is the user's own value (``'D'``, ``13``) and stays as it is.
    """
    if lang == "en":
        return f"must be {must}; got {got}"
    must_id = translate(must)
    if must_id is None:
        return None
    got_id = translate(got)
    return f"harus {must_id}; didapat {got if got_id is None else got_id}"
