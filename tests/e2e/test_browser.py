"""End to end: the real app (`streamlit run app.py`) in headless Chromium.

Selectors prefer widget keys (Streamlit puts ``st-key-<key>`` on a keyed widget's container),
roles and Streamlit's data-testids over the pages' wording, so copy edits don't break them.
Every test ends by asserting that the page made no request to any host but the app's own.

Run just these with ``.venv/bin/pytest -m e2e``; ``UNSENT_SCREENSHOTS=1`` also refreshes
``docs/screenshots/``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Locator, Page, expect

if TYPE_CHECKING:  # the fixtures' types, defined in this folder's conftest.py
    from conftest import AppServer, Shots, Traffic

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e

IDLE = (
    '[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
    '[data-test-script-state="notRunning"]'
)
GO = {"days_breakup": 60, "days_contact": 45, "healing": 8}  # every check passes
WAIT = {"days_breakup": 20, "days_contact": 10, "healing": 8}  # 20 more days without contact
DATE = r"\w+day \d{1,2} \w+ \d{4}"  # e.g. Monday 05 January 2026


# --- helpers -------------------------------------------------------------------------------


def wait_idle(page: Page) -> None:
    """The script run is over and the page is rendered, without an exception (no sleeps)."""
    page.wait_for_selector(IDLE)
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0)
    expect(page.locator('[data-testid="stMain"] [data-testid="stSkeleton"]')).to_have_count(0)
    expect(page.locator('[data-testid="stMain"] [data-stale="true"]')).to_have_count(0)
    errors = page.get_by_test_id("stException")
    if errors.count():
        pytest.fail(f"the app raised on {page.url}:\n{errors.first.inner_text()}")


def main(page: Page) -> Locator:
    return page.get_by_test_id("stMain")


def key(page: Page, widget_key: str) -> Locator:
    """The element container of the widget created with ``key=widget_key``."""
    return page.locator(f".st-key-{widget_key}")


def click(page: Page, widget_key: str) -> None:
    key(page, widget_key).get_by_role("button").click()
    wait_idle(page)


def text_after(page: Page, anchor: Locator) -> str:
    """The main area's text from the end of ``anchor`` to the end of the page."""
    return str(anchor.evaluate(
        """el => { const r = document.createRange(); r.setStartAfter(el);
                   r.setEndAfter(document.querySelector('[data-testid="stMain"]'));
                   return r.toString(); }"""
    ))


def open_app(page: Page, server: AppServer) -> None:
    page.goto(server.url + "/")
    wait_idle(page)
    expect(main(page).locator("h1").first).to_be_visible()


def nav_links(page: Page) -> Locator:
    """The page links in the sidebar (flat links under group headings: app_ui.a11y)."""
    return page.get_by_test_id("stSidebar").locator(".st-key-app_nav").get_by_role("link")


def nav(page: Page, name: str) -> None:
    """Go to another page through the sidebar (same Streamlit session, unlike a new URL)."""
    sidebar = page.get_by_test_id("stSidebar")
    if not sidebar.is_visible() or sidebar.get_attribute("aria-expanded") == "false":
        page.get_by_test_id("stExpandSidebarButton").click()
    link = nav_links(page).filter(has_text=re.compile(name, re.I))
    expect(link).to_have_count(1)
    href = link.get_attribute("href") or ""
    link.click()
    expect(page).to_have_url(re.compile(re.escape(href.rstrip("/")) + "/?$"))
    wait_idle(page)


def set_number(page: Page, widget_key: str, value: int) -> None:
    box = key(page, widget_key).locator("input")
    box.fill(str(value))
    box.press("Tab")  # number inputs commit on blur
    expect(box).to_have_value(str(value))


def set_slider(page: Page, widget_key: str, value: int) -> None:
    slider = key(page, widget_key).get_by_role("slider")
    slider.focus()
    slider.press("Home")
    low = int(slider.get_attribute("min") or 0)
    for _ in range(value - low):
        slider.press("ArrowRight")
    expect(slider).to_have_value(str(value))


def check_in(
    page: Page, *, days_breakup: int, days_contact: int, healing: int, tick: tuple[str, ...] = ()
) -> str:
    """Fill in the check-in (motive: closure; ``tick`` checkbox keys) and return the text of
    the verdict below it."""
    form = main(page).get_by_test_id("stForm")
    expect(form).to_be_visible()
    set_number(page, "ci_days_breakup", days_breakup)
    set_number(page, "ci_days_contact", days_contact)
    set_slider(page, "ci_healing", healing)
    for box in tick:
        checkbox = key(page, box).get_by_role("checkbox")
        checkbox.check(force=True)
        expect(checkbox).to_be_checked()
    closure = key(page, "ci_motive").get_by_role("radio", name=re.compile("closure", re.I))
    closure.check(force=True)  # the real input is visually hidden behind its label
    expect(closure).to_be_checked()
    click(page, "ci_submit")
    expect(key(page, "ci_next")).to_be_visible()  # the one next step: only with a verdict
    return text_after(page, form)


def assert_private(traffic: Traffic) -> None:
    own = [u for u in traffic.requests if traffic.is_own(u)]
    assert own, "no requests recorded at all: the recorder is not working"
    assert traffic.websockets and all(traffic.is_own(u) for u in traffic.websockets)
    assert traffic.foreign() == [], (
        "the page tried to reach hosts other than the app's own "
        f"({traffic.own_netloc}): {traffic.foreign()}"
    )


# --- configuration and the privacy recorder ------------------------------------------------


def test_streamlit_config_keeps_everything_local() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["toolbarMode"] == "minimal"


def test_traffic_recorder_catches_foreign_hosts(
    desktop: tuple[Page, Traffic], app_server: AppServer
) -> None:
    """The privacy assertion can fail: a foreign request is caught (and aborted, never sent)."""
    page, traffic = desktop
    open_app(page, app_server)
    with page.expect_event("requestfailed", lambda r: "example.invalid" in r.url) as seen:
        page.evaluate("() => fetch('https://example.invalid/beacon').catch(() => null)")
    assert seen.value.failure is not None
    assert "https://example.invalid/beacon" in traffic.foreign()
    with pytest.raises(AssertionError, match="example.invalid"):
        assert_private(traffic)


def test_every_page_opens_and_stays_local(
    desktop: tuple[Page, Traffic], app_server: AppServer, shots: Shots
) -> None:
    """Each page in the sidebar opens on a fresh session without an error, all traffic local."""
    page, traffic = desktop
    open_app(page, app_server)
    links = nav_links(page)
    expect(links.first).to_be_visible()
    hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
    slugs = [h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs]
    for slug in ("draft", "talk", "journal", "guide", "settings"):
        assert slug in slugs, f"no {slug!r} page in the sidebar: {hrefs}"
    for i, href in enumerate(hrefs):
        links.nth(i).click()
        expect(page).to_have_url(re.compile(re.escape(href.rstrip("/")) + "/?$"))
        wait_idle(page)
        expect(main(page).locator("h1").first).to_be_visible()
        shots.take(page, f"fresh-{slugs[i] if i else 'home'}")
    assert_private(traffic)


# --- flows ---------------------------------------------------------------------------------


def test_go_checkin_draft_save_journal(
    desktop: tuple[Page, Traffic], app_server: AppServer, shots: Shots
) -> None:
    """Check in (go) -> Draft -> write a draft (guide engine) -> save -> it's in the Journal."""
    page, traffic = desktop
    open_app(page, app_server)
    shots.take(page, "check-in-form")

    verdict = check_in(page, **GO)
    assert re.search(r"\bgo\b", verdict, re.I), verdict
    assert not re.search(DATE, verdict), "a go verdict has no date to wait for"
    findings = main(page).get_by_test_id("stExpander")
    assert findings.count() >= 3
    findings.first.locator("summary").click()
    expect(findings.first.get_by_test_id("stExpanderDetails")).to_be_visible()
    heading = main(page).get_by_test_id("stForm").locator(
        "xpath=following::*[@data-testid='stHeading'][1]")
    shots.take(page, "check-in", docs=True, start=heading, end=findings.last)

    click(page, "ci_next")
    expect(page).to_have_url(re.compile(r"/draft/?$"))
    expect(key(page, "draft_submit")).to_be_visible()
    key(page, "draft_recipient").locator("input").fill("Sam")
    key(page, "draft_notes").locator("textarea").fill(
        "Thank you for the good years. I hope you're well."
    )
    click(page, "draft_submit")
    code = main(page).get_by_test_id("stCode").first
    expect(code).to_be_visible()
    draft = code.inner_text().strip()
    assert 20 <= len(draft) <= 1200, draft
    assert "Sam" in draft, draft
    expect(key(page, "draft_sleep")).to_be_visible()
    shots.take(page, "draft", docs=True, end=key(page, "draft_sleep"))

    click(page, "draft_sleep")
    saved = main(page).get_by_test_id("stAlertContentSuccess").filter(
        has_text=re.compile("journal", re.I))
    expect(saved).to_be_visible()
    shots.take(page, "draft-saved")

    nav(page, "journal")
    first_line = draft.splitlines()[0].strip()
    expect(main(page).get_by_text(first_line, exact=False).first).to_be_visible()
    shots.take(page, "journal", docs=True)
    assert_private(traffic)


def test_wait_checkin_talks_it_through(
    desktop: tuple[Page, Traffic], app_server: AppServer, shots: Shots
) -> None:
    """Check in (wait) -> a date to check in again -> Talk it through -> a guided reply."""
    page, traffic = desktop
    open_app(page, app_server)
    verdict = check_in(page, **WAIT)
    assert re.search(r"\bwait\b", verdict, re.I), verdict
    assert re.search(DATE, verdict), verdict
    shots.take(page, "check-in-wait")

    click(page, "ci_next")
    expect(page).to_have_url(re.compile(r"/talk/?$"))
    expect(main(page)).to_contain_text(re.compile(DATE))
    assert key(page, "draft_submit").count() == 0
    mine = main(page).get_by_role("group", name="Chat message from user")
    replies = main(page).get_by_role("group", name="Chat message from assistant")
    if key(page, "talk_start").count():
        click(page, "talk_start")
    expect(replies.first).to_be_visible()  # the guide opens the conversation
    wait_idle(page)
    before = replies.count()
    said = "I keep rereading our old messages and wondering if I should write."
    box = key(page, "talk_input").locator("textarea")
    expect(box).to_be_editable()
    box.fill(said)
    box.press("Enter")
    expect(mine.last).to_have_text(said)
    expect(replies).to_have_count(before + 1)  # and the guide's reply after it
    wait_idle(page)
    reply = replies.last.inner_text().strip()
    assert len(reply) > 20, reply
    shots.take(page, "talk", docs=True)
    assert_private(traffic)


def test_stop_checkin_points_to_support_and_never_drafts(
    desktop: tuple[Page, Traffic], app_server: AppServer, shots: Shots
) -> None:
    """They asked for no contact -> stop: the next step is support, and Draft offers no form."""
    page, traffic = desktop
    open_app(page, app_server)
    verdict = check_in(page, **GO, tick=("ci_no_contact",))
    assert not re.search(r"\bgo\b", verdict, re.I), verdict
    click(page, "ci_next")
    expect(page).to_have_url(re.compile(r"/support/?$"))
    expect(main(page).get_by_role("link").first).to_be_visible()
    shots.take(page, "support-after-stop")
    nav(page, "draft")
    expect(main(page).locator("h1")).to_be_visible()
    assert key(page, "draft_submit").count() == 0
    assert main(page).get_by_test_id("stForm").count() == 0
    assert_private(traffic)


def test_settings_says_what_leaves_the_machine(
    desktop: tuple[Page, Traffic], app_server: AppServer, shots: Shots
) -> None:
    page, traffic = desktop
    open_app(page, app_server)
    nav(page, "settings")
    text = main(page).inner_text()
    assert re.search(r"guide engine", text, re.I), text
    assert str(app_server.data_root) in text.replace("\n", ""), "the journal's location"
    shots.take(page, "settings", docs=True)
    assert_private(traffic)


def test_phone_width_checkin(
    phone: tuple[Page, Traffic], app_server: AppServer, shots: Shots
) -> None:
    page, traffic = phone
    open_app(page, app_server)
    verdict = check_in(page, **GO)
    assert re.search(r"\bgo\b", verdict, re.I), verdict
    overflow = page.evaluate(
        "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
        " return m.scrollWidth - m.clientWidth; }"
    )
    assert overflow <= 1, f"content is {overflow}px wider than the phone screen"
    heading = main(page).get_by_test_id("stForm").locator(
        "xpath=following::*[@data-testid='stHeading'][1]")
    shots.take(page, "check-in-phone", docs=True, start=heading, docs_height=1400)
    assert_private(traffic)
