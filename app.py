"""Unsent's entry point: page config, settings, session state, navigation."""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings
from assistant.safety import SafetyState

st.set_page_config(page_title="Unsent", page_icon=":material/drafts:", layout="centered")


def _init_session() -> None:
    """Every key the pages use, initialised once per session (pages never invent state)."""
    ss = st.session_state
    if "settings" not in ss:
        ss.settings = Settings()
    defaults = {
        "checkin": None,  # assistant.gate.CheckIn of the latest check-in
        "verdict": None,  # assistant.gate.Verdict for it
        "checkin_id": None,  # its journal id, once saved
    }
    for key, value in defaults.items():
        ss.setdefault(key, value)
    if "safety" not in ss:
        ss.safety = SafetyState()


_init_session()

PAGES = [
    st.Page("app_pages/check_in.py", title="Check in", icon=":material/favorite:",
            url_path="check-in", default=True),
    st.Page("app_pages/guide.py", title="Guide", icon=":material/menu_book:", url_path="guide"),
]

st.navigation(PAGES).run()
