"""The index of an access-request pack (`index.xlsx`): one row per responsive record, with
its type, id, title, marking, dates, who changed it last, why it answers the request, where
it is in the pack and, for a file, its SHA-256.

Written with XlsxWriter in memory: no temporary file anywhere. Every text goes in as a text
cell (`write_string`), so a title starting with "=" shows as itself and never runs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

import xlsxwriter

from engagetrack.domain import messages
from engagetrack.domain.field_labels import record_kind
from engagetrack.domain.messages import deferred, t
from engagetrack.domain.vocabularies import Classification
from engagetrack.services.access_request import ITSELF, LINKED, NAMED, Item

HEADERS = (
    deferred("Type"),
    deferred("Id"),
    deferred("Title"),
    deferred("Marking"),
    deferred("Archived"),
    deferred("Deleted"),
    deferred("Created"),
    deferred("Last changed"),
    deferred("By"),
    deferred("Why it answers"),
    deferred("Audit entries"),
    deferred("File in the pack"),
    deferred("SHA-256"),
)
WIDTHS = (14, 7, 60, 14, 9, 9, 18, 18, 16, 34, 9, 42, 66)
WHY = {
    ITSELF: deferred("the organization itself"),
    LINKED: deferred("linked to it"),
    NAMED: deferred("its name is in the text"),
}


@dataclass(frozen=True)
class IndexRow:
    item: Item
    file_in_pack: str
    sha256: str = ""


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value is not None else ""


def index_workbook(rows: list[IndexRow], marking: Classification) -> bytes:
    """The index as .xlsx bytes, marked in its header and footer with `marking`."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    bold = book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1})
    wrap = book.add_format({"text_wrap": False, "valign": "top"})
    sheet = book.add_worksheet(t("Index")[:31])
    label = marking.label_in(messages.language())
    sheet.set_header(f"&C&B{label}")
    sheet.set_footer(f"&L{label}&R&P / &N")
    for column, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True)):
        sheet.write_string(0, column, t(header), bold)
        sheet.set_column(column, column, width)
    yes, no = t("yes"), t("no")
    for number, row in enumerate(rows, start=1):
        item = row.item
        last = item.audit[0] if item.audit else None
        values: list[str | int] = [
            record_kind(item.entity),
            item.id,
            item.title,
            item.classification.label_in(messages.language()),
            yes if item.archived else no,
            yes if item.deleted else no,
            _when(item.created_at),
            _when(last.at if last else item.updated_at),
            last.user if last else str(getattr(item.record, "changed_by", None) or ""),
            t(WHY[item.why]),
            len(item.audit),
            row.file_in_pack,
            row.sha256,
        ]
        for column, value in enumerate(values):
            if isinstance(value, int):
                sheet.write_number(number, column, value, wrap)
            else:
                sheet.write_string(number, column, value, wrap)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(HEADERS) - 1)
    book.close()
    return buffer.getvalue()
