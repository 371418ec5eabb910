"""What each imported row does to the register, decided in memory and handed to the writer.

The register's keys and the records a workbook can match are read once per sheet; each row
is then checked and compared the way the services do it (their own `clean_values`,
`check_stage_date` and `status_rules`, applied to plain records with `apply_values`, so the
rules and the audit `changes` cannot drift from the window's), and its inserts, updates,
stage history, links and audit entries go to a BulkWriter. A refused row raises
ValidationError before anything of it reaches the writer.
"""

from __future__ import annotations

from engagetrack.interchange.import_commitment_rows import CommitmentRows
from engagetrack.interchange.import_meeting_rows import MeetingRows
from engagetrack.interchange.import_organization_rows import OrganizationRows


class RowApplier(OrganizationRows, MeetingRows, CommitmentRows):
    """Applies converted rows sheet by sheet (organizations first: the others refer to them)."""
