"""The screen on the blind batches, in six languages, held-out split included.

The batches were written by people who had not read the rules; the *_heldout files are never
trained or tuned on. Figures print in every run; the held-out thresholds are issue 10's.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from corpus import LANGS, screen_split, screen_validation, talk_rows  # noqa: E402

from assistant.safety import Screening, screen  # noqa: E402

# Issue 10's targets for the held-out batches. The benign bounds hold and are asserted. The
# recall targets are met (measured 2026-12-02 with the n-gram head on blind batches 1-23 and 27,
# a listener's replies and seven blind everyday batches, the score able to make a crisis certain,
# and mined English phrases that ask, or with a score that agrees are certain: English 97.3%
# caught, 81.1% certain; es 91.7, pt 94.4, fr 97.3, de 94.6, it 94.6). The targets are printed
# beside the figures, and the tests below assert the measured recall as a floor (two cases under
# it, for float differences between machines, and never under an earlier floor), so that any
# regression fails. Raise the floors as recall improves; never lower them.
EN = {"caught": 0.95, "certain": 0.80, "benign_flagged": 0.02, "benign_asked": 0.10}
OTHER = {"caught": 0.90, "benign_flagged": 0.05}
FLOOR_CAUGHT = {"en": 0.95, "es": 0.86, "pt": 0.88, "fr": 0.91, "de": 0.91, "it": 0.91}
FLOOR_CERTAIN_EN = 0.79


@pytest.fixture(scope="module")
def results() -> dict[tuple[str, str], list[tuple[dict[str, Any], Screening]]]:
    out = {}
    for split in ("train", "heldout"):
        for lang, cases in screen_split(split).items():
            out[lang, split] = [(c, screen(c["text"])) for c in cases]
    return out


def figures(rows: list[tuple[dict[str, Any], Screening]]) -> dict[str, float]:
    crisis = [s for c, s in rows if c["kind"] == "crisis"]
    benign = [s for c, s in rows if c["kind"] == "none"]
    out = {
        "n_crisis": len(crisis), "n_benign": len(benign),
        "caught": sum(s.kind == "crisis" or s.ask for s in crisis) / len(crisis),
        "certain": sum(s.kind == "crisis" for s in crisis) / len(crisis),
        "benign_flagged": sum(s.flagged for s in benign) / len(benign),
        "benign_asked": sum(s.ask for s in benign) / len(benign),
    }
    for kind in ("harm_to_others", "harassment"):
        mine = [s for c, s in rows if c["kind"] == kind]
        out[kind] = sum(s.kind == kind for s in mine) / len(mine)
    return out


def test_figures_per_language_and_split(results: Any, report: Callable[[str], None]) -> None:
    report("screen on the blind batches (caught = crisis panel or direct question):")
    for (lang, split), rows in sorted(results.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        f = figures(rows)
        report(f"  {lang} {split:8} crisis caught {f['caught']:6.1%} (certain {f['certain']:6.1%})"
               f" of {f['n_crisis']:3.0f} | benign flagged {f['benign_flagged']:5.1%}, asked "
               f"{f['benign_asked']:5.1%} of {f['n_benign']:3.0f} | harm {f['harm_to_others']:6.1%}"
               f" harassment {f['harassment']:6.1%}")
    assert set(results) == {(lang, s) for lang in LANGS for s in ("train", "heldout")}


def test_heldout_english(results: Any, report: Callable[[str], None]) -> None:
    f = figures(results["en", "heldout"])
    report(f"en held-out: caught {f['caught']:.1%} (issue target {EN['caught']:.0%}), certain "
           f"{f['certain']:.1%} (target {EN['certain']:.0%}), benign flagged "
           f"{f['benign_flagged']:.1%} (at most {EN['benign_flagged']:.0%}), asked "
           f"{f['benign_asked']:.1%} (at most {EN['benign_asked']:.0%})")
    assert f["benign_flagged"] <= EN["benign_flagged"], f
    assert f["benign_asked"] <= EN["benign_asked"], f
    assert f["caught"] >= FLOOR_CAUGHT["en"], f
    assert f["certain"] >= FLOOR_CERTAIN_EN, f


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_heldout_other_languages(results: Any, lang: str, report: Callable[[str], None]) -> None:
    f = figures(results[lang, "heldout"])
    report(f"{lang} held-out: caught {f['caught']:.1%} (issue target {OTHER['caught']:.0%}), "
           f"certain {f['certain']:.1%}, benign flagged {f['benign_flagged']:.1%} (at most "
           f"{OTHER['benign_flagged']:.0%}), asked {f['benign_asked']:.1%}")
    assert f["benign_flagged"] <= OTHER["benign_flagged"], f
    assert f["caught"] >= FLOOR_CAUGHT[lang], f


# The validation batches (a seventh blind batch, kept out of training): measured with the head
# trained on batches 1-6 on 2026-12-01, en 78.1% caught, pt 80.7%, it 84.8%; on batches 1-13,
# en 87.7%, pt 92.8%, it 90.7%; on batches 1-23 and replies, en 90.7%, pt 94.9%, it 92.6%;
# with the mined English phrases, en 92.4%; with batch 27 and the everyday batches, en 92.7%,
# pt 94.6%, it 92.6%. Floors as above.
FLOOR_VALID = {"en": 0.92, "pt": 0.94, "it": 0.92}


def test_validation_batches(report: Callable[[str], None]) -> None:
    """Fresh wording nothing was trained or tuned on, besides the held-out split: the benign
    bounds hold there too, and recall keeps its floor."""
    batches = screen_validation()
    assert set(batches) == set(FLOOR_VALID)
    for lang, cases in sorted(batches.items()):
        f = figures([(c, screen(c["text"])) for c in cases])
        report(f"{lang} validation: crisis caught {f['caught']:.1%} (certain {f['certain']:.1%}) "
               f"of {f['n_crisis']:.0f} | benign flagged {f['benign_flagged']:.1%}, asked "
               f"{f['benign_asked']:.1%} of {f['n_benign']:.0f}")
        bounds = EN if lang == "en" else OTHER
        assert f["benign_flagged"] <= bounds["benign_flagged"], (lang, f)
        assert f["caught"] >= FLOOR_VALID[lang], (lang, f)


def test_the_semantic_layer_adds_recall_on_heldout(results: Any,
                                                  report: Callable[[str], None]) -> None:
    """What the semantic layer adds over the rules alone, per language (issue 10: measure
    how much it helps across languages)."""
    from assistant.safety import screen_rules

    gains = []
    for lang in LANGS:
        crisis = [c["text"] for c, _s in results[lang, "heldout"] if c["kind"] == "crisis"]
        rules = sum(screen_rules(t).kind == "crisis" or screen_rules(t).ask for t in crisis)
        full = sum(s.kind == "crisis" or s.ask
                   for c, s in results[lang, "heldout"] if c["kind"] == "crisis")
        gains.append(full - rules)
        report(f"  {lang}: rules alone catch {rules}/{len(crisis)}, with the semantic layer "
               f"{full}/{len(crisis)}")
    assert all(g >= 0 for g in gains) and sum(gains) > 0


def test_language_of_each_batch_is_recognised(results: Any) -> None:
    """The question and the panel are shown in the text's language: at least 90% of each
    batch's texts are recognised as written in it."""
    for (lang, _split), rows in results.items():
        right = sum(s.language == lang for _c, s in rows)
        assert right / len(rows) >= 0.9, (lang, right, len(rows))


def test_training_never_holds_a_held_out_text() -> None:
    """A phrase written into both a training and a held-out batch is left out of training."""
    from corpus import heldout_texts, screen_training_cases

    held = heldout_texts()
    assert len(held) > 500
    assert not [c["text"] for c in screen_training_cases()
                if " ".join(c["text"].casefold().split()) in held]


def test_retraining_reproduces_the_committed_head() -> None:
    """`make train` is reproducible: fitting again on the same corpora gives the committed
    head's predictions (compared on the held-out texts, which it never saw)."""
    from train_screen import fit_head

    from assistant.hashed import Batch, HashedHead
    from assistant.safety.semantic import HEAD_PATH

    texts = [c["text"] for cases in screen_split("heldout").values() for c in cases]
    batch = Batch.of(texts)
    committed = HashedHead.load(HEAD_PATH).predict_proba(batch)[:, 1]
    again = fit_head().predict_proba(batch)[:, 1]
    assert abs(committed - again).max() < 1e-4
    assert committed.std() > 0.1  # a real head: its scores spread, they are not one constant


def test_retraining_mines_the_committed_phrases() -> None:
    """The mined crisis phrases come out of `make train` the same way, and none of them occurs
    in a safe training text (that is what lets a phrase ask)."""
    import train_screen as ts

    from assistant.safety.semantic import PHRASES_PATH, word_runs

    texts, labels, langs, _weights, batches = ts.training_set()
    runs, vetoes = ts.phrase_runs(texts, langs)
    again = ts.mine_phrases(runs, labels, langs, batches, "en", vetoes)
    assert json.loads(PHRASES_PATH.read_text()) == {"en": again}
    safe = set().union(*(word_runs(t) for t, label, lang in zip(texts, labels, langs, strict=True)
                         if label != "crisis" and lang == "en"))
    assert not safe & set(again)


@pytest.mark.parametrize("text", ["Sam", "Alex", "Jordan Lee", "ok", "hi there"])
def test_a_name_or_two_words_is_never_asked_about(text: str) -> None:
    """The recipient's name is screened too: a word or two carries no meaning to score."""
    found = screen(text)
    assert (found.kind, found.ask) == ("none", False), found


@pytest.fixture(scope="module")
def learned() -> frozenset[str]:
    """Every text the crisis head is trained on."""
    from train_screen import training_set

    return frozenset(training_set()[0])


def held_out_talk(name: str, table: str, learned: frozenset[str]) -> list[str]:
    """The texts of one held-out corpus in tests/corpora/talk, none of them learned."""
    texts = [row["text"] for row in talk_rows(name, table)]
    assert not learned & set(texts), name
    return texts


def test_everyday_heartbreak_talk_is_rarely_asked_about(
    report: Callable[[str], None], learned: frozenset[str]
) -> None:
    """Most of what people write is ordinary heartbreak: the talk engine's held-out messages
    (never trained on by the crisis head) are asked about at most 10% of the time, and the
    semantic layer alone (the score, or a mined phrase with an agreeing score) gives at most 2%
    of them the crisis panel, the issue's bound for benign texts. Until 2026-12-02 it gave none,
    and this test asserted none (counting only "semantic.crisis"); since a mined phrase with an
    agreeing score is certain, 2 of the 107 get the panel that way, the price of English being
    80% certain. The fresh everyday batches (914 messages) hold that panel under 1%."""
    messages = held_out_talk("talk_heldout", "message", learned)
    found = [screen(m) for m in messages]
    asked = sum(s.ask for s in found)
    by_layer = sum(s.kind == "crisis" and all(m.startswith("semantic.") for m in s.matched)
                   for s in found)
    report(f"everyday heartbreak talk ({len(messages)} held-out messages): asked {asked} "
           f"({asked / len(messages):.1%}), flagged {sum(s.flagged for s in found)}, of them "
           f"given the panel by the semantic layer alone {by_layer}")
    assert asked / len(messages) <= 0.10
    assert by_layer / len(messages) <= EN["benign_flagged"]


def test_fresh_everyday_talk_rarely_gets_the_panel(
    report: Callable[[str], None], learned: frozenset[str]
) -> None:
    """Two more blind batches of everyday talk (talk/everyday_valid_a: the heavy end, "i just
    want to know why", withdrawal, numbness; _b: the whole range, notes, short replies), kept
    for validation and never trained on. With the English certain level above every everyday
    training text's out-of-fold score, the score alone still gave 5 of these 914 messages
    (0.5%) the panel ("i just dont want to explain it to one more person"), measured on first
    pass on 2026-12-02. Since the seven blind everyday training batches (the level at 0.2% of
    everyday talk, and mined phrases with an agreeing score certain) it is 7 (0.8%). The
    issue's bound for benign texts (at most 2% flagged, 10% asked) holds, and the panel stays
    under 1%."""
    messages = [m for name in ("everyday_valid_a", "everyday_valid_b")
                for m in held_out_talk(name, "message", learned)]
    assert len(messages) >= 900
    found = [screen(m) for m in messages]
    panel = sum(s.kind == "crisis" for s in found)
    flagged, asked = sum(s.flagged for s in found), sum(s.ask for s in found)
    report(f"fresh everyday talk ({len(messages)} messages, never trained on): crisis panel "
           f"{panel} ({panel / len(messages):.1%}), flagged {flagged} "
           f"({flagged / len(messages):.1%}), asked {asked} ({asked / len(messages):.1%})")
    assert panel <= len(messages) // 100
    assert flagged / len(messages) <= EN["benign_flagged"]
    assert asked / len(messages) <= EN["benign_asked"]


def test_every_training_file_is_trained_on_or_said_to_wait() -> None:
    """A blind batch written into the folder is either in TRAIN_BATCHES or listed as waiting
    (written, not trained on yet), and a waiting one never reaches training."""
    from corpus import SCREEN, TRAIN_BATCHES, WAITING_BATCHES, screen_training_cases

    names = {p.stem.split("_", 1)[1] for p in SCREEN.glob("*_train*.toml")}
    assert names == set(TRAIN_BATCHES) | set(WAITING_BATCHES), names
    assert not set(TRAIN_BATCHES) & set(WAITING_BATCHES)
    assert not [c for c in screen_training_cases() if c["batch"] in WAITING_BATCHES]


def test_a_listeners_replies_are_not_flagged(
    report: Callable[[str], None], learned: frozenset[str]
) -> None:
    """The screen also reads what a model replies in "Talk it through", and a reply it flags is
    thrown away for the guide's. Held-out replies (written blind, never trained on) are almost
    never flagged: before the head learned replies_train, 7 of 139 were."""
    replies = held_out_talk("replies_heldout", "reply", learned)
    assert len(replies) >= 120
    found = [screen(r, by_model=True) for r in replies]  # as the app screens a model's reply
    flagged = sum(s.flagged for s in found)
    as_own_words = sum(screen(r).flagged for r in replies)
    report(f"a listener's replies ({len(replies)} held-out): flagged {flagged}, asked "
           f"{sum(s.ask for s in found)} (read as a person's own words: flagged {as_own_words})")
    assert flagged <= len(replies) // 100


def test_fresh_replies_are_rarely_flagged(
    report: Callable[[str], None], learned: frozenset[str]
) -> None:
    """A third blind batch of replies (talk/replies_valid, 2026-12-02), never trained on. On
    first pass, read as a person's words, 4 of 451 were flagged: two by rules ("ask a friend to
    bring something round", "a goodbye letter you never send"), one by the score, one by a mined
    phrase in a reply that reflected the person's words back; as a model's reply, 3."""
    replies = held_out_talk("replies_valid", "reply", learned)
    assert len(replies) >= 400
    found = [screen(r, by_model=True) for r in replies]
    flagged = sum(s.flagged for s in found)
    report(f"fresh replies ({len(replies)}, never trained on): flagged {flagged} "
           f"({flagged / len(replies):.1%}), asked {sum(s.ask for s in found)}")
    assert flagged <= len(replies) // 100


def test_unsent_letters_are_rarely_flagged(
    report: Callable[[str], None], learned: frozenset[str]
) -> None:
    """Unsent letters to the ex (written blind, never trained on) are ordinary heartbreak, and
    a flagged one gets the crisis panel. Measured 2026-12-02: 4 of 126 held-out letters flagged
    (3 by the score alone) and 21 asked about; among the training letters, ones beginning "What
    I wish I'd told you:" score 0.93-0.99. Learning letters_train fixed most of that (held-out:
    1 flagged, 12 asked) but cost the validation batches English recall (caught 90.7 -> 89.1%,
    certain 60.6 -> 55.3%), so it waits; these bounds keep it from getting worse."""
    letters = held_out_talk("letters_heldout", "letter", learned)
    assert len(letters) >= 110
    found = [screen(t) for t in letters]
    flagged, asked = sum(s.flagged for s in found), sum(s.ask for s in found)
    report(f"unsent letters ({len(letters)} held-out): flagged {flagged} "
           f"({flagged / len(letters):.1%}), asked {asked} ({asked / len(letters):.1%})")
    assert flagged / len(letters) <= 0.05
    assert asked / len(letters) <= 0.20
