"""AppTest: the journal (urge logger, timeline, mood, export, delete-all) and after contact."""

from __future__ import annotations

import datetime as dt
import json
import re

from streamlit.testing.v1 import AppTest
from test_app_kit import check_in, fresh, goto, ok, texts


def log_urge(at: AppTest, note: str = "saw our song on the radio", intensity: int = 8) -> AppTest:
    goto(at, "journal")
    at.text_input(key="urge_note").input(note)
    at.slider(key="urge_intensity").set_value(intensity)
    return ok(at.button(key="urge_submit").click().run())


def test_urge_is_logged_and_a_ten_minute_pause_starts_with_my_own_reasons() -> None:
    at = check_in(fresh(), ci_healing=3)
    before = dt.datetime.now(dt.UTC)
    log_urge(at)
    urges = at.session_state.services.journal.entries("urge")
    assert len(urges) == 1
    assert urges[0].data == {"note": "saw our song on the radio", "intensity": 8}
    until = at.session_state.pause_until
    ten = dt.timedelta(minutes=10)
    assert ten - dt.timedelta(seconds=5) < until - before <= ten + dt.timedelta(seconds=5)
    timer = at.metric[0]
    assert timer.label == "Pause" and re.fullmatch(r"(09:[0-5]\d|10:00)", timer.value)
    page = texts(at)
    assert f"Until {until.astimezone():%H:%M}" in page
    assert "Your own reasons, from your last check-in" in page
    assert "You rated your healing 3 out of 10" in page  # the person's own answer


def test_reasons_come_from_the_saved_check_in_in_a_new_session() -> None:
    at = check_in(fresh(), ci_ex_rel=True)
    at2 = fresh()  # same journal (same UNSENT_DB_URL), new session with no check-in in memory
    assert at2.session_state.checkin is None
    log_urge(at2)
    assert "they are seeing someone" in texts(at2)
    assert at.session_state.verdict.decision == "reconsider"


def test_when_the_pause_is_over_it_says_so() -> None:
    at = log_urge(fresh())
    at.session_state.pause_until = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    ok(at.run())
    assert any("ten minutes are up" in i.value for i in at.info)
    assert not [m for m in at.metric if m.label == "Pause"]


def test_timeline_days_without_contact_and_mood_chart() -> None:
    at = check_in(fresh(), ci_days_breakup=60, ci_days_contact=45)
    log_urge(at)
    page = texts(at)
    assert "Wanted to text them (urge 8/10), and didn't" in page
    assert "Check-in: go, gently" in page
    days = next(m for m in at.metric if m.label == "Days without contact")
    assert days.value == "45"
    assert not at.get("vega_lite_chart")  # one mood point is not a line yet
    goto(at, "after_contact")
    at.slider(key="contact_feeling").set_value(4)
    ok(at.button(key="contact_submit").click().run())
    goto(at, "journal")
    assert at.get("vega_lite_chart"), "two mood points draw the chart"
    # its text alternative: one sentence in the page, the data as a table on request
    summary = next(m.value for m in at.markdown if m.value.startswith("2 entries from"))
    assert "how you felt fell from 8 to 4 out of 10" in summary, summary
    assert at.expander(key="mood_table_box").label == "The chart's data as a table"
    table = at.table[0].value
    assert list(table["Feeling (0-10)"]) == [8, 4]
    assert list(table["From"]) == ["Check-in (healing)", "After contact"]


def test_export_offers_json_and_markdown_with_every_entry() -> None:
    at = check_in(fresh())
    log_urge(at, note="wanted to say happy birthday")
    buttons = {b.key: b.label for b in at.get("download_button")}
    assert buttons == {"export_json": "Export as JSON", "export_md": "Export as Markdown"}
    services = at.session_state.services
    items = json.loads(services.export_json())
    assert [i["kind"] for i in items] == ["checkin", "urge"]
    md = services.export_markdown()
    assert "wanted to say happy birthday" in md and md.startswith("# My Unsent journal")


def test_delete_everything_needs_a_confirmation_then_empties_journal_and_session() -> None:
    at = check_in(fresh())
    log_urge(at)
    delete = at.button(key="delete_all")
    assert delete.disabled
    at.checkbox(key="delete_confirm").check().run()
    ok(at.button(key="delete_all").click().run())
    assert at.session_state.services.journal.entries() == []
    assert at.session_state.checkin is None and at.session_state.verdict is None
    assert at.session_state.pause_until is None
    assert any("journal is empty" in s.value for s in at.success)
    assert "Nothing here yet" in texts(at)


def test_after_contact_logs_what_happened_with_its_reflection_plan() -> None:
    at = check_in(fresh())
    goto(at, "after_contact")
    at.radio(key="contact_sent").set_value("yes")
    at.selectbox(key="contact_response").set_value("cold")
    at.slider(key="contact_feeling").set_value(3)
    at.text_area(key="contact_hoped").input("I hoped we could get back together")
    ok(at.button(key="contact_submit").click().run())
    plan = at.session_state.contact_plan
    assert plan is not None and len(plan.steps) == 3
    entry = at.session_state.services.journal.entries("contact")[0]
    assert entry.data["outcome"]["response"] == "cold"
    assert entry.data["plan"]["summary"] == plan.summary  # saved together, in one entry
    page = texts(at)
    assert plan.summary in page
    assert all(step.title in page for step in plan.steps)
    assert "Saved in your private journal" in page


def test_not_sending_is_logged_as_not_sent_whatever_the_response_box_says() -> None:
    at = goto(fresh(), "after_contact")
    at.radio(key="contact_sent").set_value("no")
    at.selectbox(key="contact_response").set_value("hostile")
    ok(at.button(key="contact_submit").click().run())
    outcome = at.session_state.services.journal.entries("contact")[0].data["outcome"]
    assert outcome["sent"] is False and outcome["response"] == "none_yet"
