"""The services tests run on SQLite and on PostgreSQL (see tests/conftest.py)."""

ENGINES = "both"
