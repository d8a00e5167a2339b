"""Local or hosted: who may see the app and whose journal it opens (pure decisions, no UI)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from assistant.origin import is_loopback, reached_from_elsewhere
from assistant.owners import LOCAL_OWNER

Show = Literal["app", "welcome", "journal_off", "setup_problem"]
MIN_COOKIE_SECRET = 32
# Words that mark a value copied from documentation rather than generated, matched as whole
# words (no letter or digit either side): a generated secret holds random letters, and "xxx"
# or "your" inside one by chance is no sign of an example (as plain substrings, about 1 in
# 1,400 of secrets.token_urlsafe(32) was refused, and the test that draws 100 failed now and
# then).
_EXAMPLE_WORDS = re.compile(r"(?<![a-z0-9])(?:x{3,}|change[-_]?me|example|secret|your|replace|"
                            r"placeholder|password)(?![a-z0-9])")
_EXAMPLE_MARKS = ("<", ">", "...")
_SIGN_IN_KEYS = ("redirect_uri", "client_id", "client_secret", "server_metadata_url")


class Identity(BaseModel):
    """A signed-in person: the journal owner derived from issuer and subject, and a name to
    show them (never used to find their journal)."""

    model_config = ConfigDict(frozen=True)

    owner: str
    name: str


class Access(BaseModel):
    """What this visitor may see. ``show == "app"`` opens the app with ``owner``'s journal;
    anything else shows one page without any journal data, saying why."""

    model_config = ConfigDict(frozen=True)

    mode: Literal["local", "hosted"]
    show: Show
    owner: str | None = None
    identity: Identity | None = None
    problems: tuple[str, ...] = ()
    address: str = ""
    reason: str = ""
    """Why the journal is off (``show == "journal_off"``), in plain words."""

    @property
    def hosted(self) -> bool:
        return self.mode == "hosted"


def owner_for(issuer: str, subject: str) -> str:
    """The journal owner for an OpenID identity: a hash of issuer and subject, which are
    stable for a person at one provider (an email address can change hands)."""
    if not issuer or not subject:
        raise ValueError("an identity needs both an issuer and a subject")
    digest = hashlib.sha256(f"{issuer}\x00{subject}".encode()).hexdigest()
    return f"oidc-{digest}"


def identity_of(user: Mapping[str, Any]) -> Identity | None:
    """The signed-in identity in ``st.user``'s claims, or None when not signed in (or the
    provider gave no issuer or subject, which would make the owner ambiguous)."""
    if user.get("is_logged_in") is not True:
        return None
    issuer, subject = str(user.get("iss") or ""), str(user.get("sub") or "")
    if not issuer or not subject:
        return None
    name = next((str(user[k]) for k in ("name", "preferred_username", "email", "nickname")
                 if user.get(k)), "you")
    return Identity(owner=owner_for(issuer, subject), name=name)


def cookie_secret_problem(secret: Any) -> str | None:
    """Why a sign-in cookie secret is unsafe, or None when it looks generated."""
    fix = ('Generate one with: python -c "import secrets; print(secrets.token_urlsafe(32))"')
    if not isinstance(secret, str) or not secret.strip():
        return f"[auth] has no cookie_secret. {fix}"
    if len(secret) < MIN_COOKIE_SECRET:
        return (f"The cookie_secret in [auth] is too short (it needs at least "
                f"{MIN_COOKIE_SECRET} characters). Anyone who guesses it can sign in as "
                f"anyone. {fix}")
    lowered = secret.lower()
    if (_EXAMPLE_WORDS.search(lowered) or any(mark in secret for mark in _EXAMPLE_MARKS)
            or len(set(secret)) < 12):
        return (f"The cookie_secret in [auth] looks like an example value, not a random one. "
                f"Anyone who knows it can sign in as anyone. {fix}")
    return None


def _sign_in_problems(auth: Mapping[str, Any]) -> list[str]:
    problems = []
    missing = [k for k in _SIGN_IN_KEYS if not auth.get(k)]
    if missing:
        problems.append(f"[auth] is missing {', '.join(missing)} (Unsent signs in with the "
                        "default provider: these keys directly under [auth]).")
    redirect = str(auth.get("redirect_uri") or "")
    if redirect:
        parts = urlsplit(redirect)
        if parts.path.rstrip("/").rsplit("/", 1)[-1] != "oauth2callback":
            problems.append("[auth] redirect_uri must be the app's address ending in "
                            "/oauth2callback.")
        if parts.scheme != "https" and not is_loopback(parts.hostname or ""):
            problems.append("[auth] redirect_uri must use https (plain http is only for "
                            "localhost), or sign-in cookies travel unencrypted.")
    secret = cookie_secret_problem(auth.get("cookie_secret"))
    if secret:
        problems.append(secret)
    return problems


def _store_problem(db_url: str, env: Mapping[str, str]) -> str | None:
    scheme = db_url.split(":", 1)[0].split("+", 1)[0].lower()
    if scheme == "sqlite" and env.get("UNSENT_HOSTED_SQLITE", "").lower() != "allow":
        return ("Hosted Unsent keeps journals in PostgreSQL: set UNSENT_DB_URL to "
                "postgresql+psycopg://<app role>@<host>/<database>. SQLite is for one person "
                "on their own machine (for a one-process trial only, set "
                "UNSENT_HOSTED_SQLITE=allow).")
    return None


def decide_access(
    *,
    auth: Mapping[str, Any] | None,
    address: str | None,
    db_url: str,
    user: Mapping[str, Any],
    env: Mapping[str, str],
    headers: Mapping[str, str] | None = None,
) -> Access:
    """Local mode when Streamlit's secrets have no [auth] section, hosted mode when they do.

    Local: the one person on this machine, with the local journal, as long as Streamlit
    listens on loopback only; listening on anything else without sign-in turns the journal
    off. Hosted: set-up problems (a weak cookie secret, SQLite, missing keys) keep everyone
    out; otherwise a visitor who isn't signed in sees the welcome page, and a signed-in
    person their own journal. ``headers`` (of the request that opened the session) catch a
    proxy put in front of a loopback-only local app.
    """
    where = address if address else "every network interface"
    if auth is None:
        if not is_loopback(address):
            return Access(mode="local", show="journal_off", address=where,
                          reason=f"Unsent is listening on {where}, so other computers on "
                                 "the network can reach it")
        elsewhere = reached_from_elsewhere(headers or {})
        if elsewhere:
            return Access(mode="local", show="journal_off", address=where,
                          reason=f"Unsent listens on this machine only, but {elsewhere}")
        # What assistant.origin.opens_locally predicts (app.py asks it first, cheaply).
        return Access(mode="local", show="app", owner=LOCAL_OWNER, address=where)
    problems = _sign_in_problems(auth)
    store = _store_problem(db_url, env)
    if store:
        problems.append(store)
    if problems:
        return Access(mode="hosted", show="setup_problem", problems=tuple(problems),
                      address=where)
    who = identity_of(user)
    if who is None:
        return Access(mode="hosted", show="welcome", address=where)
    return Access(mode="hosted", show="app", owner=who.owner, identity=who, address=where)
