"""AppTest: the check-in page reaches each decision from app.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def fresh() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    assert not at.exception
    return at


def submit(at: AppTest, **answers: object) -> AppTest:
    defaults: dict[str, object] = {
        "ci_days_breakup": 60, "ci_days_contact": 45, "ci_motive": "closure", "ci_healing": 8,
    }
    for key, value in {**defaults, **answers}.items():
        widget = at.get(key)  # noqa: F841  (kept for clarity on failures)
        at.session_state[key] = value
    at.button(key="ci_submit").click()
    at.run()
    assert not at.exception, at.exception
    return at


def test_fresh_session_opens() -> None:
    at = fresh()
    assert at.title[0].value == "Check in"
    assert at.session_state.verdict is None


@pytest.mark.parametrize(
    ("answers", "decision"),
    [
        ({}, "go"),
        ({"ci_healing": 3}, "wait"),
        ({"ci_motive": "validation"}, "reconsider"),
        ({"ci_no_contact": True}, "stop"),
    ],
)
def test_checkin_reaches_each_decision(answers: dict[str, object], decision: str) -> None:
    at = submit(fresh(), **answers)
    assert at.session_state.verdict.decision == decision
    assert any("guide suggests" in h.value for h in at.subheader)


def test_invalid_checkin_shows_readable_error() -> None:
    at = submit(fresh(), ci_days_breakup=5, ci_days_contact=9)
    assert at.session_state.verdict is None
    assert any("cannot be more than" in e.value for e in at.error)
