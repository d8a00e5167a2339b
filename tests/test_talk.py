"""Talking it through: the guide's scripted conversation, the model, screening and fallbacks."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fakes import scripted
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
)
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.errors import GateClosed, SafetyStop
from assistant.gate import CheckIn, Decision, evaluate
from assistant.grounding import estimate_tokens
from assistant.guide import get_guide
from assistant.talk import TALK_TOKEN_BUDGET, Turn, check_in_again, guide_questions, talk
from assistant.talk_content import get_talk_content

TODAY = dt.date(2025, 3, 1)

WAIT = CheckIn(days_since_breakup=10, motive="reconciliation", healing=3)
RECONSIDER = CheckIn(days_since_breakup=60, motive="closure", healing=8,
                     hoping_to_reconcile=True, ex_in_relationship=True)
GO = CheckIn(days_since_breakup=60, motive="clarity", healing=8)
STOP = CheckIn(days_since_breakup=60, motive="closure", healing=8, ex_asked_no_contact=True)

SEND_READY = re.compile(r"(?m)^\s*(hi|hey|hello|dear)\s+[A-Z]\w*,")






def converse(checkin: CheckIn, answers: list[str]) -> list[tuple[str, list[str]]]:
    verdict = evaluate(checkin)
    history: list[Turn] = []
    replies = []
    for answer in [*answers, None]:
        stream = talk(history, checkin, verdict, today=TODAY)
        text = "".join(stream)
        assert text == stream.text and stream.engine == "guide" and not stream.replaced
        replies.append((text, stream.citations))
        history.append(Turn(role="assistant", content=text))
        if answer is not None:
            history.append(Turn(role="user", content=answer))
    return replies


def test_opening_for_wait_reflects_answers_both_sides_letter_and_date() -> None:
    (text, cites), = converse(WAIT, [])
    assert "10 days" in text and "3 out of 10" in text and "to get back together" in text
    verdict = evaluate(WAIT)
    for finding in verdict.failing:
        assert finding.message in text
        assert f"[{finding.section}]" in text
    assert "[pros-reconciliation]" in text and "[cons-false-hope]" in text
    assert "unsent letter" in text
    assert "Friday 21 March 2025" in text  # 20 days to reach 30 without contact
    assert not SEND_READY.search(text)
    assert set(cites) >= {f.section for f in verdict.failing}
    assert all(get_guide().has(c) for c in cites)
    assert all(f"[{c}]" in text for c in cites)


def test_the_conversation_follows_what_was_said_not_a_fixed_script() -> None:
    answers = ["I miss them every day", "mostly pain, honestly", "I don't know", "maybe",
               "no", "ok"]
    replies = converse(WAIT, answers)
    questions = guide_questions(WAIT, evaluate(WAIT))
    assert 2 <= len(questions) <= 4
    assert questions[0][1] in replies[0][0]
    for answer, (text, cites) in zip(answers, replies[1:], strict=True):
        assert f"“{answer}.”" not in text  # no longer quoted back whole
        assert cites and all(f"[{c}]" in text for c in cites)
        assert "?" in text  # one question to move on with
        assert not SEND_READY.search(text)
    assert len({text for text, _ in replies}) == len(replies)
    summary = replies[3][0]  # every third message, a summary and where things stand
    assert "Friday 21 March 2025" in summary
    assert "missing" in summary or "miss them" in summary


def test_reconsider_names_the_failing_checks_and_their_questions() -> None:
    (text, cites), = converse(RECONSIDER, [])
    assert "[motives-honesty]" in text and "[cons-relationships]" in text
    assert "Saturday 8 March 2025" in text  # a week to reconsider
    assert "[pros-closure]" in text  # the upside, beside the risks
    sections = [sid for sid, _ in guide_questions(RECONSIDER, evaluate(RECONSIDER))]
    assert sections[:2] == ["motives-honesty", "cons-relationships"]
    assert "cons-relationships" in cites


def test_asking_for_a_message_gets_a_reason_and_the_letter_not_a_draft() -> None:
    verdict = evaluate(WAIT)
    history = [Turn(role="user", content="Can you just write the message for me?")]
    text = talk(history, WAIT, verdict, today=TODAY).read()
    assert any(head in text for head in get_talk_content().offers.refuse_draft)
    assert verdict.failing[0].message in text and "unsent letter" in text
    assert not SEND_READY.search(text)


def test_a_go_person_can_think_it_through_too() -> None:
    replies = converse(GO, ["I keep wondering why she ended it", "yes", "I think so", "ok"])
    assert "Sunday 2 March 2025" in replies[3][0]  # sleep on it
    assert "drafting" in replies[3][0]


def test_stop_has_no_conversation_about_contacting_them() -> None:
    with pytest.raises(GateClosed):
        talk([], STOP, evaluate(STOP))
    with pytest.raises(GateClosed):
        check_in_again(evaluate(STOP), TODAY)


@pytest.mark.parametrize(
    ("checkin", "expected"),
    [
        (CheckIn(days_since_breakup=20, motive="closure", healing=9), dt.date(2025, 3, 11)),
        (CheckIn(days_since_breakup=29, motive="closure", healing=9), dt.date(2025, 3, 2)),
        (CheckIn(days_since_breakup=2, motive="closure", healing=2), dt.date(2025, 3, 29)),
        (WAIT, dt.date(2025, 3, 21)),
        (RECONSIDER, dt.date(2025, 3, 8)),
        (GO, dt.date(2025, 3, 2)),
    ],
)
def test_check_in_again(checkin: CheckIn, expected: dt.date) -> None:
    assert check_in_again(evaluate(checkin), TODAY) == expected


# --- screening -----------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["last", "earlier"])
def test_every_user_turn_is_screened_before_the_model(where: str) -> None:
    model, rec = scripted("That sounds hard. What would you hope to hear back? [timing-healing]")
    crisis = Turn(role="user", content="honestly I want to kill myself")
    fine = Turn(role="user", content="I keep rereading our old messages")
    reply = Turn(role="assistant", content="That's a lot to carry.")
    history = [crisis, reply, fine] if where == "earlier" else [fine, reply, crisis]
    with pytest.raises(SafetyStop) as info:
        talk(history, WAIT, evaluate(WAIT), model)
    assert info.value.screening.kind == "crisis"
    with pytest.raises(SafetyStop):
        talk(history, WAIT, evaluate(WAIT))
    assert rec.prompts == []


# --- the model -----------------------------------------------------------------------------

GOOD = (
    "You said you miss them every day, and that it still mostly hurts [timing-healing]. "
    "Reaching out might feel like relief, but a reply, or none, could set you back. "
    "When you think about us now, is it mostly warmth or mostly pain?"
)


def test_model_reply_streams_with_grounding_and_history() -> None:
    model, rec = scripted(GOOD)
    history = [Turn(role="user", content="I miss them every day")]
    stream = talk(history, WAIT, evaluate(WAIT), model, today=TODAY)
    chunks = list(stream)
    assert len(chunks) > 5 and "".join(chunks) == GOOD
    assert (stream.engine, stream.text, stream.replaced) == ("llm", GOOD, False)
    prompt = rec.prompts[0]
    assert isinstance(prompt[0], SystemMessage) and isinstance(prompt[-1], HumanMessage)
    assert prompt[-1].content == "I miss them every day"
    system = str(prompt[0].content)
    for sid in stream.citations:  # the budget keeps summaries and questions, not bodies
        section = get_guide().section(sid)
        assert f"[{sid}] {section.title}\n{section.summary}" in system
        assert all(q in system for q in section.questions)
    assert "after-growth" not in system
    assert "Never write a message for them to send" in system
    assert "Friday 21 March 2025" in system
    assert "healing is at" not in system and "How far I've healed, 0 to 10: 3" in system


def test_a_long_conversation_stays_within_the_talk_budget() -> None:
    model, rec = scripted(GOOD)
    history = []
    for i in range(20):
        history.append(Turn(role="user", content=f"answer {i}: " + "it still hurts a lot. " * 60))
        history.append(Turn(role="assistant", content=f"reply {i}: " + "that sounds hard. " * 40))
    history.append(Turn(role="user", content="last words " + "and I miss them. " * 500))
    RECON = CheckIn(days_since_breakup=60, motive="validation", healing=8,
                    ex_in_relationship=True, ex_moved_on=True, hoping_to_reconcile=True,
                    ready_for_any_response=False)
    for checkin in (WAIT, RECON):
        talk(history, checkin, evaluate(checkin), model, today=TODAY).read()
        prompt = rec.prompts[-1]
        assert sum(estimate_tokens(str(m.content)) for m in prompt) <= TALK_TOKEN_BUDGET
        assert str(prompt[-1].content).startswith("last words and I miss them.")
        assert isinstance(prompt[-1], HumanMessage)
        system = str(prompt[0].content)
        assert re.search(r"^\[pros-", system, re.M) and re.search(r"^\[cons-", system, re.M)
        model, rec = scripted(GOOD)


def test_model_failure_falls_back_to_the_script_without_raising() -> None:
    model = FakeListChatModel(responses=[GOOD], error_on_chunk_number=0)
    stream = talk([], WAIT, evaluate(WAIT), model, today=TODAY)
    text = "".join(stream)
    assert stream.engine == "guide" and "10 days" in text
    assert "the model answered with an error" in stream.note.lower()
    assert "Error" not in stream.note  # no exception class names shown to the person


def test_model_writing_a_send_ready_message_is_replaced() -> None:
    drift = "Sure, you could send this:\n\nHi Alex, I've missed you so much. Can we talk soon?"
    model, _ = scripted(drift)
    stream = talk([Turn(role="user", content="what should I say?")], WAIT, evaluate(WAIT), model,
                  today=TODAY)
    assert "".join(stream) == drift
    assert stream.replaced and stream.engine == "guide"
    assert "Hi Alex" not in stream.text and "message to send" in stream.note


def test_a_friendly_hello_to_the_person_is_not_a_message_to_send() -> None:
    hello = "Hi there, that sounds really hard. " + GOOD
    model, _ = scripted(hello)
    stream = talk([], WAIT, evaluate(WAIT), model, today=TODAY)
    assert stream.read() == hello and stream.engine == "llm"


def test_model_empty_reply_falls_back() -> None:
    model, _ = scripted(" ")
    stream = talk([], RECONSIDER, evaluate(RECONSIDER), model, today=TODAY)
    assert "[cons-relationships]" in stream.read()
    assert stream.engine == "guide" and not stream.replaced


def test_decision_of_the_verdict_is_respected() -> None:
    assert evaluate(WAIT).decision is Decision.WAIT
    assert evaluate(RECONSIDER).decision is Decision.RECONSIDER


# --- the model path listens too ---------------------------------------------------------------


def test_a_model_stuck_in_a_loop_is_cut_off_and_the_guide_answers() -> None:
    model, _ = scripted("and I keep thinking " * 20_000)
    history = [Turn(role="user", content="I looked at her photos again last night")]
    stream = talk(history, WAIT, evaluate(WAIT), model, today=TODAY)
    streamed = "".join(stream)
    assert stream.engine == "guide" and stream.replaced
    assert "repeating itself" in stream.note
    assert len(streamed) < 600  # stopped as soon as the loop showed, not at the length cap
    assert "and I keep thinking" not in stream.text
    assert stream.citations and stream.citations[0] in get_talk_content().theme(
        "rumination").sections


@pytest.mark.parametrize(("reply", "why", "gone"), [
    (" ".join(f"thought{i} about {i % 7} things" for i in range(600)), "length limit",
     "thought1 "),
    ("You could always just kill yourself and be done with all of it, honestly.",
     "safety screen", "kill yourself"),
])
def test_a_model_reply_that_cant_be_kept_is_replaced_by_the_guides(
        reply: str, why: str, gone: str) -> None:
    """One that runs into the length cap, and one the safety screen flags."""
    model, _ = scripted(reply)
    history = [Turn(role="user", content="I miss her so much")]
    stream = talk(history, WAIT, evaluate(WAIT), model, today=TODAY)
    list(stream)
    assert stream.engine == "guide" and stream.replaced
    assert why in stream.note
    assert gone not in stream.text


def test_the_talk_prompt_carries_what_the_message_seems_to_be_about() -> None:
    model, rec = scripted(GOOD)
    history = [Turn(role="user", content="he's already seeing someone else")]
    stream = talk(history, GO, evaluate(GO), model, today=TODAY)
    stream.read()
    system = str(rec.prompts[0][0].content)
    assert "What their last message seems to be about" in system
    assert get_talk_content().theme("new_partner").gist[0] in system
    # The grounding picks the section that fits by meaning, beside the check-in's own.
    assert "[cons-relationships]" in system and "cons-relationships" in stream.citations
    model, rec = scripted(GOOD)
    talk([Turn(role="user", content="I haven't been sleeping since she left")], GO,
         evaluate(GO), model, today=TODAY).read()
    assert "[after-self-care]" in str(rec.prompts[0][0].content)


def test_a_reply_reflecting_someones_words_is_not_read_for_their_phrases(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Mined crisis phrases describe how people write about themselves; a listener's reply that
    reflects them back is screened by the rules and the score only (screen(..., by_model=True))."""
    from assistant.safety import screening
    from assistant.safety import semantic as layer

    reply = ("It sounds like you wish you could fall asleep and skip this whole weekend. "
             "What would make Saturday a little gentler?")
    assert layer.crisis_phrases(reply)
    monkeypatch.setattr(screening, "crisis_score", lambda text, parts=None: layer.phrase_level())
    assert screening.screen(reply).kind == "crisis"  # as a person's own words it would be
    model, _ = scripted(reply)
    stream = talk([Turn(role="user", content="weekends are the worst now")], WAIT, evaluate(WAIT),
                  model, today=TODAY)
    assert stream.read() == reply
    assert stream.engine == "llm" and not stream.replaced
