"""The crisis panel, the direct question and short refusals in six languages, from content."""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.content import CONTENT_DIR, load_toml
from assistant.safety.kinds import LANGUAGES, Language  # the languages the screen reads

CRISIS_I18N_FILE = CONTENT_DIR / "crisis_i18n.toml"

DEFAULT_LANGUAGE: Language = "en"

# The placeholders each template must carry, exactly; every other text must carry none (a
# stray "{" would make str.format fail in front of someone in crisis).
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "call": frozenset({"numbers"}),
    "call_or_text": frozenset({"number"}),
    "text": frozenset({"number"}),
    "text_keyword": frozenset({"keyword", "number"}),
    "daily": frozenset({"start", "end"}),
    "emergency": frozenset({"numbers"}),
}

_Text = Field(min_length=1)


def placeholders(template: str) -> frozenset[str]:
    """The named fields in a str.format template ("call {numbers}" -> {"numbers"})."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


class CrisisText(BaseModel):
    """Every text one language needs: the panel, the direct question, answers, refusals and
    the pieces a helpline's details are written from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    panel_heading: str = _Text
    panel_title: str = _Text
    panel_body: str = _Text
    ask_title: str = _Text
    ask_intro: str = _Text
    ask_wished_dead: str = _Text
    ask_thoughts: str = _Text
    answer_yes: str = _Text
    answer_no: str = _Text
    answer_rather_not: str = _Text
    harm_title: str = _Text
    harm_body: str = _Text
    harassment_title: str = _Text
    harassment_body: str = _Text
    or_word: str = _Text
    call: str = _Text
    call_or_text: str = _Text
    text: str = _Text
    text_keyword: str = _Text
    always: str = _Text
    daily: str = _Text
    free: str = _Text
    findahelpline_name: str = _Text
    findahelpline_detail: str = _Text
    emergency_name: str = _Text
    emergency: str = _Text
    emergency_local: str = _Text

    @model_validator(mode="after")
    def _placeholders_kept(self) -> CrisisText:
        for name in type(self).model_fields:
            value: str = getattr(self, name)
            try:
                found = placeholders(value)
            except ValueError as exc:  # an unbalanced brace
                raise ValueError(f"{name}: {exc}") from exc
            wanted = PLACEHOLDERS.get(name, frozenset())
            if found != wanted:
                raise ValueError(f"{name} must have the placeholders {sorted(wanted)}, "
                                 f"not {sorted(found)}")
        return self

    @property
    def answers(self) -> tuple[str, str, str]:
        """Yes, No, I'd rather not say: in that order."""
        return (self.answer_yes, self.answer_no, self.answer_rather_not)


class CrisisTexts(BaseModel):
    """The schema of content/crisis_i18n.toml: one table per language, all six required."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: CrisisText
    es: CrisisText
    pt: CrisisText
    fr: CrisisText
    de: CrisisText
    it: CrisisText

    def get(self, lang: str | None) -> CrisisText:
        """The texts for ``lang`` ("es", "es-MX", "pt_BR"...), English when not covered."""
        text: CrisisText = getattr(self, language_of(lang))
        return text


def language_of(lang: str | None) -> Language:
    """The covered language for a language tag ("pt-BR" -> "pt"); English otherwise."""
    base = (lang or "").replace("_", "-").split("-")[0].strip().lower()
    for known in LANGUAGES:
        if base == known:
            return known
    return DEFAULT_LANGUAGE


def load_crisis_texts(path: Path = CRISIS_I18N_FILE) -> CrisisTexts:
    """Load and validate a crisis-texts file; ContentError names the file and field."""
    return load_toml(path, CrisisTexts)


@lru_cache(maxsize=1)
def get_crisis_texts() -> CrisisTexts:
    """The project's crisis texts, loaded and validated once per process."""
    return load_crisis_texts()


def crisis_text(lang: str | None = None) -> CrisisText:
    """The crisis panel, question and refusals in ``lang`` (English when not covered)."""
    return get_crisis_texts().get(lang)
