"""The command line's help texts in English (``--lang en``): the parser is written in Indonesian, the
users' language, and :func:`in_english` puts every description and help text through this table.
``tests/test_cli_help.py`` fails when a help text has no English here."""

from __future__ import annotations

import argparse

HELP_EN: dict[str, str] = {
    "Evaluasi mandiri Zona Integritas (WBK/WBBM, PermenPAN-RB 90/2021).": (
        "Zona Integritas self-evaluation (WBK/WBBM, PermenPAN-RB 90/2021)."
    ),
    "tampilkan traceback untuk kesalahan internal": "show the traceback of an internal error",
    "bahasa pesan (bawaan: id)": "language of the messages (default: id)",
    "periksa berkas rubrik dan unit": "check rubric and unit files",
    "impor Rencana Aksi (.pdf/.docx/.xlsx/.xls/.ods/.txt/.tsv/.csv/.md) atau lembar kerja LKE "
    "(.xlsx/.xls/.ods/.csv) menjadi berkas unit YAML": (
        "import a Rencana Aksi (.pdf/.docx/.xlsx/.xls/.ods/.txt/.tsv/.csv/.md) or an LKE workbook "
        "(.xlsx/.xls/.ods/.csv) into a unit YAML file"
    ),
    "nilai unit: skor LKE, kesiapan WBK/WBBM, temuan": "evaluate a unit: LKE score, WBK/WBBM readiness, flags",
    "laporan HTML, grafik PNG dan lembar kerja LKE (.xlsx) ke sebuah folder": (
        "HTML report, PNG charts and an LKE workbook (.xlsx) into a folder"
    ),
    "bandingkan dan urutkan kesiapan banyak unit": "compare and rank the readiness of many units",
    "lembar kerja LKE (.xlsx) siap diisi di Excel atau LibreOffice": (
        "an LKE workbook (.xlsx) ready to fill in Excel or LibreOffice"
    ),
    "salin jawaban, jumlah, hasil dan data dukung lembar kerja ke berkas unit": (
        "copy a workbook's answers, counts, hasil and evidence into a unit file"
    ),
    "data dukung: pindai folder atau tabel tautan menjadi catatan evidence": (
        "evidence: scan a folder or a links table into evidence records"
    ),
    "berkas rubrik atau unit (YAML)": "rubric or unit file (YAML)",
    "rubrik untuk berkas unit (id atau path)": "rubric for unit files (id or path)",
    "dokumen rencana aksi": "the Rencana Aksi document",
    "berkas unit YAML yang ditulis (bawaan: layar)": "unit YAML file to write (default: the screen)",
    "tulis laporan impor lengkap (JSON)": "write the full import report (JSON)",
    "nama unit (menimpa judul dokumen)": "the unit's name (over the document's title)",
    "tahun rencana aksi (menimpa judul dokumen)": "the plan's year (over the document's title)",
    "rubrik untuk memetakan area (id atau path)": "rubric to map areas with (id or path)",
    "berkas YAML kata judul kolom tambahan (peran: [kata])": "YAML file of more column header words (role: [words])",
    "pakai kolom berjudul HEADER untuk peran ROLE (mis. kegiatan='Uraian Pekerjaan')": (
        "use the column headed HEADER for role ROLE (e.g. kegiatan='Uraian Pekerjaan')"
    ),
    "peringatan impor menjadi galat (exit 3)": "import warnings become errors (exit 3)",
    "berkas unit YAML, dokumen rencana aksi, atau lembar kerja LKE (.xlsx)": (
        "a unit YAML file, a Rencana Aksi document, or an LKE workbook (.xlsx)"
    ),
    "claimed (jawaban apa adanya), evidenced (bawaan: tanpa data dukung = 0), projected": (
        "claimed (answers as given), evidenced (default: no evidence = 0), projected"
    ),
    "bulan yang sudah jatuh tempo": "the last month due",
    "rubrik (id atau path)": "rubric (id or path)",
    "format keluaran": "output format",
    "tulis ke berkas, bukan layar ('-': layar)": "write to a file, not the screen ('-': the screen)",
    "YAML perubahan (what-if) yang diterapkan": "YAML of (what-if) changes to apply",
    "tampilkan yang perlu dikerjakan dulu menuju predikat target (juga di JSON)": (
        "show what to do first towards the target predicate (also in JSON)"
    ),
    "berapa temuan ditampilkan di teks (bawaan: 15; all: semuanya)": "how many flags the text shows (default: 15; all)",
    "berkas unit YAML, dokumen rencana aksi, atau lembar kerja LKE": (
        "a unit YAML file, a Rencana Aksi document, or an LKE workbook"
    ),
    "folder keluaran": "output folder",
    "cetak juga laporan ke PDF A4 (perlu Chromium terpasang)": "also print the report to an A4 PDF (needs Chromium)",
    "berkas unit, rencana aksi atau LKE, atau folder berisinya": "unit, plan or LKE files, or folders holding them",
    "grafik PNG: peta panas area dan peringkat nilai": "PNG chart: heat map of areas and ranking of scores",
    "proses paralel untuk memuat banyak berkas (bawaan: 1)": "parallel processes to load many files (default: 1)",
    "berkas .xlsx yang ditulis": ".xlsx file to write",
    "kosongkan jawaban dan nilai hasil": "leave answers and hasil values empty",
    "lembar kerja LKE (.xlsx)": "LKE workbook (.xlsx)",
    "berkas unit YAML yang diperbarui": "unit YAML file to update",
    "jawaban lembar kerja menggantikan yang berbeda": "the workbook's answers replace different ones",
    "baca folder data dukung atau tabel tautan (.xlsx/.xls/.ods/.csv)": (
        "read an evidence folder or a links table (.xlsx/.xls/.ods/.csv)"
    ),
    "folder data dukung, tabel tautan, atau YAML evidence dari -o": (
        "an evidence folder, a links table, or an evidence YAML from -o"
    ),
    "berkas unit YAML tempat catatan digabungkan": "unit YAML file to merge the records into",
    "alamat folder yang sama di situs web yang menyajikan berkas menurut jalurnya (bukan Google Drive)": (
        "address of the same folder on a web site serving files by path (not Google Drive)"
    ),
    "tulis catatan ke berkas YAML ini": "write the records to this YAML file",
    "tulis laporan lengkap (JSON)": "write the full report (JSON)",
}


def in_english(parser: argparse.ArgumentParser) -> None:
    """Put ``parser``'s descriptions and help texts, its sub-commands' included, into English."""
    if parser.description:
        parser.description = HELP_EN.get(parser.description, parser.description)
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            action.help = HELP_EN.get(action.help, action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = HELP_EN.get(choice.help, choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                in_english(sub)
