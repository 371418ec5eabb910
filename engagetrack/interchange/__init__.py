"""Workbook format v1: the sheet/column spec, the ministerial export and the import."""
