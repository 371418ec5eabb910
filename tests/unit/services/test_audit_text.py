"""The audit text of a created record, from its template, is the services' own text."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from engagetrack.domain.vocabularies import Classification, CommitmentStatus, MeetingKind
from engagetrack.services import commitments, meetings
from engagetrack.services.audit import encode_changes
from engagetrack.services.audit_text import CreationText
from engagetrack.services.changes import snapshot


def _reference(values: dict[str, Any], fields: tuple[str, ...], extra: Any = None) -> str:
    return encode_changes({**snapshot(SimpleNamespace(**values), fields), **(extra or {})})


@pytest.mark.parametrize(
    "values",
    [
        dict.fromkeys(commitments.FIELDS),
        {
            **dict.fromkeys(commitments.FIELDS),
            "organization_id": 12,
            "description": 'Quote " backslash \\ tab\t newline\n and é, 漢字, emoji 🚀',
            "principle_id": 3,
            "due_on": date(2027, 3, 1),
            "status": CommitmentStatus.DONE,
            "completed_on": date(2026, 11, 30),
            "classification": Classification.PROTECTED_B,
            "notes": "100% of it, %s and %(x)s stay as written",
        },
        {**dict.fromkeys(commitments.FIELDS), "owner": True, "notes": 1.5, "meeting_id": 0},
        {**dict.fromkeys(commitments.FIELDS), "notes": datetime(2026, 1, 2, 3, 4, 5)},
        {
            **dict.fromkeys(commitments.FIELDS),
            "notes": (date(2026, 1, 2), [CommitmentStatus.OPEN, None, []], {"b": 1, "a": "é"}),
        },
    ],
)
def test_a_created_commitment_reads_as_the_services_write_it(values: dict[str, Any]) -> None:
    assert CreationText(commitments.FIELDS)(values) == _reference(values, commitments.FIELDS)


def test_a_meetings_links_are_sorted_in_among_its_fields() -> None:
    encode = CreationText(meetings.FIELDS)
    values = {
        **dict.fromkeys(meetings.FIELDS),
        "held_on": date(2020, 3, 5),
        "title": "Five Country Ministerial roundtable",
        "kind": MeetingKind.ROUNDTABLE,
        "classification": Classification.UNCLASSIFIED,
    }
    for extra in [
        {},
        {"organizations": [[], ["Meta", "Microsoft"]]},
        {"principles": [[], [1, 2, 11]]},
        {"organizations": [[], ["Google"]], "principles": [[], [5]]},
        {"organizations": [["Old \\ name"], ['New "name"', "Ωmega"]], "principles": [[3], []]},
    ]:
        assert encode(values, extra) == _reference(values, meetings.FIELDS, extra)
    text = encode(values, {"organizations": [[], ["Meta"]]})
    assert text.index('"location"') < text.index('"organizations"') < text.index('"outcomes"')
