"""End to end: the browser's language picks the country's crisis lines; Settings changes them.

A Chromium context set to Mexican Spanish (``es-MX``) opens the real app: Settings & privacy
starts on Mexico (``st.context.locale``), and the crisis panel shows Mexico's line. Choosing
Spain in the browser switches the panel to Spain's line. Someone who writes in Spanish is asked
the direct question in Spanish, carries on after "No", and gets the Spanish panel with their
country's line. Nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, Route, expect
from test_app_question import CRISIS_ES, UNSURE_ES  # checked there: unsure, and certain
from test_browser import assert_private, click, key, main, nav, open_app, wait_idle

from assistant.crisis_i18n import crisis_text

if TYPE_CHECKING:
    from conftest import AppServer, Traffic

pytestmark = pytest.mark.e2e

CRISIS = "honestly I just want to kill myself"


@pytest.fixture
def mexico(browser: Browser, app_server: AppServer) -> Iterator[tuple[Page, Traffic]]:
    """A fresh context whose browser language is es-MX; requests to other hosts aborted."""
    # This folder's conftest, reached through the fixture's own class: a plain
    # "from conftest import" can get tests/integration's conftest when both folders run.
    e2e = type(app_server).log_tail.__globals__
    traffic = e2e["Traffic"](app_server.netloc)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="es-MX",
                                  timezone_id="America/Mexico_City", service_workers="block")
    context.set_default_timeout(e2e["TIMEOUT_MS"])

    def guard(route: Route) -> None:
        if traffic.is_own(route.request.url):
            route.continue_()
        else:
            traffic.blocked.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", guard)
    context.on("request", lambda req: traffic.requests.append(req.url))
    page = context.new_page()
    page.on("websocket", lambda ws: traffic.websockets.append(ws.url))
    try:
        yield page, traffic
    finally:
        with contextlib.suppress(Exception):
            context.close()


def _crisis_in_urge_note(page: Page) -> None:
    nav(page, "journal")
    key(page, "urge_note").locator("input").fill(CRISIS)
    key(page, "urge_submit").get_by_role("button").click()
    wait_idle(page)


def test_the_browser_language_picks_the_country_and_settings_can_change_it(
    mexico: tuple[Page, Traffic], app_server: AppServer
) -> None:
    page, traffic = mexico
    assert page.evaluate("navigator.language") == "es-MX"
    open_app(page, app_server)
    nav(page, "settings")
    country = key(page, "country").get_by_role("combobox")
    expect(country).to_have_value("Mexico")
    expect(main(page)).to_contain_text("800 911 2000")

    _crisis_in_urge_note(page)
    panel = key(page, "crisis_panel")
    expect(panel).to_contain_text("Línea de la Vida")
    expect(panel).to_contain_text("800 911 2000")
    expect(panel).to_contain_text("findahelpline.com")
    expect(panel).not_to_contain_text("988")

    nav(page, "settings")
    country.click()
    country.fill("Spain")
    country.press("Enter")
    wait_idle(page)
    expect(country).to_have_value("Spain")
    panel = key(page, "crisis_panel")
    expect(panel).to_contain_text("Línea 024")
    expect(panel).to_contain_text("112")
    expect(panel).not_to_contain_text("800 911 2000")
    assert_private(traffic)


def test_spanish_words_get_the_question_then_the_panel_in_spanish(
    mexico: tuple[Page, Traffic], app_server: AppServer
) -> None:
    page, traffic = mexico
    words = crisis_text("es")
    open_app(page, app_server)
    nav(page, "journal")
    note = key(page, "urge_note").locator("input")
    note.fill(UNSURE_ES)
    click(page, "urge_submit")
    question = key(page, "direct_question")
    expect(question).to_contain_text(words.ask_title)
    expect(question).to_contain_text(words.ask_wished_dead)
    expect(question.get_by_role("button")).to_have_text(["Sí", "No", "Prefiero no decirlo"])
    expect(key(page, "crisis_panel")).to_have_count(0)

    click(page, "ask_no")  # "No": the urge is logged and the pause starts, no panel
    expect(key(page, "direct_question")).to_have_count(0)
    expect(key(page, "crisis_panel")).to_have_count(0)
    expect(key(page, "urge_box")).to_contain_text("Logged, not sent")

    note.fill(CRISIS_ES)
    click(page, "urge_submit")
    panel = key(page, "crisis_panel")
    expect(panel).to_contain_text(words.panel_heading)
    expect(panel).to_contain_text("Línea de la Vida")
    expect(panel).to_contain_text("800 911 2000")
    expect(panel).not_to_contain_text("988")
    expect(key(page, "direct_question")).to_have_count(0)
    assert_private(traffic)

