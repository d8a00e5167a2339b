"""The kinds of thing the screen finds, and what a screening reports."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

ScreenKind = Literal["none", "crisis", "harm_to_others", "harassment"]
ResponseKind = Literal["none", "crisis", "harm_to_others", "harassment", "abuse"]

# Most severe first: when several categories match, the first one decides the kind.
PRIORITY: tuple[ScreenKind, ...] = ("crisis", "harm_to_others", "harassment")

class Screening(BaseModel):
    """What the screen found. ``matched`` names the rules that fired (for tests and logs)."""

    model_config = ConfigDict(frozen=True)

    kind: ScreenKind = "none"
    matched: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.kind != "none"
