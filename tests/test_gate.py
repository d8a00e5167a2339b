"""The gate: every rule of DESIGN.md §2, precedence, days_to_wait and invalid input."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from pydantic import ValidationError

from assistant.gate import CHECK_IDS, CheckIn, Decision, evaluate
from assistant.guide import get_guide

# A check-in that passes every check; each case below changes only what it names.
GOOD: dict[str, Any] = dict(
    days_since_breakup=60,
    days_since_last_contact=45,
    motive="closure",
    healing=8,
)


def verdict(**changes: Any):  # noqa: ANN201
    return evaluate(CheckIn(**{**GOOD, **changes}))


def failing(**changes: Any) -> set[str]:
    return {f.check for f in verdict(**changes).findings if not f.passed}


def test_good_checkin_goes() -> None:
    v = verdict()
    assert v.decision is Decision.GO
    assert all(f.passed for f in v.findings)
    assert v.days_to_wait is None


@pytest.mark.parametrize(
    ("changes", "decision", "check"),
    [
        # stop
        ({"ex_asked_no_contact": True}, Decision.STOP, "no_contact_request"),
        ({"breakup_reason": "abuse"}, Decision.STOP, "abuse"),
        # wait
        ({"days_since_last_contact": 29}, Decision.WAIT, "no_contact_period"),
        ({"days_since_last_contact": 0}, Decision.WAIT, "no_contact_period"),
        ({"days_since_breakup": 10, "days_since_last_contact": None}, Decision.WAIT,
         "no_contact_period"),
        ({"healing": 6}, Decision.WAIT, "healing"),
        ({"healing": 0}, Decision.WAIT, "healing"),
        # reconsider: motives
        ({"motive": "validation"}, Decision.RECONSIDER, "motive"),
        ({"motive": "other"}, Decision.RECONSIDER, "motive"),
        ({"motive": "closure", "hoping_to_reconcile": True}, Decision.RECONSIDER, "motive"),
        ({"motive": "clarity", "hoping_to_reconcile": True}, Decision.RECONSIDER, "motive"),
        ({"motive": "reconciliation"}, Decision.RECONSIDER, "motive"),
        ({"motive": "reconciliation", "breakup_reason": "incompatibility"},
         Decision.RECONSIDER, "motive"),
        # reconsider: other people, their space, readiness
        ({"ex_in_relationship": True}, Decision.RECONSIDER, "current_relationships"),
        ({"me_in_relationship": True}, Decision.RECONSIDER, "current_relationships"),
        ({"ex_moved_on": True}, Decision.RECONSIDER, "their_space"),
        ({"ready_for_any_response": False}, Decision.RECONSIDER, "ready_for_response"),
    ],
)
def test_each_rule(changes: dict[str, Any], decision: Decision, check: str) -> None:
    v = verdict(**changes)
    assert v.decision is decision
    assert failing(**changes) == {check}


@pytest.mark.parametrize(
    "changes",
    [
        {"motive": "reconciliation", "circumstances_changed": True},
        {"motive": "reconciliation", "issues_addressed": True},
        {"motive": "reconciliation", "breakup_reason": "misunderstanding"},
        {"motive": "reconciliation", "hoping_to_reconcile": True, "issues_addressed": True},
        {"motive": "clarity"},
        {"days_since_last_contact": 30, "healing": 7},
        {"ended_by": "me"},
        {"ended_by": "mutual"},
    ],
)
def test_passing_variants_go(changes: dict[str, Any]) -> None:
    assert verdict(**changes).decision is Decision.GO


@pytest.mark.parametrize(
    ("changes", "decision"),
    [
        ({"ex_asked_no_contact": True, "healing": 1, "motive": "validation"}, Decision.STOP),
        ({"breakup_reason": "abuse", "days_since_last_contact": 1}, Decision.STOP),
        ({"days_since_last_contact": 3, "motive": "validation", "ex_moved_on": True},
         Decision.WAIT),
        ({"healing": 2, "me_in_relationship": True}, Decision.WAIT),
        ({"motive": "other", "ready_for_any_response": False}, Decision.RECONSIDER),
    ],
)
def test_precedence(changes: dict[str, Any], decision: Decision) -> None:
    assert verdict(**changes).decision is decision


def test_precedence_exhaustive() -> None:
    """Over combinations of one trigger per level, the decision is the most severe one."""
    stop = [{}, {"ex_asked_no_contact": True}]
    wait = [{}, {"healing": 3}]
    reconsider = [{}, {"motive": "validation"}]
    for s, w, r in itertools.product(stop, wait, reconsider):
        expected = (
            Decision.STOP if s else Decision.WAIT if w else Decision.RECONSIDER if r else
            Decision.GO
        )
        assert verdict(**s, **w, **r).decision is expected


@pytest.mark.parametrize(
    ("breakup", "contact", "expected"),
    [(60, 0, 30), (60, 1, 29), (60, 29, 1), (60, 30, None), (60, 31, None), (5, None, 25)],
)
def test_days_to_wait(breakup: int, contact: int | None, expected: int | None) -> None:
    v = verdict(days_since_breakup=breakup, days_since_last_contact=contact)
    assert v.days_to_wait == expected


def test_last_contact_defaults_to_breakup() -> None:
    c = CheckIn(days_since_breakup=12, motive="closure", healing=9)
    assert c.days_since_last_contact == 12


def test_defaults() -> None:
    c = CheckIn(days_since_breakup=40, motive="closure", healing=9)
    assert c.ended_by == "them" and c.breakup_reason == "unknown"
    assert c.ready_for_any_response is True
    assert not any([c.hoping_to_reconcile, c.ex_moved_on, c.ex_asked_no_contact])


def test_one_finding_per_check_each_citing_the_guide() -> None:
    guide = get_guide()
    for changes in [{}, {"ex_asked_no_contact": True}, {"motive": "validation"},
                    {"motive": "reconciliation"}, {"motive": "other"}, {"healing": 1},
                    {"breakup_reason": "abuse"}, {"motive": "clarity"}]:
        v = verdict(**changes)
        assert [f.check for f in v.findings] == list(CHECK_IDS)
        for f in v.findings:
            assert guide.has(f.section), f.section
            assert f.message.strip()


def test_messages_are_specific_to_answers() -> None:
    v = verdict(days_since_last_contact=12, healing=4)
    msgs = {f.check: f.message for f in v.findings}
    assert "12 days" in msgs["no_contact_period"] and "18 more days" in msgs["no_contact_period"]
    assert "4 out of 10" in msgs["healing"]


def test_deterministic() -> None:
    assert verdict(healing=3) == verdict(healing=3)


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"days_since_breakup": -1}, "greater than or equal to 0"),
        ({"days_since_last_contact": -5}, "greater than or equal to 0"),
        ({"healing": 11}, "less than or equal to 10"),
        ({"healing": -1}, "greater than or equal to 0"),
        ({"motive": "revenge"}, "closure"),
        ({"breakup_reason": "aliens"}, "misunderstanding"),
        ({"ended_by": "nobody"}, "them"),
        ({"days_since_breakup": 10, "days_since_last_contact": 11}, "cannot be more than"),
        ({"favourite_colour": "blue"}, "Extra inputs are not permitted"),
        ({"healing": "lots"}, "valid integer"),
    ],
)
def test_invalid_input_is_rejected_readably(changes: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ValidationError) as exc:
        CheckIn(**{**GOOD, **changes})
    assert fragment in str(exc.value)


def test_decision_is_a_str_enum() -> None:
    assert Decision("go") is Decision.GO
    assert Decision.STOP == "stop"
    assert verdict().model_dump(mode="json")["decision"] == "go"
