"""Screening: rules over every canonical reading of a text, then the semantic layer."""

from __future__ import annotations

from assistant.safety.index import build_index
from assistant.safety.kinds import LANGUAGES, PRIORITY, Language, Screening, ScreenKind
from assistant.safety.language import detect_language
from assistant.safety.normalize import _variants
from assistant.safety.rulebase import Rule
from assistant.safety.rules import RULES as _RULES
from assistant.safety.semantic import (
    CONFIRM_SCORE,
    MIN_CERTAIN_WORDS,
    PHRASE_MIN_SCORE,
    crisis_phrases,
    crisis_score,
    phrase_level,
    pieces,
    thresholds,
)

# Every pair in the regex would make it 52 KB and 0.1 s to compile on import; with eight
# second words at most it is 14 KB (0.02 s), and finds 3,067 starts on the bench's text
# where all pairs find 1,895 and first words alone 4,741.
_INDEX = build_index(_RULES, lambda r: r.pattern.pattern, max_seconds=8)
if _INDEX.unindexed:  # pragma: no cover - a rule without a literal first word
    raise ValueError(f"screen rules need a literal first word: {_INDEX.unindexed}")
_RULE_ORDER = {r.id: i for i, r in enumerate(_RULES)}
RULE_IDS: tuple[str, ...] = tuple(r.id for r in _RULES if r.kind is not None)
_BY_ID = {r.id: r for r in _RULES}


def _scan(canon: str, found: set[str], later: list[tuple[Rule, str, int]]) -> None:
    """Add to ``found`` the id of every rule whose pattern occurs in canon.

    A rule that matches but needs a condition (``also``) not seen yet goes on ``later``
    with where it matched: the condition may still turn up further on, or in another
    variant.
    """
    for pos, rules in _INDEX.starts(canon):
        for r in rules:
            if r.id in found or r.pattern.match(canon, pos) is None:
                continue  # (most tries end here, so it is checked before anything else)
            if r.also is not None and r.also not in found:
                later.append((r, canon, pos))
            elif r.context_ok(canon, pos):
                found.add(r.id)


def _fired(text: str) -> tuple[str, ...]:
    """Every rule that fires on any canonical reading of ``text``, in rule order."""
    found: set[str] = set()
    later: list[tuple[Rule, str, int]] = []
    for canon in _variants(text):
        _scan(canon, found, later)
    # Rules that need a condition found anywhere in the text, once all of it has been seen.
    for r, canon, pos in later:
        if r.id not in found and r.also in found and r.context_ok(canon, pos):
            found.add(r.id)
    return tuple(sorted((i for i in found if _BY_ID[i].kind is not None),
                        key=_RULE_ORDER.__getitem__))


_RULE_LANGUAGES = frozenset(LANGUAGES) - {"en"}


def _rules_language(matched: tuple[str, ...]) -> Language | None:
    """The language whose own rules fired ("crisis.es.x" is Spanish), if any did: a surer sign
    than common words in a short text. English rule ids carry no language."""
    found = [part for rule in matched for part in rule.split(".")[1:2] if part in _RULE_LANGUAGES]
    if not found:
        return None
    return max(LANGUAGES, key=found.count)


def screen_rules(text: str) -> Screening:
    """The rules alone (no semantic layer): what the linter uses to point at exact words."""
    if not text or text.isspace():
        return Screening()
    fired = _fired(text)
    kinds = {_BY_ID[i].kind for i in fired}
    kind: ScreenKind = next((k for k in PRIORITY if k in kinds), "none")
    return Screening(kind=kind, matched=fired, ask=kind == "none" and "ask" in kinds)


def screen(text: str, *, by_model: bool = False) -> Screening:
    """Classify ``text`` as none, crisis, harm to others or harassment, and whether to ask.
    Pure; never raises.

    The text is normalised first (NFKC's compatibility folding, done as NFKD so accents come
    off too; invisible characters removed, casefolded, look-alike letters and digits mapped,
    spaced-out letters joined), then matched against every language's rules. Crisis outranks
    harm, which outranks harassment; ``matched`` lists every rule that fired. A text the rules
    don't find certain is then scored by the semantic layer: a very high score is crisis, a
    middle one asks (as do soft rules, and mined crisis phrases with a low score), and a soft
    rule or a mined phrase with a score that agrees is crisis.

    ``by_model``: the text is a model's (a listener's reply, a summary), not a person's own
    words. The mined phrases are left out: they are how people write about themselves in crisis,
    and a reply that reflects someone's words back ("when you say you can't do this anymore...")
    holds them without being one. The rules and the score read it as any other text.
    """
    if not text or text.isspace():
        return Screening()
    by_rules = screen_rules(text)
    language = _rules_language(by_rules.matched) or detect_language(text)
    if by_rules.kind == "crisis":  # certain already: the semantic layer has nothing to add
        return by_rules.model_copy(update={"language": language})
    kind: ScreenKind = by_rules.kind
    matched, ask = by_rules.matched, by_rules.ask
    parts = pieces(text)  # read once, for the score and the phrases
    score = crisis_score(text, parts)
    if score is not None:
        ask_at, certain_at = thresholds(language)
        decides = len(text.split()) >= MIN_CERTAIN_WORDS  # on fewer words it may only ask
        if decides and score >= certain_at:
            kind, matched, ask = "crisis", (*matched, "semantic.crisis"), False
        elif decides and ask and score >= max(ask_at, CONFIRM_SCORE):
            # A soft sign (a rule that only asks: a means, a farewell, giving things away) that
            # the score reads as worrying too: two independent signals agree, so it is certain.
            # Under CONFIRM_SCORE the score is too weak to agree; the soft sign still asks.
            kind, matched, ask = "crisis", (*matched, "semantic.confirms"), False
        elif (decides and not by_model and score >= phrase_level(language)
              and crisis_phrases(text, language, parts)):
            # So does a mined crisis phrase (a run of words no safe text ever used) with a score
            # that reads the text as worrying too; with a lower score the phrase only asks.
            kind, matched, ask = "crisis", (*matched, "semantic.phrase-confirms"), False
        elif score >= ask_at and kind == "none":
            ask, matched = True, (*matched, "semantic.ask")
        elif kind == "none" and not ask and not by_model and score >= PHRASE_MIN_SCORE and (
                crisis_phrases(text, language, parts)):
            ask, matched = True, (*matched, "semantic.phrase")
    return Screening(kind=kind, matched=matched, ask=ask, score=score, language=language)
