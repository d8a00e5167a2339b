"""AppTest: an unsure text brings up the direct question first; each answer goes where it
should; after "no" the text carries on; Spanish texts get the Spanish question and panel."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest
from test_app_kit import CLEAN, check_in, crisis_panel_shown, fresh, goto, ok, recording, texts

from assistant.crisis_i18n import crisis_text
from assistant.safety import screen

# Texts the screen is unsure about: worrying, not explicit. Checked in the first test, so a
# change to the rules that made them certain (or silent) shows up there, not as a mystery.
UNSURE_EN = "I just want to sleep for a long time"
UNSURE_ES = "regale mis cosas a mis amigos"
CRISIS_ES = "me voy a suicidar esta noche, ya no aguanto más"


def test_the_texts_used_here_are_unsure_and_certain_as_meant() -> None:
    for text, language in ((UNSURE_EN, "en"), (UNSURE_ES, "es")):
        found = screen(text)
        assert found.kind == "none" and found.ask and found.language == language, found
    found = screen(CRISIS_ES)
    assert found.kind == "crisis" and found.language == "es"


def question_shown(at: AppTest, language: str = "en") -> bool:
    words = crisis_text(language)
    return any(s.value == words.ask_title for s in at.title) and \
        words.ask_wished_dead in texts(at)


def talk_unsure(at: AppTest, text: str = UNSURE_EN) -> AppTest:
    goto(check_in(at, ci_healing=3), "talk")
    at.chat_input(key="talk_input").set_value(text).run()
    return ok(at)


def test_an_unsure_text_is_asked_about_before_any_model_call() -> None:
    model = recording(CLEAN)
    at = talk_unsure(fresh(model))
    assert question_shown(at)
    assert not crisis_panel_shown(at)
    assert model.calls == [], "nothing is sent anywhere before the answer"
    first = at.main.children[0]
    assert first.title[0].value == crisis_text("en").ask_title, "the question comes first"
    assert [b.label for b in at.button if b.key.startswith("ask_")] == \
        ["Yes", "No", "I'd rather not say"]
    # Moving to another page doesn't skip it.
    goto(at, "journal")
    assert question_shown(at)


@pytest.mark.parametrize("answer", ["ask_yes", "ask_rather_not"])
def test_yes_or_rather_not_shows_the_crisis_panel_for_the_session(answer: str) -> None:
    model = recording(CLEAN)
    at = talk_unsure(fresh(model))
    ok(at.button(key=answer).click().run())
    assert at.session_state.safety.crisis
    assert crisis_panel_shown(at) and not question_shown(at)
    goto(at, "check_in")
    assert crisis_panel_shown(at), "sticky"
    assert model.calls == []


def test_no_carries_on_with_that_text_and_does_not_ask_again_for_it() -> None:
    model = recording("That sounds like a lot to hold. What would help you tonight?",
                      "I hear you. What would you like to do next?")
    at = talk_unsure(fresh(model))
    ok(at.button(key="ask_no").click().run())
    assert not question_shown(at) and not crisis_panel_shown(at)
    history = at.session_state.talk_history
    assert [t.role for t in history][-2:] == ["user", "assistant"]
    assert history[-2].content == UNSURE_EN, "the same text carried on"
    assert len(model.calls) == 1
    at.chat_input(key="talk_input").set_value(UNSURE_EN).run()
    assert not question_shown(at), "not asked again for a text no stronger than that one"
    assert len(model.calls) == 2
    assert not at.session_state.safety.crisis


def test_no_on_an_urge_saves_it_and_starts_the_pause() -> None:
    at = fresh()
    goto(at, "journal")
    at.text_input(key="urge_note").input(UNSURE_EN)
    ok(at.button(key="urge_submit").click().run())
    assert question_shown(at)
    assert at.session_state.services.journal.entries() == [], "nothing saved before the answer"
    ok(at.button(key="ask_no").click().run())
    assert [e.kind for e in at.session_state.services.journal.entries()] == ["urge"]
    assert at.session_state.pause_until is not None


def test_a_spanish_unsure_text_is_asked_about_in_spanish() -> None:
    at = talk_unsure(fresh(recording(CLEAN)), UNSURE_ES)
    assert question_shown(at, "es")
    assert [b.label for b in at.button if b.key.startswith("ask_")] == \
        ["Sí", "No", "Prefiero no decirlo"]


def test_a_spanish_crisis_text_shows_the_spanish_panel_with_the_chosen_country() -> None:
    model = recording(CLEAN)
    at = fresh(model)
    goto(at, "settings")
    at.selectbox(key="country").select("ES").run()
    goto(check_in(at, ci_healing=3), "talk")
    at.chat_input(key="talk_input").set_value(CRISIS_ES).run()
    ok(at)
    panel = at.session_state.services.crisis_response("es")
    assert panel.title in texts(at)
    shown = texts(at)
    assert "024" in shown and "988" not in shown
    assert model.calls == []


@pytest.mark.parametrize("answer", ["ask_yes", "ask_no"])
def test_each_page_carries_on_cleanly_after_either_answer(answer: str) -> None:
    """The request that raised the question is remembered as stopped by it: after the
    answer, no page trips over that (the journal once read the missing response's title)."""
    at = fresh(recording(CLEAN, CLEAN))
    goto(at, "journal")
    at.text_input(key="urge_note").input(UNSURE_EN)
    ok(at.button(key="urge_submit").click().run())
    ok(at.button(key=answer).click().run())
    for page in ("journal", "talk", "draft", "after_contact", "check_in"):
        goto(at, page)
    assert "A question comes first" not in texts(at)
