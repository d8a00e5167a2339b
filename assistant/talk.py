"""Talking it through: a conversation about not sending yet, by the model or the guide's script."""

from __future__ import annotations

import datetime as dt
import logging
import re
import zlib
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
from assistant.talk_content import Theme, get_talk_content
from assistant.themes import Reading, key_phrase, read_message, read_messages

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


def guide_reply(
    history: list[Turn], checkin: CheckIn, verdict: Verdict, today: dt.date
) -> tuple[str, list[str]]:
    """The guide engine's reply at this point of the conversation, with the section ids it cites.

    With nothing said yet it opens from the check-in; after that it answers the last message:
    what it seems to be about, the guide's point that fits, maybe an offer, one question.
    """
    last = history[-1].content if history and history[-1].role == "user" else ""
    if not last.strip():
        questions = guide_questions(checkin, verdict)
        return _opening(checkin, verdict, questions[0] if questions else None, today)
    return _answer(history, last, checkin, verdict, today)


# ---------------------------------------------------------------------------------------------
# Listening: a reply to what the last message was about

# A reply never repeats this many consecutive words of the person's message.
QUOTE_WORDS = 8
_WORDS = re.compile(r"[a-z0-9']+")
_CITED = re.compile(r"\[([a-z][a-z0-9-]*)\]")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold().replace("’", "'"))


def _ngrams(words: list[str], n: int = QUOTE_WORDS) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def quotes_them(reply: str, message: str, n: int = QUOTE_WORDS) -> bool:
    """True when ``reply`` repeats ``n`` or more consecutive words of ``message``."""
    theirs = _ngrams(_words(message), n)
    return bool(theirs) and bool(theirs & _ngrams(_words(reply), n))


def _seed(text: str) -> int:
    return zlib.crc32(" ".join(_words(text)).encode("utf-8"))


def _rotate(options: list[str], start: int) -> list[str]:
    if not options:
        return []
    k = start % len(options)
    return options[k:] + options[:k]


def _fresh(options: list[str], said: list[str]) -> list[str]:
    """``options`` never used in the conversation's replies ``said`` first, then the least
    recently used (otherwise in the order given)."""
    def last_use(option: str) -> int:
        return max((i for i, text in enumerate(said) if option in text), default=-1)

    return sorted(options, key=last_use)


def _detail(theme: Theme, message: str) -> str:
    low = message.casefold().replace("’", "'")
    for d in theme.details:
        if re.search(d.cue, low):
            return d.words
    return ""


def _listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]}, and {items[1]}"
    sep = "; " if any("," in i for i in items) else ", "
    return sep.join(items[:-1]) + f"{sep}and " + items[-1]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _question(theme: Theme, also: list[Theme], checkin: CheckIn, verdict: Verdict,
              said: list[str], seed: int = 0) -> str:
    """One question: what fits the message best and hasn't been asked yet (of the theme's
    two best-fitting questions not yet asked, ``seed`` picks one)."""
    content = get_talk_content()
    fresh = [q for q in theme.questions if not any(q in t for t in said)]
    pool = _rotate(fresh[:2], seed) + list(theme.questions)
    for other in also:
        pool += other.questions[:2]
    pool += [q for _, q in guide_questions(checkin, verdict)]
    pool += content.general_questions
    return _fresh(list(dict.fromkeys(pool)), said)[0]


def _summary(history: list[Turn], verdict: Verdict, today: dt.date, seed: int,
             said: list[str]) -> str:
    """What has been heard so far (each message's theme, in the content's words)."""
    content = get_talk_content()
    texts = [t.content for t in history if t.role == "user" and t.content.strip()]
    heard: list[str] = []
    for reading in read_messages(texts):
        if reading.theme in ("write_for_me", "dont_know"):
            continue
        gist = content.theme(reading.theme).gist[0]
        if gist in heard:
            heard.remove(gist)
        heard.append(gist)
    if not heard:
        return ""
    opening = _fresh(_rotate(content.summary_openings, seed), said)[0]
    go = verdict.decision is Decision.GO
    when = _when(check_in_again(verdict, today))
    options = [t.format(date=when)
               for t in (content.summary_next_go if go else content.summary_next_wait)]
    then = _fresh(_rotate(options, seed), said)[0]
    return f"{opening} {_listing(heard[-4:])}. {then}"


def _offer(kind: str, seed: int, history: list[Turn]) -> str:
    """The unsent letter or the urge pause, unless one of the last two replies offered it."""
    options: list[str] = getattr(get_talk_content().offers, kind)
    recent = " ".join(t.content for t in history[-4:] if t.role == "assistant")
    if any(o in recent for o in options):
        return ""
    said = [t.content for t in history if t.role == "assistant"]
    return _fresh(_rotate(options, seed), said)[0]


def _draft_request(checkin: CheckIn, verdict: Verdict, today: dt.date, seed: int,
                   said: list[str], heard: str) -> tuple[str, list[str]]:
    """Asked to write the message: never here; why, and the letter (or the drafting step)."""
    content = get_talk_content()
    offers = content.offers
    if verdict.failing:
        reason = verdict.failing[0]
        head = _fresh(_rotate(offers.refuse_draft, seed), said)[0]
        tail = _fresh(_rotate(offers.refuse_draft_after, seed // 5), said)[0]
        tail = tail.format(date=_when(check_in_again(verdict, today)))
        text = f"{heard}\n\n{head} {reason.message} [{reason.section}]\n\n{tail}"
        return text.strip(), [reason.section]
    text = _fresh(_rotate(offers.go_draft, seed // 5), said)[0]
    question = _question(content.theme("write_for_me"), [], checkin, verdict, said)
    return f"{heard}\n\n{text}\n\n{question}".strip(), _CITED.findall(text)


def _heard(theme: Theme, message: str, seed: int, said: list[str]) -> list[str]:
    """Openings that show what was heard: a short echo of their words, then a reflection."""
    content = get_talk_content()
    detail = _detail(theme, message)
    plain = _rotate([r for r in theme.reflections if "{detail}" not in r], seed)
    specific = [r.replace("{detail}", detail) for r in theme.reflections if "{detail}" in r]
    reflections = [_capital(r) for r in
                   _fresh((_rotate(specific, seed) if detail else []) + plain, said)]
    echo = key_phrase(message, theme.id)
    if echo:
        frame = _rotate(content.echo_frames, seed >> 22)[0].replace("{echo}", echo)
        reflections = [f"{frame} {r}" for r in reflections]
    return reflections


def _answer(history: list[Turn], last: str, checkin: CheckIn, verdict: Verdict,
            today: dt.date) -> tuple[str, list[str]]:
    """The guide engine's reply to the person's last message."""
    content = get_talk_content()
    said = [t.content for t in history if t.role == "assistant"]
    user_turns = sum(1 for t in history if t.role == "user")
    seed = _seed(last) + user_turns
    reading = read_message(last)
    if reading.theme == "write_for_me" or _ASKS_FOR_DRAFT.search(last):
        heard = _heard(content.theme("write_for_me"), last, seed, said)[0]
        return _draft_request(checkin, verdict, today, seed, said, heard)
    theme = content.theme(reading.theme)
    also = [content.theme(t) for t in reading.themes[1:2]
            if t not in ("write_for_me", "dont_know")]
    reflections = _heard(theme, last, seed, said)
    points = _fresh([p.text for p in theme.points], said)
    question = _question(theme, also, checkin, verdict, said, seed >> 5)
    lead = _fresh(_rotate(content.question_leads, seed >> 11), said)[0]
    aside = f" I can hear {also[0].gist[0]} in there too." if also else ""
    offer = "" if theme.offer == "none" else _offer(theme.offer, seed, history)
    summary = ""
    if user_turns % content.summary_every == 0:
        summary = _summary(history, verdict, today, seed, said)
    earlier = {t.content for t in history if t.role == "assistant"}
    text = ""
    for reflection in reflections:
        for point in points:
            blocks = [reflection + aside, point, offer, summary, f"{lead} {question}"]
            text = "\n\n".join(b for b in blocks if b)
            if text not in earlier and not quotes_them(text, last):
                cites = _CITED.findall(point) + _CITED.findall(summary)
                return text, list(dict.fromkeys(cites))
    # Unreachable with the shipped content (a fresh reflection always differs), but safe.
    return text, list(dict.fromkeys(_CITED.findall(text)))


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


def theme_gists(reading: Reading | None) -> str:
    """What the last message seems to be about, as a line for a prompt."""
    if reading is None:
        return "- Nothing yet: this is the start of the conversation."
    content = get_talk_content()
    names = [content.theme(t).gist[0] for t in reading.themes]
    return "- " + "; ".join(names) + "."


def talk_prompt(
    history: list[Turn], checkin: CheckIn, verdict: Verdict, today: dt.date
) -> tuple[list[BaseMessage], list[str]]:
    """The messages a model gets for this turn, and the guide section ids they carry."""
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    last = history[-1].content if history and history[-1].role == "user" else ""
    reading = read_message(last) if last.strip() else None
    feeling = theme_gists(reading)
    ids = talk_section_ids(checkin, verdict, reading.themes if reading else ())
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
            feeling=feeling,
            grounding=grounding_text(ids, short=short),
        )

    system = render(short=False)
    if estimate_tokens(system) > TALK_SYSTEM_BUDGET:
        system = render(short=True)
    # Sections found by meaning come on top of the check-in's; they go first when space is short,
    # and a risk and an upside always stay.
    while estimate_tokens(system) > TALK_SYSTEM_BUDGET and len(ids) > 3:
        extra = [i for i in ids if not i.startswith(("pros-", "cons-"))]
        ids.remove(extra[-1] if extra else ids[-1])
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


def loops(text: str) -> bool:
    """True when a reply keeps repeating one phrase ("and I keep thinking and I keep ...")."""
    words = _words(text)
    if len(words) < 16:
        return False
    counts: dict[tuple[str, ...], int] = {}
    for gram in zip(words, words[1:], words[2:], words[3:], strict=False):
        counts[gram] = counts.get(gram, 0) + 1
    top = max(counts.values())
    return top >= 4 and top * 4 >= 0.3 * len(words)


def _unusable_reply(text: str) -> str | None:
    stripped = text.strip()
    if len(stripped.split()) < 5:
        return "the model's reply was empty or too short"
    if loops(stripped):
        return "the model's reply kept repeating itself"
    if _SEND_READY.search(stripped):
        return "the model's reply drifted into writing a message to send"
    if screen(stripped, by_model=True).flagged:
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
            checked = 0
            for chunk in stream_text(model, messages):
                stream.streamed += chunk
                yield chunk
                if len(stream.streamed) > MAX_REPLY_CHARS:
                    reason = "the model's reply ran past the length limit"
                    break
                if len(stream.streamed) - checked >= 200:  # stop a loop early, not at the cap
                    checked = len(stream.streamed)
                    if loops(stream.streamed):
                        reason = "the model's reply kept repeating itself"
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
