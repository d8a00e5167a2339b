"""Accessibility helpers: the app's stylesheet, and a navigation screen readers can follow.

Streamlit's sectioned sidebar navigation puts list items outside a list (axe-core: `list`,
`listitem`), so the pages are registered without sections and the sidebar shows them as plain
links under visible group headings.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

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
# The links still to be written in this run (each script run has its own thread).
_pending = threading.local()


def inject_css() -> None:
    """The app's one stylesheet (contrast, focus, reduced motion); call once per run."""
    st.html(STYLESHEET)  # a .css Path: wrapped in <style> and kept out of the layout


def navigation(
    pages: Mapping[str, Sequence[StreamlitPage]] | Sequence[StreamlitPage],
) -> StreamlitPage:
    """Like st.navigation, but the sidebar is a flat run of links under group headings.

    Call it once every run, before any page. The links' place at the top of the sidebar is
    kept here and filled by ``title`` (below), just after the page's heading: the browser then
    paints the heading without first laying out the sidebar (about 0.15 s sooner on a cold
    start), and the sidebar ends up the same.
    """
    groups = dict(pages) if isinstance(pages, Mapping) else {"": list(pages)}
    flat = [p for group in groups.values() for p in group]
    current = st.navigation(flat, position="hidden")
    _pending.links = (st.sidebar.container(key=NAV_KEY), groups) if len(flat) > 1 else None
    return current


def early_title(body: str | None) -> None:
    """The page's heading now, before the rest of the run is imported and decided; ``title``
    then writes the page's own heading in its place (the same place: the top of the page), and
    a run that draws no title removes it (``links``). Call it once every run (None: no early
    heading this run), before anything is written to the main area; give a heading only when
    the page's own heading is known to be ``body``."""
    _pending.heading = None  # nothing left over from an earlier run on this thread
    if body is not None:
        slot = st.empty()
        slot.title(body)
        _pending.heading = slot


def title(body: str, *, anchor: str | Literal[False] | None = None) -> None:
    """The page's heading (its one h1), then the sidebar's links if they are still to come."""
    slot = getattr(_pending, "heading", None)
    _pending.heading = None
    (slot if slot is not None else st).title(body, anchor=anchor)
    links()


def links() -> None:
    """Write this run's sidebar links into the place ``navigation`` kept, if not done yet (and
    take away an early heading that no page claimed)."""
    slot = getattr(_pending, "heading", None)
    if slot is not None:
        _pending.heading = None
        slot.empty()
    pending = getattr(_pending, "links", None)
    if pending is None:
        return
    _pending.links = None
    box, groups = pending
    with box:
        for heading, group in groups.items():
            if heading:
                st.header(heading, anchor=False)
            for page in group:
                st.page_link(page, label=page.title, icon=page.icon or None, width="stretch")
        st.html(_CLOSE_ON_PHONE, unsafe_allow_javascript=True)
