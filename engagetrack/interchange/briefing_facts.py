"""The facts a briefing note states, read from the register under the marking ceiling.

No text and no Word here: dates, stages, meetings, commitments, ratings and the points to
raise, each fact carrying the marking of the records it comes from so the note can be
marked with the highest level it actually contains. The ceiling rules are the workbook's
own (interchange.sources.Sources): a record above the ceiling is left out, and with it every
trace of it.

Points to raise follow three stated rules (`points_to_raise`):
1. an endorser's principles rated Not started or Planned;
2. every open or in-progress commitment past its due date;
3. every open or in-progress commitment due before the next planned meeting (with no
   meeting planned: due in the next 30 days).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagetrack.domain import vocabularies
from engagetrack.domain.vocabularies import AssessmentStatus, Classification, OrgKind, Stage
from engagetrack.interchange.row_stream import RANK
from engagetrack.interchange.sources import Sources
from engagetrack.store import models
from engagetrack.store.models import Assessment, AuditEntry, Organization, Principle

SOON_DAYS = 30  # rule 3 without a planned meeting
TO_RAISE = (AssessmentStatus.NOT_STARTED, AssessmentStatus.PLANNED)


@dataclass(frozen=True)
class StageStep:
    on: date
    from_stage: Stage | None
    to_stage: Stage


@dataclass(frozen=True)
class MeetingFact:
    held_on: date
    title: str
    kind: vocabularies.MeetingKind
    location: str | None
    outcomes: str | None
    level: Classification


@dataclass(frozen=True)
class CommitmentFact:
    organization: str
    description: str
    owner: str | None
    due_on: date | None
    status: vocabularies.CommitmentStatus
    completed_on: date | None
    principle: int | None
    level: Classification

    def overdue(self, today: date) -> bool:
        return self.status.is_active and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class RatingChange:
    number: int
    old: AssessmentStatus | None
    new: AssessmentStatus
    on: date


@dataclass
class OrgFacts:
    id: int
    name: str
    kind: OrgKind
    country: str | None
    sector: str | None
    stage: Stage
    stage_since: date | None
    endorsed_on: date | None
    level: Classification
    history: list[StageStep] = field(default_factory=list)
    meetings_since: list[MeetingFact] = field(default_factory=list)
    earlier_meetings: int = 0
    last_before: MeetingFact | None = None
    next_meeting: MeetingFact | None = None
    active: list[CommitmentFact] = field(default_factory=list)
    done_since: list[CommitmentFact] = field(default_factory=list)
    ratings: dict[int, tuple[AssessmentStatus, date | None]] = field(default_factory=dict)
    rating_changes: list[RatingChange] = field(default_factory=list)

    @property
    def withdrawn_on(self) -> date | None:
        """When an organization that endorsed left Endorsed (None while it is an endorser).

        The first step after its last move to Endorsed; the stage's own date when the
        history does not show it (a withdrawal the register was told of as a current stage).
        """
        if self.endorsed_on is None or self.stage is Stage.ENDORSED:
            return None
        last = max(
            (i for i, s in enumerate(self.history) if s.to_stage is Stage.ENDORSED), default=None
        )
        if last is not None and last + 1 < len(self.history):
            return self.history[last + 1].on
        return self.stage_since

    @property
    def has_history(self) -> bool:
        """Anything recorded beyond the organization's creation (its first stage)."""
        return bool(
            len(self.history) > 1
            or self.meetings_since
            or self.earlier_meetings
            or self.next_meeting
            or self.active
            or self.done_since
            or self.ratings
        )


@dataclass(frozen=True)
class Point:
    """One point to raise: the rule that produced it and the facts it names."""

    rule: str  # "principles" | "overdue" | "due_before_meeting" | "due_soon"
    organization: str
    numbers: tuple[int, ...] = ()
    status: AssessmentStatus | None = None
    commitment: CommitmentFact | None = None
    meeting: MeetingFact | None = None


@dataclass
class EngagementFacts:
    counts: dict[Stage, int]
    endorsers: list[tuple[str, date | None]]
    landmarks: list[MeetingFact]  # ministerials, roundtables, conferences before the since-date
    meetings_since: list[MeetingFact]
    next_meeting: MeetingFact | None
    stage_changes_since: list[tuple[str, StageStep]]
    coverage: dict[int, tuple[int, int]]  # principle -> (endorsers implementing, assessed)
    in_discussion: list[tuple[str, Stage]]  # companies on the way (Contacted … Considering)
    partners: list[OrgFacts]  # organizations that are not companies


@dataclass
class NoteFacts:
    today: date
    since: date
    ceiling: Classification | None
    organizations: list[OrgFacts]  # the note's scope (every organization when none named)
    engagement: EngagementFacts | None  # only for a note on the whole engagement
    points: list[Point] = field(default_factory=list)
    marking: Classification = Classification.UNCLASSIFIED

    def commitments(self) -> list[CommitmentFact]:
        return [c for o in self.organizations for c in o.active]


class _Reader:
    """The register's facts under one ceiling; remembers the highest marking it read."""

    def __init__(self, session: Session, ceiling: Classification | None, today: date) -> None:
        self.session = session
        self.sources = Sources(session, ceiling, today)
        self.today = today
        self.top = Classification.UNCLASSIFIED

    def seen(self, level: Classification) -> Classification:
        if RANK[level] > RANK[self.top]:
            self.top = level
        return level

    def organizations(self, ids: list[int] | None) -> list[OrgFacts]:
        o = Organization
        query = select(
            o.id, o.name, o.kind, o.country, o.sector, o.stage, o.stage_since, o.endorsed_on,
            o.classification,
        ).where(self.sources.org_ok())  # fmt: skip
        if ids is not None:
            query = query.where(o.id.in_(ids))
        rows = self.session.execute(query.order_by(o.name_key)).all()
        return [OrgFacts(*r[:8], level=self.seen(r[8])) for r in rows]

    def meetings_of(self, org_ids: list[int] | None) -> dict[int | None, list[MeetingFact]]:
        """Meetings let in, oldest first, by organization (key None: every meeting)."""
        m = models.Meeting
        query = select(
            m.id, m.held_on, m.title, m.kind, m.location, m.outcomes, m.classification
        ).where(self.sources.meeting_ok())
        found: dict[int, MeetingFact] = {
            r[0]: MeetingFact(*r[1:]) for r in self.session.execute(query.order_by(m.held_on))
        }
        out: dict[int | None, list[MeetingFact]] = defaultdict(list)
        out[None] = list(found.values())
        links = select(
            models.meeting_organizations.c.meeting_id,
            models.meeting_organizations.c.organization_id,
        )
        if org_ids is not None:
            links = links.where(models.meeting_organizations.c.organization_id.in_(org_ids))
        for meeting_id, org_id in self.session.execute(links):
            if meeting_id in found:
                out[org_id].append(found[meeting_id])
        for key in out:
            out[key].sort(key=lambda f: (f.held_on, f.title))
        return out

    def commitments(self, org_ids: list[int]) -> list[tuple[int, CommitmentFact]]:
        c = models.Commitment
        query = (
            select(
                c.organization_id, Organization.name, c.description, c.owner, c.due_on, c.status,
                c.completed_on, Principle.number, c.classification, Organization.classification,
            )
            .join(Organization, Organization.id == c.organization_id)
            .outerjoin(Principle, Principle.id == c.principle_id)
            .where(self.sources.commitment_ok(), c.organization_id.in_(org_ids))
            .order_by(c.due_on.is_(None), c.due_on, c.description_key)
        )  # fmt: skip
        out = []
        for r in self.session.execute(query):
            level = Classification.highest([r[8], r[9]])
            out.append((r[0], CommitmentFact(*r[1:8], level=level)))
        return out

    def stage_steps(self, org_ids: list[int]) -> dict[int, list[StageStep]]:
        s = models.StageChange
        query = (
            select(s.organization_id, s.changed_on, s.from_stage, s.to_stage)
            .where(s.organization_id.in_(org_ids))
            .order_by(s.changed_on, s.id)
        )
        out: dict[int, list[StageStep]] = defaultdict(list)
        for org_id, on, old, new in self.session.execute(query):
            out[org_id].append(StageStep(on, old, new))
        return out

    def ratings(self, org_ids: list[int]) -> dict[int, dict[int, tuple[Any, date | None, int]]]:
        query = (
            select(Assessment.organization_id, Principle.number, Assessment.status)
            .add_columns(Assessment.assessed_on, Assessment.id)
            .join(Principle, Principle.id == Assessment.principle_id)
            .where(Assessment.organization_id.in_(org_ids))
        )
        out: dict[int, dict[int, tuple[Any, date | None, int]]] = defaultdict(dict)
        for org_id, number, status, on, assessment_id in self.session.execute(query):
            out[org_id][number] = (status, on, assessment_id)
        return out

    def rating_changes(self, assessment_ids: dict[int, int], since: date) -> list[RatingChange]:
        """Status changes since the date, from the assessments' audit history."""
        if not assessment_ids:
            return []
        query = (
            select(AuditEntry.entity_id, AuditEntry.at, AuditEntry.changes)
            .where(AuditEntry.entity == "assessment")
            .where(AuditEntry.entity_id.in_(list(assessment_ids)))
            .order_by(AuditEntry.id)
        )
        out = []
        for entity_id, at, text in self.session.execute(query):
            changes = json.loads(text)
            if "status" not in changes:
                continue
            old, new = changes["status"]
            stamp = (changes.get("assessed_on") or [None, None])[1]
            on = date.fromisoformat(stamp) if stamp else at.astimezone().date()
            if on < since or new is None:
                continue
            out.append(
                RatingChange(
                    assessment_ids[entity_id],
                    AssessmentStatus(old) if old else None,
                    AssessmentStatus(new),
                    on,
                )
            )
        return out


def gather(
    session: Session,
    *,
    org_ids: list[int] | None,
    since: date,
    ceiling: Classification | None,
    today: date,
) -> NoteFacts:
    """Every fact of a note on these organizations (None: the whole engagement)."""
    reader = _Reader(session, ceiling, today)
    orgs = reader.organizations(org_ids)
    ids = [o.id for o in orgs]
    meetings = reader.meetings_of(None if org_ids is None else ids)
    steps = reader.stage_steps(ids)
    ratings = reader.ratings(ids)
    by_org: dict[int, list[CommitmentFact]] = defaultdict(list)
    for org_id, fact in reader.commitments(ids):
        by_org[org_id].append(fact)
    for org in orgs:
        org.history = steps.get(org.id, [])
        held = [m for m in meetings.get(org.id, []) if m.held_on <= today]
        org.meetings_since = [m for m in held if m.held_on >= since]
        earlier = [m for m in held if m.held_on < since]
        org.earlier_meetings = len(earlier)
        org.last_before = earlier[-1] if earlier else None
        planned = [m for m in meetings.get(org.id, []) if m.held_on > today]
        org.next_meeting = planned[0] if planned else None
        for fact in by_org.get(org.id, []):
            if fact.status.is_active:
                org.active.append(fact)
            elif fact.completed_on is not None and fact.completed_on >= since:
                org.done_since.append(fact)
        cells = ratings.get(org.id, {})
        org.ratings = {n: (s, on) for n, (s, on, _) in sorted(cells.items())}
        org.rating_changes = reader.rating_changes({a: n for n, (_, _, a) in cells.items()}, since)
        _mark(reader, org)
    engagement = None
    if org_ids is None:
        engagement = _engagement(reader, orgs, meetings[None], since, today)
    facts = NoteFacts(today, since, ceiling, orgs, engagement)
    facts.points = points_to_raise(facts)
    facts.marking = reader.top
    return facts


def _mark(reader: _Reader, org: OrgFacts) -> None:
    for m in (*org.meetings_since, org.last_before, org.next_meeting):
        if m is not None:
            reader.seen(m.level)
    for c in (*org.active, *org.done_since):
        reader.seen(c.level)


def _engagement(
    reader: _Reader, orgs: list[OrgFacts], meetings: list[MeetingFact], since: date, today: date
) -> EngagementFacts:
    counts = {s: 0 for s in Stage}
    for o in orgs:
        counts[o.stage] += 1
    endorsers = sorted(
        ((o.name, o.endorsed_on) for o in orgs if o.stage is Stage.ENDORSED),
        key=lambda e: (e[1] is None, e[1] or today, e[0].casefold()),
    )
    landmark_kinds = (
        vocabularies.MeetingKind.MINISTERIAL,
        vocabularies.MeetingKind.ROUNDTABLE,
        vocabularies.MeetingKind.CONFERENCE,
    )
    landmarks = [m for m in meetings if m.held_on < since and m.kind in landmark_kinds]
    held_since = [m for m in meetings if since <= m.held_on <= today]
    planned = [m for m in meetings if m.held_on > today]
    for m in (*landmarks, *held_since, *planned[:1]):
        reader.seen(m.level)
    changes = sorted(
        ((o.name, s) for o in orgs for s in o.history if s.on >= since),
        key=lambda c: (c[1].on, c[0].casefold()),
    )
    coverage: dict[int, tuple[int, int]] = {}
    for o in orgs:
        if o.stage is not Stage.ENDORSED:
            continue
        for number, (status, _) in o.ratings.items():
            done, assessed = coverage.get(number, (0, 0))
            implemented = status is AssessmentStatus.IMPLEMENTED
            coverage[number] = (done + implemented, assessed + 1)
    on_the_way = (Stage.CONTACTED, Stage.ENGAGED, Stage.CONSIDERING)
    return EngagementFacts(
        counts=counts,
        endorsers=endorsers,
        landmarks=landmarks,
        meetings_since=held_since,
        next_meeting=planned[0] if planned else None,
        stage_changes_since=changes,
        coverage=dict(sorted(coverage.items())),
        in_discussion=[(o.name, o.stage) for o in orgs if o.kind is OrgKind.COMPANY and o.stage in on_the_way],
        partners=[o for o in orgs if o.kind is not OrgKind.COMPANY],
    )  # fmt: skip


def next_meeting(facts: NoteFacts) -> MeetingFact | None:
    """The next planned meeting of the note: the engagement's, else the earliest in scope."""
    if facts.engagement is not None:
        return facts.engagement.next_meeting
    planned = [o.next_meeting for o in facts.organizations if o.next_meeting is not None]
    return min(planned, key=lambda m: (m.held_on, m.title)) if planned else None


def points_to_raise(facts: NoteFacts) -> list[Point]:
    """The three rules of the module's docstring, in that order."""
    points: list[Point] = []
    for org in facts.organizations:
        if org.stage is not Stage.ENDORSED:
            continue
        for status in TO_RAISE:
            numbers = tuple(n for n, (s, _) in org.ratings.items() if s is status)
            if numbers:
                points.append(Point("principles", org.name, numbers=numbers, status=status))
    today = facts.today
    active = sorted(facts.commitments(), key=lambda c: (c.due_on or date.max, c.organization))
    for c in active:
        if c.overdue(today):
            points.append(Point("overdue", c.organization, commitment=c))
    meeting = next_meeting(facts)
    limit = meeting.held_on if meeting is not None else today + timedelta(days=SOON_DAYS)
    for c in active:
        if c.due_on is not None and today <= c.due_on <= limit:
            rule = "due_before_meeting" if meeting is not None else "due_soon"
            points.append(Point(rule, c.organization, commitment=c, meeting=meeting))
    return points
