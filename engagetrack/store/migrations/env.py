"""Alembic environment: always run programmatically with a connection handed in."""

from alembic import context

from engagetrack.store.models import Base
from engagetrack.store.schema import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for developers running alembic by hand
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
