"""A throwaway PostgreSQL server for tests and benchmarks: initdb in a temporary folder,
listening on 127.0.0.1 only, run as an unprivileged user, removed afterwards.

PostgreSQL refuses to run as root; under root (CI) the server runs as the `postgres` user
that Debian's package creates. Durability is switched off (fsync, synchronous commit): the
data is thrown away with the folder, and the tests measure behaviour, not disks.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OWNER = "engagetrack_owner"  # the superuser initdb makes; runs migrations
PASSWORD_ROLE = "engagetrack_pw"  # the one role that must give a password (scram-sha-256)
TEMPLATE = "engagetrack_template"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl, newest major version first; None when not installed."""
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").is_file():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """One running server; `url(name)` names a database on it, `create_database` makes one."""

    bin: Path
    root: Path
    port: int = field(default_factory=_free_port)
    _count: int = 0

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str | Path) -> None:
        user = "postgres" if os.geteuid() == 0 else None
        subprocess.run(
            [str(a) for a in args],
            check=True,
            capture_output=True,
            user=user,
            cwd=self.root,
        )

    def start(self) -> None:
        self.data.mkdir(mode=0o700)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.data, "postgres")
        self._run(
            self.bin / "initdb",
            *("-D", self.data, "-U", OWNER, "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust"),
        )
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
        )
        options = " ".join(
            (
                "-c listen_addresses=127.0.0.1",
                f"-p {self.port}",
                f"-k {self.data}",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "-c max_connections=120",
            )
        )
        self._run(
            self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.root / "log", "-w",
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")

    def url(self, database: str, user: str = OWNER, password: str | None = None) -> str:
        who = user if password is None else f"{user}:{password}"
        return f"postgresql+psycopg://{who}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> Any:
        """An autocommit psycopg connection as the owner (CREATE DATABASE, roles)."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=OWNER, dbname=database, autocommit=True
        )

    def execute(self, sql: str, database: str = "postgres") -> None:
        with self.admin(database) as conn:
            conn.execute(sql)

    def new_name(self, prefix: str = "t") -> str:
        self._count += 1
        return f"{prefix}_{os.getpid()}_{self._count}"

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); its name."""
        name = self.new_name()
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    """A started server in a new temporary folder, stopped and removed afterwards."""
    folder = binaries()
    if folder is None:
        raise RuntimeError("PostgreSQL is not installed (initdb not found)")
    root = Path(tempfile.mkdtemp(prefix="engagetrack-pg-"))
    server = PostgresServer(folder, root)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
