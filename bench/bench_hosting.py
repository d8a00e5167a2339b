"""Hosting load: concurrent writers as several owners, in two processes, on one PostgreSQL.

Every acknowledged entry must be stored under its owner and be visible to no other owner;
the script prints the write latency (p50, p95, max) and fails if an invariant breaks.

    .venv/bin/python bench/bench_hosting.py                 # 20 writers, 4 owners, 2 processes
    .venv/bin/python bench/bench_hosting.py --per-writer 50

It starts a throwaway PostgreSQL (Debian's postgresql package), prepares the journal as an
operator would (migrated by the table owner, the app connecting as a role that doesn't own
it, so row-level security applies), then runs the writers as that app role.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from assistant.journal import Journal  # noqa: E402


def owner_of(writer: int, owners: int) -> str:
    return f"bench-owner-{writer % owners}"


def run_worker(url: str, proc: int, writers: int, per_writer: int, owners: int,
               start_at: float) -> dict[str, Any]:
    """``writers`` threads in this process, each saving ``per_writer`` urges as its owner."""
    root = Journal.open(url, owner=owner_of(0, owners))
    acked: list[dict[str, Any]] = []
    failed: list[str] = []
    lock = threading.Lock()

    def write(n: int) -> None:
        writer = proc * writers + n
        owner = owner_of(writer, owners)
        journal = root.as_owner(owner)
        while time.time() < start_at:
            time.sleep(0.001)
        for i in range(per_writer):
            note = f"p{proc}-w{writer}-{i}"
            t0 = time.perf_counter()
            try:
                entry_id = journal.add_urge(note, i % 11)
            except Exception as exc:  # noqa: BLE001 - counted, reported, never hidden
                with lock:
                    failed.append(f"{note}: {exc}")
                continue
            ms = (time.perf_counter() - t0) * 1000
            with lock:
                acked.append({"owner": owner, "note": note, "id": entry_id, "ms": ms})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    root.close()
    return {"acked": acked, "failed": failed}


def check(url: str, acked: list[dict[str, Any]], owners: int) -> list[str]:
    """The invariants; returns what broke (empty when all hold)."""
    problems = []
    for n in range(owners):
        owner = owner_of(n, owners)
        expected = {(a["id"], a["note"]) for a in acked if a["owner"] == owner}
        with Journal.open(url, owner=owner) as journal:
            seen = {(e.id, e.data["note"]) for e in journal.entries()}
        if seen != expected:
            foreign = {note for _, note in seen - expected}
            missing = {note for _, note in expected - seen}
            problems.append(f"{owner}: {len(missing)} acknowledged entries missing, "
                            f"{len(foreign)} entries not theirs visible")
    return problems


def run(url: str, *, processes: int = 2, writers: int = 10, per_writer: int = 25,
        owners: int = 4) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """Writers in ``processes`` child processes; returns (acked, failed, invariant problems)."""
    start_at = time.time() + 3.0  # both processes open their pools first, then start together
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", str(p), "--url", url, "--writers",
             str(writers), "--per-writer", str(per_writer), "--owners", str(owners),
             "--start-at", repr(start_at)],
            stdout=subprocess.PIPE, text=True,
        )
        for p in range(processes)
    ]
    acked: list[dict[str, Any]] = []
    failed: list[str] = []
    for child in children:
        out, _ = child.communicate(timeout=600)
        if child.returncode != 0:
            raise RuntimeError(f"a worker process failed with {child.returncode}")
        result = json.loads(out)
        acked += result["acked"]
        failed += result["failed"]
    return acked, failed, check(url, acked, owners)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--worker", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--url", default="", help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--writers", type=int, default=10, help="writer threads per process")
    parser.add_argument("--per-writer", type=int, default=25)
    parser.add_argument("--owners", type=int, default=4)
    args = parser.parse_args()
    if args.worker is not None:
        print(json.dumps(run_worker(args.url, args.worker, args.writers, args.per_writer,
                                    args.owners, args.start_at)))
        return 0

    from helpers import app_role_url, new_pg_database, postgres_server

    with postgres_server() as server:
        url = app_role_url(new_pg_database(server), role="bench_app", password="bench-pw")
        acked, failed, problems = run(url, processes=args.processes, writers=args.writers,
                                      per_writer=args.per_writer, owners=args.owners)
    total_writers = args.processes * args.writers
    ms = [a["ms"] for a in acked]
    print(f"Hosting load: {total_writers} concurrent writers as {args.owners} owners across "
          f"{args.processes} processes, {args.per_writer} urges each, on PostgreSQL 15 "
          "(app role under row-level security)")
    print(f"  acknowledged {len(acked)} of {total_writers * args.per_writer}; "
          f"failed {len(failed)}")
    if ms:
        print(f"  write latency: p50 {statistics.median(ms):.1f} ms, "
              f"p95 {percentile(ms, 0.95):.1f} ms, max {max(ms):.1f} ms")
    for line in failed[:5]:
        print(f"  FAILED {line}")
    print("  every acknowledged entry stored under its owner, none visible to another: "
          + ("yes" if not problems else "NO"))
    for problem in problems:
        print(f"  BROKEN {problem}")
    print("Reproduce: .venv/bin/python bench/bench_hosting.py")
    return 0 if not problems and not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
