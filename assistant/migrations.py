"""The journal's schema and its ordered, idempotent migrations (recorded in journal_migrations)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    column,
    select,
    table,
    text,
    update,
)

from assistant.errors import JournalError
from assistant.owners import LOCAL_OWNER  # the owner of every entry in local mode

OWNER_MAX = 80
OWNER_SETTING = "unsent.owner"
"""The PostgreSQL setting that row-level security compares each row's owner with."""

# Only used to serialise concurrent migrations on PostgreSQL (pg_advisory_xact_lock).
_PG_LOCK_KEY = 0x756E73656E74


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC on every backend; always hands back an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(
        self, value: dt.datetime | None, dialect: Any
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("journal timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Any
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


metadata = MetaData()

# The current shape of the tables, after every migration below has run.
migrations_table = Table(
    "journal_migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", UTCDateTime(), nullable=False),
)

entries = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("data", Text, nullable=False),
    Column("feeling", Integer, nullable=True),
    Column("owner", String(OWNER_MAX), nullable=False, server_default=LOCAL_OWNER),
    sqlite_autoincrement=True,
)


def m001_initial(conn: Connection) -> None:
    """One table of entries: a kind, a UTC timestamp and the validated payload as JSON."""
    md = MetaData()
    t = Table(
        "entries",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("kind", String(16), nullable=False),
        Column("created_at", UTCDateTime(), nullable=False),
        Column("data", Text, nullable=False),
        # AUTOINCREMENT: ids are never reused, even after delete-everything.
        sqlite_autoincrement=True,
    )
    Index("ix_entries_created", t.c.created_at, t.c.id)
    Index("ix_entries_kind_created", t.c.kind, t.c.created_at, t.c.id)
    md.create_all(conn)


def m002_feeling(conn: Connection) -> None:
    """A feeling column (check-in healing, contact feeling) so the mood chart skips the JSON."""
    conn.execute(text("ALTER TABLE entries ADD COLUMN feeling INTEGER"))
    old = table("entries", column("id"), column("kind"), column("data"), column("feeling"))
    rows = conn.execute(
        select(old.c.id, old.c.kind, old.c.data).where(old.c.kind.in_(("checkin", "contact")))
    ).all()
    for row_id, kind, data in rows:
        value = feeling_of(kind, json.loads(data))
        if value is not None:
            conn.execute(update(old).where(old.c.id == row_id).values(feeling=value))
    conn.execute(
        text(
            "CREATE INDEX ix_entries_mood ON entries (created_at, id, feeling, kind) "
            "WHERE feeling IS NOT NULL"
        )
    )


def feeling_of(kind: str, data: dict[str, Any]) -> int | None:
    """The 0–10 mood an entry records, if any: a check-in's healing or a contact's feeling."""
    value: Any = None
    if kind == "checkin":
        value = data.get("checkin", {}).get("healing")
    elif kind == "contact":
        value = data.get("outcome", {}).get("feeling")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def m003_owner(conn: Connection) -> None:
    """Every entry belongs to someone (existing ones to the local owner); on PostgreSQL,
    row-level security (forced, so it binds the table's owner too) keeps each owner's rows
    to a transaction that set ``unsent.owner`` to that owner."""
    conn.execute(
        text(
            f"ALTER TABLE entries ADD COLUMN owner VARCHAR({OWNER_MAX}) NOT NULL "
            f"DEFAULT '{LOCAL_OWNER}'"
        )
    )
    conn.execute(text("CREATE INDEX ix_entries_owner_created ON entries (owner, created_at, id)"))
    conn.execute(
        text("CREATE INDEX ix_entries_owner_kind ON entries (owner, kind, created_at, id)")
    )
    if conn.dialect.name == "postgresql":
        same_owner = f"owner = current_setting('{OWNER_SETTING}', true)"
        conn.execute(text("ALTER TABLE entries ENABLE ROW LEVEL SECURITY"))
        conn.execute(text("ALTER TABLE entries FORCE ROW LEVEL SECURITY"))
        conn.execute(
            text(
                f"CREATE POLICY entries_owner ON entries USING ({same_owner}) "
                f"WITH CHECK ({same_owner})"
            )
        )


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (m001_initial, m002_feeling, m003_owner)
MIGRATION_NAMES: tuple[str, ...] = tuple(m.__name__ for m in MIGRATIONS)


def _applied(conn: Connection) -> set[str]:
    if not conn.dialect.has_table(conn, "journal_migrations"):
        return set()
    return set(conn.execute(select(migrations_table.c.name)).scalars())


def _check_known(applied: set[str]) -> None:
    unknown = sorted(applied - set(MIGRATION_NAMES))
    if unknown:
        raise JournalError(
            "This journal was written by a newer version of Unsent "
            f"(it has {', '.join(unknown)}). Update Unsent before opening it; "
            "nothing was changed."
        )


def migrate(engine: Engine, write_engine: Engine, upto: str | None = None) -> list[str]:
    """Apply the missing migrations in order, each in its own transaction; returns their names.

    ``upto`` stops after the named migration (for tests that need an old schema).
    """
    with engine.connect() as conn:
        applied = _applied(conn)
    _check_known(applied)
    wanted = MIGRATIONS
    if upto is not None:
        wanted = MIGRATIONS[: MIGRATION_NAMES.index(upto) + 1]
    if all(m.__name__ in applied for m in wanted):
        return []  # the fast path never writes, so a read-only journal still opens
    done: list[str] = []
    for migration in wanted:
        with write_engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            migrations_table.create(conn, checkfirst=True)
            # Re-read under the write lock: another process may have migrated meanwhile.
            applied = _applied(conn)
            _check_known(applied)
            if migration.__name__ in applied:
                continue
            migration(conn)
            conn.execute(
                migrations_table.insert().values(
                    name=migration.__name__, applied_at=dt.datetime.now(dt.UTC)
                )
            )
            done.append(migration.__name__)
    return done
