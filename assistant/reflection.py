"""After contact: what happened, and a reflection plan from the guide's three strategies."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant import prompts
from assistant.errors import SafetyStop
from assistant.gate import CheckIn
from assistant.grounding import grounding_text, reflection_section_ids
from assistant.llm import complete
from assistant.safety import screen

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

log = logging.getLogger(__name__)

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


HopeKind = Literal["reconcile", "closure", "clarity", "apology", "friendship", "validation", ""]

_HOPE_PATTERNS: tuple[tuple[HopeKind, re.Pattern[str]], ...] = (
    ("reconcile", re.compile(r"back together|get (?:them |him |her )?back|reconcil|try again"
                             r"|second chance|together again|fix (?:it|us|things)", re.I)),
    ("apology", re.compile(r"apolog|sorry|forgiv", re.I)),
    ("friendship", re.compile(r"\bfriend", re.I)),
    ("validation", re.compile(r"miss(?:es|ed)? me|still care|reassur|matter(?:ed)? to", re.I)),
    ("clarity", re.compile(r"\bwhy\b|understand|answers?\b|explanation|clarity|what happened",
                           re.I)),
    ("closure", re.compile(r"closure|move on|moving on|peace|put it (?:to rest|behind)|ending",
                           re.I)),
)

_MOTIVE_HOPE: dict[str, HopeKind] = {
    "reconciliation": "reconcile",
    "closure": "closure",
    "clarity": "clarity",
    "validation": "validation",
    "other": "",
}

HOPE_WORDS: dict[str, str] = {
    "reconcile": "getting back together",
    "closure": "closure",
    "clarity": "understanding what happened",
    "apology": "an apology, given or received",
    "friendship": "a friendship",
    "validation": "some reassurance",
    "": "something you couldn't quite name",
}


def hope_kind(outcome: Outcome, checkin: CheckIn | None) -> HopeKind:
    """What they hoped for: from their own words first, else their check-in motive."""
    for kind, pattern in _HOPE_PATTERNS:
        if pattern.search(outcome.hoped_for):
            return kind
    if checkin is not None:
        if checkin.hoping_to_reconcile:
            return "reconcile"
        return _MOTIVE_HOPE[checkin.motive]
    return ""


def _summary(outcome: Outcome, hope: HopeKind) -> str:
    wanted = HOPE_WORDS[hope]
    r = outcome.response
    if not outcome.sent:
        text = (
            f"You didn't send it. You'd hoped for {wanted}; not sending keeps that question "
            "with you rather than with them, which is hard, and it was still a real choice."
        )
    elif r == "none_yet":
        text = (
            f"You sent it and there's no reply yet. You'd hoped for {wanted}. Silence is hard "
            "and it may last; it isn't a verdict on you. [cons-rejection]"
        )
    elif r == "warm" and hope == "reconcile":
        text = (
            "They replied warmly. Warmth isn't the same as wanting to get back together, so let "
            "their words mean what they say, not more. [cons-false-hope]"
        )
    elif r == "warm":
        text = (
            f"They replied warmly, which may give you some of the {wanted} you were hoping "
            "for. Let it settle before deciding whether you want anything more from it."
        )
    elif r == "neutral":
        text = (
            f"Their reply was neutral. You'd hoped for {wanted}; a neutral answer often gives "
            "less than that, and it's fair to feel flat about it."
        )
    elif r == "cold":
        text = (
            f"Their reply was cold. That hurts, especially when you'd hoped for {wanted}. "
            "It tells you where they are, not what you're worth. [cons-rejection]"
        )
    elif r == "hostile":
        text = (
            "Their reply was hostile. You don't have to answer it, and you don't have to carry "
            "it alone. [cons-rejection]"
        )
    else:
        text = (
            "They blocked you. That is their answer for now, and respecting it, with no other "
            "numbers or accounts, is the kind and right thing to do. [timing-their-space]"
        )
    if outcome.feeling <= 3:
        text += f" You rated how you feel at {outcome.feeling} out of 10: make today gentle."
    return text


def _steps(outcome: Outcome, hope: HopeKind) -> list[StrategyStep]:
    r = outcome.response
    did = "sending it" if outcome.sent else "deciding not to send"
    reflect = [
        f"Write down how you felt in the hour after {did}, and what that tells you.",
        f"Write one line about what you hoped for ({HOPE_WORDS[hope]}) and one about what "
        "actually happened. Notice the gap without judging yourself or them.",
    ]
    if outcome.sent and r == "none_yet":
        reflect.append("Decide how long you'll keep checking for a reply (a week is plenty), "
                       "and don't send a follow-up in the meantime.")
    elif r == "blocked":
        reflect.append("Let the block be the answer. Don't look for other ways to reach them.")
    elif r == "warm" and hope == "reconcile":
        reflect.append("Before you reply, write down what their words actually say, and what "
                       "you hope they mean. Answer the first, not the second.")
    elif r in ("cold", "hostile"):
        reflect.append("You don't owe a reply. If you answer at all, wait a day first.")
    elif not outcome.sent:
        reflect.append("If the urge comes back, log it in the journal instead of acting on it.")
    self_care = [
        "Plan one thing today that steadies you: a walk, a call with a friend, a meal you like.",
    ]
    if outcome.feeling <= 4:
        self_care.append("Tell someone you trust how it went; you don't have to carry this alone.")
    if outcome.sent:
        self_care.append("Mute or archive the conversation for a few days if you keep checking "
                         "it.")
    else:
        self_care.append("Put the draft or letter somewhere private, out of sight for now.")
    growth = [
        "Reaching out took courage, whatever the answer." if outcome.sent
        else "Choosing not to send took strength too.",
        "Name one thing you've learned about what you need in a relationship.",
        "Pick one goal that is about your own life going forward, and take a first step this "
        "week.",
    ]
    return [
        StrategyStep(strategy="reflect", title="Reflect and process", section="after-reflect",
                     actions=reflect),
        StrategyStep(strategy="self_care", title="Look after yourself",
                     section="after-self-care", actions=self_care),
        StrategyStep(strategy="growth", title="Put your energy into your own growth",
                     section="after-growth", actions=growth),
    ]


def _outcome_facts(outcome: Outcome, hope: HopeKind) -> str:
    lines = [
        f"- I {'sent' if outcome.sent else 'did not send'} a message.",
        f"- Their response: {RESPONSE_LABELS[outcome.response] if outcome.sent else 'none'}.",
        f"- How I feel, 0 to 10: {outcome.feeling}.",
        f"- What I hoped for: {outcome.hoped_for or HOPE_WORDS[hope]}.",
    ]
    if outcome.notes:
        lines.append(f"- My notes: {outcome.notes[:1_000]}")
    return "\n".join(lines)


def reflection_plan(
    outcome: Outcome, checkin: CheckIn | None, model: BaseChatModel | None = None
) -> ReflectionPlan:
    """The guide's three strategies made specific to this outcome; a model may word the summary.

    The free text is screened first (SafetyStop). The steps are always the guide engine's;
    a model, when given, only writes the summary, and any failure falls back to the guide's.
    """
    for text in (outcome.hoped_for, outcome.notes):
        screening = screen(text)
        if screening.flagged:
            raise SafetyStop(screening)
    hope = hope_kind(outcome, checkin)
    citations = reflection_section_ids(hope == "reconcile", outcome.response if outcome.sent
                                       else "none_yet")
    steps = _steps(outcome, hope)
    summary = _summary(outcome, hope)
    for cited in re.findall(r"\[([a-z][a-z0-9-]*)\]", summary):
        if cited not in citations:
            citations.append(cited)
    if model is None:
        return ReflectionPlan(summary=summary, steps=steps, engine="guide", citations=citations)
    try:
        from langchain_core.messages import HumanMessage, SystemMessage

        messages = [
            SystemMessage(content=prompts.render("reflection.system",
                                                 grounding=grounding_text(citations))),
            HumanMessage(content=prompts.render("reflection.user",
                                                facts=_outcome_facts(outcome, hope))),
        ]
        text = " ".join(complete(model, messages).split())
    except Exception as exc:  # the plan never fails because a model did
        log.warning("reflection summary failed: %s", type(exc).__name__)
        text = ""
    if len(text.split()) < 8 or len(text) > 1_200 or screen(text, by_model=True).flagged:
        return ReflectionPlan(summary=summary, steps=steps, engine="guide", citations=citations)
    return ReflectionPlan(summary=text, steps=steps, engine="llm", citations=citations)
