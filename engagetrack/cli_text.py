"""The command line's longer human output (stats), in the current language.

`--json` output never comes here: its keys and vocabulary codes stay English.
"""

from __future__ import annotations

from typing import Any, TextIO

from engagetrack.domain.messages import language, t
from engagetrack.domain.vocabularies import AssessmentStatus, Stage


def print_stats(figures: dict[str, Any], out: TextIO) -> None:
    lang = language()
    print(
        t(
            "Organizations: {count} ({endorsers} endorsers)",
            count=figures["organizations"],
            endorsers=figures["endorsers"],
        ),
        file=out,
    )
    print(
        t("Archived organizations (not counted here): {count}", count=figures["archived"]),
        file=out,
    )
    for stage, n in figures["by_stage"].items():
        print(f"  {Stage(stage).label_in(lang):<12} {n}", file=out)
    print(t("Contacts: {count}", count=figures["contacts"]), file=out)
    print(t("Meetings: {count}", count=figures["meetings"]), file=out)
    print(
        t(
            "Commitments: {count} ({open} open, {overdue} overdue)",
            count=figures["commitments"],
            open=figures["open_commitments"],
            overdue=figures["overdue_commitments"],
        ),
        file=out,
    )
    print(t("Assessments:"), file=out)
    for status, n in figures["assessments"].items():
        print(f"  {AssessmentStatus(status).label_in(lang):<15} {n}", file=out)
    print(t("Schema version: {version}", version=figures["schema_version"]), file=out)
