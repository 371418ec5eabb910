"""The workbook writer as it was before XlsxWriter (openpyxl's write-only mode), kept only as
the reference the writer-parity test compares today's workbook with."""
