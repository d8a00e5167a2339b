"""The screen's semantic layer: a crisis head on embedded sentence embeddings, offline."""

from __future__ import annotations

import json
import logging
from functools import lru_cache

from assistant import semantic
from assistant.semantic import MODELS_DIR, LinearHead, SemanticUnavailable

HEAD_PATH = MODELS_DIR / "crisis.npz"
THRESHOLDS_PATH = MODELS_DIR / "crisis_thresholds.json"
LABELS = ["other", "crisis"]
# Longer texts are scored a piece at a time (the highest piece counts), so a sentence buried in
# a long message is not averaged away. The longest text the app accepts (a 20,000-character
# letter) makes about 72 pieces; past MAX_PIECES the rest is left to the rules, which read
# all of it, so a pasted book costs the semantic layer no more than a long letter.
MAX_PIECES = 80
# A name or a word or two carries no meaning to score ("Sam" alone scored as worrying): such
# short texts are left to the rules.
MIN_WORDS = 3

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _head() -> tuple[LinearHead, dict[str, tuple[float, float]]]:
    raw = json.loads(THRESHOLDS_PATH.read_text())
    never = float("inf")  # "certain": null: the score alone never makes a crisis certain
    per_language = {
        lang: (float(t["ask"]), never if t["certain"] is None else float(t["certain"]))
        for lang, t in raw.items()
    }
    return LinearHead.load(HEAD_PATH), per_language


def thresholds(language: str = "en") -> tuple[float, float]:
    """(ask, certain) for texts in ``language``: a score at or above ``ask`` asks; at or above
    ``certain`` is crisis (infinite today: only rules are certain). Chosen per language on
    training data (training/train_screen.py)."""
    per_language = _head()[1]
    return per_language.get(language, per_language["en"])


def crisis_score(text: str) -> float | None:
    """The probability that ``text`` is about suicide or self-harm (the highest of its pieces),
    or None when the embedded model can't be used (then the rules decide alone)."""
    if len(text.split()) < MIN_WORDS:
        return 0.0
    # A lone surrogate can't be tokenised: it is replaced, as the rules' folding drops it.
    text = text.encode("utf-8", "replace").decode("utf-8")
    pieces = semantic.chunks(text)[:MAX_PIECES]
    if not pieces:
        return 0.0
    try:
        head = _head()[0]
        probs = head.predict_proba(semantic.embed(pieces))[:, LABELS.index("crisis")]
    except (SemanticUnavailable, OSError, ValueError) as exc:
        log.warning("semantic screen layer unavailable: %s", exc)
        return None
    return float(probs.max())
