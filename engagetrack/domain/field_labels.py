"""What each field of a record is called in a message ("Name is required."), written once for
every service: a field of the same name reads the same on every kind of record; and what
each kind of record is called (the audit trail's and the access-request pack's entities)."""

from __future__ import annotations

from engagetrack.domain.messages import deferred, t

FIELD_LABELS = {
    "name": deferred("Name"),
    "title": deferred("Title"),
    "email": deferred("E-mail"),
    "phone": deferred("Phone"),
    "notes": deferred("Notes"),
    "country": deferred("Country"),
    "sector": deferred("Sector"),
    "website": deferred("Website"),
    "lead_official": deferred("Lead official"),
    "kind": deferred("Kind"),
    "priority": deferred("Priority"),
    "classification": deferred("Classification"),
    "stage": deferred("Stage"),
    "stage_since": deferred("Stage since"),
    "endorsed_on": deferred("Endorsed on"),
    "location": deferred("Location"),
    "lead": deferred("Lead"),
    "summary": deferred("Summary"),
    "outcomes": deferred("Outcomes"),
    "description": deferred("Description"),
    "owner": deferred("Owner"),
}


def field_label(field: str) -> str:
    """The field's name in the current language (its key, made readable, when unlisted)."""
    return t(field_key(field))


def field_key(field: str) -> str:
    """The field's name in English, for `t` to translate later (validation.Checker)."""
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


# the audit trail's entity codes
RECORD_KINDS = {
    "organization": deferred("organization"),
    "contact": deferred("contact"),
    "stage_change": deferred("stage change"),
    "assessment": deferred("assessment"),
    "meeting": deferred("meeting"),
    "commitment": deferred("commitment"),
    "attachment": deferred("attached file"),
    "briefing_note": deferred("briefing note"),
    "setting": deferred("setting"),
}


def record_kind(entity: str) -> str:
    """The kind of record in the current language (the code itself when unlisted)."""
    return t(RECORD_KINDS[entity]) if entity in RECORD_KINDS else entity
