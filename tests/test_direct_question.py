"""The direct question: an unsure text is asked about before anything else happens with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import scripted

from assistant import safety as safety_pkg
from assistant.config import Settings
from assistant.gate import CheckIn, evaluate
from assistant.journal import Journal
from assistant.safety import SafetyState, Screening
from assistant.services import Services, Stopped

GO = CheckIn(days_since_breakup=60, days_since_last_contact=45, motive="closure", healing=8)
WAIT = CheckIn(days_since_breakup=10, motive="closure", healing=3)
UNSURE = Screening(kind="none", ask=True, score=0.9, matched=("ask.farewell",), language="es")
WEAKER = Screening(kind="none", ask=True, score=0.88, matched=("ask.farewell",))
HIGHER = Screening(kind="none", ask=True, score=0.95, matched=("ask.farewell",))
OTHER_SIGNAL = Screening(kind="none", ask=True, score=0.5, matched=("ask.pets-for-good",))
CERTAIN = Screening(kind="crisis", matched=("crisis.suicide",))


# ---- the session state


def test_yes_and_rather_not_raise_the_crisis_panel_for_good() -> None:
    for answer in ("yes", "rather_not"):
        state = SafetyState()
        assert state.needs_asking(UNSURE)
        state.ask(UNSURE, "talk", ("text",))
        assert state.question is not None and state.interrupted and not state.crisis
        state.answer(answer)  # type: ignore[arg-type]
        assert state.crisis and state.question is None and state.resume is None
        assert state.language == "es", "the panel speaks the language of the text"
        assert not state.needs_asking(HIGHER), "in crisis, nothing more is asked"


def test_no_carries_on_once_and_is_not_asked_again_for_no_stronger_text() -> None:
    state = SafetyState()
    state.ask(UNSURE, "talk", ("my text",))
    state.answer("no")
    assert not state.crisis and state.question is None and not state.interrupted
    assert state.take_resume("draft") is None, "only the page it came from carries on"
    resumed = state.take_resume("talk")
    assert resumed is not None and resumed.texts == ("my text",)
    assert state.take_resume("talk") is None, "carried on once"
    assert not state.needs_asking(UNSURE) and not state.needs_asking(WEAKER)
    assert state.needs_asking(HIGHER), "a stronger score asks again"
    assert state.needs_asking(OTHER_SIGNAL), "a signal not seen before asks again"
    state.observe(CERTAIN)
    assert state.crisis, "a certain signal always triggers"


def test_answers_are_not_in_the_journal_and_ask_never_with_crisis() -> None:
    state = SafetyState()
    assert not state.needs_asking(Screening(kind="harm_to_others", ask=True, score=0.9))
    assert not state.needs_asking(Screening(kind="none", ask=False, score=0.99))
    state.answer("no")  # no question pending: nothing happens
    assert state.resume is None and not state.crisis


# ---- the services: nothing is sent or saved before the answer


@pytest.fixture
def unsure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any text containing "UNSURE" screens as unsure; everything else as none."""
    real = safety_pkg.screen

    def fake(text: str) -> Screening:
        return UNSURE if "UNSURE" in text else real(text)

    monkeypatch.setattr("assistant.services.safety.screen", fake)


def test_talk_asks_before_any_model_call_and_carries_on_after_no(unsure: None) -> None:
    model, rec = scripted("That sounds heavy. What would help tonight?")
    s = Services(Settings(), model=model)
    run = s.talk("UNSURE words", [], WAIT, evaluate(WAIT))
    assert isinstance(run, Stopped) and run.kind == "ask"
    assert rec.prompts == [], "no model call before the answer"
    assert s.interrupted and s.safety.question is not None
    s.answer_question("no")
    assert s.resume("talk") == ("UNSURE words",)
    again = s.talk("UNSURE words", [], WAIT, evaluate(WAIT))
    assert not isinstance(again, Stopped)
    assert "".join(again) and len(rec.prompts) == 1


def test_draft_letter_urge_and_contact_wait_for_the_answer(unsure: None,
                                                          tmp_path: Path) -> None:
    journal = Journal.open(f"sqlite:///{tmp_path / 'j.db'}")
    s = Services(Settings(), journal=journal)
    run = s.start_draft(recipient="Sam", notes="UNSURE", tone="warm", language="en",
                        checkin=GO, verdict=evaluate(GO))
    assert isinstance(run, Stopped) and run.kind == "ask"
    s.answer_question("yes")
    assert s.crisis and not s.drafting_allowed(evaluate(GO))

    s = Services(Settings(), journal=journal)
    saved, stopped = s.save_letter("UNSURE letter")
    assert not saved.ok and stopped is not None and stopped.kind == "ask"
    saved, stopped = s.log_urge("UNSURE urge", 8)
    assert not saved.ok and stopped is not None and stopped.kind == "ask"
    assert journal.entries() == [], "nothing saved before the answer"
    s.answer_question("no")
    assert s.resume("letter") == ("UNSURE letter",)
    saved, stopped = s.save_letter("UNSURE letter")
    assert saved.ok and stopped is None
    assert [e.kind for e in journal.entries()] == ["letter"]
