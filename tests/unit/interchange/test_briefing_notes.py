"""Briefing notes read back with python-docx: structure, marking, ceiling, French, the log."""

from __future__ import annotations

import hashlib
import string
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject

from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange import briefing_text
from engagetrack.interchange.briefing_facts import gather
from engagetrack.interchange.briefing_note import NoteError, write_note
from engagetrack.services import briefing_log, demo, settings
from engagetrack.services import organizations as orgs
from engagetrack.store.database import Database

TODAY = date(2026, 12, 1)  # the demo dataset's own "now"
KESTREL = "Kestrel Video (example)"
# words of the demo's PROTECTED A and B records (meetings and commitments)
PROTECTED_WORDS = (
    "Pre-FCM briefing",
    "Brief the minister before the next Five Country Ministerial",
    "Call with the Canadian Centre for Child Protection",
    "Publish the report on individual companies",
    "Implementation roundtable",
)


@pytest.fixture
def demo_db(db: Database) -> Database:
    with db.write() as session:
        demo.load_demo(session, today=TODAY)
    return db


def _text(doc: DocumentObject) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _headings(doc: DocumentObject, level: int = 1) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


def _fields(part_element: object) -> list[str]:
    return [e.text.strip() for e in part_element.iter() if e.tag.endswith("}instrText")]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ the catalogue


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    en, fr = briefing_text.TEXTS["en"], briefing_text.TEXTS["fr"]
    assert set(en) == set(fr)
    for key in en:
        assert _placeholders(en[key]) == _placeholders(fr[key]), key
    assert set(briefing_text.LABELS["en"]) == set(briefing_text.LABELS["fr"])


def test_dates_and_markings_in_french() -> None:
    assert briefing_text.day("fr", date(2026, 12, 1)) == "1er décembre 2026"
    assert briefing_text.day("en", date(2020, 3, 5)) == "5 March 2020"
    assert briefing_text.marking("fr", Classification.PROTECTED_B) == "PROTÉGÉ B"


# ------------------------------------------------------------------ the facts and the rules


def test_points_to_raise_follow_the_stated_rules(demo_db: Database) -> None:
    with demo_db.read() as s:
        facts = gather(s, org_ids=None, since=date(2026, 9, 1), ceiling=None, today=TODAY)
    rules = {(p.rule, p.organization) for p in facts.points}
    assert ("principles", "Roblox") in rules  # an endorser with principles Planned / Not started
    assert ("overdue", KESTREL) in rules  # due 20 November 2026, still open
    # due 9 December 2026, the day of the next planned meeting
    assert ("due_before_meeting", "Public Safety Canada") in rules
    assert not any(
        p.organization == "Kestrel Video (example)" and p.rule == "principles" for p in facts.points
    )
    assert facts.marking is Classification.PROTECTED_B


def test_rating_changes_come_from_the_assessments_history(demo_db: Database) -> None:
    from engagetrack.services import assessments

    with demo_db.write() as s:
        roblox = orgs.find_by_name(s, "Roblox")
        assert roblox is not None
        assessments.set_assessment(s, roblox.id, 11, "In progress", assessed_on=TODAY)
        rid = roblox.id
    with demo_db.read() as s:
        facts = gather(s, org_ids=[rid], since=TODAY, ceiling=None, today=TODAY)
    changes = facts.organizations[0].rating_changes
    assert [(c.number, c.old and c.old.value, c.new.value) for c in changes] == [
        (11, "Not started", "In progress")
    ]


# ------------------------------------------------------------------ the documents


def test_briefing_note_for_a_meeting_has_its_sections_tables_and_marking(
    demo_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "kestrel.docx"
    result = write_note(
        demo_db, target, org_names=[KESTREL], addressee="Deputy Minister", today=TODAY
    )
    assert result.kind == "briefing" and result.number == "ET-2026-0001"
    doc = Document(str(target))
    assert _headings(doc) == [
        "Purpose",
        "Background",
        "Current status",
        "Considerations",
        "Next steps",
        "Annex A: principle by principle",
        "Annex B: commitments",
    ]
    lines = [p.text for p in doc.paragraphs]
    assert lines[:4] == [
        "FOR INFORMATION",
        "To: Deputy Minister",
        "Tracking number: ET-2026-0001",
        "Date: 1 December 2026",
    ]
    text = _text(doc)
    assert "Considering since 14 September 2026" in text
    assert "Identified on 1 March 2021" in text
    assert "Bilateral with Kestrel Video" in text  # held since the default since-date
    assert "was due on 20 November 2026 and is overdue" in text
    commitments = doc.tables[-1]
    assert [c.text for c in commitments.rows[0].cells] == [
        "Organization",
        "Commitment",
        "Owner",
        "Due",
        "State",
    ]
    assert commitments.rows[1].cells[1].text == "Confirm livestreaming safeguards in writing"
    assert commitments.rows[1].cells[4].text == "Overdue"
    section = doc.sections[0]
    assert section.header.paragraphs[0].text == "UNCLASSIFIED"
    assert section.header.paragraphs[0].alignment == 2  # right
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("UNCLASSIFIED") and "ET-2026-0001" in footer.text
    assert _fields(section.footer._element) == ["PAGE", "NUMPAGES"]
    assert doc.core_properties.title == "Meeting with Kestrel Video (example)"
    assert doc.core_properties.author
    assert doc.core_properties.subject.endswith(KESTREL)


def test_endorser_note_has_the_principle_table(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "microsoft.docx"
    write_note(demo_db, target, org_names=["microsoft"], today=TODAY)
    doc = Document(str(target))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][:3] == ["Principle", "Status", "Assessed on"]
    assert len(table.rows) == 12  # header and P1 … P11
    assert table.rows[1].cells[0].text == "P1 Known CSAM"
    assert table.rows[1].cells[1].text == "Implemented"
    assert "Microsoft endorsed the Voluntary Principles on 5 March 2020." in _text(doc)
    assert "Microsoft: Planned for P5 Livestreaming" in _text(doc)


def test_binder_note_follows_the_seed_layout(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as s:
        settings.save_note_settings(
            s,
            {
                settings.BRANCH: "CSCCB",
                settings.PREPARED_BY: "A. Tremblay",
                settings.PREPARED_BY_TITLE: "Senior Policy Advisor",
                settings.PREPARED_BY_PHONE: "613-555-0100",
                settings.APPROVED_BY_NAME: "J. Singh",
                settings.APPROVED_BY_TITLE: "Assistant Deputy Minister",
            },
        )
    target = tmp_path / "binder.docx"
    result = write_note(demo_db, target, today=TODAY)
    assert result.kind == "binder" and result.marking is Classification.PROTECTED_B
    doc = Document(str(target))
    lines = [p.text for p in doc.paragraphs]
    assert lines[:3] == [
        "Classification: PROTECTED B",
        "Fully releasable (ATIP)? No",
        "Branch / Agency: CSCCB",
    ]
    assert doc.paragraphs[3].style.name == "Title"
    assert _headings(doc)[0] == "Proposed Response"
    assert len(_headings(doc)) == 4
    assert "Prepared by: A. Tremblay, Senior Policy Advisor, 613-555-0100" in lines
    assert "Approved by: J. Singh, Assistant Deputy Minister" in lines
    assert lines[-1] == "Date modified: 1 December 2026"
    assert "5 March 2020: Facebook, Google, Microsoft, Roblox, Snap and Twitter." in lines
    assert doc.sections[0].header.paragraphs[0].text == "PROTECTED B"


def test_an_unclassified_note_has_no_word_of_a_protected_record(
    demo_db: Database, tmp_path: Path
) -> None:
    for kind in ("binder", "briefing"):
        target = tmp_path / f"{kind}.docx"
        result = write_note(
            demo_db,
            target,
            ceiling=Classification.UNCLASSIFIED,
            kind=kind,
            since=date(2019, 1, 1),
            today=TODAY,
        )
        assert result.marking is Classification.UNCLASSIFIED
        doc = Document(str(target))
        text = _text(doc)
        for words in PROTECTED_WORDS:
            assert words not in text, (kind, words)
        assert "Fully releasable (ATIP)? Yes" in text or kind == "briefing"
        assert doc.sections[0].header.paragraphs[0].text == "UNCLASSIFIED"


def test_an_organization_above_the_ceiling_is_as_absent_as_an_unknown_one(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.write() as s:
        org = orgs.find_by_name(s, "Thorn")
        assert org is not None
        orgs.update(s, org.id, {"classification": Classification.PROTECTED_A})
    target = tmp_path / "thorn.docx"
    with pytest.raises(NoteError, match='no organization "Thorn"'):
        write_note(demo_db, target, org_names=["Thorn"], ceiling=Classification.UNCLASSIFIED)
    assert list(tmp_path.glob("*.docx*")) == []
    with demo_db.read() as s:
        assert briefing_log.entries(s) == []


def test_french_note(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "note-fr.docx"
    result = write_note(demo_db, target, org_names=[KESTREL], lang="fr", today=TODAY)
    doc = Document(str(target))
    assert _headings(doc)[:5] == [
        "Objet",
        "Contexte",
        "Situation actuelle",
        "Considérations",
        "Prochaines étapes",
    ]
    assert doc.paragraphs[0].text == "POUR INFORMATION"
    assert "En réflexion depuis le 14 septembre 2026" in _text(doc)
    assert doc.sections[0].header.paragraphs[0].text == "NON CLASSIFIÉ"
    assert "Page 1 de 1" in doc.sections[0].footer.paragraphs[0].text
    assert result.title == "Rencontre avec Kestrel Video (example)"
    binder = tmp_path / "binder-fr.docx"
    write_note(demo_db, binder, lang="fr", ceiling=Classification.UNCLASSIFIED, today=TODAY)
    lines = [p.text for p in Document(str(binder)).paragraphs]
    assert lines[0] == "Classification : Non classifié"
    assert lines[1] == "Entièrement communicable (AIPRP)? Oui"
    assert "Réponse proposée" in lines
    assert any(line.startswith("Préparé par : ") for line in lines)
    assert any(line.startswith("Approuvé par : ") for line in lines)
    assert lines[-1] == "Date de modification : 1er décembre 2026"


def test_the_log_entry_numbers_the_note_and_holds_its_hash(
    demo_db: Database, tmp_path: Path
) -> None:
    first = write_note(demo_db, tmp_path / "a.docx", org_names=[KESTREL], today=TODAY)
    second = write_note(demo_db, tmp_path / "b.docx", org_names=[KESTREL], today=TODAY)
    assert (first.number, second.number) == ("ET-2026-0001", "ET-2026-0002")
    # the default since-date: the last note for the same scope, else 90 days back
    assert first.since == TODAY - timedelta(days=90)
    assert second.since == TODAY
    with demo_db.read() as s:
        entries = briefing_log.entries(s)
    assert [e.number for e in entries] == ["ET-2026-0002", "ET-2026-0001"]
    entry = entries[1]
    assert entry.sha256 == hashlib.sha256((tmp_path / "a.docx").read_bytes()).hexdigest()
    assert entry.title_en == "Meeting with Kestrel Video (example)"
    assert entry.title_fr == "Rencontre avec Kestrel Video (example)"
    assert entry.scope == KESTREL and entry.marking is Classification.UNCLASSIFIED
    assert set(entry.as_json()) == {
        "number",
        "title",
        "date",
        "addressee",
        "scope",
        "marking",
        "prepared_by",
        "language",
        "sha256",
    }


def test_a_note_for_an_empty_register_says_so(db: Database, tmp_path: Path) -> None:
    for kind in ("binder", "briefing"):
        target = tmp_path / f"empty-{kind}.docx"
        result = write_note(db, target, kind=kind, today=TODAY)
        assert result.marking is Classification.UNCLASSIFIED
        text = _text(Document(str(target)))
        assert "holds no organization" in text
        assert "No meeting is planned in the register." in text


def test_an_organization_with_no_history_is_said_plainly(db: Database, tmp_path: Path) -> None:
    with db.write() as s:
        orgs.create(s, {"name": "Quiet Co"})
    target = tmp_path / "quiet.docx"
    write_note(db, target, org_names=["Quiet Co"], today=TODAY)
    text = _text(Document(str(target)))
    assert "The register holds no history for Quiet Co" in text


def test_a_failed_note_leaves_no_file_and_no_log_entry(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engagetrack.interchange import briefing_note

    def broken(note: object, path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(briefing_note, "write_docx", broken)
    existing = tmp_path / "note.docx"
    existing.write_bytes(b"the official's own edits")
    with pytest.raises(NoteError, match="No space left"):
        write_note(demo_db, existing, today=TODAY)
    assert existing.read_bytes() == b"the official's own edits"
    assert sorted(p.name for p in tmp_path.glob("*docx*")) == ["note.docx"]
    with demo_db.read() as s:
        assert briefing_log.entries(s) == []


def test_a_read_only_register_refuses_the_note(demo_db: Database, tmp_path: Path) -> None:
    from engagetrack.store.database import open_database
    from engagetrack.store.errors import StoreError

    demo_db.close()
    with open_database(demo_db.target, mode="read") as reader, pytest.raises(StoreError):
        write_note(reader, tmp_path / "ro.docx", today=TODAY)
    assert list(tmp_path.glob("*.docx*")) == []


def test_the_workbook_can_carry_the_log_and_the_importer_ignores_it(
    demo_db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from engagetrack.interchange import spec
    from engagetrack.interchange.exporter import export_workbook
    from engagetrack.interchange.importer import import_workbook

    write_note(demo_db, tmp_path / "a.docx", org_names=[KESTREL], today=TODAY)
    write_note(demo_db, tmp_path / "b.docx", today=TODAY)  # PROTECTED B
    book = tmp_path / "pack.xlsx"
    sheets = (*spec.EXPORT_SHEETS, spec.BRIEFS)
    result = export_workbook(demo_db, book, sheets=sheets, ceiling=Classification.UNCLASSIFIED)
    assert result.marking is Classification.UNCLASSIFIED
    wb = load_workbook(book, read_only=True)
    rows = list(wb[spec.BRIEFS].iter_rows(values_only=True))
    wb.close()
    assert rows[0] == spec.BRIEFS_HEADERS
    assert [r[0] for r in rows[1:]] == ["ET-2026-0001"]  # the PROTECTED B note is left out
    assert rows[1][3] == "Rencontre avec Kestrel Video (example)"
    report = import_workbook(demo_db, book, dry_run=True)
    assert report.problems == []
    assert spec.BRIEFS not in " ".join(report.summary_lines())


def test_a_withdrawn_endorsement_is_said_as_such(db: Database, tmp_path: Path) -> None:
    """Endorsed, then Declined: the note gives both dates and does not call it an endorser."""
    with db.write() as s:
        org_id = orgs.create(
            s, {"name": "Gone Co", "stage": "Endorsed", "stage_since": date(2025, 1, 10)}
        ).id
        orgs.change_stage(s, org_id, "Declined", on=date(2025, 6, 2))
    for lang, words in (
        ("en", ("endorsed the Voluntary Principles on", "withdrew on", "not counted")),
        ("fr", ("s’est retirée le", "n’est pas comptée")),
    ):
        target = tmp_path / f"gone-{lang}.docx"
        write_note(db, target, org_names=["Gone Co"], lang=lang, today=TODAY)
        text = _text(Document(str(target)))
        for word in words:
            assert word in text, (lang, word)
        assert "2025" in text
