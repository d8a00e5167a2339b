"""Safety screen for every piece of free text (skeleton: the full screen lands with issue 3)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

ScreenKind = Literal["none", "crisis", "harm_to_others", "harassment"]


class Screening(BaseModel):
    """What the screen found. ``matched`` names the rules that fired (for tests and logs)."""

    model_config = ConfigDict(frozen=True)

    kind: ScreenKind = "none"
    matched: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.kind != "none"


def screen(text: str) -> Screening:
    """Classify ``text``. Skeleton: only the most explicit crisis words are caught."""
    lowered = text.casefold()
    if "kill myself" in lowered or "suicide" in lowered:
        return Screening(kind="crisis", matched=("skeleton",))
    return Screening()


class SafetyState(BaseModel):
    """Per-session safety flags; the crisis flag is sticky once set."""

    crisis: bool = False

    def observe(self, screening: Screening) -> Screening:
        if screening.kind == "crisis":
            self.crisis = True
        return screening

    @property
    def drafting_allowed(self) -> bool:
        return not self.crisis
