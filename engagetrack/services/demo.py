"""The demo dataset: the public facts of the reference briefing, told as a register.

Everything goes through the services, so it is validated and audited like any user edit.
The organizations and contacts are data in demo_parties.py; the meetings, commitments and
assessments that link them are here, where their ids are known. Where a source gives only a
month, the first working day is used (for an endorsement, the first one after the launch on
5 March 2020) and the note says so.

The invented records (the "(example)" companies' later steps, the meetings, commitments and
assessments dated from 2026) are written around `demo_parties.REFERENCE` and placed relative
to the `today` given to `load_demo` (default: today), so the demo looks the same on any day:
some commitments overdue, a meeting coming up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagetrack.domain.messages import t
from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import AssessmentStatus as A
from engagetrack.domain.vocabularies import Classification as C
from engagetrack.domain.vocabularies import CommitmentStatus, MeetingKind, Stage
from engagetrack.services import assessments, commitments, contacts, meetings, organizations
from engagetrack.services.demo_parties import (
    FIVE_EYES,
    GOVERNMENTS,
    LAST_PUBLIC_FACT,
    MONTH_ONLY,
    ORIGINAL_SIX,
    REFERENCE,
    D,
    demo_parties,
)
from engagetrack.store.models import Organization

RATING = {
    "I": A.IMPLEMENTED,
    "P": A.IN_PROGRESS,
    "L": A.PLANNED,
    "N": A.NOT_STARTED,
    "-": A.NOT_APPLICABLE,
    "?": A.UNKNOWN,
}


def _org(
    session: Session,
    ids: dict[str, int],
    name: str,
    history: list[tuple[Stage, date]],
    **fields: Any,
) -> None:
    first_stage, first_on = history[0]
    org = organizations.create(
        session, {"name": name, "stage": first_stage, "stage_since": first_on, **fields}
    )
    for stage, on in history[1:]:
        organizations.change_stage(session, org.id, stage, on=on)
    ids[name] = org.id


def check_reference_date(today: date) -> None:
    """The demo's "today": after its last public fact, and not in the future."""
    if not LAST_PUBLIC_FACT < today <= date.today():
        raise ValidationError.single(
            "today",
            t(
                "The demo's date must be after {first} and not in the future.",
                first=LAST_PUBLIC_FACT.isoformat(),
            ),
        )


def load_demo(session: Session, *, today: date | None = None) -> str:
    """Add the demo dataset to an empty register; returns a one-line description.

    `today` places the invented records (default: today); public facts keep their dates.
    """
    if session.scalar(select(func.count()).select_from(Organization)):
        raise ValidationError.single(
            "database", "The demo dataset can only be added to an empty database."
        )
    today = today or date.today()
    check_reference_date(today)
    shift = today - REFERENCE

    def X(year: int, month: int, day: int) -> date:  # an invented date, placed around today
        return date(year, month, day) + shift

    ids: dict[str, int] = {}
    parties = demo_parties(shift)
    for org in parties.organizations:
        _org(session, ids, org.name, org.history, **org.fields)

    contact_ids: dict[str, int] = {}
    for org_name, name, title, email in parties.contacts:
        contact = contacts.create(
            session,
            {"organization_id": ids[org_name], "name": name, "title": title, "email": email},
        )
        contact_ids[org_name] = contact.id

    govs = [ids[GOVERNMENTS[c]] for c in FIVE_EYES]
    six = [ids[n] for n in ORIGINAL_SIX]
    ngos = [ids[n] for n in parties.partners]
    all_p = list(range(1, 12))
    meeting_rows: list[tuple[dict[str, Any], list[int], list[int]]] = [
        (
            {
                "held_on": D(2019, 7, 29),
                "title": "Five Country Ministerial 2019",
                "kind": MeetingKind.MINISTERIAL,
                "location": "London",
                "lead": "Minister's office",
                "summary": "Five Eyes ministers meet on online child sexual exploitation and abuse.",
                "outcomes": "Ministers agree to develop voluntary principles with industry.",
            },
            govs,
            [],
        ),
        (
            {
                "held_on": D(2019, 7, 30),
                "title": "FCM industry roundtable",
                "kind": MeetingKind.ROUNDTABLE,
                "location": "London",
                "lead": "Minister's office",
                "summary": "Roundtable of Five Eyes ministers with Facebook, Google, Microsoft, Roblox, Snap and Twitter.",
                "outcomes": "Industry and governments to draft the principles together.",
            },
            govs + six,
            [],
        ),
        (
            {
                "held_on": D(2020, 3, 5),
                "title": "Launch of the Voluntary Principles",
                "kind": MeetingKind.CONFERENCE,
                "location": "Washington, DC",
                "lead": "FCM working group",
                "summary": "Five Eyes governments launch the eleven principles; the original six companies endorse.",
                "outcomes": "Industry statements of support published.",
            },
            govs + six + ngos[:2],
            all_p,
        ),
        (
            {
                "held_on": D(2020, 6, 1),
                "title": "Technology Coalition announces Project Protect",
                "kind": MeetingKind.CORRESPONDENCE,
                "location": None,
                "lead": "M. Roy",
                "summary": "Project Protect: the Coalition's plan to implement the principles. "
                + MONTH_ONLY,
                "outcomes": "Coalition members to report progress against the principles.",
            },
            [ids["Technology Coalition"]],
            [9, 10, 11],
        ),
        (
            {
                "held_on": D(2020, 12, 1),
                "title": "Original six publish guide for companies",
                "kind": MeetingKind.CORRESPONDENCE,
                "location": None,
                "lead": "A. Tremblay",
                "summary": "Guide for companies considering supporting the principles. "
                + MONTH_ONLY,
                "outcomes": "Guide to be shared in one-by-one outreach.",
            },
            six,
            all_p,
        ),
        (
            {
                "held_on": D(2021, 3, 1),
                "title": "Implementation roundtable with industry and NGOs",
                "kind": MeetingKind.ROUNDTABLE,
                "location": "Videoconference",
                "lead": "FCM working group",
                "classification": C.PROTECTED_A,
                "summary": "Five Eyes officials, industry and NGOs on implementing the principles. "
                + MONTH_ONLY,
                "outcomes": "More companies, NGOs and countries need to endorse; outcomes feed the FCM of early April 2021.",
            },
            govs + six + ngos,
            [1, 2, 3, 5, 11],
        ),
        (
            {
                "held_on": D(2021, 4, 6),
                "title": "Five Country Ministerial 2021",
                "kind": MeetingKind.MINISTERIAL,
                "location": "Videoconference",
                "lead": "Minister's office",
                "summary": "Ministers take stock one year after the launch. " + MONTH_ONLY,
                "outcomes": "Ministers call for wider endorsement.",
            },
            govs,
            [],
        ),
        (
            {
                "held_on": D(2021, 9, 8),
                "title": "G7 interior and security ministers",
                "kind": MeetingKind.MINISTERIAL,
                "location": "London",
                "lead": "Minister's office",
                "summary": "G7 interior and security ministers add their support. " + MONTH_ONLY,
                "outcomes": "G7 support recorded.",
            },
            [ids["G7 interior and security ministers"]] + govs,
            [],
        ),
        (
            {
                "held_on": D(2022, 3, 24),
                "title": "FCM second-anniversary statement",
                "kind": MeetingKind.CORRESPONDENCE,
                "location": None,
                "lead": "FCM working group",
                "summary": "Statement on the second anniversary: sixteen companies have endorsed.",
                "outcomes": "Fifteen WeProtect industry members and thirteen Technology Coalition members not yet endorsed: outreach list.",
            },
            govs,
            [],
        ),
        (
            {
                "held_on": X(2026, 9, 14),
                "title": "Bilateral with Kestrel Video",
                "kind": MeetingKind.BILATERAL,
                "location": "Ottawa",
                "lead": "A. Tremblay",
                "summary": "Walked through the principles; the company is considering endorsement.",
                "outcomes": "Company to confirm its livestreaming safeguards in writing.",
            },
            [ids["Kestrel Video (example)"]],
            [5, 7],
        ),
        (
            {
                "held_on": X(2026, 10, 15),
                "title": "Call with the Canadian Centre for Child Protection",
                "kind": MeetingKind.CALL,
                "location": None,
                "lead": "M. Roy",
                "classification": C.PROTECTED_A,
                "summary": "Progress on the company-response report.",
                "outcomes": "Draft report expected before the next ministerial.",
            },
            [ids["Canadian Centre for Child Protection"]],
            [1, 2, 11],
        ),
        (
            {
                "held_on": X(2026, 12, 9),
                "title": "Pre-FCM briefing with the minister's office",
                "kind": MeetingKind.OTHER,
                "location": "Ottawa",
                "lead": "J. Singh",
                "classification": C.PROTECTED_B,
                "summary": "Planned: brief the minister on endorsements and overdue commitments.",
                "outcomes": None,
            },
            [ids[GOVERNMENTS["Canada"]]],
            all_p,
        ),
    ]
    meeting_ids: dict[str, int] = {}
    for values, org_ids, principles in meeting_rows:
        links = [contact_ids[n] for n in contact_ids if ids[n] in org_ids]
        m = meetings.create(
            session,
            values,
            organization_ids=org_ids,
            contact_ids=links,
            principle_numbers=principles,
        )
        meeting_ids[values["title"]] = m.id

    S = CommitmentStatus
    commitment_rows: list[dict[str, Any]] = [
        {
            "organization_id": ids[GOVERNMENTS["Canada"]],
            "description": "Engage companies one by one to raise awareness of the principles",
            "owner": "A. Tremblay",
            "due_on": X(2026, 12, 31),
            "status": S.IN_PROGRESS,
            "meeting_id": meeting_ids["Implementation roundtable with industry and NGOs"],
        },
        {
            "organization_id": ids["WeProtect Global Alliance"],
            "description": "Take an enhanced role promoting the principles to members",
            "owner": "M. Roy",
            "due_on": X(2026, 9, 30),
            "status": S.OPEN,
            "meeting_id": meeting_ids["Implementation roundtable with industry and NGOs"],
        },
        {
            "organization_id": ids["Canadian Centre for Child Protection"],
            "description": "Publish the report on individual companies' responses",
            "owner": "M. Roy",
            "due_on": X(2026, 11, 13),
            "status": S.OPEN,
            "principle_number": 11,
            "meeting_id": meeting_ids["Call with the Canadian Centre for Child Protection"],
            "classification": C.PROTECTED_A,
        },
        {
            "organization_id": ids["Technology Coalition"],
            "description": "Publish transparency data under a voluntary framework",
            "owner": "M. Roy",
            "due_on": D(2022, 6, 30),
            "status": S.DONE,
            "completed_on": D(2022, 6, 21),
            "principle_number": 11,
            "notes": "TRUST voluntary transparency framework launched June 2022. " + MONTH_ONLY,
        },
        {
            "organization_id": ids["Technology Coalition"],
            "description": "Launch a programme to implement the principles",
            "owner": "M. Roy",
            "due_on": D(2020, 6, 30),
            "status": S.DONE,
            "completed_on": D(2020, 6, 1),
            "meeting_id": meeting_ids["Technology Coalition announces Project Protect"],
            "notes": "Project Protect.",
        },
        {
            "organization_id": ids["Microsoft"],
            "description": "Publish a guide for companies considering supporting the principles",
            "owner": "A. Tremblay",
            "due_on": D(2020, 12, 31),
            "status": S.DONE,
            "completed_on": D(2020, 12, 1),
            "notes": "Published jointly by the original six endorsers.",
        },
        {
            "organization_id": ids[GOVERNMENTS["Canada"]],
            "description": "Brief the minister before the next Five Country Ministerial",
            "owner": "J. Singh",
            "due_on": X(2026, 12, 9),
            "status": S.OPEN,
            "classification": C.PROTECTED_B,
            "meeting_id": meeting_ids["Pre-FCM briefing with the minister's office"],
        },
        {
            "organization_id": ids["Kestrel Video (example)"],
            "description": "Confirm livestreaming safeguards in writing",
            "owner": "A. Tremblay",
            "due_on": X(2026, 11, 20),
            "status": S.OPEN,
            "principle_number": 5,
            "meeting_id": meeting_ids["Bilateral with Kestrel Video"],
        },
        {
            "organization_id": ids["Google"],
            "description": "Publish meaningful data on efforts against CSEA in the transparency report",
            "owner": "J. Singh",
            "due_on": X(2027, 3, 31),
            "status": S.IN_PROGRESS,
            "principle_number": 11,
        },
        {
            "organization_id": ids["Aurora Cloud Storage (example)"],
            "description": "Send the principles and the companies' guide",
            "owner": "A. Tremblay",
            "due_on": X(2026, 12, 15),
            "status": S.OPEN,
        },
    ]
    for values in commitment_rows:
        commitments.create(session, values)

    illustrative = "Illustrative assessment for the demo, from public statements."
    # P1 … P11 per endorser: I implemented, P in progress, L planned, N not started,
    # - not applicable, ? unknown
    ratings = {
        "Microsoft": "IIPPLIPLIII",
        "Google": "IIPPPIPPIIP",
        "Facebook": "IPPPPILPPII",
        "Roblox": "IPPL--ILPLN",
        "Match Group": "??PL--P?LNN",
    }
    matrix = {name: [RATING[c] for c in row] for name, row in ratings.items()}
    for org_name, statuses in matrix.items():
        for number, status in enumerate(statuses, start=1):
            assessments.set_assessment(
                session,
                ids[org_name],
                number,
                status,
                evidence=illustrative,
                source="Company transparency reports (public)",
                assessed_on=X(2026, 10, 1),
            )
    return (
        f"{len(ids)} organizations, {len(contact_ids)} contacts, {len(meeting_rows)} meetings,"
        f" {len(commitment_rows)} commitments, {sum(len(v) for v in matrix.values())} assessments"
    )
