"""What a talk message is about: sentence embeddings, a trained linear head, and keyword cues."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.talk_content import THEME_IDS

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent / "models"
TALK_HEAD_FILE = MODELS_DIR / "talk_themes.npz"
# The labelled examples' embeddings (float16) and themes: a message is also read by the
# examples it is closest to, which catches phrasings a linear head averages away.
TALK_EXAMPLES_FILE = MODELS_DIR / "talk_examples.npz"
# A second head over hashed character and word n-grams (assistant.hashed): it reads the
# phrasings themselves, where the embedding head reads their gist. Its probabilities are added
# with NGRAM_WEIGHT: on folds of the blind training set the sum read 91.9% of themes right,
# against 86.0% without it (training/train_talk.py --cv prints the comparison).
TALK_NGRAMS_FILE = MODELS_DIR / "talk_ngrams.npz"
NGRAM_WEIGHT = 2.0

# How much a keyword cue adds to the head's probability for its theme. The head decides
# when no cue fires or several do; a cue tips a close call. Chosen by cross-validation on
# folds of the blind training set (training/train_talk.py --cv prints the comparison).
CUE_WEIGHT = 0.2
# How much the nearest labelled examples add (their per-theme similarity as a softmax), how
# many examples per theme are averaged, and the softmax temperature. Chosen the same way:
# on folds of the blind training set, the neighbours lift the theme accuracy from 85% to 90%.
NEIGHBOUR_WEIGHT = 0.5
NEIGHBOURS = 3
NEIGHBOUR_TEMPERATURE = 0.02

_I = r"(?:i|i'm|im|i am|i've|ive)"
_THEY = r"(?:he|she|they)"
_THEM = r"(?:him|her|them)"

# Cheap, certain-ish words for each theme. They only add weight; the embedding head decides.
_CUE_SOURCES: dict[str, str] = {
    "longing": r"\bmiss(?:ing|ed)? (?:" + _THEM + r"|us|you|him|her|the way|talking|having)\b"
               r"|\bi miss\b|\bmissing (?:him|her|them)\b|\bwish (?:he|she|they) (?:was|were) here",
    "rumination": r"\b(?:check(?:ing|ed)?|stalk(?:ing|ed)?|scroll(?:ing|ed)?|re-?read(?:ing)?"
                  r"|replay(?:ing|ed)?|going (?:over|back through)|last seen|online|looked at "
                  r"(?:her|his|their|our)|go(?:ing)? through (?:the |our |her |his )?"
                  r"(?:photos|pictures|messages|texts))\b",
    "reconcile_hope": r"\b(?:back together|get (?:him|her|them) back|win (?:him|her|them) back"
                      r"|another chance|second chance|try again|make it work|the one for me"
                      r"|give up on us|(?:want|take) (?:him|her|them) back|together again)\b",
    "closure": r"\b(?:closure|why (?:he|she|they|it)|answers|explanation|make sense of|what went "
               r"wrong|goodbye|understand what happened|never told me why)\b",
    "misunderstanding": r"(?:misunderst|misread|wrong idea|miscommunicat|set the record straight"
                        r"|not what (?:i|it) meant|took it (?:the )?wrong|misinterpret"
                        r"|twisted version|got it wrong|isn't what happened)",
    "apology": r"\b(?:sorry|apologi[sz]e|apology|amends|owe (?:him|her|them) an)\b",
    "anger": r"\b(?:angry|furious|mad at|so mad|pissed|livid|fuming|resent(?:ful)?|not fair"
             r"|rage|blood boil|hate (?:how|that|the way|him|her|them))\b",
    "guilt": r"\b(?:my fault|blam(?:e|ing) myself|guilty|i ruined|not good enough|hate myself"
             r"|ashamed|forgive myself|i was the problem|i'm the reason|i am the reason)\b",
    "loneliness": r"\b(?:alone|lonely|lonelier|loneliness|no one to|nobody (?:to|will)"
                  r"|never find|unlovable|on my own)\b",
    "new_partner": r"\b(?:someone (?:else|new)|new (?:boyfriend|girlfriend|partner|man|woman|guy"
                   r"|girl|relationship)|seeing someone|dating|engaged|in a relationship"
                   r"|replaced me|another (?:girl|guy|woman|man))\b",
    "mixed_signals": r"\b(?:liked my|(?:watch|view)(?:es|ed|ing|s)? my stor(?:y|ies)|texted me"
                     r"|messaged me|called me|unblocked|followed me|what does (?:that|it) mean"
                     r"|a sign|mixed signals|reacted|hot and cold|sent me)\b",
    "trigger_date": r"\b(?:birthday|anniversar(?:y|ies)|christmas|xmas|valentine'?s?|new year'?s?"
                    r"|thanksgiving|holidays?|hanukkah|diwali|eid|date night|months since"
                    r"|year since|one year|(?:today|tomorrow) (?:is|would have been))\b",
    "fear_rejection": r"\b(?:what if " + _THEY + r"|scared|afraid|terrified|rejected|rejection"
                      r"|left on read|ignores? me|saying no|nervous)\b",
    "growth": r"\b(?:feeling better|a bit better|proud of myself|therapy|moving on|progress"
              r"|good day|lighter|learning|new hobby|started (?:running|going|a)|looking up)\b",
    "self_care": r"\b(?:sleep(?:ing)?|slept|insomnia|can't eat|eating|appetite|out of bed"
                 r"|shower(?:ed)?|exhausted|tired|drinking|can't focus|weight|4am|3am)\b",
    "space": r"\b(?:space|no contact|time apart|time to think|asked me not to|asked me to stop"
             r"|when (?:he|she|they)(?:'s| is| are) ready|needs? (?:some )?time|a break)\b",
    "urge_now": r"\b(?:right now|tonight|send button|hit send|about to (?:text|message|call)"
                r"|want to (?:text|message|call)|so close to (?:texting|calling|messaging)"
                r"|urge|pick(?:ing)? up my phone|can't hold)\b",
    "write_for_me": r"\b(?:write|draft|compose|word)\b.{0,30}\b(?:message|text|dm|for me)\b"
                    r"|\bwhat (?:should|do) i (?:say|text|write|send)\b|\bgive me something"
                    r"\b|\bwhat to (?:text|say)\b|\bfirst message\b",
    "dont_know": r"^\W*(?:i\s+)?(?:(?:really\s+|honestly\s+)?(?:don'?t|do not) (?:really )?know"
                 r"|dunno|idk|not sure|no idea|no clue|hard to say|who knows|maybe|i guess"
                 r"|can't tell|can't answer)\b",
}
_CUES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(_CUE_SOURCES[t], re.I) for t in THEME_IDS
)


@dataclass(frozen=True)
class Reading:
    """What one message seems to be about: the best theme, its score, and the runners-up."""

    theme: str
    score: float
    ranked: tuple[tuple[str, float], ...]

    @property
    def themes(self) -> list[str]:
        """The themes worth naming: the best, plus any close runner-up."""
        out = [self.theme]
        for theme, score in self.ranked[1:3]:
            if score >= 0.35 * self.score and score >= 0.25:
                out.append(theme)
        return out


def cue_matrix(texts: Sequence[str]) -> Any:
    """A (n, themes) 0/1 array: which themes' keyword cues fire in each text."""
    import numpy as np

    out = np.zeros((len(texts), len(THEME_IDS)), dtype=np.float32)
    for i, text in enumerate(texts):
        low = " ".join(text.casefold().replace("’", "'").split())
        for j, cue in enumerate(_CUES):
            if cue.search(low):
                out[i, j] = 1.0
    return out


@lru_cache(maxsize=1)
def talk_head() -> Any:
    """The committed linear head over sentence embeddings (assistant/models/talk_themes.npz)."""
    from assistant.semantic import LinearHead

    head = LinearHead.load(TALK_HEAD_FILE)
    if list(head.labels) != list(THEME_IDS):
        raise ValueError("talk_themes.npz was trained for other themes: run `make train`")
    return head


@lru_cache(maxsize=1)
def talk_ngram_head() -> Any:
    """The committed head over hashed n-grams (assistant/models/talk_ngrams.npz)."""
    from assistant.hashed import load_head

    return load_head(TALK_NGRAMS_FILE, THEME_IDS)


def ngram_probs(texts: Sequence[str], head: Any = None) -> Any:
    """A (n, themes) array: the n-gram head's probabilities (zeros if it can't be read)."""
    from assistant.hashed import proba_or_zeros

    return proba_or_zeros(lambda: head or talk_ngram_head(), texts, len(THEME_IDS))


@dataclass(frozen=True)
class Examples:
    """Labelled examples' unit-length embeddings and their theme indices."""

    X: Any
    y: Any

    def save(self, path: Path) -> None:
        import numpy as np

        with path.open("wb") as f:
            np.savez_compressed(f, X=self.X.astype(np.float16), y=self.y.astype(np.int16),
                                labels=np.array(THEME_IDS))

    @classmethod
    def load(cls, path: Path) -> Examples:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            if [str(x) for x in data["labels"]] != list(THEME_IDS):
                raise ValueError("talk_examples.npz was made for other themes: run `make train`")
            return cls(X=data["X"].astype(np.float32), y=data["y"].astype(np.int64))


@lru_cache(maxsize=1)
def talk_examples() -> Examples:
    """The committed labelled examples' embeddings (assistant/models/talk_examples.npz)."""
    return Examples.load(TALK_EXAMPLES_FILE)


def neighbour_probs(X: Any, examples: Examples, k: int = NEIGHBOURS,
                    temperature: float = NEIGHBOUR_TEMPERATURE) -> Any:
    """A (n, themes) array: for each theme, the mean cosine similarity of its ``k`` closest
    examples, as a softmax over themes."""
    import numpy as np

    Q = X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-9)
    E = examples.X / np.maximum(np.linalg.norm(examples.X, axis=1, keepdims=True), 1e-9)
    sim = Q @ E.T
    near = np.full((len(X), len(THEME_IDS)), -1.0, dtype=np.float32)
    for c in range(len(THEME_IDS)):
        mine = sim[:, examples.y == c]
        if mine.shape[1]:
            kk = min(k, mine.shape[1])
            near[:, c] = np.sort(mine, axis=1)[:, -kk:].mean(axis=1)
    z = np.exp((near - near.max(axis=1, keepdims=True)) / temperature)
    return z / z.sum(axis=1, keepdims=True)


def scores(texts: Sequence[str], *, head: Any = None, cue_weight: float = CUE_WEIGHT,
           examples: Examples | None = None,
           neighbour_weight: float = NEIGHBOUR_WEIGHT, ngram_head: Any = None,
           ngram_weight: float = NGRAM_WEIGHT) -> Any:
    """A (n, themes) array: the embedding head's probabilities plus the n-gram head's, the
    nearest examples' and the cues' weight."""
    from assistant.semantic import embed

    if not texts:
        import numpy as np

        return np.zeros((0, len(THEME_IDS)), dtype=np.float32)
    from assistant.semantic import SemanticUnavailable

    try:
        model = head or talk_head()
        X = embed(list(texts))
        probs = model.predict_proba(X)
    except (SemanticUnavailable, OSError, ValueError):
        # No embedded model or head (a broken install): the cues alone still answer, so the
        # guide engine never fails; "I don't know" is the reading when nothing fires.
        log.warning("theme head unavailable; reading talk messages by n-grams and cues")
        fallback = cue_matrix(texts)
        if ngram_weight:
            fallback = fallback + ngram_weight * ngram_probs(texts, ngram_head)
        fallback[:, THEME_IDS.index("dont_know")] += 0.01
        return fallback
    # A message of several sentences is also read sentence by sentence, so one clear sentence
    # is not averaged away by the story around it.
    pieces = [_sentences(t) for t in texts]
    many = [i for i, p in enumerate(pieces) if len(p) > 1]
    if many:
        flat = [s for i in many for s in pieces[i]]
        each = model.predict_proba(embed(flat))
        at = 0
        for i in many:
            k = len(pieces[i])
            probs[i] = 0.5 * probs[i] + 0.5 * each[at:at + k].mean(axis=0)
            at += k
    if neighbour_weight:
        try:
            probs = probs + neighbour_weight * neighbour_probs(X, examples or talk_examples())
        except (OSError, ValueError):
            log.warning("talk examples unavailable; reading talk messages by the head and cues")
    if ngram_weight:
        probs = probs + ngram_weight * ngram_probs(texts, ngram_head)
    return probs + cue_weight * cue_matrix(texts)


_SENTENCE = re.compile(r"(?<=[.!?])\s+|,\s+|\n+")


def _sentences(text: str) -> list[str]:
    """The parts of a message worth reading on their own (three words or more)."""
    return [s for s in _SENTENCE.split(text) if len(s.split()) >= 3]


def read_messages(texts: Sequence[str]) -> list[Reading]:
    """What each text seems to be about (one embedding batch for all of them)."""
    out = []
    for row in scores(texts):
        order = sorted(range(len(THEME_IDS)), key=lambda j: -float(row[j]))
        ranked = tuple((THEME_IDS[j], round(float(row[j]), 4)) for j in order[:4])
        out.append(Reading(theme=ranked[0][0], score=ranked[0][1], ranked=ranked))
    return out


def read_message(text: str) -> Reading:
    """What one message seems to be about."""
    return read_messages([text])[0]


_CLAUSE_END = re.compile(r"[,.;:!?\n]| - | but | and | because | so | since ")
_GREETING = re.compile(r"\b(?:hi|hey|hello|dear)\b", re.I)
ECHO_WORDS = 5


def key_phrase(text: str, theme: str, max_words: int = ECHO_WORDS) -> str:
    """A few of their own words where the theme shows (at most ``max_words``), or "".

    A reply may echo this much, never the whole message: a short echo shows what was heard.
    """
    if theme not in THEME_IDS:
        return ""
    flat = " ".join(text.replace("’", "'").split())
    m = _CUES[THEME_IDS.index(theme)].search(flat)
    whole = flat.strip(" .!?\"'“”")
    size = len(whole.split())
    if 0 < size <= 3 and not _GREETING.search(whole) and not _FORECAST.search(whole):
        return whole  # "idk", "not sure": a very short answer is echoed as it is
    # Never the whole of a longer message: a part of it, which shows what was heard.
    max_words = min(max_words, size - 1)
    phrase = ""
    if m is not None:
        start = flat.rfind(" ", 0, m.start()) + 1
        phrase = _phrase(_CLAUSE_END.split(flat[start:], maxsplit=1)[0].split(), max_words)
    if len(phrase.split()) < 2:
        # No cue, or a one-word one: the first words that carry meaning (not "I", "just"...).
        words = _CLAUSE_END.split(flat, maxsplit=1)[0].split()
        while words and words[0].casefold().strip(",.") in _LEADING:
            words.pop(0)
        phrase = _phrase(words, max_words)
    if _FORECAST.search(phrase) or len(phrase.split()) < 2:
        # "I'm nervous she'll laugh at me": no forecast is echoed, but the feeling they named is.
        feeling = _FEELING.search(flat)
        if feeling:
            phrase = feeling.group(0)
    if len(phrase.split()) < 2 or _GREETING.search(phrase) or _FORECAST.search(phrase):
        return ""
    return phrase


# A feeling they name about themselves ("I'm so nervous", "i feel lost"), echoed when nothing
# else of theirs can be.
_FEELING = re.compile(
    r"\b(?:i'm|im|i am|i feel|i'm feeling|i am feeling|feeling)\s+(?:so |really |kind of |"
    r"pretty |a bit |just |very )?(?:nervous|terrified|scared|afraid|anxious|worried|lost|"
    r"sad|angry|hurt|lonely|empty|stuck|confused|ashamed|embarrassed|guilty|jealous|"
    r"heartbroken|exhausted|tired|numb|frustrated|furious|bitter|desperate|hopeful|better|"
    r"okay|ok|fine|calmer|stronger|overwhelmed|restless|broken|devastated|crushed)\b",
    re.I,
)

# An echo never carries a forecast about them, even in their own words ("she'll say no").
_FORECAST = re.compile(r"\b(?:he|she|they)(?:'ll| will| won't| is going to| are going to)\b"
                       r"|\bwill\b", re.I)


def _phrase(words: list[str], max_words: int) -> str:
    words = words[:max_words]
    while words and words[-1].casefold() in _DANGLING:
        words.pop()
    return " ".join(words).strip(" \"'“”")


_DANGLING = frozenset(
    "a an the to of and or but so my his her their our your i i'm with for at in on by "
    "is was be that this if when like just really right so very".split()
)
_LEADING = frozenset(
    "i i'm im i've ive i'd he she they he's she's they're my his her their it it's its so "
    "and but just honestly well ok okay yeah so um like the a an".split()
)
