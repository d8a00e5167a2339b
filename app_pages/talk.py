"""Talk it through: a conversation grounded in the guide, and an unsent letter kept private."""

from __future__ import annotations

import streamlit as st

from app_ui import a11y
from assistant.gate import Decision
from assistant.services import (
    PAGE_FILES,
    Services,
    Stopped,
    cite_label,
    cite_marks,
    md_escape,
)

ss = st.session_state
services: Services = ss.services
checkin, verdict = ss.checkin, ss.verdict

a11y.title("Talk it through")

# Quiet icons in the text colour, instead of Streamlit's orange and red default avatars.
AVATARS = {"user": ":material/person:", "assistant": ":material/self_improvement:"}


def show_response(stopped: Stopped) -> None:
    if stopped.kind == "ask":
        return  # the direct question was shown at the top; its answer decided what followed
    if stopped.response is not None:
        with st.container(border=True):
            st.markdown(f"**{stopped.response.title}**")
            st.write(stopped.response.body)
    else:
        st.info(stopped.message, icon=":material/info:")


def citations(cites: list[str], key: str) -> None:
    if not cites:
        return
    with st.expander("From the guide", icon=":material/menu_book:", key=key):
        for n, sid in enumerate(cites, 1):
            st.page_link(PAGE_FILES["guide"], label=cite_label(n, sid),
                         query_params={"section": sid})


def show_turn(i: int, role: str, content: str, notice: str = "") -> None:
    """One turn of the conversation; the guide's citations as numbered marks with links."""
    with st.chat_message(role, avatar=AVATARS[role]):
        if role == "user":
            st.markdown(md_escape(content))
            return
        engine, cites = ss.talk_meta.get(i, ("guide", []))
        text, cites = cite_marks(content, cites)
        st.markdown(text)
        if notice:
            st.caption(notice)
        st.caption(f"From {services.engine_label(engine)}.")
        citations(cites, f"talk_cites_{i}")


if verdict is not None and verdict.decision == Decision.STOP:
    st.info("This conversation is about whether and when to reach out, and your check-in "
            "says not to. Support is a better place to start.", icon=":material/block:")
    st.page_link(PAGE_FILES["support"], label="Why, and support", icon=":material/support:")
    st.stop()

st.write("Room to think before you decide anything. This conversation won't write a message "
         "for you to send; it asks the guide's questions and shows both sides.")
if verdict is not None:
    when = services.check_in_again(verdict)
    st.info(f"Check in again on **{when:%A %d %B %Y}**. Things may look different by then.",
            icon=":material/event:")

talk_tab, letter_tab = st.tabs(["Conversation", "Unsent letter"], key="talk_tabs")

with talk_tab:
    if services.crisis:
        st.info("The conversation is paused for this session. The support above is there for "
                "exactly this moment, and you can still write privately in the letter tab.",
                icon=":material/favorite:")
    elif verdict is None or checkin is None:
        st.info("The conversation starts from your check-in, so it can ask the right "
                "questions.", icon=":material/info:")
        st.page_link(PAGE_FILES["check_in"], label="Check in first", icon=":material/favorite:")
    else:
        st.caption(f"Replies come from {services.engine().description}.")
        # New turns are written into this container, above the input, so the page never
        # needs an extra rerun to put them in order.
        if not ss.talk_history:
            ss.talk_history, cites = services.open_talk(checkin, verdict)
            ss.talk_meta = {0: ("guide", cites)}
        conversation = st.container(key="talk_conversation")
        with conversation:
            for i, turn in enumerate(ss.talk_history):
                show_turn(i, turn.role, turn.content)
        message = st.chat_input("Say what's on your mind…", key="talk_input", max_chars=2000)
        if not message and (resumed := services.resume("talk")):
            message = resumed[0]  # after "no" to the direct question, the message goes on
        if message:
            ss.talk_stopped = None
            run = services.talk(message, ss.talk_history, checkin, verdict)
            if isinstance(run, Stopped):
                if services.interrupted:
                    st.rerun()  # the resources panel belongs at the very top
                ss.talk_stopped = run
            else:
                with conversation:
                    show_turn(len(ss.talk_history), "user", message.strip())
                    reply = st.empty()
                with reply.container(), st.chat_message("assistant", avatar=AVATARS["assistant"]):
                    st.write_stream(run)
                history = run.history_after()
                ss.talk_meta[len(history) - 1] = (run.engine, run.citations)
                ss.talk_history = history
                with reply.container():  # the same bubble, now with its citations
                    show_turn(len(history) - 1, "assistant", run.text,
                              notice=("That reply was replaced by the guide's own. " if
                                      run.replaced else "") + run.notice)
        if ss.talk_stopped is not None:
            show_response(ss.talk_stopped)

with letter_tab:
    st.write("Write everything you'd want to say to them, in your own words. It's for you, "
             "not for sending: Unsent keeps it in your private journal and never offers it "
             "as a message.")
    with st.form("letter_form"):
        st.text_area("Your letter", height=260, max_chars=20_000, key="letter_text",
                     placeholder="Dear …")
        keep = st.form_submit_button("Keep it, privately", type="primary", key="letter_save",
                                     icon=":material/lock:")
    if keep or services.resume("letter") is not None:
        ss.letter_saved, ss.letter_stopped = services.save_letter(ss.letter_text)
        if services.interrupted:
            st.rerun()
    if ss.letter_saved is not None and ss.letter_saved.ok:
        st.success("Kept in your private journal. It won't be sent anywhere.",
                   icon=":material/lock:")
    elif ss.letter_saved is not None:
        st.error(ss.letter_saved.message, icon=":material/error:")
    if ss.letter_stopped is not None and ss.letter_stopped.kind != "crisis":
        show_response(ss.letter_stopped)
