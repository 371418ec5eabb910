"""Imported Meetings rows: matched by date and title, with their organization and principle
links."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from engagetrack.domain.vocabularies import Classification, MeetingKind
from engagetrack.interchange.import_row_base import (
    MEETINGS,
    RowApplierBase,
    as_record,
    name_key,
)
from engagetrack.services import meetings
from engagetrack.services.audit_text import CreationText
from engagetrack.services.changes import apply_values
from engagetrack.store.models import meeting_organizations, meeting_principles

_CREATED = CreationText(meetings.FIELDS)


class MeetingRows(RowApplierBase):
    """The Meetings sheet."""

    def load_meetings(self) -> None:
        columns = [MEETINGS.c.id, MEETINGS.c.title_key, *(MEETINGS.c[f] for f in meetings.FIELDS)]
        self._existing = {r.id: r for r in self.session.execute(select(*columns))}
        self._meeting_orgs: dict[int, list[int]] = defaultdict(list)
        for mid, oid in self.session.execute(select(meeting_organizations)):
            self._meeting_orgs[mid].append(oid)
        self._meeting_principles: dict[int, list[int]] = defaultdict(list)
        for mid, pid in self.session.execute(select(meeting_principles)):
            self._meeting_principles[mid].append(self.principle_numbers[pid])

    def meeting(
        self, values: dict[str, Any], org_ids: list[int] | None, numbers: list[int] | None
    ) -> str:
        key = (values["held_on"], name_key(values["title"]))
        meeting_id = self.meeting_ids.get(key)
        if meeting_id is None:
            return self._create_meeting(values, key, org_ids or [], numbers or [])
        meeting = as_record(self._existing[meeting_id])
        old_orgs = sorted(self._meeting_orgs.get(meeting_id, []))
        old_numbers = sorted(self._meeting_principles.get(meeting_id, []))
        changes = {k: v for k, v in values.items() if getattr(meeting, k) != v}
        if org_ids is not None and org_ids == old_orgs:
            org_ids = None
        if numbers is not None and numbers == old_numbers:
            numbers = None
        if not changes and org_ids is None and numbers is None:
            return "unchanged"
        # as meetings.update does it
        data = meetings.clean_values(changes)
        if "held_on" in data or "title" in data:
            data["title_key"] = name_key(data.get("title", meeting.title))
        changed = apply_values(meeting, data)
        self.out.update(MEETINGS, meeting.id, {f: getattr(meeting, f) for f in changed})
        changed.pop("title_key", None)
        if org_ids is not None:
            old_names = sorted(self.org_names[o] for o in old_orgs)
            new_names = sorted(self.org_names[o] for o in org_ids)
            if old_names != new_names:
                changed["organizations"] = [old_names, new_names]
            for o in set(old_orgs) - set(org_ids):
                self.out.unlink(
                    meeting_organizations, {"meeting_id": meeting.id, "organization_id": o}
                )
            for o in sorted(set(org_ids) - set(old_orgs)):
                self.out.insert(
                    meeting_organizations,
                    {"meeting_id": meeting.id, "organization_id": o},
                    stamped=False,
                )
        if numbers is not None:
            if old_numbers != numbers:
                changed["principles"] = [old_numbers, numbers]
            for n in set(old_numbers) - set(numbers):
                self.out.unlink(
                    meeting_principles,
                    {"meeting_id": meeting.id, "principle_id": self.principle_ids[n]},
                )
            for n in sorted(set(numbers) - set(old_numbers)):
                self.out.insert(
                    meeting_principles,
                    {"meeting_id": meeting.id, "principle_id": self.principle_ids[n]},
                    stamped=False,
                )
        self.out.audit(meetings.ENTITY, meeting.id, "update", changed)
        return "updated"

    def _create_meeting(
        self, values: dict[str, Any], key: tuple[date, str], org_ids: list[int], numbers: list[int]
    ) -> str:
        # as meetings.create does it
        data = meetings.clean_values({"held_on": None, "title": None, **values})
        record = SimpleNamespace(
            **(
                dict.fromkeys(meetings.FIELDS)
                | {"kind": MeetingKind.BILATERAL, "classification": Classification.UNCLASSIFIED}
                | data
            )
        )
        meeting_id = self.out.new_id(MEETINGS)
        links: dict[str, list[Any]] = {}
        names = sorted(self.org_names[o] for o in org_ids)
        if names:
            links["organizations"] = [[], names]
        numbers = sorted(set(numbers))
        if numbers:
            links["principles"] = [[], numbers]
        self.out.insert_created(
            MEETINGS,
            {"id": meeting_id, "title_key": name_key(record.title), **vars(record)},
            meetings.ENTITY,
            _CREATED,
            links,
        )
        for o in sorted(set(org_ids)):
            self.out.insert(
                meeting_organizations,
                {"meeting_id": meeting_id, "organization_id": o},
                stamped=False,
            )
        for n in numbers:
            self.out.insert(
                meeting_principles,
                {"meeting_id": meeting_id, "principle_id": self.principle_ids[n]},
                stamped=False,
            )
        self.meeting_ids[key] = meeting_id
        return "added"
