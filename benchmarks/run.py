"""`make bench`: every SPEC §7 figure beside its baseline, in one run, as medians and ratios.

Each measurement runs in a fresh subprocess (so launch times include imports and peak memory
is the process's own), several times; the table prints medians, the ratio to the baseline
measured in the same run, and pass/fail against the target.

    python -m benchmarks.run --scale 10000 [--reps 3]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache"


@dataclass(frozen=True)
class Figure:
    name: str
    probe: str
    baseline: str | None
    target: float | None  # a ratio when there is a baseline, else ms or MB; None: a floor
    unit: str  # "x", "ms" or "MB"
    key: str = "seconds"  # which of the probe's timings


FIGURES = (
    Figure(
        "launch to usable Dashboard (from process start)",
        "launch_app",
        "launch_bare",
        2.0,
        "x",
        key="from_start",
    ),
    Figure(
        "filter as the user types (worst table, per keystroke)", "filter_tables", None, 100, "ms"
    ),
    Figure("sort a 100,000+ row table (worst column)", "sort_tables", None, 300, "ms"),
    Figure("open an organization's detail panel", "detail_panel", None, 100, "ms"),
    Figure("full ministerial export", "export", "export_baseline", 0.8, "x"),
    # the physical floors: the libraries alone on the same cells, against the same baseline
    Figure("  floor: XlsxWriter alone, same cells", "export_floor", "export_baseline", None, "x"),
    Figure("import of that workbook into an empty database", "import", "import_baseline", 0.5, "x"),
    Figure(
        "  floor: python-calamine alone, every cell", "import_floor", "import_baseline", None, "x"
    ),
    Figure("peak memory: window open", "launch_app", None, 500, "MB"),
    Figure("peak memory: export", "export", None, 500, "MB"),
    Figure("peak memory: import", "import", None, 500, "MB"),
)


def scale_database(scale: int) -> Path:
    """The cached synthetic database for this scale, generated once."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"scale-{scale}.db"
    if not path.exists():
        print(f"Generating the scale-{scale} database (once; cached in {CACHE})...", flush=True)
        partial = path.with_suffix(".partial.db")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "engagetrack",
                "generate",
                "--scale",
                str(scale),
                "--db",
                str(partial),
            ],
            check=True,
        )
        for suffix in ("-wal", "-shm", ".lock"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
    # a cache made by an older schema is brought up to date once (the probes open it read-only)
    from engagetrack.store.database import open_database

    open_database(path, daily_backup=False).close()
    shutil.rmtree(CACHE / "backups", ignore_errors=True)  # the pre-migration copy
    return path


def run_probe(probe: str, db: Path, work: Path) -> dict[str, float]:
    # settings of their own: the developer's remembered tab or window size must not count
    config = work / "config"
    shutil.rmtree(config, ignore_errors=True)
    config.mkdir(parents=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    env.pop("ENGAGETRACK_LANG", None)
    spawned = time.monotonic()  # one clock for all processes (CLOCK_MONOTONIC, QPC)
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes", probe, str(db), str(work)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode != 0:
        raise RuntimeError(f"probe {probe} failed:\n{result.stderr[-3000:]}")
    found = dict(json.loads(result.stdout.strip().splitlines()[-1]))
    if "ready_at" in found:
        # launch as the user waits for it: from starting the program to the painted window
        found["from_start"] = found["ready_at"] - spawned
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--no-bundle", action="store_true", help="skip the bundle's figures")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated probe names (e.g. export,import): only the figures they give",
    )
    args = parser.parse_args(argv)
    only = {name for name in args.only.split(",") if name}
    figures = [f for f in FIGURES if not only or f.probe.split("_")[0] in only]
    db = scale_database(args.scale)
    # an installed copy runs from bytecode (pip compiles it at install); a checkout with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module at every launch
    compileall.compile_dir(ROOT / "engagetrack", quiet=1)
    work = CACHE / "work"
    work.mkdir(parents=True, exist_ok=True)

    probes = sorted({f.probe for f in figures} | {f.baseline for f in figures if f.baseline})
    # the export writes the workbook the other workbook probes read: it runs first
    probes.sort(key=lambda p: p != "export")
    samples: dict[str, list[dict[str, float]]] = {p: [] for p in probes}
    started = time.perf_counter()
    for rep in range(args.reps):
        for probe in probes:  # interleaved, so drift in machine load hits both sides alike
            samples[probe].append(run_probe(probe, db, work))
        print(f"  repetition {rep + 1}/{args.reps} done", flush=True)

    def median(probe: str, key: str) -> float:
        return statistics.median(s[key] for s in samples[probe])

    rows = []
    all_pass = True
    for f in figures:
        limit = float("inf") if f.target is None else f.target
        if f.unit == "MB":
            value = median(f.probe, "peak_mb")
            shown, base, ok = f"{value:.0f} MB", "", value < limit
        elif f.unit == "ms":
            value = median(f.probe, "seconds") * 1000
            shown, base, ok = f"{value:.0f} ms", "", value < limit
        else:
            mine, theirs = median(f.probe, f.key), median(f.baseline or "", f.key)
            ratio = mine / theirs
            shown, base = f"{mine:.2f} s ({ratio:.2f}x)", f"{theirs:.2f} s"
            ok = f.target is None or ratio <= f.target
        if f.target is None:
            rows.append((f.name, shown, base, "", "floor"))
            continue
        target = f"<= {f.target}x" if f.unit == "x" else f"< {f.target:g} {f.unit}"
        all_pass &= ok
        rows.append((f.name, shown, base, target, "pass" if ok else "FAIL"))

    widths = [
        max(len(r[i]) for r in [*rows, ("figure", "measured", "baseline", "target", "result")])
        for i in range(5)
    ]
    header = ("figure", "measured", "baseline", "target", "result")
    print(
        f"\nScale {args.scale}, {args.reps} repetitions, medians ({time.perf_counter() - started:.0f} s):"
    )
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    if "launch_app" in samples:
        mine, theirs = median("launch_app", "seconds"), median("launch_bare", "seconds")
        lists = median("launch_app", "lists_seconds")
        print(
            f"For information: launch counted from after the interpreter's own start-up,"
            f" {mine:.2f} s against {theirs:.2f} s ({mine / theirs:.2f}x); the Dashboard's lists"
            f" were on screen {lists:.2f} s after launch."
        )
    if not only and not args.no_bundle and sys.platform.startswith("linux"):
        from benchmarks import bundle

        all_pass &= bundle.report()
    return 0 if all_pass else 1


if __name__ == "__main__":
    sys.exit(main())
