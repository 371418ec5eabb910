"""Per-database settings, such as the name printed as 'prepared by' on exports."""

from __future__ import annotations

from sqlalchemy.orm import Session

from engagetrack.services import audit
from engagetrack.store.models import Setting
from engagetrack.store.os_user import full_name

PREPARED_BY = "prepared_by"


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    old = None if row is None else row.value
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    if old != value:
        audit.write_entry(session, "setting", 0, "update", {key: [old, value]})


def prepared_by(session: Session) -> str:
    """The name on exported workbooks: the setting, else the OS user's full name."""
    return get_setting(session, PREPARED_BY) or full_name()
