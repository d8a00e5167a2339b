"""Accessibility, end to end: axe-core on every page and state, keyboard-only journeys, zoom.

axe-core comes inside the ``axe-playwright-python`` wheel (no download at run time) and runs
the WCAG 2.0/2.1 A and AA rules. Every page on a fresh session, then each state in STATES, is
scanned in light and dark themes at 1280 px and 390 px: theme and width are switched in the
same browser context (Streamlit follows the device's colour scheme live), so one server and
one session per scan list is enough. The count per page/state/theme/width is printed; any
violation fails the test with axe's own description of it.

A new state is one more ``State(name, page, setup)`` in STATES: ``setup`` drives the app,
by the same session, from the state before it to the new one.

Run: ``.venv/bin/pytest -q tests/e2e/test_a11y.py``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from test_browser import GO, WAIT, assert_private, check_in, click, key, main, nav, wait_idle

if TYPE_CHECKING:  # the fixtures' types, defined in this folder's conftest.py
    from conftest import AppServer, Traffic

pytestmark = pytest.mark.e2e

AXE = Axe()
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
THEMES = ("light", "dark")
WIDTHS = (1280, 390)
ZOOMED = {"width": 640, "height": 450}  # what 1280 x 900 shows at 200% zoom
HEIGHT = 900
PAGES = ["", "draft", "talk", "support", "after-contact", "journal", "guide", "settings"]
BLOCKED = "Hi [Name], you owe me an answer. Reply to me tonight or we are done forever."
CRISIS = "honestly I just want to kill myself"
BACKGROUND = {"light": "rgb(255, 255, 255)", "dark": "rgb(23, 22, 20)"}  # Streamlit's own


# --- what each scan checks ------------------------------------------------------------------


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now (injected once per document)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.axe_script)
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return list(result["violations"])


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"  {v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:3]:
            why = "; ".join(c["message"] for c in node["any"] + node["all"] + node["none"])
            lines.append(f"    {node['target']} {node['html'][:120]!r}: {why[:200]}")
    return "\n".join(lines)


HEADINGS_JS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter(h => h.getClientRects().length > 0 || h.closest('[data-testid=stSidebar]'))
    .map(h => [Number(h.tagName[1]), h.textContent.trim(),
               !!h.closest('[data-testid=stMain]')])"""


def heading_problems(page: Page) -> list[str]:
    """One h1, in the main area; no level skipped on the way down. Only a panel that comes
    before the page's title (the crisis panel) may open the main area, with an h2."""
    heads = page.evaluate(HEADINGS_JS)
    problems = []
    h1 = [text for level, text, _ in heads if level == 1]
    if len(h1) != 1:
        problems.append(f"{len(h1)} h1 headings: {h1}")
    in_main = [(level, text) for level, text, is_main in heads if is_main]
    levels = [level for level, _ in in_main]
    if 1 not in levels:
        problems.append("no h1 in the main area")
    elif any(level != 2 for level in levels[: levels.index(1)]):
        problems.append(f"before the page's title: {in_main[: levels.index(1)]}")
    previous = 1
    for level, text in in_main:
        if level > previous + 1:
            problems.append(f"h{previous} then h{level} ({text!r})")
        previous = level
    return problems


OVERFLOW_JS = """() => {
  const out = [];
  const de = document.documentElement;
  if (de.scrollWidth > de.clientWidth + 1)
    out.push(`the page scrolls sideways (${de.scrollWidth} > ${de.clientWidth})`);
  for (const el of document.querySelectorAll('[data-testid=stMain], [data-testid=stMain] *')) {
    if (el.getClientRects().length === 0 || !el.textContent.trim()) continue;
    const cs = getComputedStyle(el);
    const clips = ['hidden', 'clip'].includes(cs.overflowX) || cs.textOverflow === 'ellipsis';
    const scrolls = ['auto', 'scroll'].includes(cs.overflowX) && el !== document.querySelector(
      '[data-testid=stMain]');
    if ((clips || scrolls) && el.scrollWidth > el.clientWidth + 1)
      out.push(`${scrolls ? 'scrolls sideways' : 'cut off'}: <${el.tagName.toLowerCase()}` +
               ` class="${String(el.className).slice(0, 60)}"> ` +
               JSON.stringify(el.textContent.trim().slice(0, 60)));
  }
  const m = document.querySelector('[data-testid=stMain]');
  if (m.scrollWidth > m.clientWidth + 1)
    out.push(`the main area scrolls sideways (${m.scrollWidth} > ${m.clientWidth})`);
  return out;
}"""


def overflow_problems(page: Page) -> list[str]:
    """Sideways scrolling anywhere, or text cut off by a box too narrow for it."""
    return list(page.evaluate(OVERFLOW_JS))


def settle(page: Page, scheme: str, viewport: dict[str, int]) -> None:
    """Switch theme and size in place, and wait until Streamlit has redrawn for both."""
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.set_viewport_size(viewport)  # type: ignore[arg-type]
    page.wait_for_function(
        """([bg, w]) => window.innerWidth === w && getComputedStyle(
             document.querySelector('[data-testid=stApp]')).backgroundColor === bg""",
        arg=[BACKGROUND[scheme], viewport["width"]],
    )
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    wait_idle(page)


@dataclass
class Report:
    rows: list[tuple[str, str, int, int, str]]  # (what, theme, width, count, rule ids)
    failures: list[str]

    def scan(self, page: Page, what: str) -> None:
        """axe, headings and overflow at every theme and width; then 200% zoom, light."""
        for scheme in THEMES:
            for width in WIDTHS:
                settle(page, scheme, {"width": width, "height": HEIGHT})
                found = axe_violations(page)
                ids = ",".join(sorted({v["id"] for v in found}))
                self.rows.append((what, scheme, width, len(found), ids))
                where = f"{what} [{scheme}, {width}px]"
                if found:
                    self.failures.append(f"{where}: axe\n{describe(found)}")
                for problem in heading_problems(page) + overflow_problems(page):
                    self.failures.append(f"{where}: {problem}")
        settle(page, "light", ZOOMED)
        for problem in overflow_problems(page):
            self.failures.append(f"{what} [200% zoom, 640px]: {problem}")
        settle(page, "light", {"width": WIDTHS[0], "height": HEIGHT})

    def print(self, capsys: pytest.CaptureFixture[str], title: str, seconds: float) -> None:
        with capsys.disabled():
            print(f"\n{title}: axe-core WCAG 2.0/2.1 A+AA violations "
                  f"({len(self.rows)} scans, {seconds:.0f} s)")
            for what, scheme, width, count, ids in self.rows:
                print(f"  {what:<38} {scheme:<5} {width:>4}px  {count}  {ids}")


# --- the states -------------------------------------------------------------------------------


@dataclass
class State:
    name: str
    page: str  # where it is seen (for the report)
    setup: Callable[[Page, AppServer], None]  # from the state before it to this one


def verdict_shown(page: Page, server: AppServer) -> None:
    page.goto(server.url + "/")
    wait_idle(page)
    verdict = check_in(page, **GO)
    assert re.search(r"\bgo\b", verdict, re.I), verdict


def draft_with_lint(page: Page, server: AppServer) -> None:
    click(page, "ci_next")
    expect(page).to_have_url(re.compile(r"/draft/?$"))
    key(page, "draft_recipient").locator("input").fill("Sam")
    click(page, "draft_submit")
    edit = key(page, "draft_edit").locator("textarea")
    edit.fill(BLOCKED)
    click(page, "draft_check")
    marks = main(page).locator("mark")
    expect(marks.first).to_be_visible()
    # the rule in words beside each mark, not colour alone
    expect(main(page).locator(".lint-rule").first).to_contain_text("must change")


def talk_conversation(page: Page, server: AppServer) -> None:
    nav(page, "talk")
    replies = main(page).get_by_role("group", name="Chat message from assistant")
    expect(replies.first).to_be_visible()
    box = key(page, "talk_input").locator("textarea")
    box.fill("I keep rereading our old messages and wondering if I should write.")
    box.press("Enter")
    expect(replies).to_have_count(2)
    wait_idle(page)


def journal_with_mood(page: Page, server: AppServer) -> None:
    nav(page, "after contact")
    click(page, "contact_submit")  # a second mood point, after the check-in's
    nav(page, "journal")
    expect(main(page).get_by_test_id("stVegaLiteChart")).to_be_visible()
    expect(main(page)).to_contain_text(re.compile(r"\d+ entries from .* out of 10"))
    key(page, "mood_table_box").locator("summary").click()
    expect(main(page).locator("table")).to_be_visible()
    wait_idle(page)


UNSURE = "I just want to sleep for a long time"  # worrying, not certain: the direct question


def direct_question(page: Page, server: AppServer) -> None:
    key(page, "urge_note").locator("input").fill(UNSURE)
    click(page, "urge_submit")
    question = key(page, "direct_question")
    expect(question).to_be_visible()
    expect(main(page).locator("h1")).to_have_count(1)
    wait_idle(page)


def crisis_panel(page: Page, server: AppServer) -> None:
    if key(page, "ask_yes").count():  # after the direct question: "Yes" brings the panel
        click(page, "ask_yes")
    else:
        key(page, "urge_note").locator("input").fill(CRISIS)
        click(page, "urge_submit")
    panel = key(page, "crisis_panel")
    expect(panel).to_be_visible()
    # first in reading order in the main area, under a heading that says what it is
    first = page.evaluate("""() => {
      const block = document.querySelector('[data-testid=stMain] [data-testid=stVerticalBlock]');
      const shown = [...block.children].find(c => c.getClientRects().length > 0
                                                  && c.textContent.trim());
      return shown.querySelector('h1, h2, h3, p').textContent.trim();
    }""")
    assert first == "Crisis support", first
    expect(main(page).locator("h1, h2, h3").first).to_have_text("Crisis support")


STATES: list[State] = [
    State("verdict shown", "check-in", verdict_shown),
    State("draft with lint highlights", "draft", draft_with_lint),
    State("talk conversation", "talk", talk_conversation),
    State("journal with entries + mood chart", "journal", journal_with_mood),
    State("direct question", "journal", direct_question),
    State("crisis panel (sticky)", "journal", crisis_panel),  # keep last: it stays on
]


# --- the axe matrix -------------------------------------------------------------------------


def test_axe_every_page_on_a_fresh_session(
    own_desktop: tuple[Page, Traffic], module_server: AppServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    page, traffic = own_desktop
    report, start = Report([], []), time.monotonic()
    for slug in PAGES:
        page.goto(f"{module_server.url}/{slug}")
        wait_idle(page)
        expect(main(page).locator("h1")).to_have_count(1)
        report.scan(page, f"{slug or 'check-in'} (fresh)")
    report.print(capsys, "Every page, fresh session", time.monotonic() - start)
    assert not report.failures, "\n".join(report.failures)
    assert_private(traffic)


def test_axe_every_state(
    own_desktop: tuple[Page, Traffic], module_server: AppServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    page, traffic = own_desktop
    report, start = Report([], []), time.monotonic()
    for state in STATES:
        state.setup(page, module_server)
        report.scan(page, f"{state.page}: {state.name}")
    report.print(capsys, "States", time.monotonic() - start)
    assert not report.failures, "\n".join(report.failures)
    assert_private(traffic)


def test_the_checks_can_fail(own_desktop: tuple[Page, Traffic], module_server: AppServer) -> None:
    """Each check finds the fault it is for, on a page broken on purpose."""
    page, _ = own_desktop
    page.goto(module_server.url + "/settings")
    wait_idle(page)
    page.evaluate("""() => {
      const m = document.querySelector('[data-testid=stMainBlockContainer]');
      m.insertAdjacentHTML('afterbegin',
        '<p style="color:#aaa;background:#fff">faint</p><input type="text">' +
        '<h1>second h1</h1><h4>skipped</h4>' +
        '<div style="width:3000px">too wide</div>' +
        '<div style="overflow:hidden;width:50px;white-space:nowrap">a long line cut off</div>');
    }""")
    ids = {v["id"] for v in axe_violations(page)}
    assert {"color-contrast", "label"} <= ids, ids
    problems = " ".join(heading_problems(page))
    assert "2 h1 headings" in problems and "h1 then h4" in problems, problems
    overflow = " ".join(overflow_problems(page))
    assert "scrolls sideways" in overflow and "cut off" in overflow, overflow


# --- keyboard only ----------------------------------------------------------------------------

FOCUS_JS = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return {where: 'body', visible: false};
  const k = e.closest('[class*="st-key-"]');
  const cs = getComputedStyle(e);
  const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2)
               || cs.boxShadow !== 'none';
  return {where: k ? [...k.classList].find(c => c.startsWith('st-key-')).slice(7) : e.tagName,
          visible: ring};
}"""


def focus(page: Page) -> dict[str, Any]:
    return dict(page.evaluate(FOCUS_JS))


def tab_to(page: Page, selector: str, *, back: bool = False, limit: int = 40) -> int:
    trail = []
    """Press Tab (Shift+Tab with ``back``) until ``selector`` has the focus, with a visible
    focus ring at every stop; returns how many presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        now = focus(page)
        trail.append(now["where"])
        if now["where"] != "body":
            assert now["visible"], f"no visible focus indicator on {now['where']}"
        if page.evaluate("s => !!document.activeElement?.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} not reached in {limit} presses: {trail}")


def type_into(page: Page, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def press_and_wait(page: Page, keys: str) -> None:
    page.keyboard.press(keys)
    wait_idle(page)


def keyboard_check_in(page: Page, days_breakup: int, days_contact: int, healing: int) -> None:
    """The check-in by keyboard alone; ends with the verdict shown and focus on its next step."""
    type_into(page, ".st-key-ci_days_breakup input", str(days_breakup))
    type_into(page, ".st-key-ci_days_contact input", str(days_contact))
    tab_to(page, ".st-key-ci_healing [role=slider], .st-key-ci_healing input")
    page.keyboard.press("Home")
    for _ in range(healing):
        page.keyboard.press("ArrowRight")
    expect(key(page, "ci_healing")).to_contain_text(str(healing))
    tab_to(page, ".st-key-ci_motive input")
    page.keyboard.press("Space")  # the first option: closure
    expect(key(page, "ci_motive").get_by_role("radio").first).to_be_checked()
    tab_to(page, ".st-key-ci_submit button")
    press_and_wait(page, "Enter")
    expect(key(page, "ci_next")).to_be_visible()
    # The verdict can show before its run is over (the idle check may have seen the state
    # from before the run began): wait for the finished page before tabbing through it.
    expect(key(page, "ci_weigher")).to_be_visible()
    wait_idle(page)
    assert focus(page)["where"] == "ci_submit", focus(page)  # focus stays where it was
    # the very next stop is the verdict's one next step
    assert tab_to(page, ".st-key-ci_next button", limit=1) == 1


def test_keyboard_check_in_verdict_draft_save(
    own_desktop: tuple[Page, Traffic], module_server: AppServer
) -> None:
    page, traffic = own_desktop
    page.goto(module_server.url + "/")
    wait_idle(page)
    keyboard_check_in(page, **GO)
    expect(main(page)).to_contain_text(re.compile(r"go, gently", re.I))
    press_and_wait(page, "Enter")  # the next step: Draft
    expect(page).to_have_url(re.compile(r"/draft/?$"))
    type_into(page, ".st-key-draft_recipient input", "Sam")
    tab_to(page, ".st-key-draft_submit button")
    press_and_wait(page, "Enter")
    expect(main(page).get_by_test_id("stCode").first).to_contain_text("Sam")
    tab_to(page, ".st-key-draft_sleep button")
    press_and_wait(page, "Space")
    saved = main(page).get_by_test_id("stAlertContentSuccess").filter(
        has_text=re.compile("saved", re.I))
    expect(saved).to_contain_text(re.compile("journal", re.I))
    assert focus(page)["where"] == "draft_sleep", focus(page)
    assert_private(traffic)


def test_keyboard_talk_it_through(
    own_desktop: tuple[Page, Traffic], module_server: AppServer
) -> None:
    page, traffic = own_desktop
    page.goto(module_server.url + "/")
    wait_idle(page)
    keyboard_check_in(page, **WAIT)
    press_and_wait(page, "Enter")  # wait -> the next step is Talk it through
    expect(page).to_have_url(re.compile(r"/talk/?$"))
    replies = main(page).get_by_role("group", name="Chat message from assistant")
    expect(replies).to_have_count(1)
    type_into(page, ".st-key-talk_input textarea", "I miss them and I keep checking my phone.")
    press_and_wait(page, "Enter")
    expect(replies).to_have_count(2)
    expect(main(page).get_by_role("group", name="Chat message from user")).to_have_count(1)
    # focus stays in the message box, ready for the next thing to say
    assert focus(page)["where"] == "talk_input", focus(page)
    # the letter tab, by arrow keys from the tab list
    tab_to(page, "[role=tab][aria-selected=true]", back=True)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    expect(page.get_by_role("tab", name="Unsent letter")).to_have_attribute(
        "aria-selected", "true")
    type_into(page, ".st-key-letter_text textarea", "Dear you, I'm not sending this.")
    tab_to(page, ".st-key-letter_save button")
    press_and_wait(page, "Enter")
    expect(main(page).get_by_test_id("stAlertContentSuccess")).to_be_visible()
    assert_private(traffic)


def test_keyboard_log_an_urge_and_see_the_pause(
    own_desktop: tuple[Page, Traffic], module_server: AppServer
) -> None:
    page, traffic = own_desktop
    page.goto(module_server.url + "/")
    wait_idle(page)
    tab_to(page, ".st-key-app_nav a[href$='journal']")  # the sidebar, by keyboard
    press_and_wait(page, "Enter")
    expect(page).to_have_url(re.compile(r"/journal/?$"))
    tab_to(page, ".st-key-urge_intensity [role=slider], .st-key-urge_intensity input")
    page.keyboard.press("End")
    expect(key(page, "urge_intensity")).to_contain_text("10")
    type_into(page, ".st-key-urge_note input", "saw an old photo")
    tab_to(page, ".st-key-urge_submit button")
    press_and_wait(page, "Enter")
    clock = key(page, "pause_ticking")
    expect(clock).to_be_visible()
    expect(clock).to_contain_text(re.compile(r"(09:[0-5]\d|10:00)"))
    assert focus(page)["where"] == "urge_submit", focus(page)
    # with reduced motion the clock stops ticking, and the end time says the same thing
    page.emulate_media(reduced_motion="reduce")
    expect(clock).to_be_hidden()
    still = key(page, "pause_static")
    expect(still).to_be_visible()
    expect(still).to_contain_text(re.compile(r"ten minutes, until \d\d:\d\d", re.I))
    box = key(page, "urge_box")
    shown = box.inner_text()
    page.wait_for_timeout(2500)  # the clock would have ticked twice by now
    wait_idle(page)
    assert box.inner_text() == shown, "something in the pause still changes every second"
    assert_private(traffic)


def test_on_a_phone_choosing_a_page_closes_the_sidebar(
    own_desktop: tuple[Page, Traffic], module_server: AppServer
) -> None:
    """As Streamlit's own navigation does: otherwise the new page stays behind the sidebar."""
    page, traffic = own_desktop
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(module_server.url + "/settings")
    wait_idle(page)
    sidebar = page.get_by_test_id("stSidebar")
    link = sidebar.locator(".st-key-app_nav a", has_text="Journal")
    expect(link).not_to_be_in_viewport()  # closed on a phone to begin with
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(link).to_be_in_viewport()
    link.click()
    expect(page).to_have_url(re.compile(r"/journal/?$"))
    wait_idle(page)
    expect(link).not_to_be_in_viewport()
    expect(main(page).locator("h1")).to_have_text("Journal")
    assert_private(traffic)
