"""Search everywhere: every word must begin a word somewhere in the record, in every text a
record holds; each hit says its marking and where the words are."""

from __future__ import annotations

from datetime import date

from engagetrack.services import assessments, commitments, contacts, meetings, organizations
from engagetrack.services.search import search, search_everywhere
from engagetrack.store.database import Database


def _register(db: Database) -> dict[str, int]:
    with db.write() as s:
        kestrel = organizations.create(s, {"name": "Kestrel Video"}).id
        other = organizations.create(
            s, {"name": "Aurora Cloud", "notes": "Introduced to us by Kestrel Video staff."}
        ).id
        m = meetings.create(
            s,
            {
                "held_on": date(2026, 3, 2),
                "title": "Bilateral with Aurora",
                "summary": "Aurora said Kestrel Video had shared its livestreaming safeguards.",
                "classification": "PROTECTED A",
            },
            organization_ids=[other],
        )
        c = commitments.create(
            s,
            {
                "organization_id": other,
                "description": "Send the guide",
                "notes": "Ask Kestrel for their version first",
            },
        )
        contacts.create(s, {"organization_id": other, "name": "J. Doe", "notes": "Ex-Kestrel"})
        assessments.set_assessment(s, other, 5, "Planned", evidence="Modelled on Kestrel's tools")
        return {"kestrel": kestrel, "other": other, "meeting": m.id, "commitment": c.id}


def test_a_name_in_another_organizations_meeting_summary_is_found(db: Database) -> None:
    ids = _register(db)
    with db.read() as s:
        hits = search_everywhere(s, "kestrel video")
    meeting = next(h for h in hits if h.entity == "meeting")
    assert meeting.record_id == ids["meeting"]
    assert meeting.match.startswith("summary: ") and "Kestrel Video" in meeting.match
    assert meeting.classification.value == "PROTECTED A"
    assert {(h.entity, h.record_id) for h in hits} >= {
        ("organization", ids["kestrel"]),
        ("organization", ids["other"]),  # its notes
    }


def test_every_kind_of_text_is_searched(db: Database) -> None:
    ids = _register(db)
    with db.read() as s:
        found = {h.entity: h for h in search_everywhere(s, "kestr")}
    assert found["commitment"].record_id == ids["commitment"]
    assert found["commitment"].match.startswith("notes: ")
    assert found["contact"].match.startswith("notes: ")
    assert found["assessment"].match.startswith("evidence: ")
    assert found["assessment"].opens == ("organization", ids["other"])


def test_every_word_must_match_and_words_match_at_their_beginning(db: Database) -> None:
    _register(db)
    with db.read() as s:
        assert [h.entity for h in search_everywhere(s, "livestream aurora")] == ["meeting"]
        assert search_everywhere(s, "streaming safeguards") == []  # not a word's beginning
        assert search_everywhere(s, "kestrel nowhere") == []
        assert search_everywhere(s, "k") == []


def test_the_limit_counts_every_hit(db: Database) -> None:
    _register(db)
    with db.read() as s:
        assert len(search_everywhere(s, "kestrel", limit=2)) == 2
        assert len(search(s, "kestrel")) > 2  # the window's: a few of each kind
