"""The demo dataset: the public facts of the reference briefing, told as a register.

Everything goes through the services, so it is validated and audited like any user edit.
Where a source gives only a month, the first working day is used (for an endorsement, the first
one after the launch on 5 March 2020) and the note says so.
Companies marked "(example)" are fictional stand-ins for the unnamed WeProtect and Technology
Coalition members that had not endorsed by March 2022.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import (
    AssessmentStatus as A,
)
from engagetrack.domain.vocabularies import (
    Classification as C,
)
from engagetrack.domain.vocabularies import (
    CommitmentStatus,
    MeetingKind,
    OrgKind,
    Priority,
    Stage,
)
from engagetrack.services import assessments, commitments, contacts, meetings, organizations
from engagetrack.store.models import Organization

D = date
ORIGINAL_SIX = ("Facebook", "Google", "Microsoft", "Roblox", "Snap", "Twitter")
FIVE_EYES = ("Australia", "Canada", "New Zealand", "United Kingdom", "United States")
GOVERNMENTS = {
    "Australia": "Department of Home Affairs (Australia)",
    "Canada": "Public Safety Canada",
    "New Zealand": "Department of Internal Affairs (New Zealand)",
    "United Kingdom": "Home Office (United Kingdom)",
    "United States": "Department of Homeland Security (United States)",
}
MONTH_ONLY = "Exact day not in our sources; the month is."


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


def load_demo(session: Session) -> str:
    """Add the demo dataset to an empty register; returns a one-line description."""
    if session.scalar(select(func.count()).select_from(Organization)):
        raise ValidationError.single(
            "database", "The demo dataset can only be added to an empty database."
        )
    ids: dict[str, int] = {}
    ID, CT, E, CO, EN = (
        Stage.IDENTIFIED,
        Stage.CONTACTED,
        Stage.ENGAGED,
        Stage.CONSIDERING,
        Stage.ENDORSED,
    )

    for country in FIVE_EYES:
        _org(
            session,
            ids,
            GOVERNMENTS[country],
            [(E, D(2019, 7, 29))],
            kind=OrgKind.GOVERNMENT,
            country=country,
            sector="Public safety",
            priority=Priority.HIGH,
            lead_official="FCM working group",
            notes="Five Country Ministerial partner; co-author of the Voluntary Principles.",
        )

    sectors = {
        "Facebook": ("United States", "Social media", "https://about.meta.com"),
        "Google": ("United States", "Search and video", "https://about.google"),
        "Microsoft": ("United States", "Cloud and gaming", "https://www.microsoft.com"),
        "Roblox": ("United States", "Online gaming", "https://corp.roblox.com"),
        "Snap": ("United States", "Messaging", "https://snap.com"),
        "Twitter": ("United States", "Social media", "https://about.twitter.com"),
    }
    leads = ["A. Tremblay", "J. Singh", "M. Roy"]
    for i, name in enumerate(ORIGINAL_SIX):
        country, sector, site = sectors[name]
        _org(
            session,
            ids,
            name,
            [(CT, D(2019, 6, 3)), (E, D(2019, 7, 30)), (CO, D(2019, 11, 1)), (EN, D(2020, 3, 5))],
            kind=OrgKind.COMPANY,
            country=country,
            sector=sector,
            website=site,
            priority=Priority.HIGH,
            lead_official=leads[i % 3],
            notes="At the FCM industry roundtable in London (30 July 2019); endorsed at the"
            " launch in Washington, DC on 5 March 2020.",
        )
    _org(
        session,
        ids,
        "TikTok",
        [(CT, D(2020, 1, 15)), (E, D(2020, 2, 3)), (EN, D(2020, 3, 6))],
        kind=OrgKind.COMPANY,
        country="Singapore",
        sector="Video sharing",
        priority=Priority.HIGH,
        lead_official="J. Singh",
        notes="Endorsed in March 2020, shortly after the launch. " + MONTH_ONLY,
    )
    _org(
        session,
        ids,
        "Match Group",
        [(CT, D(2020, 4, 1)), (CO, D(2020, 6, 1)), (EN, D(2020, 7, 23))],
        kind=OrgKind.COMPANY,
        country="United States",
        sector="Online dating",
        priority=Priority.MEDIUM,
        lead_official="M. Roy",
        notes="Endorsed on 23 July 2020.",
    )
    _org(
        session,
        ids,
        "Amazon",
        [(CT, D(2020, 5, 4)), (E, D(2020, 7, 1)), (EN, D(2020, 10, 1))],
        kind=OrgKind.COMPANY,
        country="United States",
        sector="Cloud and retail",
        priority=Priority.HIGH,
        lead_official="A. Tremblay",
        notes="Endorsed in 2020. Exact date not in our sources.",
    )

    partners = [
        (
            "WeProtect Global Alliance",
            OrgKind.NGO,
            "United Kingdom",
            "International alliance of governments, industry and civil society; independent NGO"
            " since 2020. Partner for promoting the principles.",
        ),
        (
            "Technology Coalition",
            OrgKind.INDUSTRY_ASSOCIATION,
            "United States",
            "Industry group since 2006; launched Project Protect (June 2020) and the TRUST"
            " voluntary transparency framework (June 2022).",
        ),
        (
            "Canadian Centre for Child Protection",
            OrgKind.NGO,
            "Canada",
            "Winnipeg. Runs Project Arachnid (since January 2017); preparing a report on individual"
            " companies' responses.",
        ),
        ("Thorn", OrgKind.NGO, "United States", "US non-profit building tools against CSAM."),
        (
            "National Center for Missing & Exploited Children (NCMEC)",
            OrgKind.NGO,
            "United States",
            "Runs the CyberTipline.",
        ),
    ]
    for name, kind, country, notes in partners:
        _org(
            session,
            ids,
            name,
            [(CT, D(2019, 9, 2)), (E, D(2020, 3, 5))],
            kind=kind,
            country=country,
            sector="Child protection",
            priority=Priority.HIGH,
            lead_official="M. Roy",
            notes=notes,
        )

    examples = [
        (
            "Aurora Cloud Storage (example)",
            "Cloud storage",
            [(ID, D(2021, 3, 1)), (CT, D(2022, 4, 4))],
            Priority.HIGH,
        ),
        (
            "Kestrel Video (example)",
            "Livestreaming",
            [(ID, D(2021, 3, 1)), (CT, D(2021, 5, 3)), (E, D(2022, 9, 12)), (CO, D(2026, 9, 14))],
            Priority.HIGH,
        ),
        (
            "Harbour Games (example)",
            "Online gaming",
            [(ID, D(2022, 3, 24)), (CT, D(2023, 1, 16)), (E, D(2024, 2, 5))],
            Priority.MEDIUM,
        ),
        (
            "Lumen Chat (example)",
            "Messaging",
            [(ID, D(2022, 3, 24)), (CT, D(2022, 6, 6)), (Stage.DECLINED, D(2023, 3, 1))],
            Priority.MEDIUM,
        ),
        ("Tessera Search (example)", "Search", [(ID, D(2022, 3, 24))], Priority.LOW),
        (
            "Brightwave Social (example)",
            "Social media",
            [(ID, D(2022, 3, 24)), (CT, D(2023, 5, 1)), (Stage.ON_HOLD, D(2024, 1, 8))],
            Priority.LOW,
        ),
    ]
    for name, sector, history, priority in examples:
        _org(
            session,
            ids,
            name,
            history,
            kind=OrgKind.COMPANY,
            country="Canada",
            sector=sector,
            priority=priority,
            lead_official="A. Tremblay",
            notes="Fictional example: one of the WeProtect or Technology Coalition members that"
            " had not endorsed by 24 March 2022.",
        )
    _org(
        session,
        ids,
        "G7 interior and security ministers",
        [(E, D(2021, 9, 8))],
        kind=OrgKind.INTERNATIONAL_ORGANIZATION,
        country="United Kingdom",
        sector="Public safety",
        priority=Priority.MEDIUM,
        lead_official="FCM working group",
        notes="Added their support in London, September 2021. " + MONTH_ONLY,
    )

    people = [
        (
            "Canadian Centre for Child Protection",
            "Director, Project Arachnid (example contact)",
            "Project Arachnid lead",
            "arachnid@example.org",
        ),
        (
            "WeProtect Global Alliance",
            "Head of Policy (example contact)",
            "Head of Policy",
            "policy@example.org",
        ),
        (
            "Technology Coalition",
            "Program Director (example contact)",
            "Project Protect",
            "protect@example.org",
        ),
        (
            "Kestrel Video (example)",
            "Trust and Safety Lead (example contact)",
            "Trust and Safety",
            "safety@kestrel.example",
        ),
        ("Microsoft", "Digital Safety Policy Lead (example contact)", "Digital Safety", None),
    ]
    contact_ids: dict[str, int] = {}
    for org_name, name, title, email in people:
        contact = contacts.create(
            session,
            {"organization_id": ids[org_name], "name": name, "title": title, "email": email},
        )
        contact_ids[org_name] = contact.id

    govs = [ids[GOVERNMENTS[c]] for c in FIVE_EYES]
    six = [ids[n] for n in ORIGINAL_SIX]
    ngos = [ids[n] for n, *_ in partners]
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
                "held_on": D(2026, 9, 14),
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
                "held_on": D(2026, 10, 15),
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
                "held_on": D(2026, 12, 9),
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
            "due_on": D(2026, 12, 31),
            "status": S.IN_PROGRESS,
            "meeting_id": meeting_ids["Implementation roundtable with industry and NGOs"],
        },
        {
            "organization_id": ids["WeProtect Global Alliance"],
            "description": "Take an enhanced role promoting the principles to members",
            "owner": "M. Roy",
            "due_on": D(2026, 9, 30),
            "status": S.OPEN,
            "meeting_id": meeting_ids["Implementation roundtable with industry and NGOs"],
        },
        {
            "organization_id": ids["Canadian Centre for Child Protection"],
            "description": "Publish the report on individual companies' responses",
            "owner": "M. Roy",
            "due_on": D(2026, 11, 13),
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
            "due_on": D(2026, 12, 9),
            "status": S.OPEN,
            "classification": C.PROTECTED_B,
            "meeting_id": meeting_ids["Pre-FCM briefing with the minister's office"],
        },
        {
            "organization_id": ids["Kestrel Video (example)"],
            "description": "Confirm livestreaming safeguards in writing",
            "owner": "A. Tremblay",
            "due_on": D(2026, 11, 20),
            "status": S.OPEN,
            "principle_number": 5,
            "meeting_id": meeting_ids["Bilateral with Kestrel Video"],
        },
        {
            "organization_id": ids["Google"],
            "description": "Publish meaningful data on efforts against CSEA in the transparency report",
            "owner": "J. Singh",
            "due_on": D(2027, 3, 31),
            "status": S.IN_PROGRESS,
            "principle_number": 11,
        },
        {
            "organization_id": ids["Aurora Cloud Storage (example)"],
            "description": "Send the principles and the companies' guide",
            "owner": "A. Tremblay",
            "due_on": D(2026, 12, 15),
            "status": S.OPEN,
        },
    ]
    for values in commitment_rows:
        commitments.create(session, values)

    illustrative = "Illustrative assessment for the demo, from public statements."
    matrix = {
        "Microsoft": [
            A.IMPLEMENTED,
            A.IMPLEMENTED,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.PLANNED,
            A.IMPLEMENTED,
            A.IN_PROGRESS,
            A.PLANNED,
            A.IMPLEMENTED,
            A.IMPLEMENTED,
            A.IMPLEMENTED,
        ],
        "Google": [
            A.IMPLEMENTED,
            A.IMPLEMENTED,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.IMPLEMENTED,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.IMPLEMENTED,
            A.IMPLEMENTED,
            A.IN_PROGRESS,
        ],
        "Facebook": [
            A.IMPLEMENTED,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.IMPLEMENTED,
            A.PLANNED,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.IMPLEMENTED,
            A.IMPLEMENTED,
        ],
        "Roblox": [
            A.IMPLEMENTED,
            A.IN_PROGRESS,
            A.IN_PROGRESS,
            A.PLANNED,
            A.NOT_APPLICABLE,
            A.NOT_APPLICABLE,
            A.IMPLEMENTED,
            A.PLANNED,
            A.IN_PROGRESS,
            A.PLANNED,
            A.NOT_STARTED,
        ],
        "Match Group": [
            A.UNKNOWN,
            A.UNKNOWN,
            A.IN_PROGRESS,
            A.PLANNED,
            A.NOT_APPLICABLE,
            A.NOT_APPLICABLE,
            A.IN_PROGRESS,
            A.UNKNOWN,
            A.PLANNED,
            A.NOT_STARTED,
            A.NOT_STARTED,
        ],
    }
    for org_name, statuses in matrix.items():
        for number, status in enumerate(statuses, start=1):
            assessments.set_assessment(
                session,
                ids[org_name],
                number,
                status,
                evidence=illustrative,
                source="Company transparency reports (public)",
                assessed_on=D(2026, 10, 1),
            )
    return (
        f"{len(ids)} organizations, {len(contact_ids)} contacts, {len(meeting_rows)} meetings,"
        f" {len(commitment_rows)} commitments, {sum(len(v) for v in matrix.values())} assessments"
    )
