"""Retrieval of the guide sections that matter for one person, and their answers as plain facts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from assistant.gate import CheckIn, Verdict
from assistant.guide import get_guide

MAX_SECTIONS = 5

MOTIVE_SECTION: dict[str, str] = {
    "closure": "motives-closure",
    "reconciliation": "motives-reconciliation",
    "clarity": "motives-clarity",
    "validation": "why-it-hurts",
    "other": "motives-why",
}

MOTIVE_WORDS: dict[str, str] = {
    "closure": "closure: an ending that makes sense",
    "reconciliation": "to get back together",
    "clarity": "clarity about what happened",
    "validation": "reassurance, to feel better about myself",
    "other": "I'm not sure yet",
}

REASON_WORDS: dict[str, str] = {
    "misunderstanding": "a misunderstanding",
    "circumstances": "circumstances (distance, work, timing)",
    "incompatibility": "we weren't compatible",
    "lost_feelings": "feelings faded",
    "infidelity": "infidelity",
    "abuse": "abuse",
    "unknown": "I don't really know",
}

_STOPWORDS = frozenset(
    "a an and are as at be but by can do for from had has have he her him his how i i'm if in "
    "is it its just me my of on or our she so that the their them they this to us was we were "
    "what when which who will with would you your".split()
)
_WORD = re.compile(r"[a-z][a-z']+")


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _terms(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.casefold()) if w not in _STOPWORDS}


@lru_cache(maxsize=1)
def _section_terms() -> dict[str, frozenset[str]]:
    return {
        s.id: frozenset(_terms(" ".join([s.title, s.summary, *s.body, *s.questions])))
        for s in get_guide().sections
        if s.group != "safety"
    }


def match_notes(notes: str, exclude: Iterable[str] = (), limit: int = 1) -> list[str]:
    """Section ids whose words overlap most with the person's notes (at least two shared terms)."""
    wanted = _terms(notes)
    if not wanted:
        return []
    skip = set(exclude)
    scored = []
    for sid, terms in _section_terms().items():
        if sid in skip:
            continue
        score = len(wanted & terms)
        if score >= 2:
            scored.append((-score, sid))
    return [sid for _, sid in sorted(scored)[:limit]]


def _add(ids: list[str], *more: str) -> None:
    for sid in more:
        if sid not in ids:
            ids.append(sid)


def _pro_for(checkin: CheckIn) -> str:
    if checkin.motive == "reconciliation":
        return "pros-reconciliation"
    if checkin.breakup_reason == "misunderstanding":
        return "pros-misconceptions"
    if checkin.motive == "clarity":
        return "pros-growth"
    return "pros-closure"


def _con_for(checkin: CheckIn) -> str:
    if checkin.motive == "reconciliation" or checkin.hoping_to_reconcile:
        return "cons-false-hope"
    return "cons-rejection"


def draft_section_ids(checkin: CheckIn, notes: str = "", purpose: str | None = None) -> list[str]:
    """Sections for drafting: the motive, an upside, the risks, the notes' best match by words,
    then the section that fits the note's purpose (found by meaning)."""
    ids = [MOTIVE_SECTION[checkin.motive], _pro_for(checkin), _con_for(checkin)]
    if checkin.circumstances_changed:
        _add(ids, "timing-circumstances")
    _add(ids, *match_notes(notes, exclude=[*ids, "cons-rejection"]))
    if purpose is not None:
        from assistant.purposes import PURPOSE_SECTIONS

        _add(ids, PURPOSE_SECTIONS[purpose])
    _add(ids, "cons-rejection")
    return ids[:MAX_SECTIONS]


# How many sections the meaning of the last message may add to a talk prompt.
MEANING_SECTIONS = 2


def theme_section_ids(themes: Sequence[str]) -> list[str]:
    """The guide sections that fit what a message is about (its themes, best first)."""
    from assistant.talk_content import get_talk_content

    content = get_talk_content()
    ids: list[str] = []
    for theme in themes:
        _add(ids, *content.theme(theme).sections[:1])
    for theme in themes[:1]:
        _add(ids, *content.theme(theme).sections[1:2])
    return ids[:MEANING_SECTIONS]


def talk_section_ids(checkin: CheckIn, verdict: Verdict, themes: Sequence[str] = ()) -> list[str]:
    """Sections for talking it through: the failing checks, the sections that fit what the
    last message is about, the motive, a risk and an upside."""
    ids: list[str] = []
    _add(ids, *[f.section for f in verdict.failing][:3])
    _add(ids, *theme_section_ids(themes))
    _add(ids, MOTIVE_SECTION[checkin.motive])
    if not any(i.startswith("cons-") for i in ids):
        _add(ids, _con_for(checkin))
    _add(ids, _pro_for(checkin))
    return ids


def reflection_section_ids(hoped_reconcile: bool, response: str) -> list[str]:
    """The guide's three after-contact strategies, plus the upside and risk that fit the outcome."""
    if hoped_reconcile and response == "warm":
        con = "cons-false-hope"
    elif response in ("none_yet", "cold", "hostile", "blocked"):
        con = "cons-rejection"
    else:
        con = "cons-stagnation"
    return ["after-reflect", "after-self-care", "after-growth", "pros-growth", con]


def grounding_text(ids: Iterable[str], *, short: bool = False) -> str:
    """The sections as prompt text, each headed by its id so answers can cite it.

    ``short`` leaves out each section's body (keeping title, summary and questions), for when
    the budget is tight.
    """
    guide = get_guide()
    if short:
        return "\n\n".join(
            "\n".join([f"[{s.id}] {s.title}", s.summary,
                       *(f"Question to ask yourself: {q}" for q in s.questions)])
            for s in map(guide.section, ids)
        )
    return "\n\n".join(guide.section(i).as_text() for i in ids)


def estimate_tokens(text: str) -> int:
    """A cautious token count with no tokenizer at hand.

    English runs at about 4.2 characters a token in the byte-level BPE vocabularies local
    models use (measured with llama.cpp's tokenizer); 3.5 leaves room. Outside ASCII (accents,
    CJK, emoji) each UTF-8 byte counts as a token: a byte-level tokenizer never needs more.
    """
    ascii_chars = 0
    other_bytes = 0
    for ch in text:
        if ch.isascii():
            ascii_chars += 1
        else:
            other_bytes += len(ch.encode("utf-8"))
    return -(-ascii_chars * 2 // 7) + other_bytes


def facts(checkin: CheckIn) -> str:
    """The person's check-in answers as short first-person lines, for a prompt."""
    c = checkin
    ended = {"them": "They ended it.", "me": "I ended it.", "mutual": "We ended it together."}
    lines = [
        f"- The breakup was {c.days_since_breakup} days ago; "
        f"last contact {c.contact_days} days ago.",
        f"- {ended[c.ended_by]} Why it ended: {REASON_WORDS[c.breakup_reason]}.",
        f"- What I want from reaching out: {MOTIVE_WORDS[c.motive]}.",
        f"- Secretly hoping to get back together: {'yes' if c.hoping_to_reconcile else 'no'}.",
        f"- How far I've healed, 0 to 10: {c.healing}.",
    ]
    if c.circumstances_changed:
        lines.append("- What caused the breakup has changed.")
    if c.issues_addressed:
        lines.append("- The issues that drove us apart have been worked on.")
    if c.ex_moved_on:
        lines.append("- They seem to have moved on and be in a steady place.")
    if c.ex_in_relationship:
        lines.append("- They are seeing someone new.")
    if c.me_in_relationship:
        lines.append("- I am seeing someone new.")
    lines.append(
        "- Ready for any response, including silence or being blocked: "
        + ("yes." if c.ready_for_any_response else "not yet.")
    )
    return "\n".join(lines)
