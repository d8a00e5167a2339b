"""How screen() turns the learned layer's score, soft rules and mined phrases into an outcome.

The score is pinned here (the head itself is measured on the blind batches in
test_screen_corpus.py), so each test checks one rule of assistant/safety/screening.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.safety import screen, screening
from assistant.safety import semantic as layer

ASK, CERTAIN = layer.thresholds("en")
# A committed English phrase that no rule reads: "could fall asleep" (from "i wish i could
# fall asleep and never wake up"); the sentence around it is ordinary.
PHRASE_TEXT = "i wish i could fall asleep on the couch and skip this whole weekend"


@pytest.fixture
def score(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Pin the crisis score screen() sees: set ``score[0]``."""
    pinned = [0.0]
    monkeypatch.setattr(screening, "crisis_score", lambda text, parts=None: pinned[0])
    yield pinned


@pytest.fixture
def no_phrase_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(layer, "PHRASES_PATH", tmp_path / "missing.json")
    layer._phrases.cache_clear()
    yield
    layer._phrases.cache_clear()


def test_the_phrase_text_is_read_by_no_rule_and_holds_a_mined_phrase() -> None:
    assert screening.screen_rules(PHRASE_TEXT).matched == ()
    assert "could fall asleep" in layer.crisis_phrases(PHRASE_TEXT)
    assert ASK > layer.PHRASE_MIN_SCORE


def test_a_mined_phrase_asks_when_the_score_is_low_but_not_negligible(score: list[float]) -> None:
    score[0] = (layer.PHRASE_MIN_SCORE + ASK) / 2
    found = screen(PHRASE_TEXT)
    assert (found.kind, found.ask, found.matched) == ("none", True, ("semantic.phrase",))


def test_a_mined_phrase_under_its_minimum_score_does_not_ask(score: list[float]) -> None:
    score[0] = layer.PHRASE_MIN_SCORE - 0.01
    found = screen(PHRASE_TEXT)
    assert (found.kind, found.ask, found.matched) == ("none", False, ())


def test_the_same_score_without_a_phrase_does_not_ask(score: list[float]) -> None:
    score[0] = (layer.PHRASE_MIN_SCORE + ASK) / 2
    text = "i sat on the couch all weekend and watched the whole series again"
    assert layer.crisis_phrases(text) == ()
    assert not screen(text).ask


def test_a_mined_phrase_only_counts_for_its_language(score: list[float]) -> None:
    """Phrases are mined for English only: an Italian text with the same words is not asked."""
    score[0] = (layer.PHRASE_MIN_SCORE + ASK) / 2
    assert layer.crisis_phrases(PHRASE_TEXT, "it") == ()


def test_phrases_stay_within_a_clause() -> None:
    assert "could fall asleep" not in layer.word_runs("i could fall. asleep on the couch")
    assert "could fall asleep" in layer.word_runs("I COULD   fall asleep!")


def test_without_the_phrase_file_the_screen_still_works(score: list[float],
                                                         no_phrase_file: None) -> None:
    score[0] = (layer.PHRASE_MIN_SCORE + ASK) / 2
    assert layer.crisis_phrases(PHRASE_TEXT) == ()
    found = screen(PHRASE_TEXT)
    assert (found.kind, found.ask) == ("none", False)
    score[0] = CERTAIN
    assert screen(PHRASE_TEXT).kind == "crisis"


def test_a_very_high_score_is_certain_only_on_enough_words(score: list[float]) -> None:
    score[0] = CERTAIN
    long = screen(PHRASE_TEXT)
    assert (long.kind, long.ask, long.matched) == ("crisis", False, ("semantic.crisis",))
    short = screen("tell them im sorry")  # fewer than MIN_CERTAIN_WORDS words: may only ask
    assert len("tell them im sorry".split()) < layer.MIN_CERTAIN_WORDS
    assert (short.kind, short.ask) == ("none", True)


def test_a_soft_rule_is_made_certain_only_by_a_score_that_agrees(score: list[float]) -> None:
    text = "i bought a rope at the hardware store this afternoon"
    rules = screening.screen_rules(text)
    assert (rules.kind, rules.ask) == ("none", True), rules  # a soft sign: a means
    score[0] = max(ASK, layer.CONFIRM_SCORE)
    assert screen(text).matched[-1] == "semantic.confirms"
    assert screen(text).kind == "crisis"
    score[0] = layer.CONFIRM_SCORE - 0.01
    assert (screen(text).kind, screen(text).ask) == ("none", True)


def test_a_mined_phrase_with_a_score_that_agrees_is_certain(score: list[float]) -> None:
    level = layer.phrase_level("en")
    assert ASK <= level < CERTAIN  # between asking and the score alone being certain
    score[0] = level
    found = screen(PHRASE_TEXT)
    assert (found.kind, found.ask, found.matched) == (
        "crisis", False, ("semantic.phrase-confirms",))


def test_under_the_phrase_level_a_phrase_only_asks(score: list[float]) -> None:
    score[0] = layer.phrase_level("en") - 0.01
    found = screen(PHRASE_TEXT)
    assert (found.kind, found.ask) == ("none", True)
    assert "semantic.phrase-confirms" not in found.matched


def test_the_phrase_level_needs_the_phrase(score: list[float]) -> None:
    score[0] = layer.phrase_level("en")
    text = "i sat on the couch all weekend and watched the whole series again"
    assert layer.crisis_phrases(text) == ()
    found = screen(text)
    assert (found.kind, found.ask, found.matched) == ("none", True, ("semantic.ask",))


def test_a_phrase_is_certain_only_on_enough_words(score: list[float]) -> None:
    score[0] = layer.phrase_level("en")
    text = "i could fall asleep"
    assert "could fall asleep" in layer.crisis_phrases(text)
    assert len(text.split()) < layer.MIN_CERTAIN_WORDS
    found = screen(text)
    assert (found.kind, found.ask) == ("none", True)


def test_a_models_reply_is_not_read_for_mined_phrases(score: list[float]) -> None:
    """A reply that reflects someone's words back holds their phrases without being a crisis."""
    reply = "It sounds like you wish you could fall asleep and skip this whole weekend."
    assert "could fall asleep" in layer.crisis_phrases(reply)
    score[0] = layer.phrase_level("en")
    assert screen(reply).kind == "crisis"
    by_model = screen(reply, by_model=True)
    assert (by_model.kind, by_model.matched) == ("none", ("semantic.ask",))
    score[0] = (layer.PHRASE_MIN_SCORE + ASK) / 2
    assert screen(reply).ask and not screen(reply, by_model=True).ask
    score[0] = CERTAIN  # the score still counts for a model's text
    assert screen(reply, by_model=True).kind == "crisis"


def test_languages_without_mined_phrases_have_no_phrase_level() -> None:
    assert layer.phrase_level("it") == float("inf")
    assert layer.thresholds("it")[0] < layer.thresholds("it")[1] < float("inf")


def test_the_committed_phrases_are_english_sorted_and_distinct() -> None:
    raw = json.loads(layer.PHRASES_PATH.read_text())
    assert set(raw) == {"en"}
    found = raw["en"]
    assert len(found) > 500 and found == sorted(set(found))
    low, high = layer.PHRASE_WORDS
    assert all(low <= len(p.split()) <= high for p in found)
