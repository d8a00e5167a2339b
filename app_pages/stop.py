"""Support: why Unsent won't help reach out when the check-in says stop, and where to find help."""

from __future__ import annotations

import streamlit as st

from app_ui import a11y
from assistant.gate import Decision
from assistant.services import PAGE_FILES, Services, resource_markdown, section_title

ss = st.session_state
services: Services = ss.services
verdict = ss.verdict

a11y.title("Support")

if verdict is not None and verdict.decision == Decision.STOP:
    st.header("Why Unsent won't help you reach out", anchor=False)
    for finding in verdict.failing:
        if finding.severity != Decision.STOP:
            continue
        st.write(finding.message)
        st.page_link(PAGE_FILES["guide"], label=f"In the guide: {section_title(finding.section)}",
                     icon=":material/menu_book:", query_params={"section": finding.section})
    st.write("This isn't a judgement of you, and it isn't forever a closed door on your "
             "feelings. It means no message, and no drafting here, while this is so. Writing "
             "for yourself, and talking with someone you trust, are still open to you.")
else:
    st.write("Support is here whenever you need it, whatever your check-in said.")
    if verdict is None:
        st.page_link(PAGE_FILES["check_in"], label="Check in", icon=":material/favorite:")

for response in services.support_for(verdict):
    if response.kind == "crisis":
        if services.crisis:
            continue  # already shown at the top of the page
        with st.container(border=True, key="support_crisis"):
            st.header("If it ever feels like too much", anchor=False)
            st.write("These people are there to listen.")
            for res in response.resources:
                st.markdown(resource_markdown(res))
        continue
    with st.container(border=True, key=f"support_{response.kind}"):
        st.header(response.title, anchor=False)
        st.write(response.body)
        for res in response.resources:
            st.markdown(resource_markdown(res))

st.page_link(PAGE_FILES["guide"], label="Looking after yourself, in the guide",
             icon=":material/spa:", query_params={"section": "after-self-care"})
