"""Journal durability: writers killed with SIGKILL mid-stream, and two processes writing at once."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from assistant.journal import Journal

ROOT = Path(__file__).resolve().parent.parent

# Saves entries of every kind (some of them large) and prints "<tag> <id>" after each save
# returns: a printed id is an acknowledged entry. Starts when the file argv[4] exists.
WRITER = r"""
import sys, time
from pathlib import Path
from assistant.gate import CheckIn, evaluate
from assistant.journal import Journal
from assistant.reflection import Outcome, ReflectionPlan, StrategyStep

url, tag, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
while not go.exists():
    time.sleep(0.001)
j = Journal.open(url)
plan = ReflectionPlan(summary="s", steps=[StrategyStep(strategy="growth", title="t",
                                                       section="after-growth", actions=["a"])])
c = CheckIn(days_since_breakup=50, motive="closure", healing=6)
v = evaluate(c)
i = 0
while count == 0 or i < count:
    note = f"{tag}-{i}"
    k = i % 4
    if k == 0:
        new = j.add_urge(note, i % 11)
    elif k == 1:
        new = j.add_draft(note + " " + "long letter " * 1200, engine="guide", kind="letter")
    elif k == 2:
        new = j.add_contact(Outcome(sent=True, feeling=i % 11, notes=note), plan)
    else:
        new = j.add_checkin(c, v)
    print(tag, new, flush=True)
    i += 1
j.close()
"""


def _start(url: str, tag: str, count: int, go: Path, out: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as sink:  # a file, not a pipe: the writer never blocks on its output
        return subprocess.Popen(
            [sys.executable, "-c", WRITER, url, tag, str(count), str(go)],
            cwd=ROOT, stdout=sink, stderr=subprocess.PIPE,
        )


def _acked(out: Path) -> list[str]:
    """Ids from complete lines only: a line cut short by the kill was never acknowledged."""
    data = out.read_bytes().decode()
    lines = data.split("\n")[:-1]
    return [line.split()[1] for line in lines]


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def test_sigkill_mid_stream_five_times_loses_no_acknowledged_entry(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    url = f"sqlite:///{db}"
    go = tmp_path / "go"
    go.touch()
    rng = random.Random(5)
    acked: list[str] = []
    for round_ in range(5):
        out = tmp_path / f"out{round_}"
        proc = _start(url, f"r{round_}", 0, go, out)
        deadline = time.monotonic() + 30
        while not _acked(out):  # it is streaming before the kill
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.005)
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL  # it was still writing: killed mid-stream
        round_ids = _acked(out)
        assert len(round_ids) >= 2
        acked += round_ids

        assert _integrity(db) == "ok"
        with Journal.open(url) as j:
            stored = {e.id: e for e in j.entries()}
            assert not set(acked) - set(stored), "an acknowledged entry was lost"
            assert len(acked) == len(set(acked))
            # Whatever is stored is whole: parseable, with its full text.
            for e in stored.values():
                if e.kind == "letter":
                    assert e.data["text"].endswith("long letter " * 3)
                    assert len(e.data["text"]) > 12 * 1200
            j.add_urge(f"after round {round_}", 1)  # and the journal is still writable
    assert _integrity(db) == "ok"


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    # A fresh file: both processes also create and migrate it at the same moment.
    db = tmp_path / "data" / "unsent" / "journal.db"
    url = f"sqlite:///{db}"
    go = tmp_path / "go"
    per_writer = 150
    procs = {tag: _start(url, tag, per_writer, go, tmp_path / tag) for tag in ("a", "b")}
    time.sleep(0.5)  # both are waiting at the start line
    go.touch()
    for tag, proc in procs.items():
        proc.wait(timeout=60)
        err = proc.stderr.read().decode() if proc.stderr else ""
        assert proc.returncode == 0, f"writer {tag} failed: {err}"
        assert "locked" not in err and "Error" not in err
    ids = {tag: _acked(tmp_path / tag) for tag in procs}
    assert all(len(v) == per_writer for v in ids.values())
    with Journal.open(url) as j:
        stored = j.entries()
    assert {e.id for e in stored} == set(ids["a"]) | set(ids["b"])
    assert len(stored) == 2 * per_writer
    notes = {e.data["note"] for e in stored if e.kind == "urge"}
    assert notes == {f"{t}-{i}" for t in ("a", "b") for i in range(0, per_writer, 4)}
    # Their saves really did interleave, rather than one running after the other.
    order = [e.id for e in sorted(stored, key=lambda e: (e.created_at, int(e.id)))]
    first_b = min(order.index(i) for i in ids["b"])
    first_a = min(order.index(i) for i in ids["a"])
    last_a = max(order.index(i) for i in ids["a"])
    last_b = max(order.index(i) for i in ids["b"])
    assert max(first_a, first_b) < min(last_a, last_b)
    assert _integrity(db) == "ok"
    with Journal.open(url) as j:
        assert len(json.loads(j.export_json())) == 2 * per_writer
