"""Drafts listen: the guide engine's draft carries what the note asked to say, lint-clean."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fakes import scripted

from assistant.drafting import DraftRequest, draft_message, draft_prompt, guide_variants
from assistant.errors import SafetyStop
from assistant.gate import CheckIn
from assistant.lint import lint_draft
from assistant.purposes import PURPOSE_IDS, note_purposes, read_note, to_second_person

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "talk"

GO = CheckIn(days_since_breakup=60, motive="closure", healing=8)
GO_CHECKINS = [
    GO,
    CheckIn(days_since_breakup=45, motive="clarity", healing=7, breakup_reason="misunderstanding"),
    CheckIn(days_since_breakup=90, motive="reconciliation", healing=9, issues_addressed=True),
]
ABOUT_US = re.compile(r"how things ended|catch up|talk once|conversation|between us|miss (?:you|us)"
                      r"|back together|try again|your side", re.I)


def _rows(name: str) -> list[dict[str, Any]]:
    raw = tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))
    return [r for v in raw.values() if isinstance(v, list) for r in v if isinstance(r, dict)]


TRAIN = _rows("notes_train.toml") + _rows("notes_train2.toml")
HELDOUT = _rows("notes_heldout.toml")


def carries(text: str, groups: list[list[str]]) -> bool:
    low = text.casefold()
    return all(any(alt.casefold() in low for alt in group) for group in groups)


def draft_for(row: dict[str, Any], checkin: CheckIn = GO, tone: str = "warm") -> Any:
    request = DraftRequest(recipient=row["recipient"], notes=row["notes"],
                           tone=tone)  # type: ignore[arg-type]
    return draft_message(request, checkin)


def test_labelled_notes_are_big_enough() -> None:
    assert len(TRAIN) + len(HELDOUT) >= 120 and len(HELDOUT) >= 40
    for row in TRAIN + HELDOUT:
        assert row["purpose"] in PURPOSE_IDS, row
    assert {r["purpose"] for r in HELDOUT} >= set(PURPOSE_IDS) - {"cannot_carry"}


def _measure(rows: list[dict[str, Any]]) -> tuple[int, int, int, list[str]]:
    carried = clean = purpose_right = 0
    missed = []
    for row in rows:
        purpose_right += note_purposes(row["notes"])[0][0] == row["purpose"]
        try:
            draft = draft_for(row)
        except SafetyStop:
            # The safety screen stops the note and the page shows its refusal, saying why:
            # right for a note that can't be carried, a miss for any other. Nothing is drafted.
            carried += row["purpose"] == "cannot_carry"
            clean += 1
            if row["purpose"] != "cannot_carry":
                missed.append(f"{row['notes']!r} -> stopped by the safety screen")
            continue
        ok = carries(draft.text, row.get("carry", []))
        if row["purpose"] == "cannot_carry":
            ok = ok and bool(draft.note)  # the page says why the note isn't in the draft
        carried += ok
        if not ok:
            missed.append(f"{row['notes']!r} -> {draft.text!r}")
        clean += lint_draft(draft.text, recipient=row["recipient"], motive=GO.motive) == []
    return carried, clean, purpose_right, missed


def test_held_out_drafts_carry_the_point_and_are_lint_clean(
    report: Callable[[str], None],
) -> None:
    carried, clean, purpose_right, _ = _measure(HELDOUT)  # failures are not printed: held out
    n = len(HELDOUT)
    report(f"drafting notes held-out ({n}): the guide engine's draft carries the point in "
           f"{carried / n:.1%} ({carried}/{n}); lint-clean {clean}/{n}; purpose read right "
           f"{purpose_right / n:.1%}")
    # Issue 11's target: the draft carries the point in at least 90% of held-out notes, and
    # every draft is lint-clean (measured 90.6% on 2026-12-01, with the n-gram head).
    report("  issue 11 target: drafts carry the point in 90% of held-out notes")
    assert carried / n >= 0.90
    assert clean == n


def test_training_notes_are_carried(report: Callable[[str], None]) -> None:
    carried, clean, purpose_right, missed = _measure(TRAIN)
    n = len(TRAIN)
    report(f"drafting notes training set ({n}): carried {carried / n:.1%}; lint-clean "
           f"{clean}/{n}; purpose {purpose_right / n:.1%}" +
           "".join(f"\n  missed: {m}" for m in missed[:10]))
    assert carried / n >= 0.90 and clean == n


@pytest.mark.parametrize("checkin", GO_CHECKINS, ids=["closure", "clarity", "reconcile"])
def test_every_variant_and_tone_carries_the_same_point(checkin: CheckIn) -> None:
    for row in TRAIN[::4]:
        try:
            first = carries(draft_for(row, checkin).text, row["carry"])
        except SafetyStop:
            continue
        for tone in ("warm", "neutral", "brief"):
            request = DraftRequest(recipient=row["recipient"], notes=row["notes"],
                                   tone=tone)  # type: ignore[arg-type]
            for d in guide_variants(request, checkin):
                assert carries(d.text, row["carry"]) == first, (tone, row["notes"], d.text)
                assert lint_draft(d.text, recipient=row["recipient"],
                                  motive=checkin.motive) == []


def test_condolences_and_practical_notes_stay_off_the_relationship() -> None:
    rows = [r for r in TRAIN if r["purpose"] in ("condolences", "practical", "birthday",
                                                 "holiday", "congratulations", "pet")]
    assert len(rows) >= 10
    for row in rows:
        for checkin in GO_CHECKINS:
            text = draft_for(row, checkin).text
            assert not ABOUT_US.search(text), (row["notes"], text)
            if row["purpose"] == "condolences":
                assert "?" not in text


def test_the_examples_from_the_issue() -> None:
    cases = {
        "I still have his guitar and want to give it back": ["guitar", "back to you"],
        "congratulate her on finishing her degree": ["congratulations", "your degree"],
        "just say happy new year": ["happy new year"],
        "his grandmother died and I want to send my sympathy": ["your grandmother", "sympathy"],
    }
    for notes, words in cases.items():
        text = draft_message(DraftRequest(recipient="Sam", notes=notes), GO).text
        assert all(w in text.casefold() for w in words), text
        assert "how things ended" not in text


def test_a_note_that_cannot_be_carried_says_why() -> None:
    draft = draft_message(DraftRequest(recipient="Sam", notes="tell him he ruined my life"), GO)
    assert "ruined" not in draft.text
    assert "left your note out" in draft.note and "blames them" in draft.note
    assert lint_draft(draft.text, recipient="Sam", motive="closure") == []
    part = draft_message(DraftRequest(
        recipient="Sam", notes="congratulate her on the new job and ask if she's still with "
        "her new boyfriend"), GO)
    assert "new job" in part.text and "boyfriend" not in part.text
    assert "Part of your note" in part.note


def test_second_person() -> None:
    assert to_second_person("her degree") == "your degree"
    assert to_second_person("thank her for looking after me") == "thank you for looking after me"
    assert to_second_person("he is moving and his dog is sick") == \
        "you are moving and your dog is sick"
    assert to_second_person("Sam's sister", "Sam") == "your sister"


def test_the_model_prompt_gets_the_notes_purpose() -> None:
    request = DraftRequest(recipient="Sam", notes="his grandmother died, send my sympathy")
    messages, ids = draft_prompt(request, GO)
    user = str(messages[-1].content)
    assert "condolences for a loss" in user and "don't bring up our relationship" in user
    assert "timing-their-space" in ids
    reading = read_note(request.notes, "Sam")
    assert reading.purpose == "condolences" and reading.point is not None
    fake, rec = scripted("Hi Sam, I was so sorry to hear about your grandmother. Thinking of you.")
    draft = draft_message(request, GO, fake)
    assert draft.engine == "llm" and len(rec.prompts) == 1


def test_the_draft_page_carries_the_note_and_says_why_when_it_cannot() -> None:
    from test_app_kit import check_in, fresh, goto, ok, texts

    at = goto(check_in(fresh()), "draft")
    at.text_input(key="draft_recipient").input("Sam")
    at.text_area(key="draft_notes").input("his grandmother died and I want to send my sympathy")
    ok(at.button(key="draft_submit").click().run())
    draft = at.session_state.draft
    assert draft.engine == "guide" and "your grandmother" in draft.text
    assert all("your grandmother" in v.text for v in at.session_state.draft_variants)
    at.text_area(key="draft_notes").input("tell him he ruined my life")
    ok(at.button(key="draft_submit").click().run())
    assert "ruined" not in at.session_state.draft.text
    assert "The guide engine left your note out of this draft." in texts(at)
