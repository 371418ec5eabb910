"""Contacts: the people at each organization."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain import validation
from engagetrack.domain.messages import deferred, t
from engagetrack.domain.validation import ValidationError, name_key
from engagetrack.services import organizations as orgs
from engagetrack.services.changes import reject_unknown
from engagetrack.services.records import add_audited, delete_audited, get_or_refuse, update_audited
from engagetrack.store.models import Contact

ENTITY = "contact"
FIELDS = ("organization_id", "name", "title", "email", "phone", "notes")
_LIMITS = {
    "name": validation.MAX_NAME_LENGTH,
    "title": 200,
    "email": 254,
    "phone": 60,
    "notes": validation.MAX_TEXT_LENGTH,
}


def get(session: Session, contact_id: int) -> Contact:
    return get_or_refuse(session, Contact, contact_id, ENTITY)


def find(session: Session, organization_id: int, name: str) -> Contact | None:
    """The contact of that organization whose name matches ignoring case and spaces."""
    key = name_key(name)
    for contact in session.scalars(
        select(Contact).where(Contact.organization_id == organization_id)
    ):
        if name_key(contact.name) == key:
            return contact
    return None


def check_unique(session: Session, organization_id: int, name: str, own_id: int | None) -> None:
    """One contact of a name per organization, ignoring case and spaces (as import matches)."""
    key = name_key(name)
    for contact in session.scalars(
        select(Contact).where(Contact.organization_id == organization_id)
    ):
        if contact.id != own_id and name_key(contact.name) == key:
            raise ValidationError.single("name", duplicate_message(contact.organization.name, name))


def duplicate_message(organization: str, name: str) -> str:
    return t(
        '{organization} already has a contact named "{name}".', organization=organization, name=name
    )


def _clean(session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
    return clean_values(values, lambda org_id: orgs.get(session, org_id))


def clean_values(
    values: Mapping[str, Any], check_organization: Callable[[int], object]
) -> dict[str, Any]:
    """The field rules of create and update; `check_organization` refuses an unknown id."""
    check = validation.Checker()
    out: dict[str, Any] = {}
    for field, raw in values.items():
        if field == "organization_id":
            if raw is None:  # a form whose organization picker was left empty
                check.add("organization", t("Choose the contact's organization."))
                continue
            check_organization(int(raw))
            out[field] = int(raw)
            continue
        text = validation.clean_text(raw)
        if field == "name":
            check.required("name", text, deferred("Name"))
        if field == "email":
            check.email("email", text)
        check.max_length(field, text, _LIMITS[field])
        out[field] = text
    check.raise_if_any()
    return out


def create(session: Session, values: Mapping[str, Any]) -> Contact:
    reject_unknown(values, FIELDS)
    if "organization_id" not in values:
        raise ValidationError.single("organization", t("Choose the contact's organization."))
    data = _clean(session, {"name": None, **values})
    check_unique(session, data["organization_id"], data["name"], None)
    contact = Contact(**data)
    add_audited(session, ENTITY, contact, FIELDS)
    return contact


def update(session: Session, contact_id: int, values: Mapping[str, Any]) -> Contact:
    reject_unknown(values, FIELDS)
    contact = get(session, contact_id)
    data = _clean(session, values)
    if "name" in data or "organization_id" in data:
        org_id = data.get("organization_id", contact.organization_id)
        check_unique(session, org_id, data.get("name", contact.name), contact.id)
    update_audited(session, ENTITY, contact, data)
    return contact


def delete(session: Session, contact_id: int, *, reason: str | None = None) -> None:
    """Delete a contact, every field and `reason` kept in the audit entry."""
    contact = get(session, contact_id)
    delete_audited(session, ENTITY, contact, FIELDS, reason=reason)
