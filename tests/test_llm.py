"""Building the chat model from Settings, what goes on the wire, and the deadline on streaming."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    GenericFakeChatModel,
)
from langchain_core.messages import AIMessage, HumanMessage
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from assistant import llm
from assistant.config import Settings
from assistant.errors import ConfigError, ModelError
from assistant.llm import (
    MAX_OUTPUT_TOKENS,
    STOP_SEQUENCES,
    make_chat_model,
    plain_failure,
    stream_text,
)

ROOT = Path(__file__).resolve().parent.parent
SECRET = "sk-test-do-not-show-0123456789"


class Capture(BaseHTTPRequestHandler):
    """A tiny OpenAI-compatible endpoint on 127.0.0.1 that records the request bodies."""

    bodies: list[dict[str, Any]] = []
    headers_seen: list[dict[str, str]] = []

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).bodies.append(body)
        type(self).headers_seen.append({k.lower(): v for k, v in self.headers.items()})
        reply = {
            "id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "Hello there."}}],
        }
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def capture() -> Iterator[str]:
    Capture.bodies = []
    Capture.headers_seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Capture)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_guide_engine_has_no_model() -> None:
    assert make_chat_model(Settings()) is None
    assert make_chat_model(Settings(UNSENT_LLM="guide", OPENAI_API_KEY=SECRET)) is None


def test_openai_without_key_or_host_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        make_chat_model(Settings(UNSENT_LLM="openai"))


def test_local_server_model_is_configured_from_settings() -> None:
    settings = Settings(OPENAI_BASE_URL="http://127.0.0.1:9/v1", UNSENT_MODEL="smol",
                        UNSENT_LLM_TIMEOUT=3)
    model = make_chat_model(settings)
    assert isinstance(model, ChatOpenAI)
    assert model.model_name == "smol"
    assert model.openai_api_base == "http://127.0.0.1:9/v1"
    assert model.request_timeout == 3
    assert model.max_retries <= 1
    assert isinstance(model.openai_api_key, SecretStr)
    assert model.max_tokens is None  # would go out as max_completion_tokens
    assert model.extra_body == {"max_tokens": MAX_OUTPUT_TOKENS}
    assert model.stop == STOP_SEQUENCES
    assert llm.timeout_of(model) == 3


def test_the_key_never_shows_in_repr_or_str() -> None:
    model = make_chat_model(Settings(OPENAI_API_KEY=SECRET))
    assert model is not None
    for text in (repr(model), str(model), str(model.model_dump())):
        assert SECRET not in text


def test_local_server_gets_max_tokens_in_the_body_and_stop_sequences(capture: str) -> None:
    model = make_chat_model(Settings(OPENAI_BASE_URL=capture, OPENAI_API_KEY=SECRET,
                                     UNSENT_MODEL="smol"), temperature=0)
    assert model is not None
    assert model.invoke([HumanMessage(content="hi")]).content == "Hello there."
    body = Capture.bodies[-1]
    assert body["max_tokens"] == MAX_OUTPUT_TOKENS
    assert "max_completion_tokens" not in body
    assert body["stop"] == STOP_SEQUENCES
    assert body["temperature"] == 0
    assert Capture.headers_seen[-1]["authorization"] == f"Bearer {SECRET}"


def test_a_local_server_needs_no_key(capture: str) -> None:
    model = make_chat_model(Settings(OPENAI_BASE_URL=capture))
    assert model is not None
    model.invoke([HumanMessage(content="hi")])
    assert Capture.headers_seen[-1]["authorization"] == "Bearer not-needed"


def test_openai_itself_gets_its_own_cap() -> None:
    model = make_chat_model(Settings(OPENAI_API_KEY=SECRET))
    assert isinstance(model, ChatOpenAI)
    payload = model._get_request_payload([HumanMessage(content="hi")])
    assert payload["max_completion_tokens"] == MAX_OUTPUT_TOKENS
    assert "max_tokens" not in payload and "extra_body" not in payload
    assert payload["stop"] == STOP_SEQUENCES


def test_reasoning_models_get_no_stop_or_temperature() -> None:
    model = make_chat_model(Settings(OPENAI_API_KEY=SECRET, UNSENT_MODEL="o4-mini"),
                            temperature=0)
    assert isinstance(model, ChatOpenAI)
    payload = model._get_request_payload([HumanMessage(content="hi")])
    assert "stop" not in payload and "temperature" not in payload
    assert payload["max_completion_tokens"] == MAX_OUTPUT_TOKENS


def test_langchain_openai_is_imported_only_when_a_model_is_built() -> None:
    code = (
        "import sys\n"
        "import assistant.llm, assistant.drafting, assistant.talk, assistant.reflection\n"
        "from assistant.gate import CheckIn\n"
        "from assistant.drafting import DraftRequest, draft_message\n"
        "from assistant.config import Settings\n"
        "assert assistant.llm.make_chat_model(Settings()) is None\n"
        "draft_message(DraftRequest(recipient='Sam'),"
        " CheckIn(days_since_breakup=60, motive='closure', healing=8))\n"
        "assert 'langchain_openai' not in sys.modules\n"
        "assert 'openai' not in sys.modules\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)


# --- stream_text ---------------------------------------------------------------------------


def test_stream_text_yields_the_chunks_in_order() -> None:
    model = GenericFakeChatModel(messages=iter([AIMessage(content="one two three")]))
    assert list(stream_text(model, [HumanMessage(content="hi")])) == [
        "one", " ", "two", " ", "three"
    ]


def test_stream_text_turns_failures_into_model_errors() -> None:
    model = FakeListChatModel(responses=["abc"], error_on_chunk_number=1)
    got: list[str] = []
    with pytest.raises(ModelError, match="the model answered with an error"):
        for chunk in stream_text(model, [HumanMessage(content="hi")]):
            got.append(chunk)
    assert got == ["a"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("APITimeoutError", "took too long"),
        ("APIConnectionError", "couldn't be reached"),
        ("AuthenticationError", "didn't accept the API key"),
        ("RateLimitError", "busy"),
        ("NotFoundError", "doesn't offer that model"),
        ("ValueError", "answered with an error"),
    ],
)
def test_failures_are_told_in_plain_words(name: str, words: str) -> None:
    exc = type(name, (Exception,), {})("sk-secret-should-not-show")
    said = plain_failure(exc)
    assert words in said
    assert name not in said and "sk-secret" not in said


def test_stream_text_gives_up_on_a_silent_model_at_the_deadline() -> None:
    model = FakeListChatModel(responses=["abc"], sleep=3.0)
    start = time.monotonic()
    with pytest.raises(ModelError, match="within 0.2 seconds"):
        list(stream_text(model, [HumanMessage(content="hi")], timeout=0.2))
    assert time.monotonic() - start < 0.6


def test_the_deadline_is_between_chunks_not_for_the_whole_reply() -> None:
    model = FakeListChatModel(responses=["abcdef"], sleep=0.1)
    assert "".join(stream_text(model, [HumanMessage(content="hi")], timeout=0.5)) == "abcdef"


class TokenCounter(BaseCallbackHandler):
    def __init__(self) -> None:
        self.tokens = 0

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self.tokens += 1


def test_closing_the_stream_stops_the_model() -> None:
    counter = TokenCounter()
    model = FakeListChatModel(responses=["x" * 200], sleep=0.01, callbacks=[counter])
    stream = stream_text(model, [HumanMessage(content="hi")], timeout=1)
    assert next(stream) == "x"
    stream.close()
    time.sleep(0.5)  # left running, the model would have produced ~50 more chunks by now
    assert counter.tokens < 10


def test_building_a_model_switches_off_langsmith_tracing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A developer's LANGSMITH_TRACING must not send the person's words to LangSmith."""
    import langsmith
    from langsmith import utils as ls_utils

    monkeypatch.setenv("LANGSMITH_TRACING", "true")
    monkeypatch.setenv("LANGCHAIN_TRACING_V2", "true")
    langsmith.configure(enabled=None)  # undo any earlier test's model building
    ls_utils.get_env_var.cache_clear()
    try:
        assert ls_utils.tracing_is_enabled() is True  # the environment alone would trace
        make_chat_model(Settings(openai_base_url="http://127.0.0.1:9/v1"))
        seen: list[object] = []
        # Scripts run in Streamlit's own threads: the opt-out must hold there too.
        worker = threading.Thread(target=lambda: seen.append(ls_utils.tracing_is_enabled()))
        worker.start()
        worker.join()
        assert ls_utils.tracing_is_enabled() is False
        assert seen == [False]
    finally:
        langsmith.configure(enabled=None)
        ls_utils.get_env_var.cache_clear()
