"""The team server's word-search indexes fold accents by decomposing the text and removing
its combining marks, instead of `translate` over a table of 261 accented letters: the same
words for French and English text, found the same way, at a tenth of the server's cost to
index a row (translate looks every character up in the whole table; a server import spent
three quarters of its time there). SQLite's FTS5 tables are not concerned.

Revision ID: 0006
Revises: 0005
"""

import unicodedata

from alembic import op

from engagetrack.store.fulltext import INDEXES, FullTextIndex

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in INDEXES:
        for statement in (
            *index.postgresql_drop_statements(),
            *index.postgresql_create_statements(),
        ):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in INDEXES:
        for statement in index.postgresql_drop_statements():
            op.execute(statement)
        op.execute(
            f"CREATE INDEX {index.name} ON {index.source}"
            f" USING gin (to_tsvector('simple'::regconfig, {_translated(index)}))"
        )


def _translated(index: FullTextIndex) -> str:
    """The indexed text as revision 0005 defined it (kept here: the program no longer uses
    it, and an older program's queries must find their index again)."""
    source, target = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            source.append(char)
            target.append(base.lower())
    joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in index.columns)
    return f"translate(lower({joined}), '{''.join(source)}', '{''.join(target)}')"
