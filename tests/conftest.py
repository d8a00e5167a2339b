"""Shared fixtures: every test runs hermetic, with no ambient model settings or journal."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORT = "unsent-report"  # the user property that carries a test's printed figures
_reports: dict[str, list[str]] = {}  # test id -> its lines, in the order the tests finished


@pytest.fixture
def report(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """A line of figures to print in every run. The lines travel with the test's report, so
    they show at the end of the run, per test, also when pytest-xdist runs the test in another
    process (which prints nothing of its own)."""
    return lambda line: request.node.user_properties.append((REPORT, line))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    lines = [str(v) for k, v in report.user_properties if k == REPORT]
    if lines and report.when == "call":
        _reports[report.nodeid] = lines


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _reports:
        return
    terminalreporter.section("figures printed by the tests")
    for nodeid, lines in _reports.items():
        terminalreporter.write_line(nodeid)
        for line in lines:
            terminalreporter.write_line(line)


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
