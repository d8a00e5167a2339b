"""The guide as validated, structured content, loaded once and looked up by section id."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.content import CONTENT_DIR, load_toml
from assistant.errors import ContentError

GUIDE_FILE = CONTENT_DIR / "guide.toml"

Group = Literal["why", "pros", "cons", "timing", "motives", "after", "safety"]

GROUP_TITLES: dict[str, str] = {
    "why": "Why it hurts",
    "pros": "Possible upsides of reaching out",
    "cons": "Risks of reaching out",
    "timing": "Timing",
    "motives": "Your motives",
    "after": "After contact",
    "safety": "Safety",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Section(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    group: Group
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    body: list[str] = Field(min_length=1)
    questions: list[str] = []

    def as_text(self) -> str:
        """The section as plain text for a prompt: id, title, summary and body."""
        lines = [f"[{self.id}] {self.title}", self.summary, *self.body]
        lines += [f"Question to ask yourself: {q}" for q in self.questions]
        return "\n".join(lines)


class Attribution(_Strict):
    original_title: str
    author: str
    note: str


class Guide(_Strict):
    title: str
    attribution: Attribution
    sections: list[Section] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Guide:
        seen: set[str] = set()
        for s in self.sections:
            if s.id in seen:
                raise ValueError(f"duplicate section id {s.id!r}")
            seen.add(s.id)
        return self

    def section(self, section_id: str) -> Section:
        """The section with this id; KeyError names the id when there is none."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(f"no guide section {section_id!r}")

    def has(self, section_id: str) -> bool:
        return any(s.id == section_id for s in self.sections)

    def by_group(self, group: str) -> list[Section]:
        return [s for s in self.sections if s.group == group]

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.sections]

    def full_text(self) -> str:
        """Every section as text: what a prompt would carry if it sent the whole guide."""
        return "\n\n".join(s.as_text() for s in self.sections)


def load_guide(path: Path = GUIDE_FILE) -> Guide:
    """Load and validate a guide file (no caching; use ``get_guide`` for the app's guide)."""
    guide = load_toml(path, Guide)
    if not isinstance(guide, Guide):  # pragma: no cover - load_toml guarantees it
        raise ContentError(str(path), "(root)", "not a guide")
    return guide


@lru_cache(maxsize=1)
def get_guide() -> Guide:
    """The project's guide, loaded and validated once per process."""
    return load_guide()


def section(section_id: str) -> Section:
    """Shortcut: a section of the project's guide by id."""
    return get_guide().section(section_id)
