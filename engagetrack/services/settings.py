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


# the binder note's signature block and heading line (SPEC §8), edited on the Export tab
BRANCH = "note_branch"
PREPARED_BY_TITLE = "note_prepared_by_title"
PREPARED_BY_PHONE = "note_prepared_by_phone"
APPROVED_BY_NAME = "note_approved_by_name"
APPROVED_BY_TITLE = "note_approved_by_title"
APPROVED_BY_PHONE = "note_approved_by_phone"
NOTE_KEYS = (
    BRANCH,
    PREPARED_BY_TITLE,
    PREPARED_BY_PHONE,
    APPROVED_BY_NAME,
    APPROVED_BY_TITLE,
    APPROVED_BY_PHONE,
)


def note_settings(session: Session) -> dict[str, str]:
    """The note settings by key ('' for one never set), and the prepared-by name."""
    found = {key: get_setting(session, key) or "" for key in NOTE_KEYS}
    found[PREPARED_BY] = prepared_by(session)
    return found


def save_note_settings(session: Session, values: dict[str, str]) -> None:
    """Save the given note settings (unknown keys refused), each change audited."""
    for key, value in values.items():
        if key not in (*NOTE_KEYS, PREPARED_BY):
            raise KeyError(key)
        text = " ".join(value.split())
        if key == PREPARED_BY and not text:
            continue  # the name falls back on the OS user's; an empty one means nothing
        if (get_setting(session, key) or "") != text:
            set_setting(session, key, text)
