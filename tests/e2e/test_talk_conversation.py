"""End to end: a real conversation with the guide engine, each reply answering the message before.

``UNSENT_SCREENSHOTS=1 .venv/bin/pytest -m e2e tests/e2e/test_talk_conversation.py`` refreshes
``docs/screenshots/talk-conversation.png`` (the README's picture of a conversation).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Page, expect
from test_browser import WAIT, assert_private, check_in, click, key, main, open_app, wait_idle

from assistant.talk_content import get_talk_content

if TYPE_CHECKING:
    from conftest import AppServer, Shots, Traffic

pytestmark = pytest.mark.e2e

CONVERSATION = [
    ("I looked at her photos again last night", "rumination"),
    ("I haven't been sleeping since she left", "self_care"),
    ("honestly I just want to text her right now", "urge_now"),
]


def test_each_reply_answers_the_message_before_it(
    desktop: tuple[Page, Traffic], app_server: AppServer, shots: Shots
) -> None:
    page, traffic = desktop
    page.set_viewport_size({"width": 900, "height": 1000})
    open_app(page, app_server)
    check_in(page, **WAIT)
    click(page, "ci_next")
    expect(page).to_have_url(re.compile(r"/talk/?$"))
    mine = main(page).get_by_role("group", name="Chat message from user")
    replies = main(page).get_by_role("group", name="Chat message from assistant")
    expect(replies.first).to_be_visible()
    wait_idle(page)
    content = get_talk_content()
    for said, theme in CONVERSATION:
        before = replies.count()
        box = key(page, "talk_input").locator("textarea")
        box.fill(said)
        box.press("Enter")
        expect(mine.last).to_have_text(said)
        expect(replies).to_have_count(before + 1)
        wait_idle(page)
        reply = replies.last.inner_text()
        points = [p.text.split(" [")[0] for p in content.theme(theme).points]
        assert any(p in reply for p in points), (theme, reply)  # the point that fits
        assert said not in reply and "?" in reply  # fresh words, and a question
    shots.take(page, "talk-conversation", docs=True, start=mine.first, end=replies.last)
    assert_private(traffic)
