"""Every prompt: both sides, no promised outcome, no side taken against the ex, no manipulation."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fakes import scripted as model
from langchain_core.messages import BaseMessage, SystemMessage

from assistant import prompts
from assistant.drafting import DraftRequest, draft_message
from assistant.gate import CheckIn, evaluate
from assistant.reflection import Outcome, reflection_plan
from assistant.talk import Turn, talk

# What each rule must say, in the words the model reads.
RULES = {
    "both sides": r"Show both sides\..*possible upsides and the risks.*never only one side",
    "no promises": r"Never promise or predict an outcome",
    "no taking sides": r"Never take sides against the ex\..*Do not blame, judge",
    "no manipulation": r"Never help pressure, guilt, trick or manipulate anyone",
    "not flattering": r"Be honest, not flattering",
}

CLEAN = (
    "Hi Sam, I hope you're doing well. I've been thinking about how things ended, and I'd be "
    "glad to talk once sometime if you're open to it. Take care."
)
BLOCKED = "Hi [Name], you need to answer me today or I'm done waiting for you forever."
REPLY = "You said it still hurts [timing-healing]. What would you hope to hear back?"
SUMMARY = "You hoped for closure; their reply was cold [cons-rejection]. Go gently today."






def sent_prompts() -> dict[str, list[BaseMessage]]:
    """Every kind of request a model can get, exactly as sent."""
    out: dict[str, list[BaseMessage]] = {}
    go = CheckIn(days_since_breakup=60, motive="closure", healing=8)
    fake, rec = model(BLOCKED, CLEAN)
    draft_message(DraftRequest(recipient="Sam", notes="say thanks"), go, fake)
    out["draft"], out["repair"] = rec.prompts
    reconcile = CheckIn(days_since_breakup=90, motive="reconciliation", healing=9,
                        circumstances_changed=True)
    fake, rec = model(CLEAN)
    draft_message(DraftRequest(recipient="Sam", language="fr"), reconcile, fake)
    out["draft-reconcile"] = rec.prompts[0]
    for name, checkin in {
        "talk-wait": CheckIn(days_since_breakup=10, motive="reconciliation", healing=3),
        "talk-reconsider": CheckIn(days_since_breakup=60, motive="validation", healing=8,
                                   ex_in_relationship=True),
        "talk-go": go,
    }.items():
        fake, rec = model(REPLY)
        history = [Turn(role="user", content="I keep thinking about texting them")]
        talk(history, checkin, evaluate(checkin), fake, today=dt.date(2025, 3, 1)).read()
        out[name] = rec.prompts[0]
    fake, rec = model(SUMMARY)
    reflection_plan(Outcome(sent=True, response="cold", feeling=4), go, fake)
    out["reflection"] = rec.prompts[0]
    return out


SENT = sent_prompts()


def test_the_prompt_files_are_the_ones_the_tests_cover() -> None:
    assert prompts.names() == [
        "draft.system", "draft.user", "principles", "reflection.system", "reflection.user",
        "repair.user", "talk.system",
    ]
    assert set(SENT) == {"draft", "repair", "draft-reconcile", "talk-wait", "talk-reconsider",
                         "talk-go", "reflection"}


@pytest.mark.parametrize("rule", list(RULES))
def test_the_principles_state_every_rule(rule: str) -> None:
    assert re.search(RULES[rule], prompts.load("principles").template, re.S)


@pytest.mark.parametrize("name", [n for n in prompts.names() if n.endswith(".system")])
def test_every_system_prompt_carries_the_principles_and_grounding(name: str) -> None:
    template = prompts.load(name).template
    assert "$principles" in template and "$grounding" in template


@pytest.mark.parametrize("kind", list(SENT))
@pytest.mark.parametrize("rule", list(RULES))
def test_every_request_a_model_gets_states_every_rule(kind: str, rule: str) -> None:
    system = SENT[kind][0]
    assert isinstance(system, SystemMessage)
    assert re.search(RULES[rule], str(system.content), re.S)


@pytest.mark.parametrize("kind", list(SENT))
def test_every_request_carries_an_upside_and_a_risk_from_the_guide(kind: str) -> None:
    system = str(SENT[kind][0].content)
    assert re.search(r"^\[pros-[a-z-]+\] ", system, re.M), "no upside from the guide"
    assert re.search(r"^\[cons-[a-z-]+\] ", system, re.M), "no risk from the guide"


@pytest.mark.parametrize("kind", list(SENT))
def test_every_request_is_fully_rendered(kind: str) -> None:
    for message in SENT[kind]:
        text = str(message.content)
        assert not re.search(r"\$[a-z_]+|\$\{", text), text
        assert text.strip()


def test_drafting_prompts_forbid_pressure_and_reunion_asks() -> None:
    system = str(SENT["draft"][0].content)
    assert "no pressure, no demands, no guilt or blame" in system
    assert "Do not ask to get back together in this first message" in system
    assert "in French" in str(SENT["draft-reconcile"][0].content)
    assert "[Name]" in str(SENT["repair"][-1].content)


def test_talk_prompts_never_ask_for_a_message_to_send() -> None:
    for kind in ("talk-wait", "talk-reconsider", "talk-go"):
        system = str(SENT[kind][0].content)
        assert "Never write a message for them to send" in system
        assert "unsent letter" in system


def test_loader_rejects_paths_and_missing_values() -> None:
    with pytest.raises(ValueError):
        prompts.load("../README")
    with pytest.raises(FileNotFoundError):
        prompts.load("no-such-prompt")
    with pytest.raises(KeyError):
        prompts.render("repair.user", problems="x")  # language_name missing
