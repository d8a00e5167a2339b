"""Drafting and talking against a real llama.cpp server, and against servers that fail."""

from __future__ import annotations

import time
from typing import Any

import openai
import pytest
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import HumanMessage

from assistant.config import Settings
from assistant.drafting import DraftRequest, draft_message, draft_prompt, stream_draft
from assistant.gate import CheckIn, evaluate
from assistant.lint import is_blocked, lint_draft
from assistant.llm import MAX_OUTPUT_TOKENS, make_chat_model
from assistant.talk import Turn, talk

pytestmark = pytest.mark.integration

TIMEOUT = 2.0
# Thread start-up, the guide engine and the interpreter's own jitter on a busy 2-core box.
MARGIN = 1.0

GO = CheckIn(days_since_breakup=60, motive="closure", healing=8)
WAIT = CheckIn(days_since_breakup=10, motive="reconciliation", healing=3)
REQUESTS = [
    (DraftRequest(recipient="Sam"), GO),
    (DraftRequest(recipient="Alex", notes="say sorry for the last fight", tone="brief"), GO),
    (DraftRequest(recipient="Robin", tone="neutral"),
     CheckIn(days_since_breakup=90, motive="reconciliation", healing=9, issues_addressed=True)),
]


def chat_model(base_url: str, model: str = "smol", timeout: float = 30.0) -> BaseChatModel:
    built = make_chat_model(
        Settings(OPENAI_BASE_URL=base_url, UNSENT_MODEL=model, UNSENT_LLM_TIMEOUT=timeout)
    )
    assert built is not None
    return built


@pytest.fixture(scope="module")
def model(llama_server: Any) -> BaseChatModel:
    return chat_model(llama_server.base_url, llama_server.model)


def test_streaming_works_end_to_end(model: BaseChatModel) -> None:
    req, checkin = REQUESTS[0]
    stream = stream_draft(req, checkin, model)
    chunks = list(stream)
    assert len(chunks) > 3, "the server's reply should arrive in pieces"
    assert "".join(chunks) == stream.streamed
    draft = stream.result
    assert not is_blocked(lint_draft(draft.text, recipient="Sam", motive="closure"))
    assert draft.citations
    if draft.engine == "guide":
        assert draft.note and stream.replaced
    else:
        assert stream.replaced == (draft.text != stream.streamed.strip())


@pytest.mark.parametrize(("req", "checkin"), REQUESTS)
def test_a_draft_comes_back_lint_clean_from_the_model_or_the_fallback(
    model: BaseChatModel, req: DraftRequest, checkin: CheckIn
) -> None:
    draft = draft_message(req, checkin, model)
    assert draft.text.strip()
    assert not is_blocked(draft.lint)
    assert draft.lint == lint_draft(draft.text, recipient=req.recipient, motive=checkin.motive)
    assert draft.engine in ("llm", "guide")
    if draft.engine == "guide":
        assert "guide engine" in draft.note


def test_the_output_cap_is_honoured(llama_server: Any) -> None:
    """A prompt that runs past 1,000 tokens uncapped at temperature 0 stops at our cap."""
    settings = Settings(OPENAI_BASE_URL=llama_server.base_url, UNSENT_MODEL=llama_server.model)
    model = make_chat_model(settings, temperature=0)
    assert model is not None
    story = "Write a very long story of at least 2000 words about a dragon."
    prompt = [HumanMessage(content=story)]
    start = time.monotonic()
    reply = model.invoke(prompt)
    elapsed = time.monotonic() - start
    assert reply.response_metadata["token_usage"]["completion_tokens"] == MAX_OUTPUT_TOKENS
    assert reply.response_metadata["finish_reason"] == "length"
    assert elapsed < 60


def test_draft_prompt_fits_the_token_budget(llama_server: Any) -> None:
    raw = openai.OpenAI(base_url=llama_server.base_url, api_key="x", timeout=60)
    longest = [
        DraftRequest(recipient="Sam", notes=("I'd like to say sorry and thank them. " * 60)[:2000]),
        DraftRequest(recipient="Sam", notes="我想说对不起，也想谢谢你这些年的陪伴。" * 100,
                     language="zh"),
    ]
    cases = [*REQUESTS, *((req, REQUESTS[2][1]) for req in longest)]
    for req, checkin in cases:
        messages, _ = draft_prompt(req, checkin)
        sent = raw.chat.completions.create(
            model=llama_server.model, max_tokens=1,
            messages=[{"role": "system" if m.type == "system" else "user",
                       "content": str(m.content)} for m in messages],
        )
        assert sent.usage is not None and sent.usage.prompt_tokens <= 1_200


def test_talk_streams_from_the_model(model: BaseChatModel) -> None:
    history = [Turn(role="user", content="I keep wanting to text them. It's been ten days.")]
    stream = talk(history, WAIT, evaluate(WAIT), model)
    text = "".join(stream)
    assert text.strip()
    assert stream.engine in ("llm", "guide")
    assert stream.citations
    if stream.engine == "llm":
        assert stream.text == text.strip() and not stream.replaced


# --- servers that fail ---------------------------------------------------------------------


@pytest.mark.parametrize("server", ["gone_server", "silent_server"])
def test_a_failing_server_yields_a_guide_draft_within_the_timeout(
    server: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNSENT_LLM_TIMEOUT", str(TIMEOUT))
    monkeypatch.setenv("OPENAI_BASE_URL", request.getfixturevalue(server))
    built = make_chat_model(Settings())
    assert built is not None
    req, checkin = REQUESTS[0]
    start = time.monotonic()
    draft = draft_message(req, checkin, built)
    elapsed = time.monotonic() - start
    assert draft.engine == "guide"
    assert "guide engine" in draft.note
    assert not is_blocked(draft.lint)
    assert elapsed < TIMEOUT + MARGIN, f"fallback took {elapsed:.2f}s"
    if server == "silent_server":
        assert elapsed >= TIMEOUT * 0.9  # it really waited for the server, then gave up


@pytest.mark.parametrize("server", ["gone_server", "silent_server"])
def test_talk_with_a_failing_server_falls_back_within_the_timeout(
    server: str, request: pytest.FixtureRequest
) -> None:
    built = chat_model(request.getfixturevalue(server), timeout=TIMEOUT)
    start = time.monotonic()
    stream = talk([], WAIT, evaluate(WAIT), built)
    text = "".join(stream)
    elapsed = time.monotonic() - start
    assert stream.engine == "guide" and "10 days" in text
    assert elapsed < TIMEOUT + MARGIN, f"fallback took {elapsed:.2f}s"
