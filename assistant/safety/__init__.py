"""Safety screen for every piece of free text: crisis, harm to others, harassment.

``screen`` runs rules per language over a canonical form of the text, then the semantic layer;
``responses`` holds what the app says instead of anything a model would say. Compiling every
language's rules and their index takes a moment, so it happens on the first screening (or in
the app's warm-up after the first page is drawn), not when this package is imported.
"""

from __future__ import annotations

from typing import Any

from assistant.safety.index import build_index, leading_words, second_words
from assistant.safety.kinds import PRIORITY, ResponseKind, Screening, ScreenKind
from assistant.safety.normalize import _variants, canonical
from assistant.safety.responses import (
    NOT_THERAPY,
    SAFETY_FILE,
    Answer,
    Question,
    Resource,
    ResponseText,
    SafetyContent,
    SafetyResponse,
    SafetyState,
    abuse_support,
    get_safety_content,
    load_safety_content,
    response_for,
)


def screen(text: str, *, by_model: bool = False) -> Screening:
    """Classify ``text`` (see ``assistant.safety.screening.screen``; ``by_model`` for a model's
    reply or summary rather than a person's words). Pure; never raises."""
    from assistant.safety.screening import screen as run

    return run(text, by_model=by_model)


def screen_rules(text: str) -> Screening:
    """The rules alone, without the semantic layer (see ``assistant.safety.screening``)."""
    from assistant.safety.screening import screen_rules as run

    return run(text)


def warm_up() -> None:
    """Compile the rules and their index and load the crisis head now, so the first text
    someone writes is screened without a wait (the app calls this after its first page);
    then the embedded sentence model the listening guide engine reads talk messages with."""
    import assistant.safety.screening  # noqa: F401
    from assistant.safety.semantic import crisis_score
    from assistant.semantic import SemanticUnavailable, model

    crisis_score("warming up the screen")
    try:
        model()
    except SemanticUnavailable:
        pass  # the talk engine logs it and reads messages by keyword cues


def __getattr__(name: str) -> Any:
    """The rule tables, loaded on first use (tests and benches read them)."""
    if name in ("RULE_IDS", "_INDEX"):
        from assistant.safety import screening as module

        return getattr(module, name)
    if name == "_RULES":
        from assistant.safety.rules import RULES

        return RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NOT_THERAPY", "PRIORITY", "Answer", "Question", "SAFETY_FILE", "ResponseKind",
    "ResponseText", "Resource", "SafetyContent", "SafetyResponse", "SafetyState", "ScreenKind",
    "Screening", "_variants", "abuse_support", "build_index", "canonical",
    "get_safety_content", "leading_words", "load_safety_content", "response_for", "screen",
    "screen_rules", "second_words", "warm_up",
]
