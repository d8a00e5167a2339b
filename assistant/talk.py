"""Talking it through: a conversation about not sending yet, by the model or the guide's script."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant import prompts
from assistant.errors import GateClosed, ModelError, SafetyStop
from assistant.gate import DECISION_MEANING, CheckIn, Decision, Verdict, evaluate
from assistant.grounding import (
    MOTIVE_WORDS,
    estimate_tokens,
    facts,
    grounding_text,
    talk_section_ids,
)
from assistant.guide import get_guide
from assistant.llm import plain_failure, stream_text
from assistant.safety import screen

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)

Role = Literal["user", "assistant"]

# How many earlier turns a model sees: enough for the thread, bounded for small contexts.
MAX_HISTORY = 12
# A talk request stays within ~1,700 estimated prompt tokens so that, with the reply's 320,
# it fits the 2,048-token context llama.cpp's server starts with by default.
TALK_TOKEN_BUDGET = 1_700
TALK_SYSTEM_BUDGET = 1_100
_TURN_TOKENS = 5
RECONSIDER_DAYS = 7
HEALING_RECHECK_DAYS = 14
MAX_REPLY_CHARS = 2_000
MAX_SCRIPT_QUESTIONS = 4

# The check-in already asked how long it has been; asking again would not listen.
_ALREADY_ANSWERED = frozenset({"timing-no-contact"})

_ACKNOWLEDGE = (
    "Keep hold of that answer; it's yours, not the app's.",
    "There's no right answer to that, only an honest one.",
    "That's worth writing down, just for you.",
    "Thank you for putting that into words.",
)

# Unsent's own questions for the guide sections that carry none.
_EXTRA_QUESTIONS: dict[str, str] = {
    "cons-relationships": "Who else would this message reach, and how would it land for them?",
    "cons-rejection": "If they didn't answer at all, how would you look after yourself that week?",
    "cons-false-hope": "If they replied kindly but wanted nothing more, how would that feel?",
}


class Turn(BaseModel):
    """One turn of the conversation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role
    content: str = Field(max_length=10_000)


def check_in_again(verdict: Verdict, today: dt.date) -> dt.date:
    """When to run the check-in again. A stop has no such date: GateClosed."""
    if verdict.decision is Decision.STOP:
        raise GateClosed(verdict)
    if verdict.decision is Decision.GO:
        return today + dt.timedelta(days=1)  # sleep on it
    if verdict.decision is Decision.RECONSIDER:
        return today + dt.timedelta(days=RECONSIDER_DAYS)
    days = verdict.days_to_wait or 0
    if any(f.check == "healing" for f in verdict.failing):
        days = max(days, HEALING_RECHECK_DAYS)
    return today + dt.timedelta(days=max(days, 1))


def _when(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


class TalkStream:
    """Iterate for the reply's text chunks; then ``.engine``, ``.citations``, ``.text``.

    ``.replaced`` is True when ``.text`` is not what was streamed (the model's reply was
    unusable or drifted into writing a message to send, and the guide's reply took over);
    the UI should then show ``.text``.
    """

    def __init__(self, run: Callable[[TalkStream], Iterator[str]]) -> None:
        self.engine: Literal["llm", "guide"] = "guide"
        self.citations: list[str] = []
        self.note = ""
        self.text = ""
        self.streamed = ""
        self.replaced = False
        self._chunks = run(self)

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        return next(self._chunks)

    def read(self) -> str:
        """Consume the rest of the stream and return the final text."""
        for _ in self:
            pass
        return self.text


# ---------------------------------------------------------------------------------------------
# The guide engine's scripted conversation


def guide_questions(checkin: CheckIn, verdict: Verdict) -> list[tuple[str, str]]:
    """The guide's questions for this person, as (section id, question), failing checks first."""
    guide = get_guide()
    ids = talk_section_ids(checkin, verdict)
    ids += [i for i in ("motives-honesty", "timing-their-space") if i not in ids]
    out: list[tuple[str, str]] = []
    for sid in ids:
        section = guide.section(sid)
        questions = section.questions or (
            [_EXTRA_QUESTIONS[sid]] if sid in _EXTRA_QUESTIONS else []
        )
        if sid in _ALREADY_ANSWERED:
            continue
        out += [(sid, q) for q in questions if all(q != seen for _, seen in out)]
    return out[:MAX_SCRIPT_QUESTIONS]


_ASKS_FOR_DRAFT = re.compile(
    r"\b(write|draft|compose|give me|help me (write|word|say))\b.{0,30}"
    r"\b(message|text|dm|email|reply|(it|one|something) for me)\b",
    re.I,
)


def _quote(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{text}”" if text[-1:] in ".!?…" else f"“{text}.”"


def _both_sides(checkin: CheckIn, ids: list[str]) -> tuple[str, list[str]]:
    guide = get_guide()
    pro = next((i for i in ids if i.startswith("pros-")), "pros-closure")
    con = next((i for i in ids if i.startswith("cons-")), "cons-rejection")
    p, c = guide.section(pro), guide.section(con)
    text = (
        f"To be fair to both sides: {p.summary} [{pro}] But {c.summary[0].lower()}"
        f"{c.summary[1:]} [{con}]"
    )
    return text, [pro, con]


def _opening(
    checkin: CheckIn, verdict: Verdict, first_q: tuple[str, str] | None, today: dt.date
) -> tuple[str, list[str]]:
    cites: list[str] = []
    c = checkin
    said = (
        f"You told me it's been {c.contact_days} day{'s' if c.contact_days != 1 else ''} since "
        f"you were last in touch, that what you want from reaching out is "
        f"{MOTIVE_WORDS[c.motive]}, and that your healing is at {c.healing} out of 10."
    )
    parts = [said, DECISION_MEANING[verdict.decision]]
    failing = verdict.failing
    if failing:
        lines = ["What stood out in your answers:"]
        for f in failing:
            lines.append(f"- {f.message} [{f.section}]")
            cites.append(f.section)
        parts.append("\n".join(lines))
    sides, more = _both_sides(checkin, talk_section_ids(checkin, verdict))
    parts.append(sides)
    cites += more
    if verdict.decision is not Decision.GO:
        parts.append(
            "Whatever you decide, you don't have to decide it today. You could write an unsent "
            "letter (for you, not for sending) and check in again on "
            f"{_when(check_in_again(verdict, today))}."
        )
    if first_q is not None:
        parts.append(f"A question from the guide to start with: {first_q[1]} [{first_q[0]}]")
        cites.append(first_q[0])
    return "\n\n".join(parts), cites


def _closing(checkin: CheckIn, verdict: Verdict, last: str, today: dt.date) -> tuple[
    str, list[str]
]:
    parts = []
    if last:
        parts.append(f"You said {_quote(last)} Those answers are yours to keep.")
    if verdict.decision is Decision.GO:
        parts.append(
            "The checks still pass. If you sleep on it and still want to reach out, the drafting "
            "step can help with a short, respectful message; not sending is just as valid, and "
            "your own wellbeing comes first. [motives-honesty] "
            f"Check in again on {_when(check_in_again(verdict, today))} if you'd like."
        )
    else:
        parts.append(
            "For now, one thing that often helps is an unsent letter: write everything you "
            "would want to say to them, in your own words, and keep it. It's for you, not for "
            "sending, and Unsent keeps it private in your journal."
        )
        parts.append(
            f"Check in again on {_when(check_in_again(verdict, today))}; things may look "
            "different by then. Not sending anything is a valid choice too: your own wellbeing "
            "comes first. [motives-honesty]"
        )
    return "\n\n".join(parts), ["motives-honesty"]


def guide_reply(
    history: list[Turn], checkin: CheckIn, verdict: Verdict, today: dt.date
) -> tuple[str, list[str]]:
    """The scripted reply for this point in the conversation, with the section ids it cites."""
    questions = guide_questions(checkin, verdict)
    step = sum(1 for t in history if t.role == "assistant")
    last = next((t.content for t in reversed(history) if t.role == "user"), "")
    if verdict.failing and _ASKS_FOR_DRAFT.search(last):
        reason = verdict.failing[0]
        return (
            "I won't write a message to send right now. Here's why, in the guide's terms: "
            f"{reason.message} [{reason.section}]\n\n"
            "What I can help with is an unsent letter: write what you'd want to say, for "
            "yourself, and keep it. It often shows what you really hope for, and whether it's "
            f"something a message could give you. Check in again on "
            f"{_when(check_in_again(verdict, today))}.",
            [reason.section],
        )
    if step == 0:
        return _opening(checkin, verdict, questions[0] if questions else None, today)
    if step < len(questions):
        sid, question = questions[step]
        section = get_guide().section(sid)
        text = (
            f"You said {_quote(last)} {_ACKNOWLEDGE[(step - 1) % len(_ACKNOWLEDGE)]}\n\n"
            if last
            else ""
        )
        text += f"The guide's point here: {section.summary} [{sid}]\n\nNext question: {question}"
        return text, [sid]
    return _closing(checkin, verdict, last, today)


def _guide_run(
    history: list[Turn], checkin: CheckIn, verdict: Verdict, today: dt.date, note: str = ""
) -> Callable[[TalkStream], Iterator[str]]:
    def run(stream: TalkStream) -> Iterator[str]:
        text, cites = guide_reply(history, checkin, verdict, today)
        stream.engine = "guide"
        stream.citations = list(dict.fromkeys(cites))
        stream.note = note
        stream.text = stream.streamed = text
        yield text

    return run


# ---------------------------------------------------------------------------------------------
# The model


def talk_prompt(
    history: list[Turn], checkin: CheckIn, verdict: Verdict, today: dt.date
) -> tuple[list[BaseMessage], list[str]]:
    """The messages a model gets for this turn, and the guide section ids they carry."""
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    ids = talk_section_ids(checkin, verdict)
    failing = verdict.failing
    findings = (
        "\n".join(f"- {f.message} [{f.section}]" for f in failing)
        if failing
        else "- Every check passed; they want to think it through before deciding."
    )
    def render(short: bool) -> str:
        return prompts.render(
            "talk.system",
            decision_meaning=DECISION_MEANING[verdict.decision],
            example_id=ids[0],
            check_in_date=_when(check_in_again(verdict, today)),
            facts=facts(checkin),
            findings=findings,
            grounding=grounding_text(ids, short=short),
        )

    system = render(short=False)
    if estimate_tokens(system) > TALK_SYSTEM_BUDGET:
        system = render(short=True)
    room = TALK_TOKEN_BUDGET - estimate_tokens(system)
    kept: list[Turn] = []
    for turn in reversed(history[-MAX_HISTORY:]):
        cost = estimate_tokens(turn.content) + _TURN_TOKENS
        if cost > room:
            if not kept:  # the newest turn always goes in, cut to what fits
                keep = int(len(turn.content) * max(room - _TURN_TOKENS, 0) / cost)
                kept.append(Turn(role=turn.role, content=turn.content[:keep].rstrip() + "…"))
            break
        kept.append(turn)
        room -= cost
    messages: list[BaseMessage] = [SystemMessage(content=system)]
    for turn in reversed(kept):
        cls = HumanMessage if turn.role == "user" else AIMessage
        messages.append(cls(content=turn.content))
    if len(messages) == 1 or isinstance(messages[-1], AIMessage):
        messages.append(HumanMessage(content="I'd like to talk this through before I decide."))
    return messages, ids


_SEND_READY = re.compile(
    r"(?im)^\s*[\"“']?(?:hi|hey|hello|dear)\s+(?!there\b|again\b|friend\b|you\b)[a-z][\w'-]*"
    r"\s*[,!]"
    r"|\b(?:here(?:'s| is) (?:a|the|your) (?:message|text|draft)|you could (?:send|text|say)"
    r"(?: something like)?\s*:)"
)


def _unusable_reply(text: str) -> str | None:
    stripped = text.strip()
    if len(stripped.split()) < 5:
        return "the model's reply was empty or too short"
    if _SEND_READY.search(stripped):
        return "the model's reply drifted into writing a message to send"
    if screen(stripped).flagged:
        return "the model's reply tripped the safety screen"
    return None


def _model_run(
    history: list[Turn], checkin: CheckIn, verdict: Verdict, today: dt.date,
    model: BaseChatModel,
) -> Callable[[TalkStream], Iterator[str]]:
    def run(stream: TalkStream) -> Iterator[str]:
        messages, ids = talk_prompt(history, checkin, verdict, today)
        reason: str | None = None
        try:
            for chunk in stream_text(model, messages):
                stream.streamed += chunk
                yield chunk
                if len(stream.streamed) > MAX_REPLY_CHARS:
                    break
        except ModelError as exc:
            reason = str(exc)
        except Exception as exc:  # a model failure must never reach the person as an error
            reason = plain_failure(exc)
        if reason is None:
            reason = _unusable_reply(stream.streamed)
        if reason is None:
            stream.engine = "llm"
            stream.citations = ids
            stream.text = stream.streamed.strip()
            return
        text, cites = guide_reply(history, checkin, verdict, today)
        stream.engine = "guide"
        stream.citations = list(dict.fromkeys(cites))
        stream.note = f"{reason[:1].upper()}{reason[1:]}, so this is the guide's own reply."
        stream.text = text
        if stream.streamed.strip():
            stream.replaced = True
        else:
            stream.streamed = text
            yield text

    return run


def talk(
    history: list[Turn],
    checkin: CheckIn,
    verdict: Verdict,
    model: BaseChatModel | None = None,
    *,
    today: dt.date | None = None,
) -> TalkStream:
    """The next reply in the talk-it-through conversation, streamed.

    Every user turn is screened first (SafetyStop); a stop verdict has no conversation about
    contacting them (GateClosed). Model failures never raise: the guide's reply takes over.
    """
    for turn in history:
        if turn.role == "user":
            screening = screen(turn.content)
            if screening.flagged:
                raise SafetyStop(screening)
    if Decision.STOP in (verdict.decision, evaluate(checkin).decision):
        raise GateClosed(verdict)
    day = today or dt.date.today()
    if model is None:
        return TalkStream(_guide_run(history, checkin, verdict, day))
    return TalkStream(_model_run(history, checkin, verdict, day, model))
