"""Synthetic registers for benchmarks: `generate --scale N`, seeded and repeatable.

Per organization about 10 meetings, 20 commitments and 11 assessments, with realistic spreads
of stages, dates, statuses and markings. Rows go in through Core bulk inserts in chunks (an
ORM object per row is several times slower) and each gets its audit entry, like any change.

The dates are placed around a fixed REFERENCE day, not the day it runs: the same seed and
scale give the same rows on any day (only the moment of writing, the records' created and
updated times and the audit entries' times, differs), so benchmarks compare like with like.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from engagetrack.domain import vocabularies
from engagetrack.domain.validation import name_key
from engagetrack.domain.vocabularies import (
    PIPELINE_STAGES,
    AssessmentStatus,
    Classification,
    CommitmentStatus,
    MeetingKind,
    OrgKind,
    Stage,
)
from engagetrack.services import audit
from engagetrack.services.changes import jsonable
from engagetrack.services.principles import id_by_number
from engagetrack.store import postgres
from engagetrack.store.models import (
    Assessment,
    Base,
    Commitment,
    Meeting,
    Organization,
    StageChange,
    meeting_organizations,
    meeting_principles,
    utcnow,
)

CHUNK = 5_000
MEETINGS_PER_ORG = 10
COMMITMENTS_PER_ORG = 20

_SYLLABLES = (
    "na",
    "vo",
    "ri",
    "ka",
    "lu",
    "te",
    "zen",
    "mar",
    "qui",
    "bel",
    "dor",
    "fin",
    "sol",
    "tra",
    "vex",
    "lo",
)
_SUFFIXES = (
    "Labs",
    "Media",
    "Networks",
    "Games",
    "Cloud",
    "Social",
    "Systems",
    "Chat",
    "Video",
    "Search",
    "Technologies",
    "Interactive",
)
_SECTORS = (
    "Social media",
    "Messaging",
    "Online gaming",
    "Cloud storage",
    "Search",
    "Video sharing",
    "Livestreaming",
    "Online dating",
    "Hosting",
)
_COUNTRIES = (
    "Canada",
    "United States",
    "United Kingdom",
    "Australia",
    "New Zealand",
    "Ireland",
    "Germany",
    "Japan",
    "Singapore",
    "France",
    "Netherlands",
    "Sweden",
)
_LEADS = ("A. Tremblay", "J. Singh", "M. Roy", "K. Chen", "L. Okafor", "S. Gagnon", "R. Patel")
_ACTIONS = ("Publish", "Share", "Confirm", "Review", "Report on", "Brief on", "Pilot", "Update")
_OBJECTS = (
    "transparency data",
    "hash-matching coverage",
    "grooming detection",
    "livestream safeguards",
    "search suggestion filters",
    "age assurance plan",
    "reporting options",
    "threat assessment",
)

# how often each marking occurs on organizations and commitments (meetings run a little higher)
MARKING_WEIGHTS = {
    Classification.UNCLASSIFIED: 80,
    Classification.PROTECTED_A: 15,
    Classification.PROTECTED_B: 5,
}

MEETING_KIND_WEIGHTS = {
    MeetingKind.BILATERAL: 40,
    MeetingKind.CALL: 25,
    MeetingKind.CORRESPONDENCE: 15,
    MeetingKind.ROUNDTABLE: 10,
    MeetingKind.CONFERENCE: 5,
    MeetingKind.MINISTERIAL: 3,
    MeetingKind.OTHER: 2,
}
COMMITMENT_STATUS_WEIGHTS = {
    CommitmentStatus.OPEN: 35,
    CommitmentStatus.IN_PROGRESS: 20,
    CommitmentStatus.DONE: 38,
    CommitmentStatus.DROPPED: 7,
}

STAGE_WEIGHTS = {
    Stage.IDENTIFIED: 30,
    Stage.CONTACTED: 20,
    Stage.ENGAGED: 15,
    Stage.CONSIDERING: 10,
    Stage.ENDORSED: 12,
    Stage.DECLINED: 8,
    Stage.ON_HOLD: 5,
}


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), CHUNK):
        yield rows[i : i + CHUNK]


def _weighted(rng: random.Random, weights: dict[Any, int]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _insert(
    session: Session, model: Any, rows: list[dict[str, Any]], entity: str | None, first_id: int
) -> None:
    """Insert rows with explicit ids (so audit entries can name them) plus their audit rows."""
    for chunk in _chunks(rows):
        session.execute(insert(model), chunk)
        if entity is not None:
            audit.record_many(
                session,
                [
                    {
                        "entity": entity,
                        "entity_id": r["id"],
                        "action": "create",
                        "changes": {
                            k: [None, jsonable(v)]
                            for k, v in r.items()
                            if k
                            not in (
                                "id",
                                "created_at",
                                "updated_at",
                                "name_key",
                                "title_key",
                                "description_key",
                            )
                        },
                    }
                    for r in chunk
                ],
            )


def _next_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


REFERENCE = date(2026, 12, 1)  # the "today" every generated date is placed around


def generate(
    session: Session, *, scale: int, seed: int = 2020, today: date | None = None
) -> dict[str, int]:
    if postgres.is_postgresql(session):
        # ids of its own from max + 1: alone among the server's writers meanwhile
        postgres.lock_for_bulk_write(session)
    rng = random.Random(seed)
    today = today or REFERENCE
    now = utcnow()
    principle_ids = id_by_number(session)
    org_id = _next_id(session, Organization)
    existing = set(session.scalars(select(Organization.name_key)))

    orgs: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    for _ in range(scale):
        while True:
            stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
            name = f"{stem} {rng.choice(_SUFFIXES)}"
            if name_key(name) not in existing:
                break
            name = f"{name} {rng.randint(2, 99_999)}"
            if name_key(name) not in existing:
                break
        existing.add(name_key(name))
        stage = _weighted(rng, STAGE_WEIGHTS)
        start = today - timedelta(days=rng.randint(200, 2400))
        path = (
            list(PIPELINE_STAGES[: PIPELINE_STAGES.index(stage) + 1])
            if stage in PIPELINE_STAGES
            else [Stage.IDENTIFIED, Stage.CONTACTED, stage]
        )
        when = start
        previous: Stage | None = None
        for step in path:
            history.append(
                {
                    "organization_id": org_id,
                    "from_stage": previous,
                    "to_stage": step,
                    "changed_on": when,
                    "changed_by": "generator",
                    "note": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            previous = step
            when = min(today, when + timedelta(days=rng.randint(20, 200)))
        since = history[-1]["changed_on"]
        orgs.append(
            {
                "id": org_id,
                "name": name,
                "name_key": name_key(name),
                "kind": _weighted(
                    rng,
                    {
                        OrgKind.COMPANY: 85,
                        OrgKind.NGO: 5,
                        OrgKind.INDUSTRY_ASSOCIATION: 4,
                        OrgKind.GOVERNMENT: 2,
                        OrgKind.ACADEMIC: 2,
                        OrgKind.LAW_ENFORCEMENT: 1,
                        OrgKind.INTERNATIONAL_ORGANIZATION: 1,
                    },
                ),
                "country": rng.choice(_COUNTRIES),
                "sector": rng.choice(_SECTORS),
                "website": None,
                "priority": _weighted(
                    rng,
                    {
                        vocabularies.Priority.HIGH: 20,
                        vocabularies.Priority.MEDIUM: 50,
                        vocabularies.Priority.LOW: 30,
                    },
                ),
                "lead_official": rng.choice(_LEADS),
                "stage": stage,
                "stage_since": since,
                "endorsed_on": since if stage is Stage.ENDORSED else None,
                "classification": _weighted(rng, MARKING_WEIGHTS),
                "notes": None,
                "archived": rng.random() < 0.03,
                "created_at": now,
                "updated_at": now,
            }
        )
        org_id += 1
    _insert(session, Organization, orgs, "organization", 0)
    for chunk in _chunks(history):
        session.execute(insert(StageChange), chunk)

    org_ids = [o["id"] for o in orgs]
    meeting_id = _next_id(session, Meeting)
    meetings: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    topics: list[dict[str, Any]] = []
    for i in range(scale * MEETINGS_PER_ORG):
        held = today + timedelta(days=rng.randint(-2200, 120))
        kind = _weighted(rng, MEETING_KIND_WEIGHTS)
        attendees = rng.sample(org_ids, k=min(len(org_ids), rng.choice((1, 1, 1, 2, 3))))
        title = f"{kind.value} with {orgs[attendees[0] - orgs[0]['id']]['name']} no. {i + 1}"
        meetings.append(
            {
                "id": meeting_id,
                "held_on": held,
                "title": title,
                "title_key": name_key(title),
                "kind": kind,
                "location": rng.choice(
                    (
                        "Ottawa",
                        "Washington, DC",
                        "London",
                        "Canberra",
                        "Wellington",
                        "Videoconference",
                        None,
                    )
                ),
                "lead": rng.choice(_LEADS),
                "summary": "Discussed progress against the principles.",
                "outcomes": None,
                "classification": _weighted(
                    rng,
                    {
                        Classification.UNCLASSIFIED: 75,
                        Classification.PROTECTED_A: 20,
                        Classification.PROTECTED_B: 5,
                    },
                ),
                "created_at": now,
                "updated_at": now,
            }
        )
        links += [{"meeting_id": meeting_id, "organization_id": o} for o in attendees]
        topics += [
            {"meeting_id": meeting_id, "principle_id": principle_ids[n]}
            for n in rng.sample(range(1, 12), k=rng.randint(0, 3))
        ]
        meeting_id += 1
    _insert(session, Meeting, meetings, "meeting", 0)
    for chunk in _chunks(links):
        session.execute(insert(meeting_organizations), chunk)
    for chunk in _chunks(topics):
        session.execute(insert(meeting_principles), chunk)

    commitment_id = _next_id(session, Commitment)
    commitments: list[dict[str, Any]] = []
    first_meeting = meetings[0]["id"] if meetings else 0
    for org in orgs:
        for j in range(COMMITMENTS_PER_ORG):
            description = f"{rng.choice(_ACTIONS)} {rng.choice(_OBJECTS)} ({j + 1})"
            due = today + timedelta(days=rng.randint(-700, 365))
            status = _weighted(rng, COMMITMENT_STATUS_WEIGHTS)
            completed = (
                min(today, due - timedelta(days=rng.randint(0, 60)))
                if status is CommitmentStatus.DONE
                else None
            )
            commitments.append(
                {
                    "id": commitment_id,
                    "organization_id": org["id"],
                    "description": description,
                    "description_key": name_key(description),
                    "principle_id": principle_ids[rng.randint(1, 11)]
                    if rng.random() < 0.6
                    else None,
                    "meeting_id": first_meeting + rng.randrange(len(meetings))
                    if meetings and rng.random() < 0.5
                    else None,
                    "owner": rng.choice(_LEADS),
                    "due_on": due,
                    "status": status,
                    "completed_on": completed,
                    "classification": _weighted(rng, MARKING_WEIGHTS),
                    "notes": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            commitment_id += 1
    _insert(session, Commitment, commitments, "commitment", 0)

    assessment_id = _next_id(session, Assessment)
    assessment_rows: list[dict[str, Any]] = []
    for org in orgs:
        endorsed = org["stage"] is Stage.ENDORSED
        weights = (
            {
                AssessmentStatus.IMPLEMENTED: 40,
                AssessmentStatus.IN_PROGRESS: 25,
                AssessmentStatus.PLANNED: 15,
                AssessmentStatus.NOT_STARTED: 8,
                AssessmentStatus.NOT_APPLICABLE: 7,
                AssessmentStatus.UNKNOWN: 5,
            }
            if endorsed
            else {
                AssessmentStatus.UNKNOWN: 50,
                AssessmentStatus.NOT_STARTED: 20,
                AssessmentStatus.PLANNED: 12,
                AssessmentStatus.IN_PROGRESS: 10,
                AssessmentStatus.IMPLEMENTED: 5,
                AssessmentStatus.NOT_APPLICABLE: 3,
            }
        )
        for number in range(1, 12):
            assessment_rows.append(
                {
                    "id": assessment_id,
                    "organization_id": org["id"],
                    "principle_id": principle_ids[number],
                    "status": _weighted(rng, weights),
                    "evidence": None,
                    "source": None,
                    "assessed_on": today - timedelta(days=rng.randint(0, 700)),
                    "assessed_by": "generator",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            assessment_id += 1
    _insert(session, Assessment, assessment_rows, "assessment", 0)
    if postgres.is_postgresql(session):
        postgres.advance_sequences(session, list(Base.metadata.sorted_tables))
    return {
        "organizations": len(orgs),
        "meetings": len(meetings),
        "commitments": len(commitments),
        "assessments": len(assessment_rows),
    }
