"""The access-request pack: one zip answering "every record about X" (`engagetrack atip`,
File > Access request pack… in the window).

It holds `index.xlsx` (a row per responsive record), `records/*.json` (every record in full,
per kind, with the deleted ones and every audit entry), `files/` (the attached files byte for
byte, their SHA-256 in the index) and `search.txt` (what was searched, when, by whom, with
which program). Read in one transaction (one consistent moment of the register), written to
a temporary file beside the target and renamed into place: nothing is written anywhere else.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from engagetrack.domain import messages
from engagetrack.domain.field_labels import RECORD_KINDS
from engagetrack.domain.messages import deferred, t
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.access_pack_index import IndexRow, index_workbook
from engagetrack.interchange.access_pack_records import FILES, RecordWriter
from engagetrack.interchange.atomic_file import Target, discard
from engagetrack.services import access_request, attachments, audit
from engagetrack.store.database import Database

Progress = Callable[[int, int], None]
# already compressed: stored as they are (deflating them again costs time and saves nothing)
_STORED = (".pdf", ".zip", ".docx", ".xlsx", ".pptx", ".jpg", ".jpeg", ".png", ".gz", ".msg")
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


class PackError(Exception):
    """The pack could not be written; the message says why, for the user."""


@dataclass(frozen=True)
class PackResult:
    path: Path
    records: dict[str, int]  # kind -> responsive records (deleted ones under "deleted")
    files: int
    file_bytes: int
    audit_entries: int
    marking: Classification
    size: int


def safe_name(name: str) -> str:
    """A file name any system can unpack (the stored name stays in the index and records)."""
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "file"
    return cleaned[:150]


def write_pack(
    db: Database,
    path: Path,
    name: str,
    *,
    ceiling: Classification | None = None,
    since: date | None = None,
    until: date | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> PackResult:
    """Gather every record about `name` and write the zip at `path` whole, or nothing."""
    target = Target(path, ".zip", PackError, what=deferred("a pack's file name"),
                    program=t("the archive program"),
                    nothing=deferred("No pack was written."))  # fmt: skip
    target.check()
    report = progress or (lambda _done, _total: None)
    with db.read() as session:  # fails early (no such organization) before any file is made
        request = access_request.gather(session, name, ceiling=ceiling, since=since, until=until)
        temp = target.claim_temp()
        try:
            result = _write(session, request, temp, path, report, now or datetime.now(UTC))
            target.replace(temp)
        except OSError as exc:
            discard(temp)
            raise target.failure(exc) from exc
        except BaseException:
            discard(temp)
            raise
    return result


def _write(
    session: Any,
    request: access_request.AccessRequest,
    temp: Path,
    path: Path,
    report: Progress,
    now: datetime,
) -> PackResult:
    writer = RecordWriter(session, request)
    files = [i for i in request.items if i.entity == "attachment" and not i.deleted]
    total = len(files) + 3
    report(0, total)
    rows: dict[tuple[str, int], IndexRow] = {}
    file_bytes = 0
    with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as pack:
        for done, item in enumerate(files, start=1):
            data = attachments.content(session, item.id)
            digest = hashlib.sha256(data).hexdigest()
            inside = f"files/{item.id}-{safe_name(item.title)}"
            method = zipfile.ZIP_STORED if inside.lower().endswith(_STORED) else None
            pack.writestr(inside, data, compress_type=method)
            writer.files[item.id] = inside
            rows[("attachment", item.id)] = IndexRow(item, inside, digest)
            file_bytes += len(data)
            report(done, total)
        documents = writer.documents()
        for doc_path, records in documents.items():
            pack.writestr(doc_path, json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        report(len(files) + 1, total)
        ordered = []
        for item in request.items:
            where = rows.get((item.entity, item.id))
            if where is None:
                doc = "records/deleted_records.json" if item.deleted else FILES[item.entity]
                where = IndexRow(item, doc)
            ordered.append(where)
        marking = Classification.highest([i.classification for i in request.items])
        pack.writestr("index.xlsx", index_workbook(ordered, marking))
        report(len(files) + 2, total)
        counts: dict[str, int] = {}
        for item in request.items:
            key = "deleted" if item.deleted else item.entity
            counts[key] = counts.get(key, 0) + 1
        entries = len(documents["records/audit_entries.json"])
        pack.writestr(
            "search.txt",
            search_statement(request, counts, len(files), entries, marking, session, now),
        )
    report(total, total)
    return PackResult(path, counts, len(files), file_bytes, entries, marking, temp.stat().st_size)


def search_statement(
    request: access_request.AccessRequest,
    counts: dict[str, int],
    files: int,
    entries: int,
    marking: Classification,
    session: Any,
    now: datetime,
) -> str:
    """`search.txt`: the search terms, the date, who ran it and the program's version."""
    from engagetrack import build_info

    terms = " / ".join(f'"{term}"' for term in request.terms)
    shown = messages.language()
    ceiling = request.ceiling.label_in(shown) if request.ceiling else t("none (every marking)")
    period = t(
        "from {since} to {until}",
        since=request.since.isoformat() if request.since else "…",
        until=request.until.isoformat() if request.until else "…",
    )
    found = responsive_counts(counts)
    lines = [
        t("Access-to-information search"),
        "",
        t("Organization: {name}", name=request.organization),
        t("Search terms: {terms}", terms=terms),
        t(
            "Searched: the organization, every record linked to it (contacts, stage history,"
            " assessments, commitments, the meetings it attended, their attached files), every"
            " record whose text holds the name (names, notes, summaries, outcomes, evidence,"
            " sources, descriptions, contacts, attached files' names, notes and text), archived"
            " records, and the audit trail (deleted records that named it or pointed at it)."
        ),
        t("Period: {period}", period=period if request.since or request.until else t("all")),
        t("Marking ceiling: {ceiling}", ceiling=ceiling),
        t("Highest marking in this pack: {marking}", marking=marking.label_in(shown)),
        t("Responsive records: {found}", found=found or "0"),
        t("Attached files: {count}; audit entries: {entries}", count=files, entries=entries),
        t("Run on: {when}", when=now.strftime("%Y-%m-%d %H:%M:%S UTC")),
        t("Run by: {user}", user=audit.current_user(session)),
        t(
            "Program: EngageTrack {version} (commit {commit})",
            version=build_info.version(),
            commit=build_info.commit(),
        ),
    ]
    return "\n".join(lines) + "\n"


def responsive_counts(counts: dict[str, int]) -> str:
    """ "organization: 1, meeting: 4, deleted records: 2" in the current language (a count
    not of a kind of record is the deleted ones')."""
    return ", ".join(
        f"{t(RECORD_KINDS[k]) if k in RECORD_KINDS else t('deleted records')}: {n}"
        for k, n in counts.items()
    )
