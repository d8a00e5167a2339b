"""The draft linter: corpus block rates, exact spans, guide sections, motive, bad input."""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_linear

from assistant.guide import get_guide
from assistant.lint import MAX_WORDS, RULES, LintIssue, is_blocked, lint_draft

CORPUS = Path(__file__).parent / "corpora" / "drafts.toml"
MIN_BAD_BLOCKED = 0.95
FIELDS = {"label", "text", "rule", "recipient", "motive", "words", "warn"}


def _load() -> list[dict[str, Any]]:
    drafts: list[dict[str, Any]] = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["draft"]
    for d in drafts:
        assert set(d) <= FIELDS, d
        assert d["label"] in ("good", "bad"), d
        assert (d["label"] == "bad") == ("rule" in d), d
    return drafts


DRAFTS = _load()


def _lint(d: dict[str, Any]) -> list[LintIssue]:
    return lint_draft(d["text"], recipient=d.get("recipient"), motive=d.get("motive"))


def _words(text: str, issue: LintIssue) -> str:
    return text[issue.span[0] : issue.span[1]]


def test_corpus_is_big_enough() -> None:
    counts = Counter(d["label"] for d in DRAFTS)
    assert len(DRAFTS) >= 80
    assert counts["good"] >= 35 and counts["bad"] >= 40
    rules = Counter(d["rule"] for d in DRAFTS if d["label"] == "bad")
    for rule in ("placeholder", "pressure", "guilt", "desperation", "ultimatum", "threat"):
        assert rules[rule] >= 3, rule
    assert len({d["text"] for d in DRAFTS}) == len(DRAFTS)


def test_block_rate_and_good_drafts_never_blocked(report: Callable[[str], None]) -> None:
    bad = [d for d in DRAFTS if d["label"] == "bad"]
    good = [d for d in DRAFTS if d["label"] == "good"]
    missed = [d for d in bad if not is_blocked(_lint(d))]
    wrongly = [d for d in good if is_blocked(_lint(d))]
    rate = (len(bad) - len(missed)) / len(bad)
    report(f"draft linter on {len(DRAFTS)} labelled drafts ({CORPUS.name}):")
    report(f"  bad drafts blocked   {len(bad) - len(missed)}/{len(bad)} = {rate:.1%}"
           f"  (threshold {MIN_BAD_BLOCKED:.0%})")
    report(f"  good drafts blocked  {len(wrongly)}/{len(good)}  (threshold 0)")
    by_rule = Counter(d["rule"] for d in bad)
    caught = Counter(d["rule"] for d in bad if d not in missed)
    report("  by rule: " + ", ".join(f"{r} {caught[r]}/{n}" for r, n in sorted(by_rule.items())))
    for d in missed:
        report(f"    missed ({d['rule']}): {d['text']!r}")
    for d in wrongly:
        report(f"    good draft blocked: {d['text']!r} {[i.rule for i in _lint(d)]}")
    assert rate >= MIN_BAD_BLOCKED
    assert wrongly == []


def test_blocked_bad_drafts_are_caught_by_the_expected_rule() -> None:
    for d in DRAFTS:
        if d["label"] == "bad":
            issues = _lint(d)
            if is_blocked(issues):
                assert any(i.rule == d["rule"] and i.severity == "block" for i in issues), (
                    d["text"], [i.rule for i in issues])


def test_spans_point_at_the_exact_words() -> None:
    checked = 0
    for d in DRAFTS:
        if "words" in d:
            found = [_words(d["text"], i) for i in _lint(d) if i.rule == d["rule"]]
            assert d["words"] in found, (d["text"], found)
            checked += 1
    assert checked >= 10


def test_good_drafts_carry_only_the_expected_warnings() -> None:
    for d in DRAFTS:
        if d["label"] == "good":
            rules = {i.rule for i in _lint(d)}
            assert rules == set(d.get("warn", [])), (d["text"], rules)


# --------------------------------------------------------------------------- shape

def _check_shape(text: str, issues: list[LintIssue]) -> None:
    starts = [i.span[0] for i in issues]
    assert starts == sorted(starts)
    ids = set(get_guide().ids)
    for i in issues:
        start, end = i.span
        assert 0 <= start < end <= len(text), (i, len(text))
        assert i.severity in ("block", "warn")
        assert i.message.strip()
        assert i.section is None or i.section in ids, i.section
        assert i.rule in RULES


def test_every_issue_has_a_valid_shape() -> None:
    for d in DRAFTS:
        _check_shape(d["text"], _lint(d))


def test_rules_cite_existing_guide_sections() -> None:
    ids = set(get_guide().ids)
    for rule in RULES.values():
        assert rule.section is None or rule.section in ids, rule
    assert RULES["pressure"].section in ("timing-their-space", "cons-rejection")
    assert RULES["reconcile"].section == "motives-reconciliation"
    assert RULES["new-partner"].section == "cons-relationships"
    blocks = {r.rule for r in RULES.values() if r.severity == "block"}
    assert {"pressure", "guilt", "desperation", "ultimatum", "threat", "placeholder"} <= blocks
    warns = {r.rule for r in RULES.values() if r.severity == "warn"}
    assert {"too-long", "reconcile", "questions", "shouting", "new-partner",
            "greeting-name"} <= warns


# --------------------------------------------------------------------------- each check

def _only(text: str, rule: str, **kw: Any) -> list[str]:
    return [_words(text, i) for i in lint_draft(text, **kw) if i.rule == rule]


def test_placeholders() -> None:
    text = "Hi [Name], it's been {days} days. <insert memory>. Sign off: ____"
    assert _only(text, "placeholder") == ["[Name]", "{days}", "<insert memory>", "____"]
    assert _only("I'm fine (mostly) :) <3", "placeholder") == []


def test_reconcile_warning_depends_on_motive_and_never_blocks() -> None:
    text = "Hi, I miss you. Could we give it another chance?"
    plain = [i for i in lint_draft(text) if i.rule == "reconcile"]
    hoping = [i for i in lint_draft(text, motive="reconciliation") if i.rule == "reconcile"]
    closure = [i for i in lint_draft(text, motive="closure") if i.rule == "reconcile"]
    assert [i.severity for i in plain + hoping + closure] == ["warn"] * 3
    assert _words(text, plain[0]) == "give it another chance"
    assert plain[0].section == hoping[0].section == "motives-reconciliation"
    assert closure[0].section == "motives-honesty"
    assert len({plain[0].message, hoping[0].message, closure[0].message}) == 3
    assert "closure" in closure[0].message
    assert not is_blocked(lint_draft(text, motive="reconciliation"))


def test_greeting_a_different_name() -> None:
    assert _only("Hi Alex, hope you're well.", "greeting-name", recipient="Sam") == ["Alex"]
    assert _only("Hey, Alex!\nHope you're well.", "greeting-name", recipient="Sam") == ["Alex"]
    assert _only("Hi Sam, hope you're well.", "greeting-name", recipient="Samantha") == []
    assert _only("hi sam", "greeting-name", recipient="Sam Jones") == []
    assert _only("Hi there, hope you're well.", "greeting-name", recipient="Sam") == []
    assert _only("Hi Alex, hope you're well.", "greeting-name") == []
    assert _only("Hiya Sam", "greeting-name", recipient="Sam") == []


def test_too_long_points_at_the_words_past_the_limit() -> None:
    words = [f"word{i}" for i in range(MAX_WORDS + 30)]
    text = " ".join(words) + ".  "
    issue = next(i for i in lint_draft(text) if i.rule == "too-long")
    assert issue.severity == "warn"
    assert text[issue.span[0]:].startswith(words[MAX_WORDS])
    assert issue.span[1] == len(text.rstrip())
    assert str(MAX_WORDS + 30) in issue.message
    assert _only(" ".join(words[:MAX_WORDS]), "too-long") == []


def test_several_questions() -> None:
    text = "Hi. How are you? How's work? Are you still in Leeds?"
    assert _only(text, "questions") == ["How are you? How's work? Are you still in Leeds?"]
    assert _only("Hi. How are you? How's work?", "questions") == []


def test_shouting() -> None:
    assert _only("I MISS YOU so much", "shouting") == ["MISS YOU"]
    assert _only("Why won't you ANSWER", "shouting") == ["ANSWER"]
    assert _only("See you at the BBC, OK? I'm in the UK now.", "shouting") == []
    assert _only("Thanks!! Really!!!", "shouting") == ["!!", "!!!"]


def test_new_partner() -> None:
    text = "Hi, I hope your new girlfriend is nice. Are you seeing someone serious?"
    assert _only(text, "new-partner") == ["your new girlfriend", "Are you seeing someone"]


def test_negated_pressure_is_not_pressure() -> None:
    assert not is_blocked(lint_draft("You don't have to reply to me."))
    assert not is_blocked(lint_draft("No need to answer me, honestly."))
    assert is_blocked(lint_draft("Reply to me."))


def test_self_harm_in_a_draft_is_blocked_at_the_sentence() -> None:
    text = "Hi. I miss you. Honestly I want to kill myself. Take care."
    issue = next(i for i in lint_draft(text) if i.rule == "self-harm")
    assert issue.severity == "block" and issue.section == "safety-first"
    assert _words(text, issue) == "Honestly I want to kill myself"


def test_safety_screen_backs_the_patterns_up() -> None:
    """Obfuscated threats the patterns miss are still blocked through the screen."""
    text = "hey. I'll p0st y0ur n.u.d.e.s 0nline"
    issues = lint_draft(text)
    assert is_blocked(issues)
    assert any(i.rule == "threat" for i in issues)


def test_spans_survive_non_ascii_text() -> None:
    for prefix in ("Café 😊 — ", "İstanbul İİİ ", "שלום ", "ｆｕｌｌ "):
        text = prefix + "answer me. You’ll regret this."
        found = {i.rule: _words(text, i) for i in lint_draft(text)}
        assert found["pressure"] == "answer me"
        assert found["threat"] == "You’ll regret this"


def test_is_blocked() -> None:
    assert not is_blocked([])
    warn = LintIssue(rule="questions", severity="warn", message="m", span=(0, 1))
    block = LintIssue(rule="pressure", severity="block", message="m", span=(0, 1))
    assert not is_blocked([warn])
    assert is_blocked([warn, block])


# --------------------------------------------------------------------------- bad input

BAD_INPUTS: dict[str, str] = {
    "empty": "",
    "whitespace": " \n\t  \u2003",
    "nul bytes": "Hi\x00 there\x00, answer me\x00",
    "emoji": "💔😭🙏🏽👩‍❤️‍👨 " * 200,
    "rtl": "\u202eHi Sam\u202c שלום أهلا \u200f answer me",
    "mixed scripts": "Привет Sam, 你好, γεια σου — I hope you're well!",
    "lone surrogate": "hi \ud800 there",
    "long text": ("I hope you're well. You owe me nothing. ANSWER ME!! Why? " * 2000)[:100_000],
    "long token": "x" * 100_000,
    "brackets": "[" * 50_000 + "]" * 50_000,
    "questions": "?" * 100_000,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_never_raises_and_spans_are_valid(name: str) -> None:
    text = BAD_INPUTS[name]
    issues = lint_draft(text, recipient="Sam", motive="closure")
    _check_shape(text, issues)
    if not text.strip():
        assert issues == []


LINEARITY_INPUTS: dict[str, str] = {
    "plain": "I hope you're well and that work is good. ",
    "first words": "you need you must i can't if you after why ",
    "caps": "ANSWER ME NOW ",
    "brackets": "[<{",
    "questions": "why? ",
    "bangs": "!",
    "letters": "a",
    "emoji": "💔 ",
    "greetings": "Hi Alex,\n",
}


@pytest.mark.parametrize("name", sorted(LINEARITY_INPUTS))
def test_time_is_linear_in_length(name: str) -> None:
    unit = LINEARITY_INPUTS[name]
    n = 25_000
    small = (unit * (n // len(unit) + 1))[:n]
    big = (unit * (4 * n // len(unit) + 1))[: 4 * n]
    assert_linear(lambda text: lint_draft(text, recipient="Sam"), small, big, name)


def test_no_nested_unbounded_quantifiers_in_lint_patterns() -> None:
    from test_safety import _quantifier_nesting  # tests/ is on sys.path under pytest

    from assistant import lint

    patterns = [p.regex.pattern for p in lint._PATTERNS]
    patterns += [lint._PLACEHOLDER.pattern, lint._CAPS_WORD.pattern, lint._GREETING.pattern,
                 lint._SENTENCE.pattern]
    for pattern in patterns:
        assert not _quantifier_nesting(pattern), pattern[:80]
