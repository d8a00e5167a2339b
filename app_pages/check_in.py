"""Check in: the guide's questions, the verdict with its reasons, and the one next step."""

from __future__ import annotations

import streamlit as st
from pydantic import ValidationError

from app_ui import a11y
from assistant.gate import DECISION_MEANING, CheckIn, Decision
from assistant.guide import get_guide
from assistant.services import PAGE_FILES, Services
from assistant.weigh import WEIGHT_LABELS, factor_sections

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
    Decision.RECONSIDER: ("orange", ":material/help:", "Reconsider first"),
    Decision.WAIT: ("blue", ":material/schedule:", "Wait for now"),
    Decision.STOP: ("red", ":material/block:", "Don't reach out"),
}

ss = st.session_state
services: Services = ss.services

a11y.title("Check in")
st.write(
    "Before anything else, a few honest questions from the guide. They're here to help you "
    "see clearly, not to judge you. Your answers stay on this device."
)

with st.form("checkin_form", border=True):
    st.markdown("**Time**")
    c1, c2 = st.columns(2)
    days_breakup = c1.number_input(
        "Days since the breakup", min_value=0, max_value=36_500, step=1, key="ci_days_breakup",
    )
    days_contact = c2.number_input(
        "Days since you were last in touch", min_value=0, max_value=36_500, step=1,
        key="ci_days_contact", help="Any message, call or meeting counts as contact.",
    )
    ended_by = st.radio(
        "Who ended it?", list(ENDED_BY), format_func=ENDED_BY.__getitem__, horizontal=True,
        key="ci_ended_by",
    )
    healing = st.slider(
        "How far have you healed?", min_value=0, max_value=10, key="ci_healing",
        help="The guide's cue: you may be ready when thinking back brings more smiles than "
        "tears.",
    )
    st.caption("0 is raw, intense pain. 10 is when thinking back brings more smiles than tears.")

    st.markdown("**Why you want to reach out**")
    motive = st.radio(
        "What do you most hope to get from reaching out?", list(MOTIVES), index=None,
        format_func=MOTIVES.__getitem__, key="ci_motive",
        help="Pick the one that's most true, even if it's not the one you'd like to be true.",
    )
    hoping = st.toggle(
        "Honestly, part of me is hoping we get back together", key="ci_hoping",
        help="Only you see this answer.",
    )
    st.caption(
        "The guide asks this plainly: am I looking for answers, or secretly hoping to get "
        "back together? Both are human. Knowing which helps you choose what to do."
    )

    st.markdown("**What happened, and where things are now**")
    reason = st.selectbox(
        "Why did it end, as far as you know?", list(REASONS), format_func=REASONS.__getitem__,
        key="ci_reason",
    )
    circumstances = st.checkbox(
        "What caused the breakup has changed (for example, no longer long-distance)",
        key="ci_circ",
    )
    issues = st.checkbox("The issues that drove us apart have been worked on", key="ci_issues")
    moved_on = st.checkbox("They seem to have moved on and be in a steady place", key="ci_moved")
    ex_rel = st.checkbox("They're in a new relationship", key="ci_ex_rel")
    me_rel = st.checkbox("I'm in a new relationship", key="ci_me_rel")
    no_contact = st.checkbox(
        "They asked me not to contact them, or blocked me", key="ci_no_contact"
    )
    ready = st.checkbox(
        "I'm ready for any response, including silence or being blocked", key="ci_ready",
    )
    submitted = st.form_submit_button(
        "See what the guide suggests", type="primary", key="ci_submit"
    )

if submitted:
    if motive is None:
        st.warning(
            "Choose what you most hope to get from reaching out. If you're not sure, "
            "“Something else, or I'm not sure” is an honest answer.",
            icon=":material/help:",
        )
    else:
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
                msg = err["msg"].removeprefix("Value error, ")
                msg = msg.replace("days_since_last_contact", "Days since you were last in touch")
                msg = msg.replace("days_since_breakup", "days since the breakup")
                st.error(msg, icon=":material/error:")
        else:
            result = services.check_in(checkin)
            ss.checkin, ss.verdict, ss.checkin_saved = checkin, result.verdict, result.saved
            ss.talk_history, ss.talk_meta = [], {}  # the conversation opens from these answers
            if not any(ss[f"w_{sid}"] for sid, *_ in factor_sections()):
                for sid, weight in services.suggest_weights(checkin).items():
                    ss[f"w_{sid}"] = weight

verdict = ss.verdict
if verdict is not None:
    guide = get_guide()
    color, icon, label = BADGE[verdict.decision]
    st.header(f"What the guide suggests: :{color}-badge[{icon} {label}]", anchor=False)
    st.write(DECISION_MEANING[verdict.decision])
    until = services.wait_until(verdict)
    if until is not None:
        st.info(
            f"The guide suggests {verdict.days_to_wait} more "
            f"day{'s' if verdict.days_to_wait != 1 else ''} without contact: "
            f"until **{until:%A %d %B %Y}**. Check in again then.",
            icon=":material/event:",
        )
    elif verdict.decision in (Decision.WAIT, Decision.RECONSIDER):
        again = services.check_in_again(verdict)
        st.info(
            f"Give it some time, then check in again on **{again:%A %d %B %Y}**.",
            icon=":material/event:",
        )
    saved = ss.checkin_saved
    if saved is not None and saved.ok:
        st.caption("This check-in is saved in your private journal.")
    elif saved is not None:
        st.caption(f"This check-in wasn't saved: {saved.message}")

    step = services.next_step(verdict)
    if st.button(step.label, type="primary", key="ci_next", icon=":material/arrow_forward:"):
        st.switch_page(PAGE_FILES[step.page])

    failing = verdict.failing
    passing = [f for f in verdict.findings if f.passed]
    for heading, findings, mark in (
        ("What to look at", failing, ":material/priority_high:"),
        ("What's already in place", passing, ":material/check:"),
    ):
        if not findings:
            continue
        st.markdown(f"**{heading}**")
        for finding in findings:
            sec = guide.section(finding.section)
            with st.expander(finding.message, icon=mark, key=f"ci_finding_{finding.check}"):
                st.markdown(f"**{sec.title}**")
                st.write(sec.summary)
                for para in sec.body:
                    st.write(para)
                st.page_link(PAGE_FILES["guide"], label=f"Open “{sec.title}” in the guide",
                             icon=":material/menu_book:", query_params={"section": sec.id})

    with st.container(border=True, key="ci_weigher"):
        st.header("Weigh it up for yourself", anchor=False)
        st.caption(
            "Which of the guide's upsides and risks apply to you, and how much? Unsent "
            "started from your answers; change anything. This helps you see; it doesn't "
            "change the suggestion above."
        )
        weights: dict[str, int] = {}
        for side_label, side in (("Possible upsides", "pro"), ("Risks", "con")):
            st.markdown(f"**{side_label}**")
            for sid, fside, flabel, summary in factor_sections():
                if fside != side:
                    continue
                value = st.segmented_control(
                    flabel, list(WEIGHT_LABELS), format_func=WEIGHT_LABELS.__getitem__,
                    key=f"w_{sid}", help=summary,
                )
                weights[sid] = int(value or 0)
        ss.weights = weights
        balance = services.weigh(weights, verdict)
        st.info(balance.summary, icon=":material/balance:")
