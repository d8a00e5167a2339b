"""The one place a chat model is built from Settings, and a deadline-guarded way to stream it."""

from __future__ import annotations

import contextlib
import contextvars
import logging
import queue
import re
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pydantic import SecretStr

from assistant.config import Settings
from assistant.errors import ConfigError, ModelError

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)

# A first message is under 80 words and a talk reply under 150; 320 tokens leaves room for
# a chatty preamble without letting a runaway model fill the context window.
MAX_OUTPUT_TOKENS = 320
STOP_SEQUENCES = ["\n\n\n", "<|im_end|>", "<|eot_id|>", "</s>"]
DEFAULT_TIMEOUT = 20.0
MAX_RETRIES = 1

# OpenAI's reasoning models reject `stop` and `temperature`.
_REASONING_MODEL = re.compile(r"^(o\d|gpt-5)")


def _is_openai_itself(base_url: str | None) -> bool:
    return base_url is None or urlsplit(base_url).hostname == "api.openai.com"


def keep_traces_local() -> None:
    """Switch off LangSmith tracing, whatever the environment says.

    LangChain sends every prompt and reply to LangSmith's servers when LANGSMITH_TRACING (or
    LANGCHAIN_TRACING_V2) is set in the environment, which a developer machine may well have.
    Unsent promises that only the configured model server sees a request, so it opts out.
    """
    import langsmith

    langsmith.configure(enabled=False)


def make_chat_model(
    settings: Settings, *, temperature: float | None = None
) -> BaseChatModel | None:
    """A ChatOpenAI for any OpenAI-compatible server, or None for the built-in guide engine."""
    if settings.engine == "guide":
        return None
    key = settings.openai_api_key
    if key is None and not settings.openai_base_url:
        raise ConfigError(
            "UNSENT_LLM=openai needs OPENAI_API_KEY, or OPENAI_BASE_URL for a local server."
        )
    from langchain_openai import ChatOpenAI  # imported lazily: it is slow to import

    keep_traces_local()

    reasoning = bool(_REASONING_MODEL.match(settings.model))
    cap: dict[str, Any] = {}
    if _is_openai_itself(settings.openai_base_url):
        # OpenAI honours max_completion_tokens, which is what ChatOpenAI sends for max_tokens.
        cap["max_tokens"] = MAX_OUTPUT_TOKENS
    else:
        # ChatOpenAI(max_tokens=...) goes out as max_completion_tokens, which llama.cpp's
        # server (and others) ignore; the classic field in the body is honoured everywhere.
        cap["extra_body"] = {"max_tokens": MAX_OUTPUT_TOKENS}
    if not reasoning:
        cap["stop"] = list(STOP_SEQUENCES)
        if temperature is not None:
            cap["temperature"] = temperature
    return ChatOpenAI(
        model=settings.model,
        api_key=key if key is not None else SecretStr("not-needed"),
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout,
        max_retries=MAX_RETRIES,
        **cap,
    )


def timeout_of(model: BaseChatModel) -> float:
    """The model's own request timeout in seconds (ChatOpenAI's), else DEFAULT_TIMEOUT."""
    value = getattr(model, "request_timeout", None)
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    read = getattr(value, "read", None)
    if isinstance(read, int | float) and read > 0:
        return float(read)
    return DEFAULT_TIMEOUT


def _chunk_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for block in content:
            if isinstance(block, str):
                parts.append(block)
            elif isinstance(block, dict) and block.get("type") == "text":
                parts.append(str(block.get("text", "")))
        return "".join(parts)
    return ""


_DONE = object()


def stream_text(
    model: BaseChatModel, messages: Sequence[BaseMessage], timeout: float | None = None
) -> Iterator[str]:
    """Yield the model's reply as text chunks; ModelError when it fails or goes quiet.

    The model runs in a daemon thread so a server that accepts the connection and never
    answers cannot hold the caller past ``timeout`` seconds without progress, whatever the
    model's own retries and timeouts are. Closing the iterator stops the request.
    """
    limit = timeout if timeout is not None else timeout_of(model)
    out: queue.SimpleQueue[object] = queue.SimpleQueue()
    stop = threading.Event()

    def work() -> None:
        stream: Iterator[Any] | None = None
        try:
            stream = iter(model.stream(list(messages)))
            for chunk in stream:
                out.put(_chunk_text(chunk.content))
                if stop.is_set():
                    break
            out.put(_DONE)
        except BaseException as exc:  # handed to the caller's thread, not swallowed
            out.put(exc)
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                with contextlib.suppress(Exception):  # the caller already has its answer
                    close()

    ctx = contextvars.copy_context()
    threading.Thread(target=ctx.run, args=(work,), daemon=True, name="unsent-llm").start()
    try:
        while True:
            try:
                item = out.get(timeout=limit)
            except queue.Empty:
                raise ModelError(f"the model did not answer within {limit:g} seconds") from None
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise ModelError(plain_failure(item)) from item
            if isinstance(item, str) and item:
                yield item
    finally:
        stop.set()


_PLAIN_FAILURES = (
    ("Timeout", "the model took too long to answer"),
    ("Connection", "the model server couldn't be reached"),
    ("Authentication", "the model server didn't accept the API key"),
    ("PermissionDenied", "the model server didn't accept the API key"),
    ("RateLimit", "the model server is busy right now"),
    ("NotFound", "the model server doesn't offer that model"),
)


def plain_failure(exc: BaseException) -> str:
    """Why a model call failed, in words for the person (never a class name or a key)."""
    log.warning("model call failed: %s", type(exc).__name__)
    for cls in type(exc).__mro__:
        for fragment, words in _PLAIN_FAILURES:
            if fragment in cls.__name__:
                return words
    return "the model answered with an error"


def complete(
    model: BaseChatModel, messages: Sequence[BaseMessage], timeout: float | None = None
) -> str:
    """The model's whole reply as one string (streamed under the same deadline)."""
    return "".join(stream_text(model, messages, timeout))
