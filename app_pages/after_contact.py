"""After contact: log what happened, and get a reflection plan saved with it."""

from __future__ import annotations

import datetime as dt

import streamlit as st
from pydantic import ValidationError

from app_ui import a11y
from assistant.reflection import RESPONSE_LABELS, Outcome
from assistant.services import PAGE_FILES, Services, section_title

ss = st.session_state
services: Services = ss.services

a11y.title("After contact")
st.write("Whether you sent a message or decided not to, it helps to put down what happened "
         "and how it feels. It stays in your private journal.")

with st.form("contact_form"):
    sent = st.radio("Did you send a message?", ["yes", "no"], horizontal=True,
                    format_func={"yes": "Yes, I sent it", "no": "No, I didn't"}.__getitem__,
                    key="contact_sent")
    when = st.date_input("When?", max_value=dt.date.today(), key="contact_date",
                         help="Only used if you sent it.")
    response = st.selectbox("How did they respond?", list(RESPONSE_LABELS),
                            format_func=RESPONSE_LABELS.__getitem__, key="contact_response")
    feeling = st.slider("How do you feel right now?", 0, 10, key="contact_feeling",
                        help="0 = awful, 10 = at peace.")
    st.caption("0 is awful; 10 is at peace.")
    hoped = st.text_area("What did you hope would happen?", max_chars=5000, key="contact_hoped")
    notes = st.text_area("Anything else you want to remember? (optional)", max_chars=20_000,
                         key="contact_notes")
    submitted = st.form_submit_button("Save and reflect", type="primary", key="contact_submit",
                                      icon=":material/self_improvement:")

if submitted or services.resume("contact") is not None:
    try:
        outcome = Outcome(sent=sent == "yes", response=response if sent == "yes" else "none_yet",
                          feeling=int(feeling), hoped_for=hoped, notes=notes,
                          contacted_on=when if sent == "yes" else None)
    except ValidationError as exc:
        for err in exc.errors():
            st.error(err["msg"], icon=":material/error:")
    else:
        ss.contact_plan, ss.contact_saved, ss.contact_stopped = services.log_contact(
            outcome, ss.checkin)
        ss.contact_notice = services.limit_notice
        if services.interrupted:
            st.rerun()

saved, stopped, plan = ss.contact_saved, ss.contact_stopped, ss.contact_plan
if saved is not None and saved.ok:
    st.success("Saved in your private journal.", icon=":material/bookmark_added:")
elif saved is not None:
    st.error(saved.message, icon=":material/error:")
if stopped is not None and stopped.response is not None and stopped.kind != "crisis":
    with st.container(border=True):
        st.markdown(f"**{stopped.response.title}**")
        st.write(stopped.response.body)
if plan is not None:
    st.header("A plan for the next few days", anchor=False)
    st.write(plan.summary)
    for step in plan.steps:
        with st.container(border=True):
            st.markdown(f"**{step.title}**")
            for action in step.actions:
                st.markdown(f"- {action}")
            st.page_link(PAGE_FILES["guide"], label=f"In the guide: {section_title(step.section)}",
                         icon=":material/menu_book:", query_params={"section": step.section})
    if ss.contact_notice:
        st.info(ss.contact_notice, icon=":material/hourglass_bottom:")
    st.caption(f"Written by {services.engine_label(plan.engine)}.")
    st.page_link(PAGE_FILES["journal"], label="See your journal", icon=":material/book:")
