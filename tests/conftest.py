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
