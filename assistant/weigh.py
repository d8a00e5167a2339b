"""The pros/cons weigher: which of the guide's upsides and risks apply to me, and how much."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.gate import HEALING_READY, CheckIn, Decision
from assistant.guide import Guide, get_guide

Side = Literal["pro", "con"]
Leaning = Literal["unweighed", "risks", "upsides", "even"]

MAX_WEIGHT = 3
# Short enough that the four fit on one line on a 390 px phone screen.
WEIGHT_LABELS: dict[int, str] = {0: "None", 1: "A little", 2: "Some", 3: "A lot"}
# Totals closer than this read as "roughly even": one notch either way is not a lean.
_LEAN_MARGIN = 2
_PREFIXES = ("Possible upside: ", "Risk: ")


class Factor(BaseModel):
    """One of the guide's pros or cons, with how much the person says it applies (0-3)."""

    model_config = ConfigDict(frozen=True)

    section: str
    side: Side
    label: str
    summary: str
    weight: int


class Balance(BaseModel):
    """The weighed pros and cons, and a plain summary that informs but never decides."""

    model_config = ConfigDict(frozen=True)

    pros: int
    cons: int
    leaning: Leaning
    summary: str
    factors: list[Factor]

    @property
    def applied_pros(self) -> list[Factor]:
        """The upsides marked as applying, heaviest first."""
        return _applied(self.factors, "pro")

    @property
    def applied_cons(self) -> list[Factor]:
        """The risks marked as applying, heaviest first."""
        return _applied(self.factors, "con")


def _applied(factors: list[Factor], side: Side) -> list[Factor]:
    chosen = [f for f in factors if f.side == side and f.weight > 0]
    return sorted(chosen, key=lambda f: -f.weight)


def factor_sections(guide: Guide | None = None) -> list[tuple[str, Side, str, str]]:
    """The guide's pros then cons, as (section id, side, short label, summary)."""
    g = guide or get_guide()
    out: list[tuple[str, Side, str, str]] = []
    sides: tuple[tuple[str, Side], ...] = (("pros", "pro"), ("cons", "con"))
    for group, side in sides:
        for sec in g.by_group(group):
            label = sec.title
            for prefix in _PREFIXES:
                label = label.removeprefix(prefix)
            out.append((sec.id, side, label[:1].upper() + label[1:], sec.summary))
    return out


def suggest(checkin: CheckIn) -> dict[str, int]:
    """Starting weights read from the check-in answers; the person adjusts them freely."""
    w: dict[str, int] = {}
    if checkin.motive in ("closure", "clarity"):
        w["pros-closure"] = 2
    if checkin.motive == "reconciliation":
        w["pros-reconciliation"] = 2 if checkin.breakup_reason == "misunderstanding" else 1
    if checkin.breakup_reason == "misunderstanding":
        w["pros-misconceptions"] = 2
    w["cons-rejection"] = 1 if checkin.ready_for_any_response else 3
    if checkin.healing < HEALING_READY:
        w["cons-healing"] = 3
    if checkin.hoping_to_reconcile or checkin.motive == "reconciliation":
        w["cons-false-hope"] = 2
    if checkin.ex_in_relationship or checkin.me_in_relationship:
        w["cons-relationships"] = 3
    if checkin.ex_moved_on:
        w["cons-stagnation"] = 2
    return w


_NOT_GO_ACTION = {
    Decision.RECONSIDER: "take a second look before sending anything",
    Decision.WAIT: "wait a while longer",
    Decision.STOP: "not reach out",
}


def weigh(
    weights: Mapping[str, int | None],
    decision: Decision | None = None,
    guide: Guide | None = None,
) -> Balance:
    """Total the weights (missing or None = 0) and say plainly what the balance means.

    The summary never contradicts the gate: a favourable balance on a closed gate is
    described as not changing the check-in's suggestion.
    """
    sections = factor_sections(guide)
    known = {sid for sid, *_ in sections}
    unknown = sorted(set(weights) - known)
    if unknown:
        raise ValueError(f"not a pro or con in the guide: {', '.join(unknown)}")
    factors = []
    for sid, side, label, summary in sections:
        weight = weights.get(sid) or 0
        if not 0 <= weight <= MAX_WEIGHT:
            raise ValueError(f"weight for {sid} must be 0-{MAX_WEIGHT}, got {weight}")
        factors.append(Factor(section=sid, side=side, label=label, summary=summary,
                              weight=weight))
    pros = sum(f.weight for f in factors if f.side == "pro")
    cons = sum(f.weight for f in factors if f.side == "con")
    leaning: Leaning
    if pros == cons == 0:
        leaning = "unweighed"
    elif cons - pros >= _LEAN_MARGIN:
        leaning = "risks"
    elif pros - cons >= _LEAN_MARGIN:
        leaning = "upsides"
    else:
        leaning = "even"
    return Balance(pros=pros, cons=cons, leaning=leaning,
                   summary=_summary(leaning, pros, cons, decision), factors=factors)


def _summary(leaning: Leaning, pros: int, cons: int, decision: Decision | None) -> str:
    if leaning == "unweighed":
        return ("You haven't marked any upsides or risks yet. It's optional, and it can help "
                "to see them side by side.")
    first = {
        "risks": f"On your own scale, the risks weigh more than the upsides ({cons} to {pros}).",
        "upsides": f"On your own scale, the upsides weigh more than the risks ({pros} to {cons}).",
        "even": f"On your own scale, the upsides and risks are roughly even ({pros} to {cons}).",
    }[leaning]
    if decision is None:
        second = "This is for you to see; the check-in's questions decide what Unsent offers."
    elif decision == Decision.GO:
        second = (
            "The checks pass, and the risks you named still matter: not sending is always an "
            "option too." if leaning == "risks" else
            "The checks pass too. Even so, no message can promise a particular answer."
        )
    elif leaning == "upsides":
        second = ("That's worth knowing, but it doesn't change the check-in: the guide still "
                  f"suggests you {_NOT_GO_ACTION[decision]}.")
    else:
        second = f"That fits with the check-in, which suggests you {_NOT_GO_ACTION[decision]}."
    return f"{first} {second}"
