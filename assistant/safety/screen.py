"""screen(): rules over every canonical reading of a text, then the semantic layer."""

from __future__ import annotations

from assistant.safety.index import build_index
from assistant.safety.kinds import PRIORITY, Screening, ScreenKind
from assistant.safety.normalize import _variants
from assistant.safety.rulebase import Rule
from assistant.safety.rules import RULES as _RULES

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


def screen(text: str) -> Screening:
    """Classify ``text`` as none, crisis, harm to others or harassment. Pure; never raises.

    The text is normalised first (NFKC's compatibility folding, done as NFKD so accents come
    off too; invisible characters removed, casefolded, look-alike
    letters and digits mapped, spaced-out letters joined), then matched against fixed rules.
    Crisis outranks harm, which outranks harassment; ``matched`` lists every rule that fired.
    """
    if not text or text.isspace():
        return Screening()
    found: set[str] = set()
    later: list[tuple[Rule, str, int]] = []
    for canon in _variants(text):
        _scan(canon, found, later)
    # Rules that need a condition found anywhere in the text, once all of it has been seen.
    for r, canon, pos in later:
        if r.id not in found and r.also in found and r.context_ok(canon, pos):
            found.add(r.id)
    fired = sorted((i for i in found if _BY_ID[i].kind is not None), key=_RULE_ORDER.__getitem__)
    kinds = {_BY_ID[i].kind for i in fired}
    kind: ScreenKind = next((k for k in PRIORITY if k in kinds), "none")
    return Screening(kind=kind, matched=tuple(fired))
