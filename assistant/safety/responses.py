"""What the app says when the screen finds something, and the session's sticky crisis flag."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.content import CONTENT_DIR, load_toml
from assistant.safety.kinds import Language, ResponseKind, Screening, ScreenKind

SAFETY_FILE = CONTENT_DIR / "safety.toml"


# --------------------------------------------------------------------------- session state


Answer = Literal["yes", "no", "rather_not"]


class Question(BaseModel):
    """A direct question waiting for an answer: the screening that raised it, where the text
    came from (a page's action, e.g. "talk"), and the texts, so "no" can carry on with them."""

    model_config = ConfigDict(frozen=True)

    screening: Screening
    origin: str
    texts: tuple[str, ...] = ()


def _signals(screening: Screening) -> frozenset[str]:
    """The soft rules behind a question (the semantic score is compared on its own)."""
    return frozenset(m for m in screening.matched if m.startswith("ask."))


class SafetyState(BaseModel):
    """Per-session safety state, in memory only (never in the journal).

    The crisis flag is sticky once set, until the session ends. ``question`` is a direct
    question waiting for an answer. After a "no", texts no stronger than the one asked about
    (no higher score, no soft signal not seen then) are not asked about again; a certain
    crisis always triggers.
    """

    crisis: bool = False
    language: Language = "en"  # of the text behind the crisis panel or the question
    question: Question | None = None
    cleared_score: float = -1.0
    cleared_signals: frozenset[str] = frozenset()
    resume: Question | None = None  # what to carry on with after a "no"

    def observe(self, screening: Screening) -> Screening:
        """Record a screening (a crisis sets the flag for good) and hand it back."""
        if screening.kind == "crisis":
            if not self.crisis:
                self.language = screening.language
            self.crisis = True
            self.question = None
        return screening

    def needs_asking(self, screening: Screening) -> bool:
        """Whether this screening should bring up the direct question now."""
        if self.crisis or screening.kind != "none" or not screening.ask:
            return False
        stronger_score = (screening.score or 0.0) > self.cleared_score
        new_signal = not _signals(screening) <= self.cleared_signals
        return stronger_score or new_signal

    def ask(self, screening: Screening, origin: str, texts: tuple[str, ...] = ()) -> None:
        self.question = Question(screening=screening, origin=origin, texts=texts)
        self.language = screening.language
        self.resume = None

    def answer(self, answer: Answer) -> None:
        """Yes or "I'd rather not say": the crisis panel, for the rest of the session. No:
        carry on with the text that was asked about."""
        question = self.question
        if question is None:
            return
        self.question = None
        if answer in ("yes", "rather_not"):
            self.crisis = True
            return
        self.cleared_score = max(self.cleared_score, question.screening.score or 0.0)
        self.cleared_signals = self.cleared_signals | _signals(question.screening)
        self.resume = question

    def take_resume(self, origin: str) -> Question | None:
        """The question answered "no" for ``origin``, once, so its page can carry on."""
        if self.resume is not None and self.resume.origin == origin:
            resume, self.resume = self.resume, None
            return resume
        return None

    @property
    def interrupted(self) -> bool:
        """A crisis panel or a direct question belongs at the top of the page."""
        return self.crisis or self.question is not None

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
