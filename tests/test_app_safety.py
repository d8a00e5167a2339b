"""AppTest: crisis text in any free-text input shows the resources first, sticks, calls no model."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest
from test_app_kit import (
    CLEAN,
    CRISIS,
    CRISIS_HEADING,
    RecordingModel,
    check_in,
    crisis_panel_shown,
    draft_ready,
    fresh,
    goto,
    ok,
    recording,
    texts,
)


def _recipient(at: AppTest) -> None:
    draft_ready(check_in(at), recipient=CRISIS)


def _notes(at: AppTest) -> None:
    draft_ready(check_in(at), notes=CRISIS)


def _edit(at: AppTest) -> None:
    draft_ready(check_in(at))
    at.text_area(key="draft_edit").input(CRISIS)
    at.button(key="draft_check").click().run()


def _chat(at: AppTest) -> None:
    goto(check_in(at, ci_healing=3), "talk")
    at.chat_input(key="talk_input").set_value(CRISIS).run()


def _letter(at: AppTest) -> None:
    goto(at, "talk")
    at.text_area(key="letter_text").input(CRISIS)
    at.button(key="letter_save").click().run()


def _urge(at: AppTest) -> None:
    goto(at, "journal")
    at.text_input(key="urge_note").input(CRISIS)
    at.button(key="urge_submit").click().run()


def _hoped(at: AppTest) -> None:
    goto(at, "after_contact")
    at.text_area(key="contact_hoped").input(CRISIS)
    at.button(key="contact_submit").click().run()


def _contact_notes(at: AppTest) -> None:
    goto(at, "after_contact")
    at.text_area(key="contact_notes").input(CRISIS)
    at.button(key="contact_submit").click().run()


INPUTS: dict[str, Callable[[AppTest], None]] = {
    "draft recipient": _recipient,
    "draft notes": _notes,
    "draft edit box": _edit,
    "talk chat": _chat,
    "unsent letter": _letter,
    "urge note": _urge,
    "what I hoped for": _hoped,
    "after-contact notes": _contact_notes,
}


def _calls_before(name: str) -> int:
    return 1 if name == "draft edit box" else 0  # that flow drafts once before the crisis


@pytest.mark.parametrize("name", list(INPUTS))
def test_crisis_text_in_any_input_shows_resources_and_calls_no_model(name: str) -> None:
    model = recording(CLEAN, CLEAN)
    at = fresh(model)
    INPUTS[name](at)
    ok(at)
    assert at.session_state.safety.crisis, name
    assert crisis_panel_shown(at), name
    first = at.main.children[0]
    title = at.session_state.services.crisis_response().title
    assert first.header[0].value == CRISIS_HEADING, "the resources are the first thing on the page"
    assert first.markdown[0].value == f"**{title}**"
    assert len(model.calls) == _calls_before(name), name
    if name.startswith("draft") and name != "draft edit box":
        assert at.session_state.draft is None


def test_crisis_is_sticky_on_every_page_and_closes_drafting() -> None:
    model = recording(CLEAN)
    at = fresh(model)
    _urge(at)
    for page in ("check_in", "draft", "talk", "stop", "after_contact", "journal", "guide",
                 "settings"):
        goto(at, page)
        assert crisis_panel_shown(at), page
    check_in(at)
    assert at.session_state.verdict.decision == "go"
    assert at.button(key="ci_next").label == "Talk it through"  # not drafting
    goto(at, "draft")
    assert not [w for w in at.text_input if w.key == "draft_recipient"]
    assert "paused" in texts(at)
    goto(at, "talk")
    assert not at.chat_input  # no conversation with a model while in crisis
    assert model.calls == []


def test_everyday_idioms_are_not_a_crisis() -> None:
    at = fresh()
    goto(at, "journal")
    at.text_input(key="urge_note").input("this is killing me, I'm dying to know how she is")
    ok(at.button(key="urge_submit").click().run())
    assert not at.session_state.safety.crisis
    assert not crisis_panel_shown(at)


def test_the_model_is_never_asked_after_a_crisis_even_for_a_reflection() -> None:
    model = recording(CLEAN)
    at = fresh(model)
    _urge(at)
    goto(at, "after_contact")
    at.text_area(key="contact_hoped").input("I hoped for closure")
    ok(at.button(key="contact_submit").click().run())
    assert at.session_state.contact_plan is not None
    assert at.session_state.contact_plan.engine == "guide"
    assert isinstance(model, RecordingModel) and model.calls == []
