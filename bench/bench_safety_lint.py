"""How long the safety screen and the draft linter take on a 100,000-character input."""

from __future__ import annotations

import os
import random
import statistics
import string
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.lint import lint_draft  # noqa: E402
from assistant.safety import screen  # noqa: E402

SIZE = 100_000
TARGET_MS = 50.0
RUNS = 15


def _corpus_text() -> str:
    """Benign heartbreak talk and good drafts from the test corpora, repeated to SIZE."""
    corpora = ROOT / "tests" / "corpora"
    safety = tomllib.loads((corpora / "safety.toml").read_text(encoding="utf-8"))["case"]
    drafts = tomllib.loads((corpora / "drafts.toml").read_text(encoding="utf-8"))["draft"]
    parts = [c["text"] for c in safety if c["kind"] == "none"]
    parts += [d["text"] for d in drafts if d["label"] == "good"]
    text = " ".join(p.rstrip(".!?") + "." for p in parts)
    return (text + " ") * (SIZE // len(text) + 1)


def _made_up_words() -> str:
    """About 14,000 different made-up words, some with apostrophes, digits or capitals.

    The worst case for work done once per distinct word: real text repeats its words.
    """
    rng = random.Random(2026)
    words, size = [], 0
    while size < SIZE:
        w = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9)))
        r = rng.random()
        if r < 0.08:
            w = w[:2] + "'" + w[2:]
        elif r < 0.12:
            w = w[:1] + rng.choice("0134") + w[1:]
        elif r < 0.2:
            w = w.capitalize() + rng.choice(".,?!")
        words.append(w)
        size += len(w) + 1
    return " ".join(words)


INPUTS: dict[str, str] = {
    "heartbreak talk (corpus text)": _corpus_text()[:SIZE],
    "leetspeak, emoji, other scripts": (
        "I m1ss h3r s0 much 💔 k i n d a l0st. Я скучаю. أفتقدها. 我很想她. "
        "n0t sure wh@t t0 s4y... "
    ) * (SIZE // 80 + 1),
    "one crisis sentence at the end": _corpus_text()[: SIZE - 40] + " I want to kill myself.",
    "made-up words, few repeated": _made_up_words(),
}


def _times(fn: Callable[[str], object], text: str) -> tuple[float, float]:
    fn(text)  # warm up
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn(text)
        samples.append((time.perf_counter() - start) * 1000)
    return min(samples), statistics.median(samples)


def main() -> None:
    print(f"Safety screen and draft linter on {SIZE:,}-character inputs "
          f"(best and median of {RUNS} runs; target < {TARGET_MS:.0f} ms each)")
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs (timings on a busy shared machine run slower)\n")
    print(f"{'input':34} {'function':12} {'best ms':>8} {'median ms':>10}  {'x4 ratio':>8}")
    worst = 0.0
    for name, text in INPUTS.items():
        text = text[:SIZE]
        for label, fn in (("screen", screen), ("lint_draft", lint_draft)):
            best, median = _times(fn, text)
            quarter, _ = _times(fn, text[: SIZE // 4])
            worst = max(worst, best)
            print(f"{name:34} {label:12} {best:8.1f} {median:10.1f}  {best / quarter:8.1f}")
    verdict = "within" if worst < TARGET_MS else "OVER"
    print(f"\nslowest best time {worst:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target. "
          "The x4 ratio compares 100,000 with 25,000 characters: about 4 means linear.")
    print("Reproduce: .venv/bin/python bench/bench_safety_lint.py   (or: make bench)")


if __name__ == "__main__":
    main()
