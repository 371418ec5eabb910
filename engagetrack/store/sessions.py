"""The type of one unit of work, named once for the layers above that do not import SQLAlchemy.

The window's code imports it under `TYPE_CHECKING` only, so that SQLAlchemy still loads after
the first paint (see docs/architecture.md, "Start-up").
"""

from __future__ import annotations

from sqlalchemy.orm import Session

__all__ = ["Session"]
