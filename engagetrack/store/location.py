"""Where the database lives: the default path, --db and ENGAGETRACK_DB, paths versus URLs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePath

ENV_VAR = "ENGAGETRACK_DB"
DEFAULT_FILE_NAME = "engagetrack.db"


def default_database_path() -> Path:
    """The per-user data folder (platformdirs), e.g. %LOCALAPPDATA%\\EngageTrack on Windows."""
    from platformdirs import user_data_path

    return user_data_path("EngageTrack", appauthor=False) / DEFAULT_FILE_NAME


@dataclass(frozen=True)
class Target:
    """A database to open: a SQLite file path, or any other SQLAlchemy URL."""

    path: Path | None = None
    url: str | None = None

    @property
    def is_file(self) -> bool:
        return self.path is not None

    def describe(self) -> str:
        return str(self.path) if self.path is not None else _hide_password(self.url or "")


def _hide_password(url: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def resolve_target(value: str | os.PathLike[str] | None = None) -> Target:
    """--db wins, then ENGAGETRACK_DB, then the default file."""
    raw = os.fspath(value) if value is not None else os.environ.get(ENV_VAR) or None
    if raw is None:
        return Target(path=default_database_path())
    if "://" in raw:
        if raw.startswith("sqlite:///") and "?" not in raw:
            return Target(path=Path(raw[len("sqlite:///") :]).expanduser())
        return Target(url=raw)
    return Target(path=Path(raw).expanduser())


def sqlite_uri(path: PurePath, *, read_only: bool = False, immutable: bool = False) -> str:
    """The `file:` URI SQLite opens for an absolute path (spaces, accents, `?`, `#` escaped).

    A Windows network path (\\\\server\\share\\...) becomes `file://server/share/...`, which
    SQLite refuses (it accepts no URI authority); the server moves into the path instead,
    as `file:////server/share/...`.
    """
    uri = path.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]
    if immutable:  # a read-only folder where nobody writes (store/immutable.py)
        return uri + "?mode=ro&immutable=1"
    return uri + ("?mode=ro" if read_only else "")
