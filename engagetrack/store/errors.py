"""Errors the store raises; each message is one plain sentence a user can act on."""

from __future__ import annotations


class StoreError(Exception):
    """A database file problem that the user can act on (message is user-facing)."""


class MissingDatabaseError(StoreError):
    pass


class NotADatabaseError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class DatabaseLockedError(StoreError):
    pass


class ReadOnlyFileError(StoreError):
    """The file (or its folder) cannot be written; it can still be opened read-only."""


class ReadOnlyDatabaseError(StoreError):
    """A write was attempted on a database that was opened read-only."""


class BackupError(StoreError):
    pass


class PasswordRequiredError(StoreError):
    """The server asks for a password that neither the URL nor libpq's own means (.pgpass,
    PGPASSFILE) gave, or refused the one given; the window asks for it and tries again."""


class StaleRecordError(StoreError):
    """An edit was based on a copy of the record that someone else has changed since; the
    message names who and when, and nothing was written."""
