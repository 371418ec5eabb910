"""The schema revisions this program knows, oldest first; the last is the head.

Apart from schema.py so that checking a file's revision needs neither SQLAlchemy nor Alembic.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]
