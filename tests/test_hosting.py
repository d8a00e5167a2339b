"""Local or hosted (assistant.hosting), and a fair share of a shared model (assistant.quota)."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.config import Settings
from assistant.gate import CheckIn, evaluate
from assistant.hosting import (
    cookie_secret_problem,
    decide_access,
    identity_of,
    is_loopback,
    owner_for,
)
from assistant.quota import RequestQuota
from assistant.reflection import Outcome
from assistant.services import DraftRun, Services, TalkRun

ISS = "https://id.example.org/"
GOOD_SECRET = secrets.token_urlsafe(32)
AUTH = {"redirect_uri": "https://unsent.example.org/oauth2callback", "cookie_secret": GOOD_SECRET,
        "client_id": "unsent", "client_secret": "s", "server_metadata_url": f"{ISS}.well-known"}
PG = "postgresql+psycopg://unsent_app@db/unsent"
ALICE = {"is_logged_in": True, "iss": ISS, "sub": "alice-123", "name": "Alice"}


def access(**changes: Any) -> Any:
    kwargs: dict[str, Any] = {"auth": AUTH, "address": "0.0.0.0", "db_url": PG, "user": ALICE,
                              "env": {}}
    return decide_access(**{**kwargs, **changes})


# ---- the owner


def test_the_owner_comes_from_issuer_and_subject_never_the_email() -> None:
    a = owner_for(ISS, "alice-123")
    assert a == owner_for(ISS, "alice-123") and a.startswith("oidc-") and len(a) <= 80
    assert "alice" not in a and "example" not in a
    assert owner_for("https://other.example.org/", "alice-123") != a  # same sub, other issuer
    assert owner_for(ISS, "alice-1234") != a
    # The separator keeps ("ab", "c") and ("a", "bc") apart.
    assert owner_for("ab", "c") != owner_for("a", "bc")
    same_email = {**ALICE, "email": "a@x.org"}
    assert identity_of(same_email) == identity_of({**ALICE, "email": "b@y.org"})
    assert identity_of({**same_email, "sub": "mallory"}) != identity_of(same_email)
    with pytest.raises(ValueError):
        owner_for(ISS, "")


def test_identity_needs_a_sign_in_an_issuer_and_a_subject() -> None:
    who = identity_of(ALICE)
    assert who is not None and who.name == "Alice" and who.owner == owner_for(ISS, "alice-123")
    assert identity_of({**ALICE, "name": ""}).name == "you"  # type: ignore[union-attr]
    assert identity_of({**ALICE, "name": None, "email": "a@x.org"}).name == "a@x.org"  # type: ignore[union-attr]
    for bad in ({**ALICE, "is_logged_in": False}, {**ALICE, "is_logged_in": "yes"},
                {k: v for k, v in ALICE.items() if k != "iss"},
                {k: v for k, v in ALICE.items() if k != "sub"}, {}):
        assert identity_of(bad) is None


# ---- local mode


@pytest.mark.parametrize("address", ["127.0.0.1", "localhost", "LOCALHOST", "::1", "[::1]",
                                     "127.1.2.3"])
def test_loopback_addresses(address: str) -> None:
    assert is_loopback(address)
    result = access(auth=None, address=address, db_url="sqlite:///j.db")
    assert result.show == "app" and result.owner == "local" and not result.hosted


@pytest.mark.parametrize("address", [None, "", "0.0.0.0", "::", "192.168.1.2", "10.0.0.1",
                                     "unsent.lan", "localhost.example.org"])
def test_local_mode_on_the_network_turns_the_journal_off(address: str | None) -> None:
    assert not is_loopback(address)
    result = access(auth=None, address=address, db_url="sqlite:///j.db")
    assert result.show == "journal_off" and result.owner is None
    assert result.address == (address or "every network interface")


@pytest.mark.parametrize("headers", [
    {"Host": "unsent.example.org"},
    {"host": "192.168.1.9:8501"},
    {"Host": "localhost:8501", "X-Forwarded-For": "203.0.113.7"},
    {"Host": "127.0.0.1:8501", "Forwarded": "for=203.0.113.7"},
    {"Host": "localhost", "X-Real-IP": "203.0.113.7"},
])
def test_a_proxy_in_front_of_a_loopback_app_turns_the_journal_off(
    headers: dict[str, str],
) -> None:
    result = access(auth=None, address="127.0.0.1", db_url="sqlite:///j.db", headers=headers)
    assert result.show == "journal_off" and result.owner is None
    assert "this machine only, but" in result.reason


@pytest.mark.parametrize("headers", [
    {}, {"Host": "localhost:8501"}, {"Host": "127.0.0.1:8501"}, {"Host": "[::1]:8501"},
    {"Host": "localhost", "X-Forwarded-For": ""},
])
def test_this_machine_opening_a_loopback_app_is_the_app(headers: dict[str, str]) -> None:
    result = access(auth=None, address="127.0.0.1", db_url="sqlite:///j.db", headers=headers)
    assert result.show == "app" and result.owner == "local"


@pytest.mark.parametrize("auth", [None, "AUTH"])
@pytest.mark.parametrize("address", ["127.0.0.1", "localhost", "::1", None, "0.0.0.0",
                                     "192.168.1.2"])
@pytest.mark.parametrize("headers", [
    {}, {"Host": "localhost:8501"}, {"Host": "unsent.example.org"},
    {"Host": "localhost:8501", "X-Forwarded-For": "203.0.113.7"},
])
def test_opens_locally_is_exactly_when_local_mode_opens_the_app(
    auth: str | None, address: str | None, headers: dict[str, str],
) -> None:
    """app.py draws the first page's heading early only when opens_locally says so: it must
    never say so when decide_access would show anything but the app in local mode."""
    from assistant.origin import opens_locally

    conf = AUTH if auth else None
    result = access(auth=conf, address=address, db_url="sqlite:///j.db", user={},
                    headers=headers)
    assert opens_locally(conf, address, headers) == (
        result.show == "app" and result.mode == "local")


def test_hosted_mode_is_meant_to_be_reached_through_a_proxy() -> None:
    result = access(headers={"Host": "unsent.example.org", "X-Forwarded-For": "203.0.113.7"})
    assert result.show == "app"


# ---- hosted mode


def test_hosted_mode_welcomes_visitors_and_opens_each_persons_journal() -> None:
    visitor = access(user={"is_logged_in": False})
    assert visitor.hosted and visitor.show == "welcome" and visitor.owner is None
    alice = access()
    assert alice.show == "app" and alice.owner == owner_for(ISS, "alice-123")
    assert alice.identity is not None and alice.identity.name == "Alice"
    # Hosted mode is about sign-in, not the address: loopback behind a proxy is hosted too.
    assert access(address="127.0.0.1").show == "app"


@pytest.mark.parametrize("secret", [
    None, "", "   ", "xxx", "short-but-random-Zq81", "x" * 64,
    "your-cookie-secret-here-0123456789abcdef", "CHANGEME-2f9a8b7c6d5e4f3a2b1c0d9e8f",
    "replace-with-a-random-string-of-40-chars!!", "<a random string of at least 32 chars>",
    "0123456789012345678901234567890123456789",  # ten distinct characters, repeated
])
def test_a_weak_or_example_cookie_secret_is_refused(secret: Any) -> None:
    assert cookie_secret_problem(secret) is not None
    result = access(auth={**AUTH, "cookie_secret": secret})
    assert result.show == "setup_problem" and result.owner is None
    assert any("cookie_secret" in p for p in result.problems)
    assert all(str(secret) not in p for p in result.problems if secret and secret.strip())


def test_generated_cookie_secrets_pass() -> None:
    """Secrets made the way the error message says pass: 20,000 of each kind, drawn from a
    seeded generator so the run is repeatable (random letters spell "xxx" or "your" now and
    then; those once made about 1 in 1,400 generated secrets fail)."""
    import base64
    import random

    rng = random.Random(20261201)
    for _ in range(20_000):
        raw = rng.randbytes(32)
        assert cookie_secret_problem(base64.urlsafe_b64encode(raw).rstrip(b"=").decode()) is None
        assert cookie_secret_problem(raw.hex()) is None
    assert cookie_secret_problem(secrets.token_urlsafe(32)) is None
    assert cookie_secret_problem("Zq8-xxx-" + secrets.token_hex(20)) is not None  # a word


def test_sqlite_is_refused_in_hosted_mode_unless_allowed() -> None:
    refused = access(db_url="sqlite:////srv/unsent/journal.db")
    assert refused.show == "setup_problem" and refused.owner is None
    assert any("PostgreSQL" in p and "UNSENT_HOSTED_SQLITE=allow" in p for p in refused.problems)
    allowed = access(db_url="sqlite:////srv/j.db", env={"UNSENT_HOSTED_SQLITE": "allow"})
    assert allowed.show == "app"
    assert access(db_url="sqlite:////srv/j.db", env={"UNSENT_HOSTED_SQLITE": "yes"}).show == (
        "setup_problem")


@pytest.mark.parametrize(("change", "words"), [
    ({"client_id": None}, "missing client_id"),
    ({"server_metadata_url": ""}, "server_metadata_url"),
    ({"redirect_uri": "https://unsent.example.org/"}, "/oauth2callback"),
    ({"redirect_uri": "http://unsent.example.org/oauth2callback"}, "https"),
])
def test_an_incomplete_sign_in_setup_is_refused(change: dict[str, Any], words: str) -> None:
    result = access(auth={**AUTH, **change})
    assert result.show == "setup_problem" and any(words in p for p in result.problems)


def test_http_redirect_is_fine_on_localhost() -> None:
    assert access(auth={**AUTH, "redirect_uri": "http://localhost:8501/oauth2callback"}).show == (
        "app")


# ---- the model limit


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_quota_is_per_person_and_per_sliding_hour() -> None:
    clock = Clock()
    quota = RequestQuota(3, clock=clock)
    assert [quota.take("a") for _ in range(4)] == [True, True, True, False]
    assert quota.take("b") and quota.left("b") == 2  # someone else's share is untouched
    assert quota.left("a") == 0 and quota.minutes_until_next("a") == 61
    clock.now += 1800
    assert not quota.take("a") and quota.minutes_until_next("a") == 31
    clock.now += 1800  # an hour after the first three
    assert quota.take("a") and quota.left("a") == 2
    zero = RequestQuota(0, clock=clock)
    assert not zero.take("a") and zero.minutes_until_next("a") == 60
    with pytest.raises(ValueError):
        RequestQuota(-1)


def test_settings_default_to_30_an_hour_and_read_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().model_requests_per_hour == 30
    monkeypatch.setenv("UNSENT_MODEL_REQUESTS_PER_HOUR", "5")
    assert Settings().model_requests_per_hour == 5
    monkeypatch.setenv("UNSENT_MODEL_REQUESTS_PER_HOUR", "-1")
    with pytest.raises(ValueError):
        Settings()


GO = CheckIn(days_since_breakup=60, days_since_last_contact=45, motive="closure", healing=8)
WAIT = CheckIn(days_since_breakup=10, motive="closure", healing=3)


def hosted_services(model: Any, per_hour: int) -> Services:
    return Services(Settings(llm="openai", openai_api_key="sk-test"), model=model,
                    owner="oidc-alice", quota=RequestQuota(per_hour), hosted=True)


def test_past_the_limit_the_guide_engine_answers_and_says_why() -> None:
    model = FakeListChatModel(responses=["Hi Sam, I hope you're well. Take care."] * 5)
    services = hosted_services(model, per_hour=1)

    first = services.start_draft(recipient="Sam", notes="", tone="warm", language="en",
                                 checkin=GO, verdict=evaluate(GO))
    assert isinstance(first, DraftRun)
    "".join(first)
    assert first.result is not None and first.result.engine == "llm" and not first.notice

    second = services.start_draft(recipient="Sam", notes="", tone="warm", language="en",
                                  checkin=GO, verdict=evaluate(GO))
    assert isinstance(second, DraftRun)
    "".join(second)  # never an error
    assert second.result is not None and second.result.engine == "guide"
    assert "1 AI model requests" in second.notice and "guide engine" in second.notice

    talk = services.talk("I miss them", [], WAIT, evaluate(WAIT))
    assert isinstance(talk, TalkRun)
    "".join(talk)
    assert talk.engine == "guide" and "guide engine" in talk.notice

    plan, _saved, _stopped = services.log_contact(Outcome(sent=False, feeling=4), WAIT)
    assert plan is not None and plan.engine == "guide"
    assert "guide engine" in services.limit_notice
    assert model.i == 1  # only the first request reached the model


def test_local_mode_has_no_limit() -> None:
    model = FakeListChatModel(responses=["Hi Sam, I hope you're well. Take care."] * 3)
    services = Services(Settings(llm="openai", openai_api_key="sk-test"), model=model)
    for _ in range(3):
        run = services.start_draft(recipient="Sam", notes="", tone="warm", language="en",
                                   checkin=GO, verdict=evaluate(GO))
        assert isinstance(run, DraftRun)
        "".join(run)
        assert run.result is not None and run.result.engine == "llm" and not run.notice
