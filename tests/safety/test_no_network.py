"""No network, ever: the CLI and the window run under a guard that records and refuses any
inet connection or name lookup; Qt's network module must never even be loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GUARD = Path(__file__).with_name("netguard")

WINDOW_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from engagetrack.store.location import Target
from engagetrack.ui.app import run_app
from pathlib import Path
app = QApplication(sys.argv)
def leave():
    for w in QApplication.topLevelWidgets():
        w.close()
    app.quit()
QTimer.singleShot(3000, leave)
code = run_app(Target(path=Path(sys.argv[1])))
loaded = sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork") or m.startswith("PySide6.QtWebEngine"))
print("QT-NETWORK-MODULES", loaded)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(GUARD), env.get("PYTHONPATH", "")])
    env["NET_GUARD_LOG"] = str(tmp_path / "network-attempts.log")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")  # settings and the default data folder stay here
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / "config")
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=180)


def test_guard_itself_catches_a_connection(tmp_path: Path) -> None:
    env = _env(tmp_path)
    probe = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9))\nexcept OSError:\n    pass"
    _run([sys.executable, "-c", probe], env)
    assert (tmp_path / "network-attempts.log").read_text().strip()


def test_cli_and_window_never_touch_the_network(tmp_path: Path) -> None:
    env = _env(tmp_path)
    db = tmp_path / "register.db"
    cli = [sys.executable, "-m", "engagetrack"]
    commands = [
        ["init", "--demo"],
        ["stats", "--json"],
        ["audit", "--limit", "5"],
        ["check"],
        ["backup"],
        ["generate", "--scale", "20"],
    ]
    if (Path(__file__).parents[2] / "engagetrack" / "interchange" / "commands.py").exists():
        commands += [
            ["export", str(tmp_path / "pack.xlsx")],
            ["import", str(tmp_path / "pack.xlsx"), "--dry-run"],
        ]
    for command in commands:
        result = _run([*cli, *command, "--db", str(db)], env)
        assert result.returncode == 0, (command, result.stderr)
    window = _run([sys.executable, "-c", WINDOW_SCRIPT, str(db)], env)
    assert window.returncode == 0, window.stderr
    assert "QT-NETWORK-MODULES []" in window.stdout
    log = tmp_path / "network-attempts.log"
    assert not log.exists() or not log.read_text().strip(), log.read_text()
