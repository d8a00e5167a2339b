"""What a drafting note asks to say: its purpose and the concrete point a draft must carry."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parent / "models"
NOTE_HEAD_FILE = MODELS_DIR / "note_purposes.npz"
# A head over hashed n-grams (assistant.hashed) reads the note's own phrasing; its
# probabilities are added with NGRAM_WEIGHT, chosen on folds of the blind training notes:
# 93.7% of purposes read right, against 91.6% without it (training/train_talk.py --cv).
NOTE_NGRAMS_FILE = MODELS_DIR / "note_ngrams.npz"
NGRAM_WEIGHT = 2.0

PURPOSE_IDS: tuple[str, ...] = (
    "return_belongings", "pet", "congratulations", "condolences", "birthday", "holiday",
    "thanks", "apology", "misunderstanding", "friendship", "practical", "closure", "reconcile",
    "wellbeing", "cannot_carry",
)
# Purposes that are about the relationship itself: the check-in's motive shapes those drafts.
ABOUT_US = frozenset({"closure", "reconcile"})
CUE_WEIGHT = 0.3

_POSS = r"(?:his|her|their|my|our|the|your)"
RELATIONS = (
    "great-grandmother", "great-grandfather", "grandmother", "grandfather", "grandma", "grandpa",
    "granddad", "grandad", "granny", "nana", "nan", "gran", "mother", "father", "mum", "mom",
    "dad", "mama", "papa", "stepmum", "stepmom", "stepdad", "brother", "sister", "uncle",
    "aunt", "auntie", "aunty", "cousin", "best friend", "friend", "son", "daughter", "niece",
    "nephew", "wife", "husband", "partner", "colleague", "boss", "teacher", "godmother",
    "godfather", "dog", "cat", "pet", "horse",
)
PETS = ("guinea pig", "dog", "cat", "puppy", "kitten", "rabbit", "bunny", "hamster", "parrot",
        "bird", "horse", "tortoise", "turtle", "ferret", "budgie", "lizard", "snake", "fish")
_REL = "|".join(re.escape(r) for r in RELATIONS)

_CUE_SOURCES: dict[str, str] = {
    "return_belongings": r"\b(?:give (?:it |them |this |these )?back|return(?:ing)? (?:his|her|"
                         r"their|the|my|it|them)|drop (?:it |them |\w+ )?off|collect|pick up (?:my|"
                         r"his|her|the)|get (?:my|it) .{0,20}back|still ha(?:ve|s) (?:his|her|"
                         r"their|my|some)|left (?:his|her|their|my|some)|swap|lent|borrowed|"
                         r"belongings|stuff back|things back|at (?:his|her|their) "
                         r"(?:place|flat))\b",
    "pet": r"\b(?:" + "|".join(PETS) + r"|pet|vet)s?\b",
    "congratulations": r"(?:congrat|well done|proud of|graduat|promotion|new job|got into|"
                       r"finish(?:ed|ing) (?:his|her|their)|passed (?:his|her|their))",
    "condolences": r"(?:\bdied\b|passed away|\bpassed\b(?! (?:his|her|their|the))|funeral|"
                   r"condolence|sympathy|loss of|lost (?:his|her|their) (?:" + _REL + r")|"
                   r"sorry about (?:his|her|their) (?:" + _REL + r"))",
    "birthday": r"(?:birthday|\bbday\b|\bhbd\b|happy \d+(?:st|nd|rd|th)\b|turning \d+)",
    "holiday": r"(?:new year|christmas|xmas|thanksgiving|holidays|\beid\b|diwali|hanukkah|"
               r"chanukah|easter|season'?s greetings|lunar|passover|ramadan|halloween)",
    "thanks": r"(?:\bthank|grateful|appreciat|gratitude)",
    "apology": r"(?:\bsorry\b|apologi|apology|\bregret|own up|my part)",
    "misunderstanding": r"(?:misunderst|wrong idea|not what i meant|set the record|clear up|"
                        r"explain|rumou?r|meant for|came out wrong|misread|isn't true)",
    "friendship": r"(?:\bfriends\b|be friends|as a friend|good terms|\bcivil\b|friendly|"
                  r"okay around each other)",
    "practical": r"(?:\blease\b|\bbills?\b|account|insurance|deposit|\brent\b|tickets?|\bmail\b|"
                 r"membership|booking|subscription|contract|\bowes?\b|council tax|\bloan\b|"
                 r"\bsplit\b|\bcancel)",
    "closure": r"(?:closure|why (?:it|he|she|they)|what went wrong|goodbye|put it to rest|"
               r"close this chapter|answers|how things ended|end things properly)",
    "reconcile": r"(?:back together|try again|another (?:chance|shot|try)|start over|still love|"
                 r"want (?:him|her|them) back|ask (?:him|her|them) out|something between us|"
                 r"see each other again|give us)",
    "wellbeing": r"(?:doing (?:okay|ok|alright|well)|how (?:he|she|they)(?:'s| is| are| has| have)?"
                 r" (?:been|doing|coping)|hope (?:she|he|they)(?:'s| is| are|'re) (?:happy|well|"
                 r"okay|ok|good)|wish (?:him|her|them) well|\balright\b|check (?:in|on|she|he|"
                 r"they)|coping|\bsafe\b|hope things are|how (?:he|she|they)'s been|hope you're)",
    "cannot_carry": r"(?:jealous|feel (?:as )?bad|guilt (?:him|her|them)|owes? me an? "
                    r"(?:explanation|answer|apology)|ruined|can't live without|still with|"
                    r"saw (?:him|her|them) (?:at|with)|new (?:boyfriend|girlfriend|man|woman|guy|"
                    r"girl)|liar|a cheat|waiting outside|regret (?:it|leaving)|make (?:him|her|"
                    r"them) (?:pay|suffer|feel))",
}
_CUES = tuple(re.compile(_CUE_SOURCES[p], re.I) for p in PURPOSE_IDS)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def cue_matrix(texts: Sequence[str]) -> Any:
    """A (n, purposes) 0/1 array: which purposes' keyword cues fire in each note."""
    import numpy as np

    out = np.zeros((len(texts), len(PURPOSE_IDS)), dtype=np.float32)
    for i, text in enumerate(texts):
        low = _norm(text).casefold()
        for j, cue in enumerate(_CUES):
            if cue.search(low):
                out[i, j] = 1.0
    return out


@lru_cache(maxsize=1)
def note_head() -> Any:
    """The committed linear head over sentence embeddings (assistant/models/note_purposes.npz)."""
    from assistant.semantic import LinearHead

    head = LinearHead.load(NOTE_HEAD_FILE)
    if list(head.labels) != list(PURPOSE_IDS):
        raise ValueError("note_purposes.npz was trained for other purposes: run `make train`")
    return head


@lru_cache(maxsize=1)
def note_ngram_head() -> Any:
    """The committed head over hashed n-grams (assistant/models/note_ngrams.npz)."""
    from assistant.hashed import load_head

    return load_head(NOTE_NGRAMS_FILE, PURPOSE_IDS)


def ngram_probs(texts: Sequence[str], head: Any = None) -> Any:
    """A (n, purposes) array: the n-gram head's probabilities (zeros if it can't be read)."""
    from assistant.hashed import proba_or_zeros

    return proba_or_zeros(lambda: head or note_ngram_head(), texts, len(PURPOSE_IDS))


def purpose_scores(texts: Sequence[str], *, head: Any = None, ngram_head: Any = None,
                   ngram_weight: float = NGRAM_WEIGHT, cue_weight: float = CUE_WEIGHT) -> Any:
    """A (n, purposes) array: the embedding head's probabilities plus the n-gram head's and
    the cues' weight (no embedding head if the embedded model can't load, so drafting never
    fails for want of it)."""
    from assistant.semantic import SemanticUnavailable, embed

    out = cue_weight * cue_matrix(texts)
    if ngram_weight:
        out = out + ngram_weight * ngram_probs(texts, ngram_head)
    try:
        out = out + (head or note_head()).predict_proba(embed(list(texts)))
    except (SemanticUnavailable, OSError, ValueError):
        pass
    return out


def note_purposes(notes: str) -> list[tuple[str, float]]:
    """The purposes of a note, best first, with their scores (empty for an empty note)."""
    if not notes.strip():
        return []
    row = purpose_scores([_norm(notes)])[0]
    order = sorted(range(len(PURPOSE_IDS)), key=lambda j: -float(row[j]))
    return [(PURPOSE_IDS[j], round(float(row[j]), 4)) for j in order]


# ---------------------------------------------------------------------------------------------
# Turning "his guitar" into "your guitar": the note is about them; the draft speaks to them.

_SUBJECT = {"he": "you", "she": "you", "they": "you"}
_OBJECT = {"him": "you", "them": "you"}
_POSSESSIVE = {"his": "your", "their": "your", "hers": "yours", "theirs": "yours"}
_REFLEXIVE = {"himself": "yourself", "herself": "yourself", "themselves": "yourself",
              "themself": "yourself"}
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
          "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "'s": "'re"}
# After "her", these words mean it was an object ("thank her for"), not a possessive.
_NOT_NOUNS = frozenset(
    "for to at on in and or but with about from that this the a an so as if when because by "
    "of is was be know now again back up out off too very really".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+(?:[.,]\d+)?|[^\sA-Za-z\d]")


_GENDERED = re.compile(r"\b(?:he|him|his|she|her|hers|he's|she's|he'd|she'd)\b", re.I)
_ADVERBS = frozenset("still also just never always really often sometimes finally usually "
                     "even".split())
_NOT_VERBS = frozenset("is was has does thus this us his always perhaps yes".split())


def _agree(tokens: list[str], j: int) -> None:
    """After "he/she" became "you": "still uses" -> "still use", "misses" -> "miss"."""
    while j < len(tokens) and tokens[j].casefold() in _ADVERBS:
        j += 1
    if j >= len(tokens):
        return
    word = tokens[j]
    low = word.casefold()
    if low in _NOT_VERBS or low in _AGREE or not low.isalpha() or len(low) < 4:
        return
    if low.endswith("ies"):
        tokens[j] = word[:-3] + "y"
    elif low.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        tokens[j] = word[:-2]
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")):
        tokens[j] = word[:-1]


def to_second_person(phrase: str, recipient: str = "") -> str:
    """Rewrite a phrase about them ("her degree", "he got the job") as said to them."""
    tokens = _WORD.findall(phrase)
    out: list[str] = []
    name = recipient.strip().casefold()
    # With "he" or "she" for them in the note, "they" and "them" mean other people or things.
    gendered = bool(_GENDERED.search(phrase))
    for i, tok in enumerate(tokens):
        low = tok.casefold()
        nxt = tokens[i + 1].casefold() if i + 1 < len(tokens) else ""
        if gendered and low in ("they", "them", "their", "theirs", "themselves", "they're",
                                "they'd", "they'll"):
            out.append(tok)
            continue
        if low in ("he", "she", "they"):
            _agree(tokens, i + 1)
        if name and low in (name, f"{name}'s"):
            out.append("your" if low.endswith("'s") else "you")
        elif low in ("he's", "she's", "they're"):
            out.append("you're")
        elif low in ("he'd", "she'd", "they'd"):
            out.append("you'd")
        elif low in ("he'll", "she'll", "they'll"):
            out.append("you'll")
        elif low in _SUBJECT:
            out.append("you")
            if nxt in _AGREE:
                tokens[i + 1] = _AGREE[nxt]
        elif low in _OBJECT:
            out.append("you")
        elif low == "her":
            out.append("your" if nxt and nxt[0].isalnum() and nxt not in _NOT_NOUNS else "you")
        elif low in _POSSESSIVE:
            out.append(_POSSESSIVE[low])
        elif low in _REFLEXIVE:
            out.append(_REFLEXIVE[low])
        else:
            out.append(tok)
    text = " ".join(out)
    text = re.sub(r" ([,.;:!?)])", r"\1", text)
    text = re.sub(r"\( ", "(", text)
    return re.sub(r"\byou (loves|likes|wants|needs|thinks|says|knows)\b",
                  lambda m: "you " + m.group(1)[:-1], text)


_STOP_AFTER = re.compile(
    r"\s+(?:at|to|from|and|but|so|because|which|that|when|back|off|since|before|after|"
    r"if|as|who|where|while|though|or)\b.*$|[,.;:!?].*$",
    re.I,
)


def _trim(phrase: str, max_words: int = 7) -> str:
    phrase = _STOP_AFTER.sub("", phrase.strip())
    words = phrase.split()
    return " ".join(words[:max_words]).strip(" ,.;:!?")


def _after(pattern: str, text: str, max_words: int = 9) -> str:
    """The phrase after the first match of ``pattern`` (trimmed at a clause break)."""
    m = re.search(pattern, text, re.I)
    if not m:
        return ""
    rest = text[m.end():].strip()
    rest = re.split(r"[,.;:!?]| - | and (?:i|say|tell|ask|hope|wish|just)\b", rest, maxsplit=1)[0]
    return " ".join(rest.split()[:max_words]).strip()


# ---------------------------------------------------------------------------------------------
# Restating a note as plain sentences to them: "the last electric bill came, need to split it"
# becomes "The last electric bill came. I'd like to split it."

_FIX_WORDS = {
    "i": "I", "im": "I'm", "ive": "I've", "id": "I'd", "dont": "don't", "doesnt": "doesn't",
    "didnt": "didn't", "wasnt": "wasn't", "isnt": "isn't", "cant": "can't", "wont": "won't",
    "shes": "she's", "hes": "he's", "theyre": "they're", "theres": "there's", "thats": "that's",
    "whats": "what's", "couldnt": "couldn't", "shouldnt": "shouldn't", "wouldnt": "wouldn't",
    "havent": "haven't", "hasnt": "hasn't", "arent": "aren't", "youre": "you're", "u": "you",
    "ur": "your", "pls": "please", "cv": "CV",
}
_MONTHS = ("january february march april may june july august september october november "
           "december monday tuesday wednesday thursday friday saturday sunday").split()
_WILL = re.compile(r"\bill (?=(?:be|do|send|bring|drop|post|leave|pay|give|get|take|make|come|go|"
                   r"call|text|have|need|try|keep|let|sort|change|cancel|transfer|move|pick|"
                   r"collect|swing|put|return|stop)\b)", re.I)
_HAS_DONE = re.compile(r"\b(?:he|she|they)(?:'s|'re| is| are) (?=(?:been|got|gotten|had|done|"
                       r"finished|moved|left|started|made|passed|lost|found|become|graduated|"
                       r"gone)\b)", re.I)
_SAY = (r"(?:ask|tell|say|let (?:him|her|them|\w+) know|explain|mention|remind|check|find out|"
        r"see|wish|write|text|message)")
_WANT = r"(?:(?:really |just |also )?(?:want|wanna|need|would like|'d like|d like|would love|"
_WANT += r"'d love|d love|hope|plan|mean|meant|am going|'m going|m going|have|got) to)"
_CLAUSE_SPLIT = re.compile(
    r"(?<=[.!?;])\s+|\n+|,\s+(?=(?:and |but |so |then )?(?:i|we|ask|tell|say|want|need|"
    r"can|could|hope|maybe|let|also|just|he|she|they|his|her|their)\b)|\s+(?:and|but|so)\s+"
    r"(?=(?:ask|tell|say|let (?:him|her|them) know|(?:i )?(?:want|need|would like|'d like)"
    r" to)\b)",
    re.I,
)
_LEAD_IN = re.compile(
    r"^(?:(?:and|but|so|also|just|please|maybe|then|honestly|ok|okay)\s+)*"
    r"(?:(?:i|we)\s+(?=" + _WANT + "|" + _SAY + r"))?(?:" + _WANT + r"(?:\s+|$))?"
    r"(?P<say>" + _SAY + r")?"
    r"(?(say)(?:\s+(?:him|her|them|you))?(?:\s+(?P<wh>that|if|whether|when|where|what|how|who"
    r"|why))?\s+|)",
    re.I,
)
_SELF_VERBS = re.compile(r"^(?:heard|saw|noticed|found|read|realised|realized|know|knew|think|"
                         r"thought|hope|miss|missed|wish|feel|felt|loved|love|still|really|"
                         r"never|always|just|was|am|have|had|got|get|can|could|should|would|"
                         r"will|did|do|owe|appreciate|enjoyed|learned|learnt)\b", re.I)
# What a note's instruction alone says ("thank her", "say sorry"): nothing left to restate.
_EMPTY = re.compile(r"^(?:it|that|this|them|so|too|sorry|thanks|thank you|congrats|"
                    r"congratulations|happy birthday|hi|hello|something|anything|no|yes|"
                    r"no excuses|properly|nicely|kindly|briefly)?$", re.I)


def _fix(text: str) -> str:
    words = text.split()
    out = []
    for w in words:
        core = w.strip(".,!?;:").casefold()
        if core in _FIX_WORDS:
            w = w.casefold().replace(core, _FIX_WORDS[core], 1)
        elif core in _MONTHS:
            w = w.replace(core, core.capitalize(), 1)
        out.append(w)
    return _WILL.sub("I'll ", " ".join(out))


def _clause_to_them(clause: str, recipient: str) -> str:
    """One clause of a note, said to them, or "" when it was only an instruction."""
    clause = clause.strip(" ,.;:!-")
    m = _LEAD_IN.match(clause)
    rest = clause[m.end():] if m else clause
    said = bool(m and m.group("say"))
    wanted = bool(m and re.search(_WANT, m.group(0), re.I))
    wh = (m.group("wh") or "").casefold() if m else ""
    rest = _fix(to_second_person(_HAS_DONE.sub("you've ", _fix(rest.strip(" ,.;:!-"))),
                                 recipient))
    rest = re.sub(r"\byou (?:have|need|must|got) to\b", "you'd need to", rest)
    rest = re.sub(r"\bi\b", "I", rest)
    if _EMPTY.match(rest.casefold().strip()):
        return ""
    if wh in ("if", "whether", "when", "where", "what", "how", "who", "why"):
        return f"Could you let me know {wh} {rest}?"
    if said:
        # "tell him I'm proud of him" -> "I'm proud of you"; "say thanks for X" is handled
        # by the purpose's own sentence.
        return _cap(rest) + "."
    if wanted:
        return f"I'd like to {rest}."
    if _SELF_VERBS.match(rest):
        rest = f"I {rest}"
    return _cap(rest) + "."


def restate(notes: str, recipient: str = "", skip: str = "", max_words: int = 32) -> list[str]:
    """The note's clauses as sentences said to them, leaving out clauses matching ``skip``."""
    out: list[str] = []
    words = 0
    for clause in _CLAUSE_SPLIT.split(_norm(notes)):
        if not clause or not clause.strip():
            continue
        if skip and re.search(skip, clause, re.I):
            continue
        sentence = _clause_to_them(clause, recipient)
        n = len(sentence.split())
        if not sentence or words + n > max_words:
            continue
        out.append(sentence)
        words += n
    return out


@dataclass(frozen=True)
class Point:
    """A note's purpose, the sentences that carry it (warm, neutral, brief) and any warning."""

    purpose: str
    warm: str
    neutral: str
    brief: str
    # How the draft signs off: "request" (a practical ask), "open" (leaves them free to answer
    # or not), "statement" (says something, asks nothing), "greeting" or "condolence".
    closing: str = "request"
    why_not: str = ""  # when part of the note can't be carried safely: why, in plain words
    carried: bool = True  # False when only the general purpose could be said, not the detail

    def core(self, tone: str) -> str:
        return {"warm": self.warm, "neutral": self.neutral}.get(tone, self.brief)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# Words that end a phrase about a place or a time, not a thing to give back.
_NOT_THINGS = frozenset("place flat house home mine yours door neighbour neighbor time week "
                        "weekend month day way end stuff things trip car garage drawer desk "
                        "room".split())


def _belongings(notes: str, recipient: str) -> Point:
    low = notes.casefold()
    thing = ""
    for m in re.finditer(r"\b((?:a (?:box|bag|pile|couple|few) of |some of |one of )?"
                         r"(?:(?:his|her|their|my|the|our|a|an|some|those|these|that) )"
                         r"(?:[\w'-]+ ){0,2}[\w'-]+)", notes, re.I):
        candidate = _trim(to_second_person(m.group(1), recipient), 6)
        # "the spare key is still with him": the thing, not what is said about it.
        candidate = re.sub(r"\s+(?:is|are|was|were|has|have|had|still|'s)\b.*$", "", candidate,
                           flags=re.I)
        last = candidate.casefold().split()[-1:]
        if not last or last[0] in _NOT_THINGS or _TRIVIAL.match(candidate):
            continue
        if re.match(r"(?:at|to|from|in|into|by|near|outside) ", notes[max(0, m.start() - 5):
                                                                       m.start()].lstrip()[-5:]):
            continue
        thing = candidate
        break
    mine = bool(re.search(r"\b(?:my|mine)\b", thing.casefold())) or bool(
        re.search(r"\b(?:want|get|collect|pick up) (?:back )?my\b", low)) or bool(
        re.search(r"\b(?:is|are) still (?:with|at) (?:him|her|them|his|hers|theirs)\b", low))
    if not thing:
        if mine:
            return Point("return_belongings",
                         "I think a few of my things are still at yours, and I'd like to pick "
                         "them up whenever suits you.",
                         "I'd like to arrange getting my things back, whenever suits you.",
                         "Could I pick up my things sometime?", carried=False)
        return Point("return_belongings",
                     "I still have some of your things, and I'd like to get them back to you "
                     "whenever suits you.",
                     "I still have some of your things and would like to return them.",
                     "I still have some of your things to give back.", carried=False)
    if mine:
        return Point(
            "return_belongings",
            f"I think {thing} is still at yours, and I'd like to pick it up whenever is easiest "
            "for you.",
            f"I'd like to arrange getting {thing} back, whenever is easiest for you.",
            f"Could I pick up {thing} sometime?",
        )
    verb = "still have"
    return Point(
        "return_belongings",
        f"I {verb} {thing} and I'd like to get it back to you. I can drop it off or post it, "
        "whichever is easier.",
        f"I {verb} {thing} and would like to return it. I can drop it off or post it.",
        f"I {verb} {thing} and want to get it back to you.",
    )


_PET = "|".join(PETS)


def pet_name(notes: str, recipient: str = "") -> str:
    """The pet's name in a note ("Biscuit", "luna" -> "Luna"), or ""."""
    skip = {recipient.casefold(), "i", "i'm", "i'd", "i'll", "i've"} | _COMMON_CAPS
    for pattern in (r"\b(?:" + _PET + r")s?,? (?:called |named )?([a-z]+)\b",
                    r"\b([a-z]+),? (?:the|our|my|his|her|their) (?:" + _PET + r")\b",
                    r"\bhow ([a-z]+) is\b", r"\bhow(?: is|'s|s) ([a-z]+) (?:doing|getting on)\b",
                    r"\b(?:take|walk) ([a-z]+) (?:for|out)\b",
                    r"\b([a-z]+) (?:has been|is|was|has|had|got) (?:sick|ill|unwell|poorly|"
                    r"better|fine|okay|ok|doing|at the vet)\b",
                    r"\b(?:see|visit|walk|miss) ([a-z]+)\b"):
        for m in re.finditer(pattern, notes, re.I):
            word = m.group(1)
            if word.casefold() not in skip and word.casefold() not in _NOT_NAMES:
                return word[:1].upper() + word[1:].casefold()
    caps = [w for w in re.findall(r"\b[A-Z][a-z]+\b", notes[1:])
            if w.casefold() not in skip and w.casefold() not in _NOT_NAMES]
    return caps[0] if caps else ""


def _pet(notes: str, recipient: str) -> Point:
    species = next((p for p in PETS if re.search(rf"\b{p}s?\b", notes, re.I)), "")
    name = pet_name(notes, recipient)
    who = name or (f"the {species}" if species else "the little one")
    about = f"{name} the {species}" if name and species else who
    if re.search(r"\b(?:died|passed|put down|put to sleep|lost)\b", notes, re.I) and name:
        return Point("pet", f"I was so sorry to hear about {about}. I know how loved they were, "
                     "and I'm thinking of you.", f"I was so sorry to hear about {about}.",
                     f"I'm so sorry about {name}.", closing="condolence")
    update = re.search(r"\b(?:sick|ill|unwell|poorly|vet|better|surgery|operation|meds|jabs)\b",
                       notes, re.I)
    if update and not re.search(r"\b(?:ask|how is|how's|hows)\b", notes, re.I):
        # News about the pet to pass on ("rex has been sick but is getting better").
        said = " ".join(restate(notes, recipient, max_words=24))
        if said and re.search(r"\b(?:sick|ill|unwell|poorly|vet|better|surgery|operation|meds"
                              r"|jabs)\b", said, re.I):
            return Point("pet", f"{said} I thought you'd want to know.", said, said)
    visit = re.search(r"\b(visit|see|photo|picture|take (?:the|him|her)|look after|walk|sharing|"
                      r"custody|weekend)\b", notes, re.I)
    seeing = (f"taking {who} for a walk" if re.search(r"\bwalk", notes, re.I)
              else f"seeing {who}")
    extra = (f" If you'd ever be open to me {seeing} now and then, I'd like that, but "
             "only if it works for you." if visit else "")
    return Point(
        "pet",
        f"I've been wondering how {about} is doing, and I hope all is well.{extra}",
        f"I wanted to ask how {about} is doing.{extra}",
        f"How is {who} doing?",
        carried=bool(name or species),
    )


_NOT_NAMES = frozenset(
    "know see ask check how about with for to from love miss walk visit feed take keep get "
    "have find hear heard tell say want need like if when whether where what "
    "is was has had did does passed died got gets went goes still too so and but or the a an "
    "that this it its him her them you your my our his their doing getting eating sleeping "
    "okay ok well now again is's dog cat pet puppy kitten vet last every some any one two "
    "really very much so please back on in at out up by this next sunday saturday weekend "
    "tomorrow today sometime soon he she they it everyone everything".split()
)
_COMMON_CAPS = frozenset(
    "i the a ask tell say just send wish hope check find see let make maybe please can could "
    "would should will he she they his her their my our we you and but so if when what how "
    "who congrats congratulate happy merry".split()
)


def _congratulations(notes: str, recipient: str) -> Point:
    thing = _after(r"\b(?:congratulat\w*|congrats|well done|proud of (?:him|her|them))\s+"
                   r"(?:(?:him|her|them)\s+)?(?:on|for)\b", notes)
    if not thing:
        thing = _after(r"\b(?:on|for) (?=(?:finishing|getting|passing|the|his|her|their|"
                       r"becoming|starting|opening|buying|winning|graduating))", notes)
    if thing:
        thing = to_second_person(_trim(thing, 8), recipient)
        return Point("congratulations",
                     f"Congratulations on {thing}! That's a real achievement, and I'm glad for "
                     "you.",
                     f"Congratulations on {thing}.",
                     f"Congratulations on {thing}!", closing="greeting")
    m = re.search(r"\b(?:he|she|they|" + re.escape(recipient) + r")\s+(?:finally\s+|just\s+)?"
                  r"((?:got|passed|finished|ran|published|opened|bought|won|started|graduated|"
                  r"became|made|completed|landed|had|launched|qualified|earned)\b[^,.;!?]*)",
                  notes, re.I) if recipient else None
    if m is None:
        m = re.search(r"\b(?:he|she|they)\s+(?:finally\s+|just\s+)?((?:got|passed|finished|ran|"
                      r"published|opened|bought|won|started|graduated|became|made|completed|"
                      r"landed|had|launched|qualified|earned)\b[^,.;!?]*)", notes, re.I)
    if m:
        did = to_second_person(_trim(m.group(1), 8), recipient)
        return Point("congratulations",
                     f"I heard you {did}. Congratulations, that's wonderful news.",
                     f"I heard you {did}. Congratulations.",
                     f"I heard you {did}. Congratulations!", closing="greeting")
    said = restate(notes, recipient, skip=r"^\W*(?:i want to |just )?(?:say |tell \w+ )?"
                   r"(?:congrat\w*|well done)\W*$", max_words=26)
    if said:
        body = " ".join(said)
        cheer = "" if re.search(r"congrat|well done", body, re.I) else " Congratulations!"
        return Point("congratulations", f"{body}{cheer} I'm really glad for you.",
                     f"{body}{cheer}", f"{said[0]}{cheer}", closing="greeting")
    low = notes.casefold()
    for key, words in (("degree", "your degree"), ("graduat", "your graduation"),
                       ("promotion", "the promotion"), ("new job", "the new job"),
                       ("baby", "the new baby"), ("engage", "your engagement"),
                       ("wedding", "your wedding"), ("house", "the new house")):
        if key in low:
            return Point("congratulations", f"Congratulations on {words}! I'm really glad for you.",
                         f"Congratulations on {words}.", f"Congratulations on {words}!",
                         closing="greeting")
    return Point("congratulations", "I heard your good news, and I wanted to say "
                 "congratulations. I'm really glad for you.", "Congratulations on your news.",
                 "Congratulations on your news!", closing="greeting", carried=False)


def _condolences(notes: str, recipient: str) -> Point:
    m = re.search(r"\b(?:(?:his|her|their|the|" + re.escape(recipient or "\x00") +
                  r"'s)\s+)((?:late\s+)?(?:" + _REL + r"))\b", notes, re.I)
    who = ""
    if m:
        who = "your " + m.group(1).casefold().replace("late ", "")
    else:
        m = re.search(r"\b(" + _REL + r")\b", notes, re.I)
        if m:
            who = "your " + m.group(1).casefold()
    name = re.search(r"\b(?:" + _REL + r"),?\s+([A-Z][a-z]+)\b", notes)
    if who and name and name.group(1).casefold() != recipient.casefold():
        who = f"{who}, {name.group(1)}"
    elif who.split()[-1:] and who.split()[-1] in PETS + ("pet",):
        pet = pet_name(notes, recipient)
        who = f"{pet}, your {who.split()[-1]}" if pet else who
    elif not who and pet_name(notes, recipient) and re.search(_PET, notes, re.I):
        who = pet_name(notes, recipient)
    if who:
        return Point(
            "condolences",
            f"I was so sorry to hear about {who}. You and your family are in my thoughts, and "
            "I wanted to send my sympathy.",
            f"I was very sorry to hear about {who}. My sympathy to you and your family.",
            f"I'm so sorry about {who}. Thinking of you.",
            closing="condolence",
        )
    return Point("condolences",
                 "I was so sorry to hear about your loss. You and your family are in my "
                 "thoughts, and I wanted to send my sympathy.",
                 "I was very sorry to hear about your loss. My sympathy to you and your family.",
                 "I'm so sorry for your loss. Thinking of you.",
                 closing="condolence", carried=False)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _birthday(notes: str, recipient: str) -> Point:
    m = re.search(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\bturning (\d{1,3})\b", notes, re.I)
    which = f"{_ordinal(int(m.group(1) or m.group(2)))} birthday" if m else "birthday"
    return Point(
        "birthday",
        f"Happy {which}! I hope it's a lovely day and that the year ahead is good to you.",
        f"Happy {which}. I hope it's a good one.",
        f"Happy {which}!",
        closing="greeting",
    )


_HOLIDAYS: tuple[tuple[str, str], ...] = (
    (r"lunar new year|chinese new year", "Happy Lunar New Year"),
    (r"new year", "Happy New Year"),
    (r"christmas|xmas", "Merry Christmas"),
    (r"thanksgiving", "Happy Thanksgiving"),
    (r"\beid\b", "Eid Mubarak"),
    (r"ramadan", "Ramadan Mubarak"),
    (r"diwali", "Happy Diwali"),
    (r"hanukkah|chanukah", "Happy Hanukkah"),
    (r"easter", "Happy Easter"),
    (r"passover", "Happy Passover"),
    (r"halloween", "Happy Halloween"),
    (r"season'?s greetings", "Season's greetings"),
    (r"holidays", "Happy holidays"),
)


def _holiday(notes: str, recipient: str) -> Point:
    low = _norm(notes).casefold()
    wish = next((w for pat, w in _HOLIDAYS if re.search(pat, low)), "Happy holidays")
    family = " and your family" if re.search(r"\bfamily\b", low) else ""
    return Point(
        "holiday",
        f"{wish}! I hope it's a peaceful, happy time for you{family}.",
        f"{wish}. I hope it's a good one for you{family}.",
        f"{wish}!",
        closing="greeting",
    )


_TRIVIAL = re.compile(r"^(?:that|it|this|those|these|them|all that)$", re.I)
_THANK_CLAUSE = (r"^\W*(?:(?:and|so|just|also)\s+)?(?:i\s+)?(?:(?:really\s+)?(?:want|need|'d like"
                 r"|would like|wanna)\s+to\s+)?(?:say\s+)?(?:thank|thanks|grateful|gratitude"
                 r"|appreciat)")


def _thanks(notes: str, recipient: str) -> Point:
    thing = _after(r"\b(?:thank(?:s|ing)?(?: you)?(?: (?:him|her|them|" +
                   re.escape(recipient or "\x00") + r"))?|grateful|gratitude)\s+(?:for|to)\b",
                   notes, 12)
    if _TRIVIAL.match(thing.strip()):
        thing = ""
    context = " ".join(restate(notes, recipient, skip=_THANK_CLAUSE, max_words=24))
    if thing:
        thing = _fix(to_second_person(thing, recipient)).rstrip(" .")
        return Point("thanks",
                     f"{context} I wanted to thank you for {thing}. It meant a lot to me.".strip(),
                     f"{context} Thank you for {thing}.".strip(),
                     f"Thank you for {thing}.", closing="greeting")
    how = _after(r"\bappreciat\w*\b", notes, 12)
    if how and not _TRIVIAL.match(how.strip()):
        how = _fix(to_second_person(how, recipient)).rstrip(" .")
        return Point("thanks", f"I really appreciate {how}, and I wanted to say thank you.",
                     f"Thank you. I appreciate {how}.", f"Thank you. I appreciate {how}.",
                     closing="greeting")
    if context:
        return Point("thanks", f"{context} Thank you for that; it meant a lot to me.",
                     f"{context} Thank you for that.", f"{context} Thank you.",
                     closing="greeting")
    return Point("thanks", "I wanted to say thank you for the good times we had; I'm grateful "
                 "for them.", "Thank you for the good times we had.",
                 "Thank you for the good times.", closing="greeting", carried=False)


# A clause that is the apology itself ("say sorry for...", "apologise for..."), not context.
_SORRY_CLAUSE = (r"^\W*(?:(?:and|so|just|also)\s+)?(?:i\s+)?(?:(?:really\s+)?(?:want|need|'d like"
                 r"|would like|wanna)\s+to\s+)?(?:say\s+|tell\s+\w+\s+)?(?:(?:i'?m\s+|i am\s+)?"
                 r"(?:so\s+)?sorry|apologi[sz]e|(?:an |my )?apology|own up|i regret|regret)\b")
# What an apology for lying or cheating owes besides "sorry".
_OWNING = ((r"\b(?:lying|lied|lie|lies)\b", "I should have been honest with you."),
           (r"\b(?:cheat(?:ed|ing)?)\b", "I broke your trust, and that was on me."))


def _apology(notes: str, recipient: str) -> Point:
    thing = _after(r"\b(?:sorry|apologi[sz]e|apologi[sz]ing|apology|own up)\s+(?:to \w+\s+)?"
                   r"(?:for|about|to)\b", notes, 12)
    if _TRIVIAL.match(thing.strip()) or thing.casefold().startswith(("it", "that")):
        thing = ""
    if not thing:
        # "I'm sorry I yelled at him": what they did, in their own words, said to them.
        thing = _after(r"\b(?:sorry|apologi[sz]e)\s+(?:that\s+)?(?=i\s)", notes, 12)
        if thing:
            thing = "how " + thing
    context = " ".join(restate(notes, recipient, skip=_SORRY_CLAUSE, max_words=26))
    owning = next((line for pattern, line in _OWNING if re.search(pattern, notes, re.I)), "")
    if owning and owning not in context:
        context = f"{context} {owning}".strip()
    if thing:
        thing = _fix(to_second_person(thing, recipient)).rstrip(" .")
        return Point("apology",
                     f"{context} I'm sorry for {thing}. I don't expect anything back; I just "
                     "wanted you to know I see my part.".strip(),
                     f"{context} I wanted to apologise for {thing}.".strip(),
                     f"I'm sorry for {thing}. {owning}".strip())
    regret = _after(r"\bregret\b", notes, 12)
    if regret:
        regret = _fix(to_second_person(regret, recipient)).rstrip(" .")
        return Point("apology", f"{context} I regret {regret}, and I'm sorry. I don't expect "
                     "anything back; I just wanted you to know.".strip(),
                     f"{context} I regret {regret}, and I'm sorry.".strip(),
                     f"I'm sorry; I regret {regret}.")
    if context:
        return Point("apology", f"{context} I'm sorry. I don't expect anything back; I just "
                     "wanted you to know I see my part.", f"{context} I'm sorry.",
                     f"{context} I'm sorry.")
    return Point("apology", "I'm sorry for my part in how things went at the end.",
                 "I wanted to say I'm sorry for my part in how things went.",
                 "I'm sorry for my part in how things went.", carried=False)


def _misunderstanding(notes: str, recipient: str) -> Point:
    about = _after(r"\b(?:misunderstanding|miscommunication|confusion|record straight)\s+"
                   r"(?:about|over|around|on)\b", notes, 8)
    if about:
        about = _fix(to_second_person(about, recipient))
        return Point("misunderstanding",
                     f"I think there was a misunderstanding about {about}, and I'd like to explain "
                     "my side calmly, whether or not you see it the same way.",
                     f"I think there was a misunderstanding about {about}, and I'd like to "
                     "explain my side.",
                     f"I think there was a misunderstanding about {about}.")
    said = restate(notes, recipient, skip=r"^(?:i want to )?clear (?:it|this|that) up$")
    if said:
        body = " ".join(said)
        # The brief form keeps the correction too ("... That's not true."), unless it's long.
        short = body if len(body.split()) <= 24 else said[0]
        if not short.startswith(("I ", "I'")):
            short = short[:1].lower() + short[1:]
        return Point("misunderstanding",
                     f"I wanted to clear up a misunderstanding. {body} I'm not asking for "
                     "anything; I just didn't want you to have the wrong idea.",
                     f"I wanted to clear up a misunderstanding. {body}",
                     f"Just to clear up a misunderstanding: {short}")
    return Point("misunderstanding",
                 "I think part of what happened was a misunderstanding, and I'd like to explain "
                 "my side calmly, whether or not you see it the same way.",
                 "I think part of what happened was a misunderstanding.",
                 "I think some of it was a misunderstanding.", carried=False)


def _friendship(notes: str, recipient: str) -> Point:
    around = re.search(r"\b(friend group|same friends|parties|party|wedding|see each other|"
                       r"around each other|civil|mutual)\b", notes, re.I)
    if around:
        return Point("friendship",
                     "Since we'll probably see each other around, I'd like us to be friendly "
                     "and at ease when we do.",
                     "Since we'll see each other around, I'd like us to be on friendly terms.",
                     "I'd like us to be friendly and at ease when we're around each other.")
    return Point("friendship",
                 "I'd like it if we could be friends one day, whenever and if ever that feels "
                 "right for you.",
                 "If you'd ever be open to being friends one day, whenever it feels right, I'd "
                 "like that.",
                 "I'd like us to be friends one day, if and when you would too.")


_PRACTICAL_NOUNS = (r"lease|bill|account|insurance|deposit|rent|tickets?|mail|post|membership|"
                    r"booking|subscription|contract|loan|car|keys?|money|council tax|parking|"
                    r"netflix|spotify|phone|internet|wifi|furniture|sofa|tv|bond|plan|gym")


def _practical(notes: str, recipient: str) -> Point:
    said = restate(notes, recipient)
    if said:
        body = " ".join(said)
        return Point("practical", f"There's a practical thing to sort out. {body}",
                     body, " ".join(said[:2]))
    return Point("practical", "I'm getting in touch about a practical thing we still need to "
                 "sort out, whenever suits you.", "There's a practical thing we still need to "
                 "sort out, whenever suits you.", "There's a practical thing to sort out.",
                 carried=False)


def _wellbeing(notes: str, recipient: str) -> Point:
    said = restate(notes, recipient, skip=r"^\W*(?:just )?(?:check (?:in|on)|ask how|see how|"
                   r"make sure)\b(?!.*\b(?:after|since|because|with)\b)")
    if said:
        body = " ".join(said)
        hope = "" if re.search(r"\bhope\b", body, re.I) else " I hope you're doing okay."
        return Point("wellbeing", f"{body}{hope}", f"{body}{hope}", said[0] + hope,
                     closing="greeting")
    return Point("wellbeing",
                 "I've been thinking of you and hope you're doing well, and that things are good "
                 "for you.",
                 "I hope you're doing well.",
                 "Hope you're doing well.", closing="greeting")


_ASKS_BACK = (r"try(?:ing)? again|another (?:go|chance|shot|try)|back together|give us|"
              r"second chance|start(?:ing)? over|get back|want (?:him|her|them) back|"
              r"take (?:me|us) back|ask (?:him|her|them) out|still something")


def _reconcile(notes: str, recipient: str) -> Point:
    """Hoping to reconnect: what has changed, in their words, and a light door left open."""
    said = restate(notes, recipient, skip=_ASKS_BACK, max_words=26)
    context = " ".join(said)
    return Point("reconcile",
                 f"{context} If you'd ever be open to it, I'd like to see you again, maybe over "
                 "coffee.".strip(),
                 f"{context} I'd like to see you again sometime, if you'd like that too.".strip(),
                 f"{said[0] if said else ''} I'd like to see you again sometime, if you would "
                 "too.".strip(),
                 carried=bool(said))


_MAKERS = {
    "return_belongings": _belongings, "pet": _pet, "congratulations": _congratulations,
    "condolences": _condolences, "birthday": _birthday, "holiday": _holiday,
    "thanks": _thanks, "apology": _apology, "misunderstanding": _misunderstanding,
    "friendship": _friendship, "practical": _practical, "wellbeing": _wellbeing,
    "reconcile": _reconcile,
}


def carry_point(purpose: str, notes: str, recipient: str = "") -> Point | None:
    """The sentences that carry a note of this purpose (None for purposes the motive shapes)."""
    maker = _MAKERS.get(purpose)
    if maker is None:
        return None
    point = maker(_norm(notes), recipient)
    if purpose in _OPEN_ENDED:
        point = replace(point, closing=_OPEN_ENDED[purpose])
    return point


# Notes that touch the relationship: the draft leaves them free to answer, or not.
_OPEN_ENDED = {"apology": "statement", "misunderstanding": "statement", "friendship": "open",
               "reconcile": "open"}


@dataclass(frozen=True)
class NoteReading:
    """What a drafting note asks for: its purpose, the point to carry, and what can't be."""

    purpose: str | None
    point: Point | None
    why_not: str = ""


# Below this score, the head alone (no lint finding) doesn't decide that a note can't be carried.
SURE = 0.5
_CANNOT = (
    "That part could pressure them, blame them or hurt someone, and a first message works best "
    "when it asks for nothing."
)


def _why_not(notes: str, recipient: str, purpose: str | None) -> str:
    """Why (part of) a note can't go into a message, in the linter's plain words, or ""."""
    from assistant.lint import lint_draft

    issues = lint_draft(to_second_person(notes, recipient))
    blocking = [i for i in issues if i.severity == "block"]
    if blocking:
        return blocking[0].message
    partner = [i for i in issues if i.rule == "new-partner"]
    if partner:
        return partner[0].message
    if purpose == "cannot_carry":
        return _CANNOT
    return ""


def read_note(notes: str, recipient: str = "") -> NoteReading:
    """The note's purpose and the point a draft should carry; ``why_not`` when it can't."""
    ranked = note_purposes(notes)
    if not ranked:
        return NoteReading(None, None)
    purpose = ranked[0][0]
    why = _why_not(notes, recipient, purpose)
    if purpose == "cannot_carry" and why == _CANNOT and ranked[0][1] < SURE:
        # Only the head's word for it, and not a confident one: go with what else it heard.
        purpose, why = ranked[1][0], ""
    if purpose == "cannot_carry":
        # Carry what else the note asked for, if it clearly asked for something else too.
        runner = next(((p, s) for p, s in ranked[1:3] if p != "cannot_carry"), None)
        purpose = runner[0] if runner and runner[1] >= 0.3 else "cannot_carry"
    if purpose == "cannot_carry":
        return NoteReading("cannot_carry", None, why or _CANNOT)
    return NoteReading(purpose, carry_point(purpose, notes, recipient), why)


# How a prompt names each purpose, and whether the message should stay off the relationship.
PURPOSE_WORDS: dict[str, str] = {
    "return_belongings": "returning or collecting belongings",
    "pet": "a pet we shared",
    "congratulations": "congratulating them",
    "condolences": "condolences for a loss",
    "birthday": "wishing them a happy birthday",
    "holiday": "a holiday greeting",
    "thanks": "thanking them",
    "apology": "an apology",
    "misunderstanding": "clearing up a misunderstanding",
    "friendship": "asking about friendship one day",
    "practical": "a practical matter to sort out",
    "closure": "closure about how things ended",
    "reconcile": "hoping to reconnect",
    "wellbeing": "checking they're okay",
    "cannot_carry": "something that shouldn't go into a message",
}
# The guide section that fits each purpose (the grounding adds it to a draft's sections).
PURPOSE_SECTIONS: dict[str, str] = {
    "return_belongings": "timing-their-space", "pet": "timing-their-space",
    "congratulations": "motives-honesty", "condolences": "timing-their-space",
    "birthday": "motives-why", "holiday": "motives-why", "thanks": "pros-growth",
    "apology": "motives-honesty", "misunderstanding": "pros-misconceptions",
    "friendship": "cons-false-hope", "practical": "timing-their-space",
    "closure": "motives-closure", "reconcile": "motives-reconciliation",
    "wellbeing": "motives-clarity", "cannot_carry": "timing-their-space",
}


def purpose_line(reading: NoteReading) -> str:
    """The note's purpose as a line for the draft prompt ("" when there is no note)."""
    if reading.purpose is None:
        return ""
    if reading.point is None and reading.why_not:
        return ("My note asked for something that shouldn't go into a message, so leave it out "
                f"entirely. ({reading.why_not})")
    line = f"What my note is for, as Unsent read it: {PURPOSE_WORDS[reading.purpose]}."
    if reading.purpose not in ABOUT_US:
        line += " Keep the message to that; don't bring up our relationship."
    if reading.why_not:
        line += (" Leave out any part of the note that would pressure or hurt them. "
                 f"({reading.why_not})")
    return line
