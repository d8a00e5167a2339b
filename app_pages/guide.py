"""The guide, every section addressable by its id (?section=ID)."""

from __future__ import annotations

import streamlit as st

from app_ui import a11y
from assistant.guide import GROUP_TITLES, Section, get_guide

guide = get_guide()
a11y.title(guide.title)
wanted = st.query_params.get("section")
if wanted and not guide.has(wanted):
    st.warning(f"There's no guide section called “{wanted}”. Here is the whole guide.",
               icon=":material/help:")
    wanted = None


def body(sec: Section) -> None:
    st.markdown(f"*{sec.summary}*")
    for para in sec.body:
        st.write(para)
    for q in sec.questions:
        st.markdown(f"- **Ask yourself:** {q}")
    st.caption(f"Section id: `{sec.id}`")


if wanted:
    sec = guide.section(wanted)
    with st.container(border=True, key="guide_focus"):
        st.header(sec.title, anchor=sec.id)
        body(sec)
    st.divider()

for group, heading in GROUP_TITLES.items():
    sections = guide.by_group(group)
    if not sections:
        continue
    st.header(heading, anchor=f"group-{group}")
    for sec in sections:
        with st.expander(sec.title, expanded=(sec.id == wanted), key=f"guide_{sec.id}"):
            body(sec)

a = guide.attribution
st.divider()
st.caption(f"Based on “{a.original_title}” by {a.author}. {a.note}")
