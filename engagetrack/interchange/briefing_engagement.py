"""The sections of a note on the whole engagement: endorsers, milestones, what moved since.

Shared by the briefing kind (Background, Current status) and the binder kind (its history,
industry and partners sections).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from engagetrack.domain.vocabularies import Stage
from engagetrack.interchange.briefing_facts import EngagementFacts
from engagetrack.interchange.briefing_words import Note, Words, bullets

STAGE_ORDER = (
    Stage.ENDORSED,
    Stage.CONSIDERING,
    Stage.ENGAGED,
    Stage.CONTACTED,
    Stage.IDENTIFIED,
    Stage.ON_HOLD,
    Stage.DECLINED,
)


def _engagement(w: Words) -> EngagementFacts:
    assert w.facts.engagement is not None
    return w.facts.engagement


def endorsers(note: Note, w: Words) -> None:
    e = _engagement(w)
    by_date: dict[date | None, list[str]] = defaultdict(list)
    for name, on in e.endorsers:
        by_date[on].append(name)
    lines = [
        w("endorsers_on", date=w.day(on), names=w.names(names))
        for on, names in by_date.items()
        if on is not None
    ]
    if None in by_date:
        lines.append(w("endorsers_undated", names=w.names(by_date[None])))
    bullets(note, w, lines)


def landmarks(note: Note, w: Words) -> None:
    e = _engagement(w)
    if e.landmarks:
        note.add("paragraph", w("landmarks"))
        bullets(note, w, [w.meeting(m) for m in e.landmarks])


def first_endorsement(e: EngagementFacts) -> date | None:
    dated = [on for _, on in e.endorsers if on is not None]
    return min(dated) if dated else None


def endorsers_sentence(w: Words) -> str:
    e = _engagement(w)
    first = first_endorsement(e)
    if not e.endorsers:
        return w("pr_no_endorsers")
    return w("pr_endorsers", count=len(e.endorsers), date=w.day(first))


def stage_counts(w: Words) -> str:
    e = _engagement(w)
    counts = [
        w("stage_count", stage=w.label(s), count=e.counts[s]) for s in STAGE_ORDER if e.counts[s]
    ]
    return w("stage_counts", counts=", ".join(counts))


def engagement_background(note: Note, w: Words) -> None:
    _sections(note, w, endorsers_sentence, endorsers, landmarks)


def meetings_since(note: Note, w: Words) -> None:
    e = _engagement(w)
    if e.meetings_since:
        note.add("paragraph", w("meetings_since", since=w.since))
        bullets(note, w, [w.meeting(m) for m in e.meetings_since])
    else:
        note.add("paragraph", w("no_meetings_since_all", since=w.since))


def stage_changes(note: Note, w: Words) -> None:
    e = _engagement(w)
    if not e.stage_changes_since:
        return
    note.add("paragraph", w("stage_changes", since=w.since))
    lines = []
    for name, step in e.stage_changes_since:
        values = {"date": w.day(step.on), "name": name, "new": w.label(step.to_stage)}
        if step.from_stage is None:
            lines.append(w("stage_new", **values))
        else:
            lines.append(w("stage_change", old=w.label(step.from_stage), **values))
    bullets(note, w, lines)


def coverage(note: Note, w: Words) -> None:
    e = _engagement(w)
    if not e.coverage:
        note.add("paragraph", w("no_coverage"))
        return
    note.add("paragraph", w("coverage_intro"))
    lines = [
        w("coverage", code=f"P{n}", title=w.title(n), done=done, assessed=assessed)
        for n, (done, assessed) in e.coverage.items()
    ]
    bullets(note, w, lines)


def in_discussion(note: Note, w: Words) -> None:
    e = _engagement(w)
    if e.in_discussion:
        names = [f"{name} ({w.label(stage)})" for name, stage in e.in_discussion]
        note.add("paragraph", w("in_discussion", names=w.names(names)))


def partners(note: Note, w: Words) -> None:
    e = _engagement(w)
    if e.partners:
        note.add("paragraph", w("partners", names=w.names([o.name for o in e.partners])))
    else:
        note.add("paragraph", w("no_partners"))


def engagement_status(note: Note, w: Words) -> None:
    _sections(note, w, stage_counts, meetings_since, stage_changes, in_discussion)


def _sections(
    note: Note, w: Words, opening: Callable[[Words], str], *parts: Callable[[Note, Words], None]
) -> None:
    """An opening paragraph, then the parts; nothing for an empty register, which the caller
    states once for the whole note."""
    if not w.facts.organizations:
        return
    note.add("paragraph", opening(w))
    for part in parts:
        part(note, w)
