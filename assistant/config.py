"""Settings from the environment (pydantic-settings); keyword arguments override it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "gpt-4.1-mini"


def data_dir() -> Path:
    """Where the journal lives: $XDG_DATA_HOME/unsent, else ~/.local/share/unsent."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "unsent"


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'journal.db'}"


class Settings(BaseSettings):
    """Unsent's configuration. ``Settings()`` reads the environment; kwargs override it."""

    model_config = SettingsConfigDict(
        populate_by_name=True,
        extra="ignore",
        case_sensitive=False,
    )

    llm: Literal["openai", "guide"] | None = Field(default=None, validation_alias="UNSENT_LLM")
    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    model: str = Field(default=DEFAULT_MODEL, min_length=1, validation_alias="UNSENT_MODEL")
    llm_timeout: float = Field(default=20.0, gt=0, le=600, validation_alias="UNSENT_LLM_TIMEOUT")
    db_url: str = Field(default_factory=default_db_url, validation_alias="UNSENT_DB_URL")
    # Hosted mode only: each signed-in person's model requests an hour (0: never the model).
    model_requests_per_hour: int = Field(
        default=30, ge=0, le=100_000, validation_alias="UNSENT_MODEL_REQUESTS_PER_HOUR"
    )

    @model_validator(mode="after")
    def _default_engine(self) -> Settings:
        if self.openai_base_url is not None and not self.openai_base_url.strip():
            self.openai_base_url = None
        if self.openai_api_key is not None and not self.openai_api_key.get_secret_value():
            self.openai_api_key = None
        if self.llm is None:
            self.llm = "openai" if (self.openai_api_key or self.openai_base_url) else "guide"
        return self

    @property
    def engine(self) -> Literal["openai", "guide"]:
        """The engine in use: "openai" (any OpenAI-compatible server) or the built-in "guide"."""
        return self.llm or "guide"

    @property
    def model_host(self) -> str:
        """Where model requests go, for showing to the person (never includes the key)."""
        if self.openai_base_url:
            parts = urlsplit(self.openai_base_url)
            return parts.netloc or self.openai_base_url
        return "api.openai.com"

    def describe_engine(self) -> str:
        if self.engine == "guide":
            return "the built-in guide engine (no AI model; nothing leaves this machine)"
        return f"model {self.model} at {self.model_host}"
