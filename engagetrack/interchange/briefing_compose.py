"""The briefing kind of note: to prepare a meeting, or to inform on the whole engagement.

A title block (FOR INFORMATION, addressee, tracking number, date), then Purpose, Background,
Current status, Considerations and Next steps, then the annexes (principle by principle,
commitments). Every sentence comes from briefing_words.Words.
"""

from __future__ import annotations

from engagetrack.interchange.briefing_engagement import engagement_background, engagement_status
from engagetrack.interchange.briefing_facts import NoteFacts
from engagetrack.interchange.briefing_words import (
    Note,
    Words,
    annexes,
    background_of,
    each_organization,
    new_note,
    next_steps,
    points,
    status_of,
)


def compose_briefing(
    facts: NoteFacts, *, lang: str, number: str, addressee: str, author: str, names: list[str]
) -> Note:
    """The briefing kind: title block, the five sections, the two annexes."""
    w = Words(lang, facts)
    note = new_note(facts, kind="briefing", lang=lang, number=number, author=author, names=names)
    note.add("line", w("for_information"), bold=True)
    note.add("line", w("to", addressee=addressee or w("no_addressee")))
    note.add("line", w("tracking", number=number))
    note.add("line", w("dated", date=w.day(facts.today)))
    note.add("title", note.title)
    orgs = facts.organizations
    note.add("heading", w("purpose"))
    if names:
        them = w("them_many") if len(names) > 1 else w("them_one")
        note.add("paragraph", w("purpose_orgs", names=w.names(names), them=them, since=w.since))
    else:
        note.add("paragraph", w("purpose_engagement", since=w.since))
    note.add("heading", w("background"))
    if not orgs:
        note.add("paragraph", w("empty_register"))
    if facts.engagement is not None:
        engagement_background(note, w)
    else:
        each_organization(note, w, background_of)
    note.add("heading", w("status"))
    if facts.engagement is not None:
        engagement_status(note, w)
    else:
        each_organization(note, w, status_of)
    note.add("paragraph", w.counts(orgs))
    note.add("heading", w("considerations"))
    points(note, w)
    note.add("heading", w("next_steps"))
    next_steps(note, w)
    annexes(note, w)
    return note
