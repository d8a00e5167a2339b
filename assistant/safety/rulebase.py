"""How a screen rule is written: a pattern over canonical words, its context and kind."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant.safety.kinds import RuleKind

# Every pattern runs on the canonical form: lowercase words separated by single spaces,
# padded with a space at each end. Gaps are written `(?: [^ ]++){0,n}`: the inner run is
# possessive and cannot contain the separator, so each gap has at most n+1 ways to match.
# A rule's pattern starts with a space and a literal first word; the screen looks the
# first words up in an index, so only rules whose first word occurs are ever tried.
# ``before`` is context that must end right where the pattern starts (for example the
# "I will" in front of a threat), so no pattern needs a very common word as its first.


def vocab_compiler(vocab: Mapping[str, str]) -> Callable[[str], re.Pattern[str]]:
    """A compiler of rule templates in which ``<NAME>`` stands for ``vocab[NAME]``."""
    names = re.compile("<(" + "|".join(vocab) + ")>") if vocab else re.compile("(?!)")

    def compile_(template: str) -> re.Pattern[str]:
        return re.compile(names.sub(lambda m: vocab[m.group(1)], template))

    return compile_


NEGATORS = frozenset(
    {"not", "never", "no", "nobody", "nothing", "neither", "nor", "used", "almost", "nearly",
     "stop", "quit", "stopped",
     # the other screened languages' plain negations (canonical: accents off)
     "nunca", "jamas", "nadie", "nada", "ni", "nao", "nem", "ninguem", "pas", "jamais", "rien",
     "personne", "nicht", "nie", "niemals", "kein", "keine", "keinen", "non", "mai", "niente",
     "nessuno"}
)


@dataclass(frozen=True)
class Rule:
    id: str
    kind: RuleKind  # "ask": a soft signal; None: a condition other rules require (``also``)
    pattern: re.Pattern[str]
    negatable: bool = False
    before: re.Pattern[str] | None = None
    also: str | None = None  # id of a condition that must hold somewhere in the text

    def context_ok(self, canon: str, pos: int) -> bool:
        """Given the pattern matches at pos: the context before it (and no negation) holds."""
        start = pos
        if self.before is not None:
            b = self.before.search(canon, max(0, pos - 160), pos)
            if b is None:
                return False
            start = b.start()
        if self.negatable:
            return not NEGATORS.intersection(canon[max(0, start - 50) : start].split()[-3:])
        return True


def rule_maker(kind: RuleKind, prefix: str,
               compile_: Callable[[str], re.Pattern[str]]) -> Callable[..., Rule]:
    """A maker of rules of one kind whose ids start with ``prefix`` (e.g. "crisis.")."""
    _p = compile_

    def make(rule_id: str, template: str, negatable: bool = False,
             before: str | None = None, also: str | None = None) -> Rule:
        return Rule(
            prefix + rule_id, kind, _p(template), negatable,
            _p(before + r"\Z") if before is not None else None, also,
        )

    return make
