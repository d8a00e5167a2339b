"""Accessibility helpers: the app's stylesheet, and a navigation screen readers can follow.

Streamlit's sectioned sidebar navigation puts list items outside a list (axe-core: `list`,
`listitem`), so the pages are registered without sections and the sidebar shows them as plain
links under visible group headings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

STYLESHEET = Path(__file__).with_name("a11y.css")
NAV_KEY = "app_nav"  # the sidebar container: CSS class st-key-app_nav
# Streamlit's own navigation closes the sidebar on a phone once a page is chosen; page links
# don't, so the new page would stay hidden behind it. Registered once per browser tab.
_CLOSE_ON_PHONE = """<script>
if (!window.unsentNavCloses) {
  window.unsentNavCloses = true;
  document.addEventListener("click", (event) => {
    if (!event.target.closest(".st-key-app_nav a")) return;
    if (!window.matchMedia("(max-width: 767.98px)").matches) return;
    setTimeout(() => document.querySelector(
      '[data-testid="stSidebarCollapseButton"] button')?.click(), 0);
  }, true);
}
</script>"""


def inject_css() -> None:
    """The app's one stylesheet (contrast, focus, reduced motion); call once per run."""
    st.html(STYLESHEET)  # a .css Path: wrapped in <style> and kept out of the layout


def navigation(
    pages: Mapping[str, Sequence[StreamlitPage]] | Sequence[StreamlitPage],
) -> StreamlitPage:
    """Like st.navigation, but the sidebar is a flat run of links under group headings."""
    groups = dict(pages) if isinstance(pages, Mapping) else {"": list(pages)}
    flat = [p for group in groups.values() for p in group]
    current = st.navigation(flat, position="hidden")
    if len(flat) > 1:
        with st.sidebar, st.container(key=NAV_KEY):
            for title, group in groups.items():
                if title:
                    st.header(title, anchor=False)
                for page in group:
                    st.page_link(page, label=page.title, icon=page.icon or None,
                                 width="stretch")
            st.html(_CLOSE_ON_PHONE, unsafe_allow_javascript=True)
    return current
