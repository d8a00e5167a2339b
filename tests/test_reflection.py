"""The reflection plan: the guide's three strategies, fitted to what was hoped and what happened."""

from __future__ import annotations

from typing import Any

import pytest
from fakes import Recorder
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    GenericFakeChatModel,
)
from langchain_core.messages import AIMessage

from assistant.errors import SafetyStop
from assistant.gate import CheckIn
from assistant.guide import get_guide
from assistant.reflection import Outcome, ReflectionPlan, hope_kind, reflection_plan

RECONCILE = CheckIn(days_since_breakup=90, motive="reconciliation", healing=8,
                    issues_addressed=True)
CLOSURE = CheckIn(days_since_breakup=60, motive="closure", healing=8)




OUTCOMES = [
    Outcome(sent=s, response=r, feeling=f, hoped_for=h)  # type: ignore[arg-type]
    for s in (True, False)
    for r in ("none_yet", "warm", "neutral", "cold", "hostile", "blocked")
    for f in (1, 8)
    for h in ("", "to get back together")
]


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_every_plan_has_the_three_strategies_in_order(outcome: Outcome) -> None:
    plan = reflection_plan(outcome, CLOSURE)
    assert [s.strategy for s in plan.steps] == ["reflect", "self_care", "growth"]
    assert [s.section for s in plan.steps] == ["after-reflect", "after-self-care", "after-growth"]
    assert all(len(s.actions) >= 2 for s in plan.steps)
    assert plan.engine == "guide"
    assert plan.summary
    assert {"after-reflect", "after-self-care", "after-growth"} <= set(plan.citations)
    assert all(get_guide().has(c) for c in plan.citations)
    assert reflection_plan(outcome, CLOSURE) == plan  # deterministic


def test_a_warm_reply_to_someone_hoping_to_reconcile_warns_of_false_hope() -> None:
    plan = reflection_plan(Outcome(sent=True, response="warm", feeling=7), RECONCILE)
    assert "Warmth isn't the same as wanting to get back together" in plan.summary
    assert "cons-false-hope" in plan.citations
    assert any("what their words actually say" in a for a in plan.steps[0].actions)
    closure = reflection_plan(Outcome(sent=True, response="warm", feeling=7), CLOSURE)
    assert "closure you were hoping for" in closure.summary
    assert "cons-false-hope" not in closure.citations


def test_their_own_words_about_hope_come_before_the_checkin_motive() -> None:
    outcome = Outcome(sent=True, response="warm", feeling=7,
                      hoped_for="honestly I just wanted a second chance")
    assert hope_kind(outcome, CLOSURE) == "reconcile"
    assert hope_kind(Outcome(sent=True, feeling=5), CLOSURE) == "closure"
    assert hope_kind(Outcome(sent=True, feeling=5), None) == ""
    assert hope_kind(Outcome(sent=True, feeling=5, hoped_for="to understand why"), None) == (
        "clarity"
    )


def test_blocked_means_respecting_it() -> None:
    plan = reflection_plan(Outcome(sent=True, response="blocked", feeling=3), CLOSURE)
    assert "respecting it" in plan.summary and "timing-their-space" in plan.citations
    assert any("Don't look for other ways to reach them" in a for a in plan.steps[0].actions)


def test_no_reply_yet_and_not_sent() -> None:
    waiting = reflection_plan(Outcome(sent=True, response="none_yet", feeling=5), CLOSURE)
    assert "no reply yet" in waiting.summary
    assert any("follow-up" in a for a in waiting.steps[0].actions)
    unsent = reflection_plan(Outcome(sent=False, feeling=6), CLOSURE)
    assert unsent.summary.startswith("You didn't send it.")
    assert any("log it in the journal" in a for a in unsent.steps[0].actions)
    assert unsent.steps[2].actions[0] == "Choosing not to send took strength too."


def test_feeling_low_brings_self_care_forward() -> None:
    low = reflection_plan(Outcome(sent=True, response="cold", feeling=2), CLOSURE)
    ok = reflection_plan(Outcome(sent=True, response="cold", feeling=8), CLOSURE)
    assert "make today gentle" in low.summary and "make today gentle" not in ok.summary
    assert any("someone you trust" in a for a in low.steps[1].actions)
    assert not any("someone you trust" in a for a in ok.steps[1].actions)


def test_free_text_is_screened_before_anything() -> None:
    rec = Recorder()
    model = GenericFakeChatModel(messages=iter([AIMessage(content="x " * 20)]), callbacks=[rec])
    with pytest.raises(SafetyStop):
        reflection_plan(Outcome(sent=True, feeling=1, notes="I want to kill myself"), None, model)
    assert rec.prompts == []


SUMMARY = (
    "You hoped for closure and their reply was cold, which hurts [cons-rejection]. "
    "Writing down how the exchange left you feeling may help [after-reflect]; watch for "
    "the urge to reply straight away."
)


def test_a_model_may_word_the_summary_but_the_steps_stay_the_guides() -> None:
    rec = Recorder()
    model = GenericFakeChatModel(messages=iter([AIMessage(content=SUMMARY)]), callbacks=[rec])
    outcome = Outcome(sent=True, response="cold", feeling=4, hoped_for="closure")
    plan = reflection_plan(outcome, CLOSURE, model)
    guide = reflection_plan(outcome, CLOSURE)
    assert (plan.engine, plan.summary) == ("llm", SUMMARY)
    assert plan.steps == guide.steps and plan.citations == guide.citations
    system = str(rec.prompts[0][0].content)
    assert "[pros-growth]" in system and "[cons-rejection]" in system
    assert "Never promise" in system


@pytest.mark.parametrize(
    "model",
    [
        FakeListChatModel(responses=[SUMMARY], error_on_chunk_number=0),
        GenericFakeChatModel(messages=iter([AIMessage(content=" ")])),
        GenericFakeChatModel(messages=iter([AIMessage(content="I want to kill myself " * 3)])),
    ],
    ids=["raises", "empty", "flagged"],
)
def test_a_failing_model_falls_back_to_the_guide(model: Any) -> None:
    outcome = Outcome(sent=True, response="cold", feeling=4)
    plan = reflection_plan(outcome, CLOSURE, model)
    assert plan == reflection_plan(outcome, CLOSURE)
    assert isinstance(plan, ReflectionPlan) and plan.engine == "guide"
