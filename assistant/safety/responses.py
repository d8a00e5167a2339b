"""What the app says when the screen finds something, and the session's sticky crisis flag."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.content import CONTENT_DIR, load_toml
from assistant.safety.kinds import ResponseKind, Screening, ScreenKind

SAFETY_FILE = CONTENT_DIR / "safety.toml"


# --------------------------------------------------------------------------- session state


class SafetyState(BaseModel):
    """Per-session safety flags; the crisis flag is sticky once set, until the session ends."""

    crisis: bool = False

    def observe(self, screening: Screening) -> Screening:
        """Record a screening (a crisis sets the flag for good) and hand it back."""
        if screening.kind == "crisis":
            self.crisis = True
        return screening

    @property
    def drafting_allowed(self) -> bool:
        return not self.crisis


# --------------------------------------------------------------------------- fixed responses


class Resource(BaseModel):
    """One place to get help: who, how to reach them, and a link where there is one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    detail: str = Field(min_length=1)
    url: str | None = Field(default=None, pattern=r"^https://\S+$")


class SafetyResponse(BaseModel):
    """A fixed message shown instead of anything a model would say."""

    model_config = ConfigDict(frozen=True)

    kind: ResponseKind
    title: str
    body: str
    resources: list[Resource] = []

    def as_text(self) -> str:
        """The response as plain text, resources included."""
        lines = [self.title, "", self.body]
        for r in self.resources:
            lines.append(f"- {r.name}: {r.detail}" + (f" ({r.url})" if r.url else ""))
        return "\n".join(lines).strip()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ResponseText(_Strict):
    title: str = Field(min_length=1)
    body: str = Field(min_length=1)
    resources: list[Resource] = []

    def mentions(self, needle: str) -> bool:
        hay = " ".join([self.title, self.body] + [f"{r.name} {r.detail} {r.url or ''}"
                                                   for r in self.resources])
        return needle.casefold() in hay.casefold()


_REQUIRED: dict[str, tuple[str, ...]] = {
    "crisis": ("988", "HOME to 741741", "findahelpline.com", "emergency"),
    "abuse": ("1-800-799-7233", "START to 88788"),
}


class SafetyContent(_Strict):
    """The schema of content/safety.toml."""

    not_therapy: str = Field(min_length=1)
    crisis: ResponseText
    harm_to_others: ResponseText
    harassment: ResponseText
    abuse: ResponseText

    @model_validator(mode="after")
    def _resources_present(self) -> SafetyContent:
        for section, needles in _REQUIRED.items():
            text: ResponseText = getattr(self, section)
            for needle in needles:
                if not text.mentions(needle):
                    raise ValueError(f"{section} must mention {needle!r}")
        return self


def load_safety_content(path: Path = SAFETY_FILE) -> SafetyContent:
    """Load and validate a safety content file; ContentError names the file and field."""
    return load_toml(path, SafetyContent)


@lru_cache(maxsize=1)
def get_safety_content() -> SafetyContent:
    """The project's safety texts, loaded and validated once per process."""
    return load_safety_content()


def response_for(kind: ScreenKind) -> SafetyResponse:
    """The fixed response for a screening kind (``"none"`` gives an empty response)."""
    if kind == "none":
        return SafetyResponse(kind="none", title="", body="")
    text: ResponseText = getattr(get_safety_content(), kind)
    return SafetyResponse(
        kind=kind, title=text.title, body=text.body, resources=list(text.resources)
    )


def abuse_support() -> SafetyResponse:
    """Domestic-abuse support resources, for a relationship that involved abuse."""
    text = get_safety_content().abuse
    return SafetyResponse(
        kind="abuse", title=text.title, body=text.body, resources=list(text.resources)
    )


NOT_THERAPY: str = get_safety_content().not_therapy
