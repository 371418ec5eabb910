"""Alembic migrations; run by engagetrack.store.schema on open, never by hand."""
