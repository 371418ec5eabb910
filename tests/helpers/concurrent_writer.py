"""One official's writing session against a shared register, as a separate process: for the
many-writers test and the concurrency benchmark.

Each edit reads an organization as an editor would, thinks for a moment, and saves it based
on the version it read (services.records.expect_version): it appends a token of its own to
the organization's notes. A refused edit (someone saved in between) is counted, not retried, and so is one that
waited too long for an import ("busy").
Every committed token must then be in the notes and in the audit trail; no refused one may
be. Prints one JSON object: the committed and refused edits and each write's latency.

    python -m tests.helpers.concurrent_writer URL WORKER EDITS SEED [--import WORKBOOK]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from sqlalchemy import select

from engagetrack.services import organizations as orgs
from engagetrack.services.records import expect_version
from engagetrack.store.database import open_database
from engagetrack.store.errors import StaleRecordError, StoreError
from engagetrack.store.models import Organization


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("worker", type=int)
    parser.add_argument("edits", type=int)
    parser.add_argument("seed", type=int)
    parser.add_argument("--think", type=float, default=0.002, help="seconds between read and save")
    parser.add_argument("--import", dest="workbook", type=Path, help="import this workbook midway")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    committed: list[list[object]] = []
    refused: list[list[object]] = []
    busy: list[list[object]] = []
    latencies: list[float] = []
    imported = None
    with open_database(args.url, user=f"writer-{args.worker}", daily_backup=False) as db:
        with db.read() as s:
            ids = sorted(s.scalars(select(Organization.id).where(~Organization.archived)))
        for n in range(args.edits):
            if args.workbook is not None and n == args.edits // 2:
                from engagetrack.interchange.importer import import_workbook

                imported = import_workbook(db, args.workbook).ok
            org_id = rng.choice(ids)
            token = f"w{args.worker}-{n}"
            with db.read() as s:
                record = orgs.get(s, org_id)
                version, notes = record.version, record.notes or ""
            time.sleep(rng.uniform(0, args.think))
            started = time.perf_counter()
            try:
                with db.write() as s:
                    expect_version(s, "organization", org_id, version)
                    orgs.update(s, org_id, {"notes": f"{notes} {token}".strip()})
            except StaleRecordError:
                refused.append([org_id, token])
                continue
            except StoreError:  # busy: waited longer than the lock timeout (an import)
                busy.append([org_id, token])
                continue
            finally:
                latencies.append(time.perf_counter() - started)
            committed.append([org_id, token])
    json.dump(
        {
            "committed": committed,
            "refused": refused,
            "busy": busy,
            "latencies": latencies,
            "imported": imported,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
