"""Regenerate the small plan documents in tests/data/ra/readers/ (PDF, DOCX, XLSX, XLS, ODS, a scan).

Run from the repository root: ``python scripts/make_reader_fixtures.py``. Needs reportlab,
python-docx and openpyxl; the .xls and .ods copies and the Excel-printed PDF need LibreOffice (``soffice``) and are skipped
with a message when it is missing. The shapes follow shared/reference/documents-in-the-wild.md §1:
a Word plan printed to PDF (a ruled table over three pages, a repeated header, wrapped cells, a row
broken across a page), a month-column plan in PDF, a Word plan with merged cells, a Gantt-style
workbook whose marks are fill colours, last year's plan reused with its old months hidden, a Gantt
plan whose months are merged down over two activities, an Excel plan printed to PDF, and a scanned PDF without any text.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "ra" / "readers"

KOMPONEN_HEADER = [
    "No",
    "KOMPONEN",
    "INDIKATOR",
    "LANGKAH AKSI",
    "BUKTI FISIK",
    "TARGET DAN WAKTU",
    "% REALISASI",
]

#: Shape A rows, page by page as Word broke them: an area row (Roman numeral, the name merged across),
#: component rows, lettered indicator rows under them (No and KOMPONEN merged down). The first row of
#: page 2 continues the last row of page 1 (Word let the row break across the page).
KOMPONEN_PAGES = [
    [
        ["I", "MANAJEMEN PERUBAHAN", "", "", "", "", ""],
        [
            "1.",
            "Tim Kerja",
            "a. Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas",
            "Menyusun SK Tim Pembangunan ZI",
            "- SK Tim",
            "Januari 2021",
            "100",
        ],
        [
            "",
            "",
            "b. Penentuan anggota tim dilakukan melalui prosedur tertentu",
            "Rapat penentuan anggota tim",
            "- Undangan\n- Daftar hadir\n- Notulen",
            "Januari 2021",
            "100",
        ],
        [
            "2.",
            "Rencana Pembangunan ZI",
            "a. Terdapat dokumen rencana kerja pembangunan Zona Integritas",
            "Menyusun rencana kerja dan target prioritas",
            "- Dokumen rencana kerja",
            "Januari s/d Desember 2021",
            "50",
        ],
        [
            "3.",
            "Pemantauan dan Evaluasi",
            "a. Seluruh kegiatan pembangunan telah dilaksanakan sesuai dengan rencana",
            "Monitoring dan evaluasi berkala",
            "- Laporan monev\n- Undangan rapat",
            "- Maret 2021\n- Juni 2021",
            "75",
        ],
    ],
    [
        [
            "",
            "",
            "yang telah ditetapkan dan dipantau secara berkala",
            "atas seluruh kegiatan rencana aksi",
            "- Daftar hadir\n- Notulen rapat",
            "- September 2021\n- Desember 2021",
            "",
        ],
        ["II", "PENATAAN TATALAKSANA", "", "", "", "", ""],
        [
            "1.",
            "Prosedur Operasional Tetap",
            "a. SOP mengacu pada peta proses bisnis instansi",
            "Reviu SOP layanan",
            "- SOP yang telah direviu",
            "Juni, Desember 2021",
            "50",
        ],
        [
            "2.",
            "E-Office",
            "a. Sistem pengukuran kinerja unit menggunakan teknologi informasi",
            "Penerapan aplikasi kinerja",
            "- Tangkapan layar aplikasi",
            "Triwulan I-IV",
            "25",
        ],
    ],
    [
        [
            "",
            "",
            "b. Operasionalisasi manajemen SDM menggunakan teknologi informasi",
            "Penggunaan aplikasi kepegawaian",
            "- Laporan penggunaan",
            "Setiap bulan",
            "",
        ],
        ["III", "PENATAAN SISTEM MANAJEMEN SDM", "", "", "", "", ""],
        [
            "1.",
            "Perencanaan Kebutuhan Pegawai",
            "a. Kebutuhan pegawai disusun dengan mengacu pada peta jabatan",
            "Menyusun analisis kebutuhan pegawai",
            "- Dokumen ABK",
            "TW III",
            "0",
        ],
        [
            "2.",
            "Pengembangan Pegawai",
            "a. Terdapat kesempatan pengembangan kompetensi bagi pegawai",
            "Menyelenggarakan pelatihan internal",
            "- Laporan pelatihan\n- Sertifikat",
            "Semester II",
            "0",
        ],
        [
            "3.",
            "Penegakan Disiplin",
            "a. Unit kerja menerapkan disiplin pegawai",
            "Rekap kehadiran pegawai",
            "- Rekap absensi",
            "Maret–Mei 2021",
            "0",
        ],
    ],
]

MONTH_HEADER = ["NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR"] + [str(m) for m in range(1, 13)]


def _months(marks: set[int]) -> list[str]:
    return ["v" if m in marks else "" for m in range(1, 13)]


#: A month-column plan (the engine's classic shape) long enough to run over two pages.
MONTH_ROWS = [
    ["1", "Manajemen Perubahan", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", *_months({1})],
    ["", "", "", "Rapat rencana aksi", "Notulen rapat", *_months({1, 2})],
    ["", "", "Monitoring rencana aksi", "Rapat monev", "Laporan monev", *_months({3, 6, 9, 12})],
    ["2", "Penataan Tatalaksana", "Reviu SOP", "Inventarisasi SOP", "Daftar SOP", *_months({2})],
    ["", "", "", "Reviu SOP layanan", "SOP direviu", *_months({4, 5})],
    ["", "", "Keterbukaan informasi", "Pemutakhiran laman", "Laman mutakhir", *_months(set(range(1, 13)))],
    ["3", "Penataan SDM", "Pengembangan kompetensi", "Pelatihan internal", "Laporan", *_months({7})],
    ["", "", "", "Coaching clinic", "Daftar hadir", *_months({8, 10})],
    ["", "", "Penegakan disiplin", "Rekap kehadiran", "Rekap absensi", *_months({1, 4, 7, 10})],
    ["4", "Penguatan Akuntabilitas", "Penyusunan PK", "Perjanjian kinerja", "Dokumen PK", *_months({1})],
    ["", "", "", "Monev capaian kinerja", "Laporan capaian", *_months({4, 7, 10})],
    ["5", "Penguatan Pengawasan", "Pengendalian gratifikasi", "Sosialisasi UPG", "Notulen", *_months({2})],
    ["", "", "Penerapan SPIP", "Penilaian risiko", "Peta risiko", *_months({3})],
    ["6", "Pelayanan Publik", "Standar pelayanan", "Penetapan standar", "SK", *_months({2})],
    ["", "", "Survei kepuasan", "Survei IKM", "Laporan IKM", *_months({6, 12})],
]


def _pdf_doc(buf: io.BytesIO, pagesize: tuple[float, float]) -> object:
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=24,
        rightMargin=24,
        topMargin=24,
        bottomMargin=24,
        title="Rencana Aksi",
        author="zi-eval fixtures",
        invariant=1,
    )


def make_komponen_pdf() -> bytes:
    """Shape A: a title, narrative, the ruled KOMPONEN table over three pages, a signature."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=9, leading=11, alignment=1)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=7, leading=9)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=6.5, leading=8)

    def para(text: str) -> Paragraph:
        return Paragraph(text.replace("\n", "<br/>"), cell)

    story: list[object] = [
        Paragraph("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", title),
        Paragraph("BALAI PENELITIAN CONTOH", title),
        Paragraph("TAHUN 2021", title),
        Spacer(1, 4),
        Paragraph(
            "Rencana aksi ini disusun sebagai pedoman pelaksanaan pembangunan Zona Integritas menuju"
            " Wilayah Bebas dari Korupsi di lingkungan balai.",
            body,
        ),
        Spacer(1, 4),
        Paragraph("LAMPIRAN RENCANA KERJA AKSI", title),
        Spacer(1, 4),
    ]
    for n, rows in enumerate(KOMPONEN_PAGES):
        # one table per page with the header repeated, as Word prints a table that runs over pages
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ]
        for i, r in enumerate(rows, start=1):
            if r[0] in ("I", "II", "III", "IV"):
                style.append(("SPAN", (1, i), (-1, i)))  # the area name merged across the row
        if n == 0:  # "1. Tim Kerja" over its two lettered rows: No and KOMPONEN merged down
            style += [("SPAN", (0, 2), (0, 3)), ("SPAN", (1, 2), (1, 3))]
        data = [[para(h) for h in KOMPONEN_HEADER]] + [[para(c) for c in r] for r in rows]
        story.append(Table(data, colWidths=[24, 68, 116, 100, 86, 76, 48], style=TableStyle(style)))
        if n < len(KOMPONEN_PAGES) - 1:
            story += [Paragraph(f"- {n + 1} -", body), PageBreak()]
    story += [
        Spacer(1, 10),
        Paragraph("Bogor, 4 Januari 2021", body),
        Paragraph("KEPALA BALAI,", body),
        Paragraph("Dr. Nama Contoh", body),
    ]
    buf = io.BytesIO()
    _pdf_doc(buf, landscape(A5)).build(story)  # type: ignore[attr-defined]
    return buf.getvalue()


def make_month_pdf() -> bytes:
    """A month-column plan in PDF over two pages with the header repeated on the second."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=9, leading=12, alignment=1)
    table = Table(
        [MONTH_HEADER, *MONTH_ROWS],
        colWidths=[18, 78, 88, 82, 62] + [16] * 12,
        rowHeights=22,
        repeatRows=1,
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), "Helvetica", 5.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )
    story = [
        Paragraph("RENCANA AKSI ZONA INTEGRITAS", title),
        Paragraph("KANTOR PELAYANAN CONTOH TAHUN 2026", title),
        table,
    ]
    buf = io.BytesIO()
    _pdf_doc(buf, landscape(A5)).build(story)  # type: ignore[attr-defined]
    return buf.getvalue()


def make_scan_pdf() -> bytes:
    """A 'scanned' plan: two pages that hold only an image, no characters."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (60, 40), 255)
    draw = ImageDraw.Draw(img)
    for y in range(4, 40, 8):
        draw.line((4, y, 56, y), fill=0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A6, invariant=1)
    for _ in range(2):
        c.drawImage(ImageReader(img), 20, 200, width=240, height=160)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_merged_docx() -> bytes:
    """A Word plan: title paragraphs, a table with a merged area heading, vertical merges, a nested table."""
    import docx

    d = docx.Document()
    d.core_properties.author = "zi-eval fixtures"
    for text in ("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "PENGADILAN AGAMA CONTOH", "TAHUN 2025"):
        d.add_paragraph(text)
    d.add_paragraph("")
    header = ["NO", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "JADWAL"]
    body = [
        ["I. MANAJEMEN PERUBAHAN", "", "", "", "", ""],
        ["1", "Manajemen Perubahan", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", "Januari"],
        ["", "", "", "Rapat rencana aksi", "Notulen", "Januari, Februari"],
        ["2", "Penataan Tatalaksana", "Reviu SOP", "Reviu SOP layanan", "SOP direviu", "Maret s/d Mei"],
    ]
    table = d.add_table(rows=1 + len(body), cols=len(header))
    table.style = "Table Grid"
    for i, row in enumerate([header, *body]):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    table.cell(1, 0).merge(table.cell(1, 5))  # the area heading across the whole row (gridSpan)
    table.cell(2, 1).merge(table.cell(3, 1))  # the program over two rows (vMerge)
    table.cell(2, 2).merge(table.cell(3, 2))  # the kegiatan over two rows (vMerge)
    table.cell(2, 1).text = "Manajemen Perubahan"
    table.cell(2, 2).text = "Pembentukan Tim ZI"
    # evidence written as a small table inside the indicator cell of the last row
    inner = table.cell(4, 4).add_table(rows=2, cols=2)
    for i, (a, b) in enumerate([("SOP", "1 dok"), ("Notulen", "2 dok")]):
        inner.cell(i, 0).text = a
        inner.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("Ditetapkan di Contoh, 2 Januari 2025")
    d.add_paragraph("KETUA,")
    buf = io.BytesIO()
    d.save(buf)
    return _slim_docx(buf.getvalue())


def _slim_docx(data: bytes) -> bytes:
    """Drop the template's thumbnail and its second copy of the styles (26 KB the reader never needs)."""
    import re
    import zipfile

    dropped = ("docProps/thumbnail.jpeg", "word/stylesWithEffects.xml")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in dropped:
                continue
            body = src.read(item.filename)
            if item.filename in ("_rels/.rels", "word/_rels/document.xml.rels", "[Content_Types].xml"):
                text = body.decode("utf-8")
                for name in dropped:
                    leaf = re.escape(name.split("/")[-1])
                    text = re.sub(rf"<(Relationship|Override)\b[^>]*{leaf}\"[^>]*/>", "", text)
                body = text.encode("utf-8")
            dst.writestr(item, body)
    return out.getvalue()


GANTT_HEADER = ["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "PENANGGUNG JAWAB"] + [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des",
]  # fmt: skip


def make_gantt_xlsx() -> bytes:
    """A workbook: a title block, a merged 'I. MANAJEMEN PERUBAHAN' heading, text marks and fill-only marks."""
    import datetime as dt

    import openpyxl
    from openpyxl.styles import PatternFill

    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 1, 2)
    ws = wb.active
    assert ws is not None
    ws.title = "RA 2025"
    ws.append(["RENCANA AKSI ZONA INTEGRITAS"])
    ws.append(["KANTOR CONTOH TAHUN 2025"])
    ws.append([])
    ws.append(GANTT_HEADER)
    ws.append(["I. MANAJEMEN PERUBAHAN"])
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=len(GANTT_HEADER))
    ws.append(["1", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", "Sekretaris", "v"])
    ws.append(["", "", "Rapat rencana aksi", "Notulen", "Tim ZI", "v", "v"])
    ws.merge_cells("B6:B7")  # the kegiatan over its two sub-kegiatan rows
    ws.append(["2", "Monitoring rencana aksi", "Rapat monev", "Laporan monev", "Tim ZI"])
    green = PatternFill("solid", fgColor="FF00B050")
    for col in (8, 11, 14, 17):  # March, June, September, December: colour only, no text
        ws.cell(8, col).fill = green
    ws.append([])
    ws.append(["", "", "", "Kepala Kantor,"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_bordered_xlsx() -> bytes:
    """An Excel plan with borders, a header over two rows (merged "JADWAL PELAKSANAAN") and wrapped cells."""
    import datetime as dt

    import openpyxl
    from openpyxl.styles import Alignment, Border, Side
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 1, 2)
    ws = wb.active
    assert ws is not None
    ws.title = "RA"
    ws.append(["RENCANA AKSI ZONA INTEGRITAS"])
    ws.append(["KANTOR CONTOH TAHUN 2025"])
    ws.append([])
    ws.append(["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "JADWAL PELAKSANAAN"])
    ws.append(["", "", "", "", *GANTT_HEADER[5:]])
    ws.merge_cells("E4:P4")
    for col in "ABCD":
        ws.merge_cells(f"{col}4:{col}5")
    ws.append(["1", "Pembentukan Tim ZI", "Penerbitan SK Tim", "SK Tim", "v"])
    ws.append(["", "", "Rapat rencana aksi dan pembagian tugas tim", "Notulen", "v", "v"])
    ws.append(["2", "Monitoring rencana aksi", "Rapat monev", "Laporan monev", *_months({3, 6, 9, 12})])
    ws.merge_cells("B6:B7")
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=4, max_row=8, max_col=16):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in (6, 7, 8):
        ws.row_dimensions[r].height = 48  # openpyxl cannot fit rows to wrapped text: give them room
    ws.column_dimensions["A"].width = 4
    for col in "BCD":
        ws.column_dimensions[col].width = 18
    for c in range(5, 17):
        ws.column_dimensions[get_column_letter(c)].width = 4
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.append([])
    ws.append(["", "", "", "Kepala Kantor,"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


MONTHS = GANTT_HEADER[5:]
#: This year's plan (kegiatan, sub-kegiatan, months) under "Jadwal 2025"; the reused template still
#: carries last year's marks, six months off, under a hidden "Jadwal 2024".
REUSED_PLAN = [
    ("Pembentukan Tim ZI", "Penerbitan SK Tim", {1}),
    ("Penyusunan SOP", "Reviu SOP layanan", {4, 5}),
    ("Survei kepuasan masyarakat", "Pelaksanaan SKM", {6, 12}),
    ("Penyediaan sarana layanan difabel", "Pengadaan kursi roda", {8, 9, 10}),
]


def make_reused_template_xlsx() -> bytes:
    """Last year's plan reused: columns E–P under "Jadwal 2024" are hidden and still carry the old marks,
    Q–AB under "Jadwal 2025" are shown (documents-in-the-wild §1 B: a header on two rows)."""
    import datetime as dt

    import openpyxl
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 1, 2)
    ws = wb.active
    assert ws is not None
    ws.title = "RA 2025"
    ws.append(["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS"])
    ws.append(["KANTOR PERTANAHAN CONTOH"])
    ws.append(["TAHUN 2025"])
    ws.append(["NO", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR", "Jadwal 2024", *[None] * 11, "Jadwal 2025"])
    ws.append([None] * 4 + MONTHS * 2)
    ws.merge_cells("E4:P4")
    ws.merge_cells("Q4:AB4")
    for n, (keg, sub, months) in enumerate(REUSED_PLAN, start=1):
        old = {(m + 5) % 12 + 1 for m in months}
        marks = [_months(old), _months(months)]
        ws.append([str(n), keg, sub, "1 Dokumen", *marks[0], *marks[1]])
    for c in range(5, 17):
        ws.column_dimensions[get_column_letter(c)].hidden = True
    ws.append([])
    ws.append(["", "", "", "Kepala Kantor,"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_merged_down_xlsx() -> bytes:
    """A Gantt plan whose months are merged down over two activity rows: a filled bar March–May over the
    two sub-kegiatan of one kegiatan (only its first cell styled, as Excel saves it), and a '√' in July
    merged over two more."""
    import datetime as dt

    import openpyxl
    from openpyxl.styles import PatternFill

    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 1, 2)
    ws = wb.active
    assert ws is not None
    ws.title = "RA 2025"
    ws.append(["RENCANA AKSI ZONA INTEGRITAS"])
    ws.append(["KANTOR CONTOH TAHUN 2025"])
    ws.append([])
    ws.append(GANTT_HEADER[:4] + MONTHS)
    ws.append(["1", "Penyusunan SOP", "Reviu SOP layanan", "SOP terevaluasi"])
    ws.append(["", "", "Sosialisasi SOP", "Notulen sosialisasi"])
    ws.append(["2", "Survei kepuasan masyarakat", "Pelaksanaan SKM", "Laporan SKM"])
    ws.append(["", "", "Analisis hasil SKM", "Laporan analisis"])
    ws.append(["3", "Monitoring rencana aksi", "Rapat monev", "Laporan monev", None, "√"])
    for col in "AB":
        ws.merge_cells(f"{col}5:{col}6")
        ws.merge_cells(f"{col}7:{col}8")
    ws.merge_cells("G5:I6")
    ws["G5"].fill = PatternFill("solid", fgColor="FF00B050")
    ws.merge_cells("K7:K8")
    ws["K7"] = "√"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def convert(src: Path, fmt: str) -> Path | None:
    """Save a copy of ``src`` as ``fmt`` with LibreOffice (a private profile: runs in parallel safely)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print(f"soffice not found: {src.stem}.{fmt} not regenerated", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        out = OUT / f"{src.stem}.{fmt}"
        shutil.copyfile(Path(tmp, f"{src.stem}.{fmt}"), out)
    return out


def main() -> None:
    """Write every fixture into tests/data/ra/readers/."""
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "plan_komponen_3_pages.pdf").write_bytes(make_komponen_pdf())
    (OUT / "plan_bulan_2_pages.pdf").write_bytes(make_month_pdf())
    (OUT / "scan_without_text.pdf").write_bytes(make_scan_pdf())
    (OUT / "plan_merged_cells.docx").write_bytes(make_merged_docx())
    for name, make in (
        ("plan_gantt_fills", make_gantt_xlsx),
        ("plan_reused_template", make_reused_template_xlsx),
        ("plan_gantt_merged_down", make_merged_down_xlsx),
    ):
        xlsx = OUT / f"{name}.xlsx"
        xlsx.write_bytes(make())
        convert(xlsx, "xls")
        convert(xlsx, "ods")
    with tempfile.TemporaryDirectory() as tmp:
        # an Excel plan printed to PDF (LibreOffice Calc stands in for Excel's "Save as PDF")
        bordered = Path(tmp, "plan_excel_printed.xlsx")
        bordered.write_bytes(make_bordered_xlsx())
        convert(bordered, "pdf")
    for f in sorted(OUT.iterdir()):
        print(f"{f.name}: {f.stat().st_size} bytes")


if __name__ == "__main__":
    main()
