"""Journal benchmark: the newest 50 entries and the mood series over 10,000 entries."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.gate import CheckIn, evaluate  # noqa: E402
from assistant.journal import Journal  # noqa: E402
from assistant.reflection import Outcome, ReflectionPlan, StrategyStep  # noqa: E402

TARGET_MS = 100.0
WORDS = ("miss", "text", "walk", "friends", "sleep", "angry", "better", "today", "music",
         "remember", "quiet", "coffee", "again", "work", "why", "okay")


def _prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _plan(rng: random.Random) -> dict[str, Any]:
    return ReflectionPlan(
        summary=_prose(rng, 30),
        steps=[
            StrategyStep(strategy=s, title=s, section=f"after-{s}",
                         actions=[_prose(rng, 12) for _ in range(3)])
            for s in ("reflect", "self_care", "growth")
        ],
    ).model_dump(mode="json")


def make_export(n: int, seed: int = 7) -> str:
    """n realistic entries over the last year, in export_json() form."""
    rng = random.Random(seed)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=365)
    items = []
    for i in range(n):
        at = start + dt.timedelta(seconds=i * 365 * 86_400 / n)
        roll = rng.random()
        data: dict[str, Any]
        if roll < 0.25:
            c = CheckIn(days_since_breakup=rng.randint(30, 400), motive="closure",
                        healing=rng.randint(0, 10))
            kind, data = "checkin", {"checkin": c.model_dump(mode="json"),
                                     "verdict": evaluate(c).model_dump(mode="json")}
        elif roll < 0.55:
            kind, data = "urge", {"note": _prose(rng, 40), "intensity": rng.randint(0, 10)}
        elif roll < 0.75:
            kind = rng.choice(("draft", "letter"))
            data = {"text": _prose(rng, rng.randint(50, 600)), "engine": "guide",
                    "sent": False, "recipient": "Sam", "citations": ["first-message"]}
        elif roll < 0.90:
            o = Outcome(sent=rng.random() < 0.5, response="neutral",
                        feeling=rng.randint(0, 10), hoped_for=_prose(rng, 20),
                        notes=_prose(rng, 80))
            kind, data = "contact", {"outcome": o.model_dump(mode="json"), "plan": _plan(rng)}
        else:
            kind, data = "reflection", {"plan": _plan(rng), "notes": _prose(rng, 120)}
        items.append({"id": str(i), "kind": kind, "created_at": at.isoformat(), "data": data})
    return json.dumps(items)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(first call, median, worst) in milliseconds."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return times[0], statistics.median(times), max(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--url", help="a database URL (default: a fresh SQLite file in a temp dir)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{Path(tmp) / 'journal.db'}"
        with Journal.open(url) as j:
            if j.count():
                print(f"refusing to benchmark a journal that already has entries: {url}")
                return 2
            t = time.perf_counter()
            j.import_json(make_export(args.entries))
            seed_s = time.perf_counter() - t
            moods = len(j.mood_series())
        try:
            # A fresh engine, as after starting the app: the first call is a cold one.
            with Journal.open(url) as j:
                newest = timed(lambda: j.entries(limit=50), args.runs)
                mood = timed(j.mood_series, args.runs)
                letters = timed(lambda: j.entries("letter", limit=50), args.runs)
                days = timed(j.days_without_contact, args.runs)
                export = timed(j.export_json, 3)
                save = timed(lambda: j.add_urge("benchmark urge", 5), 50)
        finally:
            if args.url:
                with Journal.open(url) as j:
                    j.delete_all()

    where = url.split("://", 1)[0]
    print(f"journal benchmark: {args.entries:,} entries on {where} "
          f"(seeded in one transaction in {seed_s:.1f} s; {moods:,} mood points)")
    print(f"{'operation':<34}{'first':>9}{'median':>9}{'worst':>9}   target")
    rows = [
        ("entries(limit=50)  newest 50", newest, True),
        ("mood_series()", mood, True),
        ('entries("letter", limit=50)', letters, False),
        ("days_without_contact()", days, False),
        ("export_json()  everything", export, False),
        ("add_urge()  one fsynced save", save, False),
    ]
    ok = True
    for name, (first, med, worst), gated in rows:
        verdict = ""
        if gated:
            passed = med <= TARGET_MS
            ok &= passed
            verdict = f"<= {TARGET_MS:.0f} ms median: {'ok' if passed else 'MISSED'}"
        print(f"{name:<34}{first:>7.1f}ms{med:>7.1f}ms{worst:>7.1f}ms   {verdict}")
    print("times in ms; median and worst over "
          f"{args.runs} runs (export: 3 runs, save: 50 runs)")
    print("reproduce: .venv/bin/python bench/bench_journal.py "
          "[--entries 10000] [--runs 30] [--url postgresql+psycopg://user@host/db]")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
