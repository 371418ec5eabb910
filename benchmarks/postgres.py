"""`make bench`, PostgreSQL part: the window and workbook figures on a team server beside the
same figures on the SQLite file, in one run, and the many-writers figure.

A throwaway server (tests/helpers/postgres_server.py) on 127.0.0.1 gets a copy of the cached
scale-N register (`copy`, itself timed). The window's probes (benchmarks/probes.py) run
unchanged on both engines, each in a fresh process; export and import run on both. Then 8
writer processes make 200 edits each on the server's register, with conflicts (each saves
based on what it read), and the figure reports lost updates (must be 0), refused edits and
the 95th-percentile write latency.

    python -m benchmarks.postgres --scale 10000 [--reps 1]
    python -m benchmarks.postgres probe NAME DB WORKDIR     (one measurement; internal)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WRITERS, EDITS = 8, 200
# (figure, probe, target, unit): ms targets are absolute on PostgreSQL; "x" targets are the
# ratio to the same probe on SQLite in this run
FIGURES = (
    ("filter as the user types (worst table, per keystroke)", "filter_tables", 100, "ms"),
    ("sort a 100,000+ row table (worst column)", "sort_tables", 300, "ms"),
    ("open an organization's detail panel", "detail_panel", 100, "ms"),
    ("full ministerial export", "export", 1.5, "x"),
    ("import of that workbook into an empty register", "import_into", 1.5, "x"),
)


# --- one measurement, in its own process -------------------------------------------------
def _import_into(db: str, work: Path) -> float:
    """Import the exported workbook into an empty register on the same engine as `db`."""
    from engagetrack.interchange.importer import import_workbook
    from engagetrack.store.database import open_database

    target = os.environ["BENCH_EMPTY_TARGET"]
    with open_database(target, create=True, daily_backup=False) as database:
        start = time.perf_counter()
        report = import_workbook(database, work / "export.xlsx")
        elapsed = time.perf_counter() - start
    if report.problems:
        raise RuntimeError(f"import refused the exported workbook: {report.problems[:5]}")
    return elapsed


def probe_main(name: str, db: str, work: Path) -> None:
    from benchmarks import probes

    seconds = _import_into(db, work) if name == "import_into" else probes.PROBES[name](db, work)  # type: ignore[arg-type]
    print(json.dumps({"seconds": seconds, "peak_mb": probes.peak_mb()}), flush=True)
    os._exit(0)  # as probes.main: Qt's teardown adds only noise


def _run(name: str, db: str, work: Path, **env: str) -> float:
    config = work / "config"
    config.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config), **env)
    environment.pop("ENGAGETRACK_LANG", None)
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.postgres", "probe", name, db, str(work)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"probe {name} on {db} failed:\n{done.stderr[-3000:]}")
    return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])


# --- many writers ------------------------------------------------------------------------
def writers_figure(url: str) -> dict[str, Any]:
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.concurrent_writer",
                url,
                str(worker),
                str(EDITS),
                str(1000 + worker),
                "--think",
                "0.005",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for worker in range(WRITERS)
    ]
    results = [json.loads(p.communicate(timeout=1800)[0]) for p in processes]
    committed = [tuple(c) for r in results for c in r["committed"]]
    refused = sum(len(r["refused"]) + len(r["busy"]) for r in results)
    latencies = sorted(x for r in results for x in r["latencies"])
    from sqlalchemy import select

    from engagetrack.store.database import open_database
    from engagetrack.store.models import Organization

    with open_database(url, mode="read") as db, db.read() as s:
        notes = {
            o.id: set((o.notes or "").split())
            for o in s.scalars(select(Organization).where(~Organization.archived))
        }
    lost = sum(1 for org_id, token in committed if token not in notes.get(org_id, set()))
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0
    return {"committed": len(committed), "refused": refused, "lost": lost, "p95": p95}


# --- the whole run -------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "probe":
        probe_main(argv[1], argv[2], Path(argv[3]))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=1)
    args = parser.parse_args(argv)

    from benchmarks.run import CACHE, scale_database
    from engagetrack.store.database import open_database
    from engagetrack.store.register_copy import copy_register
    from tests.helpers.postgres_server import TEMPLATE, binaries, running_server

    if binaries() is None:
        print("PostgreSQL figures skipped: PostgreSQL is not installed (initdb not found).")
        return 0

    sqlite_db = scale_database(args.scale)
    work = CACHE / "work-postgres"
    work.mkdir(parents=True, exist_ok=True)
    with running_server() as server:
        server.execute(f'CREATE DATABASE "{TEMPLATE}"')
        open_database(server.url(TEMPLATE), create=True).close()
        name = server.create_database(template=TEMPLATE)
        url = server.url(name)
        started = time.perf_counter()
        with open_database(sqlite_db, mode="read") as source, open_database(url) as target:
            copied = copy_register(source, target).total
        copy_seconds = time.perf_counter() - started
        server.execute("ANALYZE", database=name)  # the planner's statistics, as autovacuum would

        samples: dict[tuple[str, str], list[float]] = {}
        for _rep in range(args.reps):
            for _label, probe, _target, _unit in FIGURES:
                for engine, db in (("sqlite", str(sqlite_db)), ("postgresql", url)):
                    if probe == "import_into":
                        # the export of the same engine, just written by the export probe
                        empty = (
                            str(work / "empty.db")
                            if engine == "sqlite"
                            else server.url(server.create_database(template=TEMPLATE))
                        )
                        for leftover in work.glob("empty.db*"):
                            leftover.unlink()
                        _run("export", db, work)
                        value = _run(probe, db, work, BENCH_EMPTY_TARGET=empty)
                    else:
                        value = _run(probe, db, work)
                    samples.setdefault((probe, engine), []).append(value)
        writers = writers_figure(url)

    all_pass = True
    print(f"\nPostgreSQL 15 beside SQLite, scale {args.scale}, {args.reps} repetition(s), medians:")
    print(f"  copy of the register into the server: {copied} rows in {copy_seconds:.1f} s")
    header = ("figure", "PostgreSQL", "SQLite", "target", "result")
    rows = []
    for label, probe, target, unit in FIGURES:
        pg = statistics.median(samples[(probe, "postgresql")])
        lite = statistics.median(samples[(probe, "sqlite")])
        if unit == "ms":
            ok = pg * 1000 < target
            rows.append((label, f"{pg * 1000:.0f} ms", f"{lite * 1000:.0f} ms", f"< {target} ms"))
        else:
            ok = pg / lite <= target
            rows.append((label, f"{pg:.2f} s ({pg / lite:.2f}x)", f"{lite:.2f} s", f"<= {target}x"))
        all_pass &= ok
        rows[-1] = (*rows[-1], "pass" if ok else "FAIL")
    ok = writers["lost"] == 0 and writers["p95"] * 1000 < 50
    all_pass &= ok
    rows.append(
        (
            f"{WRITERS} writers x {EDITS} edits: lost {writers['lost']}, refused"
            f" {writers['refused']}, committed {writers['committed']}",
            f"p95 {writers['p95'] * 1000:.1f} ms",
            "",
            "0 lost, p95 < 50 ms",
            "pass" if ok else "FAIL",
        )
    )
    widths = [max(len(r[i]) for r in [*rows, header]) for i in range(5)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    return 0 if all_pass else 1


if __name__ == "__main__":
    sys.exit(main())
