"""Figures (stats), the demo dataset and generated registers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import AssessmentStatus, CommitmentStatus, Stage
from engagetrack.services import assessments, audit, commitments, demo, reporting, synthetic
from engagetrack.services import organizations as orgs
from engagetrack.store.database import Database, open_database
from engagetrack.store.models import (
    Assessment,
    AuditEntry,
    Commitment,
    Meeting,
    Organization,
    StageChange,
)

TODAY = date.today()
LAUNCH = date(2020, 3, 5)  # the principles were launched in Washington, DC
STATS_KEYS = {
    "organizations",
    "archived",
    "by_stage",
    "endorsers",
    "contacts",
    "meetings",
    "commitments",
    "open_commitments",
    "overdue_commitments",
    "assessments",
    "schema_version",
}


def test_stats_of_an_empty_register_list_every_stage_and_status_with_zeros(db: Database) -> None:
    with db.read() as s:
        figures = reporting.stats(s)
    assert set(figures) == STATS_KEYS
    assert figures["by_stage"] == {s.value: 0 for s in Stage}
    assert figures["assessments"] == {a.value: 0 for a in AssessmentStatus}
    assert figures["organizations"] == figures["endorsers"] == figures["commitments"] == 0
    assert figures["schema_version"] == db.schema_version


def test_stats_count_what_was_entered(db: Database) -> None:
    yesterday = TODAY - timedelta(days=1)
    with db.write() as s:
        a = orgs.create(s, {"name": "A", "stage": "Endorsed", "stage_since": yesterday}).id
        b = orgs.create(s, {"name": "B", "stage": "On hold"}).id
        orgs.create(s, {"name": "C", "archived": True})
        rows = [
            (a, "late", "Open", yesterday),
            (a, "late too", "In progress", yesterday - timedelta(days=30)),
            (a, "due today", "Open", TODAY),
            (b, "done late", "Done", yesterday),
            (b, "dropped", "Dropped", yesterday),
            (b, "no date", "Open", None),
        ]
        for org_id, text, status, due in rows:
            commitments.create(
                s, {"organization_id": org_id, "description": text, "status": status, "due_on": due}
            )
        assessments.set_assessment(s, a, 1, "Implemented")
        assessments.set_assessment(s, a, 2, "Implemented")
        assessments.set_assessment(s, b, 1, "Unknown")
    with db.read() as s:
        figures = reporting.stats(s)
        tomorrow = reporting.stats(s, today=TODAY + timedelta(days=1))
        coverage = reporting.principle_coverage(s)
        endorsers = reporting.endorsers(s)
    assert figures["organizations"] == 2 and figures["archived"] == 1  # C is archived
    assert figures["by_stage"]["Endorsed"] == figures["endorsers"] == 1
    assert figures["by_stage"]["On hold"] == 1 and figures["by_stage"]["Identified"] == 0
    assert figures["commitments"] == 6
    assert figures["open_commitments"] == 4
    assert figures["overdue_commitments"] == 2
    assert tomorrow["overdue_commitments"] == 3  # "due today" is overdue tomorrow
    assert figures["assessments"]["Implemented"] == 2 and figures["assessments"]["Unknown"] == 1
    assert sum(figures["assessments"].values()) == 3
    assert coverage[1] == coverage[2] == 1 and coverage[3] == 0 and len(coverage) == 11
    assert [(e.name, e.endorsed_on) for e in endorsers] == [("A", yesterday)]


# --- the demo dataset ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo loaded once for this module, then opened read-only for the tests to share."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(path, create=True, user="demo-loader") as database, database.write() as s:
        demo.load_demo(s)
    with open_database(path, mode="read") as reader:
        yield reader


def test_the_demo_tells_the_story_of_the_principles(demo_db: Database) -> None:
    with demo_db.read() as s:
        endorsers = reporting.endorsers(s)
        names = {e.name for e in endorsers}
        assert len(endorsers) == 9
        assert set(demo.ORIGINAL_SIX) | {"TikTok", "Match Group", "Amazon"} == names
        for e in endorsers:
            assert e.endorsed_on is not None and e.endorsed_on >= LAUNCH, e
        assert {e.endorsed_on for e in endorsers if e.name in demo.ORIGINAL_SIX} == {LAUNCH}
        later = [e.name for e in endorsers if e.name not in demo.ORIGINAL_SIX]
        assert later == ["TikTok", "Match Group", "Amazon"]  # in the order they endorsed
        governments = s.scalars(
            select(Organization.name).where(Organization.kind == "Government")
        ).all()
        assert len(governments) == 5
        launch = s.scalar(select(Meeting).where(Meeting.held_on == LAUNCH))
        assert launch is not None and len(launch.principles) == 11


def test_every_demo_stage_history_is_in_order_and_ends_at_the_current_stage(
    demo_db: Database,
) -> None:
    with demo_db.read() as s:
        for org in s.scalars(select(Organization)):
            steps = s.scalars(
                select(StageChange)
                .where(StageChange.organization_id == org.id)
                .order_by(StageChange.id)
            ).all()
            assert steps[0].from_stage is None
            assert [c.changed_on for c in steps] == sorted(c.changed_on for c in steps)
            assert all(c.changed_on <= TODAY for c in steps)
            assert steps[-1].to_stage is org.stage and steps[-1].changed_on == org.stage_since


def test_demo_overdue_commitments_follow_from_their_due_dates(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = s.execute(select(Commitment.status, Commitment.due_on)).all()
        figures = reporting.stats(s)
        long_ago = reporting.stats(s, today=date(2000, 1, 1))
        far_ahead = reporting.stats(s, today=date(2100, 1, 1))
    expected = sum(1 for status, due in rows if status.is_active and due and due < TODAY)
    assert figures["overdue_commitments"] == expected
    assert long_ago["overdue_commitments"] == 0
    assert far_ahead["overdue_commitments"] == figures["open_commitments"] > 0
    statuses = {status for status, _ in rows}
    assert {CommitmentStatus.OPEN, CommitmentStatus.DONE} <= statuses


def test_everything_the_demo_wrote_is_audited(demo_db: Database) -> None:
    with demo_db.read() as s:
        created = {
            (e, i)
            for e, i in s.execute(
                select(AuditEntry.entity, AuditEntry.entity_id).where(AuditEntry.action == "create")
            )
        }
        for entity, model in (
            ("organization", Organization),
            ("meeting", Meeting),
            ("commitment", Commitment),
            ("assessment", Assessment),
        ):
            ids = s.scalars(select(model.id)).all()  # type: ignore[attr-defined]
            assert ids and {(entity, i) for i in ids} <= created
        assert {e.user for e in audit.entries(s)} == {"demo-loader"}


def test_the_demo_goes_only_into_an_empty_register(db: Database) -> None:
    with db.write() as s:
        orgs.create(s, {"name": "Mine"})
    with pytest.raises(ValidationError, match="empty"), db.write() as s:
        demo.load_demo(s)


# --- generated registers -----------------------------------------------------------------


def generated(path: Path, scale: int, seed: int) -> tuple[dict[str, object], list[str]]:
    with open_database(path, create=True) as database:
        with database.write() as s:
            counts = synthetic.generate(s, scale=scale, seed=seed, today=TODAY)
        with database.read() as s:
            figures = reporting.stats(s)
            names = list(s.scalars(select(Organization.name).order_by(Organization.id)))
            audited = s.scalar(select(func.count()).select_from(AuditEntry))
            checks = s.scalars(select(StageChange.changed_on)).all()
            meetings = s.scalar(select(func.count()).select_from(Meeting))
            made = s.scalar(select(func.count()).select_from(Commitment))
    # stats counts active records; the generator archives a few organizations
    assert counts["organizations"] == scale == figures["organizations"] + figures["archived"]
    assert counts["meetings"] == meetings >= figures["meetings"]
    assert counts["commitments"] == made >= figures["commitments"]
    figures = {**figures, "meetings": meetings, "commitments": made}
    assert audited == sum(counts.values())  # one create entry per generated record
    assert max(checks) <= TODAY
    return figures, names


def test_generated_registers_are_repeatable_for_a_seed(tmp_path: Path) -> None:
    one = generated(tmp_path / "one.db", 30, seed=7)
    two = generated(tmp_path / "two.db", 30, seed=7)
    other = generated(tmp_path / "three.db", 30, seed=8)
    assert one == two
    assert other[1] != one[1]
    figures, names = one
    assert len(set(names)) == 30
    assert figures["meetings"] == 30 * synthetic.MEETINGS_PER_ORG
    assert figures["commitments"] == 30 * synthetic.COMMITMENTS_PER_ORG
    active = figures["organizations"]
    assert sum(figures["assessments"].values()) == active * 11  # type: ignore[attr-defined]


def _rows_of_every_table(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, without the moment they were written (created, updated, audited)."""
    moments = {"created_at", "updated_at", "at"}
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out = {}
        for table in tables:
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
            kept = ", ".join(f'"{c}"' for c in columns if c not in moments) or "1"
            rows = conn.execute(f'SELECT {kept} FROM "{table}"').fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def test_generated_rows_are_the_same_whatever_the_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`generate --seed N` places its dates around a fixed reference, not the day it runs."""

    def made_on(day: date, path: Path) -> dict[str, list[tuple[object, ...]]]:
        class Faked(date):
            @classmethod
            def today(cls) -> Faked:
                return cls(day.year, day.month, day.day)

        for module in (synthetic, orgs):
            monkeypatch.setattr(module, "date", Faked)
        with open_database(path, create=True) as database, database.write() as s:
            synthetic.generate(s, scale=12, seed=5)
        return _rows_of_every_table(path)

    first = made_on(date(2026, 12, 1), tmp_path / "one.db")
    second = made_on(date(2031, 7, 15), tmp_path / "two.db")
    assert first["organizations"] and first["commitments"] and first["audit_entries"]
    assert first == second


def test_the_demo_places_its_invented_records_around_its_date(tmp_path: Path) -> None:
    """Public facts keep their dates; the "(example)" records move with `today`."""
    early, late = date(2024, 6, 3), TODAY
    registers = {}
    for day in (early, late):
        with open_database(tmp_path / f"{day}.db", create=True) as database:
            with database.write() as s:
                demo.load_demo(s, today=day)
            with database.read() as s:
                registers[day] = {
                    "meetings": dict(s.execute(select(Meeting.title, Meeting.held_on)).all()),
                    "due": dict(s.execute(select(Commitment.description, Commitment.due_on)).all()),
                    "endorsed": dict(
                        s.execute(select(Organization.name, Organization.endorsed_on)).all()
                    ),
                }
    shift = late - early
    a, b = registers[early], registers[late]
    assert a["endorsed"] == b["endorsed"]  # every endorsement is a public fact
    assert a["meetings"]["Launch of the Voluntary Principles"] == date(2020, 3, 5)
    assert b["meetings"]["Launch of the Voluntary Principles"] == date(2020, 3, 5)
    kestrel = "Bilateral with Kestrel Video"
    assert b["meetings"][kestrel] - a["meetings"][kestrel] == shift
    safeguards = "Confirm livestreaming safeguards in writing"
    assert b["due"][safeguards] - a["due"][safeguards] == shift
    # placed around its date: the same commitments are overdue on the day it was placed for
    overdue = [
        sorted(d for d, due in r["due"].items() if due is not None and due < day)
        for r, day in ((a, early), (b, late))
    ]
    assert overdue[0] == overdue[1]


def test_the_demo_refuses_a_date_in_the_future_or_before_its_facts(db: Database) -> None:
    for day in (TODAY + timedelta(days=1), date(2022, 3, 24)):
        with pytest.raises(ValidationError) as caught, db.write() as s:
            demo.load_demo(s, today=day)
        assert set(caught.value.errors) == {"today"}
