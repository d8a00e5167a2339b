"""Normalisation: every text is screened in a canonical form of ASCII words."""

from __future__ import annotations

import re
import string
import unicodedata

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_INVISIBLE_OR_MARK = re.compile(_INVISIBLE.pattern[:-1] + _MARKS.pattern[1:])

# Cyrillic, Greek and other letters that look like Latin ones (applied after casefold).
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i",
    "ї": "i", "ј": "j", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ɑ": "a", "ı": "i", "ȷ": "j",
    "օ": "o", "ս": "u", "ց": "g", "ɩ": "i", "ʟ": "l", "ᴋ": "k", "ᴍ": "m", "ꜱ": "s",
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u02bc": "'", "\uff07": "'", "`": "'",
}
_CONFUSABLE = re.compile("[" + "".join(_CONFUSABLES) + "]")
# ASCII punctuation and control characters become spaces; apostrophes stay for contractions.
_PUNCT = str.maketrans(
    {c: " " for c in string.punctuation.replace("'", "") + "".join(map(chr, range(32)))}
    | {"\x7f": " ", "`": "'", "_": " "}
)

# A look-alike digit or symbol touching a letter ("k1ll", "$uicide"): only then are the
# swapped variants screened as well (the text as written is always screened too).
_LEET_NEXT = re.compile(r"[013457@$|!][a-z]")
_UNITS = frozenset({"st", "nd", "rd", "th", "am", "pm", "km", "kg", "hr", "yr", "ft", "cm",
                    "mm", "lb", "mi", "ml", "mb", "gb", "fp", "mo", "wk", "kb", "yo", "mins"})


def _looks_leet(s: str) -> bool:
    """A digit or symbol inside a word ("k1ll") or opening one ("5uicide"), not "1st", "3pm"."""
    for m in _LEET_NEXT.finditer(s):
        i = m.start()
        before = s[i - 1] if i else " "
        if "a" <= before <= "z":
            return True
        if not before.isdigit() and s[i] != "!" and s[i + 1 : i + 3] not in _UNITS:
            return True
    return False


# "1" reads as "i" or "l": it becomes "L" (casefolded text has no capitals), and the
# canonical form is then screened once with each reading.
_LEET = str.maketrans({"0": "o", "1": "L", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "|": "l", "!": "i"})

_TRIPLE = re.compile(r"([a-z])\1\1")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_SPACED = re.compile(r" [a-z] [a-z] [a-z] ")
_APOSTROPHE = re.compile("'")
_SPACED_RUN = re.compile(r"(?<= )[a-z](?: [a-z]){2,}(?= )")  # three or more single letters

_PRONOUNS = ("i", "you", "he", "she", "we", "they", "it", "that", "there", "who", "what",
             "everyone", "everybody", "someone", "nobody", "life", "where", "here")
_SUFFIXES = {"ll": "will", "d": "would", "m": "am", "re": "are", "ve": "have", "s": "is"}
_NOT_STEM = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
_TOKENS: dict[str, str] = {
    f"{p}'{s}": f"{p} {e}" for p in _PRONOUNS for s, e in _SUFFIXES.items()
} | {
    "let's": "let us", "cannot": "can not",
    "dont": "do not", "cant": "can not", "wont": "will not", "im": "i am", "ive": "i have",
    "youre": "you are", "theyre": "they are", "doesnt": "does not", "didnt": "did not",
    "isnt": "is not", "wasnt": "was not", "arent": "are not", "werent": "were not",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "havent": "have not", "hasnt": "has not", "hadnt": "had not", "aint": "is not",
    "youll": "you will", "theyll": "they will", "youd": "you would", "theyd": "they would",
    "shes": "she is", "thats": "that is", "whats": "what is", "theres": "there is",
    "everyones": "everyone is", "gonna": "going to", "gunna": "going to",
    "finna": "going to", "imma": "i am going to", "ima": "i am going to",
    "wanna": "want to", "wana": "want to", "gotta": "got to", "tryna": "trying to",
    "lemme": "let me", "u": "you", "ya": "you", "ur": "your", "ppl": "people",
    "noone": "no one", "cuz": "because", "urself": "yourself",
}
_PHRASES = (  # (a word the phrase needs, the phrase, what it becomes)
    ("self", " my self ", " myself "), ("self", " your self ", " yourself "),
    ("self", " him self ", " himself "), ("self", " her self ", " herself "),
    ("selves", " them selves ", " themselves "), ("un", " un alive", " unalive"),
)


def _fold(text: str) -> str:
    """NFKD, invisible characters out, accents off, casefolded, look-alikes mapped."""
    if text.isascii():
        return text.lower()
    # NFKD is NFKC then NFD in one pass: compatibility forms folded, accents split off.
    s = _INVISIBLE_OR_MARK.sub("", unicodedata.normalize("NFKD", text)).casefold()
    for ch in set(_CONFUSABLE.findall(s)):  # one pass per distinct look-alike, all in C
        s = s.replace(ch, _CONFUSABLES[ch])
    return s


def _apostrophe(tok: str) -> str:
    tok = tok.strip("'")
    if tok.endswith("n't"):
        stem = tok[:-3]
        return f"{_NOT_STEM.get(stem, stem)} not".lstrip()  # a bare "n't" is "not"
    return _TOKENS.get(tok) or tok.replace("'", "")


def _unspace(m: re.Match[str]) -> str:
    return m.group().replace(" ", "")


def _canonical_word(w: str) -> str:
    """One word as the screen reads it: "sooo" -> "soo", "im" -> "i am", "it's" -> "it is"."""
    if _TRIPLE.search(w):
        w = _REPEATS.sub(r"\1\1", w)
    return _TOKENS.get(w) or (_apostrophe(w) if "'" in w else w)


def _words_with(pattern: re.Pattern[str], text: str) -> set[str]:
    """The space-separated words of ``text`` that contain a match of ``pattern``."""
    out: set[str] = set()
    end = -1
    for m in pattern.finditer(text):
        if m.start() < end:
            continue  # still inside the word already taken
        start = text.rfind(" ", 0, m.start()) + 1
        end = text.find(" ", m.end())
        if end < 0:
            end = len(text)
        out.add(text[start:end])
    return out


def _words(s: str) -> str:
    """ASCII ``s`` as canonical words: punctuation gone, spaced letters joined, contractions
    expanded, letters repeated three times or more squeezed to two; one space between.

    What happens to a word depends only on the word, so it is decided once per distinct
    word that needs it (found by searches in C): a long text costs a few passes over it.
    """
    toks = s.translate(_PUNCT).split()
    canon = " " + " ".join(toks) + " "
    if _SPACED.search(canon):  # "k m s" -> "kms"
        canon = _SPACED_RUN.sub(_unspace, canon)
        toks = canon.split()
    vocab = set(toks)
    need = vocab.intersection(_TOKENS)
    distinct = " ".join(vocab)  # each word once
    if "'" in distinct:
        need.update(_words_with(_APOSTROPHE, distinct))
    need.update(_words_with(_TRIPLE, distinct))  # "sooo"
    changed = {w: c for w in need if (c := _canonical_word(w)) != w}
    if changed:  # a lone apostrophe becomes "": dropped, so words stay one space apart
        canon = " " + " ".join(filter(None, map(changed.get, toks, toks))) + " "
    added = f" {' '.join(changed.values())} "  # words the mapping brought in
    for word, old, new in _PHRASES:
        if (word in vocab or f" {word} " in added) and old in canon:
            canon = canon.replace(old, new)
    return canon


def _variants(text: str) -> list[str]:
    """The canonical forms screened: as written, and with look-alike digits read as letters."""
    folded = _fold(text)
    leet = _looks_leet(folded)
    if not folded.isascii():
        # Only English words are matched: any other character can become a separator.
        folded = folded.encode("ascii", "replace").decode("ascii")
    out = [_words(folded)]
    if leet:
        swapped = _words(folded.translate(_LEET))
        for v in (swapped.replace("L", "i"), swapped.replace("L", "l")):
            if v not in out:
                out.append(v)
    return out


def canonical(text: str) -> str:
    """The normalised form the screen matches against (for tests and debugging)."""
    return _variants(text)[0].strip()
