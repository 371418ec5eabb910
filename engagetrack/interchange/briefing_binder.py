"""The binder kind of note, in the layout of a ministerial binder note.

Classification, "Fully releasable (ATIP)?" (Yes only when everything in the note is
UNCLASSIFIED: the official can change it in Word), Branch / Agency; the title; Proposed
Response (short bullets the minister can say); sections written from the register; then
Prepared by, Approved by and Date modified.
"""

from __future__ import annotations

from engagetrack.domain.vocabularies import AssessmentStatus, Classification
from engagetrack.interchange import briefing_engagement as eng
from engagetrack.interchange.briefing_facts import NoteFacts
from engagetrack.interchange.briefing_words import (
    Note,
    Signatures,
    Words,
    background_of,
    bullets,
    each_organization,
    new_note,
    next_steps,
    points,
    status_of,
)


def _signature(name: str, title: str, phone: str, placeholder: str) -> str:
    parts = [p for p in (name, title, phone) if p]
    return ", ".join(parts) if parts else placeholder


def compose_binder(
    facts: NoteFacts, *, lang: str, number: str, signatures: Signatures, names: list[str]
) -> Note:
    w = Words(lang, facts)
    author = signatures.prepared_by
    note = new_note(facts, kind="binder", lang=lang, number=number, author=author, names=names)
    releasable = facts.marking is Classification.UNCLASSIFIED
    note.add("line", w("classification", marking=_marking_case(lang, facts.marking)))
    note.add("line", w("releasable", answer=w("yes") if releasable else w("no")))
    note.add("line", w("branch", branch=signatures.branch))
    note.add("title", note.title)
    note.add("heading", w("proposed_response"))
    if facts.engagement is not None:
        bullets(note, w, _response_engagement(w))
        _sections_engagement(note, w)
    else:
        bullets(note, w, _response_orgs(w))
        _sections_orgs(note, w)
    note.add("paragraph", "")
    s = signatures
    blank = "[…]"
    note.add(
        "line",
        w(
            "prepared_by",
            signature=_signature(s.prepared_by, s.prepared_title, s.prepared_phone, blank),
        ),
    )
    note.add(
        "line",
        w(
            "approved_by",
            signature=_signature(s.approved_by, s.approved_title, s.approved_phone, blank),
        ),
    )
    note.add("line", w("date_modified", date=w.day(facts.today)))
    return note


def _marking_case(lang: str, level: Classification) -> str:
    """The seed writes 'Classification: Unclassified': the marking in title case."""
    from engagetrack.interchange.briefing_text import marking

    text = marking(lang, level)
    return text[:1] + text[1:].lower() if level is Classification.UNCLASSIFIED else text


def _response_engagement(w: Words) -> list[str]:
    facts = w.facts
    e = facts.engagement
    assert e is not None
    if not facts.organizations:
        return [w("empty_register")]
    lines = [eng.endorsers_sentence(w)]
    companies = [n for n, _ in e.in_discussion]
    if companies:
        lines.append(w("pr_in_discussion", count=len(companies)))
    lines.append(w("pr_meetings", since=w.since, count=len(e.meetings_since)))
    active = facts.commitments()
    overdue = sum(1 for c in active if c.overdue(facts.today))
    lines.append(w("pr_commitments", open=len(active), overdue=overdue))
    return lines


def _response_orgs(w: Words) -> list[str]:
    lines = []
    for org in w.facts.organizations:
        lines.append(w.endorsement(org) or w.identity(org))
        implemented = sum(1 for s, _ in org.ratings.values() if s is AssessmentStatus.IMPLEMENTED)
        if org.ratings:
            lines.append(w("pr_org_implemented", name=org.name, count=implemented))
        if not org.has_history:
            lines.append(w("no_history", name=org.name))
    return lines


def _sections_engagement(note: Note, w: Words) -> None:
    note.add("heading", w("binder_history"))
    eng.engagement_background(note, w)
    if not w.facts.organizations:
        note.add("paragraph", w("empty_register"))
    note.add("heading", w("binder_industry"))
    note.add("paragraph", eng.stage_counts(w) if w.facts.organizations else w("empty_register"))
    eng.coverage(note, w)
    eng.in_discussion(note, w)
    eng.stage_changes(note, w)
    note.add("heading", w("binder_partners"))
    eng.partners(note, w)
    eng.meetings_since(note, w)
    note.add("paragraph", w.counts(w.facts.organizations))
    points(note, w)
    next_steps(note, w)


def _sections_orgs(note: Note, w: Words) -> None:
    note.add("heading", w("binder_org_history"))
    each_organization(note, w, background_of)
    note.add("heading", w("binder_org_response"))
    each_organization(note, w, status_of)
    note.add("heading", w("binder_org_next"))
    note.add("paragraph", w.counts(w.facts.organizations))
    points(note, w)
    next_steps(note, w)
