"""Each owner's journal is theirs alone: every public Journal method, on SQLite and PostgreSQL."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import text

from assistant.errors import JournalError
from assistant.gate import CheckIn, evaluate
from assistant.journal import Journal
from assistant.reflection import Outcome, ReflectionPlan, StrategyStep

ALICE, BOB = "oidc-alice", "oidc-bob"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return cast(str, request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'journal.db'}"


@pytest.fixture
def pair(url: str) -> Iterator[tuple[Journal, Journal]]:
    with Journal.open(url, owner=ALICE) as alice, Journal.open(url, owner=BOB) as bob:
        yield alice, bob


def _plan(marker: str) -> ReflectionPlan:
    return ReflectionPlan(
        summary=f"Plan {marker}",
        steps=[StrategyStep(strategy="reflect", title="Reflect", section="after-reflect",
                            actions=[f"Write it down {marker}"])],
        citations=["after-reflect"],
    )


def fill(j: Journal, marker: str) -> dict[str, str]:
    """One entry of every kind, each carrying ``marker`` where it holds text."""
    c = CheckIn(days_since_breakup=60, days_since_last_contact=45, motive="closure", healing=8)
    return {
        "checkin": j.add_checkin(c, evaluate(c)),
        "urge": j.add_urge(f"urge {marker}", 7),
        "draft": j.add_draft(f"Hi Sam {marker}", engine="guide", recipient="Sam"),
        "letter": j.add_draft(f"Dear Sam {marker}", engine="llm", kind="letter"),
        "contact": j.add_contact(Outcome(sent=True, response="cold", feeling=3,
                                         contacted_on="2026-01-02", notes=f"n {marker}"),
                                 _plan(marker)),
        "reflection": j.add_reflection(_plan(marker), notes=f"notes {marker}"),
    }


# What each public method shows about the journal, as seen by the owner calling it. A method
# added to Journal without a line here fails test_every_public_method_is_covered.
VIEWS: dict[str, Callable[[Journal], Any]] = {
    "entries": lambda j: [(e.id, e.kind, e.data) for e in j.entries()],
    "count": lambda j: j.count(),
    "latest_checkin": lambda j: j.latest_checkin(),
    "days_without_contact": lambda j: j.days_without_contact(),
    "mood_series": lambda j: j.mood_series(),
    "export_json": lambda j: j.export_json(),
    "export_markdown": lambda j: j.export_markdown().split("\n", 3)[3:],
}
WRITERS = {"add_checkin", "add_contact", "add_draft", "add_reflection", "add_urge",
           "import_json", "delete_all"}
NOT_ABOUT_ENTRIES = {"open", "as_owner", "close", "engine", "owner", "where", "row_security"}


def test_every_public_method_is_covered() -> None:
    public = {name for name, _ in inspect.getmembers(Journal) if not name.startswith("_")}
    assert public == set(VIEWS) | WRITERS | NOT_ABOUT_ENTRIES


def test_a_second_owner_sees_exports_and_deletes_nothing_of_the_first(
    pair: tuple[Journal, Journal],
) -> None:
    alice, bob = pair
    empty = {name: view(bob) for name, view in VIEWS.items()}
    assert empty["count"] == 0 and empty["entries"] == [] and empty["export_json"] == "[]\n"
    ids = fill(alice, "ALICE-SECRET")
    before = {name: view(alice) for name, view in VIEWS.items()}
    assert before["count"] == 6 and before["latest_checkin"] is not None
    assert before["days_without_contact"] is not None and len(before["mood_series"]) == 2

    # Bob, on the same database, sees none of it through any method...
    assert {name: view(bob) for name, view in VIEWS.items()} == empty
    assert "ALICE-SECRET" not in bob.export_json() + bob.export_markdown()
    assert not bob.entries("urge") and not bob.entries(limit=1)

    # ...his writes land in his journal only, and an import becomes his...
    bob_ids = fill(bob, "BOB-SECRET")
    assert bob.import_json(alice.export_json()) == 6
    assert alice.count() == 6 and bob.count() == 18 - 6
    assert "BOB-SECRET" not in alice.export_json()
    assert not set(bob_ids.values()) & {e.id for e in alice.entries()}

    # ...and his delete-everything leaves hers exactly as it was.
    bob.delete_all()
    assert bob.count() == 0
    assert {name: view(alice) for name, view in VIEWS.items()} == before
    assert {e.id for e in alice.entries()} == set(ids.values())

    # The same holds the other way round.
    alice.delete_all()
    assert alice.count() == 0 and bob.count() == 0


def test_as_owner_shares_the_database_but_not_the_entries(url: str) -> None:
    with Journal.open(url) as local:
        local.add_urge("mine, on my own machine", 4)
        alice = local.as_owner(ALICE)
        assert alice.owner == ALICE and local.owner == "local"
        assert alice.count() == 0
        alice.add_urge("alice's", 5)
        alice.close()  # a view's close leaves the shared connections open
        assert [e.data["note"] for e in local.entries()] == ["mine, on my own machine"]
    with Journal.open(url, owner=ALICE) as again:
        assert [e.data["note"] for e in again.entries()] == ["alice's"]


def test_existing_rows_belong_to_the_local_owner(url: str) -> None:
    with Journal.open(url, _upto="m002_feeling") as old, old.engine.begin() as conn:
        conn.execute(text("INSERT INTO entries (kind, created_at, data) VALUES "
                          "('urge', CURRENT_TIMESTAMP, :d)"),
                     {"d": json.dumps({"note": "from before owners", "intensity": 2})})
    with Journal.open(url) as local, Journal.open(url, owner=ALICE) as alice:
        assert [e.data["note"] for e in local.entries()] == ["from before owners"]
        assert alice.entries() == []


@pytest.mark.parametrize("owner", ["", "x" * 81, "tab\there"])
def test_a_bad_owner_is_refused(url: str, owner: str) -> None:
    with pytest.raises(JournalError, match="owner"):
        Journal.open(url, owner=owner)


def test_an_orm_bulk_insert_cannot_skip_the_owner(pair: tuple[Journal, Journal]) -> None:
    from sqlalchemy import insert

    from assistant.journal import _OwnedSession, _Row

    alice, _ = pair
    with _OwnedSession(ALICE, bind=alice.engine) as session, pytest.raises(JournalError):
        session.execute(insert(_Row), [{"kind": "urge", "data": "{}", "owner": BOB}])
    with _OwnedSession(ALICE, bind=alice.engine) as session, pytest.raises(JournalError):
        session.add(_Row(kind="urge", data="{}", owner=BOB))
        session.flush()
