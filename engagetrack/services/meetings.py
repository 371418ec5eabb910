"""Meetings: bilaterals, roundtables and ministerials, with who attended and what was discussed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain.messages import deferred, t
from engagetrack.domain.validation import (
    MAX_TEXT_LENGTH,
    Checker,
    ValidationError,
    clean_text,
    name_key,
)
from engagetrack.domain.vocabularies import Classification, MeetingKind
from engagetrack.services import audit
from engagetrack.services.attachment_owners import refuse_if_attached
from engagetrack.services.changes import apply_values, jsonable, reject_unknown
from engagetrack.services.principles import id_by_number
from engagetrack.services.records import add_audited, delete_audited, get_or_refuse
from engagetrack.store.models import Contact, Meeting, Organization, Principle

ENTITY = "meeting"
FIELDS = ("held_on", "title", "kind", "location", "lead", "summary", "outcomes", "classification")
_LIMITS = {
    "title": 300,
    "location": 200,
    "lead": 200,
    "summary": MAX_TEXT_LENGTH,
    "outcomes": MAX_TEXT_LENGTH,
}


def get(session: Session, meeting_id: int) -> Meeting:
    return get_or_refuse(session, Meeting, meeting_id, ENTITY)


def find(session: Session, held_on: date, title: str) -> Meeting | None:
    return session.scalar(
        select(Meeting).where(Meeting.held_on == held_on, Meeting.title_key == name_key(title))
    )


def reference(meeting: Meeting) -> str:
    """How a workbook names a meeting: `YYYY-MM-DD Title`."""
    return f"{meeting.held_on.isoformat()} {meeting.title}"


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    check = Checker()
    out: dict[str, Any] = {}
    for field, raw in values.items():
        if field == "held_on":
            if not isinstance(raw, date):
                check.add("held_on", t("{label} is required.", label=t("Date")))
            out[field] = raw
        elif field == "kind":
            out[field] = check.vocab(field, raw, MeetingKind, deferred("Kind"))
        elif field == "classification":
            out[field] = check.vocab(field, raw, Classification, deferred("Classification"))
        else:
            text = clean_text(raw)
            if field == "title":
                check.required("title", text, deferred("Title"))
                text = " ".join(text.split()) if text else text
            check.max_length(field, text, _LIMITS[field])
            out[field] = text
    check.raise_if_any()
    return out


def clean_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The field rules of create and update, without the database (bulk import uses them)."""
    return _clean(values)


def _check_unique(session: Session, held_on: date, title: str, own_id: int | None) -> None:
    clash = find(session, held_on, title)
    if clash is not None and clash.id != own_id:
        raise ValidationError.single(
            "title", f'A meeting "{clash.title}" on {held_on.isoformat()} already exists.'
        )


def _links(
    session: Session,
    meeting: Meeting,
    organization_ids: Iterable[int] | None,
    contact_ids: Iterable[int] | None,
    principle_numbers: Iterable[int] | None,
) -> dict[str, list[Any]]:
    changed: dict[str, list[Any]] = {}
    if organization_ids is not None:
        wanted = sorted(set(organization_ids))
        found = list(session.scalars(select(Organization).where(Organization.id.in_(wanted))))
        if len(found) != len(wanted):
            raise ValidationError.single(
                "organizations", "One of the organizations no longer exists."
            )
        old = sorted(o.name for o in meeting.organizations)
        meeting.organizations = sorted(found, key=lambda o: o.name)
        new = sorted(o.name for o in found)
        if old != new:
            changed["organizations"] = [old, new]
    if contact_ids is not None:
        wanted = sorted(set(contact_ids))
        found_contacts = list(session.scalars(select(Contact).where(Contact.id.in_(wanted))))
        if len(found_contacts) != len(wanted):
            raise ValidationError.single("contacts", t("One of the contacts no longer exists."))
        old = sorted(c.name for c in meeting.contacts)
        meeting.contacts = found_contacts
        new = sorted(c.name for c in found_contacts)
        if old != new:
            changed["contacts"] = [old, new]
    if principle_numbers is not None:
        ids = id_by_number(session)
        numbers = sorted(set(principle_numbers))
        bad = [n for n in numbers if n not in ids]
        if bad:
            raise ValidationError.single(
                "principles", t("There is no principle {number}.", number=bad[0])
            )
        old_n = [p.number for p in meeting.principles]
        meeting.principles = list(
            session.scalars(select(Principle).where(Principle.id.in_([ids[n] for n in numbers])))
        )
        if old_n != numbers:
            changed["principles"] = [old_n, numbers]
    return changed


def create(
    session: Session,
    values: Mapping[str, Any],
    *,
    organization_ids: Iterable[int] = (),
    contact_ids: Iterable[int] = (),
    principle_numbers: Iterable[int] = (),
) -> Meeting:
    reject_unknown(values, FIELDS)
    data = _clean({"held_on": None, "title": None, **values})
    _check_unique(session, data["held_on"], data["title"], None)
    meeting = Meeting(**data, title_key=name_key(data["title"]))
    session.add(meeting)
    links = _links(session, meeting, organization_ids, contact_ids, principle_numbers)
    add_audited(session, ENTITY, meeting, FIELDS, links)
    return meeting


def update(
    session: Session,
    meeting_id: int,
    values: Mapping[str, Any],
    *,
    organization_ids: Iterable[int] | None = None,
    contact_ids: Iterable[int] | None = None,
    principle_numbers: Iterable[int] | None = None,
) -> Meeting:
    """Change the given fields and, where given, replace the linked records."""
    reject_unknown(values, FIELDS)
    meeting = get(session, meeting_id)
    data = _clean(values)
    held_on = data.get("held_on", meeting.held_on)
    title = data.get("title", meeting.title)
    if "held_on" in data or "title" in data:
        _check_unique(session, held_on, title, meeting.id)
        data["title_key"] = name_key(title)
    changed = apply_values(meeting, data)
    changed.pop("title_key", None)
    changed.update(_links(session, meeting, organization_ids, contact_ids, principle_numbers))
    audit.write_entry(session, ENTITY, meeting.id, "update", changed)
    return meeting


def delete(session: Session, meeting_id: int, *, reason: str | None = None) -> None:
    """Delete a meeting; commitments made there keep existing, without the meeting link.

    Refused while files are attached to it (they are removed one by one, each audited).
    The audit entry keeps every field, who attended, what was discussed, and `reason`.
    """
    meeting = get(session, meeting_id)
    refuse_if_attached(session, "meeting", meeting.id)
    links = {
        "organizations": [jsonable(sorted(o.name for o in meeting.organizations)), None],
        "organization_ids": [sorted(o.id for o in meeting.organizations), None],
        "contacts": [jsonable(sorted(c.name for c in meeting.contacts)), None],
        "contact_ids": [sorted(c.id for c in meeting.contacts), None],
        "principles": [sorted(p.number for p in meeting.principles), None],
    }
    delete_audited(session, ENTITY, meeting, FIELDS, reason=reason, extra=links)
