"""The pickers' choices: what a combo box or a suggestion list offers, read in one query each.

Every editor and filter that offers "one of the owners / countries / leads already written"
or "one of the organizations" takes its list from here, so they all sort and skip blanks the
same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from engagetrack.store.chunking import chunked
from engagetrack.store.models import Commitment, Contact, Meeting, Organization
from engagetrack.store.models import meeting_organizations as mo


def distinct_values(session: Session, column: Any, *where: ColumnElement[bool]) -> list[str]:
    """The distinct non-empty values of a text column, sorted."""
    query = select(column).where(column.is_not(None), *where).distinct().order_by(column)
    return [v for v in session.scalars(query) if v]


def commitment_owners(session: Session) -> list[str]:
    """Every owner named on a commitment, for the owner filter and the editor."""
    return distinct_values(session, Commitment.owner)


def countries(session: Session) -> list[str]:
    """Every country named on an organization, for the Organizations tab's filter."""
    return distinct_values(session, Organization.country)


def meeting_leads(session: Session) -> list[str]:
    """Every lead named on a meeting, for the meeting editor's suggestions."""
    return distinct_values(session, Meeting.lead)


def lead_officials(session: Session) -> list[str]:
    """The lead officials of unarchived organizations, for the pipeline's filter."""
    return distinct_values(session, Organization.lead_official, Organization.archived.is_(False))


def organization_choices(
    session: Session, *, include_archived: bool = False
) -> list[tuple[int, str]]:
    """(id, name) of organizations, by name: the choices of organization pickers."""
    query = select(Organization.id, Organization.name).order_by(Organization.name_key)
    if not include_archived:
        query = query.where(Organization.archived.is_(False))
    return [(int(i), str(n)) for i, n in session.execute(query)]


def organization_choices_marked(
    session: Session, *, exclude: int | None = None
) -> list[tuple[int, str]]:
    """(id, name) of every organization, archived ones marked so, for merge and contacts."""
    query = select(Organization.id, Organization.name, Organization.archived).order_by(
        Organization.name_key
    )
    return [
        (i, n + (" (archived)" if a else "")) for i, n, a in session.execute(query) if i != exclude
    ]


def meeting_choices(
    session: Session, organization_id: int | None, *, keep: int | None = None
) -> list[tuple[int, str]]:
    """(id, "YYYY-MM-DD Title") of the organization's meetings, newest first, plus `keep`."""
    rows: list[tuple[int, str]] = []
    if organization_id is not None:
        query = (
            select(Meeting.id, Meeting.held_on, Meeting.title)
            .join(mo, mo.c.meeting_id == Meeting.id)
            .where(mo.c.organization_id == organization_id)
            .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        )
        rows = [(int(i), f"{d.isoformat()} {t}") for i, d, t in session.execute(query)]
    if keep is not None and keep not in {i for i, _ in rows}:
        meeting = session.get(Meeting, keep)
        if meeting is not None:
            rows.insert(0, (meeting.id, f"{meeting.held_on.isoformat()} {meeting.title}"))
    return rows


@dataclass(frozen=True)
class ContactChoice:
    id: int
    name: str
    organization: str


def contacts_of(session: Session, organization_ids: list[int]) -> list[ContactChoice]:
    """The contacts of the given organizations (any number of them), by organization then name."""
    found: list[tuple[str, str, ContactChoice]] = []
    for chunk in chunked(organization_ids):
        query = (
            select(Contact.id, Contact.name, Organization.name, Organization.name_key)
            .join(Organization, Organization.id == Contact.organization_id)
            .where(Contact.organization_id.in_(chunk))
        )
        found.extend(
            (key, str(n), ContactChoice(int(i), str(n), str(o)))
            for i, n, o, key in session.execute(query)
        )
    # sorted here, not by SQL, so the order is the same however many pieces were read
    found.sort(key=lambda t: (t[0], t[1]))
    return [choice for _, _, choice in found]
