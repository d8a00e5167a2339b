"""Check in: the guide's questions, then the gate's verdict."""

from __future__ import annotations

import datetime as dt

import streamlit as st
from pydantic import ValidationError

from assistant.gate import DECISION_MEANING, CheckIn, Decision, evaluate
from assistant.guide import get_guide

MOTIVES = {
    "closure": "Closure: an ending that makes sense, so I can move on",
    "reconciliation": "Getting back together",
    "clarity": "Clarity: understanding why it ended, or how they are",
    "validation": "Reassurance: to feel wanted, or less hurt in my pride",
    "other": "Something else, or I'm not sure",
}
REASONS = {
    "unknown": "I'm not sure",
    "misunderstanding": "A misunderstanding",
    "circumstances": "Circumstances (distance, timing, work, family)",
    "incompatibility": "We wanted different things",
    "lost_feelings": "They lost feelings",
    "infidelity": "Someone was unfaithful",
    "abuse": "The relationship was abusive or controlling",
}
ENDED_BY = {"them": "They did", "me": "I did", "mutual": "We both did"}
BADGE = {
    Decision.GO: ("green", ":material/check_circle:", "Go, gently"),
    Decision.RECONSIDER: ("orange", ":material/help:", "Reconsider"),
    Decision.WAIT: ("blue", ":material/schedule:", "Wait"),
    Decision.STOP: ("red", ":material/block:", "Stop"),
}

st.title("Check in")
st.caption(
    "A few honest questions from the guide. Your answers stay on this device. "
    "There are no right answers, only yours."
)

with st.form("checkin_form", border=True):
    c1, c2 = st.columns(2)
    days_breakup = c1.number_input(
        "Days since the breakup", min_value=0, max_value=36_500, value=0, step=1,
        key="ci_days_breakup",
    )
    days_contact = c2.number_input(
        "Days since you were last in touch", min_value=0, max_value=36_500, value=0, step=1,
        key="ci_days_contact", help="Any message, call or meeting counts as contact.",
    )
    ended_by = st.radio(
        "Who ended it?", list(ENDED_BY), format_func=ENDED_BY.__getitem__, horizontal=True,
        key="ci_ended_by",
    )
    motive = st.radio(
        "What do you most hope to get from reaching out?", list(MOTIVES),
        format_func=MOTIVES.__getitem__, key="ci_motive",
    )
    hoping = st.toggle(
        "Honestly, part of me is hoping we get back together", key="ci_hoping",
        help="The guide asks this plainly: am I looking for answers, or secretly hoping to "
        "reunite? Only you see this answer.",
    )
    healing = st.slider(
        "How far have you healed?", min_value=0, max_value=10, value=5, key="ci_healing",
        help="0 = raw, intense pain. 10 = memories bring more smiles than tears.",
    )
    st.caption("0 is raw, intense pain; 10 is when thinking back brings more smiles than tears.")
    reason = st.selectbox(
        "Why did it end, as far as you know?", list(REASONS), format_func=REASONS.__getitem__,
        key="ci_reason",
    )
    st.markdown("**Tick what's true**")
    circumstances = st.checkbox(
        "What caused the breakup has changed (e.g. no longer long-distance)", key="ci_circ"
    )
    issues = st.checkbox(
        "The issues that drove us apart have been worked on", key="ci_issues"
    )
    moved_on = st.checkbox("They seem to have moved on and be in a steady place", key="ci_moved")
    ex_rel = st.checkbox("They're in a new relationship", key="ci_ex_rel")
    me_rel = st.checkbox("I'm in a new relationship", key="ci_me_rel")
    no_contact = st.checkbox(
        "They asked me not to contact them, or blocked me", key="ci_no_contact"
    )
    ready = st.checkbox(
        "I'm ready for any response, including silence or being blocked", value=True,
        key="ci_ready",
    )
    submitted = st.form_submit_button("See what the guide suggests", type="primary")

if submitted:
    try:
        checkin = CheckIn(
            days_since_breakup=int(days_breakup),
            days_since_last_contact=int(days_contact),
            ended_by=ended_by,
            motive=motive,
            hoping_to_reconcile=hoping,
            healing=int(healing),
            breakup_reason=reason,
            circumstances_changed=circumstances,
            issues_addressed=issues,
            ex_moved_on=moved_on,
            ex_in_relationship=ex_rel,
            me_in_relationship=me_rel,
            ex_asked_no_contact=no_contact,
            ready_for_any_response=ready,
        )
    except ValidationError as exc:
        for err in exc.errors():
            st.error(err["msg"].removeprefix("Value error, "), icon=":material/error:")
    else:
        st.session_state.checkin = checkin
        st.session_state.verdict = evaluate(checkin)

verdict = st.session_state.verdict
if verdict is not None:
    guide = get_guide()
    color, icon, label = BADGE[verdict.decision]
    st.subheader("What the guide suggests")
    st.badge(label, color=color, icon=icon)  # type: ignore[arg-type]
    st.write(DECISION_MEANING[verdict.decision])
    if verdict.days_to_wait:
        when = dt.date.today() + dt.timedelta(days=verdict.days_to_wait)
        st.info(
            f"Check in again in {verdict.days_to_wait} days, on {when:%A %d %B %Y}.",
            icon=":material/event:",
        )
    for finding in verdict.failing + [f for f in verdict.findings if f.passed]:
        sec = guide.section(finding.section)
        mark = ":material/check:" if finding.passed else ":material/priority_high:"
        with st.expander(f"{finding.message}", icon=mark, expanded=False):
            st.markdown(f"**{sec.title}** · guide section `{sec.id}`")
            st.write(sec.summary)
            for para in sec.body:
                st.write(para)
