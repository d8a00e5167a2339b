"""The pros/cons weigher: totals, leaning, and a summary that never overrides the gate."""

from __future__ import annotations

import pytest

from assistant.gate import CheckIn, Decision
from assistant.guide import get_guide
from assistant.weigh import MAX_WEIGHT, factor_sections, suggest, weigh


def test_factors_are_the_guides_pros_then_cons() -> None:
    sections = factor_sections()
    guide = get_guide()
    assert [s for s, *_ in sections] == [
        s.id for s in guide.by_group("pros") + guide.by_group("cons")
    ]
    assert {side for _, side, *_ in sections} == {"pro", "con"}
    assert all(not label.startswith(("Risk:", "Possible upside:")) for _, _, label, _ in sections)


def test_nothing_weighed_says_so() -> None:
    b = weigh({})
    assert (b.pros, b.cons, b.leaning) == (0, 0, "unweighed")
    assert "haven't marked" in b.summary
    assert b.applied_pros == b.applied_cons == []


def test_totals_and_leaning() -> None:
    b = weigh({"pros-closure": 1, "cons-healing": 3, "cons-false-hope": 2})
    assert (b.pros, b.cons, b.leaning) == (1, 5, "risks")
    assert "5 to 1" in b.summary
    assert [f.section for f in b.applied_cons] == ["cons-healing", "cons-false-hope"]
    assert [f.section for f in b.applied_pros] == ["pros-closure"]
    assert weigh({"pros-closure": 3, "pros-growth": 2}).leaning == "upsides"
    assert weigh({"pros-closure": 2, "cons-healing": 1}).leaning == "even"


def test_none_counts_as_not_applying() -> None:
    assert weigh({"pros-closure": None, "cons-healing": 2}).pros == 0


@pytest.mark.parametrize("decision", [Decision.WAIT, Decision.RECONSIDER, Decision.STOP])
def test_favourable_balance_never_overrides_a_closed_gate(decision: Decision) -> None:
    b = weigh({"pros-closure": 3, "pros-growth": 3, "pros-misconceptions": 3}, decision)
    assert b.leaning == "upsides"
    assert "doesn't change the check-in" in b.summary
    assert "go ahead" not in b.summary.lower()


def test_go_with_heavy_risks_reminds_not_sending_is_an_option() -> None:
    b = weigh({"cons-rejection": 3, "cons-false-hope": 2}, Decision.GO)
    assert "not sending is always an option" in b.summary


def test_go_with_upsides_promises_nothing() -> None:
    b = weigh({"pros-closure": 3}, Decision.GO)
    assert "no message can promise" in b.summary


def test_rejects_unknown_sections_and_out_of_range_weights() -> None:
    with pytest.raises(ValueError, match="timing-healing"):
        weigh({"timing-healing": 1})
    with pytest.raises(ValueError, match="0-3"):
        weigh({"cons-healing": MAX_WEIGHT + 1})
    with pytest.raises(ValueError):
        weigh({"cons-healing": -1})


def test_suggestions_follow_the_answers() -> None:
    raw = CheckIn(days_since_breakup=10, motive="reconciliation", healing=2,
                  ready_for_any_response=False, ex_in_relationship=True)
    s = suggest(raw)
    assert s["cons-healing"] == 3
    assert s["cons-rejection"] == 3
    assert s["cons-relationships"] == 3
    assert s["cons-false-hope"] == 2
    assert s["pros-reconciliation"] == 1
    calm = CheckIn(days_since_breakup=90, motive="closure", healing=9)
    s2 = suggest(calm)
    assert "cons-healing" not in s2 and s2["pros-closure"] == 2 and s2["cons-rejection"] == 1
    weigh(s)  # suggestions are always valid weights
    weigh(s2)
