"""AppTest: drafting with fake chat models, lint highlights, edits, saving, and its gates."""

from __future__ import annotations

import pytest
from test_app_kit import (
    BLOCKED,
    CLEAN,
    check_in,
    draft_ready,
    fresh,
    goto,
    links,
    ok,
    recording,
    texts,
)


def test_clean_model_draft_streams_in_and_says_which_engine_wrote_it() -> None:
    model = recording(CLEAN)
    at = draft_ready(check_in(fresh(model)))
    draft = at.session_state.draft
    assert draft.engine == "llm" and draft.text == CLEAN
    assert len(model.calls) == 1
    assert at.code[0].value == CLEAN  # st.code: the copy button
    page = texts(at)
    assert "Written by the AI model" in page
    assert "Nothing in this text trips" in page
    assert not at.session_state.draft_notice  # nothing was replaced


def test_blocked_model_draft_is_repaired_once_then_replaced_by_the_guide_engine() -> None:
    model = recording(BLOCKED, BLOCKED)
    at = draft_ready(check_in(fresh(model)))
    draft = at.session_state.draft
    assert len(model.calls) == 2  # the draft and one repair attempt, no more
    assert draft.engine == "guide"
    assert "[Name]" not in draft.text and "owe me" not in draft.text
    notices = " ".join(w.value for w in at.warning)
    assert "replaced" in notices  # a visible note that the streamed text was replaced
    assert "Written by the built-in guide engine" in texts(at)


def test_a_failing_model_falls_back_calmly_and_keeps_what_was_typed() -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    model = FakeListChatModel(responses=[CLEAN], error_on_chunk_number=0)
    at = draft_ready(check_in(fresh(model)), notes="Thank you for the good years")
    assert at.session_state.draft.engine == "guide"
    assert at.text_area(key="draft_notes").value == "Thank you for the good years"
    assert at.text_input(key="draft_recipient").value == "Sam"
    assert not at.error
    # nothing had streamed, so nothing is "replaced"; a calm note says who wrote it and why
    assert not at.session_state.draft_notice
    assert any("guide engine" in i.value for i in at.info)


def test_guide_engine_draft_offers_variants_and_both_sides() -> None:
    at = draft_ready(check_in(fresh()))
    draft = at.session_state.draft
    variants = at.session_state.draft_variants
    assert draft.engine == "guide"
    assert 1 <= len(variants) <= 3
    assert all(v.text != draft.text for v in variants)
    labels = [e.label for e in at.expander]
    assert "Both sides, before you write" in labels
    page = texts(at)
    assert "Upsides you see" in page and "Risks you named" in page
    at.button(key="draft_use_0").click().run()
    assert at.text_area(key="draft_edit").value == variants[0].text


def test_edited_text_is_linted_again_with_the_words_highlighted_and_escaped() -> None:
    at = draft_ready(check_in(fresh()))
    at.text_area(key="draft_edit").input("Hi Sam <script>alert(1)</script> [Name]")
    ok(at.button(key="draft_check").click().run())
    review = at.session_state.draft_review
    assert review.blocked
    html = " ".join(h.proto.body for h in at.get("html"))
    # the person's own <script> is shown as text, never as markup (the sidebar's navigation
    # has a script of the app's own, so look for theirs)
    assert "<script>alert" not in html and "alert(1)</script>" not in html
    assert "&lt;script&gt;" in html and "&lt;/script&gt;" in html
    assert "<mark" in html and "[Name]</mark>" in html
    page = texts(at)
    assert "Must change** (Placeholder)" in page
    assert "A placeholder was never filled in." in page  # why, in plain words
    # blocked text is neither saved nor offered for download
    assert not at.get("download_button")
    assert not [b for b in at.button if b.key == "draft_sleep"]


def test_pressure_is_pointed_at_word_for_word() -> None:
    at = draft_ready(check_in(fresh()))
    text = "Hi Sam, you owe me an answer after everything."
    at.text_area(key="draft_edit").input(text)
    ok(at.button(key="draft_check").click().run())
    issues = at.session_state.draft_review.issues
    assert [i.rule for i in issues if i.severity == "block"] == ["entitlement"]
    start, end = issues[0].span
    html = " ".join(h.proto.body for h in at.get("html"))
    assert f"{text[start:end]}</mark>" in html
    assert "(Entitlement)" in texts(at)


def test_sleep_on_it_saves_the_draft_to_the_journal() -> None:
    at = draft_ready(check_in(fresh()))
    ok(at.button(key="draft_sleep").click().run())
    assert at.session_state.draft_saved.ok
    entries = at.session_state.services.journal.entries("draft")
    assert len(entries) == 1
    assert entries[0].data["text"] == at.session_state.draft.text
    assert entries[0].data["engine"] == "guide"
    assert any("tomorrow" in s.value for s in at.success)
    assert [d.key for d in at.get("download_button")] == ["draft_download"]


def test_an_edited_clean_version_is_what_gets_saved() -> None:
    at = draft_ready(check_in(fresh()))
    mine = "Hi Sam, I hope you're well. I'd be glad to talk sometime, if you'd like. Take care."
    at.text_area(key="draft_edit").input(mine)
    ok(at.button(key="draft_check").click().run())
    assert not at.session_state.draft_review.blocked
    ok(at.button(key="draft_sleep").click().run())
    assert at.session_state.services.journal.entries("draft")[0].data["text"] == mine


def test_missing_name_is_explained_and_nothing_is_drafted() -> None:
    model = recording(CLEAN)
    at = draft_ready(check_in(fresh(model)), recipient="")
    assert at.session_state.draft is None
    assert model.calls == []
    assert any("name" in e.value.lower() for e in at.error)


@pytest.mark.parametrize(
    ("answers", "link"),
    [({"ci_healing": 3}, "talk"), ({"ci_motive": "validation"}, "talk"),
     ({"ci_no_contact": True}, "support")],
)
def test_no_drafting_unless_the_verdict_is_go(answers: dict[str, object], link: str) -> None:
    at = goto(check_in(fresh(), **answers), "draft")
    assert not [w for w in at.text_input if w.key == "draft_recipient"]
    assert link in links(at)


def test_harassment_in_the_notes_gets_the_fixed_refusal_and_no_model_call() -> None:
    model = recording(CLEAN)
    at = draft_ready(check_in(fresh(model)),
                     notes="I'll make a new account since she blocked me on everything")
    assert model.calls == []
    assert at.session_state.draft is None
    stopped = at.session_state.draft_stopped
    assert stopped is not None and stopped.kind == "harassment"
    assert stopped.response.title in texts(at)
    assert not at.session_state.safety.crisis
