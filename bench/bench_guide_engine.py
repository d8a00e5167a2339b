"""Guide-engine bench: how long a listening talk reply and a purpose-shaped draft take.

Run: .venv/bin/python bench/bench_guide_engine.py [--runs 5]

Each run answers every message in a conversation (talk) and drafts every note (drafting), one
at a time as the app does, after one warm-up pass that loads the embedded model. Prints p50
and p95 per call and whether p50 is within the target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.drafting import DraftRequest, draft_message  # noqa: E402
from assistant.gate import CheckIn, evaluate  # noqa: E402
from assistant.talk import Turn, guide_reply  # noqa: E402

TARGET_MS = 20.0
TODAY = dt.date(2025, 3, 1)
WAIT = CheckIn(days_since_breakup=10, motive="reconciliation", healing=3)
GO = CheckIn(days_since_breakup=60, motive="closure", healing=8)

MESSAGES = [
    "I looked at her photos again last night",
    "I haven't been sleeping since she left",
    "she said she needed space and it's been a month",
    "he's already seeing someone else",
    "I want to text him right now, my phone is in my hand",
    "I don't know",
    "I keep thinking it was all my fault, I pushed him away",
    "her birthday is on friday and I don't know if I should say anything",
    "honestly I'm just so angry at how he ended it, over text after four years",
    "I started running again and I feel a bit better",
    "what if she just ignores me",
    "can you write the message for me?",
]
NOTES = [
    "I still have his guitar and want to give it back",
    "congratulate her on finishing her degree",
    "just say happy new year",
    "his grandmother died and I want to send my sympathy",
    "thank her for looking after me when I was ill",
    "apologise for yelling at her at the party",
    "the phone bill is still in my name, need to sort it",
    "tell him he ruined my life",
    "",
]


def time_replies() -> list[float]:
    verdict = evaluate(WAIT)
    history = [Turn(role="assistant", content=guide_reply([], WAIT, verdict, TODAY)[0])]
    out = []
    for message in MESSAGES:
        history.append(Turn(role="user", content=message))
        start = time.perf_counter()
        text, _ = guide_reply(history, WAIT, verdict, TODAY)
        out.append((time.perf_counter() - start) * 1000)
        history.append(Turn(role="assistant", content=text))
    return out


def time_drafts() -> list[float]:
    out = []
    for notes in NOTES:
        request = DraftRequest(recipient="Sam", notes=notes)
        start = time.perf_counter()
        draft_message(request, GO)
        out.append((time.perf_counter() - start) * 1000)
    return out


def line(name: str, times: list[float]) -> tuple[str, bool]:
    ordered = sorted(times)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    ok = p50 <= TARGET_MS
    return (f"{name:<32} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   over {len(times)} calls   "
            f"{'ok' if ok else 'OVER'} (target p50 <= {TARGET_MS:g} ms)"), ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    time_replies()
    time_drafts()  # warm-up: loads the embedded model, the heads and the content once
    warm = (time.perf_counter() - start) * 1000
    replies: list[float] = []
    drafts: list[float] = []
    for _ in range(args.runs):
        replies += time_replies()
        drafts += time_drafts()
    print(f"Guide engine ({args.runs} runs; first pass incl. model load {warm:.0f} ms)")
    results = [line("talk reply (guide_reply)", replies), line("draft (draft_message)", drafts)]
    for text, _ in results:
        print(text)
    print("Reproduce: .venv/bin/python bench/bench_guide_engine.py --runs 5")
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
