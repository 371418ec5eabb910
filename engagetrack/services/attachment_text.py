"""The words of an attached file, for the search: plain text as it is, a PDF's text through
pypdf; anything else (Word, Outlook .msg, images) is found by its name and note only.

Nothing here touches the network or starts another program; a file that cannot be read is
simply not searchable by its content, never an error.
"""

from __future__ import annotations

import io
import logging
from email import policy
from email.parser import BytesParser

from engagetrack.services.search_match import strip_accents

MAX_TEXT = 2_000_000  # characters kept for the search: a long report's words, not a book's
TEXT_SUFFIXES = (".txt", ".md", ".csv", ".tsv", ".json", ".xml", ".html", ".htm", ".log")


def readable_text(file_name: str, data: bytes) -> str | None:
    """The text the search may look in; None when there is none to read."""
    name = file_name.lower()
    try:
        if name.endswith(".pdf") or data.startswith(b"%PDF-"):
            text = _pdf_text(data)
        elif name.endswith(".eml"):
            text = _mail_text(data)
        elif name.endswith(TEXT_SUFFIXES):
            text = _decode(data)
        else:
            return None
    except Exception:  # a damaged or hostile file: searchable by name and note only
        return None
    # kept without accents, as the search looks for it (see search_match.strip_accents)
    text = strip_accents(" ".join(text.split()))
    return text[:MAX_TEXT] or None


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged page is not news to the user
    reader = PdfReader(io.BytesIO(data))
    parts: list[str] = []
    size = 0
    for page in reader.pages:
        words = page.extract_text() or ""
        parts.append(words)
        size += len(words)
        if size > MAX_TEXT:
            break
    return "\n".join(parts)


def _mail_text(data: bytes) -> str:
    message = BytesParser(policy=policy.default).parsebytes(data)
    parts = [str(message.get(h, "")) for h in ("From", "To", "Subject", "Date")]
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        parts.append(body.get_content())
    return "\n".join(parts)
