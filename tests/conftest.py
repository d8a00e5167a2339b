"""Shared fixtures: every test runs hermetic, with no ambient model settings or journal."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def hermetic_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Clear OPENAI_*, UNSENT_* and tracing settings; point the journal at tmp_path."""
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "UNSENT_", "LANGSMITH_", "LANGCHAIN_")):
            monkeypatch.delenv(name, raising=False)
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("UNSENT_DB_URL", f"sqlite:///{tmp_path / 'journal.db'}")
    yield tmp_path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL on 127.0.0.1 for the whole session; yields its base URL."""
    from helpers import PostgresUnavailable, postgres_server

    try:
        server = postgres_server()
        url = server.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the session's server."""
    from helpers import new_pg_database, pg_admin

    url = new_pg_database(pg_server)
    yield url
    pg_admin(pg_server, f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")
