"""Readers of the plan documents units have (spreadsheets, PDF, Word, HTML exports) into rows of cells."""

from zi_eval.ra.readers.docx import read_docx_rows
from zi_eval.ra.readers.html import read_html_rows
from zi_eval.ra.readers.pdf import read_pdf_rows
from zi_eval.ra.readers.sheet import read_sheet_rows

__all__ = ["read_docx_rows", "read_html_rows", "read_pdf_rows", "read_sheet_rows"]
