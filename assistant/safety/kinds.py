"""The kinds of thing the screen finds, and what a screening reports."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

ScreenKind = Literal["none", "crisis", "harm_to_others", "harassment"]
ResponseKind = Literal["none", "crisis", "harm_to_others", "harassment", "abuse"]
# What a rule reports: a kind, "ask" (a risk signal that is not certain: the app asks
# directly), or None (a condition other rules require).
RuleKind = Literal["crisis", "harm_to_others", "harassment", "ask"] | None
Language = Literal["en", "es", "pt", "fr", "de", "it"]
LANGUAGES: tuple[Language, ...] = ("en", "es", "pt", "fr", "de", "it")

# Most severe first: when several categories match, the first one decides the kind.
PRIORITY: tuple[ScreenKind, ...] = ("crisis", "harm_to_others", "harassment")

class Screening(BaseModel):
    """What the screen found. ``matched`` names the rules that fired (for tests and logs).

    ``ask`` is True when the text is not certain crisis but carries a risk signal (a soft
    rule, or a semantic score in the middle band): the app then asks directly before doing
    anything else with the text. ``kind == "crisis"`` and ``ask`` are never both True.
    ``score`` is the semantic layer's crisis probability (None when it did not run), and
    ``language`` the language the text seems to be in (for the question and the panel).
    """

    model_config = ConfigDict(frozen=True)

    kind: ScreenKind = "none"
    matched: tuple[str, ...] = ()
    ask: bool = False
    score: float | None = None
    language: Language = "en"

    @property
    def flagged(self) -> bool:
        return self.kind != "none"
