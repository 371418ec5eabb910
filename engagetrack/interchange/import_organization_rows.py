"""Imported Organizations and Contacts rows: matched by name, created or updated, audited.

An organization is matched on its name key; its stage history follows the services' own
rules, and a contact is matched by name within its organization.
"""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from engagetrack.domain.messages import language, t
from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification, OrgKind, Priority, Stage
from engagetrack.interchange.import_row_base import (
    CONTACTS,
    IMPORT_NOTE,
    ORGS,
    STAGES,
    RowApplierBase,
    as_record,
    known_id,
    name_key,
)
from engagetrack.services import contacts, organizations
from engagetrack.services.audit_text import CreationText
from engagetrack.services.changes import apply_values

_CREATED_ORG = CreationText(organizations.AUDITED)
_CREATED_CONTACT = CreationText(contacts.FIELDS)


class OrganizationRows(RowApplierBase):
    """The Organizations and Contacts sheets."""

    # ------------------------------------------------------------ organizations

    def load_organizations(self) -> None:
        columns = [ORGS.c.id, ORGS.c.name_key, *(ORGS.c[f] for f in organizations.AUDITED)]
        self._existing = {
            r.id: r for r in self.session.execute(select(*columns).order_by(ORGS.c.id))
        }

    def organization(self, values: dict[str, Any]) -> str:
        key = name_key(values["name"])
        org_id = self.org_ids.get(key)
        if org_id is None:
            return self._create_organization(values, key)
        org = as_record(self._existing[org_id])
        stage = values.pop("stage", None)
        since = values.pop("stage_since", None)
        changes = {k: v for k, v in values.items() if getattr(org, k) != v}
        if stage is not None and stage != org.stage:
            changes.update(stage=stage, stage_since=since)
            if since is not None and org.stage_since is not None and since < org.stage_since:
                raise ValidationError.single(
                    "stage_since",
                    t(
                        '{label} {date} is before the current stage "{stage}" began ({began})',
                        label=t("Stage Since"),
                        date=since.isoformat(),
                        stage=org.stage.label_in(language()),
                        began=org.stage_since.isoformat(),
                    ),
                )
        elif since is not None and since != org.stage_since:
            changes["stage_since"] = since
        if not changes:
            return "unchanged"
        # as organizations.update and change_stage do it
        data = organizations.clean_values(changes)
        if "name" in data:
            data["name_key"] = name_key(data["name"])
        new_stage = data.pop("stage", None)
        stage_since = data.pop("stage_since", None)
        written: set[str] = set()
        if new_stage is not None and new_stage != org.stage:
            when = stage_since or organizations.today()
            organizations.check_stage_date(org.stage_since, when)
            moved: dict[str, Any] = {"stage": new_stage, "stage_since": when}
            if new_stage is Stage.ENDORSED and org.endorsed_on is None:
                moved["endorsed_on"] = when
            self.out.insert(
                STAGES,
                {
                    "organization_id": org.id,
                    "from_stage": org.stage,
                    "to_stage": new_stage,
                    "changed_on": when,
                    "changed_by": self.out.user,
                    "note": None,
                },
            )
            changed = apply_values(org, moved)
            written |= set(changed)
            self.out.audit(organizations.ENTITY, org.id, "update", changed)
        elif stage_since is not None:
            data["stage_since"] = stage_since
        changed = apply_values(org, data)
        written |= set(changed)
        changed.pop("name_key", None)
        self.out.audit(organizations.ENTITY, org.id, "update", changed)
        self.out.update(ORGS, org.id, {f: getattr(org, f) for f in written})
        self.org_names[org.id] = org.name
        return "updated"

    def _create_organization(self, values: dict[str, Any], key: str) -> str:
        # as organizations.create does it
        data = organizations.clean_values(values)
        stage = data.pop("stage", Stage.IDENTIFIED)
        stage_since = data.pop("stage_since", None) or organizations.today()
        endorsed_on = data.pop("endorsed_on", None)
        if stage is Stage.ENDORSED and endorsed_on is None:
            endorsed_on = stage_since
        record: dict[str, Any] = {
            "name": None,
            "kind": OrgKind.COMPANY,
            "country": None,
            "sector": None,
            "website": None,
            "priority": Priority.MEDIUM,
            "lead_official": None,
            "classification": Classification.UNCLASSIFIED,
            "notes": None,
            "archived": False,
            **data,
            "stage": stage,
            "stage_since": stage_since,
            "endorsed_on": endorsed_on,
        }
        org_id = self.out.new_id(ORGS)
        self.out.insert_created(
            ORGS,
            {"id": org_id, "name_key": name_key(record["name"]), **record},
            organizations.ENTITY,
            _CREATED_ORG,
        )
        self.out.insert(
            STAGES,
            {
                "organization_id": org_id,
                "from_stage": None,
                "to_stage": stage,
                "changed_on": stage_since,
                "changed_by": self.out.user,
                "note": IMPORT_NOTE,
            },
        )
        self.org_ids[key] = org_id
        self.org_names[org_id] = record["name"]
        return "added"

    # ------------------------------------------------------------ contacts

    def load_contacts(self) -> None:
        by_name: dict[tuple[int, str], list[Any]] = defaultdict(list)
        columns = [CONTACTS.c.id, *(CONTACTS.c[f] for f in contacts.FIELDS)]
        for r in self.session.execute(select(*columns).order_by(CONTACTS.c.id)):
            by_name[(r.organization_id, name_key(r.name))].append(r)
        self._existing = by_name
        # a name an organization already has (in the register or earlier in this workbook)
        self._taken: set[tuple[int, str]] = set(by_name)

    def contact(self, org_id: int, values: dict[str, Any], org_name: str = "") -> str:
        key = (org_id, name_key(values["name"]))
        existing = self._existing.get(key)
        if not existing and key in self._taken:  # as contacts.create refuses it
            name = " ".join(values["name"].split())
            raise ValidationError.single("name", contacts.duplicate_message(org_name, name))
        self._taken.add(key)
        if not existing:
            # as contacts.create does it
            data = contacts.clean_values(
                {"name": None, "organization_id": org_id, **values}, known_id
            )
            record = SimpleNamespace(**(dict.fromkeys(contacts.FIELDS) | data))
            contact_id = self.out.new_id(CONTACTS)
            self.out.insert_created(
                CONTACTS, {"id": contact_id, **vars(record)}, contacts.ENTITY, _CREATED_CONTACT
            )
            return "added"
        # the k-th row with a name matches the k-th such contact (oldest first)
        contact = as_record(existing.pop(0))
        changes = {k: v for k, v in values.items() if getattr(contact, k) != v}
        if not changes:
            return "unchanged"
        data = contacts.clean_values(changes, known_id)
        changed = apply_values(contact, data)
        self.out.audit(contacts.ENTITY, contact.id, "update", changed)
        self.out.update(CONTACTS, contact.id, {f: getattr(contact, f) for f in changed})
        return "updated"
