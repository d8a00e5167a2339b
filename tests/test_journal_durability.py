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

# Saves entries of every kind (some of them large) and prints "<tag> <id> <time>" after each
# save returns: a printed id is an acknowledged entry. Once imported it touches
# ready-<tag>, then opens the journal and starts when the file argv[4] exists.
WRITER = r"""
import sys, time
from pathlib import Path
from assistant.gate import CheckIn, evaluate
from assistant.journal import Journal
from assistant.reflection import Outcome, ReflectionPlan, StrategyStep

url, tag, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
(go.parent / f"ready-{tag}").touch()
while not go.exists():
    time.sleep(0.001)
print("# start", time.time(), flush=True)
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
    print(tag, new, time.time(), flush=True)
    i += 1
j.close()
"""


def _start(url: str, tag: str, count: int, go: Path, out: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as sink:  # a file, not a pipe: the writer never blocks on its output
        return subprocess.Popen(
            [sys.executable, "-c", WRITER, url, tag, str(count), str(go)],
            cwd=ROOT, stdout=sink, stderr=subprocess.PIPE,
        )


def _lines(out: Path) -> list[list[str]]:
    """Complete lines only: a line cut short by the kill was never acknowledged."""
    return [line.split() for line in out.read_bytes().decode().split("\n")[:-1]]


def _acked(out: Path) -> list[str]:
    return [words[1] for words in _lines(out) if words[0] != "#"]


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
            # Beyond those, at most one save per kill was committed but not yet acknowledged.
            assert 0 <= len(stored) - len(acked) - round_ <= round_ + 1
            # Whatever is stored is whole: parseable, with its full text.
            for e in stored.values():
                if e.kind == "letter":
                    assert e.data["text"].endswith("long letter " * 3)
                    assert len(e.data["text"]) > 12 * 1200
            j.add_urge(f"after round {round_}", 1)  # and the journal is still writable
        print(f"kill -9 round {round_ + 1}: {len(round_ids)} acknowledged, "
              f"{len(acked)} in all, every one stored; integrity_check ok")
    assert _integrity(db) == "ok"


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    # A fresh file: both processes also create and migrate it at the same moment.
    db = tmp_path / "data" / "unsent" / "journal.db"
    url = f"sqlite:///{db}"
    go = tmp_path / "go"
    per_writer = 150
    procs = {tag: _start(url, tag, per_writer, go, tmp_path / tag) for tag in ("a", "b")}
    deadline = time.monotonic() + 30
    while not all((tmp_path / f"ready-{tag}").exists() for tag in procs):
        assert time.monotonic() < deadline
        time.sleep(0.005)
    go.touch()  # both are waiting at the start line
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
    # Each one was already trying to write before the other had finished: they contended.
    lines = {tag: _lines(tmp_path / tag) for tag in procs}
    start = {tag: float(lines[tag][0][2]) for tag in procs}
    end = {tag: float(lines[tag][-1][2]) for tag in procs}
    assert start["a"] < end["b"] and start["b"] < end["a"]
    assert _integrity(db) == "ok"
    with Journal.open(url) as j:
        assert len(json.loads(j.export_json())) == 2 * per_writer
