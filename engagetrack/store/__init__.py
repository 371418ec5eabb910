"""Storage: SQLAlchemy models, engine and pragmas, lock file, backups and migrations."""
