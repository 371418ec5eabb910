"""What a release is made of: the locked runtime packages, their licences, and the stamp.

Shared by the bundle and wheelhouse builds, which turn it into the SBOM and the licence file.
The runtime packages are exactly those of requirements/runtime.txt; their licence texts come
from the copies installed in the build environment (the same versions: make installs the lock).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_LOCK = ROOT / "requirements" / "runtime.txt"
LICENCE_FILES = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
# Packages whose wheels carry no licence text: theirs is in packaging/licences/
QT_PACKAGES = {"pyside6-essentials", "pyside6-addons", "shiboken6"}


@dataclass
class Component:
    name: str
    version: str
    licence: str = "NOASSERTION"
    hashes: list[str] = field(default_factory=list)  # SHA-256, hex
    texts: dict[str, str] = field(default_factory=dict)  # licence file name -> text
    kind: str = "library"
    purl: str | None = None
    note: str = ""


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked(lock: Path = RUNTIME_LOCK) -> list[Component]:
    """The packages pinned in a lock file, with every hash it accepts."""
    text = lock.read_text(encoding="utf-8").replace("\\\n", " ")
    found = []
    for line in text.splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        if match:
            name, version = match.groups()
            found.append(
                Component(
                    name=normalise(name),
                    version=version,
                    hashes=re.findall(r"--hash=sha256:([0-9a-f]{64})", line),
                    purl=f"pkg:pypi/{normalise(name)}@{version}",
                )
            )
    return found


def with_licences(components: list[Component]) -> list[Component]:
    """Each component's declared licence and licence texts, from its installed metadata."""
    for c in components:
        try:
            dist = metadata.distribution(c.name)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"{c.name} is not installed here: run `make` first") from None
        if dist.version != c.version:
            raise SystemExit(f"{c.name} {dist.version} is installed, the lock says {c.version}")
        meta = dist.metadata
        c.licence = (
            meta.get("License-Expression")
            or _short(meta.get("License"))
            or _classifier(meta.get_all("Classifier") or [])
            or "NOASSERTION"
        )
        for f in dist.files or []:
            if LICENCE_FILES.search(f.name) and ".dist-info" in str(f):
                c.texts[f.name] = Path(str(dist.locate_file(f))).read_text(
                    encoding="utf-8", errors="replace"
                )
        if c.name in QT_PACKAGES:
            c.licence = "LGPL-3.0-only"  # of the three it is offered under, the one we use
            c.note = "Qt for Python; see the Qt and PySide6 section"
    return components


def _short(text: str | None) -> str | None:
    # some packages put the whole licence text in License:, others a name
    if not text or "\n" in text.strip() or len(text) > 80:
        return None
    return text.strip()


def _classifier(classifiers: list[str]) -> str | None:
    names = [c.split("::")[-1].strip() for c in classifiers if c.startswith("License ::")]
    return " AND ".join(names) or None


def project() -> dict[str, str]:
    return dict(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"])


def commit() -> str:
    """The commit of the source tree being built, "-dirty" if it has uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("-dirty" if changed else "")


def write_stamp(folder: Path) -> dict[str, str]:
    """`_build.json` for engagetrack.build_info: version, commit, time, builder's Python."""
    stamp = {
        "version": str(project()["version"]),
        "commit": commit(),
        "built": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "python": sys.version.split()[0],
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_build.json").write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return stamp
