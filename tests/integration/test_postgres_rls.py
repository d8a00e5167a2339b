"""PostgreSQL as a second wall: row-level security keeps raw SQL to the transaction's owner."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from helpers import app_role_url
from sqlalchemy.engine import make_url

from assistant.errors import JournalError
from assistant.journal import Journal

pytestmark = pytest.mark.integration
ALICE, BOB = "oidc-alice", "oidc-bob"


def _raw(url: str) -> str:
    """A plain libpq URL for psycopg (no SQLAlchemy driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def app_url(pg_url: str) -> str:
    """The journal prepared as an operator would, and the URL of the app's own role."""
    return app_role_url(pg_url, role=f"app_{uuid.uuid4().hex[:8]}", password="pw:it's")


@pytest.fixture
def raw(app_url: str) -> Iterator[psycopg.Connection[tuple[object, ...]]]:
    with psycopg.connect(_raw(app_url)) as conn:
        yield conn


def _as(conn: psycopg.Connection[tuple[object, ...]], owner: str | None) -> None:
    """Start a transaction that says it acts for ``owner`` (None: says nothing)."""
    conn.rollback()
    if owner is not None:
        conn.execute("SELECT set_config('unsent.owner', %s, true)", (owner,))


def test_a_raw_query_for_another_owners_rows_returns_nothing(
    app_url: str, raw: psycopg.Connection[tuple[object, ...]]
) -> None:
    with Journal.open(app_url, owner=ALICE) as alice:
        assert alice.row_security().enforced, alice.row_security().reason
        alice.add_urge("alice's secret urge", 8)
        alice.add_draft("alice's unsent letter", engine="guide", kind="letter")

    _as(raw, BOB)
    assert raw.execute("SELECT count(*) FROM entries").fetchone() == (0,)
    assert raw.execute("SELECT data FROM entries WHERE owner = %s", (ALICE,)).fetchall() == []
    assert raw.execute("DELETE FROM entries").rowcount == 0
    assert raw.execute("DELETE FROM entries WHERE owner = %s", (ALICE,)).rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # WITH CHECK: can't write as her
        raw.execute("INSERT INTO entries (kind, created_at, data, owner) "
                    "VALUES ('urge', now(), '{}', %s)", (ALICE,))

    _as(raw, None)  # a transaction that names no owner sees no one's rows
    assert raw.execute("SELECT count(*) FROM entries").fetchone() == (0,)

    _as(raw, ALICE)  # the setting lasts one transaction, and then it's gone
    assert raw.execute("SELECT count(*) FROM entries").fetchone() == (2,)
    raw.commit()
    assert raw.execute("SELECT count(*) FROM entries").fetchone() == (0,)

    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # and it can't switch RLS off
        raw.execute("ALTER TABLE entries DISABLE ROW LEVEL SECURITY")
    _as(raw, ALICE)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor rewrite an entry
        raw.execute("UPDATE entries SET data = '{}'")


def test_the_app_role_reads_and_writes_its_owners_journal(app_url: str) -> None:
    with Journal.open(app_url, owner=ALICE) as alice, Journal.open(app_url, owner=BOB) as bob:
        alice.add_urge("hers", 3)
        bob.add_urge("his", 4)
        assert [e.data["note"] for e in alice.entries()] == ["hers"]
        assert [e.data["note"] for e in bob.entries()] == ["his"]
        bob.delete_all()
        assert alice.count() == 1 and bob.count() == 0


def test_row_security_says_why_a_superuser_connection_is_not_walled(pg_url: str) -> None:
    with Journal.open(pg_url) as journal:
        status = journal.row_security()
    assert not status.enforced
    assert "superuser" in status.reason


def test_prepare_refuses_a_role_name_it_cannot_quote(pg_url: str) -> None:
    from assistant.dbadmin import prepare_postgres

    with pytest.raises(JournalError, match="role"):
        prepare_postgres(pg_url, 'app"; DROP TABLE entries; --', password="x")


def test_the_command_line_prepares_the_database(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.dbadmin import main

    assert main(["cli_app"]) == 2  # no owner URL: says what to set
    assert "UNSENT_ADMIN_DB_URL" in capsys.readouterr().err
    monkeypatch.setenv("UNSENT_ADMIN_DB_URL", pg_url)
    monkeypatch.setenv("UNSENT_APP_DB_PASSWORD", "cli-pw")
    assert main(["cli_app"]) == 0
    assert main(["cli_app"]) == 0  # again, after an upgrade: idempotent
    app = make_url(pg_url).set(username="cli_app", password="cli-pw")
    with Journal.open(app.render_as_string(hide_password=False), owner=ALICE) as journal:
        assert journal.row_security().enforced
        journal.add_urge("through the app role", 2)
        assert journal.count() == 1


def test_hosted_app_refuses_a_connection_that_row_security_would_not_bind(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_app_hosting import ALICE as ALICE_USER
    from test_app_hosting import hosted
    from test_app_kit import goto, texts

    monkeypatch.setenv("UNSENT_DB_URL", pg_url)  # the superuser: RLS doesn't bind it
    at = hosted(ALICE_USER)
    assert at.session_state.services.journal is None
    page = texts(goto(at, "journal"))
    assert "row-level security" in page and "superuser" in page
    assert "postgres@" not in page  # the URL isn't shown to the person
