"""The guide engine listens: themes by meaning, the section that fits, fresh words, no repeats."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import ContentError
from assistant.gate import CheckIn, evaluate
from assistant.guide import get_guide
from assistant.talk import QUOTE_WORDS, Turn, guide_reply, quotes_them
from assistant.talk_content import THEME_IDS, get_talk_content, load_talk_content
from assistant.themes import cue_matrix, key_phrase, read_message, read_messages, scores

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "talk"
TODAY = dt.date(2025, 3, 1)

WAIT = CheckIn(days_since_breakup=10, motive="reconciliation", healing=3)
RECONSIDER = CheckIn(days_since_breakup=60, motive="closure", healing=8,
                     hoping_to_reconcile=True, ex_in_relationship=True)
GO = CheckIn(days_since_breakup=60, motive="clarity", healing=8)

SEND_READY = re.compile(r"(?im)^\s*[\"“']?(?:hi|hey|hello|dear)\s+[A-Za-z][\w'-]*\s*[,!]"
                        r"|here(?:'s| is) (?:a|the|your) (?:message|text|draft)"
                        r"|you could (?:send|text|say)\s*:")
# Saying what the ex will do is a prediction the guide engine never makes.
PREDICTS_EX = re.compile(r"\b(?:he|she|they)(?:'ll| will| won't| will not| are going to"
                         r"| is going to)\b|\bwill (?:come back|reply|answer|text you)\b", re.I)


def _rows(name: str) -> list[dict[str, Any]]:
    raw = tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))
    return [r for v in raw.values() if isinstance(v, list) for r in v if isinstance(r, dict)]


TRAIN = _rows("talk_train.toml") + _rows("talk_train2.toml")
HELDOUT = _rows("talk_heldout.toml")
OWN = [r for r in tomllib.loads(
    (ROOT / "training" / "data" / "talk_examples.toml").read_text(encoding="utf-8")
)["example"]]


def opened(checkin: CheckIn) -> list[Turn]:
    text, _ = guide_reply([], checkin, evaluate(checkin), TODAY)
    return [Turn(role="assistant", content=text)]


def reply_to(message: str, checkin: CheckIn = GO, before: list[Turn] | None = None
             ) -> tuple[str, list[str]]:
    history = [*(before if before is not None else opened(checkin)),
               Turn(role="user", content=message)]
    return guide_reply(history, checkin, evaluate(checkin), TODAY)


def converse(checkin: CheckIn, messages: list[str]) -> list[tuple[str, list[str]]]:
    history = opened(checkin)
    out = []
    for message in messages:
        history.append(Turn(role="user", content=message))
        text, cites = guide_reply(history, checkin, evaluate(checkin), TODAY)
        out.append((text, cites))
        history.append(Turn(role="assistant", content=text))
    return out


# --- the content -------------------------------------------------------------------------------


def test_talk_content_covers_every_theme_with_room_to_vary() -> None:
    content = get_talk_content()
    assert [t.id for t in content.themes] == list(THEME_IDS)
    for theme in content.themes:
        assert len([r for r in theme.reflections if "{detail}" not in r]) >= 4, theme.id
        assert len(theme.points) >= 2 and len(theme.questions) >= 3, theme.id
        assert all(get_guide().has(s) for s in theme.sections)
    assert len(content.question_leads) >= 6  # a 12-turn conversation never needs one twice


def test_talk_content_rejects_unknown_fields_and_bad_citations(tmp_path: Path) -> None:
    good = (ROOT / "content" / "talk.toml").read_text(encoding="utf-8")
    bad = tmp_path / "talk.toml"
    bad.write_text(good.replace("summary_every = 3", "summary_every = 3\nsurprise = 1"))
    with pytest.raises(ContentError, match="surprise"):
        load_talk_content(bad)
    bad.write_text(good.replace("[why-it-hurts]", "[why-it-hurt]", 1))
    with pytest.raises(ContentError, match="themes"):
        load_talk_content(bad)
    bad.write_text(good.replace('id = "urge_now"', 'id = "urge_later"'))
    with pytest.raises(ContentError, match="unknown theme"):
        load_talk_content(bad)


def test_the_content_says_nothing_send_ready_and_predicts_nothing() -> None:
    content = get_talk_content()
    texts = [*content.summary_openings, *content.summary_next_go, *content.summary_next_wait,
             *content.question_leads, *content.general_questions, *content.echo_frames]
    offers = content.offers
    texts += [*offers.letter, *offers.pause, *offers.refuse_draft, *offers.refuse_draft_after,
              *offers.go_draft]
    for t in content.themes:
        texts += [*t.gist, *t.reflections, *(p.text for p in t.points), *t.questions]
    for text in texts:
        assert not SEND_READY.search(text), text
        assert not PREDICTS_EX.search(text), text


# --- understanding each message ------------------------------------------------------------------


def test_labelled_sets_are_big_enough_and_use_known_labels() -> None:
    assert len(TRAIN) + len(HELDOUT) >= 200 and len(HELDOUT) >= 60
    for row in TRAIN + HELDOUT:
        assert row["theme"] in THEME_IDS, row
        assert row["sections"] and all(get_guide().has(s) for s in row["sections"]), row
    assert set(Counter(r["theme"] for r in HELDOUT)) == set(THEME_IDS)
    assert not {r["text"] for r in HELDOUT} & {r["text"] for r in TRAIN + OWN}


def test_held_out_themes_and_cited_sections(report: Callable[[str], None]) -> None:
    texts = [r["text"] for r in HELDOUT]
    readings = read_messages(texts)
    right = sum(r.theme == row["theme"] for r, row in zip(readings, HELDOUT, strict=True))
    fits = 0
    for row in HELDOUT:
        _, cites = reply_to(row["text"])
        fits += bool(cites) and cites[0] in row["sections"]
    n = len(HELDOUT)
    # The same figures with the two heads alone (no keyword cues) and with the cues alone.
    head_only = scores(texts, cue_weight=0.0).argmax(axis=1)
    cues_only = cue_matrix(texts).argmax(axis=1)
    gold = [THEME_IDS.index(r["theme"]) for r in HELDOUT]
    head_right = sum(int(p == g) for p, g in zip(head_only, gold, strict=True))
    cue_right = sum(int(p == g) and cue_matrix([t]).sum() > 0
                    for p, g, t in zip(cues_only, gold, texts, strict=True))
    report(f"talk held-out ({n} messages): theme accuracy {right / n:.1%} ({right}/{n}); "
           f"cited section fits {fits / n:.1%} ({fits}/{n}); heads alone (no cues) "
           f"{head_right / n:.1%}; keyword cues alone {cue_right / n:.1%}")
    # Issue 11's targets (measured 89.7% and 91.6% on 2026-12-01, with the n-gram head).
    report("  issue 11 targets: theme accuracy 85%, cited section fits 90%")
    assert right / n >= 0.85
    assert fits / n >= 0.90


def test_training_messages_are_read_as_labelled(report: Callable[[str], None]) -> None:
    rows = TRAIN + OWN
    readings = read_messages([r["text"] for r in rows])
    right = sum(r.theme == row["theme"] for r, row in zip(readings, rows, strict=True))
    report(f"talk training set ({len(rows)} messages, fitted on): theme accuracy "
           f"{right / len(rows):.1%}")
    assert right / len(rows) >= 0.8  # a linear head over 256 dimensions: not a lookup table


def test_a_reading_names_close_runners_up() -> None:
    reading = read_message("I keep checking her instagram and I miss her so much")
    assert reading.theme in ("rumination", "longing")
    assert set(reading.themes) >= {"rumination", "longing"} or reading.score > 0.9


def test_key_phrase_is_short_and_theirs() -> None:
    message = "I looked at her photos again last night and cried for an hour"
    phrase = key_phrase(message, "rumination")
    assert phrase and phrase in message and 2 <= len(phrase.split()) <= 5
    assert "Hi" not in key_phrase("Hi Sam, I miss you", "longing")  # never echo a greeting
    assert key_phrase("what if she'll just say no", "fear_rejection") == ""  # nor a forecast
    # ...but the feeling they named around a forecast is theirs to hear back
    assert key_phrase("i'm terrified she'll laugh at me", "fear_rejection") == "i'm terrified"
    assert key_phrase("I'm so nervous she'll think I'm pathetic", "fear_rejection") == \
        "I'm so nervous"


# --- replies that listen -------------------------------------------------------------------------

MESSAGES = {
    "rumination": "I looked at her photos again last night",
    "self_care": "I haven't been sleeping since she left",
    "space": "she said she needed space and it's been a month",
    "new_partner": "he's already seeing someone else",
    "urge_now": "I want to text him right now, my phone is in my hand",
    "apology": "I want to tell her I'm sorry for how I acted at the end",
    "trigger_date": "it would have been our anniversary on saturday",
}


@pytest.mark.parametrize("theme", sorted(MESSAGES))
def test_each_reply_answers_the_message_with_the_section_that_fits(theme: str) -> None:
    text, cites = reply_to(MESSAGES[theme], WAIT)
    content = get_talk_content().theme(theme)
    assert cites[0] in content.sections
    assert f"[{cites[0]}]" in text
    assert any(p.text in text for p in content.points)
    said = [r.replace("{detail}", d.words) for r in content.reflections for d in content.details]
    said += [r for r in content.reflections if "{detail}" not in r]
    assert any(r[:1].upper() + r[1:] in text for r in said)  # the feeling, in fresh words
    assert text.count("?") >= 1 and not quotes_them(text, MESSAGES[theme])


def test_offers_the_pause_after_an_urge_and_the_letter_after_something_to_say() -> None:
    pause = get_talk_content().offers.pause
    letter = get_talk_content().offers.letter
    urge, _ = reply_to(MESSAGES["urge_now"], WAIT)
    assert any(o in urge for o in pause)
    sorry, _ = reply_to(MESSAGES["apology"], WAIT)
    assert any(o in sorry for o in letter)
    better, _ = reply_to("I had a really good day today, first in ages", WAIT)
    assert not any(o in better for o in [*pause, *letter])


def test_questions_follow_the_message_and_are_not_asked_twice() -> None:
    replies = converse(WAIT, ["I miss her so much", "I miss her every single day",
                              "I really miss her voice"])
    asked = [next(q for q in get_talk_content().theme("longing").questions if q in text)
             for text, _ in replies]
    assert len(set(asked)) == 3


def test_every_few_turns_it_sums_up_what_it_heard() -> None:
    replies = converse(WAIT, [MESSAGES["rumination"], MESSAGES["self_care"],
                              MESSAGES["new_partner"]])
    summary = replies[2][0]
    content = get_talk_content()
    for theme in ("rumination", "self_care", "new_partner"):
        assert content.theme(theme).gist[0] in summary
    assert "Friday 21 March 2025" in summary  # where things stand: when to check in again
    assert not any(content.theme("rumination").gist[0] in t for t, _ in replies[:2])


def test_asking_it_to_write_the_message_gets_the_reason_and_the_letter() -> None:
    verdict = evaluate(WAIT)
    text, cites = reply_to("Can you just write the message for me?", WAIT)
    assert verdict.failing[0].message in text and "unsent letter" in text
    assert cites == [verdict.failing[0].section]
    go_text, go_cites = reply_to("what should I say to him?", GO)
    assert "drafting step" in go_text and go_cites == ["motives-why"]
    assert not SEND_READY.search(text + go_text)


# --- properties ----------------------------------------------------------------------------------

# Messages that differ only in case or punctuation are the same message.
ALL_MESSAGES = list({" ".join(re.findall(r"[\w']+", r["text"].casefold())): r["text"]
                     for r in OWN + TRAIN + HELDOUT}.values())


def test_no_reply_quotes_eight_words_of_the_message(report: Callable[[str], None]) -> None:
    longest = 0
    content = get_talk_content()
    tricky = [content.theme("longing").reflections[0], content.theme("rumination").points[0].text,
              "I miss her so much and I keep looking at her photos every night before I sleep"]
    for message in [*ALL_MESSAGES, *tricky]:
        text, _ = reply_to(message, WAIT)
        assert not quotes_them(text, message), (message, text)
        for n in range(QUOTE_WORDS - 1, 0, -1):
            if quotes_them(text, message, n):
                longest = max(longest, n)
                break
    report(f"talk replies to {len(ALL_MESSAGES)} messages: longest run of the person's own "
           f"words repeated: {longest} (limit {QUOTE_WORDS - 1})")


def test_different_messages_at_the_same_point_get_different_replies(
    report: Callable[[str], None],
) -> None:
    for checkin in (WAIT, GO):
        before = opened(checkin)
        replies = {reply_to(m, checkin, before)[0] for m in ALL_MESSAGES}
        assert len(replies) == len(ALL_MESSAGES)
    report(f"talk: {len(ALL_MESSAGES)} different messages at the same point, "
           f"{len(ALL_MESSAGES)} different replies (wait and go check-ins)")


@pytest.mark.parametrize("checkin", [WAIT, RECONSIDER, GO], ids=["wait", "reconsider", "go"])
def test_no_reply_repeats_in_a_twelve_turn_conversation(checkin: CheckIn) -> None:
    same = ["I miss her"] * 12
    mixed = [MESSAGES[t] for t in sorted(MESSAGES)] + ["I don't know", "idk", "I miss her",
                                                        "I don't know", "what if she says no"]
    assert len(mixed) == 12
    for messages in (same, mixed):
        replies = [text for text, _ in converse(checkin, messages)]
        assert len(set(replies)) == 12
        leads = [next(lead for lead in get_talk_content().question_leads if lead in r)
                 for r in replies]
        assert max(Counter(leads).values()) <= 2


def test_no_reply_is_a_send_ready_message_or_a_prediction() -> None:
    for message in ALL_MESSAGES[::3] + ["Hi Sam, I miss you. Can we talk?",
                                        "write: Hey Jo, I still love you"]:
        for checkin in (WAIT, GO):
            text, _ = reply_to(message, checkin)
            assert not SEND_READY.search(text), (message, text)
            assert not PREDICTS_EX.search(text), (message, text)


def test_replies_are_deterministic() -> None:
    assert reply_to(MESSAGES["space"], WAIT) == reply_to(MESSAGES["space"], WAIT)


def test_without_the_embedded_model_the_cues_still_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant import semantic

    def broken(texts: Any) -> Any:
        raise semantic.SemanticUnavailable("not installed")

    monkeypatch.setattr(semantic, "embed", broken)
    assert read_message("I keep checking her instagram").theme == "rumination"
    assert read_message("hmm").theme == "dont_know"
    text, cites = reply_to(MESSAGES["space"], WAIT)
    assert cites and "?" in text


def test_a_reply_and_a_draft_take_at_most_20_ms_at_the_median(
    report: Callable[[str], None],
) -> None:
    import statistics
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_guide_engine import time_drafts, time_replies

    time_replies()
    time_drafts()  # warm: the embedded model and the heads load once per process
    replies = time_replies() + time_replies()
    drafts = time_drafts() + time_drafts()
    reply_ms, draft_ms = statistics.median(replies), statistics.median(drafts)
    report(f"guide engine p50: talk reply {reply_ms:.2f} ms, draft {draft_ms:.2f} ms "
           f"over {len(replies)} replies and {len(drafts)} drafts (target 20 ms)")
    assert reply_ms <= 20 and draft_ms <= 20
