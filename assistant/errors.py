"""The exceptions the assistant package raises, all under one base class."""

from __future__ import annotations

from typing import Any


class AssistantError(Exception):
    """Base class for every error Unsent raises on purpose."""


class ContentError(AssistantError):
    """A file under content/ is missing or does not match its schema."""

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file = file
        self.field = field
        self.problem = problem
        super().__init__(f"{file}: {field}: {problem}")


class ConfigError(AssistantError):
    """The settings cannot be used as given (for example a model with no key or host)."""


class GateClosed(AssistantError):
    """Drafting was asked for, but the readiness gate did not say "go"."""

    def __init__(self, verdict: Any) -> None:
        self.verdict = verdict
        decision = getattr(getattr(verdict, "decision", None), "value", verdict)
        super().__init__(f"Drafting is not open: the check-in decision is {decision!r}.")


class SafetyStop(AssistantError):
    """Free text screened as crisis, harm to others or harassment; nothing was sent anywhere."""

    def __init__(self, screening: Any) -> None:
        self.screening = screening
        kind = getattr(screening, "kind", screening)
        super().__init__(f"Stopped by the safety screen ({kind}).")


class ModelError(AssistantError):
    """The configured model failed, timed out or answered with something unusable."""


class JournalError(AssistantError):
    """The journal could not be read or written; the message says why in plain words."""
