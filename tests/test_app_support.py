"""AppTest: the Support page says why on a stop, shows the right support, and never drafts."""

from __future__ import annotations

from test_app_kit import check_in, fresh, goto, texts

from assistant.safety import abuse_support, response_for


def test_abuse_stop_explains_why_and_shows_abuse_support_first() -> None:
    at = check_in(fresh(), ci_reason="abuse")
    at.button(key="ci_next").click().run()
    assert at.title[0].value == "Support"
    page = texts(at)
    assert "Why Unsent won't help you reach out" in page
    assert "You said the relationship involved abuse" in page
    heads = [s.value for s in at.header]
    assert heads.index(abuse_support().title) < heads.index("If it ever feels like too much")
    assert "988" in page
    # without a crisis, the crisis text written for someone who typed one is not shown
    assert response_for("crisis").body.split(".")[0] not in page


def test_no_contact_stop_explains_and_offers_support_without_abuse_texts() -> None:
    at = goto(check_in(fresh(), ci_no_contact=True), "stop")
    assert "They asked for no contact" in texts(at)
    assert abuse_support().title not in [s.value for s in at.header]
    assert "If it ever feels like too much" in [s.value for s in at.header]


def test_support_is_there_without_a_check_in() -> None:
    at = goto(fresh(), "stop")
    assert "Support is here whenever you need it" in texts(at)
    assert "988" in texts(at)
