"""The private journal: check-ins, urges, drafts, letters, contacts and reflections."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Engine, create_engine, delete, event, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, registry, with_loader_criteria
from sqlalchemy.pool import StaticPool

from assistant.config import data_dir
from assistant.errors import JournalError
from assistant.gate import CheckIn, Verdict
from assistant.migrations import (
    OWNER_MAX,
    OWNER_SETTING,
    entries,
    feeling_of,
    migrate,
)
from assistant.owners import LOCAL_OWNER
from assistant.reflection import RESPONSE_LABELS, Outcome, ReflectionPlan

EntryKind = Literal["checkin", "urge", "draft", "letter", "contact", "reflection"]
ENTRY_KINDS: tuple[str, ...] = get_args(EntryKind)

MAX_TEXT = 20_000
"""The most characters any one text field of an entry may hold."""
MAX_ENTRY_BYTES = 256_000
"""The most bytes one entry's JSON may take (many fields at their maximum still fit)."""
MAX_SHORT = 200

KIND_LABELS: dict[str, str] = {
    "checkin": "Check-in",
    "urge": "Urge to text",
    "draft": "Draft",
    "letter": "Unsent letter",
    "contact": "Contact",
    "reflection": "Reflection",
}


class InvalidEntry(JournalError, ValueError):
    """A value the journal won't store (too long, a NUL byte, out of range); nothing was saved."""

    def __init__(self, message: str, field: str = "") -> None:
        self.field = field
        super().__init__(message)


class Entry(BaseModel):
    """One journal entry; ``data`` is its validated payload as plain JSON values:

    checkin: {checkin, verdict} (CheckIn and Verdict dumps) · urge: {note, intensity} ·
    draft / letter: {text, engine, sent, recipient, citations} ·
    contact: {outcome (Outcome dump), plan (ReflectionPlan dump or None)} ·
    reflection: {plan, notes}.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    kind: str
    created_at: dt.datetime
    data: dict[str, Any]


class MoodPoint(BaseModel):
    """A point on the mood chart: a check-in's healing or a contact's feeling (0–10)."""

    model_config = ConfigDict(frozen=True)

    at: dt.datetime
    feeling: int
    source: Literal["checkin", "contact"]


# Payload shapes, one per kind; Entry.data holds exactly these fields.
class _CheckinData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    checkin: CheckIn
    verdict: Verdict


class _UrgeData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: str = Field(default="", max_length=MAX_TEXT)
    intensity: int = Field(ge=0, le=10, strict=True)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("there is no text to save")
    return value


class _DraftData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_not_blank)]
    engine: Literal["llm", "guide"]
    sent: bool = Field(default=False, strict=True)
    recipient: str = Field(default="", max_length=MAX_SHORT, pattern=r"^[^\r\n]*$")
    citations: list[str] = Field(default_factory=list, max_length=50)


class _ContactData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    outcome: Outcome
    plan: ReflectionPlan | None = None


class _ReflectionData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    plan: ReflectionPlan
    notes: str = Field(default="", max_length=MAX_TEXT)


_PAYLOADS: dict[str, type[BaseModel]] = {
    "checkin": _CheckinData,
    "urge": _UrgeData,
    "draft": _DraftData,
    "letter": _DraftData,
    "contact": _ContactData,
    "reflection": _ReflectionData,
}


def _field_name(loc: Sequence[int | str]) -> str:
    return ".".join(str(p) for p in loc) or "entry"


def _check_strings(value: Any, loc: tuple[int | str, ...] = ()) -> None:
    """Every string: at most MAX_TEXT characters, no NUL, valid Unicode (no lone surrogates)."""
    if isinstance(value, str):
        name = _field_name(loc)
        if len(value) > MAX_TEXT:
            raise InvalidEntry(
                f"{name} is too long: {len(value):,} characters, and the journal keeps at "
                f"most {MAX_TEXT:,} in one field. Nothing was saved; shorten it and try again.",
                name,
            )
        if "\x00" in value:
            raise InvalidEntry(
                f"{name} contains a NUL character (\\x00), which the journal doesn't store. "
                "Nothing was saved; remove it and try again.",
                name,
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidEntry(
                f"{name} contains characters that aren't valid text. Nothing was saved.", name
            ) from None
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_strings(k, loc)
            _check_strings(v, (*loc, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_strings(v, (*loc, i))


def _validate(kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a payload for ``kind``; return it as JSON-ready data or raise InvalidEntry."""
    model = _PAYLOADS.get(kind)
    if model is None:
        raise InvalidEntry(f"Unknown kind of entry {kind!r}.", "kind")
    # Strings are checked before pydantic so a huge or NUL-laden text gets the plain message.
    _check_strings(payload)
    try:
        data: dict[str, Any] = model.model_validate(payload).model_dump(mode="json")
    except ValidationError as exc:
        err = exc.errors(include_url=False, include_input=False)[0]
        name = _field_name(err["loc"])
        raise InvalidEntry(
            f"That entry wasn't saved: {name}: {err['msg']}.", name
        ) from None
    _check_strings(data)
    return data


def _plain(model: Any) -> Any:
    """A pydantic model as plain data (re-validated later), so a model_construct()ed value
    with an out-of-range field can't slip through unchecked."""
    if isinstance(model, BaseModel):
        return model.model_dump(mode="json", warnings=False)
    return model


def _encode(data: dict[str, Any]) -> str:
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    size = len(blob.encode("utf-8"))
    if size > MAX_ENTRY_BYTES:
        raise InvalidEntry(
            f"That entry is too large to save ({size:,} bytes; the most is "
            f"{MAX_ENTRY_BYTES:,}). Nothing was saved.",
            "entry",
        )
    return blob


def _as_utc(when: dt.datetime | dt.date) -> dt.datetime:
    """A datetime in UTC; a naive one is taken as UTC, a date as midnight UTC."""
    if not isinstance(when, dt.datetime):
        return dt.datetime(when.year, when.month, when.day, tzinfo=dt.UTC)
    if when.tzinfo is None:
        return when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)


# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = (
    10, 11, 13, 14, 26
)


def _explain(exc: BaseException, action: str, where: str, busy_timeout: float) -> str:
    """A plain sentence for a database failure; never includes the entry's text."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    nothing = "Nothing was saved." if action.startswith("save") else ""
    if isinstance(code, int):
        primary = code & 0xFF
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return (
                f"Couldn't {action}: the journal is in use by another window or program and "
                f"stayed locked for {busy_timeout:g} seconds. {nothing} Try again in a moment."
            )
        if primary in (_SQLITE_READONLY, _SQLITE_PERM):
            return (
                f"Couldn't {action}: the journal at {where} is read-only (check the file and "
                f"folder permissions, or that the disk isn't mounted read-only). {nothing}"
            )
        if primary == _SQLITE_FULL:
            return (
                f"Couldn't {action}: the disk holding the journal ({where}) is full. "
                f"{nothing} Free some space and try again."
            )
        if primary == _SQLITE_CANTOPEN:
            return f"Couldn't {action}: the journal file at {where} can't be opened."
        if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return (
                f"Couldn't {action}: {where} isn't an Unsent journal, or it is damaged. "
                "Nothing was changed."
            )
        if primary == _SQLITE_IOERR:
            return f"Couldn't {action}: the disk reported an error reading or writing {where}."
    if sqlstate:
        if sqlstate == "53100":
            return f"Couldn't {action}: the database server's disk is full. {nothing}"
        if sqlstate == "25006":
            return f"Couldn't {action}: the journal database at {where} is read-only. {nothing}"
        if sqlstate in ("55P03", "40P01", "57014"):
            return (
                f"Couldn't {action}: the journal database was busy and the wait timed out. "
                f"{nothing} Try again in a moment."
            )
        if sqlstate.startswith("28") or sqlstate == "42501":
            return f"Couldn't {action}: the database at {where} refused access (check the URL)."
        if sqlstate == "3D000":
            return f"Couldn't {action}: the database named in {where} doesn't exist."
        if sqlstate.startswith("08"):
            return f"Couldn't {action}: can't reach the journal database at {where}."
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return f"Couldn't {action}: the connection to the journal database at {where} was lost."
    if type(orig).__name__ == "OperationalError" and not isinstance(code, int):
        return f"Couldn't {action}: can't reach the journal database at {where}."
    return f"Couldn't {action}: the journal database at {where} reported an error. {nothing}"


def _tighten(path: Path, allowed: int) -> None:
    """Drop group and other permission bits from something we own (never adds any)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return
    mode = stat.S_IMODE(st.st_mode)
    if st.st_uid == os.getuid() and mode & ~allowed:
        os.chmod(path, mode & allowed)


def _prepare_sqlite_file(url: URL) -> None:
    """Create the folder (0700) and an empty file (0600) before SQLite does, so the journal is
    never readable by others, not even for a moment; tighten an existing file's mode."""
    database = url.database or ""
    if database in ("", ":memory:") or url.query.get("mode") in ("ro", "memory"):
        return
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    path = Path(database)
    missing = []
    parent = path.parent
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # another process made it a moment ago
        os.chmod(folder, 0o700)
    if path.parent.resolve() == data_dir().resolve():
        # Unsent's own folder is always private; a folder the person chose is left alone.
        _tighten(path.parent, 0o700)
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        _tighten(candidate, 0o700)
    if not path.exists():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return  # another process created it first; SQLite will open theirs
        os.fchmod(fd, 0o600)
        os.close(fd)


def _enable_wal(cur: sqlite3.Cursor, busy_timeout: float) -> None:
    if cur.execute("PRAGMA journal_mode").fetchone() == ("wal",):
        return
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            if code == _SQLITE_READONLY:
                return  # a read-only copy still opens, for reading
            # Switching a new file to WAL can report "busy" at once, without the busy
            # handler, while another process is switching it too.
            if code not in (_SQLITE_BUSY, _SQLITE_LOCKED) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _sqlite_engine(url: URL, busy_timeout: float) -> Engine:
    memory = (url.database or ":memory:") == ":memory:" or url.query.get("mode") == "memory"
    read_only = url.query.get("mode") == "ro"
    kwargs: dict[str, Any] = {}
    if memory:
        kwargs["poolclass"] = StaticPool
    engine = create_engine(
        url,
        hide_parameters=True,
        connect_args={"timeout": busy_timeout, "check_same_thread": False},
        **kwargs,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # The driver's own implicit BEGIN is switched off: the "begin" hook below emits it,
        # IMMEDIATE for writes, so a writer waits for the lock instead of failing to upgrade.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        if not read_only and not memory:
            _enable_wal(cur, busy_timeout)
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten with zeros, not just marked free.
        cur.execute("PRAGMA secure_delete = ON")
        # VACUUM's scratch copy of the journal stays in memory, not in a file under /tmp.
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("unsent_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _open_engine(url: URL, busy_timeout: float) -> Engine:
    if url.get_backend_name() == "sqlite":
        if url.database and url.database.startswith("~"):
            url = url.set(database=str(Path(url.database).expanduser()))
        _prepare_sqlite_file(url)
        return _sqlite_engine(url, busy_timeout)
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = max(1, int(busy_timeout))
        connect_args["options"] = f"-c lock_timeout={int(busy_timeout * 1000)}"
    return create_engine(
        url, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args
    )


class _Row:
    """One row of ``entries``, mapped for the ORM so the owner scoping below applies to it."""

    id: Mapped[int]
    kind: Mapped[str]
    created_at: Mapped[dt.datetime]
    data: Mapped[str]
    feeling: Mapped[int | None]
    owner: Mapped[str]

    def __init__(self, **values: Any) -> None:
        for name, value in values.items():
            setattr(self, name, value)


registry().map_imperatively(_Row, entries)


class _OwnedSession(Session):
    """A session that reads, writes and deletes only its owner's rows (see the hooks below).

    Every query of the journal runs in one of these: the scoping lives here, not in each
    query, so a query written tomorrow is scoped too.
    """

    def __init__(self, owner: str, **kwargs: Any) -> None:
        super().__init__(expire_on_commit=False, **kwargs)
        self.owner = owner


@event.listens_for(_OwnedSession, "do_orm_execute")
def _only_the_owners_rows(state: ORMExecuteState) -> None:
    session = state.session
    assert isinstance(session, _OwnedSession)
    if state.is_insert:
        # Rows are added with session.add(), so before_flush below stamps their owner.
        raise JournalError("Journal rows are added one by one through the session.")
    if state.is_select or state.is_update or state.is_delete:
        state.statement = state.statement.options(
            with_loader_criteria(_Row, _Row.owner == session.owner, include_aliases=True)
        )


@event.listens_for(_OwnedSession, "before_flush")
def _stamp_owner(session: Session, _context: Any, _instances: Any) -> None:
    assert isinstance(session, _OwnedSession)
    for obj in session.new:
        if isinstance(obj, _Row):
            if getattr(obj, "owner", None) not in (None, session.owner):
                raise JournalError("A journal entry can't be saved for someone else.")
            obj.owner = session.owner


@event.listens_for(_OwnedSession, "after_begin")
def _tell_postgres_the_owner(session: Session, _trans: Any, conn: Any) -> None:
    # The second wall: row-level security compares each row's owner with this setting,
    # which lasts for this transaction only (is_local = true).
    assert isinstance(session, _OwnedSession)
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT set_config(:name, :owner, true)"),
                     {"name": OWNER_SETTING, "owner": session.owner})


class RowSecurity(BaseModel):
    """Whether PostgreSQL itself keeps each owner's rows apart for this connection's role."""

    model_config = ConfigDict(frozen=True)

    enforced: bool
    reason: str = ""


def _check_owner(owner: str) -> str:
    if not isinstance(owner, str) or not owner or len(owner) > OWNER_MAX or not owner.isprintable():
        raise JournalError(f"A journal owner is 1 to {OWNER_MAX} printable characters.")
    return owner


class Journal:
    """A journal on one database. Thread-safe; every save is one transaction, committed
    (and on SQLite fsynced) before the method returns."""

    def __init__(self, engine: Engine, where: str, busy_timeout: float,
                 owner: str = LOCAL_OWNER, *, _lock: threading.Lock | None = None) -> None:
        self._engine = engine
        self._writer = engine.execution_options(unsent_begin="IMMEDIATE")
        self._where = where
        self._busy_timeout = busy_timeout
        self._owner = _check_owner(owner)
        self._closed = False
        self._owns_engine = _lock is None
        # Threads of this process take turns here rather than in SQLite's busy handler,
        # which polls with sleeps of up to 100 ms.
        self._write_lock = _lock or threading.Lock()

    @classmethod
    def open(
        cls, url: str, *, owner: str = LOCAL_OWNER, busy_timeout: float = 10.0,
        _upto: str | None = None,
    ) -> Journal:
        """Open ``owner``'s journal at ``url`` (SQLAlchemy URL), creating or migrating it.

        Every read, write, export and delete sees only that owner's entries; the default
        owner is the local one (one person on their own machine).
        """
        _check_owner(owner)
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise JournalError(f"The journal URL {url!r} isn't a database URL.") from None
        if parsed.get_backend_name() == "sqlite":
            where = (parsed.database or "memory").removeprefix("file:").split("?", 1)[0]
            if where.startswith("~"):
                where = str(Path(where).expanduser())
        else:
            where = parsed.render_as_string(hide_password=True)
        try:
            engine = _open_engine(parsed, busy_timeout)
        except NoSuchModuleError:
            raise JournalError(
                f"Unsent can't talk to {parsed.drivername!r} databases (use sqlite:/// or "
                "postgresql+psycopg://)."
            ) from None
        except ModuleNotFoundError as exc:
            raise JournalError(
                f"The database driver {exc.name!r} isn't installed "
                "(for PostgreSQL: pip install 'psycopg[binary]')."
            ) from None
        except OSError as exc:
            raise JournalError(
                f"Couldn't create the journal at {where}: {exc.strerror or exc}."
            ) from None
        journal = cls(engine, where, busy_timeout, owner)
        try:
            with journal._guard("open the journal"):
                migrate(engine, journal._writer, upto=_upto)
        except BaseException:
            engine.dispose()
            raise
        return journal

    def as_owner(self, owner: str) -> Journal:
        """The same database seen as ``owner``'s journal (sharing this one's connections)."""
        return Journal(self._engine, self._where, self._busy_timeout, owner,
                       _lock=self._write_lock)

    @property
    def owner(self) -> str:
        """Whose entries this journal reads and writes."""
        return self._owner

    def row_security(self) -> RowSecurity:
        """On PostgreSQL, whether row-level security binds this connection's role: it is
        enabled and forced on ``entries``, and the role neither owns the table nor is a
        superuser or BYPASSRLS role. SQLite has no such wall."""
        if self._engine.dialect.name != "postgresql":
            return RowSecurity(enforced=False, reason="SQLite has no row-level security.")
        with self._guard("check the journal's row-level security"), \
                self._engine.connect() as conn:
            rls, forced, owns = conn.execute(text(
                "SELECT relrowsecurity, relforcerowsecurity, "
                "pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
                "WHERE oid = 'entries'::regclass"
            )).one()
            bypass = conn.execute(text(
                "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"
            )).scalar_one()
        if not (rls and forced):
            return RowSecurity(enforced=False,
                               reason="row-level security is not enabled and forced on it")
        if bypass:
            return RowSecurity(enforced=False, reason="the app's database role is a superuser "
                               "or has BYPASSRLS, so row-level security doesn't apply to it")
        if owns:
            return RowSecurity(enforced=False, reason="the app's database role owns the table, "
                               "so it could switch row-level security off")
        return RowSecurity(enforced=True)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for tests and benchmarks; pages never use it)."""
        return self._engine

    @property
    def where(self) -> str:
        """Where the journal lives: a file path, or the URL without its password."""
        return self._where

    def close(self) -> None:
        self._closed = True
        if self._owns_engine:
            self._engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        if self._closed:
            raise JournalError("The journal is closed.")
        try:
            yield
        except JournalError:
            raise
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise JournalError(
                " ".join(_explain(exc, action, self._where, self._busy_timeout).split())
            ) from exc

    @contextmanager
    def _locked(self) -> Iterator[None]:
        if self._engine.dialect.name != "sqlite":
            yield  # PostgreSQL locks rows, not the database: writers needn't queue here
            return
        if not self._write_lock.acquire(timeout=self._busy_timeout):
            raise JournalError(
                "The journal is busy with another save and stayed busy for "
                f"{self._busy_timeout:g} seconds. Nothing was saved; try again in a moment."
            )
        try:
            yield
        finally:
            self._write_lock.release()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """A write transaction, committed on leaving; scoped to this journal's owner."""
        with self._locked(), _OwnedSession(self._owner, bind=self._writer) as session:
            with session.begin():
                yield session

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        """A read-only session scoped to this journal's owner."""
        with _OwnedSession(self._owner, bind=self._engine) as session:
            yield session

    # ---- saving

    def _save(self, kind: str, payload: Mapping[str, Any]) -> str:
        data = _validate(kind, payload)
        blob = _encode(data)
        row = _Row(kind=kind, created_at=dt.datetime.now(dt.UTC), data=blob,
                   feeling=feeling_of(kind, data))
        with self._guard("save this entry"), self._transaction() as session:
            session.add(row)
            session.flush()
            new_id = row.id
        return str(new_id)

    def add_checkin(self, checkin: CheckIn, verdict: Verdict) -> str:
        """Save a check-in and the gate's verdict; returns the new entry's id."""
        return self._save("checkin", {"checkin": _plain(checkin), "verdict": _plain(verdict)})

    def add_urge(self, note: str, intensity: int) -> str:
        """Log an urge to text them (not acted on): a note and how strong it was, 0–10."""
        return self._save("urge", {"note": note, "intensity": intensity})

    def add_draft(
        self,
        text: str,
        *,
        engine: Literal["llm", "guide"],
        kind: Literal["draft", "letter"] = "draft",
        sent: bool = False,
        recipient: str = "",
        citations: Sequence[str] = (),
    ) -> str:
        """Save a draft message, or an unsent letter (``kind="letter"``)."""
        if kind not in ("draft", "letter"):
            raise InvalidEntry(f"kind must be 'draft' or 'letter', not {kind!r}.", "kind")
        payload = {
            "text": text,
            "engine": engine,
            "sent": sent,
            "recipient": recipient,
            "citations": list(citations),
        }
        return self._save(kind, payload)

    def add_contact(self, outcome: Outcome, plan: ReflectionPlan | None = None) -> str:
        """Save what happened after contact together with its reflection plan (one row)."""
        return self._save("contact", {"outcome": _plain(outcome), "plan": _plain(plan)})

    def add_reflection(self, plan: ReflectionPlan, notes: str = "") -> str:
        """Save a reflection plan and the person's own notes on it."""
        return self._save("reflection", {"plan": _plain(plan), "notes": notes})

    def import_json(self, exported: str) -> int:
        """Add every entry of an ``export_json()`` text (new ids, original times), all or none."""
        try:
            items = json.loads(exported)
        except (json.JSONDecodeError, RecursionError):
            raise InvalidEntry("That isn't a journal export (not valid JSON).") from None
        if not isinstance(items, list):
            raise InvalidEntry("That isn't a journal export (expected a JSON list).")
        rows = []
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict) or not isinstance(item.get("data"), dict):
                raise InvalidEntry(f"Entry {n} of the export isn't a journal entry.")
            try:
                created = dt.datetime.fromisoformat(str(item.get("created_at")))
            except ValueError:
                raise InvalidEntry(f"Entry {n} of the export has no valid created_at.") from None
            try:
                data = _validate(str(item.get("kind")), item["data"])
            except InvalidEntry as exc:
                raise InvalidEntry(f"Entry {n} of the export: {exc}", exc.field) from None
            kind = str(item["kind"])
            rows.append(
                {
                    "kind": kind,
                    "created_at": _as_utc(created),
                    "data": _encode(data),
                    "feeling": feeling_of(kind, data),
                }
            )
        if rows:
            with self._guard("save this entry"), self._transaction() as session:
                session.add_all([_Row(**row) for row in rows])
        return len(rows)

    # ---- reading

    def entries(
        self,
        kind: str | None = None,
        since: dt.datetime | dt.date | None = None,
        *,
        limit: int | None = None,
    ) -> list[Entry]:
        """Entries newest first; ``kind`` filters, ``since`` keeps those at or after it."""
        if kind is not None and kind not in ENTRY_KINDS:
            raise InvalidEntry(
                f"Unknown kind of entry {kind!r}; one of {', '.join(ENTRY_KINDS)}.", "kind"
            )
        if limit is not None and limit < 0:
            raise InvalidEntry("limit can't be negative.", "limit")
        query = select(_Row.id, _Row.kind, _Row.created_at, _Row.data)
        if kind is not None:
            query = query.where(_Row.kind == kind)
        if since is not None:
            query = query.where(_Row.created_at >= _as_utc(since))
        query = query.order_by(_Row.created_at.desc(), _Row.id.desc())
        if limit is not None:
            query = query.limit(limit)
        with self._guard("read the journal"), self._reading() as session:
            rows = session.execute(query).all()
        return [
            Entry(id=str(i), kind=k, created_at=at, data=json.loads(d)) for i, k, at, d in rows
        ]

    def count(self) -> int:
        """How many entries the journal holds."""
        with self._guard("read the journal"), self._reading() as session:
            return int(session.execute(select(func.count(_Row.id))).scalar_one())

    def latest_checkin(self) -> tuple[CheckIn, Verdict] | None:
        """The most recent check-in and its verdict, or None if there is none yet."""
        found = self._latest_checkin()
        return None if found is None else (found[1].checkin, found[1].verdict)

    def _latest_checkin(self) -> tuple[Entry, _CheckinData] | None:
        latest = self.entries("checkin", limit=1)
        if not latest:
            return None
        try:
            return latest[0], _CheckinData.model_validate(latest[0].data)
        except ValidationError:
            raise _damaged(latest[0].id) from None

    def days_without_contact(self, *, today: dt.date | None = None) -> int | None:
        """Whole days since the most recent known contact, or None if unknown.

        Known contacts: contact entries with ``sent=True`` (on ``contacted_on``, else the day
        logged), and the latest check-in's ``days_since_last_contact`` counted back from the
        day it was made. Days are calendar days in this machine's local time.
        """
        today = today or dt.date.today()
        last: dt.date | None = None
        query = select(_Row.id, _Row.created_at, _Row.data).where(_Row.kind == "contact")
        with self._guard("read the journal"), self._reading() as session:
            contacts = session.execute(query).all()
        for entry_id, at, blob in contacts:
            outcome = json.loads(blob).get("outcome", {})
            if outcome.get("sent") is True:
                on = outcome.get("contacted_on")
                try:
                    day = dt.date.fromisoformat(on) if on else at.astimezone().date()
                except (TypeError, ValueError):
                    raise _damaged(str(entry_id)) from None
                last = day if last is None else max(last, day)
        checkin = self._latest_checkin()
        if checkin is not None:
            entry, data = checkin
            day = entry.created_at.astimezone().date() - dt.timedelta(
                days=data.checkin.contact_days
            )
            last = day if last is None else max(last, day)
        return None if last is None else max(0, (today - last).days)

    def mood_series(self) -> list[MoodPoint]:
        """Feelings over time, oldest first: check-in healing and contact feeling (0–10)."""
        query = (
            select(_Row.created_at, _Row.feeling, _Row.kind)
            .where(_Row.feeling.is_not(None))
            .order_by(_Row.created_at, _Row.id)
        )
        with self._guard("read the journal"), self._reading() as session:
            rows = session.execute(query).all()
        return [MoodPoint(at=at, feeling=f, source=k) for at, f, k in rows]

    # ---- export and erase

    def _all_oldest_first(self) -> list[Entry]:
        return list(reversed(self.entries()))

    def export_json(self) -> str:
        """Every entry, oldest first, as a JSON array of {id, kind, created_at, data}
        (one entry a line)."""
        lines = [
            json.dumps(
                {"id": e.id, "kind": e.kind, "created_at": e.created_at.isoformat(),
                 "data": e.data},
                ensure_ascii=False,
            )
            for e in self._all_oldest_first()
        ]
        return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"

    def export_markdown(self) -> str:
        """Every entry, oldest first, as a readable Markdown document."""
        items = self._all_oldest_first()
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        out = [
            "# My Unsent journal",
            "",
            f"Exported {now}; {len(items)} entr{'y' if len(items) == 1 else 'ies'}. "
            "This file is private: keep it somewhere only you can read.",
        ]
        for e in items:
            label = KIND_LABELS.get(e.kind, e.kind)
            out += ["", f"## {e.created_at:%Y-%m-%d %H:%M} UTC · {label}", ""]
            try:
                out += _markdown_body(e)
            except (KeyError, TypeError, AttributeError):
                out.append("(This entry is damaged; its raw data is in the JSON export.)")
        return "\n".join(out).rstrip() + "\n"

    def delete_all(self) -> None:
        """Erase every entry of this owner's and, on SQLite, leave none of their text behind
        in the database files (on PostgreSQL, VACUUM reclaims the space later)."""
        with self._guard("delete the journal"):
            with self._transaction() as session:
                session.execute(delete(_Row), execution_options={"synchronize_session": False})
            if self._engine.dialect.name == "sqlite":
                with self._locked():
                    self._scrub_sqlite()

    def _scrub_sqlite(self) -> None:
        # Deleted rows still sit in the WAL and in free pages: copy the WAL back and empty it,
        # rebuild the file without free pages, then empty the WAL that VACUUM just filled.
        with self._engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            if raw is None:
                raise JournalError("The journal connection closed while deleting.")
            cur = raw.cursor()
            try:
                for sql in _SCRUB:
                    cur.execute(sql)
                    row = cur.fetchone()
                    if sql.startswith("PRAGMA") and row is not None and row[0] != 0:
                        raise JournalError(
                            "Every entry was deleted, but another window still has the journal "
                            "open, so old text may remain in its temporary file. Close other "
                            "Unsent windows and choose delete everything again."
                        )
            finally:
                cur.close()


_SCRUB = ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")


def _damaged(entry_id: str) -> JournalError:
    return JournalError(
        f"Journal entry {entry_id} is damaged and can't be read; the others are fine. "
        "Export the journal to keep a copy of everything."
    )


def _quote(text_: str) -> list[str]:
    return [f"> {line}" if line else ">" for line in text_.splitlines()] or [">"]


def _markdown_body(e: Entry) -> list[str]:
    d = e.data
    if e.kind == "checkin":
        c, v = d["checkin"], d["verdict"]
        lines = [
            f"- Decision: **{v['decision']}**",
            f"- Days since the breakup: {c['days_since_breakup']}; since last contact: "
            f"{c['days_since_last_contact']}",
            f"- Healing: {c['healing']}/10; motive: {c['motive']}",
        ]
        failing = [f for f in v["findings"] if not f["passed"]]
        if failing:
            lines += ["", "What to look at:"] + [f"- {f['message']}" for f in failing]
        return lines
    if e.kind == "urge":
        return [f"Intensity {d['intensity']}/10.", ""] + (_quote(d["note"]) if d["note"] else [])
    if e.kind in ("draft", "letter"):
        engine = "the AI model" if d["engine"] == "llm" else "the guide engine"
        head = f"Written with {engine}"
        if d["recipient"]:
            head += f", to {d['recipient']}"
        head += "; sent." if d["sent"] else "; not sent."
        return [head, ""] + _quote(d["text"])
    if e.kind == "contact":
        o = d["outcome"]
        lines = [
            f"- Sent: {'yes' if o['sent'] else 'no'}"
            + (f" (on {o['contacted_on']})" if o.get("contacted_on") else ""),
            f"- Response: {RESPONSE_LABELS.get(o['response'], o['response'])}",
            f"- Feeling: {o['feeling']}/10",
        ]
        if o["hoped_for"]:
            lines += ["", "What I hoped for:", ""] + _quote(o["hoped_for"])
        if o["notes"]:
            lines += ["", "Notes:", ""] + _quote(o["notes"])
        if d.get("plan"):
            lines += [""] + _plan_markdown(d["plan"])
        return lines
    lines = _plan_markdown(d["plan"])
    if d["notes"]:
        lines += ["", "My notes:", ""] + _quote(d["notes"])
    return lines


def _plan_markdown(plan: dict[str, Any]) -> list[str]:
    lines = ["Reflection plan:", ""] + _quote(plan["summary"])
    for step in plan["steps"]:
        lines += ["", f"**{step['title']}**"] + [f"- {a}" for a in step["actions"]]
    return lines
