"""Safety screen for every piece of free text: crisis, harm to others, harassment.

``screen`` runs rules per language over a canonical form of the text, then the semantic layer;
``responses`` holds what the app says instead of anything a model would say.
"""

from __future__ import annotations

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
from assistant.safety.rules import RULES as _RULES
from assistant.safety.screen import _INDEX, RULE_IDS, screen, screen_rules

__all__ = [
    "NOT_THERAPY", "PRIORITY", "Answer", "Question", "RULE_IDS", "SAFETY_FILE", "ResponseKind",
    "ResponseText",
    "Resource", "SafetyContent", "SafetyResponse", "SafetyState", "ScreenKind", "Screening",
    "_INDEX", "_RULES", "_variants", "abuse_support", "build_index", "canonical",
    "get_safety_content", "leading_words", "load_safety_content", "response_for", "screen",
    "screen_rules",
    "second_words",
]
