"""After contact: what happened, and a reflection plan from the guide's three strategies."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ResponseKind = Literal["none_yet", "warm", "neutral", "cold", "hostile", "blocked"]
StrategyId = Literal["reflect", "self_care", "growth"]

RESPONSE_LABELS: dict[str, str] = {
    "none_yet": "No reply yet",
    "warm": "Warm",
    "neutral": "Neutral",
    "cold": "Cold",
    "hostile": "Hostile",
    "blocked": "They blocked me",
}


class Outcome(BaseModel):
    """What happened after the person did (or did not) send a message."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sent: bool
    response: ResponseKind = "none_yet"
    feeling: int = Field(ge=0, le=10)
    hoped_for: str = Field(default="", max_length=5_000)
    notes: str = Field(default="", max_length=20_000)
    contacted_on: dt.date | None = None


class StrategyStep(BaseModel):
    """One of the guide's three after-contact strategies, made specific to this person."""

    model_config = ConfigDict(frozen=True)

    strategy: StrategyId
    title: str
    section: str
    actions: list[str]


class ReflectionPlan(BaseModel):
    model_config = ConfigDict(frozen=True)

    summary: str
    steps: list[StrategyStep]
    engine: Literal["llm", "guide"] = "guide"
    citations: list[str] = []
