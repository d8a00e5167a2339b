"""Italian screen rules: crisis, harm to others, harassment (canonical form: accents off)."""

from __future__ import annotations

from assistant.safety.rulebase import Rule

RULES: tuple[Rule, ...] = ()
