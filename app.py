"""Unsent's entry point: page config, settings, session state, services, navigation."""

from __future__ import annotations

import hashlib
import os
from typing import Any
from urllib.parse import urlsplit

import streamlit as st

from app_ui import a11y, page_config
from assistant.origin import opens_locally

FIRST_PAGE = "Check in"  # the default page's title, which is also its heading

# Page settings go to the browser before the imports below (a good part of a second on a cold
# start), so it can apply them while the rest of the first run loads. An emoji icon: the
# browser draws it locally, whereas a :material/...: page icon is fetched from
# fonts.gstatic.com, a request to a third party on every visit. Sent as st.set_page_config
# would send it, without its emoji-table lookup (0.1 s of a cold start), and without
# Streamlit's is-this-a-REPL check before a process's first element (0.05-0.14 s).
page_config.send("Unsent", "✉️", layout="centered")
page_config.skip_repl_check()


def _auth_secrets() -> dict[str, Any] | None:
    try:
        return dict(st.secrets["auth"]) if "auth" in st.secrets else None
    except FileNotFoundError:  # no secrets.toml at all: local mode
        return None


def _first_heading() -> str | None:
    """The default page's heading when it is sure to come first on the page: the session's
    first run (no crisis panel or question can be waiting), local mode on this machine (the
    gate below opens the app: assistant.origin.opens_locally), at the app's own address (the
    default page)."""
    url = st.context.url
    if "access" in st.session_state or url is None:
        return None
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    if urlsplit(url).path.strip("/") != base:
        return None
    if not opens_locally(_auth_secrets(), st.get_option("server.address"),
                         dict(st.context.headers)):
        return None
    return FIRST_PAGE


# On a first visit the heading goes out before the imports and decisions below (about half a
# second on a cold start); the page's own heading then takes its place. The stylesheet comes
# just after it: nothing in it styles the heading, and the browser draws the heading first.
a11y.early_title(_first_heading())
a11y.inject_css()

from pydantic import ValidationError  # noqa: E402

from assistant.config import DEFAULT_MODEL, Settings, default_db_url  # noqa: E402
from assistant.errors import AssistantError  # noqa: E402
from assistant.hosting import Access, decide_access  # noqa: E402
from assistant.safety import SafetyState  # noqa: E402
from assistant.services import Services, md_escape, resource_markdown  # noqa: E402
from assistant.weigh import factor_sections  # noqa: E402

# Widget values kept when the person moves between pages (Streamlit forgets a widget's value
# once its page is not shown; re-assigning the key each run keeps it).
WIDGET_DEFAULTS: dict[str, Any] = {
    "ci_days_breakup": 0,
    "ci_days_contact": 0,
    "ci_ended_by": "them",
    "ci_motive": None,
    "ci_hoping": False,
    "ci_healing": 5,
    "ci_reason": "unknown",
    "ci_circ": False,
    "ci_issues": False,
    "ci_moved": False,
    "ci_ex_rel": False,
    "ci_me_rel": False,
    "ci_no_contact": False,
    "ci_ready": True,
    "draft_recipient": "",
    "draft_notes": "",
    "draft_tone": "warm",
    "draft_language": "en",
    "draft_edit": "",
    "letter_text": "",
    "urge_note": "",
    "urge_intensity": 7,
    "contact_sent": "yes",
    "contact_response": "none_yet",
    "contact_feeling": 5,
    "contact_hoped": "",
    "contact_notes": "",
}
WIDGET_DEFAULTS.update({f"w_{sid}": 0 for sid, *_ in factor_sections()})


def _load_settings() -> tuple[Settings, str]:
    """The settings from the environment; if they can't be read, the guide engine and a plain
    reason (the messages name the setting, never its value)."""
    try:
        return Settings(), ""
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        fallback = Settings.model_construct(
            llm="guide", openai_api_key=None, openai_base_url=None, model=DEFAULT_MODEL,
            llm_timeout=20.0, db_url=os.environ.get("UNSENT_DB_URL") or default_db_url(),
            model_requests_per_hour=30,
        )
        return fallback, (f"Some settings can't be used ({problems}), so Unsent uses the "
                          "guide engine.")


def _fingerprint(settings: Settings) -> str:
    """A cache key for the model: changes with any setting, holds no secret in clear."""
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    raw = "|".join([settings.engine, settings.model, settings.openai_base_url or "",
                    str(settings.llm_timeout), hashlib.sha256(key.encode()).hexdigest()])
    return hashlib.sha256(raw.encode()).hexdigest()


@st.cache_resource(show_spinner=False)
def _chat_model(fingerprint: str, _settings: Settings) -> Any:
    from assistant.llm import make_chat_model

    return make_chat_model(_settings)


@st.cache_resource(show_spinner=False)
def _journal(url: str, hosted: bool) -> Any:
    """The journal's database, opened once per process; each session sees its owner's part."""
    from assistant.journal import Journal

    journal = Journal.open(url)
    if hosted and journal.engine.dialect.name == "postgresql":
        wall = journal.row_security()
        if not wall.enforced:
            journal.close()
            raise AssistantError(
                f"Hosted journals need PostgreSQL's row-level security, but {wall.reason}. "
                "Prepare the database with `python -m assistant.dbadmin <app role>` and "
                "connect as that role (see the README's Hosting Unsent)."
            )
    return journal


@st.cache_resource(show_spinner=False)
def _quota(per_hour: int) -> Any:
    from assistant.quota import RequestQuota

    return RequestQuota(per_hour)


def _gate() -> Access:
    """Local or hosted, and who this is: decided in assistant.hosting, every run. A change of
    person (sign-in, sign-out) starts the session afresh."""
    ss = st.session_state
    if "settings" not in ss:
        ss.settings, ss.settings_error = _load_settings()
    access = decide_access(auth=_auth_secrets(), address=st.get_option("server.address"),
                           db_url=ss.settings.db_url, user=st.user.to_dict(), env=os.environ,
                           headers=dict(st.context.headers))
    if ss.get("owner", access.owner) != access.owner:
        for key in [k for k in ss if k not in ("settings", "settings_error")]:
            del ss[key]
    ss.owner, ss.access = access.owner, access
    return access


def _build_services(ss: Any) -> Services:
    settings: Settings = ss.settings
    access: Access = ss.access
    quota = _quota(settings.model_requests_per_hour) if access.hosted else None

    # The model and the journal are made when a page first uses them, not before the first
    # page is drawn.
    def make_model() -> tuple[Any, str]:
        try:
            return _chat_model(_fingerprint(settings), settings), ""
        except AssistantError as exc:
            return None, f"{exc} Until then, Unsent uses the guide engine."

    def open_journal() -> Any:
        return _journal(settings.db_url, access.hosted).as_owner(access.owner)

    return Services(settings, model=ss.get("chat_model"),  # tests inject a fake model
                    make_model=None if "chat_model" in ss else make_model,
                    open_journal=open_journal, model_error=ss.get("settings_error", ""),
                    safety_state=ss.safety, owner=access.owner, quota=quota,
                    hosted=access.hosted)


def _init_session() -> None:
    """Every key the pages use, initialised here once per session (pages never invent state)."""
    ss = st.session_state
    if "settings" not in ss:
        ss.settings, ss.settings_error = _load_settings()
    if "safety" not in ss:
        ss.safety = SafetyState()
    defaults: dict[str, Any] = {
        "checkin": None,  # assistant.gate.CheckIn of the latest check-in
        "verdict": None,  # assistant.gate.Verdict for it
        "checkin_saved": None,  # services.Saved for it
        "weights": {},  # the pros/cons weigher: section id -> 0..3
        "draft_request": None,  # drafting.DraftRequest behind the current draft
        "draft": None,  # drafting.Draft on show
        "draft_notice": "",  # why the streamed text was replaced, if it was
        "draft_variants": [],  # other ways to say it
        "draft_review": None,  # services.Review of the edited text
        "draft_saved": None,  # services.Saved of the latest save
        "draft_stopped": None,  # services.Stopped when the screen or gate refused
        "talk_history": [],  # talk.Turn list
        "talk_meta": {},  # history index of an assistant turn -> (engine, citations)
        "talk_stopped": None,
        "letter_saved": None,
        "letter_stopped": None,
        "contact_plan": None,
        "contact_saved": None,
        "contact_stopped": None,
        "contact_notice": "",  # why the guide engine wrote the plan (the model limit), if so
        "urge_saved": None,
        "urge_stopped": None,
        "pause_until": None,  # datetime (UTC) the urge pause ends
        "delete_done": False,
    }
    for key, value in defaults.items():
        ss.setdefault(key, value)
    for key, value in WIDGET_DEFAULTS.items():
        ss[key] = ss[key] if key in ss else value
    # Whose crisis lines to show: from the browser's locale until the person picks a country
    # on Settings & privacy (kept like the widget values above).
    ss["country"] = ss["country"] if "country" in ss else Services.default_country(
        st.context.locale)
    if "services" not in ss:
        ss.services = _build_services(ss)
    ss.services.country = ss.country


if _gate().show != "app":  # a visitor who may not see the app gets one page, without data
    a11y.navigation([st.Page("app_pages/welcome.py", title="Welcome",
                             icon=":material/waving_hand:", url_path="welcome",
                             default=True)]).run()
    st.stop()
_init_session()

PAGES = {
    "Before you send": [
        st.Page("app_pages/check_in.py", title=FIRST_PAGE, icon=":material/favorite:",
                url_path="check-in", default=True),
        st.Page("app_pages/draft.py", title="Draft", icon=":material/edit_note:",
                url_path="draft"),
        st.Page("app_pages/talk.py", title="Talk it through", icon=":material/forum:",
                url_path="talk"),
        st.Page("app_pages/stop.py", title="Support", icon=":material/support:",
                url_path="support"),
    ],
    "After": [
        st.Page("app_pages/after_contact.py", title="After contact", icon=":material/mail:",
                url_path="after-contact"),
        st.Page("app_pages/journal.py", title="Journal", icon=":material/book:",
                url_path="journal"),
    ],
    "About": [
        st.Page("app_pages/welcome.py", title="Welcome", icon=":material/waving_hand:",
                url_path="welcome"),
        st.Page("app_pages/guide.py", title="Guide", icon=":material/menu_book:",
                url_path="guide"),
        st.Page("app_pages/settings.py", title="Settings & privacy", icon=":material/lock:",
                url_path="settings"),
    ],
}

page = a11y.navigation(PAGES)  # flat links under group headings: no broken lists

if st.session_state.access.identity is not None:
    with st.sidebar:
        st.caption(f"Signed in as **{md_escape(st.session_state.access.identity.name)}**")
        if st.button("Sign out", key="sign_out", icon=":material/logout:"):
            a11y.links()  # the sidebar as it was while the browser is sent away
            st.logout()  # the browser is sent away and comes back to a new session
            st.stop()  # not st.rerun(): its page update can cancel that navigation

ss = st.session_state
if ss.safety.crisis:
    crisis = ss.services.crisis_response(ss.safety.language)
    # First in the main area, before the page's own title, under a heading that names it.
    with st.container(border=True, key="crisis_panel"):
        st.header(ss.services.crisis_text(ss.safety.language).panel_heading, anchor=False)
        st.markdown(f"**{crisis.title}**")
        st.write(crisis.body)
        for res in crisis.resources:
            st.markdown(resource_markdown(res))
elif ss.safety.question is not None:
    # Something written carried a risk signal that isn't certain: ask directly, as crisis
    # lines do, before anything else happens with it (no model call, nothing saved yet).
    words = ss.services.crisis_text(ss.safety.language)
    with st.container(border=True, key="direct_question"):
        a11y.title(words.ask_title, anchor=False)  # the page's one h1 while it waits
        st.write(words.ask_intro)
        st.markdown(f"- {words.ask_wished_dead}\n- {words.ask_thoughts}")
        yes, no, rather_not = st.columns(3)
        yes.button(words.answer_yes, key="ask_yes", on_click=ss.services.answer_question,
                   args=("yes",), width="stretch")
        no.button(words.answer_no, key="ask_no", on_click=ss.services.answer_question,
                  args=("no",), width="stretch")
        rather_not.button(words.answer_rather_not, key="ask_rather_not",
                          on_click=ss.services.answer_question, args=("rather_not",),
                          width="stretch")
    st.stop()

page.run()
a11y.links()  # a page that drew no title


# How long after the first script run the warm-up starts. It is seconds of CPU-bound work
# holding the GIL; started at once, it slowed the sending of the first page's messages and
# took the CPU the browser needed to draw them (the heading came up to a second later).
WARM_UP_DELAY_S = 2.0


def _warm_up() -> None:
    import assistant.journal  # noqa: F401 - SQLAlchemy, for the first save (a check-in)
    from assistant.safety import warm_up

    warm_up()


@st.cache_resource(show_spinner=False)
def _warm_up_the_screen() -> bool:
    """Once per process, after the first page is on screen: import the journal's database
    layer, compile every language's rules and load the embedded model on a background thread,
    so no page waits for them and the first thing someone writes is screened without a wait."""
    import threading

    timer = threading.Timer(WARM_UP_DELAY_S, _warm_up)
    timer.name, timer.daemon = "unsent-warm-up", True
    timer.start()
    return True


_warm_up_the_screen()
