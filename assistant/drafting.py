"""Drafting a first message: a model with lint and one repair, or the guide engine's drafts."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant import prompts
from assistant.addressing import off_task
from assistant.errors import GateClosed, ModelError, SafetyStop
from assistant.gate import CheckIn, Decision, Verdict, evaluate
from assistant.grounding import draft_section_ids, estimate_tokens, facts, grounding_text
from assistant.lint import LintIssue, is_blocked, lint_draft
from assistant.llm import complete, plain_failure, stream_text
from assistant.purposes import NoteReading, Point, carry_point, purpose_line, read_note
from assistant.safety import screen

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)

Tone = Literal["warm", "neutral", "brief"]
Engine = Literal["llm", "guide"]

# Anything longer than this is not a first message; stop reading the model there.
MAX_DRAFT_CHARS = 1500
# The prompt asks for under 80 words; twice that is a letter, not a first message.
MAX_DRAFT_WORDS = 160

TONE_GUIDANCE: dict[str, str] = {
    "warm": "warm and kind, like a friend who wishes them well; still short.",
    "neutral": "plain and friendly, not emotional.",
    "brief": "as short as possible: two sentences.",
}

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "nb": "Norwegian", "fi": "Finnish", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "el": "Greek", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian",
    "ja": "Japanese", "ko": "Korean", "zh": "Chinese", "hi": "Hindi", "ar": "Arabic",
    "he": "Hebrew", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai",
}


def language_name(language: str) -> str:
    """A language code ("es", "pt-BR") or name ("Spanish") as a name for prompts and notes."""
    code = language.strip().replace("_", "-").split("-")[0].casefold()
    return LANGUAGE_NAMES.get(code, language.strip().title())


def is_english(language: str) -> bool:
    return language_name(language) == "English"


class DraftRequest(BaseModel):
    """What the person wants drafted: to whom, anything they want said, tone and language."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    recipient: str = Field(min_length=1, max_length=60)
    notes: str = Field(default="", max_length=2_000)
    tone: Tone = "warm"
    # A code ("pt-BR") or a name ("Brazilian Portuguese"): words only, since it goes in the prompt.
    language: str = Field(
        default="en", min_length=2, max_length=40, pattern=r"^[^\W\d_]+(?:[ _-][^\W\d_]+){0,3}$"
    )

    @field_validator("recipient")
    @classmethod
    def _one_line(cls, value: str) -> str:
        if "\n" in value or "\r" in value:
            raise ValueError("the recipient's name must be on one line")
        return value


class Draft(BaseModel):
    """A draft and where it came from; ``lint`` is the final text's issues (warnings at most)."""

    model_config = ConfigDict(frozen=True)

    text: str
    engine: Engine
    lint: list[LintIssue]
    citations: list[str]
    note: str = ""


def open_for_drafting(request: DraftRequest, checkin: CheckIn) -> Verdict:
    """Screen the free text, then the gate: SafetyStop or GateClosed before anything is drafted."""
    for text in (request.recipient, request.notes):
        screening = screen(text)
        if screening.flagged:
            raise SafetyStop(screening)
    verdict = evaluate(checkin)
    if verdict.decision is not Decision.GO:
        raise GateClosed(verdict)
    return verdict


# ---------------------------------------------------------------------------------------------
# The guide engine

_CORE: dict[str, tuple[str, str, str]] = {
    "closure": (
        "I've been thinking about how things ended between us, and I'd value a short, calm "
        "conversation sometime, just to understand it a little better and put it to rest.",
        "Now that some time has passed, I'd like to talk once about how things ended, so I can "
        "understand it and leave it in a good place.",
        "If you're ever open to a short talk to help me understand how things ended, I'd "
        "appreciate it.",
    ),
    "clarity": (
        "I've wondered about how things ended, and if you're ever up for it, I'd appreciate "
        "hearing your side.",
        "There are parts of how we ended that I never quite understood, and I'd be grateful to "
        "hear how you saw it, whenever suits you.",
        "If you're ever up for it, I'd like to hear your side of how things ended.",
    ),
    "reconciliation": (
        "I've done a lot of thinking since we split up{change}. If you're open to it, it would "
        "be good to catch up over coffee sometime.",
        "It's been a while.{change_sentence} I'd like to catch up sometime, if you'd like that "
        "too.",
        "It's been a while. I'd like to catch up sometime, if you'd like that too.",
    ),
}

_OPENINGS: dict[str, tuple[str, str]] = {
    "warm": ("I hope you're doing well.", "I hope things are good with you."),
    "neutral": ("I hope you're well.", ""),
    "brief": ("", ""),
}

_CLOSINGS: dict[str, tuple[str, str]] = {
    "warm": (
        "It's completely fine if you'd rather not, and either way, take care.",
        "If you'd rather not, I understand. Take care of yourself.",
    ),
    "neutral": ("If you'd rather not, I understand.", "Either way, all the best."),
    "brief": ("Either way, take care.", "No worries if not."),
}

_THEMES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "apology",
        re.compile(r"\b(sorry|apologi[sz]e|apology|my fault|i was wrong|regret)", re.I),
        "I'm sorry for my part in how things went at the end.",
    ),
    (
        "thanks",
        re.compile(r"\b(thank|grateful|gratitude|appreciate)", re.I),
        "I'm grateful for the good times we had.",
    ),
    (
        "misunderstanding",
        re.compile(r"\b(misunderst|miscommunicat|wrong idea|got it wrong|not what happened)", re.I),
        "I think part of what happened was a misunderstanding, and I'd like to explain my side "
        "calmly, whether or not you see it the same way.",
    ),
    (
        "well_wishes",
        re.compile(r"\b(wish (you|them|her|him) well|hope (you|they|she|he) (are|is|'re|'s) "
                   r"(ok|okay|well|happy|good))", re.I),
        "I really do wish you well.",
    ),
)


def note_themes(notes: str, checkin: CheckIn) -> list[str]:
    """The sentences the person's notes ask for, in a fixed order (never their raw words)."""
    out = []
    for name, pattern, sentence in _THEMES:
        if name == "misunderstanding" and checkin.breakup_reason == "misunderstanding":
            continue  # the reconciliation core already says it
        if pattern.search(notes):
            out.append(sentence)
    return out


def _change(checkin: CheckIn) -> tuple[str, str]:
    if checkin.issues_addressed:
        return (", and I've worked on some of the things that made it hard for us",
                " I've worked on some of the things that made it hard for us.")
    if checkin.circumstances_changed:
        return (", and things are quite different for me now than they were then",
                " A lot has changed for me since then.")
    if checkin.breakup_reason == "misunderstanding":
        return (", and I think some of what happened was a misunderstanding",
                " I think some of what happened was a misunderstanding.")
    return "", ""


def _compose(greeting: str, name: str, *parts: str) -> str:
    body = " ".join(p for p in parts if p)
    if not body.startswith(("I ", "I'")):
        body = body[:1].lower() + body[1:]
    return f"{greeting} {name}, {body}"


# Short enough for a first message on a phone screen, and under the linter's length warning.
MAX_GUIDE_WORDS = 75


def _fit(greeting: str, name: str, head: list[str], themes: list[str], close: str) -> str:
    """The message with as many of the themes as fit within MAX_GUIDE_WORDS."""
    for n in range(len(themes), -1, -1):
        text = _compose(greeting, name, *head, *themes[:n], close)
        if len(text.split()) <= MAX_GUIDE_WORDS:
            return text
    return text


def _candidates(request: DraftRequest, checkin: CheckIn, themes: list[str]) -> list[str]:
    motive = checkin.motive if checkin.motive in _CORE else "closure"
    change, change_sentence = _change(checkin)
    a, b, short = (
        s.format(change=change, change_sentence=change_sentence) for s in _CORE[motive]
    )
    tone = request.tone
    open1, open2 = _OPENINGS[tone]
    close1, close2 = _CLOSINGS[tone]
    bye = _CLOSINGS["brief"][0]
    name = request.recipient
    if tone == "brief":
        return [
            _fit("Hi", name, [short], [], close1),
            _fit("Hey", name, [short], themes[:1], close2),
        ]
    if tone == "neutral":
        return [
            _fit("Hi", name, [open1, a], themes[:1], close1),
            _fit("Hi", name, [open2, b], themes[:1], close2),
            _fit("Hi", name, [short], [], bye),
        ]
    return [
        _fit("Hi", name, [open1, a], themes[:2], close1),
        _fit("Hi", name, [open2, b], themes[:1], close2),
        _fit("Hey", name, [short], themes[:1], bye),
    ]


def _guide_note(request: DraftRequest) -> str:
    if is_english(request.language):
        return ""
    return (
        f"The built-in guide engine drafts in English only, so this draft is in English; "
        f"you could put it into {language_name(request.language)} in your own words."
    )


# How a draft that carries a note's point signs off, by the kind of note and the tone.
_POINT_CLOSINGS: dict[str, dict[str, tuple[str, str]]] = {
    "request": {
        "warm": ("No rush at all. Take care.", "Whatever is easiest for you. Take care."),
        "neutral": ("Thanks.", "Whatever suits you."),
        "brief": ("Thanks.", ""),
    },
    "open": _CLOSINGS,
    "statement": {
        "warm": ("There's no need to reply. Take care.",
                 "You don't need to reply. Take care of yourself."),
        "neutral": ("No need to reply.", "Take care."),
        "brief": ("No need to reply.", ""),
    },
    "greeting": {
        "warm": ("Take care.", "Wishing you all the best."),
        "neutral": ("All the best.", ""),
        "brief": ("", ""),
    },
    "condolence": {
        "warm": ("There's no need to reply. Take care of yourself.",
                 "No need to reply; I'm thinking of you."),
        "neutral": ("No need to reply.", ""),
        "brief": ("", ""),
    },
}
_POINT_OPENINGS: dict[str, dict[str, tuple[str, str]]] = {
    "request": {"warm": ("I hope you're doing well.", "I hope things are good with you."),
                "neutral": ("I hope you're well.", ""), "brief": ("", "")},
    "open": _OPENINGS,
    "statement": _OPENINGS,
    "greeting": {"warm": ("", ""), "neutral": ("", ""), "brief": ("", "")},
    "condolence": {"warm": ("", ""), "neutral": ("", ""), "brief": ("", "")},
}
# Sentences that start with a proper noun keep their capital after "Hi Sam,".
_PROPER_START = re.compile(r"^(?:Eid|Ramadan|[A-Z][a-z]+ the\b)")


def _point_text(greeting: str, name: str, *parts: str) -> str:
    body = " ".join(p for p in parts if p)
    if _PROPER_START.match(body):
        return f"{greeting} {name}! {body}"
    return _compose(greeting, name, body)


def _point_candidates(request: DraftRequest, point: Point) -> list[str]:
    """Drafts that all carry the note's point; they differ in tone and wording only."""
    tone, name = request.tone, request.recipient
    open1, open2 = _POINT_OPENINGS[point.closing][tone]
    close1, close2 = _POINT_CLOSINGS[point.closing][tone]
    if tone == "brief":
        return [_point_text("Hi", name, point.brief, close1),
                _point_text("Hey", name, point.brief, close2)]
    if tone == "neutral":
        return [_point_text("Hi", name, open1, point.neutral, close1),
                _point_text("Hi", name, open2, point.neutral, close2),
                _point_text("Hi", name, point.brief, close1)]
    return [_point_text("Hi", name, open1, point.warm, close1),
            _point_text("Hi", name, open2, point.warm, close2),
            _point_text("Hey", name, point.neutral, close1)]


def _clean(texts: list[str], request: DraftRequest, checkin: CheckIn, citations: list[str],
           note: str, drafts: list[Draft]) -> None:
    for text in texts:
        if len(text.split()) > MAX_GUIDE_WORDS:
            continue
        issues = lint_draft(text, recipient=request.recipient, motive=checkin.motive)
        if issues or any(d.text == text for d in drafts):
            continue
        drafts.append(Draft(text=text, engine="guide", lint=[], citations=citations, note=note))


def _point_drafts(request: DraftRequest, checkin: CheckIn, reading: NoteReading,
                  citations: list[str], note: str) -> list[Draft]:
    """Drafts shaped by the note's purpose; [] when none of them passes the linter."""
    point = reading.point
    if point is None:
        return []
    drafts: list[Draft] = []
    _clean(_point_candidates(request, point), request, checkin, citations, note, drafts)
    if len(drafts) < 2 and point.carried:
        # The detail tripped the linter (or ran long): say the purpose without it, and why.
        plain = carry_point(point.purpose, "", request.recipient)
        if plain is not None:
            why = "the details in your note tripped the message checks, so the draft says it "
            why += "more generally"
            extra = f"{note} {why[:1].upper()}{why[1:]}.".strip() if not drafts else note
            _clean(_point_candidates(request, plain), request, checkin, citations, extra, drafts)
    return drafts


def _why_note(reading: NoteReading) -> str:
    if not reading.why_not:
        return ""
    if reading.point is None:
        return ("The guide engine left your note out of this draft. " + reading.why_not)
    return "Part of your note isn't in this draft. " + reading.why_not


def _guide_drafts(request: DraftRequest, checkin: CheckIn, note: str = "") -> list[Draft]:
    """2-3 lint-clean drafts. A note's purpose shapes them (a condolence stays a condolence);
    with no note, or one about the relationship itself, the check-in's motive does."""
    reading = read_note(request.notes, request.recipient)
    citations = draft_section_ids(checkin, request.notes, reading.purpose)
    note = " ".join(n for n in (note, _guide_note(request), _why_note(reading)) if n)
    drafts = _point_drafts(request, checkin, reading, citations, note)
    if len(drafts) >= 2:
        return drafts
    motive_checkin = checkin
    if reading.purpose == "closure" and checkin.motive not in ("closure", "clarity"):
        motive_checkin = checkin.model_copy(update={"motive": "closure"})  # the note decides
    themes = [] if reading.purpose == "cannot_carry" else note_themes(request.notes, checkin)
    for theme_set in (themes, []):
        _clean(_candidates(request, motive_checkin, theme_set), request, checkin, citations,
               note, drafts)
        if len(drafts) >= 2:
            break
    if not drafts:
        # Only a name the linter objects to can get here; fall back to a greeting without it.
        text = " ".join(
            ["Hi,", _CORE["closure"][2], _CLOSINGS["brief"][0]]
        )
        issues = lint_draft(text, motive=checkin.motive)
        drafts.append(Draft(text=text, engine="guide", lint=issues, citations=citations,
                            note=note))
    return drafts


def guide_variants(request: DraftRequest, checkin: CheckIn) -> list[Draft]:
    """2-3 deterministic, lint-clean drafts from the guide engine (same gate and screen)."""
    open_for_drafting(request, checkin)
    return _guide_drafts(request, checkin)


# ---------------------------------------------------------------------------------------------
# The model


# The bench holds a draft request to 1,200 prompt tokens; the estimate aims below that.
PROMPT_TOKEN_BUDGET = 1_150
# The chat template's role markers and the like, per request.
_TEMPLATE_TOKENS = 30
MIN_SECTIONS = 3  # the motive, an upside and a risk: both sides, always


def draft_prompt(request: DraftRequest, checkin: CheckIn) -> tuple[list[BaseMessage], list[str]]:
    """The messages a model gets for this request, and the guide section ids they carry.

    Sections go in priority order until the token budget is reached; if the person's notes
    are long, the last sections drop out, then the rest shrink to their summaries, and only
    then are the notes shortened.
    """
    from langchain_core.messages import HumanMessage, SystemMessage

    reading = read_note(request.notes, request.recipient)
    ids = draft_section_ids(checkin, request.notes, reading.purpose)
    purpose = purpose_line(reading)
    notes = request.notes
    short = False

    def render() -> tuple[str, str]:
        system = prompts.render(
            "draft.system",
            language_name=language_name(request.language),
            recipient=request.recipient,
            tone_guidance=TONE_GUIDANCE[request.tone],
            grounding=grounding_text(ids, short=short),
        )
        user = prompts.render(
            "draft.user",
            facts=facts(checkin),
            notes=f"What I'd like the message to touch on: {notes}" if notes else "",
            purpose=purpose,
            recipient=request.recipient,
        )
        return system, user

    while True:
        system, user = render()
        over = estimate_tokens(system) + estimate_tokens(user) + _TEMPLATE_TOKENS
        over -= PROMPT_TOKEN_BUDGET
        if over <= 0:
            break
        if len(ids) > MIN_SECTIONS:
            ids = ids[:-1]
        elif not short:
            short = True
        else:
            cost = estimate_tokens(notes)
            keep = int(len(notes) * (cost - over - 5) / cost) if cost else 0
            if keep <= 0:
                notes = ""
                system, user = render()
                break
            notes = notes[:keep].rstrip() + "…"
    return [SystemMessage(content=system), HumanMessage(content=user)], ids


_WORDY = re.compile(r"\w")
_TEMPLATE_TOKEN = re.compile(r"<\|[^|>]{1,30}\|>|</?s>")
_PREAMBLE = re.compile(
    r"^\s*(?:(?:sure|okay|ok|certainly|of course|absolutely|great)\b[^\n]*"
    r"|(?:here(?:'s| is| are)|below is|this is|i(?:'ve| have) written)\b[^\n]*"
    r"(?:draft|message|text|version|note)\b[^\n]*"
    r"|[^\n]{0,60}(?:draft|message)[^\n]{0,20}:\s*)$",
    re.I,
)
_LABEL = re.compile(r"^\s*(?:\*\*)?(?:draft|message|text|subject)(?:\*\*)?\s*:\s*", re.I)
_AFTERWORD = re.compile(
    r"^\s*(?:\(?note\b|\*\*note|---|this (?:message|draft) (?:is|keeps|avoids|uses)\b"
    r"|i hope this (?:helps|works)|let me know if you(?:'d| would)? (?:want|like|need)"
    r"|feel free to (?:adjust|edit|change|modify|tweak|personali[sz]e))",
    re.I,
)
_PLACEHOLDER_LINE = re.compile(r"^\s*[\[<{(][^\]>})\n]{1,40}[\]>})]\s*$")
_SIGN_OFF = re.compile(r"^\s*(?:best|warmly|love|cheers|regards|sincerely|take care|yours)"
                       r"[^\n]{0,20},\s*$", re.I)
_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "„": "“"}


def clean_model_text(text: str) -> str:
    """Strip what models wrap around a message: preambles, labels, quotes, notes, fences."""
    text = _TEMPLATE_TOKEN.sub("", text).replace("\r\n", "\n")
    # Fences, and lines with no words at all (rows of emoji, rules), are decoration.
    lines = [
        ln for ln in text.split("\n")
        if not ln.strip().startswith("```") and (not ln.strip() or _WORDY.search(ln))
    ]
    while lines and not lines[0].strip():
        lines.pop(0)
    # A preamble line goes only when a message follows it, so a one-line draft is never lost.
    while sum(1 for ln in lines if ln.strip()) > 1 and _PREAMBLE.match(lines[0]):
        lines.pop(0)
        while lines and not lines[0].strip():
            lines.pop(0)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
    while len(paragraphs) > 1 and _AFTERWORD.match(paragraphs[-1]):
        paragraphs.pop()
    body = "\n\n".join(paragraphs)
    tail = body.split("\n")
    while tail and (not tail[-1].strip() or _PLACEHOLDER_LINE.match(tail[-1])):
        removed_placeholder = bool(tail[-1].strip())
        tail.pop()
        if removed_placeholder and tail and _SIGN_OFF.match(tail[-1]):
            tail.pop()
    body = "\n".join(tail).strip()
    body = _LABEL.sub("", body, count=1).strip()
    for _ in range(2):
        if body.startswith("**") and body.endswith("**") and len(body) > 4:
            body = body[2:-2].strip()
        if len(body) > 1 and body[0] in _QUOTES and body.endswith(_QUOTES[body[0]]):
            inner = body[1:-1]
            if body[0] not in inner:
                body = inner.strip()
    return re.sub(r"\n{3,}", "\n\n", body).strip()


_REFUSAL = re.compile(r"^\s*(?:i'?m sorry,? but|i can(?:no|')t help|as an ai\b|i cannot)", re.I)


def unusable(text: str, language: str = "en") -> str | None:
    """Why a cleaned model reply is no use as a draft, or None when it is usable."""
    if not text.strip():
        return "it was empty"
    words = text.split()
    if len(words) < 4 or len(text) < 15:
        return "it was too short to be a message"
    if len(text) > MAX_DRAFT_CHARS or len(words) > MAX_DRAFT_WORDS:
        return "it was far too long for a first message"
    visible = [ch for ch in text if not ch.isspace()]
    if sum(ch.isalpha() for ch in visible) < 0.6 * len(visible):
        return "it did not read as a message"
    lowered = [w.casefold().strip(".,!?") for w in words]
    for i in range(len(lowered) - 3):
        if lowered[i] == lowered[i + 1] == lowered[i + 2] == lowered[i + 3]:
            return "it repeated itself"
    sentences = [s.strip().casefold() for s in re.split(r"[.!?\n]+", text) if len(s.strip()) > 12]
    if len(sentences) >= 3 and len(set(sentences)) <= len(sentences) // 2:
        return "it repeated itself"
    if re.search(r"(?im)^\s*(?:assistant|user|system)\s*:", text):
        return "it did not read as a message"
    if _REFUSAL.match(text):
        return "the model declined to write it"
    if is_english(language):
        letters = [ch for ch in visible if ch.isalpha()]
        if sum(not ch.isascii() for ch in letters) > 0.3 * len(letters):
            return "it was not in English"
    return None


def _problems(text: str, issues: list[LintIssue]) -> str:
    lines = []
    for issue in issues:
        if issue.severity != "block":
            continue
        start, end = issue.span
        lines.append(f'- "{text[start:end]}": {issue.message}')
    return "\n".join(lines)


def _rules(issues: list[LintIssue]) -> str:
    rules = sorted({i.rule.replace("_", " ") for i in issues if i.severity == "block"})
    return ", ".join(rules)


class _Fallback(Exception):
    """Internal: the model's draft can't be used; ``reason`` says why, for the note."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class DraftStream:
    """Iterate for text chunks as they arrive; then ``.result`` is the final, checked Draft.

    ``.replaced`` is True when the final text is not what was streamed (a wrapper was
    stripped, the linter blocked it and it was repaired, or the guide engine took over), so
    the UI should show ``.result.text`` in place of what it streamed.
    """

    def __init__(self, run: Callable[[DraftStream], Iterator[str]]) -> None:
        self._result: Draft | None = None
        self.replaced = False
        self.streamed = ""
        self._chunks = run(self)

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        return next(self._chunks)

    def _finish(self, draft: Draft) -> None:
        self._result = draft
        self.replaced = draft.text != self.streamed.strip()

    @property
    def result(self) -> Draft:
        """The final draft; reading it first consumes whatever has not been streamed yet."""
        for _ in self:
            pass
        if self._result is None:  # pragma: no cover - every run ends in _finish
            raise RuntimeError("the draft stream ended without a result")
        return self._result


def _fallback_note(reason: str) -> str:
    return f"The model's draft couldn't be used ({reason}), so this is the guide engine's draft."


def _model_run(
    request: DraftRequest, checkin: CheckIn, model: BaseChatModel
) -> Callable[[DraftStream], Iterator[str]]:
    def run(stream: DraftStream) -> Iterator[str]:
        messages, citations = draft_prompt(request, checkin)
        parts: list[str] = []
        reason: str | None = None
        try:
            size = 0
            for chunk in stream_text(model, messages):
                parts.append(chunk)
                stream.streamed += chunk
                yield chunk
                size += len(chunk)
                if size > MAX_DRAFT_CHARS:
                    break
        except ModelError as exc:
            reason = str(exc)
        except Exception as exc:  # a model failure must never reach the person as an error
            reason = plain_failure(exc)
        try:
            if reason is not None:
                raise _Fallback(reason)
            stream._finish(_check_and_repair("".join(parts), request, checkin, model,
                                             messages, citations))
        except _Fallback as fb:
            note = _fallback_note(fb.reason)
            stream._finish(_guide_drafts(request, checkin, note=note)[0])

    return run


def _check_and_repair(
    raw: str,
    request: DraftRequest,
    checkin: CheckIn,
    model: BaseChatModel,
    messages: list[BaseMessage],
    citations: list[str],
) -> Draft:
    from langchain_core.messages import AIMessage, HumanMessage

    text = clean_model_text(raw)
    why = unusable(text, request.language)
    if why is not None:
        raise _Fallback(why)
    issues = lint_draft(text, recipient=request.recipient, motive=checkin.motive)
    astray = off_task(text, request.recipient)
    if not is_blocked(issues) and astray is None:
        return Draft(text=text, engine="llm", lint=issues, citations=citations)
    problems = _problems(text, issues)
    if astray is not None:  # not a message to them: say so, and ask once for one that is
        problems = "\n".join(filter(None, [
            f"- The whole text: {astray}. Write it as a message to {request.recipient}.",
            problems]))
    repair = prompts.render(
        "repair.user",
        problems=problems,
        language_name=language_name(request.language),
    )
    try:
        raw2 = complete(model, [*messages, AIMessage(content=text), HumanMessage(content=repair)])
    except ModelError as exc:
        raise _Fallback(f"the repair request failed: {exc}") from exc
    except Exception as exc:
        raise _Fallback(f"the repair request failed: {plain_failure(exc)}") from exc
    text2 = clean_model_text(raw2)
    why = unusable(text2, request.language)
    if why is not None:
        raise _Fallback(f"the repaired draft was unusable: {why}")
    issues2 = lint_draft(text2, recipient=request.recipient, motive=checkin.motive)
    if is_blocked(issues2):
        raise _Fallback(f"it was still blocked after one repair: {_rules(issues2)}")
    astray2 = off_task(text2, request.recipient)
    if astray2 is not None:
        raise _Fallback(f"it was still not a message to them after one repair: {astray2}")
    why_first = _rules(issues) or (astray or "")
    return Draft(text=text2, engine="llm", lint=issues2, citations=citations,
                 note=f"The model's first draft was blocked ({why_first}) and was rewritten.")


def _guide_run(request: DraftRequest, checkin: CheckIn) -> Callable[[DraftStream], Iterator[str]]:
    def run(stream: DraftStream) -> Iterator[str]:
        draft = _guide_drafts(request, checkin)[0]
        stream.streamed = draft.text
        stream._finish(draft)
        yield draft.text

    return run


def stream_draft(
    request: DraftRequest, checkin: CheckIn, model: BaseChatModel | None = None
) -> DraftStream:
    """A draft streamed as it is written. Raises GateClosed / SafetyStop before yielding."""
    open_for_drafting(request, checkin)
    if model is None:
        return DraftStream(_guide_run(request, checkin))
    return DraftStream(_model_run(request, checkin, model))


def draft_message(
    request: DraftRequest, checkin: CheckIn, model: BaseChatModel | None = None
) -> Draft:
    """One checked draft: the model's (linted, repaired once) or the guide engine's."""
    return stream_draft(request, checkin, model).result
