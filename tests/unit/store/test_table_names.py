"""store/table_names.py agrees with the models: a renamed table or column fails here, not in
the window's first paint (which reads these names before SQLAlchemy has loaded)."""

from __future__ import annotations

import subprocess
import sys

from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from engagetrack.store.models import Base
from engagetrack.store.table_names import MODEL_TABLES, AlembicVersion


def _columns(names: type) -> dict[str, str]:
    return {k: v for k, v in vars(names).items() if k.isupper() and k != "TABLE"}


def test_every_named_table_and_column_is_in_the_models() -> None:
    assert MODEL_TABLES
    for names in MODEL_TABLES:
        table = Base.metadata.tables[names.TABLE]  # type: ignore[attr-defined]
        for constant, column in _columns(names).items():
            assert column in table.c, f"{names.__name__}.{constant} = {column!r}"


def test_the_version_table_is_alembics() -> None:
    with create_engine("sqlite://").connect() as conn:
        version_table = MigrationContext.configure(conn)._version
    assert version_table.name == AlembicVersion.TABLE
    assert AlembicVersion.VERSION in version_table.c


def test_the_names_module_and_the_fast_paths_load_without_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import engagetrack.store.table_names, engagetrack.services.headline\n"
        "import engagetrack.store.schema_check\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
