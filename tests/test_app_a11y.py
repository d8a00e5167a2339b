"""AppTest: what a screen reader relies on, on every page and in the states that matter.

Every widget has a non-empty label (a label a sighted user doesn't need is collapsed, never
left empty or merely hidden), the chat box has its placeholder as a name, every navigation
link has words, and each page has exactly one title (its h1).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from streamlit.proto.LabelVisibility_pb2 import LabelVisibility
from streamlit.testing.v1 import AppTest
from test_app_kit import (
    _WIDGET_TYPES,
    BLOCKED,
    CRISIS,
    PAGES,
    _walk,
    check_in,
    draft_ready,
    fresh,
    goto,
    ok,
)

HIDDEN = LabelVisibility.LabelVisibilityOptions.HIDDEN


def unlabelled(at: AppTest) -> list[str]:
    """Every widget on the page (main area and sidebar) a screen reader couldn't name."""
    bad = []
    for root in (at.main, at.sidebar):
        for node in _walk(root):
            kind = getattr(node, "type", None)
            if kind == "chat_input":
                name = node.placeholder  # Streamlit gives the box its placeholder as a name
            elif kind in _WIDGET_TYPES or kind == "page_link":
                name = getattr(node, "label", None)
            else:
                continue
            where = f"{kind} {getattr(node, 'key', '') or ''}".strip()
            if not name or not str(name).strip():
                bad.append(f"{where}: empty label")
            visibility = getattr(node.proto, "label_visibility", None)
            if visibility is not None and visibility.value == HIDDEN:
                bad.append(f"{where}: label_visibility='hidden' (use 'collapsed')")
    return bad


def titles(at: AppTest) -> list[str]:
    return [str(t.value) for t in at.title]


def widgets_seen(at: AppTest) -> set[str]:
    return {n.type for n in _walk(at.main) if getattr(n, "type", None) in _WIDGET_TYPES}


def _fresh_page(page: str) -> Callable[[], AppTest]:
    return lambda: goto(fresh(), page.removesuffix(".py"))


def _verdict() -> AppTest:
    return check_in(fresh())


def _draft_with_lint() -> AppTest:
    at = draft_ready(check_in(fresh()))
    at.text_area(key="draft_edit").input(BLOCKED)
    return ok(at.button(key="draft_check").click().run())


def _talk() -> AppTest:
    at = goto(check_in(fresh()), "talk")
    at.chat_input(key="talk_input").set_value("I keep rereading our old messages.")
    return ok(at.run())


def _journal_with_mood() -> AppTest:
    at = check_in(fresh())
    goto(at, "after_contact")
    ok(at.button(key="contact_submit").click().run())
    goto(at, "journal")
    at.text_input(key="urge_note").input("saw their photo")
    return ok(at.button(key="urge_submit").click().run())


def _crisis() -> AppTest:
    at = goto(fresh(), "journal")
    at.text_input(key="urge_note").input(CRISIS)
    return ok(at.button(key="urge_submit").click().run())


STATES: dict[str, Callable[[], AppTest]] = {
    **{f"{p.removesuffix('.py')} (fresh)": _fresh_page(p) for p in PAGES},
    "check in: verdict shown": _verdict,
    "draft: lint highlights": _draft_with_lint,
    "talk: a conversation": _talk,
    "journal: entries, mood chart, pause": _journal_with_mood,
    "journal: crisis panel": _crisis,
}


@pytest.fixture(scope="module")
def walked() -> Iterator[dict[str, AppTest]]:
    yield {name: make() for name, make in STATES.items()}


@pytest.mark.parametrize("state", list(STATES))
def test_every_widget_has_a_label_a_screen_reader_reads(
    walked: dict[str, AppTest], state: str
) -> None:
    at = walked[state]
    assert unlabelled(at) == [], state


@pytest.mark.parametrize("state", list(STATES))
def test_one_title_per_page(walked: dict[str, AppTest], state: str) -> None:
    assert len(titles(walked[state])) == 1, (state, titles(walked[state]))


def test_the_walk_covers_the_widgets_that_matter(walked: dict[str, AppTest]) -> None:
    """The walk reaches every kind of input the app uses, so the label check means something."""
    seen: set[str] = set().union(*(widgets_seen(at) for at in walked.values()))
    assert {"number_input", "radio", "slider", "toggle", "selectbox", "checkbox",
            "button_group", "text_input", "text_area", "chat_input", "button",
            "download_button", "date_input"} <= seen, seen
    assert walked["journal: crisis panel"].session_state.safety.crisis
    assert walked["journal: entries, mood chart, pause"].get("vega_lite_chart")


def test_the_label_check_catches_empty_and_hidden_labels() -> None:
    """The check can fail: an empty label and a hidden one are both reported."""
    def script() -> None:
        import streamlit as st

        st.text_input(" ", key="blank")
        st.checkbox("Shown to no one", key="hid", label_visibility="hidden")
        st.text_input("Fine", key="fine", label_visibility="collapsed")

    at = AppTest.from_function(script).run()
    found: Any = unlabelled(at)
    assert any("blank" in f and "empty label" in f for f in found), found
    assert any("hid" in f and "hidden" in f for f in found), found
    assert not any("fine" in f for f in found), found


def test_an_early_heading_is_taken_over_by_the_page_or_taken_away() -> None:
    """app.py may draw the first page's heading before the rest of the run (a11y.early_title):
    the page's own heading then takes its place, once; a run that draws no title removes it,
    and a later run starts without it."""
    def script() -> None:
        import streamlit as st

        from app_ui import a11y

        ss = st.session_state
        a11y.early_title(ss.get("early"))
        st.write("common to every page")
        if ss.get("page_title"):
            a11y.title(ss.page_title)
        st.write("the page")
        a11y.links()

    at = AppTest.from_function(script)
    at.session_state["early"], at.session_state["page_title"] = "Check in", "Check in"
    at.run()
    assert [t.value for t in at.title] == ["Check in"]
    assert at.main[0].type == "title" and at.main[0].value == "Check in"
    assert [m.value for m in at.markdown] == ["common to every page", "the page"]

    at.session_state["page_title"] = "Another"  # a wrong guess is replaced in place
    at.run()
    assert [t.value for t in at.title] == ["Another"] and at.main[0].value == "Another"

    at.session_state["page_title"] = None  # no page title: the early one goes
    at.run()
    assert [t.value for t in at.title] == []
    assert [m.value for m in at.markdown] == ["common to every page", "the page"]

    at.session_state["early"], at.session_state["page_title"] = None, "Later"
    at.run()  # no early heading this run: the title goes where it is written
    assert [t.value for t in at.title] == ["Later"]
    assert [at.main[0].type, at.main[1].type] == ["markdown", "title"]
