"""The guide engine's listening words (content/talk.toml), validated and loaded once."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.content import CONTENT_DIR, load_toml
from assistant.guide import get_guide

TALK_FILE = CONTENT_DIR / "talk.toml"

# What a talk message can be about; the order is the classifier's label order.
THEME_IDS: tuple[str, ...] = (
    "longing", "rumination", "reconcile_hope", "closure", "misunderstanding", "apology",
    "anger", "guilt", "loneliness", "new_partner", "mixed_signals", "trigger_date",
    "fear_rejection", "growth", "self_care", "space", "urge_now", "write_for_me", "dont_know",
)

Offer = Literal["letter", "pause", "none"]
_CITE = re.compile(r"\[([a-z][a-z0-9-]*)\]")
_PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _placeholders_ok(texts: list[str], allowed: frozenset[str]) -> list[str]:
    for text in texts:
        for name in _PLACEHOLDER.findall(text):
            if name not in allowed:
                raise ValueError(f"unknown placeholder {{{name}}} in {text[:40]!r}")
    return texts


class Detail(_Strict):
    """A concrete thing a message may mention (``cue``, a regex) and how a reply names it."""

    cue: str = Field(min_length=1)
    words: str = Field(min_length=1)

    @field_validator("cue")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value


class Point(_Strict):
    """The guide's point for a theme, in Unsent's words, citing ``section``."""

    section: str
    text: str = Field(min_length=20)

    @model_validator(mode="after")
    def _cites_its_section(self) -> Point:
        if not get_guide().has(self.section):
            raise ValueError(f"no guide section {self.section!r}")
        if _CITE.findall(self.text) != [self.section]:
            raise ValueError(f"the point must cite [{self.section}] once, and only it")
        return self


class Theme(_Strict):
    id: str
    gist: list[str] = Field(min_length=1)
    sections: list[str] = Field(min_length=1)
    offer: Offer
    details: list[Detail] = []
    reflections: list[str] = Field(min_length=4)
    points: list[Point] = Field(min_length=2)
    questions: list[str] = Field(min_length=3)

    @field_validator("id")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in THEME_IDS:
            raise ValueError(f"unknown theme {value!r}")
        return value

    @field_validator("sections")
    @classmethod
    def _sections_exist(cls, value: list[str]) -> list[str]:
        missing = [s for s in value if not get_guide().has(s)]
        if missing:
            raise ValueError(f"no guide section {missing[0]!r}")
        return value

    @field_validator("reflections")
    @classmethod
    def _reflections(cls, value: list[str]) -> list[str]:
        return _placeholders_ok(value, frozenset({"detail"}))

    @model_validator(mode="after")
    def _consistent(self) -> Theme:
        plain = [r for r in self.reflections if "{detail}" not in r]
        if len(plain) < 4:
            raise ValueError(f"{self.id}: at least 4 reflections must work without a detail")
        if any("{detail}" in r for r in self.reflections) and not self.details:
            raise ValueError(f"{self.id}: a reflection uses {{detail}} but there are no details")
        stray = [p.section for p in self.points if p.section not in self.sections]
        if stray:
            raise ValueError(f"{self.id}: point cites {stray[0]!r}, not among its sections")
        if self.points[0].section != self.sections[0]:
            raise ValueError(f"{self.id}: the first point must cite the first section")
        for field in ("reflections", "questions"):
            texts = getattr(self, field)
            if len(set(texts)) != len(texts):
                raise ValueError(f"{self.id}: duplicate {field}")
        return self


class Offers(_Strict):
    letter: list[str] = Field(min_length=3)
    pause: list[str] = Field(min_length=3)
    refuse_draft: list[str] = Field(min_length=2)
    refuse_draft_after: list[str] = Field(min_length=2)
    go_draft: list[str] = Field(min_length=2)

    @field_validator("refuse_draft_after")
    @classmethod
    def _date(cls, value: list[str]) -> list[str]:
        return _placeholders_ok(value, frozenset({"date"}))


class TalkContent(_Strict):
    summary_every: int = Field(ge=2, le=6)
    summary_openings: list[str] = Field(min_length=3)
    summary_next_go: list[str] = Field(min_length=2)
    summary_next_wait: list[str] = Field(min_length=2)
    question_leads: list[str] = Field(min_length=4)
    echo_frames: list[str] = Field(min_length=3)
    general_questions: list[str] = Field(min_length=3)
    offers: Offers
    themes: list[Theme]

    @field_validator("summary_next_wait", "summary_next_go")
    @classmethod
    def _date(cls, value: list[str]) -> list[str]:
        return _placeholders_ok(value, frozenset({"date"}))

    @field_validator("echo_frames")
    @classmethod
    def _echo(cls, value: list[str]) -> list[str]:
        if any("{echo}" not in v for v in value):
            raise ValueError("every echo frame needs {echo}")
        return _placeholders_ok(value, frozenset({"echo"}))

    @model_validator(mode="after")
    def _every_theme_once(self) -> TalkContent:
        ids = [t.id for t in self.themes]
        if sorted(ids) != sorted(THEME_IDS):
            missing = sorted(set(THEME_IDS) - set(ids)) or sorted({i for i in ids
                                                                    if ids.count(i) > 1})
            raise ValueError(f"every theme exactly once; check {missing[:3]}")
        return self

    def theme(self, theme_id: str) -> Theme:
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(f"no talk theme {theme_id!r}")


def load_talk_content(path: Path = TALK_FILE) -> TalkContent:
    """Load and validate a talk content file (no caching)."""
    return load_toml(path, TalkContent)


@lru_cache(maxsize=1)
def get_talk_content() -> TalkContent:
    """The project's talk content, loaded and validated once per process."""
    return load_talk_content()
