"""User-facing words in Indonesian (default) and English (``--lang en``)."""

from __future__ import annotations

from typing import Any

LANGS = ("id", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "valid_rubric": {
        "id": "valid: {path} (rubrik {id} versi {version}, {n} butir dinilai)",
        "en": "valid: {path} (rubric {id} version {version}, {n} scored items)",
    },
    "valid_unit": {
        "id": "valid: {path} (unit {id}, {acts} kegiatan, {ev} data dukung, {ans} jawaban)",
        "en": "valid: {path} (unit {id}, {acts} activities, {ev} evidence records, {ans} answers)",
    },
    "n_problems": {
        "id": "{n} masalah ditemukan",
        "en": "{n} problem(s) found",
    },
    "internal_error": {
        "id": "kesalahan internal: {err} (jalankan dengan --verbose untuk rincian)",
        "en": "internal error: {err} (run with --verbose for details)",
    },
    "import_header": {
        "id": "# Berkas unit hasil impor rencana aksi {source} oleh zi-eval import.\n"
        "# Periksa area, bulan dan sub-langkah; tambahkan data dukung (evidence) dan jawaban LKE (answers).\n",
        "en": "# Unit file imported from the action plan {source} by zi-eval import.\n"
        "# Check areas, months and sub-steps; add evidence and LKE answers.\n",
    },
    "import_header_lke": {
        "id": "# Berkas unit hasil impor lembar kerja LKE {source} oleh zi-eval import.\n"
        "# Periksa peta kolom dan baris di ringkasan atau --report; rencana aksi dapat ditambahkan.\n",
        "en": "# Unit file imported from the LKE workbook {source} by zi-eval import.\n"
        "# Check the column and row maps in the summary or --report; an action plan can be added.\n",
    },
    "import_summary": {
        "id": "Impor {source} ({fmt}): {acts} kegiatan, {subs} sub-langkah, {areas} area RA",
        "en": "Imported {source} ({fmt}): {acts} activities, {subs} sub-steps, {areas} RA areas",
    },
    "import_counts_title": {"id": "Baris sumber per jenis", "en": "Source lines by kind"},
    "import_findings_title": {"id": "Temuan impor ({n})", "en": "Import findings ({n})"},
    "import_written": {"id": "Ditulis: {path}", "en": "Written: {path}"},
    "import_need_table": {
        "id": "tabel rencana (NO, KEGIATAN, SUB KEGIATAN, INDIKATOR, BULAN)",
        "en": "a plan table (NO, KEGIATAN, SUB KEGIATAN, INDIKATOR, BULAN)",
    },
    "col_kind": {"id": "Jenis", "en": "Kind"},
    "col_lines": {"id": "Baris", "en": "Lines"},
    "col_code": {"id": "Kode", "en": "Code"},
    "col_line": {"id": "Baris", "en": "Line"},
    "col_column": {"id": "Kolom", "en": "Column"},
    "col_content": {"id": "Isi", "en": "Content"},
    "col_action": {"id": "Tindakan", "en": "Action"},
    "kind_activity": {"id": "kegiatan", "en": "activity"},
    "kind_substep": {"id": "sub-langkah", "en": "sub-step"},
    "plan_why_effort": {"id": "tidak ada rencana dalam batas upaya", "en": "no plan within the effort limit"},
    "plan_why_none": {"id": "tidak ada rencana yang cukup", "en": "no plan is enough"},
    "link_pinned": {"id": "ditautkan langsung (lke)", "en": "linked directly (lke)"},
    "link_code": {"id": "kode butir LKE pada rencana aksi", "en": "the LKE item code in the action plan"},
    "link_question": {
        "id": "mengulang pertanyaan LKE (skor {score}: {words})",
        "en": "restates the LKE question (score {score}: {words})",
    },
    "link_lexical": {
        "id": "kata yang cocok: {words} (skor {score})",
        "en": "matching words: {words} (score {score})",
    },
    "link_substep": {"id": "sub-langkah {label}: {text}", "en": "sub-step {label}: {text}"},
    # the rubric's remediation hints, in English for the parts that are the rubric's own words
    "remedy_full_marks": {"id": "Untuk nilai penuh: {criterion}", "en": "For full marks: {criterion}"},
    "remedy_counts": {
        "id": "Isi jumlah pada setiap input dan lampirkan rekapitulasi sebagai data dukung; naikkan rasio capaian "
        "hingga 100%.",
        "en": "Fill in every count and attach the recapitulation as evidence; raise the ratio to 100%.",
    },
    "remedy_survey": {
        "id": "Isi nilai indeks survei eksternal (0-4) dari laporan survei resmi dan lampirkan laporannya.",
        "en": "Enter the external survey index (0-4) from the official survey report and attach the report.",
    },
    "kind_header": {"id": "judul tabel", "en": "header"},
    "kind_title": {"id": "judul/pembukaan", "en": "title/preamble"},
    "kind_blank": {"id": "kosong", "en": "blank"},
    "kind_signature": {"id": "penutup/tanda tangan", "en": "signature block"},
    "kind_skipped": {"id": "dilewati (sheet atau tabel lain)", "en": "skipped (another sheet or table)"},
    "kind_not_understood": {"id": "tidak dipahami", "en": "not understood"},
    "kind_total": {"id": "baris jumlah", "en": "total row"},
    "kind_realisation": {"id": "realisasi kegiatan di atasnya", "en": "realisation of the activity above"},
    "import_columns": {"id": "Kolom: {cols}", "en": "Columns: {cols}"},
    "import_column_n": {"id": "kolom {n}", "en": "column {n}"},
    "import_month_columns": {
        "id": "kolom {first}–{last}: bulan {lo}–{hi}",
        "en": "columns {first}–{last}: months {lo}–{hi}",
    },
    "import_lines": {"id": "Baris sumber: {counts}", "en": "Source lines: {counts}"},
    "import_top_findings": {
        "id": "Temuan impor: {n} ({sev}); yang terpenting:",
        "en": "Import findings: {n} ({sev}); the most important:",
    },
    "import_more_findings": {
        "id": "… {n} temuan lain: daftar lengkap dengan --report FILE.json",
        "en": "… {n} more findings: the full list with --report FILE.json",
    },
    "import_report_at": {"id": "Laporan lengkap: {path}", "en": "Full report: {path}"},
    "import_strict": {
        "id": "rencana tanpa peringatan impor (--strict)",
        "en": "a plan without import warnings (--strict)",
    },
    "import_bad_column": {
        "id": "PERAN=JUDUL dengan PERAN salah satu dari {roles}",
        "en": "ROLE=HEADER with ROLE one of {roles}",
    },
    "reason_met": {
        "id": "Jawaban {answer} memberi nilai penuh{detail}.",
        "en": "Answer {answer} gives full value{detail}.",
    },
    "reason_partial": {
        "id": "Jawaban {answer} memberi nilai sebagian{detail}.",
        "en": "Answer {answer} gives partial value{detail}.",
    },
    "reason_not_met": {
        "id": "Jawaban {answer} bernilai 0{detail}.",
        "en": "Answer {answer} is worth 0{detail}.",
    },
    "reason_no_evidence": {
        "id": "Jawaban {answer} (nilai klaim {claimed:.2f}) tidak didukung data dukung, dihitung 0.",
        "en": "Answer {answer} (claimed value {claimed:.2f}) has no evidence, counted as 0.",
    },
    "reason_unanswered": {
        "id": "Belum dijawab{detail}; dihitung 0.",
        "en": "Not answered{detail}; counted as 0.",
    },
    "reason_projected": {
        "id": "Belum dijawab, tetapi direncanakan oleh kegiatan {activities}: diproyeksikan terpenuhi.",
        "en": "Not answered, but planned by activities {activities}: projected as met.",
    },
    "detail_zero_denominator": {
        "id": " (penyebut nol: aturan rubrik)",
        "en": " (zero denominator: rubric rule)",
    },
    "detail_both_zero": {"id": " (tidak ada pelanggaran dua tahun)", "en": " (no violations in both years)"},
    "detail_missing_counts": {"id": " (jumlah belum lengkap)", "en": " (counts incomplete)"},
    "detail_bad_option": {"id": " (jawaban tidak dikenal)", "en": " (unknown answer)"},
    "crit_total": {"id": "Nilai total", "en": "Total score"},
    "crit_component": {"id": "Nilai {ref}", "en": "{ref} score"},
    "crit_area": {"id": "Area {name} (% bobot)", "en": "Area {name} (% of weight)"},
    "crit_hasil_area": {"id": "Hasil: {name}", "en": "Results: {name}"},
    "crit_prior": {"id": "Predikat sebelumnya: {prior}", "en": "Prior predicate: {prior}"},
    "note_hasil_missing": {"id": "{field} belum diisi", "en": "{field} not filled in"},
    "note_items_missing": {"id": "belum diisi: {codes}", "en": "not filled in: {codes}"},
    "note_prior_missing": {"id": "unit belum berpredikat {prior}", "en": "unit does not hold {prior} yet"},
    "mode_claimed": {"id": "klaim", "en": "claimed"},
    "mode_evidenced": {"id": "terbukti", "en": "evidenced"},
    "mode_projected": {"id": "proyeksi", "en": "projected"},
    "txt_title": {
        "id": "Evaluasi mandiri Zona Integritas — {name} ({year}), mode {mode}",
        "en": "Zona Integritas self-evaluation — {name} ({year}), {mode} mode",
    },
    "txt_eligible": {"id": "{pred}: MEMENUHI SYARAT", "en": "{pred}: ELIGIBLE"},
    "txt_not_eligible": {"id": "{pred}: BELUM MEMENUHI SYARAT", "en": "{pred}: NOT ELIGIBLE"},
    "txt_binding": {
        "id": "kriteria pengikat: {label} = {value} (ambang {threshold}, selisih {margin})",
        "en": "binding criterion: {label} = {value} (threshold {threshold}, margin {margin})",
    },
    "txt_totals": {
        "id": "Nilai total {total} — per mode: {totals}",
        "en": "Total {total} — by mode: {totals}",
    },
    "txt_criteria": {"id": "Kriteria WBK/WBBM", "en": "WBK/WBBM criteria"},
    "txt_areas": {"id": "Area pengungkit", "en": "Enabler areas"},
    "next_title": {
        "id": "Yang perlu dikerjakan dulu menuju {target}: {n} butir, +{points} poin, upaya {effort}",
        "en": "What to fix first for {target}: {n} items, +{points} points, effort {effort}",
    },
    "next_already": {
        "id": "{target}: semua kriteria sudah terpenuhi.",
        "en": "{target}: every criterion is met.",
    },
    "next_none": {
        "id": "{target}: tidak ada rangkaian perbaikan yang cukup ({why}).",
        "en": "{target}: no set of upgrades is enough ({why}).",
    },
    "next_cannot": {
        "id": "Tidak dapat diubah oleh rencana aksi: {names}.",
        "en": "No plan can change: {names}.",
    },
    "output_empty": {
        "id": "harus jalur berkas atau folder (tidak kosong, bukan '-'); didapat {got}",
        "en": "must be a file or folder path (not empty, not '-'); got {got}",
    },
    "flags_limit": {
        "id": "harus 'all' atau bilangan bulat ≥ 0; didapat {got}",
        "en": "must be 'all' or a whole number ≥ 0; got {got}",
    },
    "html_next": {"id": "Yang perlu dikerjakan dulu", "en": "What to fix first"},
    "next_question": {"id": "Pertanyaan", "en": "Question"},
    "next_change": {"id": "Jawaban kini → usulan", "en": "Answer now → proposed"},
    "next_points": {"id": "Poin", "en": "Points"},
    "next_effort": {"id": "Upaya", "en": "Effort"},
    "next_hint": {"id": "Data dukung yang dibutuhkan", "en": "Evidence needed"},
    "next_evidence": {"id": "lampirkan data dukung", "en": "attach evidence"},
    "pdf_no_chromium": {
        "id": "PDF tidak dibuat: Chromium tidak ditemukan (pasang paket chromium, atau atur ZI_EVAL_CHROMIUM). "
        "Laporan HTML sudah ditulis: {page}",
        "en": "No PDF written: Chromium was not found (install the chromium package, or set ZI_EVAL_CHROMIUM). "
        "The HTML report is written: {page}",
    },
    "ch_first_of": {
        "id": "{n} unit teratas dari {total} (peringkat lengkap ada di tabel)",
        "en": "the first {n} of {total} units (the table has the whole ranking)",
    },
    "answer_none": {"id": "belum diisi", "en": "not answered"},
    "answer_ratio": {"id": "{num} dari {den} {noun} ({pct} %)", "en": "{num} of {den} {noun} ({pct} %)"},
    "answer_reduction": {
        "id": "{previous} → {current} {noun}",
        "en": "{previous} → {current} {noun}",
    },
    "answer_full": {"id": "100 %", "en": "100 %"},
    "effort_low": {"id": "rendah", "en": "low"},
    "effort_medium": {"id": "sedang", "en": "medium"},
    "effort_high": {"id": "tinggi", "en": "high"},
    "txt_flags": {
        "id": "Temuan: {errors} galat, {warnings} peringatan, {infos} info (ditampilkan {shown})",
        "en": "Flags: {errors} errors, {warnings} warnings, {infos} info ({shown} shown)",
    },
    "col_criterion": {"id": "Kriteria", "en": "Criterion"},
    "col_value": {"id": "Nilai", "en": "Value"},
    "col_threshold": {"id": "Ambang", "en": "Threshold"},
    "col_margin": {"id": "Selisih", "en": "Margin"},
    "col_met": {"id": "Terpenuhi", "en": "Met"},
    "col_area": {"id": "Area", "en": "Area"},
    "col_weight": {"id": "Bobot", "en": "Weight"},
    "col_pemenuhan": {"id": "Pemenuhan", "en": "Fulfilment (Pemenuhan)"},
    "col_reform": {"id": "Reform", "en": "Reform (Reform)"},
    "comp_pengungkit": {"id": "pengungkit", "en": "enablers (pengungkit)"},
    "comp_hasil": {"id": "hasil", "en": "results (hasil)"},
    "wb_unit_line": {
        "id": "Unit: {name} — Tahun {year} — mode {mode}",
        "en": "Unit: {name} — Year {year} — {mode} mode",
    },
    "col_score": {"id": "Nilai", "en": "Score"},
    "col_percent": {"id": "% bobot", "en": "% of weight"},
    "col_severity": {"id": "Tingkat", "en": "Severity"},
    "col_message": {"id": "Pesan", "en": "Message"},
    "col_source": {"id": "Sumber", "en": "Source"},
    "month_1": {"id": "Jan", "en": "Jan"},
    "month_2": {"id": "Feb", "en": "Feb"},
    "month_3": {"id": "Mar", "en": "Mar"},
    "month_4": {"id": "Apr", "en": "Apr"},
    "month_5": {"id": "Mei", "en": "May"},
    "month_6": {"id": "Jun", "en": "Jun"},
    "month_7": {"id": "Jul", "en": "Jul"},
    "month_8": {"id": "Agu", "en": "Aug"},
    "month_9": {"id": "Sep", "en": "Sep"},
    "month_10": {"id": "Okt", "en": "Oct"},
    "month_11": {"id": "Nov", "en": "Nov"},
    "month_12": {"id": "Des", "en": "Dec"},
    "ch_score": {"id": "Nilai unit", "en": "Unit score"},
    "ch_radar": {"id": "Capaian per area (% bobot)", "en": "Score per area (% of weight)"},
    "ch_weight": {"id": "Bobot area", "en": "Area weight"},
    "ch_wbk_min": {"id": "Minimum WBK", "en": "WBK minimum"},
    "ch_wbbm_min": {"id": "Minimum WBBM", "en": "WBBM minimum"},
    "ch_points": {"id": "Poin", "en": "Points"},
    "ch_bars": {"id": "Pemenuhan dan reform per area", "en": "Fulfilment (pemenuhan) and reform per area"},
    "ch_calendar": {"id": "Kalender rencana aksi per area", "en": "Action plan calendar per area"},
    "ch_calendar_acts": {
        "id": "Kalender rencana aksi per kegiatan",
        "en": "Action plan calendar per activity",
    },
    "cal_planned": {"id": "dijadwalkan", "en": "scheduled"},
    "cal_evidenced": {"id": "ada data dukung", "en": "with evidence"},
    "cal_gap": {"id": "bulan kosong", "en": "month without activity"},
    "cal_spip": {"id": "sub-langkah SPIP kosong", "en": "empty SPIP sub-step"},
    "ch_cov_activities": {"id": "kegiatan berdata dukung", "en": "activities with evidence"},
    "ch_cov_items": {"id": "butir terjawab berdata dukung", "en": "answered items with evidence"},
    "ch_coverage": {"id": "Cakupan data dukung per area", "en": "Evidence coverage per area"},
    "ch_margin": {"id": "selisih terhadap ambang (% ambang)", "en": "margin to threshold (% of threshold)"},
    "ch_readiness": {
        "id": "Kesiapan WBK/WBBM: selisih tiap kriteria",
        "en": "WBK/WBBM readiness: margin per criterion",
    },
    "ch_total": {"id": "Nilai total", "en": "Total score"},
    "ch_modes": {"id": "Nilai total per mode", "en": "Total score by mode"},
    "html_title": {
        "id": "Evaluasi Mandiri Zona Integritas — {name} ({year})",
        "en": "Zona Integritas Self-Evaluation — {name} ({year})",
    },
    "html_mode": {"id": "mode {mode}", "en": "{mode} mode"},
    "html_as_of": {"id": "per {as_of}", "en": "as of {as_of}"},
    "html_unmet": {
        "id": "{n} dari {total} kriteria belum terpenuhi",
        "en": "{n} of {total} criteria not met",
    },
    "html_total": {"id": "Nilai total {total}", "en": "Total {total}"},
    "html_predicate": {"id": "Predikat", "en": "Predicate"},
    "html_flags": {"id": "Temuan ({n})", "en": "Flags ({n})"},
    "html_calendar": {
        "id": "Kalender rencana aksi dan data dukung",
        "en": "Action plan calendar and evidence",
    },
    "html_items": {"id": "Butir LKE", "en": "LKE items"},
    "html_links": {
        "id": "Kegiatan dan butir LKE yang dilayaninya",
        "en": "Activities and the LKE items they serve",
    },
    "html_activity": {"id": "Kegiatan", "en": "Activity"},
    "html_how": {"id": "Ditemukan lewat", "en": "Found by"},
    "html_score": {"id": "Skor", "en": "Score"},
    "html_words": {"id": "Kata yang cocok", "en": "Matching words"},
    "html_unlinked": {"id": "tidak terhubung; kandidat terdekat:", "en": "not linked; nearest candidates:"},
    "how_pinned": {"id": "dipasang di berkas unit", "en": "pinned in the unit file"},
    "how_code": {"id": "kode butir", "en": "item code"},
    "how_question": {"id": "pertanyaan LKE", "en": "LKE question"},
    "how_lexical": {"id": "kemiripan kata", "en": "word similarity"},
    "html_code": {"id": "Kode", "en": "Code"},
    "html_question": {"id": "Pertanyaan", "en": "Question"},
    "html_answer": {"id": "Jawaban", "en": "Answer"},
    "html_points": {"id": "Poin", "en": "Points"},
    "html_outcome": {"id": "Hasil", "en": "Outcome"},
    "html_reason": {"id": "Alasan", "en": "Reason"},
    "html_evidence": {"id": "Data dukung", "en": "Evidence"},
    "html_no_area": {"id": "Tanpa area", "en": "No area"},
    "html_footer": {
        "id": "Dibuat oleh zi-eval {version} · rubrik {rubric} versi {rv}",
        "en": "Made by zi-eval {version} · rubric {rubric} version {rv}",
    },
    "html_source": {"id": "Berkas masukan: {name}", "en": "Input file: {name}"},
    "html_policy": {
        "id": "Mode 'terbukti' menilai 0 jawaban tanpa data dukung: ini kebijakan zi-eval, bukan ketentuan "
        "PermenPAN-RB 90/2021.",
        "en": "The 'evidenced' mode scores answers without evidence as 0: this is zi-eval's policy, not a rule of "
        "PermenPAN-RB 90/2021.",
    },
    "sev_error": {"id": "Galat", "en": "Errors"},
    "sev_warning": {"id": "Peringatan", "en": "Warnings"},
    "sev_info": {"id": "Info", "en": "Info"},
    "outcome_met": {"id": "terpenuhi", "en": "met"},
    "outcome_partial": {"id": "sebagian", "en": "partial"},
    "outcome_not_met": {"id": "tidak terpenuhi", "en": "not met"},
    "outcome_no_evidence": {"id": "tanpa data dukung", "en": "no evidence"},
    "outcome_unanswered": {"id": "belum dijawab", "en": "unanswered"},
    "wb_col_text": {"id": "Komponen / Pertanyaan", "en": "Component / Question"},
    "wb_col_evidence": {"id": "Data dukung (tautan)", "en": "Evidence (link)"},
    "wb_plan": {"id": "Rencana Aksi", "en": "Action Plan"},
    "wb_flags": {"id": "Temuan", "en": "Flags"},
    "ch_heat": {
        "id": "Capaian area (% bobot) terhadap minimum WBK",
        "en": "Area score (% of weight) vs WBK minimum",
    },
    "ch_heat_bar": {"id": "selisih terhadap 60% (poin persen)", "en": "distance to 60% (percentage points)"},
    "ch_rank": {"id": "Peringkat nilai total (terbukti)", "en": "Ranked total score (evidenced)"},
    "cmp_title": {
        "id": "Perbandingan kesiapan {n} unit (mode {mode})",
        "en": "Readiness of {n} units ({mode} mode)",
    },
    "cmp_progress": {"id": "Menilai unit", "en": "Evaluating units"},
    "cmp_skipped": {
        "id": "{n} berkas di folder dilewati (bukan berkas unit, rencana aksi atau LKE): {names}",
        "en": "{n} files in the folder skipped (not a unit file, action plan or LKE): {names}",
    },
    "cmp_same_unit": {
        "id": "unit {unit} ada di {n} berkas ({names}): diperingkat terpisah; periksa apakah salah satunya salinan",
        "en": "unit {unit} is in {n} files ({names}): ranked apart; check whether one is a copy",
    },
    "cmp_years": {
        "id": "unit dari beberapa tahun dibandingkan ({years}): kesiapan tahun yang berbeda tidak setara",
        "en": "units of several years are compared ({years}): readiness of different years is not alike",
    },
    "cmp_subfolders": {
        "id": "{n} subfolder tidak dibaca (beri setiap foldernya sebagai masukan): {names}",
        "en": "{n} subfolders not read (give each folder as an input): {names}",
    },
    "txt_binding_short": {"id": "Pengikat WBK", "en": "WBK binding"},
    "col_flags": {"id": "Temuan (g/p/i)", "en": "Flags (e/w/i)"},
    "scn_head": {
        "id": "Skenario {file} ({n} perubahan): nilai {before} → {after} ({delta})",
        "en": "Scenario {file} ({n} changes): score {before} → {after} ({delta})",
    },
    "lke_sum_sheet": {"id": "LKE: sheet '{sheet}' dibaca ({why})", "en": "LKE: read sheet '{sheet}' ({why})"},
    "lke_sum_header": {
        "id": "Baris judul kolom {row}; kolom: {columns}",
        "en": "Header row {row}; columns: {columns}",
    },
    "lke_sum_matched": {
        "id": "Butir cocok {n}/{total}; tanpa baris {missing}; baris tak dikenali {unmatched}",
        "en": "Items matched {n}/{total}; without a row {missing}; rows not understood {unmatched}",
    },
    "lke_why_one": {"id": "{n} butir cocok", "en": "{n} items matched"},
    "lke_why_joined": {
        "id": "{n} butir cocok dari {k} sheet bagian LKE",
        "en": "{n} items matched on the {k} sheets the LKE is cut into",
    },
    "lke_why_many": {
        "id": "{n} butir cocok, terbanyak dari {k} sheet LKE: {names}",
        "en": "{n} items matched, the most of {k} LKE sheets: {names}",
    },
    "lke_sum_findings": {"id": "Temuan ({n}):", "en": "Findings ({n}):"},
    "lke_sum_more": {
        "id": "… dan {n} temuan lain (lihat --report)",
        "en": "… and {n} more findings (see --report)",
    },
    # the unit's own sheets of an LKE workbook (zi_eval/lke/unit_sheets.py)
    "us_unit_sheet": {"id": "Unit", "en": "Unit"},
    "us_evidence_sheet": {"id": "Data Dukung", "en": "Evidence"},
    "us_notes_sheet": {"id": "Catatan Jawaban", "en": "Answer Notes"},
    "us_need_sheet": {
        "id": "lembar {role} (workbook ini memiliki lembar Unit)",
        "en": "a {role} sheet (this workbook has a Unit sheet)",
    },
    "us_field": {"id": "Isian", "en": "Field"},
    "us_value": {"id": "Nilai", "en": "Value"},
    "us_label": {"id": "Keterangan", "en": "Description"},
    "us_id": {"id": "ID", "en": "ID"},
    "us_ra_area": {"id": "Area RA", "en": "RA area"},
    "us_area": {"id": "Area ZI", "en": "ZI area"},
    "us_kegiatan": {"id": "Kegiatan", "en": "Activity"},
    "us_sub_kegiatan": {"id": "Sub Kegiatan", "en": "Sub-activity"},
    "us_indicators": {"id": "Indikator", "en": "Indicators"},
    "us_lke": {"id": "Butir LKE", "en": "LKE items"},
    "us_lke_reject": {"id": "Bukan butir LKE", "en": "Not these LKE items"},
    "us_timing": {"id": "Waktu", "en": "Timing"},
    "us_output": {"id": "Output", "en": "Output"},
    "us_expected_evidence": {"id": "Bukti yang Direncanakan", "en": "Planned evidence"},
    "us_pic": {"id": "Penanggung Jawab", "en": "Person in charge"},
    "us_budget": {"id": "Anggaran", "en": "Budget"},
    "us_realisation": {"id": "Realisasi", "en": "Realisation"},
    "us_notes": {"id": "Keterangan Kegiatan", "en": "Activity notes"},
    "us_substep": {"id": "Sub-langkah", "en": "Sub-step"},
    "us_title": {"id": "Judul", "en": "Title"},
    "us_kind": {"id": "Jenis", "en": "Kind"},
    "us_url": {"id": "Tautan (URL)", "en": "Link (URL)"},
    "us_path": {"id": "Berkas (path)", "en": "File (path)"},
    "us_date": {"id": "Tanggal", "en": "Date"},
    "us_months": {"id": "Bulan", "en": "Months"},
    "us_supports": {"id": "Mendukung", "en": "Supports"},
    "us_evidence_ids": {"id": "ID Data Dukung", "en": "Evidence ids"},
    "us_note": {"id": "Catatan", "en": "Note"},
    "us_k_unit_id": {"id": "ID unit (huruf, angka, . _ -)", "en": "Unit id (letters, digits, . _ -)"},
    "us_k_unit_name": {"id": "Nama unit", "en": "Unit name"},
    "us_k_unit_instansi": {"id": "Instansi", "en": "Parent agency"},
    "us_k_unit_year": {"id": "Tahun", "en": "Year"},
    "us_k_unit_target_predicate": {
        "id": "Predikat yang dituju (WBK/WBBM)",
        "en": "Target predicate (WBK/WBBM)",
    },
    "us_k_unit_prior_predicate": {"id": "Predikat yang sudah diraih", "en": "Predicate already held"},
    "us_k_unit_decree": {"id": "SK penetapan", "en": "Decree"},
    "us_k_unit_decree_date": {"id": "Tanggal SK (YYYY-MM-DD)", "en": "Decree date (YYYY-MM-DD)"},
    "us_k_hasil_ipak": {
        "id": "IPAK (diisi di lembar LKE, baris H.I.a)",
        "en": "IPAK (entered on the LKE sheet, row H.I.a)",
    },
    "us_k_hasil_ipkp": {
        "id": "IPKP (diisi di lembar LKE, baris H.II.a)",
        "en": "IPKP (entered on the LKE sheet, row H.II.a)",
    },
    "us_k_hasil_capaian_kinerja": {
        "id": "Capaian kinerja (diisi di lembar LKE, baris H.I.b)",
        "en": "Performance achievement (entered on the LKE sheet, row H.I.b)",
    },
    "us_k_hasil_evidence": {"id": "ID data dukung komponen hasil", "en": "Evidence ids of the results"},
    "us_k_lke_mode": {
        "id": "Mode rumus lembar LKE (claimed/evidenced)",
        "en": "Mode the LKE sheet's formulas compute (claimed/evidenced)",
    },
    # zi-eval template and zi-eval merge (zi_eval/cli_template.py, zi_eval/cli_merge.py)
    "tpl_sheet": {"id": "Petunjuk", "en": "Instructions"},
    "tpl_title": {
        "id": "Cara mengisi Lembar Kerja Evaluasi Zona Integritas ini",
        "en": "How to fill in this Zona Integritas evaluation worksheet",
    },
    "tpl_step_answers": {
        "id": "1. Di lembar '{sheet}', pilih jawaban di kolom Jawaban (K) dari daftar pilihan setiap butir "
        "(Ya/Tidak, A/B/C, …). Nilai IPAK dan IPKP diisi angka 0–4 (koma atau titik desimal), capaian "
        "kinerja diisi A–E. Kolom Nilai dan % dihitung sendiri dan dikunci.",
        "en": "1. On sheet '{sheet}', pick each item's answer in column Jawaban (K) from its drop-down list "
        "(Ya/Tidak, A/B/C, …). IPAK and IPKP take a number 0–4, capaian kinerja a letter A–E. The Nilai and "
        "% columns calculate themselves and are locked.",
    },
    "tpl_step_counts": {
        "id": "2. Butir persentase dihitung dari baris 'Jumlah' di bawahnya: isi bilangan bulat ≥ 0.",
        "en": "2. Percentage items are computed from the 'Jumlah' rows below them: enter whole numbers ≥ 0.",
    },
    "tpl_step_evidence": {
        "id": "3. Tulis tautan atau nama data dukung di kolom Data dukung (N). Jawaban tanpa data dukung "
        "dinilai 0 dalam mode 'evidenced' (kebijakan zi-eval, bukan ketentuan PermenPAN-RB 90/2021).",
        "en": "3. Write the evidence link or name in column N. An answer without evidence scores 0 in "
        "'evidenced' mode (zi-eval's policy, not a rule of PermenPAN-RB 90/2021).",
    },
    "tpl_step_sheets": {
        "id": "4. Lembar Unit, Rencana Aksi, Data Dukung dan Catatan Jawaban memuat data unit; kolom "
        "boleh diurutkan ulang dan baris boleh ditambah, judul kolom jangan diubah.",
        "en": "4. The Unit, Action Plan, Evidence and Answer Notes sheets hold the unit's data; columns may "
        "be reordered and rows added, but keep the column headers.",
    },
    "tpl_written": {
        "id": "Ditulis: {path} (templat LKE, {items} butir; isi kolom Jawaban lalu jalankan zi-eval evaluate)",
        "en": "Written: {path} (LKE template, {items} items; fill in column Jawaban, then run zi-eval evaluate)",
    },
    "tpl_dv_title": {"id": "Jawaban tidak sah", "en": "Invalid answer"},
    "tpl_dv_list": {"id": "Pilih salah satu: {options}.", "en": "Pick one of: {options}."},
    "tpl_dv_survey": {"id": "Isi angka antara {lo} dan {hi}.", "en": "Enter a number from {lo} to {hi}."},
    "tpl_dv_count": {"id": "Isi bilangan bulat 0 atau lebih.", "en": "Enter a whole number, 0 or more."},
    "merge_finding": {
        "id": "{source}: {code}: {value} (tidak disalin)",
        "en": "{source}: {code}: {value} (not merged)",
    },
    "merge_nothing": {"id": "Tidak ada yang berubah: {path}", "en": "Nothing changed: {path}"},
    "merge_kept": {
        "id": "{n} butir kosong di lembar kerja tetap bernilai seperti di berkas unit (lembar kerja hanya "
        "menambah; ubah nilainya di berkas unit untuk menghapusnya): {items}",
        "en": "{n} item(s) blank in the workbook keep the unit file's value (a workbook only adds; change "
        "the value in the unit file to clear it): {items}",
    },
    "merge_done": {"id": "Ditulis: {path} ({n} perubahan)", "en": "Written: {path} ({n} changes)"},
    "merge_change_answer": {
        "id": "{what}: jawaban {before} → {after}",
        "en": "{what}: answer {before} → {after}",
    },
    "merge_change_count": {
        "id": "{what}: {field} {before} → {after}",
        "en": "{what}: {field} {before} → {after}",
    },
    "merge_change_note": {
        "id": "{what}: catatan {before} → {after}",
        "en": "{what}: note {before} → {after}",
    },
    "merge_change_hasil": {
        "id": "{what}: nilai {before} → {after}",
        "en": "{what}: value {before} → {after}",
    },
    "merge_change_evidence": {
        "id": "{what}: data dukung ditautkan {after}",
        "en": "{what}: evidence linked {after}",
    },
    "merge_change_record": {
        "id": "data dukung {what}: {before} → {after}",
        "en": "evidence record {what}: {before} → {after}",
    },
    "tpl_step_run": {
        "id": "5. Setelah diisi: 'zi-eval evaluate BERKAS.xlsx' menilai lembar kerja ini, "
        "'zi-eval merge BERKAS.xlsx --into UNIT.yaml' menyalin jawabannya ke berkas unit.",
        "en": "5. When filled in: 'zi-eval evaluate FILE.xlsx' scores this workbook, "
        "'zi-eval merge FILE.xlsx --into UNIT.yaml' copies its answers into the unit file.",
    },
    "ev_summary": {
        "id": "Data dukung dari {source}: {files} {unit} dibaca, {records} data dukung, {skipped} dilewati",
        "en": "Evidence from {source}: {files} {unit} read, {records} evidence records, {skipped} skipped",
    },
    "ev_unit_files": {"id": "berkas", "en": "files"},
    "ev_unit_rows": {"id": "baris bertautan", "en": "rows with links"},
    "ev_unit_records": {"id": "data dukung", "en": "records"},
    "ev_items_head": {
        "id": "Butir LKE yang punya data dukung, per area ZI:",
        "en": "LKE items with evidence, per ZI area:",
    },
    "ev_items_area": {"id": "  {area}: {n}/{total} butir", "en": "  {area}: {n}/{total} items"},
    "ev_items_other": {
        "id": "  Lainnya (hasil dan butir di luar area ZI): {n} butir",
        "en": "  Other (results and items outside the ZI areas): {n} items",
    },
    "ev_activity_refs": {
        "id": "  {n} data dukung menyebut kegiatan rencana aksi, bukan butir LKE: butirnya dihitung "
        "bersama berkas unitnya (--into UNIT.yaml)",
        "en": "  {n} evidence records name plan activities, not LKE items: their items are counted "
        "with the unit file (--into UNIT.yaml)",
    },
    "ev_activities": {
        "id": "Kegiatan rencana aksi yang punya data dukung: {n}/{total}",
        "en": "Plan activities with evidence: {n}/{total}",
    },
    "ev_findings": {"id": "Temuan ({n}):", "en": "Findings ({n}):"},
    "ev_more": {
        "id": "… {n} temuan lain: daftar lengkap dengan --report FILE.json",
        "en": "… {n} more findings: the full list with --report FILE.json",
    },
    "ev_merged": {
        "id": "Digabung ke {path}: {added} baru, {same} sudah ada, {conflicts} berbeda (isi berkas dipertahankan), "
        "{gone} tidak ditemukan lagi (tetap)",
        "en": "Merged into {path}: {added} new, {same} already there, {conflicts} differing (the file's kept), "
        "{gone} no longer found (kept)",
    },
    "ev_nothing": {
        "id": "Tidak ada yang berubah: {path} ({same} data dukung sudah ada)",
        "en": "Nothing changed: {path} ({same} evidence records already there)",
    },
    "ev_header": {
        "id": "# Data dukung dari {source} (zi-eval evidence scan): daftar catatan evidence; gabungkan ke "
        "berkas unit dengan 'zi-eval evidence scan {name} --into UNIT.yaml'.\n",
        "en": "# Evidence from {source} (zi-eval evidence scan): a list of evidence records; merge it into a "
        "unit file with 'zi-eval evidence scan {name} --into UNIT.yaml'.\n",
    },
    # the report's evidence: links beside items and activities, coverage per area and month, gaps
    "ev_missing_file": {"id": "berkas tidak ditemukan: {path}", "en": "file not found: {path}"},
    "ev_unknown_id": {
        "id": "{id}: tidak ada dalam daftar data dukung",
        "en": "{id}: not among the evidence records",
    },
    "ev_no_link": {"id": "tanpa tautan", "en": "no link"},
    "ev_folded": {"id": "{n} data dukung", "en": "{n} evidence records"},
    "ev_cov_title": {
        "id": "Cakupan data dukung per area dan bulan",
        "en": "Evidence coverage per area and month",
    },
    "ev_cov_explain": {
        "id": "Tiap sel: kegiatan berdata dukung pada bulan itu / kegiatan terjadwal pada bulan itu. "
        "Data dukung tanpa bulan dan tanggal dihitung untuk seluruh tahun.",
        "en": "Each cell: activities with evidence for that month / activities scheduled that month. "
        "Evidence with neither months nor a date counts for the whole year.",
    },
    "ev_cov_as_of": {
        "id": "Bulan setelah {as_of} belum jatuh tempo (abu-abu, miring).",
        "en": "Months after {as_of} are not yet due (grey, italic).",
    },
    "ev_cov_answered": {"id": "Butir terjawab", "en": "Items answered"},
    "ev_cov_items_ev": {"id": "Butir berdata dukung", "en": "Items with evidence"},
    "ev_cov_total": {"id": "Jumlah", "en": "Total"},
    "ev_gaps_title": {"id": "Celah data dukung", "en": "Evidence gaps"},
    "ev_gaps_items": {
        "id": "Butir terjawab tanpa data dukung ({n})",
        "en": "Items answered without evidence ({n})",
    },
    "ev_gaps_acts_due": {
        "id": "Kegiatan jatuh tempo tanpa data dukung ({n})",
        "en": "Activities due without evidence ({n})",
    },
    "ev_gaps_acts_planned": {
        "id": "Kegiatan terjadwal tanpa data dukung ({n}; tanpa --as-of belum dinilai jatuh tempo)",
        "en": "Activities scheduled without evidence ({n}; without --as-of not judged as due)",
    },
    "ev_gaps_flags": {
        "id": "Temuan tentang berkas dan catatan data dukung ({n})",
        "en": "Findings on evidence files and records ({n})",
    },
    "ev_gaps_none": {"id": "Tidak ada.", "en": "None."},
    "ev_months": {"id": "Bulan", "en": "Months"},
    "cal_overdue": {"id": "lewat jatuh tempo tanpa data dukung", "en": "overdue without evidence"},
    "flag_advice_title": {
        "id": "Mengapa temuan ini penting dan apa tindak lanjutnya",
        "en": "Why these findings matter and what to do",
    },
    "col_motivation": {"id": "Mengapa penting", "en": "Why it matters"},
    "col_remediation": {"id": "Tindak lanjut", "en": "What to do"},
    "col_count": {"id": "Jumlah", "en": "Count"},
    "txt_flag_advice": {"id": "Tindak lanjut per kode:", "en": "What to do, by code:"},
    "ch_not_drawn": {
        "id": "{shown} baris pertama; {n} baris kegiatan dan sub-langkah lagi tidak digambar",
        "en": "the first {shown} rows; {n} more activity and sub-step rows not drawn",
    },
    # hostile-out: arguments of the command line and the Python API, said the same way in both
    "arg_bad_choice": {
        "id": "{field}: harus salah satu dari {choices}; didapat {got}",
        "en": "{field}: must be one of {choices}; got {got}",
    },
    "arg_not_many": {
        "id": "{field}: harus daftar unit atau path berkas; didapat satu saja, {got}",
        "en": "{field}: must be a list of units or file paths; got just one, {got}",
    },
    "arg_bad_month": {
        "id": "{field}: harus bulan berbentuk YYYY-MM (mis. 2025-06); didapat {got}",
        "en": "{field}: must be a month as YYYY-MM (e.g. 2025-06); got {got}",
    },
}


def msg(key: str, lang: str = "id", **kw: Any) -> str:
    """Return message ``key`` in ``lang`` with ``kw`` filled in."""
    table = MESSAGES[key]
    return table.get(lang, table["id"]).format(**kw)
