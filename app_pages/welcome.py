"""Welcome: what Unsent is, privacy and the crisis lines, for visitors who can't see the app yet."""

from __future__ import annotations

import streamlit as st

from app_ui import a11y
from assistant.hosting import Access
from assistant.services import Services, md_escape, resource_markdown

ss = st.session_state
access: Access = ss.access
crisis = Services(ss.settings).crisis_response()


def crisis_lines() -> None:
    with st.container(border=True, key="welcome_crisis"):
        st.subheader("If it ever feels like too much", anchor=False)
        st.write("These people are free, confidential and there to listen, any time. You "
                 "don't need to sign in for them.")
        for res in crisis.resources:
            st.markdown(resource_markdown(res))


if access.show in ("welcome", "app"):
    a11y.title("Unsent" if access.show == "welcome" else "Welcome")
    st.write("For the moment you want to text the ex who broke up with you. Unsent asks a few "
             "honest questions first, then helps you write a short, respectful message, or "
             "talks it through with you and keeps a private journal of the urges you didn't "
             "act on.")
    st.subheader("Your journal is yours", anchor=False)
    if access.hosted:
        st.markdown(
            "- You sign in so that your check-ins, letters and urges belong to you alone: "
            "nobody else who uses this service can see them, and you can export or delete all "
            "of it.\n"
            "- They are kept in this service's database, so the people who run this service "
            "could read them there. Write only what you are comfortable keeping with them.\n"
            "- Unsent is not therapy and not a crisis service.")
    else:
        st.markdown("- Everything stays on this machine: the journal is a file only you can "
                    "read.\n- Unsent is not therapy and not a crisis service.")
    if access.show == "welcome":
        if st.button("Sign in", type="primary", key="sign_in", icon=":material/login:"):
            st.login()
    else:
        st.page_link("app_pages/check_in.py", label="Start with a check-in",
                     icon=":material/favorite:")
    crisis_lines()
elif access.show == "journal_off":
    a11y.title("The journal is off")
    st.write(f"{md_escape(access.reason)}, and sign-in isn't set up. Without sign-in, anyone "
             "who opens this page would see the journal, so Unsent doesn't open it at all.")
    st.markdown(
        "To use it yourself, open it on this machine only: remove `STREAMLIT_SERVER_ADDRESS` "
        "(the default is `127.0.0.1`), take away any proxy in front of it, restart "
        "`make run` and open http://localhost:8501.\n\n"
        "To host it for other people, configure sign-in: an `[auth]` section in "
        "`.streamlit/secrets.toml` and a PostgreSQL journal, as the README's "
        "*Hosting Unsent* section describes.")
    crisis_lines()
else:
    a11y.title("This service isn't ready yet")
    st.write("Sign-in is configured, but not safely, so Unsent keeps everything closed "
             "until the people who run it fix this:")
    for problem in access.problems:
        st.markdown(f"- {md_escape(problem)}")
    crisis_lines()
