"""Settings: environment, overrides, the default engine, and the key kept secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.config import DEFAULT_MODEL, Settings, default_db_url

KEY = "sk-test-very-secret-123456"


def test_defaults_to_guide_engine_with_nothing_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNSENT_DB_URL")
    s = Settings()
    assert s.engine == "guide" and s.llm == "guide"
    assert s.model == DEFAULT_MODEL
    assert s.openai_api_key is None
    assert s.db_url == default_db_url()
    assert s.db_url.endswith("/unsent/journal.db")


def test_data_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("UNSENT_DB_URL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert Settings().db_url == f"sqlite:///{tmp_path / 'xdg' / 'unsent' / 'journal.db'}"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert Settings().db_url == f"sqlite:///{tmp_path}/home/.local/share/unsent/journal.db"


@pytest.mark.parametrize(
    ("env", "engine"),
    [
        ({"OPENAI_API_KEY": KEY}, "openai"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, "openai"),
        ({"OPENAI_API_KEY": KEY, "UNSENT_LLM": "guide"}, "guide"),
        ({"UNSENT_LLM": "openai", "OPENAI_API_KEY": KEY}, "openai"),
        ({"OPENAI_API_KEY": ""}, "guide"),
    ],
)
def test_engine_default(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], engine: str) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert Settings().engine == engine


def test_reads_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNSENT_MODEL", "smollm2")
    monkeypatch.setenv("UNSENT_LLM_TIMEOUT", "7.5")
    monkeypatch.setenv("UNSENT_DB_URL", "sqlite:////tmp/x.db")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:8080/v1")
    s = Settings()
    assert (s.model, s.llm_timeout, s.db_url) == ("smollm2", 7.5, "sqlite:////tmp/x.db")
    assert s.openai_base_url == "http://localhost:8080/v1"
    assert s.model_host == "localhost:8080"


def test_keyword_arguments_override_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNSENT_MODEL", "from-env")
    monkeypatch.setenv("UNSENT_LLM", "openai")
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    s = Settings(model="from-kwarg", llm="guide", llm_timeout=3)
    assert (s.model, s.engine, s.llm_timeout) == ("from-kwarg", "guide", 3)


def test_bad_values_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNSENT_LLM", "anthropic")
    with pytest.raises(ValidationError, match="openai"):
        Settings()
    monkeypatch.setenv("UNSENT_LLM", "guide")
    monkeypatch.setenv("UNSENT_LLM_TIMEOUT", "-1")
    with pytest.raises(ValidationError, match="greater than 0"):
        Settings()


def test_api_key_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    s = Settings()
    assert s.openai_api_key is not None
    assert s.openai_api_key.get_secret_value() == KEY
    for shown in (repr(s), str(s), s.model_dump_json(), str(s.model_dump()),
                  s.describe_engine(), s.model_host):
        assert KEY not in shown
    assert KEY not in Settings(openai_api_key=KEY).model_dump_json()
