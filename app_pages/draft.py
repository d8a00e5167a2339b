"""Draft: a short, respectful first message, checked word by word, only when the gate says go."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from app_ui import a11y
from assistant.gate import Decision
from assistant.lint import LintIssue
from assistant.services import (
    PAGE_FILES,
    DraftRun,
    Services,
    Stopped,
    highlight_html,
    md_escape,
    quoted,
    section_title,
)

TONES = {"warm": "Warm", "neutral": "Neutral", "brief": "Brief"}
LANGUAGES = {
    "en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "it": "Italiano",
    "pt": "Português", "nl": "Nederlands", "pl": "Polski", "sv": "Svenska", "tr": "Türkçe",
}

ss = st.session_state
services: Services = ss.services
checkin, verdict = ss.checkin, ss.verdict

a11y.title("Draft a first message")


def show_lint(text: str, issues: list[LintIssue]) -> None:
    """The text with the words that trip a check marked, and why, each linked to the guide."""
    if not issues:
        st.success("Nothing in this text trips the guide's checks.", icon=":material/check:")
        return
    st.html(highlight_html(text, issues))
    st.caption("Highlighted words must change before this can be saved or copied; underlined "
               "words are worth a second look.")
    for n, issue in enumerate(issues, 1):
        severity = "Must change" if issue.severity == "block" else "Worth a look"
        rule = issue.rule.replace("-", " ").capitalize()
        st.markdown(f"**{n}. {severity}** ({rule}): “{md_escape(quoted(text, issue))}”. "
                    f"{md_escape(issue.message)}")
        if issue.section:
            st.page_link(PAGE_FILES["guide"], label=f"In the guide: {section_title(issue.section)}",
                         icon=":material/menu_book:", query_params={"section": issue.section})


def show_stopped(stopped: Stopped) -> None:
    if stopped.kind == "ask":
        return  # the direct question was shown at the top; its answer decided what followed
    if stopped.response is not None:
        with st.container(border=True):
            st.markdown(f"**{stopped.response.title}**")
            st.write(stopped.response.body)
    elif stopped.kind == "invalid":
        st.error(stopped.message, icon=":material/error:")
    else:
        st.info(stopped.message, icon=":material/info:")


def use_text(text: str) -> None:
    ss.draft_edit = text
    ss.draft_review = None


if services.crisis:
    st.info("Drafting is paused for the rest of this session. Right now the most important "
            "person here is you: the support above is there for exactly this moment.",
            icon=":material/favorite:")
    st.page_link(PAGE_FILES["support"], label="More support", icon=":material/support:")
    st.stop()
if verdict is None or checkin is None:
    st.info("Drafting opens after a check-in. It takes a couple of minutes, and it's the "
            "guide's way of making sure now is a good time.", icon=":material/info:")
    st.page_link(PAGE_FILES["check_in"], label="Check in first", icon=":material/favorite:")
    st.stop()
if verdict.decision == Decision.STOP:
    st.info("Unsent won't help write to them. Here is why, and where to find support.",
            icon=":material/block:")
    st.page_link(PAGE_FILES["support"], label="Why, and support", icon=":material/support:")
    st.stop()
if verdict.decision != Decision.GO:
    st.info("Your check-in suggests holding off for now, so there's no drafting yet. Talking "
            "it through, or writing an unsent letter just for you, can help in the meantime.",
            icon=":material/schedule:")
    st.page_link(PAGE_FILES["talk"], label="Talk it through", icon=":material/forum:")
    st.page_link(PAGE_FILES["check_in"], label="Check in again", icon=":material/favorite:")
    st.stop()

st.write("Short, kind, and free of pressure: a first message that leaves them free to answer "
         "or not. You can change every word, and not sending is always an option too.")
st.caption(f"Drafts here are written by {services.engine().description}.")

balance = services.both_sides(ss.weights, checkin, verdict)
with st.expander("Both sides, before you write", icon=":material/balance:",
                 key="draft_both_sides"):
    left, right = st.columns(2)
    with left:
        st.markdown("**Upsides you see**")
        for f in balance.applied_pros or []:
            st.markdown(f"- **{f.label}**: {f.summary}")
        if not balance.applied_pros:
            st.caption("You didn't mark any upsides.")
    with right:
        st.markdown("**Risks you named**")
        for f in balance.applied_cons:
            st.markdown(f"- **{f.label}**: {f.summary}")
    st.caption(balance.summary)

with st.form("draft_form"):
    recipient = st.text_input("Their first name", max_chars=60, key="draft_recipient",
                              placeholder="e.g. Sam")
    notes = st.text_area(
        "What would you like to say? (optional)", max_chars=2000, key="draft_notes",
        help="In your own words. The draft keeps it short; one point is plenty for a first "
        "message.",
    )
    c1, c2 = st.columns(2)
    tone = c1.radio("Tone", list(TONES), format_func=TONES.__getitem__, horizontal=True,
                    key="draft_tone")
    language = c2.selectbox("Language", list(LANGUAGES), format_func=LANGUAGES.__getitem__,
                            key="draft_language")
    submitted = st.form_submit_button("Write a draft", type="primary", key="draft_submit",
                                      icon=":material/edit:")
# After "no" to the direct question, the same request carries on.
submitted = submitted or services.resume("draft") is not None

# Always here, streaming or not, so everything after it keeps its place between runs: a
# keyboard user's focus stays on the button they pressed instead of falling to the page.
slot = st.empty()
if submitted:
    ss.draft_stopped = None
    run = services.start_draft(recipient=recipient, notes=notes, tone=tone, language=language,
                               checkin=checkin, verdict=verdict)
    if isinstance(run, Stopped):
        ss.draft_stopped = run
        if services.interrupted:
            st.rerun()
    else:
        assert isinstance(run, DraftRun)
        with slot.container(border=True):
            st.caption(f"Writing with {services.engine().description}…")
            st.write_stream(run)
        slot.empty()
        draft = run.result
        ss.draft, ss.draft_request = draft, run.request
        ss.draft_notice = run.notice
        ss.draft_variants = services.variants(run.request, checkin, draft.text)
        ss.draft_edit, ss.draft_review, ss.draft_saved = draft.text, None, None

if ss.draft_stopped is not None:
    show_stopped(ss.draft_stopped)

draft = ss.draft
if draft is not None:
    st.header("Your draft", anchor=False)
    if ss.draft_notice:
        st.warning(ss.draft_notice, icon=":material/swap_horiz:")
    st.caption(f"Written by {services.engine_label(draft.engine)}.")
    if draft.note and draft.note not in ss.draft_notice:
        st.info(draft.note, icon=":material/info:")
    st.code(draft.text, language=None, wrap_lines=True)
    show_lint(draft.text, draft.lint)
    if draft.citations:
        with st.expander("The guide sections behind this draft", icon=":material/menu_book:",
                         key="draft_citations"):
            for sid in draft.citations:
                st.page_link(PAGE_FILES["guide"], label=section_title(sid),
                             query_params={"section": sid})

    if ss.draft_variants:
        with st.expander("Other ways to say it", icon=":material/alt_route:",
                         key="draft_variants_box"):
            for i, v in enumerate(ss.draft_variants):
                st.caption(f"Written by {services.engine_label(v.engine)}.")
                st.code(v.text, language=None, wrap_lines=True)
                st.button("Start from this one", key=f"draft_use_{i}", on_click=use_text,
                          args=(v.text,), icon=":material/edit:")

    st.header("Make it yours", anchor=False)
    with st.form("edit_form"):
        st.text_area("Edit the text", height=160, max_chars=2000, key="draft_edit")
        checked = st.form_submit_button("Check my version", key="draft_check",
                                        icon=":material/spellcheck:")
    if checked or services.resume("review") is not None:
        req = ss.draft_request
        ss.draft_review = services.review(ss.draft_edit, recipient=req.recipient,
                                          motive=checkin.motive)
        ss.draft_saved = None
        if services.interrupted:
            st.rerun()
    review = ss.draft_review
    if review is not None:
        if review.response is not None:
            with st.container(border=True):
                st.markdown(f"**{review.response.title}**")
                st.write(review.response.body)
        show_lint(review.text, review.issues)
        if not review.blocked and review.text != draft.text:
            st.code(review.text, language=None, wrap_lines=True)

    final = review.text if review is not None else draft.text
    blocked = review is not None and review.blocked
    st.header("Sleep on it", anchor=False)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    st.write("A message sent tonight can't be taken back; one saved tonight can still change. "
             f"Save it now, and read it again tomorrow, {tomorrow:%A %d %B}, before you decide.")
    if blocked:
        st.warning("Change the highlighted words first; then it can be saved or copied.",
                   icon=":material/edit:")
    else:
        c1, c2 = st.columns(2)
        if c1.button("Save and revisit tomorrow", type="primary", key="draft_sleep",
                     icon=":material/bedtime:"):
            ss.draft_saved = services.save_draft(
                final, engine=draft.engine, recipient=ss.draft_request.recipient,
                citations=draft.citations)
        c2.download_button("Download as text", final, file_name="unsent-draft.txt",
                           mime="text/plain", key="draft_download", on_click="ignore",
                           icon=":material/download:")
        st.caption("The copy button on the text above copies it, if you decide to send it.")
    saved = ss.draft_saved
    if saved is not None and saved.ok:
        st.success(f"Saved privately in your journal. Come back tomorrow, {tomorrow:%A}, and "
                   "read it with fresh eyes.", icon=":material/bookmark_added:")
    elif saved is not None:
        st.error(saved.message, icon=":material/error:")

st.divider()
st.page_link(PAGE_FILES["talk"], label="Want to think it over first? Talk it through",
             icon=":material/forum:")
