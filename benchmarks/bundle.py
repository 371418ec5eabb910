"""`make bench`, bundle part: the Linux bundle's size and its start beside the venv's, one run.

Builds the bundle (packaging/build_bundle.py) into benchmarks/.cache/bundle, then times the
same command, `stats --json` on a demo register (the start-up a user waits for before any
answer: Python, the program's modules, SQLAlchemy, the register opened), from the bundle and
from this virtual environment's `engagetrack` script, interleaved. Cold: the page cache is
dropped before each start where the system allows it (root on Linux), else the starts are warm
and the table says so.

    python -m benchmarks.bundle [--reps 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache" / "bundle"
FOLDER_MB, ZIP_MB, START_RATIO = 200, 90, 1.5
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def _drop_caches() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def _start(command: list[str], env: dict[str, str], cold: bool) -> float:
    if cold:
        _drop_caches()
    began = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - began


def _size_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def report(reps: int = 5) -> bool:
    """Print the table; True when every figure meets its target."""
    dist = CACHE / "dist"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_bundle.py"),
            "--dist",
            str(dist),
            "--work",
            str(CACHE / "work"),
        ],
        check=True,
        capture_output=True,
    )
    folder = dist / "EngageTrack"
    (archive,) = dist.glob("EngageTrack-*.zip")
    home = CACHE / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    bundle = [str(folder / "EngageTrack"), "stats", "--json"]
    venv = [str(Path(sys.executable).with_name("engagetrack")), "stats", "--json"]
    subprocess.run([*bundle[:1], "init", "--demo"], env=env, capture_output=True)
    cold = _drop_caches()
    times: dict[str, list[float]] = {"bundle": [], "venv": []}
    for _ in range(reps):  # interleaved: drift in the machine's load hits both alike
        times["bundle"].append(_start(bundle, env, cold))
        times["venv"].append(_start(venv, env, cold))
    b, v = statistics.median(times["bundle"]), statistics.median(times["venv"])
    folder_mb, zip_mb = _size_mb(folder), archive.stat().st_size / 1e6
    rows = [
        ("bundle folder", f"{folder_mb:.0f} MB", "", f"<= {FOLDER_MB} MB", folder_mb <= FOLDER_MB),
        ("bundle zip", f"{zip_mb:.0f} MB", "", f"<= {ZIP_MB} MB", zip_mb <= ZIP_MB),
        (
            f"{'cold' if cold else 'warm'} start, stats --json",
            f"{b:.2f} s ({b / v:.2f}x)",
            f"venv {v:.2f} s",
            f"<= {START_RATIO}x",
            b / v <= START_RATIO,
        ),
    ]
    print(f"\nBundle ({archive.name}), {reps} starts each, medians:")
    for name, shown, base, target, ok in rows:
        print(f"  {name:28} {shown:16} {base:14} {target:10} {'pass' if ok else 'FAIL'}")
    return all(r[4] for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=5)
    return 0 if report(parser.parse_args(argv).reps) else 1


if __name__ == "__main__":
    sys.exit(main())
