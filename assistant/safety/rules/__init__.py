"""The screen's rules, one module per language; every text is checked against all of them."""

from __future__ import annotations

from assistant.safety.rulebase import Rule
from assistant.safety.rules import de, en, es, fr, it, pt

LANGUAGE_RULES: dict[str, tuple[Rule, ...]] = {
    "en": en.RULES, "es": es.RULES, "pt": pt.RULES, "fr": fr.RULES, "de": de.RULES,
    "it": it.RULES,
}
RULES: tuple[Rule, ...] = tuple(r for rules in LANGUAGE_RULES.values() for r in rules)
