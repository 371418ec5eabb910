"""The register's date rules that more than one layer applies: written once, here.

The Commitments tab, the Dashboard, its headline figures and the workbook's Summary all say
"due soon" and "overdue"; they must agree on what those words mean.
"""

from __future__ import annotations

from datetime import date

from engagetrack.domain.vocabularies import ACTIVE_COMMITMENT_STATUSES, CommitmentStatus

# a commitment due within this many days from today (inclusive) is "due soon"
DUE_SOON_DAYS = 30
# the Dashboard's windows: meetings planned in the next UPCOMING_DAYS, held in the last RECENT_DAYS
UPCOMING_DAYS = 60
RECENT_DAYS = 30

__all__ = [
    "ACTIVE_COMMITMENT_STATUSES",
    "DUE_SOON_DAYS",
    "RECENT_DAYS",
    "UPCOMING_DAYS",
    "is_overdue",
]


def is_overdue(status: CommitmentStatus, due_on: date | None, today: date) -> bool:
    """Open or in progress and due before today: derived, never stored."""
    return status.is_active and due_on is not None and due_on < today
