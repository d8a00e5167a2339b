"""Journal: the urge logger with a ten-minute pause, days without contact, mood, timeline."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from app_ui import a11y
from assistant.services import PAGE_FILES, Services, md_escape, mood_rows, mood_summary

KIND_ICONS = {
    "checkin": ":material/favorite:", "urge": ":material/pan_tool:",
    "draft": ":material/edit_note:", "letter": ":material/lock:",
    "contact": ":material/mail:", "reflection": ":material/self_improvement:",
}
KEEP_ON_DELETE = ("settings", "safety", "services", "chat_model")

ss = st.session_state
services: Services = ss.services

a11y.title("Journal")
st.caption(services.privacy_note())
if services.journal is None:
    st.warning(f"Your journal can't be opened right now. {services.journal_error}",
               icon=":material/error:")


@st.fragment(run_every="1s")
def pause_timer() -> None:
    """A live countdown; when it ends, rerun the page once to show that the time is up."""
    left = ss.pause_until - dt.datetime.now(dt.UTC)
    if left.total_seconds() <= 0:
        st.rerun(scope="app")
    minutes, seconds = divmod(int(left.total_seconds()), 60)
    ends = ss.pause_until.astimezone()
    # With reduced motion (app_ui/a11y.css) the ticking clock gives way to a still end time.
    with st.container(key="pause_ticking"):
        st.metric("Pause", f"{minutes:02d}:{seconds:02d}", border=True,
                  help="Nothing is blocked: the pause is a promise to yourself.")
    with st.container(key="pause_static"):
        st.markdown(f"**Pausing for ten minutes, until {ends:%H:%M}.**")
    st.caption(f"Until {ends:%H:%M}. Breathe, drink some water, step outside if you can.")


with st.container(border=True, key="urge_box"):
    st.header("I want to text them right now", anchor=False)
    st.write("That's a real feeling, and it usually comes in waves. Log it here instead of "
             "acting on it, then give it ten minutes.")
    with st.form("urge_form"):
        intensity = st.slider("How strong is the urge?", 0, 10, key="urge_intensity")
        note = st.text_input("What's going on? (optional)", max_chars=2000, key="urge_note")
        logged = st.form_submit_button("Log it, and pause for 10 minutes", type="primary",
                                       key="urge_submit", icon=":material/timer:")
    if logged or services.resume("urge") is not None:
        ss.urge_saved, ss.urge_stopped = services.log_urge(note, int(intensity))
        ss.pause_until = services.pause_until()
        if services.interrupted:
            st.rerun()
    if ss.urge_saved is not None and not ss.urge_saved.ok:
        st.error(ss.urge_saved.message, icon=":material/error:")
    if ss.urge_stopped is not None and ss.urge_stopped.response is not None \
            and ss.urge_stopped.kind != "crisis":
        st.markdown(f"**{ss.urge_stopped.response.title}**")
        st.write(ss.urge_stopped.response.body)
    if ss.pause_until is not None:
        if ss.pause_until > dt.datetime.now(dt.UTC):
            st.success("Logged, not sent. Ten minutes, starting now.", icon=":material/check:")
            pause_timer()
        else:
            st.info("The ten minutes are up. How strong is it now? If it's still there, you can "
                    "log it again, talk it through, or write an unsent letter.",
                    icon=":material/hourglass_bottom:")
        reasons = services.reasons_to_pause(ss.checkin, ss.verdict)
        if reasons:
            st.markdown("**Your own reasons, from your last check-in**")
            for reason in reasons:
                st.markdown(f"- {md_escape(reason)}")
        else:
            st.caption("After a check-in, your own reasons to wait will be shown here.")
        st.page_link(PAGE_FILES["talk"], label="Talk it through", icon=":material/forum:")

days = services.days_without_contact()
c1, c2 = st.columns(2)
c1.metric("Days without contact", "—" if days is None else days, border=True,
          help="From your check-ins and what you logged after contact.")
timeline = services.timeline()
c2.metric("Entries", len(timeline), border=True)

st.header("How you've been feeling", anchor=False)
mood = services.mood_chart()
if mood is not None:
    summary = mood_summary(mood)  # the chart in words, for screen readers and everyone
    st.write(summary)
    st.vega_lite_chart(spec=mood, height=220, alt=summary)
    st.caption("Healing from your check-ins and how you felt after contact: 0 is raw pain, "
               "10 is at peace.")
    with st.expander("The chart's data as a table", icon=":material/table:",
                     key="mood_table_box"):
        st.table(mood_rows(mood), hide_index=True)
else:
    st.caption("The chart appears once there are two or more check-ins or contact logs.")

st.header("Timeline", anchor=False)
if not timeline:
    st.caption("Nothing here yet. Check-ins, urges, drafts, letters and what happened after "
               "contact will appear here.")
for item in timeline:
    with st.container(border=True):
        st.markdown(f"{KIND_ICONS.get(item.kind, ':material/note:')} **{md_escape(item.title)}**")
        st.caption(f"{item.at.astimezone():%a %d %b %Y, %H:%M}")
        if item.detail:
            detail = item.detail if len(item.detail) <= 400 else item.detail[:399] + "…"
            st.markdown(md_escape(detail))

st.header("Export or delete", anchor=False)
st.caption("Exports are files on your device; keep them somewhere only you can read.")
c1, c2 = st.columns(2)
c1.download_button("Export as JSON", services.export_json, file_name="unsent-journal.json",
                   mime="application/json", key="export_json", on_click="ignore",
                   icon=":material/download:")
c2.download_button("Export as Markdown", services.export_markdown,
                   file_name="unsent-journal.md", mime="text/markdown", key="export_md",
                   on_click="ignore", icon=":material/download:")
with st.expander("Delete everything", icon=":material/delete_forever:", key="delete_box"):
    st.write("This erases every entry in your journal from this device, and clears this "
             "session. It can't be undone; export first if you want a copy.")
    sure = st.checkbox("I understand, delete everything", key="delete_confirm")
    if st.button("Delete my journal", type="primary", disabled=not sure, key="delete_all"):
        result = services.delete_all()
        if result.ok:
            for key in [k for k in ss if k not in KEEP_ON_DELETE]:
                del ss[key]
            ss.delete_done = True
            st.rerun()
        else:
            st.error(result.message, icon=":material/error:")
if ss.delete_done:
    st.success("Your journal is empty, and this session has forgotten your answers.",
               icon=":material/check:")
    ss.delete_done = False
