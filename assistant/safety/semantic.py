"""The screen's learned layer: a crisis head over hashed n-grams (assistant.hashed), offline.

It replaced a head over wordllama's sentence embeddings: on blind batches neither had seen, the
n-gram head caught far more crisis texts at the same share of safe texts asked about, in every
language (training/train_screen.py --compare prints both), and adding the embeddings to it
changed nothing measurable."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from functools import lru_cache

from assistant import semantic
from assistant.hashed import Batch, HashedHead, load_head
from assistant.safety.normalize import canonical
from assistant.semantic import MODELS_DIR

HEAD_PATH = MODELS_DIR / "crisis_ngrams.npz"
THRESHOLDS_PATH = MODELS_DIR / "crisis_thresholds.json"
PHRASES_PATH = MODELS_DIR / "crisis_phrases.json"
LABELS = ["other", "crisis"]
# Longer texts are scored a piece at a time (the highest piece counts), so a sentence buried in
# a long message is not averaged away. The longest text the app accepts (a 20,000-character
# letter) makes about 72 pieces; past MAX_PIECES the rest is left to the rules, which read
# all of it, so a pasted book costs the semantic layer no more than a long letter.
MAX_PIECES = 80
# A name or a word or two carries no meaning to score ("Sam" alone scored as worrying): such
# short texts are left to the rules.
MIN_WORDS = 3
# Nor is a score on a few words ever certain: "tell them I'm sorry" (a note for a draft) scored
# 0.97, as high as a farewell. Under MIN_CERTAIN_WORDS words the score can only ask. On the
# validation batches this cost 0.3 points of English certain (Italian 1.0, Portuguese none).
MIN_CERTAIN_WORDS = 6
# A soft sign (a rule that only asks) is made certain by a score that agrees, but not by one
# barely over the ask level: "can u help me write a closure message, just one, then im done"
# (0.53) and "this is the last message i'll send about the deposit, then i'm done" (0.48) were
# certain that way. Measured on the validation batches, requiring at least CONFIRM_SCORE took
# English safe texts flagged from 2.1% to 1.4% (Portuguese 1.8% to 1.5%) for one English crisis
# text of 302 going from certain to asked.
CONFIRM_SCORE = 0.6

# Mined phrases (training/train_screen.py, mine_phrases): runs of PHRASE_WORDS words, within one
# clause, that the blind batches' crisis texts use again and again and no safe text ever does
# ("i just do not want to", "not be around"). One is a soft sign: with a score of at least
# PHRASE_MIN_SCORE it asks (screening.py): a run of common words also turns up in everyday talk
# now and then, so with a score under the phrase level below it only asks (0.15 and 0.2 chosen on
# the validation batches: training/train_screen.py, PHRASE_MIN_TEXTS).
# A phrase with a score of at least the language's "phrase" level (crisis_thresholds.json) is
# certain instead: two signals agree, the run of words no safe text has ever used and a score that
# reads the text as worrying too, as for a soft rule (CONFIRM_SCORE). The level is where 4% of
# everyday talk scores out of fold (training/train_screen.py, PHRASE_CERTAIN_FPR); few everyday
# texts that high hold a phrase as well (make train prints the share, out of fold).
PHRASE_WORDS = (2, 5)
PHRASE_MIN_SCORE = 0.15
_CLAUSE = re.compile(r"[.!?,;:()\"\n]+")

log = logging.getLogger(__name__)


_NEVER = float("inf")


@lru_cache(maxsize=1)
def _head() -> tuple[HashedHead, dict[str, tuple[float, float, float]]]:
    raw = json.loads(THRESHOLDS_PATH.read_text())

    def level(value: float | None) -> float:  # null: the score never gets there
        return _NEVER if value is None else float(value)

    per_language = {
        lang: (float(t["ask"]), level(t["certain"]), level(t.get("phrase")))
        for lang, t in raw.items()
    }
    return load_head(HEAD_PATH, LABELS), per_language


def _levels(language: str) -> tuple[float, float, float]:
    per_language = _head()[1]
    return per_language.get(language, per_language["en"])


def thresholds(language: str = "en") -> tuple[float, float]:
    """(ask, certain) for texts in ``language``: a score at or above ``ask`` asks; at or above
    ``certain`` is crisis. Chosen per language by cross-validation on training data
    (training/train_screen.py)."""
    ask, certain, _phrase = _levels(language)
    return ask, certain


def phrase_level(language: str = "en") -> float:
    """The score at or above which a mined crisis phrase makes a text certain (infinite for a
    language with no such level)."""
    return _levels(language)[2]


def pieces(text: str) -> list[str]:
    """The pieces of ``text`` the learned layer reads (at most MAX_PIECES; see there)."""
    return semantic.chunks(text)[:MAX_PIECES]


def word_runs(text: str) -> set[str]:
    """Every run of PHRASE_WORDS words within one clause of ``text``, in canonical form."""
    low, high = PHRASE_WORDS
    out: set[str] = set()
    for clause in _CLAUSE.split(text):
        words = canonical(clause).split()
        for n in range(low, high + 1):
            out.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return out


@lru_cache(maxsize=1)
def _phrases() -> dict[str, frozenset[str]]:
    try:
        raw = json.loads(PHRASES_PATH.read_text())
    except (OSError, ValueError) as exc:
        log.warning("mined crisis phrases unavailable: %s", exc)
        return {}
    return {lang: frozenset(found) for lang, found in raw.items()}


def crisis_phrases(text: str, language: str = "en",
                   parts: Sequence[str] | None = None) -> tuple[str, ...]:
    """The mined crisis phrases of ``language`` that ``text`` (the pieces the layer reads;
    ``parts``, if they were read already) contains, sorted; () where that language has none
    mined."""
    mined = _phrases().get(language)
    if not mined:
        return ()
    parts = pieces(text) if parts is None else parts
    return tuple(sorted({run for piece in parts for run in word_runs(piece)} & mined))


def crisis_score(text: str, parts: Sequence[str] | None = None) -> float | None:
    """The probability that ``text`` is about suicide or self-harm (the highest of its pieces;
    ``parts``, if they were read already), or None when the committed head can't be read (then
    the rules decide alone)."""
    if len(text.split()) < MIN_WORDS:
        return 0.0
    parts = pieces(text) if parts is None else parts
    if not parts:
        return 0.0
    try:
        head = _head()[0]
        probs = head.predict_proba(Batch.of(parts))[:, LABELS.index("crisis")]
    except (OSError, ValueError, KeyError) as exc:
        log.warning("learned screen layer unavailable: %s", exc)
        return None
    return float(probs.max())
