"""The readiness gate: the guide's motive and timing checks, as a pure, deterministic function."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

NO_CONTACT_DAYS = 30
HEALING_READY = 7

Motive = Literal["closure", "reconciliation", "clarity", "validation", "other"]
BreakupReason = Literal[
    "misunderstanding",
    "circumstances",
    "incompatibility",
    "lost_feelings",
    "infidelity",
    "abuse",
    "unknown",
]
EndedBy = Literal["them", "me", "mutual"]


class Decision(StrEnum):
    """What the gate decides, from most to least open."""

    GO = "go"
    RECONSIDER = "reconsider"
    WAIT = "wait"
    STOP = "stop"

    @property
    def rank(self) -> int:
        """Severity order used for precedence: stop > wait > reconsider > go."""
        return _RANK[self]


_RANK = {Decision.GO: 0, Decision.RECONSIDER: 1, Decision.WAIT: 2, Decision.STOP: 3}


class CheckIn(BaseModel):
    """The person's answers to the guide's questions. Unknown fields are rejected."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    days_since_breakup: int = Field(ge=0, le=36_500)
    days_since_last_contact: int | None = Field(default=None, ge=0, le=36_500)
    ended_by: EndedBy = "them"
    motive: Motive
    hoping_to_reconcile: bool = False
    healing: int = Field(ge=0, le=10)
    breakup_reason: BreakupReason = "unknown"
    circumstances_changed: bool = False
    issues_addressed: bool = False
    ex_moved_on: bool = False
    ex_in_relationship: bool = False
    me_in_relationship: bool = False
    ex_asked_no_contact: bool = False
    ready_for_any_response: bool = True

    @model_validator(mode="after")
    def _contact_within_breakup(self) -> CheckIn:
        if self.days_since_last_contact is None:
            object.__setattr__(self, "days_since_last_contact", self.days_since_breakup)
        elif self.days_since_last_contact > self.days_since_breakup:
            raise ValueError(
                "days_since_last_contact cannot be more than days_since_breakup "
                f"({self.days_since_last_contact} > {self.days_since_breakup})"
            )
        return self

    @property
    def contact_days(self) -> int:
        """Days since last contact, with the default already applied."""
        return (
            self.days_since_last_contact
            if self.days_since_last_contact is not None
            else self.days_since_breakup
        )


class Finding(BaseModel):
    """One check's result. ``severity`` is the decision this check imposes when it fails."""

    model_config = ConfigDict(frozen=True)

    check: str
    passed: bool
    severity: Decision
    message: str
    section: str


class Verdict(BaseModel):
    model_config = ConfigDict(frozen=True)

    decision: Decision
    findings: list[Finding]
    days_to_wait: int | None = None

    @property
    def failing(self) -> list[Finding]:
        """The findings that did not pass, most severe first."""
        return sorted(
            (f for f in self.findings if not f.passed), key=lambda f: -f.severity.rank
        )


def _f(check: str, passed: bool, severity: Decision, section: str, message: str) -> Finding:
    return Finding(
        check=check, passed=passed, severity=severity, message=message, section=section
    )


def _no_contact_request(c: CheckIn) -> Finding:
    if c.ex_asked_no_contact:
        msg = (
            "They asked for no contact, or blocked you. That is their answer for now, and "
            "respecting it matters more than any message. Unsent won't help write to them."
        )
    else:
        msg = "They haven't asked you not to contact them."
    return _f("no_contact_request", not c.ex_asked_no_contact, Decision.STOP,
              "timing-their-space", msg)


def _abuse(c: CheckIn) -> Finding:
    abusive = c.breakup_reason == "abuse"
    if abusive:
        msg = (
            "You said the relationship involved abuse. Your safety comes first: Unsent won't "
            "help you contact them, and there are people who can help you think this through."
        )
    else:
        msg = "You didn't describe the relationship as abusive."
    return _f("abuse", not abusive, Decision.STOP, "safety-first", msg)


def _no_contact_period(c: CheckIn) -> Finding:
    days = c.contact_days
    if days < NO_CONTACT_DAYS:
        left = NO_CONTACT_DAYS - days
        msg = (
            f"It has been {days} day{'s' if days != 1 else ''} since you were last in touch. "
            f"The guide suggests at least {NO_CONTACT_DAYS} days without contact, so "
            f"{left} more day{'s' if left != 1 else ''} would give you both room to settle."
        )
        return _f("no_contact_period", False, Decision.WAIT, "timing-no-contact", msg)
    msg = f"{days} days without contact: you've given it the time the guide suggests."
    return _f("no_contact_period", True, Decision.WAIT, "timing-no-contact", msg)


def _healing(c: CheckIn) -> Finding:
    if c.healing < HEALING_READY:
        msg = (
            f"You rated your healing {c.healing} out of 10. While it still hurts this much, "
            "a reply (or no reply) can set you back. The guide's cue is when thinking back "
            "brings more smiles than tears."
        )
        return _f("healing", False, Decision.WAIT, "timing-healing", msg)
    msg = f"You rated your healing {c.healing} out of 10: the sharpest pain seems to have eased."
    return _f("healing", True, Decision.WAIT, "timing-healing", msg)


def _motive(c: CheckIn) -> Finding:
    m = c.motive
    if m == "validation":
        return _f("motive", False, Decision.RECONSIDER, "why-it-hurts",
                  "You said you mostly want reassurance. That's a very human need after being "
                  "left, but a message to them is an unreliable place to get it, and their "
                  "answer may hurt more.")
    if m == "other":
        return _f("motive", False, Decision.RECONSIDER, "motives-why",
                  "You're not sure what you hope to get from reaching out. Naming it first "
                  "helps you choose what to say, and prepares you for what comes back.")
    if m in ("closure", "clarity") and c.hoping_to_reconcile:
        return _f("motive", False, Decision.RECONSIDER, "motives-honesty",
                  f"You said you want {m}, and also that part of you hopes to get back "
                  "together. Both are understandable, but a message for one while hoping for "
                  "the other often ends in disappointment.")
    if m == "reconciliation":
        reasons = []
        if c.circumstances_changed:
            reasons.append("what caused the breakup has changed")
        if c.issues_addressed:
            reasons.append("the issues that drove you apart have been worked on")
        if c.breakup_reason == "misunderstanding":
            reasons.append("the breakup came from a misunderstanding")
        if not reasons:
            return _f("motive", False, Decision.RECONSIDER, "motives-reconciliation",
                      "You'd like to get back together, but nothing you described has changed "
                      "since the breakup. The guide asks whether the problems can really be "
                      "fixed, and whether either of you has changed.")
        return _f("motive", True, Decision.RECONSIDER, "motives-reconciliation",
                  "You'd like to get back together, and " + " and ".join(reasons) + ".")
    section = "motives-closure" if m == "closure" else "motives-clarity"
    return _f("motive", True, Decision.RECONSIDER, section,
              f"You're looking for {m}, and you said you're not secretly hoping to reunite.")


def _relationships(c: CheckIn) -> Finding:
    who = []
    if c.ex_in_relationship:
        who.append("they are seeing someone")
    if c.me_in_relationship:
        who.append("you are seeing someone")
    if who:
        msg = (
            "You said " + " and ".join(who) + ". A message to an ex can hurt people who "
            "weren't part of the breakup; it's worth asking whether it's worth that."
        )
        return _f("current_relationships", False, Decision.RECONSIDER,
                  "cons-relationships", msg)
    return _f("current_relationships", True, Decision.RECONSIDER, "cons-relationships",
              "Neither of you is in a new relationship, as far as you know.")


def _their_space(c: CheckIn) -> Finding:
    if c.ex_moved_on:
        return _f("their_space", False, Decision.RECONSIDER, "timing-their-space",
                  "They seem to have moved past the breakup and be in a steady place. The guide "
                  "suggests thinking twice about what your message would be like for them.")
    return _f("their_space", True, Decision.RECONSIDER, "timing-their-space",
              "As far as you can tell, contact wouldn't unsettle a place they've settled into.")


def _ready(c: CheckIn) -> Finding:
    if not c.ready_for_any_response:
        return _f("ready_for_response", False, Decision.RECONSIDER, "cons-rejection",
                  "You're not yet ready for every possible answer, including silence or being "
                  "blocked. It's worth waiting until you could live with any of them.")
    return _f("ready_for_response", True, Decision.RECONSIDER, "cons-rejection",
              "You feel prepared for any response, including silence or being blocked.")


_CHECKS = (
    _no_contact_request,
    _abuse,
    _no_contact_period,
    _healing,
    _motive,
    _relationships,
    _their_space,
    _ready,
)

CHECK_IDS = (
    "no_contact_request",
    "abuse",
    "no_contact_period",
    "healing",
    "motive",
    "current_relationships",
    "their_space",
    "ready_for_response",
)


def evaluate(checkin: CheckIn) -> Verdict:
    """Run every check; the most severe failing one decides (stop > wait > reconsider > go)."""
    findings = [check(checkin) for check in _CHECKS]
    decision = Decision.GO
    for f in findings:
        if not f.passed and f.severity.rank > decision.rank:
            decision = f.severity
    days_to_wait = (
        max(0, NO_CONTACT_DAYS - checkin.contact_days)
        if checkin.contact_days < NO_CONTACT_DAYS
        else None
    )
    return Verdict(decision=decision, findings=findings, days_to_wait=days_to_wait)


DECISION_MEANING: dict[Decision, str] = {
    Decision.GO: (
        "The guide's checks pass. If you still want to, Unsent can help you write a short, "
        "respectful first message. Not sending is always an option too."
    ),
    Decision.RECONSIDER: (
        "Something in your answers deserves a second look before you send anything. You can "
        "talk it through, or write an unsent letter that stays private."
    ),
    Decision.WAIT: (
        "Not yet. Give it more time; meanwhile you can talk it through or write an unsent "
        "letter, and check in again later."
    ),
    Decision.STOP: (
        "Unsent won't help you contact them. Here is why, and where to find support."
    ),
}
