"""The demo dataset's organizations and contacts: the reference briefing's facts, as data.

Each organization comes with its pipeline history (stage, date) in order; services/demo.py
adds them through the services. Where a source gives only a month, the first working day is
used and the note says so. Companies marked "(example)" are fictional stand-ins for the
unnamed WeProtect and Technology Coalition members that had not endorsed by March 2022.

Public facts keep their real dates. The examples' steps after their first (which is the
public statement that listed them) are invented: they are written around REFERENCE and moved
by `shift` (the demo's "today" minus REFERENCE), never before the step they follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from engagetrack.domain.vocabularies import OrgKind, Priority, Stage

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
REFERENCE = date(2026, 12, 1)  # the "today" the invented records were written around
LAST_PUBLIC_FACT = date(2022, 3, 24)  # the FCM second-anniversary statement


@dataclass(frozen=True)
class DemoOrganization:
    name: str
    history: list[tuple[Stage, date]]  # the first stage, then every change, in order
    fields: dict[str, Any] = field(default_factory=dict)


# (organization, name, title, email)
DemoContact = tuple[str, str, str, str | None]


@dataclass(frozen=True)
class DemoParties:
    organizations: list[DemoOrganization]
    partners: list[str]  # the child-protection partners, in order
    contacts: list[DemoContact]


def _placed(history: list[tuple[Stage, date]], shift: timedelta) -> list[tuple[Stage, date]]:
    """An example's invented steps moved by `shift`, kept in order after its public first."""
    placed = [history[0]]
    for stage, on in history[1:]:
        placed.append((stage, max(on + shift, placed[-1][1])))
    return placed


def demo_parties(shift: timedelta = timedelta(0)) -> DemoParties:
    """The organizations (in the order they are added), the partners and the contacts."""
    organizations: list[DemoOrganization] = []

    def add(name: str, history: list[tuple[Stage, date]], **fields: Any) -> None:
        organizations.append(DemoOrganization(name, history, fields))

    ID, CT, E, CO, EN = (
        Stage.IDENTIFIED,
        Stage.CONTACTED,
        Stage.ENGAGED,
        Stage.CONSIDERING,
        Stage.ENDORSED,
    )

    for country in FIVE_EYES:
        add(
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
        add(
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
    # the companies that endorsed after the launch:
    # (name, history, country, sector, priority, lead official, notes)
    later_endorsers = [
        ("TikTok", [(CT, D(2020, 1, 15)), (E, D(2020, 2, 3)), (EN, D(2020, 3, 6))],
         "Singapore", "Video sharing", Priority.HIGH, "J. Singh",
         "Endorsed in March 2020, shortly after the launch. " + MONTH_ONLY),
        ("Match Group", [(CT, D(2020, 4, 1)), (CO, D(2020, 6, 1)), (EN, D(2020, 7, 23))],
         "United States", "Online dating", Priority.MEDIUM, "M. Roy",
         "Endorsed on 23 July 2020."),
        ("Amazon", [(CT, D(2020, 5, 4)), (E, D(2020, 7, 1)), (EN, D(2020, 10, 1))],
         "United States", "Cloud and retail", Priority.HIGH, "A. Tremblay",
         "Endorsed in 2020. Exact date not in our sources."),
    ]  # fmt: skip
    for name, history, country, sector, priority, lead, notes in later_endorsers:
        add(
            name,
            history,
            kind=OrgKind.COMPANY,
            country=country,
            sector=sector,
            priority=priority,
            lead_official=lead,
            notes=notes,
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
        add(
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
        add(
            name,
            _placed(history, shift),
            kind=OrgKind.COMPANY,
            country="Canada",
            sector=sector,
            priority=priority,
            lead_official="A. Tremblay",
            notes="Fictional example: one of the WeProtect or Technology Coalition members that"
            " had not endorsed by 24 March 2022.",
        )
    add(
        "G7 interior and security ministers",
        [(E, D(2021, 9, 8))],
        kind=OrgKind.INTERNATIONAL_ORGANIZATION,
        country="United Kingdom",
        sector="Public safety",
        priority=Priority.MEDIUM,
        lead_official="FCM working group",
        notes="Added their support in London, September 2021. " + MONTH_ONLY,
    )

    contacts = [
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
    return DemoParties(organizations, [name for name, *_ in partners], contacts)
