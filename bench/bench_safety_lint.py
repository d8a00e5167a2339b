"""How long the safety screen takes on a typical message and on a 100,000-character input,
and the draft linter on the latter (the screen includes the semantic layer).

``--against REV`` times today's code beside a git revision's, taking turns in one process,
and prints the ratio (this machine's timings drift by half from run to run; ratios don't).
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import os
import random
import re
import statistics
import string
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.lint import lint_draft  # noqa: E402
from assistant.safety import screen  # noqa: E402

SIZE = 100_000
TARGET_MS = {"screen": 100.0, "lint_draft": 50.0}  # 100,000 characters, best time
TYPICAL_TARGET_MS = 5.0  # a typical 300-character message, median
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
    "five other languages (corpus text)": "",  # filled in below
}


def _other_languages() -> str:
    screen_dir = ROOT / "tests" / "corpora" / "screen"
    parts = []
    for lang in ("es", "pt", "fr", "de", "it"):
        cases = tomllib.loads((screen_dir / f"{lang}_train2.toml").read_text(encoding="utf-8"))
        parts += [c["text"] for c in cases["case"] if c["kind"] == "none"]
    text = " ".join(p.rstrip(".!?") + "." for p in parts)
    return ((text + " ") * (SIZE // len(text) + 1))[:SIZE]


INPUTS["five other languages (corpus text)"] = _other_languages()


def typical_messages(n: int = 200) -> list[str]:
    """Everyday messages of about 300 characters in all six languages, from the training
    corpora (everyday ones: a crisis text is decided by the rules before the semantic layer
    runs, which would make the figure look faster than what most people meet)."""
    screen_dir = ROOT / "tests" / "corpora" / "screen"
    rng = random.Random(2026)
    out = []
    for lang in ("en", "es", "pt", "fr", "de", "it"):
        cases = tomllib.loads((screen_dir / f"{lang}_train2.toml").read_text(encoding="utf-8"))
        texts = [c["text"] for c in cases["case"] if c["kind"] == "none"]
        for _ in range(n // 6):
            message = ""
            while len(message) < 300:
                message += rng.choice(texts).rstrip(".!?") + ". "
            out.append(message[:300])
    return out


def typical() -> float:
    """Median milliseconds to screen a typical 300-character message (model already loaded)."""
    messages = typical_messages()
    screen(messages[0])  # loads the embedded model once, as the app does after first paint
    samples = []
    for m in messages:
        start = time.perf_counter()
        screen(m)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    median, p95 = statistics.median(samples), samples[int(0.95 * len(samples))]
    verdict = "within" if median <= TYPICAL_TARGET_MS else "OVER"
    print(f"typical 300-character message, {len(samples)} in six languages: median "
          f"{median:.2f} ms, p95 {p95:.2f} ms ({verdict} the {TYPICAL_TARGET_MS:.0f} ms target)\n")
    return median


def _times(fn: Callable[[str], object], text: str) -> tuple[float, float]:
    fn(text)  # warm up
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn(text)
        samples.append((time.perf_counter() - start) * 1000)
    return min(samples), statistics.median(samples)


def _load_revision(rev: str) -> tuple[Callable[[str], object], Callable[[str], object]]:
    """screen and lint_draft as they were at git revision ``rev``, loaded beside today's.

    ``rev``'s ``assistant`` package and ``content`` folder are unpacked into a temporary folder
    and imported under another name (``unsent_then``), so both run in this one process.
    """
    folder = Path(tempfile.mkdtemp(prefix="unsent-bench-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "assistant", "content"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "assistant").rename(folder / "unsent_then")
    for path in (folder / "unsent_then").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        source = re.sub(r"\b(from|import) assistant\b", r"\1 unsent_then", source)
        path.write_text(source, encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        safety = importlib.import_module("unsent_then.safety")
        lint = importlib.import_module("unsent_then.lint")
    finally:
        sys.path.remove(str(folder))
    return safety.screen, lint.lint_draft


def compare(rev: str) -> None:
    """Today's code against ``rev``'s, taking turns in one process: the ratio is what counts."""
    then_screen, then_lint = _load_revision(rev)
    print(f"Today's screen and linter against {rev}'s, taking turns in one process "
          f"(best of {RUNS} each, {SIZE:,} characters)\n")
    print(f"{'input':34} {'function':12} {'now ms':>8} {'then ms':>8}  {'now/then':>8}")
    for name, text in INPUTS.items():
        text = text[:SIZE]
        for label, now, then in (("screen", screen, then_screen),
                                 ("lint_draft", lint_draft, then_lint)):
            now(text), then(text)  # warm up
            best_now = best_then = float("inf")
            for _ in range(RUNS):
                start = time.perf_counter()
                now(text)
                best_now = min(best_now, time.perf_counter() - start)
                start = time.perf_counter()
                then(text)
                best_then = min(best_then, time.perf_counter() - start)
            print(f"{name:34} {label:12} {best_now * 1000:8.1f} {best_then * 1000:8.1f}  "
                  f"{best_now / best_then:8.2f}")
    print(f"\nReproduce: .venv/bin/python bench/bench_safety_lint.py --against {rev}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--against":
        compare(sys.argv[2])
        return
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs (timings on a busy shared machine run slower)\n")
    typical()
    print(f"Safety screen and draft linter on {SIZE:,}-character inputs (best and median of "
          f"{RUNS} runs; targets: screen < {TARGET_MS['screen']:.0f} ms, lint_draft < "
          f"{TARGET_MS['lint_draft']:.0f} ms)\n")
    print(f"{'input':36} {'function':12} {'best ms':>8} {'median ms':>10}  {'x4 ratio':>8}")
    worst = {"screen": 0.0, "lint_draft": 0.0}
    for name, text in INPUTS.items():
        text = text[:SIZE]
        for label, fn in (("screen", screen), ("lint_draft", lint_draft)):
            best, median = _times(fn, text)
            quarter, _ = _times(fn, text[: SIZE // 4])
            worst[label] = max(worst[label], best)
            print(f"{name:36} {label:12} {best:8.1f} {median:10.1f}  {best / quarter:8.1f}")
    for label, ms in worst.items():
        verdict = "within" if ms < TARGET_MS[label] else "OVER"
        print(f"\n{label}: slowest best time {ms:.1f} ms, {verdict} the "
              f"{TARGET_MS[label]:.0f} ms target.", end="")
    print("\nThe x4 ratio compares 100,000 with 25,000 characters: about 4 means linear.")
    print("Reproduce: .venv/bin/python bench/bench_safety_lint.py   (or: make bench); "
          "add --against REV to time a git revision's code beside today's")


if __name__ == "__main__":
    main()
