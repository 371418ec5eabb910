"""The system libraries PyInstaller copied into a Linux bundle, as SBOM components.

PyInstaller takes the libraries Qt links to (libxcb, fontconfig, glib ...) from the build
machine. On Debian each is traced to its package, version and copyright file; elsewhere
(or for a file no package owns) it is listed with its hash and an unknown licence.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from components import Component
from release import sha256


def bundled_system_libraries(folder: Path) -> list[Component]:
    if not sys.platform.startswith("linux"):
        return []  # Windows and macOS bundles carry only Python's and Qt's own libraries
    internal = folder / "_internal"
    libraries = sorted(
        p
        for p in internal.glob("*.so*")
        if p.is_file() and not p.is_symlink() and not p.name.startswith("libpython")
    )
    found = []
    for lib in libraries:
        package, version = _debian_package(lib.name)
        copyright_file = Path("/usr/share/doc") / package / "copyright" if package else None
        texts = {}
        if copyright_file and copyright_file.is_file():
            texts["copyright"] = copyright_file.read_text(encoding="utf-8", errors="replace")
        found.append(
            Component(
                name=f"{package or 'unowned'}:{lib.name}",
                version=version or "unknown",
                licence="NOASSERTION",
                hashes=[sha256(lib)],
                texts=texts,
                purl=f"pkg:deb/debian/{package}@{version}?arch=amd64" if package else None,
                note=f"system library _internal/{lib.name}, copied from the build machine"
                + (
                    f" (Debian package {package}; licence in its copyright file)" if package else ""
                ),
            )
        )
    return found


def _debian_package(name: str) -> tuple[str | None, str | None]:
    try:
        owner = subprocess.run(
            ["dpkg-query", "-S", f"*/{name}"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None, None
    if owner.returncode != 0 or ":" not in owner.stdout:
        return None, None
    package = owner.stdout.splitlines()[0].split(":")[0].strip()
    shown = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
    )
    return package, shown.stdout.strip() or None
