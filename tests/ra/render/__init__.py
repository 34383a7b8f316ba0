"""Plan specs drawn into real documents (xlsx, docx, pdf, text, ods, xls) for the importer tests."""
