"""The program's version and provenance: the commit it was built from, and its licences.

For `engagetrack --version` and Help > About. Imports neither Qt nor SQLAlchemy, so the CLI
can answer `--version` at once. A release build (`make bundle`, `make wheelhouse`) writes
`_build.json` (version, commit) and `THIRD-PARTY-LICENSES.txt` beside this module; a source
checkout has neither, and asks git for the commit instead (a local read, never the network).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD_FILE = HERE / "_build.json"
LICENCES_FILE = "THIRD-PARTY-LICENSES.txt"
UNKNOWN = "unknown"


@cache
def _stamp() -> dict[str, str]:
    """What the release build recorded, or {} in a source checkout (or a damaged file)."""
    try:
        data = json.loads(BUILD_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


@cache
def version() -> str:
    """The release number: the build's stamp, else the installed metadata, else the source's."""
    if "version" in _stamp():
        return _stamp()["version"]
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("engagetrack")
    except PackageNotFoundError:
        from engagetrack import __version__

        return __version__


@cache
def commit() -> str:
    """The commit this copy was built from ("-dirty" when the tree had uncommitted changes),
    else the checkout's current commit, else "unknown". Never raises."""
    return _stamp().get("commit") or _git_commit(HERE.parent) or UNKNOWN


def _git_commit(tree: Path) -> str | None:
    # only a real checkout: an installed copy under some other repository must not borrow
    # that repository's commit
    if not (tree / ".git").exists():
        return None
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    try:
        head = subprocess.run(
            ["git", "-C", str(tree), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            env=env,
            stdin=subprocess.DEVNULL,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = head.stdout.strip()
    return text if head.returncode == 0 and text else None


def built_at() -> str | None:
    """When the release build ran (UTC, ISO 8601), None in a source checkout."""
    return _stamp().get("built") or None


def version_text() -> str:
    """One line: `EngageTrack 0.1.0 (commit 1a2b3c4d5e6f)`."""
    from engagetrack import APP_NAME

    return f"{APP_NAME} {version()} (commit {commit()})"


def licences_path() -> Path | None:
    """The third-party licences shipped with this copy: beside the bundle's program, or
    beside this module (an installed wheel); None in a source checkout."""
    candidates = [HERE / LICENCES_FILE]
    if getattr(sys, "frozen", False):
        candidates.insert(0, Path(sys.executable).resolve().parent / LICENCES_FILE)
    return next((p for p in candidates if p.is_file()), None)


def licences_text() -> str | None:
    """The text of THIRD-PARTY-LICENSES.txt (Qt's LGPL-3.0 notice included), if shipped."""
    path = licences_path()
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def about_lines(register: str | None = None, schema: str | None = None) -> list[str]:
    """The lines of an About box, in English (the window translates its own labels if it
    wants): version and commit, Python and Qt versions, the register and its schema."""
    lines = [version_text()]
    if built_at():
        lines.append(f"Built {built_at()}")
    lines.append(f"Python {sys.version.split()[0]}")
    qt = _qt_version()
    if qt:
        lines.append(f"Qt {qt} (LGPL-3.0), PySide6 (LGPL-3.0)")
    if register is not None:
        lines.append(f"Register: {register}")
    if schema is not None:
        lines.append(f"Schema: {schema}")
    lines.append(
        "Third-party licences: "
        + (str(licences_path()) if licences_path() else "see THIRD-PARTY-LICENSES.txt")
    )
    return lines


def _qt_version() -> str | None:
    # only when the window has loaded Qt already: --version must not pay for importing it
    core = sys.modules.get("PySide6.QtCore")
    return str(core.qVersion()) if core is not None else None
