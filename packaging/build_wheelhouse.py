"""`make wheelhouse`: every wheel EngageTrack needs, for offline installs with hashes checked.

    python packaging/build_wheelhouse.py [--out dist/wheelhouse] [--work build/wheelhouse]
                                         [--target linux-cp311 ...]

Fills the folder with the project's own wheel (stamped with its commit) and the locked
runtime wheels for Windows x64 and Linux x86_64, CPython 3.11 and 3.12; writes the
requirements file that names each with its SHA-256, the install scripts, the SBOM, the
licences and SHA256SUMS. Downloading needs the package index; installing needs only the folder.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from components import ROOT, RUNTIME_LOCK, locked, normalise, project, with_licences, write_stamp
from notices import write_licences, write_sbom
from release import sha256, write_checksums

# pip's platform tags of each target; manylinux wheels as old as 2014 and as new as glibc 2.39
LINUX = ["manylinux2014_x86_64", *(f"manylinux_2_{n}_x86_64" for n in range(17, 40))]
TARGETS = {
    "windows-cp311": (["win_amd64"], "3.11"),
    "windows-cp312": (["win_amd64"], "3.12"),
    "linux-cp311": (LINUX, "3.11"),
    "linux-cp312": (LINUX, "3.12"),
}


def stage_source(work: Path) -> Path:
    """A copy of the project's files (tracked or new, not ignored) with the build stamp and
    licences in the package, so the wheel says which commit it is without touching the tree."""
    src = work / "src"
    shutil.rmtree(src, ignore_errors=True)
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        path = ROOT / name
        if path.is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, src / name)
    write_stamp(src / "engagetrack")
    return src


def build(out: Path, work: Path, targets: list[str]) -> None:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    src = stage_source(work)
    packages = with_licences(locked())
    write_licences(src / "engagetrack" / "THIRD-PARTY-LICENSES.txt", packages)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(src)],
        check=True,
    )
    for target in targets:
        platforms, python = TARGETS[target]
        abi = "cp" + python.replace(".", "")
        subprocess.run(
            [
                *pip,
                "download",
                "-q",
                "--only-binary=:all:",
                "--no-deps",  # the lock names every package; pip adds nothing of its own
                "--require-hashes",
                *(f"--platform={p}" for p in platforms),
                f"--python-version={python}",
                "--implementation=cp",
                f"--abi={abi}",
                "--abi=abi3",
                "--abi=none",
                "-r",
                str(RUNTIME_LOCK),
                "-d",
                str(out),
            ],
            check=True,
        )

    own = next(out.glob("engagetrack-*.whl"))
    version = str(project()["version"])
    # the runtime lock as it is, plus the project's own wheel by its hash
    (out / "requirements.txt").write_text(
        RUNTIME_LOCK.read_text(encoding="utf-8")
        + f"engagetrack=={version} \\\n    --hash=sha256:{sha256(own)}\n",
        encoding="utf-8",
    )
    for script in ("install-offline.sh", "install-offline.bat"):
        shutil.copy2(ROOT / "packaging" / script, out / script)

    # the SBOM names the exact files in this folder, each with its own hash; a package none
    # of these targets needs (tzdata is for Windows only) is not in the folder, nor in it
    wheels = sorted(out.glob("*.whl"))
    for c in packages:
        files = [w for w in wheels if normalise(w.name.split("-")[0]) == c.name]
        c.hashes = [sha256(w) for w in files]
    packages = [c for c in packages if c.hashes]
    stamp = (src / "engagetrack" / "_build.json").read_text(encoding="utf-8")
    import json

    app = {
        **json.loads(stamp),
        "licence": str(project()["license"]),
        "artifact": "wheelhouse " + " ".join(targets),
    }
    write_sbom(out / "sbom.cdx.json", app, packages)
    shutil.copy2(src / "engagetrack" / "THIRD-PARTY-LICENSES.txt", out)
    write_checksums([p for p in sorted(out.iterdir()) if p.is_file()], out / "SHA256SUMS")
    total = sum(p.stat().st_size for p in out.iterdir()) / 1e6
    print(f"{out}  ({len(wheels)} wheels, {total:.0f} MB, targets: {', '.join(targets)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "wheelhouse")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "wheelhouse")
    parser.add_argument(
        "--target", action="append", choices=sorted(TARGETS), help="default: all four"
    )
    args = parser.parse_args(argv)
    build(args.out.resolve(), args.work.resolve(), args.target or list(TARGETS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
