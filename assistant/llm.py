"""The one place a chat model is built from Settings (skeleton: completed by issue 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.errors import ConfigError

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel


def make_chat_model(settings: Settings) -> BaseChatModel | None:
    """A ChatOpenAI for any OpenAI-compatible server, or None for the built-in guide engine."""
    if settings.engine == "guide":
        return None
    from langchain_openai import ChatOpenAI  # imported lazily: it is slow to import

    key = settings.openai_api_key
    if key is None and not settings.openai_base_url:
        raise ConfigError(
            "UNSENT_LLM=openai needs OPENAI_API_KEY, or OPENAI_BASE_URL for a local server."
        )
    return ChatOpenAI(
        model=settings.model,
        api_key=key if key is not None else "not-needed",
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout,
        max_retries=1,
    )
