"""Deterministic checks every draft passes through, each pointing at the words that trip it."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.safety import ScreenKind, build_index
from assistant.safety import screen_rules as screen

Severity = Literal["block", "warn"]

MAX_WORDS = 90  # a first message longer than this gets a "too-long" warning
MAX_CHARS = 1000  # a backstop for text with few spaces
MIN_QUESTIONS = 3  # this many questions or more gets a "questions" warning
MAX_PER_RULE = 20  # spans reported per rule; one is enough to block


class LintIssue(BaseModel):
    """One problem in a draft; ``span`` is the (start, end) of the words that trip it."""

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    message: str
    span: tuple[int, int]
    section: str | None = None


@dataclass(frozen=True)
class _Rule:
    rule: str
    severity: Severity
    section: str | None
    message: str


RULES: dict[str, _Rule] = {
    r.rule: r
    for r in (
        _Rule("placeholder", "block", None,
              "A placeholder was never filled in."),
        _Rule("pressure", "block", "timing-their-space",
              "This pushes them to reply or act. A first message works better when it leaves "
              "them free to answer, or not."),
        _Rule("entitlement", "block", "cons-rejection",
              "This says they owe you an answer. They may choose not to reply; the message "
              "should still be one you're glad you sent."),
        _Rule("guilt", "block", "timing-healing",
              "This blames them or tries to make them feel guilty. It tends to start an argument "
              "rather than a conversation, and it may mean the hurt is still very fresh."),
        _Rule("insult", "block", "timing-healing",
              "Name-calling will end the conversation before it starts, however deserved it "
              "feels right now."),
        _Rule("desperation", "block", "cons-healing",
              "This puts your wellbeing in their hands. It's honest, but it's a heavy thing to "
              "send, and the reply (or silence) could set your healing back. That pain deserves "
              "support from people around you."),
        _Rule("ultimatum", "block", "timing-their-space",
              "This sets an ultimatum or a deadline. That pressures them, and tends to end "
              "things rather than open them."),
        _Rule("threat", "block", "safety-first",
              "This reads as a threat. Unsent won't help send it: their safety matters, and it "
              "could frighten them or be against the law."),
        _Rule("no-contact", "block", "timing-their-space",
              "This goes around a block or a request for space, or shows you've been near "
              "them. If they've asked for distance, respecting it is the kind thing to do."),
        _Rule("manipulation", "block", "motives-honesty",
              "This tries to stir up jealousy, doubt or guilt to get a reaction. It might get "
              "one, but not an honest one."),
        _Rule("self-harm", "block", "safety-first",
              "This talks about hurting yourself or not wanting to live. Please don't send it; "
              "reach out to a crisis line or someone you trust now."),
        _Rule("too-long", "warn", "motives-why",
              "This is long for a first message. A few sentences leave room for them to "
              "answer, and for you to say more later if it goes well."),
        _Rule("reconcile", "warn", "motives-reconciliation",
              "This asks to get back together. In a first message that puts a lot on a single "
              "reply; a lighter opening leaves room for both of you."),
        _Rule("questions", "warn", "motives-clarity",
              "Several questions at once can feel like an interrogation. Which one matters "
              "most?"),
        _Rule("shouting", "warn", "timing-healing",
              "Capitals or strings of exclamation marks read as shouting."),
        _Rule("new-partner", "warn", "cons-relationships",
              "This mentions their new partner. A message to an ex can hurt people who weren't "
              "part of the breakup; it's usually kinder to leave them out of it."),
        _Rule("greeting-name", "warn", None,
              "The greeting uses a different name from the person you're writing to."),
    )
}

_RECONCILE_BY_MOTIVE: dict[str, tuple[str, str]] = {
    "reconciliation": (
        "motives-reconciliation",
        "You've said you'd like to get back together, and it's fine to say so. Asked outright "
        "in a first message, it puts a lot on one reply; the guide suggests being clear with "
        "yourself about what has changed, and opening the door gently.",
    ),
    "closure": (
        "motives-honesty",
        "This asks to get back together, but you said you're looking for closure. It's worth "
        "being honest with yourself about which one you want before you send anything.",
    ),
    "clarity": (
        "motives-honesty",
        "This asks to get back together, but you said you want clarity about what happened. "
        "It's worth being honest with yourself about which one you want before you send it.",
    ),
}

# --------------------------------------------------------------------------- the view
# Rules match a lowercased copy of the draft with punctuation turned into spaces, padded
# with one space each side. Every step maps one character to one, so a match at i..j in
# the view is the span i-1..j-1 in the draft.

_PUNCT = str.maketrans(
    {c: " " for c in string.punctuation.replace("'", "") + string.whitespace}
    | {"`": "'"}
)
_LOOKALIKES = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ѕ": "s", "ј": "j", "ο": "o", "ι": "i", "α": "a", "ε": "e", "ν": "v", "κ": "k",
    "А": "a", "Е": "e", "О": "o", "Р": "p", "С": "c", "Х": "x", "І": "i", "Ο": "o",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u00b4": "'", "\uff07": "'",
}
_LOOKALIKE = re.compile("[" + "".join(_LOOKALIKES) + "]")


def _view(text: str) -> str:
    if not text.isascii():
        # One character for one: look-alikes become their Latin letter, anything else that
        # is not ASCII becomes "?" (a separator below), so offsets stay the same.
        for ch in set(_LOOKALIKE.findall(text)):  # one pass per distinct look-alike, in C
            text = text.replace(ch, _LOOKALIKES[ch])
        text = text.encode("ascii", "replace").decode("ascii")
    return " " + text.lower().translate(_PUNCT) + " "


# --------------------------------------------------------------------------- patterns

_VOCAB = {
    "DONT": r"(?:do not|don't|dont)",
    "CANT": r"(?:can't|cant|cannot|can not)",
    "IM": r"(?:i'm|im|i am)",
    "ILL": r"(?:i'll|ill|i will)",
    "YOURE": r"(?:you're|youre|you are|ur|you were|you r)",
    "YOULL": r"(?:you'll|youll|you will)",
    "IVE": r"(?:i've|ive|i have)",
    "WILLI": r"(?:i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna|"
             r"i could|i swear i'll|i swear i will|i might)",
    "ACT": r"(?:answer|reply|respond|talk|call|text|explain|tell|give|hear|listen|meet|see|"
           r"understand|stop|come|unblock|decide|choose|apologise|apologize|admit|fix|make|"
           r"realise|realize|face|let me|get back|write back|pick up|come back|take me back)",
    "PARTNER": r"(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|fiancee|fiancé|"
               r"fiancée|man|woman|lover|boo|new guy|new girl)",
    "PLACE": r"(?:house|place|home|apartment|flat|work|office|door|building|job|gym|school|"
             r"parents|parents' place|street|window|car)",
}
_VOCAB_RE = re.compile("<(" + "|".join(_VOCAB) + ")>")
_NEGATORS = frozenset({"not", "never", "no", "don't", "dont", "if", "whenever", "whatever",
                       "unless", "when", "didn't", "didnt", "won't", "wont", "needn't"})


@dataclass(frozen=True)
class _Pattern:
    rule: str
    regex: re.Pattern[str]
    negatable: bool


def _pat(rule: str, template: str, negatable: bool = False) -> _Pattern:
    body = _VOCAB_RE.sub(lambda m: _VOCAB[m.group(1)], template)
    # Words in the view may be separated by several spaces (punctuation became spaces).
    return _Pattern(rule, re.compile(body.replace(" ", " +")), negatable)


_PATTERNS: tuple[_Pattern, ...] = (
    # pressure and demands
    _pat("pressure", r" (?:answer me|reply to me|respond to me|talk to me now|answer your phone|"
         r"pick up (?:the |your )?phone|asap|we need to talk|we have to talk|i expect an answer|"
         r"i expect a reply|i demand (?:an |a )?(?:answer|reply|response|explanation))(?= )",
         negatable=True),
    _pat("pressure", r" i need (?:an |a |your )?(?:answer|reply|response|explanation|decision)"
         r"(?= )", negatable=True),
    _pat("pressure", r" (?:text|call|write|message|answer) me back (?:asap|now|right away|"
         r"immediately|today|tonight|please)(?= )"),
    _pat("pressure", r" please (?:text|call|write|message|answer) me back(?= )"),
    _pat("pressure", r" you (?:need|have|ought|got|must|better) to <ACT>(?= )", negatable=True),
    _pat("pressure", r" you must <ACT>(?= )", negatable=True),
    _pat("pressure", r" you(?:'d| had)? better (?:answer|reply|respond|call|text|not|listen|"
         r"come|unblock|pick up|write|get back|tell|explain)(?= )"),
    _pat("pressure", r" (?:stop|quit) ignoring me(?= )"),
    _pat("pressure", r" <DONT> (?:you )?(?:dare )?ignore me(?= )"),
    _pat("pressure", r" <CANT> (?:just )?(?:keep )?ignor(?:e|ing) me(?= )"),
    _pat("pressure", r" why (?:are|aren't|arent|won't|wont|haven't|havent|didn't|didnt|"
         r"don't|dont|do|did|is|isn't) (?:you|it|this) (?:ignoring|not answering|not replying|"
         r"not responding|answer|reply|respond|ignore|text back|talk to me|block|so hard for you)"
         r"(?= )"),
    _pat("pressure", r" i need you to (?:answer|reply|respond|call|text|talk|explain|tell|give|"
         r"meet|come back|get back|unblock|see|listen|take me back|forgive|decide|choose|write|"
         r"understand|admit|apologise|apologize|fix)(?= )"),
    # entitlement
    _pat("entitlement", r" you owe me(?! (?:nothing|anything))(?= )", negatable=True),
    _pat("entitlement", r" i deserve (?:an? |some )?(?:answer|reply|response|explanation|"
         r"closure|better|to know|the truth|an apology|respect)(?= )", negatable=True),
    _pat("entitlement", r" the least you (?:can|could) do(?= )"),
    # guilt and blame
    _pat("guilt", r" you (?:ruined|destroyed|wrecked|broke|shattered) (?:me|everything|us|it|"
         r"what we had|my \S++|our \S++)(?= )"),
    _pat("guilt", r" after (?:everything|all) (?:that )?(?:i|i've|ive|i have) (?:did|done|gave|"
         r"given|sacrificed|went through|put up with)(?= )"),
    _pat("guilt", r" after all (?:i|i've|ive|i have) (?:did|done|gave|given)(?= )"),
    _pat("guilt", r" i gave you (?:everything|my all|my best years|my life|my heart)(?= )"),
    _pat("guilt", r" (?:it's|its|it is|it was|this is|that's|thats|that is|all) (?:all )?"
         r"your fault(?= )"),
    _pat("guilt", r" you made me (?:do (?:this|it|that)|cry|hate|suffer|miserable|this way|"
         r"like this|lose|sick|crazy|feel worthless|feel like nothing|feel stupid|"
         r"feel like shit)(?= )"),
    _pat("guilt", r" (?:how could you|shame on you|thanks for nothing|you did this to me)(?= )"),
    _pat("guilt", r" you should be (?:ashamed|sorry)(?= )"),
    _pat("guilt", r" you (?:never|don't|didn't|dont|didnt) (?:really |even )?(?:care|cared|love|"
         r"loved|listen|listened|try|tried|respect|respected|appreciate|appreciated|value|"
         r"valued) (?:about )?(?:me|us|at all|enough|anyway)(?= )"),
    _pat("guilt", r" you (?:used|abandoned|betrayed|lied to|cheated on|manipulated|played|"
         r"wasted|humiliated|destroyed|broke|ghosted) (?:me|my)(?= )"),
    _pat("guilt", r" you (?:lied|cheated)(?= )"),
    _pat("guilt", r" you wasted (?:my|years|\S+ years)(?= )"),
    _pat("guilt", r" look (?:at )?what you(?:'ve| have)? (?:did|done)(?= )"),
    _pat("guilt", r" i hope you(?:'re| are|re) happy now(?= )"),
    _pat("guilt", r" hope (?:it|she|he|they) (?:was|is|are|were) (?:all )?worth it(?= )"),
    _pat("guilt", r" you threw (?:it|us|everything|me|our relationship|what we had) away(?= )"),
    _pat("guilt", r" you left me (?:with nothing|alone|broken|to pick up|for (?:her|him|someone))"
         r"(?= )"),
    _pat("guilt", r" because of people like you(?= )"),
    _pat("guilt", r" you (?:only|always) (?:think|thought|cared|care) about yourself(?= )"),
    # insults
    _pat("insult", r" <YOURE> (?:(?:such|so|a|an|the|just|nothing but|total|complete|fucking|"
         r"really|truly|honestly|literally|such a|a total) ){0,3}(?:liar|cheater|cheat|narcissist|"
         r"psycho|selfish|coward|bitch|asshole|bastard|idiot|jerk|loser|pathetic|worthless|disgusting|monster|snake|"
         r"manipulator|manipulative|heartless|cruel|toxic|fake|stupid|trash|garbage|joke|slut|"
         r"whore|dick|prick|moron|clown|fraud|abuser|evil|narcissistic|user)(?= )"),
    _pat("insult", r" (?:fuck you|screw you|go to hell|f you|stfu|bitch|asshole|whore|slut|cunt|"
         r"piece of shit)(?= )"),
    # desperation
    _pat("desperation", r" i <CANT> (?:live|go on|survive|breathe|function|cope|be happy|"
         r"move on|do this|sleep|eat|exist|keep going) without you(?= )"),
    _pat("desperation", r" <IM> (?:nothing|falling apart|dying|lost|broken|a mess|a wreck|"
         r"empty) without you(?= )"),
    _pat("desperation", r" without you i(?:'m| am|m)? (?:nothing|lost|dead|broken|empty)(?= )"),
    _pat("desperation", r" <YOURE> (?:my everything|all i (?:have|had|want|need)|"
         r"my whole (?:world|life)|the only (?:one|person|thing)|my only reason|"
         r"my reason to live)(?= )"),
    _pat("desperation", r" <ILL> do anything(?= )"),
    _pat("desperation", r" (?:<IM> begging|i beg (?:you|of you)|begging you|please please)"
         r"(?= )"),
    _pat("desperation", r" i need you (?:back|so much|more than|in my life|to come back)(?= )"),
    _pat("desperation", r" <ILL> (?:wait|be waiting) (?:for you )?forever(?= )"),
    _pat("desperation", r" <ILL> never (?:stop|give up|love anyone|be happy|get over|move on)"
         r"(?= )"),
    _pat("desperation", r" i <CANT> stop crying(?= )"),
    _pat("desperation", r" i <CANT> (?:go on|keep going|do this|take this|take it|handle this|"
         r"cope|breathe) (?:like this|anymore|any more|without you)(?= )"),
    _pat("desperation", r" without you (?:my life|life|everything|i am|i'm|im|nothing) "
         r"(?:means nothing|is nothing|is meaningless|is empty|is pointless|has no meaning|"
         r"nothing|lost|matters|makes sense)(?= )"),
    _pat("desperation", r" my life is (?:over|nothing|empty|meaningless) without you(?= )"),
    # ultimatums and deadlines
    _pat("ultimatum", r" (?:or else|now or never)(?= )"),
    _pat("ultimatum", r" or (?:we're|we are|were|it's|its|it is|this is|i'm|im|i am) (?:done|over|"
         r"finished|through|gone)(?= )"),
    _pat("ultimatum", r" (?:this is )?(?:your|my|our) (?:last|final|only) chance(?= )"),
    _pat("ultimatum", r" you have (?:until|[0-9]+ (?:hours|days|minutes)|one (?:hour|day|week))"
         r"(?= )"),
    _pat("ultimatum", r" (?:reply|answer|respond|get back to me|call me|text me|message me|"
         r"write to me|let me know|write back|decide|text me back|call me back|write me back|"
         r"message me back) (?:by|before|within) (?:tonight|tomorrow|today|monday|tuesday|"
         r"wednesday|thursday|friday|saturday|sunday|noon|midnight|the end|this weekend|"
         r"end of|[0-9]+)(?= )"),
    _pat("ultimatum", r" if you (?:don't|dont|do not|won't|wont|will not|can't|cant|never) "
         r"(?:answer|reply|respond|call|text|write|come back|talk|see|meet|unblock|get back|"
         r"take me back|forgive|give)(?: \S++){0,8}? (?:i'll|ill|i will|i'm going to|"
         r"im going to|then i|i swear|we're done|we are done|it's over|its over|i'm done|"
         r"im done|you'll|you will)(?! (?:understand|take that|know|respect|leave you|assume|"
         r"accept|be okay|be ok|be fine|be alright|get it|let it go|stop|not|never|take it))"
         r"(?= )"),
    # threats
    _pat("threat", r" <YOULL> (?:regret|pay for) (?:this|it|that|leaving|what|doing|hurting)"
         r"(?= )"),
    _pat("threat", r" <YOULL> (?:be sorry|get what you deserve|see what happens|"
         r"find out what happens)(?= )"),
    _pat("threat", r" (?:watch your back|i know where you (?:live|work|are|sleep))(?= )"),
    _pat("threat", r" <WILLI> (?:kill|hurt|destroy|ruin|expose|humiliate|end|make) (?:you|your|"
         r"him|her|them)(?= )"),
    _pat("threat", r" <WILLI> (?:post|share|leak|send|show|forward|publish|tell)(?: \S++){0,5}? "
         r"(?:nudes|naked|intimate|private|online|everyone|everybody|your (?:boss|family|"
         r"parents|wife|husband|new \S++|friends|mom|dad))(?= )"),
    _pat("threat", r" i (?:still )?(?:have|got|kept|saved) (?:those|the|your|all your|all those|"
         r"all the|some|the private|your private|those private) (?:photos|pictures|pics|videos|"
         r"nudes|recordings) of you(?! (?:from|at|on|in|with|when|that|and|if|as|for|you|we))"
         r"(?= )"),
    _pat("threat", r" (?:everyone|the whole world|your (?:boss|family|parents|friends|wife|"
         r"husband|new \S++)) (?:will|is going to|is gonna|are going to) (?:know|find out|see|"
         r"hear)(?= )"),
    # getting round a block or a request for space
    _pat("no-contact", r" (?:since|because|now that|even though|i know|although|after) you "
         r"(?:blocked|block|have blocked|'ve blocked|ve blocked|changed your number)(?= )"),
    _pat("no-contact", r" unblock me(?= )"),
    _pat("no-contact", r" (?:fake|burner|secret|anonymous|friend's|friends|sister's|brother's|"
         r"roommate's|mate's|cousin's) (?:account|number|phone|profile|instagram|insta)(?= )"),
    _pat("no-contact", r" (?:i know|i realise|i realize) you (?:said|asked|told me)"
         r"(?: \S++){0,6}? but(?= )"),
    _pat("no-contact", r" you asked (?:me )?(?:for space|for no contact|not to|me not to|"
         r"me to stop|to be left alone)(?: \S++){0,8}? but(?= )"),
    _pat("no-contact", r" <IM> (?:outside|near|at|by|in front of|around|waiting outside|"
         r"waiting at|parked outside) your <PLACE>(?= )"),
    _pat("no-contact", r" i (?:drove|walked|went|came|stopped|swung) (?:by|past|to) your "
         r"<PLACE>(?= )"),
    _pat("no-contact", r" <ILL> be (?:waiting|outside|parked|sitting|standing) (?:outside |at |"
         r"by |near |in front of |around )?your <PLACE>(?= )"),
    _pat("no-contact", r" <IVE> been (?:watching|following|tracking|checking on|keeping tabs on)"
         r" (?:you|your)(?= )"),
    # manipulation
    _pat("manipulation", r" (?:bet|hope) <YOURE> jealous(?= )"),
    _pat("manipulation", r" <YOULL> never find (?:anyone|someone|somebody|another)(?= )"),
    _pat("manipulation", r" no one (?:will|would|is going to) (?:ever )?(?:love|want|treat) you"
         r"(?= )"),
    _pat("manipulation", r" <YOULL> (?:miss me|come crawling|regret losing|realize what you lost|"
         r"realise what you lost)(?= )"),
    _pat("manipulation", r" if you (?:really|ever|truly) (?:loved|cared about|cared for) me"
         r"(?= )"),
    _pat("manipulation", r" you (?:know|knew) you still (?:love|want|miss) me(?= )"),
    _pat("manipulation", r" deep down you (?:know|still|want|miss|love)(?= )"),
    # warnings
    _pat("reconcile", r" (?:get|getting) back together(?= )"),
    _pat("reconcile", r" (?:give|giving) (?:us|it|me|this|our relationship|things) (?:another|"
         r"a second|one more|a new|a fresh) (?:chance|try|shot|go)(?= )"),
    _pat("reconcile", r" (?:take me back|come back to me|we belong together|work things out|"
         r"back together|get you back|second chance|another chance|be together again|"
         r"being together again|fix what we had|try again with me)(?= )"),
    _pat("reconcile", r" (?:we|us) (?:could |can |should |to )?(?:try|trying|start|starting) "
         r"(?:again|over)(?= )"),
    _pat("reconcile", r" i want (?:us|you) back(?= )"),
    _pat("reconcile", r" make (?:it|us|this|things) work(?= )"),
    _pat("new-partner", r" your (?:new )?<PARTNER>(?= )"),
    _pat("new-partner", r" your new relationship(?= )"),
    _pat("new-partner", r" the new (?:guy|girl|man|woman|boyfriend|girlfriend|partner)(?= )"),
    _pat("new-partner", r" (?:are|were) you (?:seeing|dating|with) (?:someone|somebody|anyone|"
         r"anybody|him|her)(?= )"),
    _pat("new-partner", r" <YOURE> (?:seeing|dating|with) (?:someone|somebody|him|her)(?= )"),
    _pat("new-partner", r" who(?:'s| is|s) (?:he|she|the new)(?= )"),
    _pat("new-partner", r" (?:saw|seen) you (?:with|and) (?:him|her|someone|somebody)(?= )"),
)


_INDEX = build_index(_PATTERNS, lambda p: p.regex.pattern, sep=" +")
if _INDEX.unindexed:  # pragma: no cover - a pattern without a literal first word
    raise ValueError(f"lint patterns need a literal first word: {_INDEX.unindexed}")


def _pattern_spans(view: str) -> Iterator[tuple[str, int, int]]:
    """(rule, start, end) in the draft for every pattern match, at most MAX_PER_RULE each.

    The index finds the space in front of each word where a pattern could start; a match
    at i..j in the view is the span i-1..j-1 in the draft.
    """
    counts: dict[str, int] = {}
    for pos, patterns in _INDEX.starts(view):
        for p in patterns:
            if counts.get(p.rule, 0) >= MAX_PER_RULE:
                continue
            m = p.regex.match(view, pos)
            if m is None:
                continue
            start = pos + len(m.group()) - len(m.group().lstrip(" "))
            if p.negatable and _NEGATORS.intersection(view[max(0, start - 40) : start]
                                                      .split()[-3:]):
                continue
            counts[p.rule] = counts.get(p.rule, 0) + 1
            yield p.rule, start - 1, m.end() - 1


def _merged(spans: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Overlapping spans of the same rule become one ("get back together", "back together")."""
    out: list[tuple[str, int, int]] = []
    last: dict[str, int] = {}
    for rule, start, end in sorted(spans, key=lambda s: (s[0], s[1], -s[2])):
        i = last.get(rule)
        if i is not None and start < out[i][2]:
            out[i] = (rule, out[i][1], max(end, out[i][2]))
            continue
        if start < end:
            last[rule] = len(out)
            out.append((rule, start, end))
    return out


# --------------------------------------------------------------------------- special rules

# Each pattern starts with one character or class, so ``re`` can skip ahead to it in C
# instead of trying every position (ten times faster on a long text).
_PLACEHOLDER = re.compile(
    r"[\[<{_](?:(?<=\[)[^\]\n]{1,40}\]|(?<=<)[^>\n]{1,40}>|(?<=\{)[^}\n]{1,40}\}|(?<=_)__+)"
)
# A capital followed by capitals (or apostrophes) up to a word's end: "I'm" never matches.
_CAPS_WORD = re.compile(r"[A-Z][A-Z']++(?![a-z])")
_BANGS = re.compile(r"!!+")
_QUESTION = re.compile(r"\?\?*")
_WORD = re.compile(r"\S+")
_GREETING = re.compile(
    r"(?im)^[ \t]*(?:hi|hey|hello|dear|hiya|heya|yo|morning|good morning|good evening|"
    r"good afternoon)\b[ \t,]++([^\W\d_][\w'\-]*+)"
)
_NOT_NAMES = frozenset({
    "there", "you", "again", "stranger", "babe", "love", "hun", "honey", "all", "everyone",
    "it", "its", "it's", "just", "so", "i", "how", "is", "long", "from", "me", "to", "sorry",
    "friend", "and", "the", "been", "hope", "this", "that", "um", "um,", "there's",
})
_ALLOWED_CAPS = frozenset({
    "OK", "TV", "USA", "UK", "NYC", "LA", "DM", "ID", "FYI", "BTW", "LOL", "OMG", "PS", "AM",
    "PM", "I'M", "I'D", "I'LL", "I'VE", "ASAP", "ADHD", "PTSD", "NHS", "UN", "EU", "MBA",
})


def _span_issue(rule: str, start: int, end: int, message: str | None = None,
                section: str | None = None) -> LintIssue:
    r = RULES[rule]
    return LintIssue(rule=rule, severity=r.severity, message=message or r.message,
                     span=(start, end), section=section if section is not None else r.section)


def _placeholders(text: str) -> Iterator[LintIssue]:
    for i, m in enumerate(_PLACEHOLDER.finditer(text)):
        if i >= MAX_PER_RULE:
            return
        yield _span_issue("placeholder", m.start(), m.end())


def _too_long(text: str) -> LintIssue | None:
    end = len(text.rstrip())
    n_words = len(text.split())
    if n_words <= MAX_WORDS and end <= MAX_CHARS:
        return None
    start = None
    for i, m in enumerate(_WORD.finditer(text)):
        if i == MAX_WORDS or m.end() > MAX_CHARS:
            start = m.start()
            break
    if start is None or start >= end:
        return None
    msg = (f"This is long for a first message ({n_words} words). A few sentences leave room "
           "for them to answer, and for you to say more later if it goes well.")
    return _span_issue("too-long", start, end, msg)


def _questions(text: str) -> LintIssue | None:
    marks = []
    for m in _QUESTION.finditer(text):
        marks.append(m)
        if len(marks) > MAX_PER_RULE:
            break
    if len(marks) < MIN_QUESTIONS:
        return None
    first = marks[0].start()
    start = max(text.rfind(c, 0, first) for c in ".!?\n") + 1
    while start < first and text[start].isspace():
        start += 1
    msg = (f"{len(marks)}{'+' if len(marks) > MAX_PER_RULE else ''} questions at once can feel "
           "like an interrogation. Which one matters most?")
    return _span_issue("questions", start, marks[-1].end(), msg)


def _shouting(text: str) -> Iterator[LintIssue]:
    found = 0
    run_start = run_end = -1
    words_in_run = 0
    long_word = False
    spans: list[tuple[int, int]] = []

    def close() -> None:
        if run_start >= 0 and (words_in_run >= 2 or long_word):
            spans.append((run_start, run_end))

    for m in _CAPS_WORD.finditer(text):
        word = m.group()
        if m.start() and text[m.start() - 1].isalpha() or text[m.end():m.end() + 1].isalpha():
            continue  # part of a longer word, such as "McDONALD" or "iPHONE"
        if word in _ALLOWED_CAPS or word.strip("'") in _ALLOWED_CAPS:
            continue
        if run_start >= 0 and text[run_end:m.start()].strip(" ,") == "":
            run_end = m.end()
            words_in_run += 1
            long_word = long_word or len(word) >= 4
            continue
        close()
        if len(spans) >= MAX_PER_RULE:
            break
        run_start, run_end, words_in_run, long_word = m.start(), m.end(), 1, len(word) >= 4
    close()
    for start, end in spans[:MAX_PER_RULE]:
        found += 1
        yield _span_issue("shouting", start, end)
    for m in _BANGS.finditer(text):
        if found >= MAX_PER_RULE:
            return
        found += 1
        yield _span_issue("shouting", m.start(), m.end())


def _greeting(text: str, recipient: str | None) -> Iterator[LintIssue]:
    want = (recipient or "").strip().split()
    if not want:
        return
    expected = want[0].casefold()
    for i, m in enumerate(_GREETING.finditer(text)):
        if i >= MAX_PER_RULE:
            return
        name = m.group(1).casefold()
        if name in _NOT_NAMES or name.startswith(expected) or expected.startswith(name):
            continue
        msg = (f"This greets “{m.group(1)}”, but you're writing to {want[0]}. "
               "Check it's the right name.")
        yield _span_issue("greeting-name", m.start(1), m.end(1), msg)


_FALLBACK: dict[ScreenKind, str] = {
    "crisis": "self-harm", "harm_to_others": "threat", "harassment": "no-contact",
}
_SENTENCE = re.compile(r"[^.!?\n]+")
_SENTENCE_SEARCH_LIMIT = 20_000


def _screen_fallback(text: str, issues: list[LintIssue]) -> LintIssue | None:
    """A block issue when the safety screen flags what the patterns above did not."""
    kind = screen(text).kind
    if kind == "none":
        return None
    rule = _FALLBACK[kind]
    if any(i.rule == rule for i in issues):
        return None
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if len(text) <= _SENTENCE_SEARCH_LIMIT:
        for m in _SENTENCE.finditer(text):
            if m.group().strip() and screen(m.group()).kind == kind:
                s = m.group()
                start, end = m.start() + len(s) - len(s.lstrip()), m.start() + len(s.rstrip())
                break
    return _span_issue(rule, start, end) if start < end else None


def lint_draft(
    text: str, *, recipient: str | None = None, motive: str | None = None
) -> list[LintIssue]:
    """Check a draft; the issues come sorted by where they start. Pure; never raises.

    ``recipient`` enables the greeting check. ``motive`` (the check-in motive) only changes
    how the "reconcile" warning is worded: it stays a warning whatever the motive, more
    gently put when the person has said they hope to reconcile.
    """
    if not text or text.isspace():
        return []
    issues: list[LintIssue] = list(_placeholders(text))
    view = _view(text)
    reconcile = _RECONCILE_BY_MOTIVE.get(motive or "")
    for rule, start, end in _merged(_pattern_spans(view)):
        if rule == "reconcile" and reconcile is not None:
            issues.append(_span_issue(rule, start, end, reconcile[1], reconcile[0]))
        else:
            issues.append(_span_issue(rule, start, end))
    for extra in (_too_long(text), _questions(text)):
        if extra is not None:
            issues.append(extra)
    issues.extend(_shouting(text))
    issues.extend(_greeting(text, recipient))
    fallback = _screen_fallback(text, issues)
    if fallback is not None:
        issues.append(fallback)
    return sorted(issues, key=lambda i: (i.span[0], i.span[1], i.rule))


def is_blocked(issues: Iterable[LintIssue]) -> bool:
    """True when any issue is a block (the draft must not be offered as send-ready)."""
    return any(i.severity == "block" for i in issues)
