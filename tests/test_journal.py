"""The journal: API, validation, migrations, privacy and errors, on SQLite and a real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import stat
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from helpers import free_loopback_port
from helpers import pg_admin as _pg_admin
from sqlalchemy import event, text

from assistant.config import Settings
from assistant.errors import JournalError
from assistant.gate import CheckIn, Decision, evaluate
from assistant.journal import MAX_TEXT, Entry, InvalidEntry, Journal, MoodPoint
from assistant.migrations import MIGRATION_NAMES
from assistant.reflection import Outcome, ReflectionPlan, StrategyStep

# The session's PostgreSQL server (pg_server) and a fresh database per test (pg_url) are
# fixtures in conftest.py.


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return cast(str, request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'data' / 'unsent' / 'journal.db'}"


@pytest.fixture
def journal(url: str) -> Iterator[Journal]:
    with Journal.open(url) as j:
        yield j


@pytest.fixture
def sq(tmp_path: Path) -> Iterator[Journal]:
    """A SQLite journal, for what only SQLite has (files, permissions, pragmas)."""
    with Journal.open(f"sqlite:///{tmp_path / 'data' / 'unsent' / 'journal.db'}") as j:
        yield j


# ---------------------------------------------------------------- sample values


def checkin(**changes: Any) -> CheckIn:
    return CheckIn(**{"days_since_breakup": 60, "days_since_last_contact": 45,
                      "motive": "closure", "healing": 8, **changes})


def plan(summary: str = "Give it time; lean on friends.") -> ReflectionPlan:
    return ReflectionPlan(
        summary=summary,
        steps=[
            StrategyStep(strategy="reflect", title="Reflect", section="after-reflect",
                         actions=["Write down what you hoped for."]),
            StrategyStep(strategy="self_care", title="Self-care", section="after-self-care",
                         actions=["Walk every morning."]),
        ],
        citations=["after-reflect"],
    )


def fill(j: Journal, marker: str = "") -> dict[str, str]:
    """One entry of every kind; returns kind -> id."""
    c = checkin()
    return {
        "checkin": j.add_checkin(c, evaluate(c)),
        "urge": j.add_urge(f"I want to text them {marker}", 7),
        "draft": j.add_draft(f"Hi Sam, I hope you're well. {marker}", engine="guide",
                             recipient="Sam", citations=["first-message"]),
        "letter": j.add_draft(f"Dear Sam, what I never said {marker}", engine="llm",
                              kind="letter"),
        "contact": j.add_contact(
            Outcome(sent=True, response="neutral", feeling=5, hoped_for=f"closure {marker}",
                    notes=f"short reply {marker}"),
            plan(f"Plan {marker}"),
        ),
        "reflection": j.add_reflection(plan(), notes=f"I feel lighter {marker}"),
    }


# ---------------------------------------------------------------- the API


def test_add_checkin_returns_the_id_of_a_committed_entry(journal: Journal, url: str) -> None:
    c = checkin()
    v = evaluate(c)
    new_id = journal.add_checkin(c, v)
    assert isinstance(new_id, str) and new_id
    # A second, independent connection sees it at once: it was committed before returning.
    with Journal.open(url) as other:
        [entry] = other.entries()
    assert str(entry.id) == new_id
    assert entry.kind == "checkin"
    assert entry.created_at.tzinfo is not None
    assert entry.created_at.utcoffset() == dt.timedelta(0)
    assert abs(entry.created_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert CheckIn.model_validate(entry.data["checkin"]) == c
    assert entry.data["verdict"]["decision"] == v.decision.value


def test_entries_newest_first_filtered_by_kind_and_since(journal: Journal) -> None:
    ids = fill(journal)
    got = journal.entries()
    assert [e.id for e in got] == list(reversed(ids.values()))
    assert [e.kind for e in got] == list(reversed(ids.keys()))
    assert all(isinstance(e, Entry) for e in got)
    assert [e.id for e in journal.entries("letter")] == [ids["letter"]]
    assert [e.id for e in journal.entries(kind="urge")] == [ids["urge"]]
    assert [e.id for e in journal.entries(limit=2)] == [ids["reflection"], ids["contact"]]
    cut = journal.entries()[2].created_at  # the draft's moment
    assert [e.kind for e in journal.entries(since=cut)] == ["reflection", "contact", "letter"]
    assert journal.entries(since=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)) == []
    # A naive datetime is taken as UTC, a date as midnight UTC.
    assert len(journal.entries(since=cut.replace(tzinfo=None))) == 3
    assert len(journal.entries(since=dt.date(2000, 1, 1))) == 6
    assert journal.count() == 6
    with pytest.raises(JournalError, match="Unknown kind"):
        journal.entries(kind="diary")


def test_every_kind_stores_its_fields(journal: Journal) -> None:
    ids = fill(journal, "m")
    by_kind = {e.kind: e for e in journal.entries()}
    assert {e.id for e in by_kind.values()} == set(ids.values())
    assert by_kind["urge"].data == {"note": "I want to text them m", "intensity": 7}
    assert by_kind["draft"].data == {
        "text": "Hi Sam, I hope you're well. m", "engine": "guide", "sent": False,
        "recipient": "Sam", "citations": ["first-message"],
    }
    assert by_kind["letter"].data["engine"] == "llm"
    contact = by_kind["contact"].data
    assert Outcome.model_validate(contact["outcome"]).response == "neutral"
    assert ReflectionPlan.model_validate(contact["plan"]) == plan("Plan m")
    assert ReflectionPlan.model_validate(by_kind["reflection"].data["plan"]) == plan()
    assert by_kind["reflection"].data["notes"] == "I feel lighter m"
    no_plan = journal.add_contact(Outcome(sent=False, feeling=3), None)
    assert journal.entries("contact")[0].id == no_plan
    assert journal.entries("contact")[0].data["plan"] is None


def test_latest_checkin(journal: Journal) -> None:
    assert journal.latest_checkin() is None
    first = checkin(healing=3)
    journal.add_checkin(first, evaluate(first))
    second = checkin(healing=9, motive="clarity")
    journal.add_checkin(second, evaluate(second))
    journal.add_urge("", 2)
    latest = journal.latest_checkin()
    assert latest is not None
    assert latest == (second, evaluate(second))
    assert latest[1].decision is Decision.GO


def test_days_without_contact(journal: Journal) -> None:
    today = dt.date.today()
    assert journal.days_without_contact() is None
    journal.add_urge("not a contact", 5)
    journal.add_contact(Outcome(sent=False, feeling=4), None)  # not sent: not a contact
    assert journal.days_without_contact() is None
    c = checkin(days_since_breakup=20, days_since_last_contact=10)
    journal.add_checkin(c, evaluate(c))
    assert journal.days_without_contact() == 10
    # The check-in's answer ages with it.
    assert journal.days_without_contact(today=today + dt.timedelta(days=5)) == 15
    journal.add_contact(
        Outcome(sent=True, feeling=6, contacted_on=today - dt.timedelta(days=3)), None
    )
    assert journal.days_without_contact() == 3
    assert journal.days_without_contact(today=today + dt.timedelta(days=4)) == 7
    journal.add_contact(Outcome(sent=True, response="warm", feeling=7), None)  # today
    assert journal.days_without_contact() == 0
    assert journal.days_without_contact(today=today + dt.timedelta(days=30)) == 30


def test_mood_series_oldest_first_from_checkins_and_contacts(journal: Journal) -> None:
    assert journal.mood_series() == []
    c1 = checkin(healing=2)
    journal.add_checkin(c1, evaluate(c1))
    journal.add_urge("urges aren't moods", 9)
    journal.add_contact(Outcome(sent=True, response="cold", feeling=4), plan())
    c2 = checkin(healing=8)
    journal.add_checkin(c2, evaluate(c2))
    journal.add_reflection(plan())
    series = journal.mood_series()
    assert all(isinstance(p, MoodPoint) for p in series)
    assert [(p.feeling, p.source) for p in series] == [(2, "checkin"), (4, "contact"),
                                                       (8, "checkin")]
    assert [p.at for p in series] == sorted(p.at for p in series)
    assert all(p.at.utcoffset() == dt.timedelta(0) for p in series)


def test_export_then_delete_all_then_import(journal: Journal, tmp_path: Path) -> None:
    ids = fill(journal, "ZEBRA")
    before = journal.entries()
    exported = journal.export_json()
    path = tmp_path / "export.json"
    path.write_text(exported, encoding="utf-8")
    markdown = journal.export_markdown()
    journal.delete_all()
    assert journal.entries() == []
    assert journal.count() == 0
    assert journal.mood_series() == []
    assert journal.latest_checkin() is None
    assert journal.days_without_contact() is None

    items = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(items, list)
    assert [i["id"] for i in items] == list(ids.values())  # oldest first
    assert [(i["id"], i["kind"], dt.datetime.fromisoformat(i["created_at"]), i["data"])
            for i in items] == [(e.id, e.kind, e.created_at, e.data) for e in reversed(before)]
    assert [i["kind"] for i in items] == list(ids.keys())
    assert all(dt.datetime.fromisoformat(i["created_at"]).utcoffset() == dt.timedelta(0)
               for i in items)
    assert exported.count("ZEBRA") == 7  # every text written above
    assert markdown.count("ZEBRA") == 7
    for label in ("Check-in", "Urge to text", "Draft", "Unsent letter", "Contact",
                  "Reflection"):
        assert f"· {label}" in markdown

    assert journal.import_json(exported) == 6
    again = list(reversed(journal.entries()))
    assert [(e.kind, e.created_at, e.data) for e in again] == [
        (i["kind"], dt.datetime.fromisoformat(i["created_at"]), i["data"]) for i in items
    ]
    assert not set(e.id for e in again) & set(ids.values())  # ids are never reused


def test_import_is_all_or_nothing(journal: Journal) -> None:
    fill(journal)
    items = json.loads(journal.export_json())
    items[3]["data"]["text"] = "x" * (MAX_TEXT + 1)
    with pytest.raises(InvalidEntry, match="Entry 4 of the export"):
        journal.import_json(json.dumps(items))
    with pytest.raises(InvalidEntry, match="not valid JSON"):
        journal.import_json("{")
    assert journal.count() == 6


# ---------------------------------------------------------------- bad input: nothing half-written


BAD_INPUTS: list[tuple[str, Any]] = [
    ("huge urge note", lambda j: j.add_urge("x" * (MAX_TEXT + 1), 5)),
    ("NUL in a note", lambda j: j.add_urge("before\x00after", 5)),
    ("lone surrogate", lambda j: j.add_urge("bad \ud800 text", 5)),
    ("intensity 11", lambda j: j.add_urge("", 11)),
    ("intensity -1", lambda j: j.add_urge("", -1)),
    ("intensity as text", lambda j: j.add_urge("", "5")),
    ("intensity as bool", lambda j: j.add_urge("", True)),
    ("note not text", lambda j: j.add_urge(None, 5)),
    ("huge draft", lambda j: j.add_draft("y" * (MAX_TEXT + 1), engine="guide")),
    ("empty draft", lambda j: j.add_draft("", engine="guide")),
    ("blank draft", lambda j: j.add_draft(" \n\t", engine="guide")),
    ("NUL in draft", lambda j: j.add_draft("hi\x00", engine="llm")),
    ("unknown engine", lambda j: j.add_draft("hi", engine="gpt")),
    ("unknown draft kind", lambda j: j.add_draft("hi", engine="guide", kind="poem")),
    ("recipient on two lines", lambda j: j.add_draft("hi", engine="guide", recipient="a\nb")),
    ("sent as text", lambda j: j.add_draft("hi", engine="guide", sent="yes")),
    ("feeling 11", lambda j: j.add_contact(Outcome.model_construct(sent=True, feeling=11,
                                                                    response="warm"), None)),
    ("feeling 11 as dict", lambda j: j.add_contact(
        cast(Any, {"sent": True, "feeling": 11}), None)),
    ("unknown response", lambda j: j.add_contact(
        Outcome.model_construct(sent=True, feeling=5, response="ecstatic"), None)),
    ("unknown outcome field", lambda j: j.add_contact(
        cast(Any, {"sent": True, "feeling": 5, "mood": "sad"}), None)),
    ("NUL in hoped_for", lambda j: j.add_contact(Outcome(sent=True, feeling=5,
                                                         hoped_for="a\x00b"), None)),
    ("huge plan summary", lambda j: j.add_contact(Outcome(sent=True, feeling=5),
                                                  plan("s" * (MAX_TEXT + 1)))),
    ("huge reflection notes", lambda j: j.add_reflection(plan(), "n" * (MAX_TEXT + 1))),
    ("NUL in plan", lambda j: j.add_reflection(plan("a\x00"), "")),
    ("plan missing", lambda j: j.add_reflection(None, "")),
    ("invalid check-in", lambda j: j.add_checkin(
        CheckIn.model_construct(days_since_breakup=5, motive="closure", healing=11),
        evaluate(checkin()))),
    ("verdict with unknown decision", lambda j: j.add_checkin(
        checkin(), evaluate(checkin()).model_copy(update={"decision": "maybe"}))),
]


@pytest.mark.parametrize(("case", "call"), BAD_INPUTS, ids=[c for c, _ in BAD_INPUTS])
def test_bad_input_is_rejected_and_nothing_is_written(
    sq: Journal, case: str, call: Any
) -> None:
    sq.add_urge("before", 1)
    with pytest.raises(InvalidEntry) as info:
        call(sq)
    assert isinstance(info.value, JournalError)
    message = str(info.value)
    assert message and len(message) < 300
    assert "Traceback" not in message and "pydantic" not in message
    assert sq.count() == 1
    assert [e.data.get("note") for e in sq.entries()] == ["before"]


def test_limits_are_inclusive_and_messages_name_the_field(sq: Journal) -> None:
    sq.add_urge("x" * MAX_TEXT, 10)
    sq.add_urge("", 0)
    sq.add_draft("é" * MAX_TEXT, engine="guide")
    sq.add_contact(Outcome(sent=True, feeling=0, notes="n" * MAX_TEXT), plan("p" * MAX_TEXT))
    assert sq.count() == 4
    with pytest.raises(InvalidEntry, match=r"note is too long: 20,001 characters") as info:
        sq.add_urge("x" * (MAX_TEXT + 1), 1)
    assert info.value.field == "note"
    with pytest.raises(InvalidEntry, match=r"outcome\.feeling") as info:
        sq.add_contact(cast(Any, {"sent": True, "feeling": 11}), None)
    assert info.value.field == "outcome.feeling"
    with pytest.raises(InvalidEntry, match="NUL") as info:
        sq.add_contact(Outcome(sent=True, feeling=5, notes="\x00"), None)
    assert info.value.field == "outcome.notes"


def test_a_damaged_row_gives_a_plain_error(sq: Journal) -> None:
    c = checkin()
    bad = sq.add_checkin(c, evaluate(c))
    with sq.engine.begin() as conn:
        conn.execute(text("UPDATE entries SET data = :d WHERE id = :i"),
                     {"d": json.dumps({"checkin": {"healing": 99}}), "i": int(bad)})
    with pytest.raises(JournalError, match=f"entry {bad} is damaged"):
        sq.latest_checkin()
    with pytest.raises(JournalError, match=f"entry {bad} is damaged"):
        sq.days_without_contact()
    assert [e.id for e in sq.entries()] == [bad]  # still listed, still exportable
    assert json.loads(sq.export_json())[0]["data"] == {"checkin": {"healing": 99}}
    assert "This entry is damaged" in sq.export_markdown()


def test_errors_never_carry_the_persons_text(sq: Journal) -> None:
    secret = "my-private-words-" + uuid.uuid4().hex
    with pytest.raises(InvalidEntry) as info:
        sq.add_urge(secret + "x" * MAX_TEXT, 5)
    assert secret not in str(info.value)
    # A database error: the SQL parameters (the entry's text) stay out of the message chain.
    sq.engine.dispose()
    event.listen(sq.engine, "connect",
                 lambda c, _r: c.execute("PRAGMA query_only = ON"))
    with pytest.raises(JournalError) as err:
        sq.add_urge(secret, 5)
    chain = f"{err.value} {err.value.__cause__!r} {err.value.__cause__}"
    assert "read-only" in str(err.value)
    assert secret not in chain


# ---------------------------------------------------------------- migrations


def _applied(url: str) -> list[str]:
    with Journal.open(url) as j, j.engine.connect() as conn:
        return list(conn.execute(text("SELECT name FROM journal_migrations ORDER BY name"))
                    .scalars())


def test_migrations_are_recorded_and_idempotent(url: str) -> None:
    with Journal.open(url) as j:
        j.add_urge("kept", 3)
    assert _applied(url) == list(MIGRATION_NAMES)
    for _ in range(2):
        with Journal.open(url) as j:
            assert [e.data["note"] for e in j.entries()] == ["kept"]
    assert _applied(url) == list(MIGRATION_NAMES)


def test_a_journal_at_m001_is_migrated_and_backfilled(url: str) -> None:
    with Journal.open(url, _upto="m001_initial") as old, old.engine.begin() as conn:
        assert [c["name"] for c in
                conn.dialect.get_columns(conn, "entries")] == ["id", "kind", "created_at",
                                                              "data"]
        c = checkin(healing=4)
        rows = [
            ("checkin", {"checkin": c.model_dump(mode="json"),
                         "verdict": evaluate(c).model_dump(mode="json")}),
            ("urge", {"note": "old urge", "intensity": 6}),
            ("contact", {"outcome": Outcome(sent=True, feeling=2).model_dump(mode="json"),
                         "plan": None}),
        ]
        for n, (kind, data) in enumerate(rows):
            conn.execute(
                text("INSERT INTO entries (kind, created_at, data) VALUES (:k, :t, :d)"),
                {"k": kind, "t": dt.datetime(2024, 5, 1, 12, n), "d": json.dumps(data)},
            )
    assert _applied(url) == list(MIGRATION_NAMES)
    with Journal.open(url) as j:
        assert [(p.feeling, p.source) for p in j.mood_series()] == [(4, "checkin"),
                                                                    (2, "contact")]
        assert [e.kind for e in j.entries()] == ["contact", "urge", "checkin"]
        assert j.entries()[0].created_at == dt.datetime(2024, 5, 1, 12, 2, tzinfo=dt.UTC)
        j.add_urge("new", 1)
        assert j.count() == 4


def test_a_journal_from_a_newer_version_is_refused(url: str) -> None:
    with Journal.open(url) as j, j.engine.begin() as conn:
        conn.execute(text("INSERT INTO journal_migrations (name, applied_at) "
                          "VALUES ('m999_future', :t)"), {"t": dt.datetime(2030, 1, 1)})
    with pytest.raises(JournalError, match="newer version of Unsent"):
        Journal.open(url)


# ---------------------------------------------------------------- SQLite files and privacy


def test_file_is_0600_in_a_new_0700_folder(tmp_path: Path) -> None:
    folder = tmp_path / "xdg" / "unsent"
    with Journal.open(f"sqlite:///{folder / 'journal.db'}") as j:
        j.add_urge("private", 4)
        for name in ("journal.db", "journal.db-wal", "journal.db-shm"):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((tmp_path / "xdg").stat().st_mode) == 0o700
        with j.engine.connect() as conn:
            pragmas = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
                       for p in ("journal_mode", "synchronous", "foreign_keys",
                                 "busy_timeout", "secure_delete")}
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                       "busy_timeout": 10_000, "secure_delete": 1}


def test_settings_default_location_is_used(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.delenv("UNSENT_DB_URL")
    url = Settings().db_url
    assert url == f"sqlite:///{tmp_path / 'data' / 'unsent' / 'journal.db'}"
    with Journal.open(url) as j:
        j.add_urge("", 1)
    assert stat.S_IMODE((tmp_path / "data" / "unsent").stat().st_mode) == 0o700


def test_unsents_own_folder_is_tightened_but_a_chosen_one_is_not(tmp_path: Path) -> None:
    own = tmp_path / "data" / "unsent"  # the data folder the hermetic fixture points at
    own.mkdir(parents=True, mode=0o755)
    os.chmod(own, 0o755)
    chosen = tmp_path / "shared"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    for folder in (own, chosen):
        with Journal.open(f"sqlite:///{folder / 'journal.db'}") as j:
            j.add_urge("", 1)
        assert stat.S_IMODE((folder / "journal.db").stat().st_mode) == 0o600
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o755


def test_a_home_relative_path_is_expanded(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    with Journal.open("sqlite:///~/notes/journal.db") as j:
        j.add_urge("", 1)
        assert j.where == str(tmp_path / "home" / "notes" / "journal.db")
    assert (tmp_path / "home" / "notes" / "journal.db").is_file()


def test_an_existing_readable_file_is_tightened(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    with Journal.open(f"sqlite:///{db}") as j:
        j.add_urge("", 1)
    os.chmod(db, 0o644)
    with Journal.open(f"sqlite:///{db}") as j:
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
        assert j.count() == 1


def _raw_bytes(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db.parent.glob(db.name + "*")}


def test_delete_all_leaves_no_text_in_db_wal_or_shm(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    marker = "UNSENT-MARKER-" + uuid.uuid4().hex
    with Journal.open(f"sqlite:///{db}") as j, Journal.open(f"sqlite:///{db}") as reader:
        for i in range(40):
            fill(j, f"{marker}-{i}")
            j.add_urge(f"{marker} " * 300, 9)  # overflow pages too
        assert reader.count() == 280  # a second, idle connection keeps the WAL alive
        before = _raw_bytes(db)
        assert {"journal.db", "journal.db-wal", "journal.db-shm"} <= set(before)
        # The check below can fail: the marker really is in the raw files now.
        assert any(marker.encode() in b for b in before.values())
        j.delete_all()
        after = _raw_bytes(db)
        assert {"journal.db", "journal.db-wal"} <= set(after)  # still open, still WAL
        leaks = [name for name, b in after.items() if marker.encode() in b]
        assert leaks == []
        for frag in (b"I want to text them", b"Dear Sam", b"closure"):
            assert not any(frag in b for b in after.values()), frag
        assert after["journal.db-wal"] == b""
        assert reader.count() == 0
        j.add_urge("a fresh start", 2)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_delete_all_says_so_when_another_reader_keeps_old_text(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    marker = "UNSENT-MARKER-" + uuid.uuid4().hex
    with Journal.open(f"sqlite:///{db}", busy_timeout=0.3) as j:
        j.add_urge(marker, 5)
        reader = sqlite3.connect(db, isolation_level=None)
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM entries").fetchone() == (1,)
        try:
            with pytest.raises(JournalError, match="another window still has the journal open"):
                j.delete_all()
            assert j.count() == 0  # the entries themselves are gone
        finally:
            reader.execute("COMMIT")
            reader.close()
        j.delete_all()  # again, with nobody in the way: now nothing is left
        assert not any(marker.encode() in b for b in _raw_bytes(db).values())


# ---------------------------------------------------------------- locked, read-only, full, broken


def test_locked_database_gives_a_plain_error_then_recovers(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    with Journal.open(f"sqlite:///{db}", busy_timeout=0.2) as j:
        j.add_urge("first", 1)
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(JournalError, match=r"locked for 0.2 seconds. Nothing was saved"):
                j.add_urge("while locked", 2)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        j.add_urge("after", 3)
        assert [e.data["note"] for e in j.entries()] == ["after", "first"]


def test_read_only_database_reads_but_refuses_writes(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    with Journal.open(f"sqlite:///{db}") as j:
        j.add_urge("kept safe", 4)
    copy = tmp_path / "ro" / "journal.db"
    copy.parent.mkdir()
    shutil.copy(db, copy)
    os.chmod(copy, 0o400)  # for a person; root ignores it, hence mode=ro below
    with Journal.open(f"sqlite:///file:{copy}?mode=ro&uri=true") as ro:
        assert [e.data["note"] for e in ro.entries()] == ["kept safe"]
        with pytest.raises(JournalError, match="is read-only.*Nothing was saved"):
            ro.add_urge("new", 1)
        with pytest.raises(JournalError, match="read-only"):
            ro.delete_all()
        assert ro.count() == 1
    assert stat.S_IMODE(copy.stat().st_mode) == 0o400


def test_query_only_database_refuses_writes(sq: Journal) -> None:
    sq.add_urge("one", 1)
    sq.engine.dispose()
    event.listen(sq.engine, "connect", lambda c, _r: c.execute("PRAGMA query_only = ON"))
    with pytest.raises(JournalError, match="read-only"):
        sq.add_contact(Outcome(sent=True, feeling=5), plan())
    assert sq.count() == 1


def test_full_disk_gives_a_plain_error_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    with Journal.open(f"sqlite:///{db}") as j:
        j.add_urge("before", 1)
        j.engine.dispose()
        # The file may not grow: exactly what a full disk looks like to SQLite.
        event.listen(j.engine, "connect", lambda c, _r: c.execute(
            "PRAGMA max_page_count = " + str(c.execute("PRAGMA page_count").fetchone()[0])))
        with pytest.raises(JournalError, match="disk holding the journal .* is full"):
            for _ in range(20):
                j.add_reflection(plan("p" * MAX_TEXT), "n" * MAX_TEXT)
        assert [e.data.get("note") for e in j.entries()] == ["before"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_not_a_journal_file(tmp_path: Path) -> None:
    bogus = tmp_path / "journal.db"
    bogus.write_bytes(b"this is not a database, just some text " * 200)
    with pytest.raises(JournalError, match="isn't an Unsent journal, or it is damaged"):
        Journal.open(f"sqlite:///{bogus}")


def test_bad_urls_and_closed_journal(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="isn't a database URL"):
        Journal.open("not a url")
    with pytest.raises(JournalError, match="can't talk to"):
        Journal.open("nosuchdb://x/y")
    j = Journal.open(f"sqlite:///{tmp_path / 'j.db'}")
    j.close()
    with pytest.raises(JournalError, match="closed"):
        j.add_urge("late", 1)


def test_threads_sharing_one_journal_lose_nothing(sq: Journal) -> None:
    def write(n: int) -> None:
        for i in range(40):
            sq.add_urge(f"t{n}-{i}", i % 11)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    notes = {e.data["note"] for e in sq.entries()}
    assert notes == {f"t{n}-{i}" for n in range(4) for i in range(40)}


def test_simultaneous_first_opens_migrate_exactly_once(url: str) -> None:
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_and_write(n: int) -> None:
        try:
            barrier.wait()
            with Journal.open(url) as j:
                j.add_urge(f"opener {n}", n)
        except BaseException as exc:  # reported below, with the thread's error
            errors.append(exc)

    threads = [threading.Thread(target=open_and_write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _applied(url) == list(MIGRATION_NAMES)
    with Journal.open(url) as j:
        assert sorted(e.data["note"] for e in j.entries()) == [f"opener {n}" for n in range(4)]


# ---------------------------------------------------------------- PostgreSQL only


@pytest.mark.integration
def test_postgres_read_only_and_unreachable(pg_server: str, pg_url: str) -> None:
    with Journal.open(pg_url) as j:
        j.add_urge("kept", 1)
    name = pg_url.rsplit("/", 1)[1]
    _pg_admin(pg_server, f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    with Journal.open(pg_url) as j:
        assert j.count() == 1
        with pytest.raises(JournalError, match="is read-only.*Nothing was saved"):
            j.add_urge("new", 1)
    with pytest.raises(JournalError, match="can't reach the journal database") as info:
        Journal.open(f"postgresql+psycopg://postgres:s3cret@127.0.0.1:{free_loopback_port()}/x",
                     busy_timeout=2)
    assert "s3cret" not in str(info.value)
