"""AppTest: talking it through (guide engine and a fake model), the unsent letter, and its gates."""

from __future__ import annotations

import datetime as dt

from test_app_kit import check_in, fresh, goto, links, ok, recording, texts

REPLY = ("That sounds like a lot to hold. What do you hope would be different after you "
         "reached out, and how would you feel if they didn't answer at all?")


def test_wait_person_talks_it_through_with_the_guide_engine() -> None:
    model = recording(REPLY)
    at = goto(check_in(fresh(model), ci_healing=3), "talk")
    assert "Check in again on" in texts(at)
    history = at.session_state.talk_history
    assert [t.role for t in history] == ["assistant"]  # the guide opens, from the answers
    assert "healing is at 3 out of 10" in history[0].content
    assert len(at.chat_message) == 1
    assert model.calls == []  # nothing is sent anywhere before the person says something
    assert "[timing-healing]" not in texts(at)  # citations are shown as numbered marks
    model.messages = iter([])  # the rest of this flow uses the guide engine
    at.session_state.services.model = None
    at.chat_input(key="talk_input").set_value("I just miss talking to her every day").run()
    ok(at)
    history = at.session_state.talk_history
    assert [t.role for t in history] == ["assistant", "user", "assistant"]
    assert len(at.chat_message) == 3
    # quiet icons, not Streamlit's orange and red defaults
    assert [m.avatar for m in at.chat_message] == [
        ":material/self_improvement:", ":material/person:", ":material/self_improvement:"]
    assert history[1].content == "I just miss talking to her every day"
    assert "From the built-in guide engine" in texts(at)
    assert any(e.label == "From the guide" for e in at.expander)


def test_model_replies_stream_in_and_say_they_came_from_the_model() -> None:
    model = recording(REPLY)
    at = goto(check_in(fresh(model), ci_motive="validation"), "talk")
    at.chat_input(key="talk_input").set_value("Should I text him?").run()
    ok(at)
    assert len(model.calls) == 1
    assert [t.role for t in at.session_state.talk_history] == ["assistant", "user", "assistant"]
    assert at.session_state.talk_history[-1].content == REPLY
    assert "From the AI model" in texts(at)


def test_harm_in_the_chat_gets_the_refusal_and_never_joins_the_history() -> None:
    model = recording(REPLY)
    at = goto(check_in(fresh(model), ci_healing=3), "talk")
    at.chat_input(key="talk_input").set_value("I want to hurt him for what he did").run()
    ok(at)
    assert model.calls == []
    assert [t.role for t in at.session_state.talk_history] == ["assistant"]  # not joined
    stopped = at.session_state.talk_stopped
    assert stopped.kind == "harm_to_others"
    assert stopped.response.title in texts(at)
    at.chat_input(key="talk_input").set_value("ok. I'm just angry.").run()
    ok(at)
    assert len(model.calls) == 1  # the flagged message was not held against later turns


def test_a_go_person_who_wants_to_think_can_talk_too() -> None:
    at = goto(check_in(fresh()), "talk")
    assert at.session_state.talk_history[0].role == "assistant"
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert f"{tomorrow:%A %d %B %Y}" in texts(at)


def test_a_new_check_in_starts_a_new_conversation() -> None:
    at = goto(check_in(fresh(), ci_healing=3), "talk")
    at.chat_input(key="talk_input").set_value("I miss her").run()
    assert len(at.session_state.talk_history) == 3
    check_in(at, ci_healing=4)
    goto(at, "talk")
    history = at.session_state.talk_history
    assert len(history) == 1 and "healing is at 4 out of 10" in history[0].content


def test_stop_verdict_has_no_conversation_and_points_to_support() -> None:
    at = goto(check_in(fresh(), ci_no_contact=True), "talk")
    assert not at.chat_input
    assert not [t for t in at.text_area if t.key == "letter_text"]
    assert "support" in links(at)


LETTER = "Dear Sam, I never said how much I loved our Sunday mornings."


def test_unsent_letter_is_saved_privately_as_a_letter() -> None:
    # A letter the screen doesn't ask about ("Dear Sam, I never said how much it hurt." is asked
    # about since 2026-12-02: score 0.281, ask level 0.276; the next test answers the question).
    from assistant.safety import screen

    assert (screen(LETTER).kind, screen(LETTER).ask) == ("none", False)
    at = goto(check_in(fresh(), ci_healing=2), "talk")
    at.text_area(key="letter_text").input(LETTER)
    ok(at.button(key="letter_save").click().run())
    entries = at.session_state.services.journal.entries("letter")
    assert len(entries) == 1
    assert entries[0].data["text"] == LETTER
    assert entries[0].data["sent"] is False
    assert any("won't be sent" in s.value for s in at.success)
    assert not at.session_state.services.journal.entries("draft")  # never offered to send


def test_a_letter_the_screen_is_unsure_of_is_asked_about_and_saved_after_a_no() -> None:
    from assistant.safety import screen

    text = "I just want to sleep for a long time"  # test_app_question.UNSURE_EN
    assert (screen(text).kind, screen(text).ask) == ("none", True)
    at = goto(check_in(fresh(), ci_healing=2), "talk")
    at.text_area(key="letter_text").input(text)
    ok(at.button(key="letter_save").click().run())
    assert not at.session_state.services.journal.entries("letter")  # nothing saved before
    ok(at.button(key="ask_no").click().run())
    entries = at.session_state.services.journal.entries("letter")
    assert [e.data["text"] for e in entries] == [text]


def test_letter_works_without_a_check_in_and_an_empty_one_is_refused() -> None:
    at = goto(fresh(), "talk")
    ok(at.button(key="letter_save").click().run())
    assert any("empty" in e.value for e in at.error)
    at.text_area(key="letter_text").input("I still think about that summer in Lisbon.")
    ok(at.button(key="letter_save").click().run())
    assert len(at.session_state.services.journal.entries("letter")) == 1


def test_each_reply_on_the_page_answers_the_message_before_it() -> None:
    """Three different messages: each reply names that message's feeling, gives the guide's
    point that fits it (shown as a numbered mark linked to that section), and asks a question."""
    from assistant.talk_content import get_talk_content

    content = get_talk_content()
    at = goto(check_in(fresh(), ci_healing=3), "talk")
    conversation = [
        ("I looked at her photos again last night", "rumination"),
        ("I haven't been sleeping since she left", "self_care"),
        ("he's already seeing someone else", "new_partner"),
    ]
    for n, (message, theme) in enumerate(conversation, start=1):
        at.chat_input(key="talk_input").set_value(message).run()
        ok(at)
        history = at.session_state.talk_history
        assert len(history) == 1 + 2 * n and history[-2].content == message
        reply = history[-1].content
        fitting = content.theme(theme)
        assert fitting.points[0].text in reply or any(p.text in reply for p in fitting.points)
        assert "?" in reply and message not in reply
        engine, cites = at.session_state.talk_meta[len(history) - 1]
        assert engine == "guide" and cites[0] in fitting.sections
        shown = at.chat_message[-1]
        assert f"[{cites[0]}]" not in texts(at)  # the citation shows as a numbered mark
        assert any(fitting.points[0].text.split(" [")[0][:40] in str(m.value)
                   or any(p.text.split(" [")[0][:40] in str(m.value) for p in fitting.points)
                   for m in shown.markdown)
