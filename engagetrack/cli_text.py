"""The command line's longer human output (stats, the audit trail, generate's counts), in
the current language.

`--json` output never comes here: its keys and vocabulary codes stay English.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from engagetrack.domain.field_labels import FIELD_LABELS, record_kind
from engagetrack.domain.messages import deferred, language, t
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


_ACTIONS = {
    "create": deferred("create"),
    "update": deferred("update"),
    "delete": deferred("delete"),
}


def print_audit(entries: Iterable[Any], out: TextIO) -> None:
    """Each entry on a line (when, who, what was done to which record), then its changes;
    in French the actions, kinds of record and field names are French too."""
    for r in entries:
        when = r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        action = t(_ACTIONS[r.action]) if r.action in _ACTIONS else r.action
        print(f"{when}  {r.user}  {action} {record_kind(r.entity)} #{r.entity_id}", file=out)
        for field, (old, new) in sorted(r.changes.items()):
            change = t(
                "{field}: {old} -> {new}", field=_field(field), old=_short(old), new=_short(new)
            )
            print(f"    {change}", file=out)


def _field(name: str) -> str:
    # English keeps the stored names (what scripts reading this output already expect)
    return t(FIELD_LABELS[name]) if language() == "fr" and name in FIELD_LABELS else name


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


_GENERATED = {
    "organizations": deferred("{count} organizations"),
    "meetings": deferred("{count} meetings"),
    "commitments": deferred("{count} commitments"),
    "assessments": deferred("{count} assessments"),
}


def generated_counts(counts: Mapping[str, int]) -> str:
    """ "10 organizations, 100 meetings, ..." in the current language."""
    return ", ".join(
        t(_GENERATED[what], count=n) if what in _GENERATED else f"{n} {what}"
        for what, n in counts.items()
    )
