"""Running a program as on an offline workstation: no network (`unshare -n`), an empty
environment (no virtual environment, no PYTHONPATH) and a fresh HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"


def require_offline_runner() -> None:
    """Skip unless `unshare -n` works here (Linux, as root: CI runs so)."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare (util-linux) is not installed")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unshare -n is not allowed here: {probe.stderr.decode()[-200:]}")


def offline_env(home: Path, **extra: str) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), "PATH": SYSTEM_PATH, "LANG": "C.UTF-8", **extra}


def offline(args: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The command line that runs `args` with no network."""
    return ["unshare", "-n", *map(str, args)]


def run_offline(
    args: Sequence[str | os.PathLike[str]],
    home: Path,
    *,
    cwd: Path | None = None,
    timeout: float = 180,
    **extra: str,
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        offline(args),
        env=offline_env(home, **extra),
        cwd=cwd or home,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, f"{list(args)} -> {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done
