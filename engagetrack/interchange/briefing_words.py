"""A note's words from its facts: the blocks a note is made of and the shared sentences.

`Note` is what the Word writer (briefing_docx.py) lays out: a list of blocks (lines,
headings, paragraphs, bullets, tables) in one language, with its titles in both. `Words`
turns facts into the catalogue's sentences (briefing_text.py); the helpers at the end add
the sections both kinds of note share. No Word here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from engagetrack.domain.principles import FRAMEWORK_NAME_EN, FRAMEWORK_NAME_FR, principle
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange import briefing_text as t
from engagetrack.interchange.briefing_facts import (
    SOON_DAYS,
    CommitmentFact,
    MeetingFact,
    NoteFacts,
    OrgFacts,
    Point,
    next_meeting,
)
from engagetrack.interchange.summary import STATUS_ORDER

BlockKind = Literal["line", "title", "heading", "subheading", "paragraph", "bullet", "table"]
LIST_LIMIT = 25  # bullets in a list before "… and N more"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    bold: bool = False


@dataclass
class Note:
    kind: str  # briefing | binder
    language: str
    number: str
    title: str
    titles: dict[str, str]  # en, fr
    marking: Classification
    written_on: date
    author: str
    subject: str
    blocks: list[Block] = field(default_factory=list)

    def add(self, kind: BlockKind, text: str = "", **more: object) -> None:
        self.blocks.append(Block(kind, text, **more))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Signatures:
    """The binder note's settings: branch and the two signature blocks."""

    branch: str = ""
    prepared_by: str = ""
    prepared_title: str = ""
    prepared_phone: str = ""
    approved_by: str = ""
    approved_title: str = ""
    approved_phone: str = ""


class Words:
    """The sentences of one language, filled with the facts of one note."""

    def __init__(self, lang: str, facts: NoteFacts) -> None:
        self.lang = lang
        self.facts = facts

    def __call__(self, key: str, **values: object) -> str:
        return t.text(self.lang, key, **values)

    def day(self, when: date | None) -> str:
        return t.day(self.lang, when) if when is not None else self("no_due")

    @property
    def since(self) -> str:
        return self.day(self.facts.since)

    def names(self, orgs: Sequence[str]) -> str:
        return t.join(self.lang, list(orgs))

    def label(self, value: object) -> str:
        return t.label(self.lang, value)  # type: ignore[arg-type]

    def title(self, number: int) -> str:
        p = principle(number)
        return p.short_title_fr if self.lang == "fr" else p.short_title_en

    # ---------------------------------------------------------------- organizations

    def identity(self, org: OrgFacts) -> str:
        parts = [self.label(org.kind), org.country or "", org.sector or ""]
        details = ", ".join(p for p in parts if p)
        stage = self.label(org.stage)
        if org.stage_since is None:
            return self("identity_no_date", name=org.name, details=details, stage=stage)
        return self(
            "identity", name=org.name, details=details, stage=stage, date=self.day(org.stage_since)
        )

    def endorsement(self, org: OrgFacts) -> str | None:
        """Where the organization stands on endorsing: endorsed (on a date), or endorsed and
        withdrawn (history, said as such); None when it never endorsed."""
        withdrawn = org.withdrawn_on
        if org.endorsed_on is not None and withdrawn is not None:
            return self(
                "endorsement_withdrawn",
                name=org.name,
                date=self.day(org.endorsed_on),
                withdrawn=self.day(withdrawn),
            )
        if org.endorsed_on is not None:
            return self("endorsed", name=org.name, date=self.day(org.endorsed_on))
        if org.stage.value == "Endorsed":
            return self("endorsed_no_date", name=org.name)
        return None

    def background(self, org: OrgFacts) -> list[str]:
        if not org.has_history:
            return [self.identity(org), self("no_history", name=org.name)]
        lines = [self.identity(org)]
        if org.history:
            steps = [
                self("step", stage=self.label(s.to_stage), date=self.day(s.on)) for s in org.history
            ]
            lines.append(self("history", steps=t.join(self.lang, steps)))
        lines.append(self.endorsement(org) or self("not_endorsed", name=org.name))
        if org.last_before is not None:
            m = org.last_before
            lines.append(
                self(
                    "earlier_meetings",
                    count=org.earlier_meetings,
                    since=self.since,
                    title=m.title,
                    date=self.day(m.held_on),
                )
            )
        return lines

    def meeting(self, m: MeetingFact) -> str:
        place = f", {m.location}" if m.location else ""
        values = {"date": self.day(m.held_on), "title": m.title, "kind": self.label(m.kind)}
        if m.outcomes:
            return self("meeting_outcome", place=place, outcomes=m.outcomes, **values)
        return self("meeting_line", place=place, **values)

    def ratings(self, org: OrgFacts) -> str:
        if not org.ratings:
            return self("no_ratings", name=org.name)
        counts = []
        for status in STATUS_ORDER:  # the order of the workbook's Summary: done first
            n = sum(1 for s, _ in org.ratings.values() if s is status)
            if n:
                counts.append(self("rating_count", count=n, status=self.label(status).lower()))
        return self("ratings", counts=", ".join(counts))

    def rating_change(self, number: int, old: object, new: object, on: date) -> str:
        values = {"number": number, "title": self.title(number), "date": self.day(on)}
        if old is None:
            return self("rating_first", new=self.label(new), **values)
        return self("rating_change", old=self.label(old), new=self.label(new), **values)

    def commitment(self, c: CommitmentFact) -> str:
        return self(
            "commitment_line",
            name=c.organization,
            description=c.description,
            owner=c.owner or self("no_owner"),
            date=self.day(c.due_on),
        )

    def counts(self, orgs: Sequence[OrgFacts]) -> str:
        active = [c for o in orgs for c in o.active]
        return self(
            "commitments_count",
            open=len(active),
            overdue=sum(1 for c in active if c.overdue(self.facts.today)),
            done=sum(len(o.done_since) for o in orgs),
            since=self.since,
        )

    def point(self, p: Point) -> str:
        if p.rule == "principles":
            codes = t.join(self.lang, [f"P{n} {self.title(n)}" for n in p.numbers])
            status = self.label(p.status)
            return self("point_principles", name=p.organization, status=status, codes=codes)
        c = p.commitment
        assert c is not None
        values = {
            "name": p.organization,
            "description": c.description,
            "owner": c.owner or self("no_owner"),
            "date": self.day(c.due_on),
        }
        if p.rule == "overdue":
            return self("point_overdue", **values)
        if p.rule == "due_before_meeting" and p.meeting is not None:
            return self("point_due_meeting", meeting_date=self.day(p.meeting.held_on), **values)
        return self("point_due_soon", days=SOON_DAYS, **values)

    def next_meeting_line(self) -> str:
        m = next_meeting(self.facts)
        if m is None:
            return self("no_next_meeting")
        place = f", {m.location}" if m.location else ""
        return self(
            "next_meeting",
            title=m.title,
            date=self.day(m.held_on),
            kind=self.label(m.kind),
            place=place,
        )

    # ---------------------------------------------------------------- tables

    def principles_table(self, org: OrgFacts) -> Block:
        changes = {c.number: c for c in org.rating_changes}
        rows = []
        for number, (status, on) in org.ratings.items():
            change = changes.get(number)
            moved = ""
            if change is not None:
                old = self.label(change.old) if change.old is not None else "—"
                moved = f"{old} → {self.label(change.new)} ({self.day(change.on)})"
            rows.append(
                (f"P{number} {self.title(number)}", self.label(status), self.day(on), moved)
            )
        header = (
            self("col_principle"),
            self("col_status"),
            self("col_assessed"),
            self("col_change", since=self.since),
        )
        return Block("table", org.name, header=header, rows=tuple(rows))

    def commitments_table(self, orgs: Sequence[OrgFacts]) -> Block | None:
        today = self.facts.today
        rows = []
        active = sorted(
            (c for o in orgs for c in o.active),
            key=lambda c: (not c.overdue(today), c.due_on or date.max, c.organization),
        )
        for c in active:
            state = self("state_overdue") if c.overdue(today) else self.label(c.status)
            rows.append(self._commitment_row(c, state))
        for c in (c for o in orgs for c in o.done_since):
            rows.append(self._commitment_row(c, self("state_done", date=self.day(c.completed_on))))
        if not rows:
            return None
        header = (
            self("col_org"),
            self("col_commitment"),
            self("col_owner"),
            self("col_due"),
            self("col_state"),
        )
        return Block("table", "", header=header, rows=tuple(rows))

    def _commitment_row(self, c: CommitmentFact, state: str) -> tuple[str, ...]:
        return (c.organization, c.description, c.owner or "", self.day(c.due_on), state)


def titles(kind: str, names: Sequence[str]) -> dict[str, str]:
    """The note's title in both languages (the log keeps both)."""
    out = {}
    for lang in t.LANGUAGES:
        joined = t.join(lang, list(names))
        if kind == "briefing":
            out[lang] = (
                t.text(lang, "title_meeting", names=joined)
                if names
                else t.text(lang, "title_engagement")
            )
        else:
            out[lang] = (
                t.text(lang, "title_binder_orgs", names=joined)
                if names
                else t.text(lang, "title_binder")
            )
    return out


def new_note(
    facts: NoteFacts, *, kind: str, lang: str, number: str, author: str, names: Sequence[str]
) -> Note:
    both = titles(kind, names)
    framework = FRAMEWORK_NAME_FR if lang == "fr" else FRAMEWORK_NAME_EN
    scope = t.join(lang, list(names)) if names else t.text(lang, "scope_all")
    return Note(
        kind=kind,
        language=lang,
        number=number,
        title=both[lang],
        titles=both,
        marking=facts.marking,
        written_on=facts.today,
        author=author,
        subject=t.text(lang, "subject", framework=framework, scope=scope),
    )


def bullets(note: Note, w: Words, lines: Sequence[str]) -> None:
    for line in lines[:LIST_LIMIT]:
        note.add("bullet", line)
    if len(lines) > LIST_LIMIT:
        note.add("bullet", w("more", count=len(lines) - LIST_LIMIT))


def points(note: Note, w: Words) -> None:
    if not w.facts.points:
        note.add("paragraph", w("no_points"))
        return
    note.add("paragraph", w("points_intro"))
    bullets(note, w, [w.point(p) for p in w.facts.points])


def annexes(note: Note, w: Words) -> None:
    orgs = w.facts.organizations
    note.add("heading", w("annex_principles"))
    rated = [o for o in orgs if o.ratings]
    if not rated:
        note.add("paragraph", w("no_assessments_table"))
    for org in rated:
        note.add("subheading", org.name)
        note.blocks.append(w.principles_table(org))
    note.add("heading", w("annex_commitments"))
    table = w.commitments_table(orgs)
    if table is None:
        note.add("paragraph", w("no_commitments_table", since=w.since))
    else:
        note.blocks.append(table)


def each_organization(
    note: Note, w: Words, section: Callable[[Note, Words, OrgFacts], None]
) -> None:
    """`section` for every organization of the note, under its name when there are several."""
    orgs = w.facts.organizations
    many = len(orgs) > 1
    for org in orgs:
        if many:
            note.add("subheading", org.name)
        section(note, w, org)


def background_of(note: Note, w: Words, org: OrgFacts) -> None:
    for line in w.background(org):
        note.add("paragraph", line)


def status_of(note: Note, w: Words, org: OrgFacts) -> None:
    if org.meetings_since:
        note.add("paragraph", w("meetings_since", since=w.since))
        bullets(note, w, [w.meeting(m) for m in org.meetings_since])
    else:
        note.add("paragraph", w("no_meetings_since", name=org.name, since=w.since))
    note.add("paragraph", w.ratings(org))
    if org.rating_changes:
        note.add("paragraph", w("rating_changes", since=w.since))
        bullets(
            note, w, [w.rating_change(c.number, c.old, c.new, c.on) for c in org.rating_changes]
        )


def next_steps(note: Note, w: Words) -> None:
    note.add("paragraph", w.next_meeting_line())
    active = sorted(w.facts.commitments(), key=lambda c: (c.due_on or date.max, c.organization))
    if active:
        note.add("paragraph", w("open_commitments"))
        bullets(note, w, [w.commitment(c) for c in active])
    else:
        note.add("paragraph", w("no_open_commitments"))
