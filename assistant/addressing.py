"""Is a model's draft a message to the recipient, or text about something else?"""

from __future__ import annotations

import re
import unicodedata

# Words that talk *about* a message, its writer or the app, instead of to the recipient: a
# model that was led off task (or wrapped in someone else's instructions) writes these.
_META = re.compile(
    r"\b(?:the sender|the recipient|the receiver|the user|my device|this device|"
    r"as an ai|an ai (?:model|assistant)|language model|chatbot|"
    r"here(?: i|')s (?:a|the|your|my) (?:draft|message|text|version)|"
    r"here is (?:a|the|your|my) (?:draft|message|text|version)|draft message|"
    r"(?:^|\n)\s*(?:subject|to|from|message|draft)\s*:|your ex\b|the ex\b|"
    r"you could (?:say|write|tell|send)|you might (?:say|write|send)|"
    r"(?:send|write) (?:them|him|her) (?:something|a message))",
    re.IGNORECASE,
)

# Second-person words per language, accents off: a message to someone speaks to them.
_YOU = {
    "en": "you your youre yours yourself ya u ur",
    "es": "tu te ti contigo usted tus vos",
    "pt": "voce vc te ti contigo teu tua teus tuas",
    "fr": "tu te toi vous ton ta tes votre vos",
    "de": "du dich dir dein deine deinen deinem deiner sie ihnen euch",
    "it": "tu te ti tuo tua tuoi tue voi vi",
}
_ALL_YOU = frozenset(w for words in _YOU.values() for w in words.split())
_WORD = re.compile(r"[a-z]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("'", "")


def off_task(text: str, recipient: str = "") -> str | None:
    """Why ``text`` is not a message written to ``recipient``, or None when it is one.

    It must speak to them (a second-person word in any of the six languages, or their name)
    and must not talk about the message, its sender or the app instead.
    """
    meta = _META.search(text)
    if meta is not None:
        return f'it talked about the message instead of to them ("{meta.group().strip()}")'
    words = set(_WORD.findall(_fold(text)))
    name = _fold(recipient).strip()
    if words & _ALL_YOU or (name and all(part in words for part in name.split())):
        return None
    return "it was not written to them"
