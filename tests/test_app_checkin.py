"""AppTest: the check-in reaches each decision from app.py and leads to the right next step."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from test_app_kit import check_in, fresh, goto, ok, texts


def test_fresh_session_opens() -> None:
    at = fresh()
    assert at.title[0].value == "Check in"
    assert at.session_state.verdict is None
    assert at.radio(key="ci_motive").value is None  # no answer is chosen for the person


@pytest.mark.parametrize(
    ("answers", "decision", "label", "page_title"),
    [
        ({}, "go", "Write a short first message", "Draft a first message"),
        ({"ci_healing": 3}, "wait", "Talk it through", "Talk it through"),
        ({"ci_motive": "validation"}, "reconsider", "Talk it through", "Talk it through"),
        ({"ci_no_contact": True}, "stop", "Why, and where to find support", "Support"),
        ({"ci_reason": "abuse"}, "stop", "Why, and where to find support", "Support"),
    ],
)
def test_checkin_reaches_each_decision_and_the_right_next_step(
    answers: dict[str, object], decision: str, label: str, page_title: str
) -> None:
    at = check_in(fresh(), **answers)
    assert at.session_state.verdict.decision == decision
    assert any("guide suggests" in h.value for h in at.header)
    next_button = at.button(key="ci_next")
    assert next_button.label == label
    ok(next_button.click().run())
    assert at.title[0].value == page_title


def test_one_button_to_the_next_step() -> None:
    at = check_in(fresh())
    primary = [b for b in at.button if b.proto.type == "primary"]
    assert [b.key for b in primary] == ["ci_submit", "ci_next"]


def test_wait_shows_the_days_and_the_calendar_date() -> None:
    at = check_in(fresh(), ci_days_breakup=20, ci_days_contact=10)
    when = dt.date.today() + dt.timedelta(days=20)
    info = " ".join(i.value for i in at.info)
    assert "20 more days" in info
    assert f"{when:%A %d %B %Y}" in info


def test_a_wait_from_healing_alone_still_gives_a_date_to_check_in_again() -> None:
    at = check_in(fresh(), ci_healing=3)  # 45 days without contact: no days_to_wait
    assert at.session_state.verdict.days_to_wait is None
    when = at.session_state.services.check_in_again(at.session_state.verdict)
    assert when > dt.date.today()
    assert f"{when:%A %d %B %Y}" in " ".join(i.value for i in at.info)


def test_every_finding_cites_its_guide_section_and_links_to_it() -> None:
    at = check_in(fresh(), ci_healing=3, ci_ex_rel=True)
    verdict = at.session_state.verdict
    labels = [e.label for e in at.expander]
    for finding in verdict.findings:
        assert finding.message in labels
    links = [p.proto.query_string for p in at.get("page_link")]
    for finding in verdict.failing:
        assert f"section={finding.section}" in links
    # failing findings come first, so what matters is read first
    assert labels[0] == verdict.failing[0].message


def test_the_weigher_starts_from_the_answers_and_never_overrides_the_gate() -> None:
    at = check_in(fresh(), ci_healing=3)
    assert at.session_state["w_cons-healing"] == 3  # suggested from healing 3/10
    summary = at.info[-1].value
    assert "risks weigh more" in summary
    for sid in ("pros-closure", "pros-growth", "pros-misconceptions", "pros-reconciliation"):
        at.segmented_control(key=f"w_{sid}").set_value(3)
    for sid in ("cons-healing", "cons-rejection"):
        at.segmented_control(key=f"w_{sid}").set_value(0)
    ok(at.run())
    summary = at.info[-1].value
    assert "upsides weigh more" in summary
    assert "doesn't change the check-in" in summary
    assert at.session_state.verdict.decision == "wait"
    assert at.session_state.weights["pros-growth"] == 3


def test_own_weights_are_not_overwritten_by_a_new_check_in() -> None:
    at = check_in(fresh())
    at.segmented_control(key="w_pros-growth").set_value(2)
    ok(at.run())
    check_in(at, ci_healing=3)
    assert at.session_state["w_pros-growth"] == 2


def test_the_check_in_is_saved_to_the_journal() -> None:
    at = check_in(fresh())
    journal = at.session_state.services.journal
    latest = journal.latest_checkin()
    assert latest is not None and latest[1].decision == "go"
    assert "saved in your private journal" in texts(at)


def test_answers_are_kept_when_coming_back_to_the_page() -> None:
    at = check_in(fresh(), ci_healing=9, ci_days_breakup=70)
    goto(at, "journal")
    goto(at, "check_in")
    assert at.slider(key="ci_healing").value == 9
    assert at.number_input(key="ci_days_breakup").value == 70


def test_missing_motive_asks_kindly_and_decides_nothing() -> None:
    at = check_in(fresh(), ci_motive=None)
    assert at.session_state.verdict is None
    assert any("honest answer" in w.value for w in at.warning)


def test_invalid_checkin_shows_readable_error() -> None:
    at = check_in(fresh(), ci_days_breakup=5, ci_days_contact=9)
    assert at.session_state.verdict is None
    errors = " ".join(e.value for e in at.error)
    assert "cannot be more than" in errors
    assert not re.search(r"days_since_\w+", errors)  # field names are put in plain words
