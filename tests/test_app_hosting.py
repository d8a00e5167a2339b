"""AppTest: hosted mode (an [auth] secrets section), the welcome page, each person's journal."""

from __future__ import annotations

from typing import Any

import pytest
import streamlit
from streamlit.testing.v1 import AppTest
from test_app_kit import APP, goto, ok, texts

from assistant.hosting import owner_for

ISSUER = "http://localhost:9/"
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "k3Jq9vX2mP7sLw4Rt8Yb1Nc6Hd5Fg0Zu-aE",
    "client_id": "unsent",
    "client_secret": "client-pw",
    "server_metadata_url": f"{ISSUER}.well-known/openid-configuration",
}
VISITOR: dict[str, Any] = {"is_logged_in": False}
ALICE = {"is_logged_in": True, "iss": ISSUER, "sub": "alice", "name": "Alice",
         "email": "shared@example.org"}
BOB = {"is_logged_in": True, "iss": ISSUER, "sub": "bob", "name": "Bob",
       "email": "shared@example.org"}  # the same email as Alice: the owner never comes from it
JOURNAL_WORDS = ("Timeline", "Days without contact", "Export", "Check in", "Draft")


@pytest.fixture(autouse=True)
def one_process_trial(monkeypatch: pytest.MonkeyPatch) -> None:
    """These flows use the test's SQLite journal, allowed in hosted mode for a trial."""
    monkeypatch.setenv("UNSENT_HOSTED_SQLITE", "allow")


def hosted(user: dict[str, Any], auth: dict[str, Any] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = dict(auth or AUTH)
    at.user = dict(user)
    return ok(at.run())


def log_urge(at: AppTest, note: str) -> None:
    goto(at, "journal")
    at.text_input(key="urge_note").input(note)
    ok(at.button(key="urge_submit").click().run())


def sidebar_text(at: AppTest) -> str:
    return " ".join(str(c.value) for c in at.sidebar.caption)


def test_a_visitor_who_is_not_signed_in_sees_only_the_welcome() -> None:
    at = hosted(VISITOR)
    page = texts(at)
    assert "Your journal is yours" in page and "findahelpline.com" in page
    assert at.button(key="sign_in").label == "Sign in"
    assert "services" not in at.session_state  # no journal was opened for this session
    for word in ("Timeline", "Days without contact"):
        assert word not in page
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("app_pages/journal.py")  # no other page is registered for a visitor


def test_signed_in_people_each_see_only_their_own_journal() -> None:
    alice = hosted(ALICE)
    assert "Signed in as **Alice**" in sidebar_text(alice)
    log_urge(alice, "alice wants to text Sam")
    assert "alice wants to text Sam" in texts(goto(alice, "journal"))
    assert alice.session_state.services.owner == owner_for(ISSUER, "alice")

    assert "Private to you" in texts(alice) and "sqlite" not in texts(alice).lower()

    bob = hosted(BOB)
    goto(bob, "journal")
    assert "alice wants to text Sam" not in texts(bob)
    assert "alice" not in bob.session_state.services.export_json()
    log_urge(bob, "bob's own urge")
    assert "bob's own urge" not in texts(goto(alice, "journal"))
    assert "alice wants to text Sam" in texts(alice)


def test_a_new_person_in_the_same_session_starts_afresh() -> None:
    at = hosted(ALICE)
    log_urge(at, "alice's note")
    at.user = dict(BOB)
    ok(at.run())
    goto(at, "journal")
    assert "alice's note" not in texts(at)
    assert at.session_state.urge_saved is None  # alice's session state went with her


def test_sign_out_returns_to_the_welcome() -> None:
    at = hosted(ALICE)
    goto(at, "journal")
    ok(at.sidebar.button(key="sign_out").click().run())
    assert "Timeline" not in texts(at)  # the run stops there: the browser is on its way out
    ok(at.run())  # the new session the browser comes back to
    page = texts(at)
    assert "Your journal is yours" in page and at.button(key="sign_in")
    assert "Timeline" not in page


@pytest.mark.parametrize("user", [
    {"is_logged_in": True, "sub": "alice"},  # no issuer: the owner would be ambiguous
    {"is_logged_in": True, "iss": ISSUER},  # no subject
    {"iss": ISSUER, "sub": "alice"},  # no is_logged_in
])
def test_an_incomplete_identity_is_not_signed_in(user: dict[str, Any]) -> None:
    at = hosted(user)
    assert at.button(key="sign_in") and "services" not in at.session_state


@pytest.mark.parametrize(("change", "words"), [
    ({"cookie_secret": "xxx"}, "too short"),
    ({"cookie_secret": "your-cookie-secret-goes-here-please-123"}, "example value"),
    ({"client_id": ""}, "missing client_id"),
    ({"redirect_uri": "http://unsent.example.org/oauth2callback"}, "https"),
])
def test_an_unsafe_sign_in_setup_keeps_everyone_out(change: dict[str, str], words: str) -> None:
    at = hosted(ALICE, {**AUTH, **change})
    page = texts(at)
    assert "isn't ready yet" in page and words in page
    assert "findahelpline.com" in page
    assert "services" not in at.session_state
    assert not at.sidebar.button  # no sign-out: nobody is let in


def test_hosted_mode_refuses_sqlite_unless_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNSENT_HOSTED_SQLITE")
    at = hosted(ALICE)
    assert "PostgreSQL" in texts(at) and "UNSENT_HOSTED_SQLITE=allow" in texts(at)
    assert "services" not in at.session_state


def listening_on(monkeypatch: pytest.MonkeyPatch, address: str | None) -> None:
    """Streamlit's server.address as the app reads it (st.get_option)."""
    real = streamlit.get_option
    monkeypatch.setattr(streamlit, "get_option",
                        lambda key: address if key == "server.address" else real(key))


@pytest.mark.parametrize("address", ["0.0.0.0", "", None, "192.168.1.20", "::", "unsent.lan"])
def test_local_mode_on_the_network_turns_the_journal_off(
    monkeypatch: pytest.MonkeyPatch, address: str | None
) -> None:
    listening_on(monkeypatch, address)
    at = AppTest.from_file(APP, default_timeout=30)
    at.user = dict(VISITOR)
    ok(at.run())
    page = texts(at)
    assert "The journal is off" in page and "findahelpline.com" in page
    assert "services" not in at.session_state


@pytest.mark.parametrize("address", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_local_mode_on_loopback_is_the_app(
    monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    listening_on(monkeypatch, address)
    at = AppTest.from_file(APP, default_timeout=30)
    at.user = dict(VISITOR)
    ok(at.run())
    assert at.session_state.services.owner == "local"
    assert not at.sidebar.button  # nobody to sign out


def test_past_the_model_limit_the_talk_page_says_the_guide_engine_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from test_app_kit import check_in, recording

    monkeypatch.setenv("UNSENT_MODEL_REQUESTS_PER_HOUR", "1")
    model = recording("What would you hope to feel after sending it?", "A second model reply.")
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = dict(AUTH)
    at.user = {**ALICE, "sub": "alice-quota"}  # a quota of her own (it lives per process)
    at.session_state["chat_model"] = model
    ok(at.run())
    goto(check_in(at, ci_motive="validation"), "talk")
    ok(at.chat_input(key="talk_input").set_value("Should I text him?").run())
    assert len(model.calls) == 1 and "From the AI model" in texts(at)
    ok(at.chat_input(key="talk_input").set_value("I still want to.").run())
    assert len(model.calls) == 1  # the second request never reached the model
    page = texts(at)
    assert "used this hour's 1 AI model requests" in page
    assert "From the built-in guide engine" in page
    assert not at.exception and not at.error
