"""What the window calls its tabs and its kinds of record, in the user's language: one table,
keyed by the tab names of main_window.TABS and by the entities the services name."""

from __future__ import annotations

from engagetrack.ui.i18n import tr


def _names() -> dict[str, str]:
    return {
        # tabs
        "Dashboard": tr("Dashboard"),
        "Organizations": tr("Organizations"),
        "Pipeline": tr("Pipeline"),
        "Meetings": tr("Meetings"),
        "Commitments": tr("Commitments"),
        "Principles": tr("Principles"),
        "Export": tr("Export"),
        # kinds of record
        "organization": tr("Organization"),
        "contact": tr("Contact"),
        "meeting": tr("Meeting"),
        "commitment": tr("Commitment"),
        "assessment": tr("Assessment"),
        "stage_change": tr("Stage change"),
        "attachment": tr("Attached file"),
    }


def tab_title(name: str) -> str:
    """A tab's name as the user reads it (the names in TABS are keys)."""
    return _names()[name]


def record_kind(entity: str) -> str:
    """What kind of record something is ("organization" -> Organization)."""
    return _names().get(entity, entity)
