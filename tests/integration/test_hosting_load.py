"""Concurrent writers as several owners, in two processes, on PostgreSQL (the bench, smaller)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from helpers import app_role_url

from assistant.journal import Journal

pytestmark = pytest.mark.integration
BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_hosting.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_hosting", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_acknowledged_entry_is_stored_under_its_owner_and_no_other(pg_url: str) -> None:
    bench = _bench()
    url = app_role_url(pg_url, role="load_app", password="load-pw")
    acked, failed, problems = bench.run(url, processes=2, writers=4, per_writer=5, owners=4)
    assert failed == [] and problems == []
    assert len(acked) == 2 * 4 * 5
    assert {a["owner"] for a in acked} == {f"bench-owner-{n}" for n in range(4)}
    assert len({a["id"] for a in acked}) == len(acked)  # no two acknowledgements share a row
    # The check itself can fail: an entry written as one owner but claimed for another is seen.
    moved = [dict(a, owner="bench-owner-0") if a["owner"] == "bench-owner-1" else a
             for a in acked]
    assert bench.check(url, moved, 4) != []
    with Journal.open(url, owner="bench-owner-3") as journal:
        notes = {e.data["note"] for e in journal.entries()}
    assert notes == {a["note"] for a in acked if a["owner"] == "bench-owner-3"}
