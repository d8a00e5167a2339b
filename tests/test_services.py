"""The services facade: screening first, calm fallbacks, plain errors, safe rendering helpers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Settings
from assistant.errors import JournalError
from assistant.gate import CheckIn, evaluate
from assistant.journal import Journal
from assistant.lint import LintIssue
from assistant.safety import SafetyState
from assistant.services import (
    DraftRun,
    Services,
    Stopped,
    TalkRun,
    cite_label,
    cite_marks,
    highlight_html,
    md_escape,
    mood_rows,
    mood_summary,
    quoted,
)

GO = CheckIn(days_since_breakup=60, days_since_last_contact=45, motive="closure", healing=8)
WAIT = CheckIn(days_since_breakup=10, motive="closure", healing=3)


def services(tmp_path: Path, **kw: Any) -> Services:
    journal = Journal.open(f"sqlite:///{tmp_path / 'j.db'}")
    return Services(Settings(), journal=journal, **kw)


# ---- screening


def test_screen_returns_the_most_serious_finding_and_crisis_sticks(tmp_path: Path) -> None:
    state = SafetyState()
    s = Services(Settings(), safety_state=state)
    assert s.screen("", "   ", "hello").kind == "none"
    found = s.screen("I'll make a new account to message her", "I want to kill myself")
    assert found.kind == "crisis"
    assert state.crisis and s.crisis
    assert s.screen("all fine now").kind == "none"
    assert s.crisis, "the crisis flag stays on for the session"
    assert not s.drafting_allowed(evaluate(GO))


def test_drafting_opens_only_on_go_without_crisis() -> None:
    s = Services(Settings())
    assert s.drafting_allowed(evaluate(GO))
    assert not s.drafting_allowed(evaluate(WAIT))
    assert not s.drafting_allowed(None)


def test_next_step_follows_the_verdict_and_the_crisis_flag() -> None:
    s = Services(Settings())
    assert s.next_step(evaluate(GO)).page == "draft"
    assert s.next_step(evaluate(WAIT)).page == "talk"
    stop = evaluate(GO.model_copy(update={"ex_asked_no_contact": True}))
    assert s.next_step(stop).page == "support"
    s.screen("I want to kill myself")
    assert s.next_step(evaluate(GO)).page == "talk"


def test_start_draft_refuses_closed_gate_and_invalid_input_without_raising() -> None:
    s = Services(Settings())
    closed = s.start_draft(recipient="Sam", notes="", tone="warm", language="en",
                           checkin=WAIT, verdict=evaluate(WAIT))
    assert isinstance(closed, Stopped) and closed.kind == "gate"
    invalid = s.start_draft(recipient="", notes="", tone="warm", language="en",
                            checkin=GO, verdict=evaluate(GO))
    assert isinstance(invalid, Stopped) and invalid.kind == "invalid"
    assert invalid.message.startswith("Their name:")
    crisis = s.start_draft(recipient="Sam", notes="I want to die", tone="warm", language="en",
                           checkin=GO, verdict=evaluate(GO))
    assert isinstance(crisis, Stopped) and crisis.kind == "crisis"
    assert crisis.response is not None and "988" in " ".join(
        r.detail for r in crisis.response.resources)


# ---- calm fallbacks


class _Broken:
    """A stream that yields a little, then fails like a dropped connection."""

    result: Any = None
    replaced = False
    engine = "llm"
    citations: list[str] = []
    text = ""
    note = ""

    def __iter__(self) -> Iterator[str]:
        yield "Hi Sam, "
        raise ConnectionError("server went away")


def test_draft_run_falls_back_to_the_guide_engine_mid_stream() -> None:
    from assistant.drafting import DraftRequest, draft_message

    request = DraftRequest(recipient="Sam")
    run = DraftRun(request, _Broken(), lambda: draft_message(request, GO, None))
    chunks = list(run)
    assert chunks == ["Hi Sam, "]
    assert run.result is not None and run.result.engine == "guide"
    assert run.replaced and "guide engine" in run.notice


def test_talk_run_falls_back_to_the_guide_reply() -> None:
    from assistant.talk import talk

    verdict = evaluate(WAIT)
    run = TalkRun([], _Broken(), lambda: talk([], WAIT, verdict, None))
    list(run)
    assert run.engine == "guide" and run.replaced and run.text
    assert run.history_after()[-1].content == run.text


# ---- the journal, with plain errors


def test_saves_and_reads_go_through_the_journal(tmp_path: Path) -> None:
    s = services(tmp_path)
    result = s.check_in(WAIT)
    assert result.saved.ok and result.saved.id
    saved, stopped = s.log_urge("saw her photo", 9)
    assert saved.ok and stopped is None
    assert [t.kind for t in s.timeline()] == ["urge", "checkin"]
    assert s.days_without_contact() == 10
    assert any("healing 3 out of 10" in r for r in s.reasons_to_pause())
    assert s.mood_chart() is None  # one point is not a line yet
    s.check_in(GO)
    chart = s.mood_chart()
    assert chart is not None
    assert [v["Feeling"] for v in chart["data"]["values"]] == [3, 8]
    assert chart["encoding"]["y"]["scale"]["domain"] == [0, 10]
    assert s.delete_all().ok and s.timeline() == []


def test_mood_chart_has_a_one_sentence_summary_and_its_data_as_rows() -> None:
    def spec(*points: tuple[str, int, str]) -> dict[str, Any]:
        return {"data": {"values": [{"When": w, "Feeling": f, "From": src}
                                    for w, f, src in points]}}

    rising = spec(("2026-03-01T09:00:00+00:00", 3, "Check-in (healing)"),
                  ("2026-03-05T21:30:00+00:00", 2, "After contact"),
                  ("2026-03-20T08:15:00+00:00", 8, "Check-in (healing)"))
    assert mood_summary(rising) == (
        "3 entries from 01 March 2026 to 20 March 2026: how you felt rose from 3 to 8 out of "
        "10 (lowest 2, highest 8).")
    falling = spec(("2026-03-01T09:00:00+00:00", 7, "x"), ("2026-03-02T09:00:00+00:00", 4, "x"))
    assert "fell from 7 to 4" in mood_summary(falling)
    flat = spec(("2026-03-01T09:00:00+00:00", 5, "x"), ("2026-03-02T09:00:00+00:00", 5, "x"))
    assert "stayed at 5 out of 10" in mood_summary(flat)
    rows = mood_rows(rising)
    assert [r["Feeling (0-10)"] for r in rows] == [3, 2, 8]
    assert rows[1] == {"When": "Thu 05 Mar 2026, 21:30", "Feeling (0-10)": 2,
                       "From": "After contact"}


def test_without_a_journal_nothing_raises_and_the_reason_is_plain() -> None:
    s = Services(Settings(), journal_error="The journal file is read-only.")
    saved = s.check_in(GO).saved
    assert not saved.ok and "nothing was saved" in saved.message
    assert "read-only" in saved.message
    assert s.timeline() == [] and s.export_json() == "[]"
    assert s.days_without_contact() is None


def test_a_journal_error_becomes_a_message(tmp_path: Path) -> None:
    s = services(tmp_path)

    class Full:
        def add_urge(self, note: str, intensity: int) -> str:
            raise JournalError("Couldn't save this entry: the disk is full.")

    s.journal = Full()  # type: ignore[assignment]
    saved, _ = s.log_urge("x", 3)
    assert not saved.ok and "disk is full" in saved.message


def test_flagged_letter_is_kept_privately_with_the_response(tmp_path: Path) -> None:
    s = services(tmp_path)
    saved, stopped = s.save_letter("I want to kill myself")
    assert saved.ok and stopped is not None and stopped.kind == "crisis"
    assert s.journal is not None and s.journal.entries("letter")[0].data["sent"] is False


def test_blocked_text_is_not_saved_as_a_draft(tmp_path: Path) -> None:
    s = services(tmp_path)
    assert not s.save_draft("Hi [Name], reply now.", engine="guide").ok
    assert s.journal is not None and s.journal.entries("draft") == []


# ---- what the person is shown


def test_engine_and_data_location_never_show_secrets() -> None:
    settings = Settings(openai_api_key="sk-secret-42", openai_base_url="http://10.0.0.5:8080/v1",
                        model="qwen", db_url="postgresql+psycopg://me:pw123@db.local:5432/unsent")
    s = Services(settings, model=object())  # type: ignore[arg-type]
    info = s.engine()
    assert info.kind == "llm" and info.host == "10.0.0.5:8080"
    assert "sk-secret-42" not in repr(info)
    where = s.data_location()
    assert "pw123" not in where and "db.local:5432/unsent" in where
    assert Services(Settings()).engine().kind == "guide"


def issue(start: int, end: int, severity: str = "block", message: str = "why") -> LintIssue:
    return LintIssue(rule="r", severity=severity, message=message,  # type: ignore[arg-type]
                     span=(start, end))


def test_highlight_escapes_everything_and_marks_the_spans() -> None:
    text = 'Hi <b>Sam</b> & "you" [Name]'
    at = text.index("[Name]")
    out = highlight_html(text, [issue(at, at + 6, message='a "quoted" <reason>')])
    assert "<b>" not in out and "&lt;b&gt;Sam&lt;/b&gt; &amp; &quot;you&quot;" in out
    assert '<mark title="a &quot;quoted&quot; &lt;reason&gt;">[Name]</mark><sup>1</sup>' in out


def test_highlight_handles_overlaps_and_warnings() -> None:
    text = "you must reply right now"
    out = highlight_html(text, [issue(4, 14), issue(9, 24, severity="warn")])
    assert "<mark" in out and "<u" in out
    # the overlap is cut once and marked as blocking (the stronger of the two)
    assert '<mark title="why; why">reply</mark><sup>1</sup>' in out
    assert out.count("<sup>") == 2
    plain = highlight_html(text, [])
    assert "<mark" not in plain and text in plain


def test_highlight_names_each_rule_in_words_not_colour_alone() -> None:
    text = "you must reply right now"
    issues = [
        LintIssue(rule="pressure-demand", severity="block", message="why", span=(4, 14)),
        LintIssue(rule="too-many-questions", severity="warn", message="why", span=(9, 24)),
    ]
    out = highlight_html(text, issues)
    # right after each marked span: its number, then its severity and rule in words
    assert ('reply</mark><sup>1</sup><span class="lint-rule"> (must change: pressure demand)'
            '</span>') in out
    assert ('right now</u><sup>2</sup><span class="lint-rule"> (worth a look: too many '
            'questions)</span>') in out
    assert out.count('class="lint-rule"') == 2
    assert 'class="lint-rule"' not in highlight_html(text, [])


def test_md_escape_neutralises_markdown_and_keeps_lines() -> None:
    raw = "**bold** [link](http://x) :red[alarm] $x$ <b>\nsecond line"
    out = md_escape(raw)
    assert "\\*\\*bold\\*\\*" in out and "\\[link\\]" in out and "\\:red\\[" in out
    assert "\\$x\\$" in out and "\\<b\\>" in out
    assert out.endswith("  \nsecond line")


def test_quoted_shortens_long_spans() -> None:
    text = "word " * 40
    assert quoted(text, issue(0, len(text))).endswith("…")
    assert len(quoted(text, issue(0, len(text)))) == 60


@pytest.mark.parametrize("kind", ["crisis", "harm_to_others", "harassment"])
def test_every_flag_has_a_fixed_response(kind: str) -> None:
    response = Services(Settings()).safety_response(kind)  # type: ignore[arg-type]
    assert response.title and response.body


def test_cite_marks_number_known_sections_and_leave_other_brackets() -> None:
    text = "Wait a while [timing-no-contact]. Also [timing-healing] and [not-a-section], " \
           "again [timing-no-contact]."
    out, ids = cite_marks(text, extra=["motives-honesty", "timing-healing", "nope"])
    assert out == "Wait a while¹. Also² and [not-a-section], again¹."
    assert ids == ["timing-no-contact", "timing-healing", "motives-honesty"]
    assert cite_label(2, "timing-healing").startswith("² Timing")
