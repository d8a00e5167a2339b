"""The safety screen: corpus recall and false positives, normalisation, responses, bad input."""

from __future__ import annotations

import random
import re
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_linear

from assistant import safety
from assistant.errors import ContentError
from assistant.guide import get_guide
from assistant.safety import (
    NOT_THERAPY,
    RULE_IDS,
    SafetyState,
    Screening,
    abuse_support,
    canonical,
    load_safety_content,
    response_for,
    screen,
)

CORPUS = Path(__file__).parent / "corpora" / "safety.toml"
KINDS = ("crisis", "harm_to_others", "harassment", "none")
THRESHOLDS = {"crisis": 1.0, "harm_to_others": 0.95, "harassment": 0.95}
MAX_FALSE_POSITIVE_RATE = 0.05


def _load_cases() -> list[dict[str, str]]:
    cases: list[dict[str, str]] = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["case"]
    for c in cases:
        assert set(c) == {"text", "kind", "tag"}, c
        assert c["kind"] in KINDS, c
    return cases


CASES = _load_cases()


def test_corpus_is_big_enough() -> None:
    counts = Counter(c["kind"] for c in CASES)
    assert len(CASES) >= 150
    assert counts["none"] >= 50
    for kind in ("crisis", "harm_to_others", "harassment"):
        assert counts[kind] >= 30, kind
    tags = Counter(c["tag"] for c in CASES if c["kind"] == "crisis")
    for tag in ("coded", "passive", "disclosure", "farewell"):
        assert tags[tag] >= 5, tag
    assert len({c["text"] for c in CASES}) == len(CASES), "duplicate texts in the corpus"


def test_recall_and_false_positives(report: Callable[[str], None]) -> None:
    results = [(c, screen(c["text"])) for c in CASES]
    report(f"safety screen on {len(CASES)} labelled inputs ({CORPUS.name}):")
    misses: list[str] = []
    rates: dict[str, float] = {}
    for kind in ("crisis", "harm_to_others", "harassment"):
        mine = [(c, s) for c, s in results if c["kind"] == kind]
        hit = sum(s.kind == kind for _, s in mine)
        rates[kind] = hit / len(mine)
        report(f"  {kind:15} recall {hit}/{len(mine)} = {rates[kind]:.1%}"
               f"  (threshold {THRESHOLDS[kind]:.0%})")
        misses += [f"    missed {kind}: {c['text']!r} -> {s.kind}" for c, s in mine
                   if s.kind != kind]
    benign = [(c, s) for c, s in results if c["kind"] == "none"]
    flagged = [(c, s) for c, s in benign if s.flagged]
    fp = len(flagged) / len(benign)
    report(f"  benign          false positives {len(flagged)}/{len(benign)} = {fp:.1%}"
           f"  (threshold {MAX_FALSE_POSITIVE_RATE:.0%})")
    misses += [f"    false positive: {c['text']!r} -> {s.kind} {s.matched}" for c, s in flagged]
    for line in misses:
        report(line)
    assert rates["crisis"] == 1.0, misses
    for kind in ("harm_to_others", "harassment"):
        assert rates[kind] >= THRESHOLDS[kind], misses
    assert fp <= MAX_FALSE_POSITIVE_RATE, misses


def test_every_rule_has_an_example_in_the_corpus() -> None:
    """Every rule, in every language, fires on some labelled case it was written from (the
    original corpus or a training batch: never a held-out one)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
    from corpus import screen_training_cases

    fired = {rule for c in screen_training_cases() for rule in screen(c["text"]).matched}
    assert set(RULE_IDS) - fired == set()


def test_every_example_fires_a_rule_of_its_own_kind() -> None:
    prefix = {"crisis": "crisis.", "harm_to_others": "harm.", "harassment": "harassment."}
    for c in CASES:
        if c["kind"] != "none":
            s = screen(c["text"])
            assert any(m.startswith(prefix[c["kind"]]) for m in s.matched), c


@pytest.mark.parametrize("text", [
    "this is killing me", "I'm dying to know", "I miss her so much it hurts",
    "I want to get back together", "I could kill for a coffee",
])
def test_everyday_idioms_are_not_crises(text: str) -> None:
    found = screen(text)
    assert (found.kind, found.matched, found.ask) == ("none", (), False)


@pytest.mark.parametrize(("text", "kind"), [
    ("my mom keeps calling and i keep letting it ring", "none"),
    ("my friends keep texting me to come out", "none"),
    ("i keep calling her by my ex's name in my head", "none"),
    ("he told me in person at the park near his house", "none"),
    ("i keep calling her and she never picks up", "harassment"),
    ("i kept texting him all night", "harassment"),
    ("i sat in the car near his house for an hour", "harassment"),
    ("i have been parked outside her flat since six", "harassment"),
    ("i want to apologise for reading her phone, that was wrong", "none"),
    ("im so sorry for going through his messages", "none"),
    ("i keep reading her messages when she leaves her phone out", "harassment"),
])
def test_someone_else_calling_a_park_or_an_apology_is_not_harassment(text: str,
                                                                     kind: str) -> None:
    """Everyday talk the harassment rules once flagged (blind everyday batch A and B, first
    pass), beside what they must still find."""
    assert screen(text).kind == kind, screen(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("teenage son refuses to go to his dads on weekends and i dont know if i should make him",
     "none"),
    ("should i go to his mums 60th. she invited me personally", "none"),
    ("my youngest wonders if we can still go to his mums farm at easter", "none"),
    ("drove past her apartment on the way to work and had to pull over for a min", "none"),
    ('my three call her boyfriend "steve" and i call him worse things in my head', "none"),
    ('my phone still autocorrects "hi" to "hi babe" and i need it to stop', "none"),
    ("mentally checked out of everything since sunday", "none"),
    ("stalked his new girls linkedin. she has a masters. great", "none"),
    ("i liked a pic of hers by accident while stalking at 2am, want to throw my phone in the lake",
     "none"),
    ("i used to judge people who stalk their exes. look at me now", "none"),
    ("so im hitting the gym instead of stalking", "none"),
    ("i kind of miss calling her mom more than her. strange?", "none"),
    ("does the mood tracker go anywhere", "none"),
    ("can i set the app to auto delete drafts after 30 days", "none"),
    ('dad wont stop calling him "that clown" which is kind of helping', "none"),
    ("he blocked me everywhere but he still watch my stories from his second account", "none"),
    ("tbh i knew it was over when he forgot my name on his finsta caption", "none"),
    ("i made a fake account to see her private stories", "harassment"),
    ("watching her stories on my mates account like a spy", "harassment"),
    ("drove by his house 3 times. i know, i know", "harassment"),
    ("so embarrassed i showed up at her work with flowers", "harassment"),
    ("i drunk texted him 14 times last night", "harassment"),
    ("i'm going to go to her mums house on sunday, she'll have to see me there", "harassment"),
    ("I've been stalking her, I know her whole routine", "harassment"),
    ("we had one stupid fight and it ended everything. i think if we talked we could fix it",
     "none"),
    ("It's a shame you taught me right before you left.", "none"),
    ("i want to end it all", "crisis"),
    ("i'll shame her in front of everyone at the party", "harm_to_others"),
    ("i checked out of life", "crisis"),
    ("everything hurts and i need it to stop", "crisis"),
])
def test_everyday_talk_the_rules_once_flagged(text: str, kind: str) -> None:
    """Everyday talk rules once flagged (blind everyday training batches, issue 10), beside
    the real behaviour they must still find."""
    assert screen(text).kind == kind, screen(text)


@pytest.mark.parametrize("text", [
    "everyone would be better off without me", "don't want to be here anymore",
    "want to disappear forever", "kms", "unalive", "sewerslide", "ctb", "I took pills",
    "I've been cutting", "help me write a goodbye letter to everyone",
    "write my last message before I go",
])
def test_crisis_forms_named_in_the_brief(text: str) -> None:
    assert screen(text).kind == "crisis"


def test_crisis_outranks_harm_and_matched_lists_every_rule() -> None:
    s = screen("I'm going to hurt him and then kill myself")
    assert s.kind == "crisis"
    assert "crisis.kill-self" in s.matched and "harm.intent-hurt" in s.matched
    assert s.matched.index("crisis.kill-self") < s.matched.index("harm.intent-hurt")


def test_harm_outranks_harassment() -> None:
    s = screen("I'll show up at her work and slash her tires")
    assert s.kind == "harm_to_others"
    assert "harassment.show-up" in s.matched


def test_negation_turns_a_threat_off_but_not_self_harm() -> None:
    assert screen("I don't want to hurt her").kind == "none"
    assert screen("I want to hurt her").kind == "harm_to_others"
    # Saying it while denying it still gets the resources: the words are there.
    assert screen("I'm not going to kill myself, don't worry").kind == "crisis"


# --------------------------------------------------------------------------- normalisation

@pytest.mark.parametrize(("raw", "expected"), [
    ("K.M.S", "kms"),
    ("k m s", "kms"),
    ("I don't want to be here", "i do not want to be here"),
    ("I can't go on", "i can not go on"),
    ("I'll do it", "i will do it"),
    ("ki\u200bll my\u200dself", "kill myself"),
    ("k\u0456ll mys\u0435lf", "kill myself"),  # Cyrillic i and e
    ("\uff4b\uff49\uff4c\uff4c", "kill"),  # fullwidth, folded by NFKC
    ("KILL   my self!!!", "kill myself"),
    ("kill my 'self", "kill myself"),  # the phrase only forms once the apostrophe is gone
    ("su\u0301i\u0301cide", "suicide"),  # combining accents
    ("dieeeeee", "diee"),
    ("it's", "it is"),
])
def test_canonical_form(raw: str, expected: str) -> None:
    assert canonical(raw) == expected


@pytest.mark.parametrize("text", [
    "k1ll mys3lf", "su1c1de", "k!ll my$elf", "5u1c1d3", "ki11 myse1f", "i w4nt t0 d1e",
])
def test_look_alike_digits_and_symbols(text: str) -> None:
    assert screen(text).kind == "crisis"


@pytest.mark.parametrize("text", [
    "ok ' I want to kill myself",  # a lone apostrophe must not shift what comes after it
    "fine ’ i want to kms",
    "she needs to pay ' for cheating, I want her to hurt",
    "whatever. n't matter, I want to kill myself",
])
def test_a_stray_apostrophe_hides_nothing_after_it(text: str) -> None:
    assert screen(text).flagged
    assert "  " not in safety._variants(text)[0]


def test_canonical_form_is_always_words_one_space_apart() -> None:
    """Rules are written for single spaces: a double one would hide the words around it."""
    rng = random.Random(7)
    noise = ["'", "\u2019", "n't", "''", " ' ", "!", "|", "0", "\u200b", "\u0301", "  ", "k m s"]
    for case in CASES:
        text = list(case["text"])
        for _ in range(4):
            text.insert(rng.randrange(len(text) + 1), rng.choice(noise))
        for canon in safety._variants("".join(text)):
            if canon.isspace():
                continue  # no English words at all ("我很想她")
            assert "  " not in canon and canon.startswith(" ") and canon.endswith(" "), canon


@pytest.mark.parametrize("text", ["I'm thinking of kil|ling myself", "i want to d1e33"])
def test_look_alikes_that_make_a_letter_triple_are_squeezed(text: str) -> None:
    assert screen(text).kind == "crisis"


def test_numbers_stay_numbers() -> None:
    assert screen("I took 30 pills").kind == "crisis"
    assert screen("30 days, 988 steps, 24/7").kind == "none"


# --------------------------------------------------------------------------- session state

def test_crisis_flag_is_sticky_for_the_session() -> None:
    state = SafetyState()
    assert state.drafting_allowed
    assert state.observe(screen("I want to text her")).kind == "none"
    assert state.drafting_allowed
    crisis = state.observe(screen("I want to kill myself"))
    assert crisis.kind == "crisis"
    assert not state.drafting_allowed
    state.observe(screen("never mind, I'm fine, help me write to her"))
    assert state.crisis and not state.drafting_allowed


def test_harm_and_harassment_do_not_set_the_crisis_flag() -> None:
    state = SafetyState()
    state.observe(screen("I want to kill him"))
    state.observe(screen("I'll text her from a new number"))
    assert state.drafting_allowed


# --------------------------------------------------------------------------- fixed responses

def _all_text(kind: str) -> str:
    r = abuse_support() if kind == "abuse" else response_for(kind)  # type: ignore[arg-type]
    return r.as_text()


def test_crisis_response_has_every_resource() -> None:
    r = response_for("crisis")
    assert r.kind == "crisis"
    text = r.as_text()
    assert "Call or text 988" in text
    assert "Text HOME to 741741" in text
    assert "findahelpline.com" in text
    assert "emergency" in text.lower()
    assert {res.name for res in r.resources} >= {
        "988 Suicide & Crisis Lifeline (US)", "Crisis Text Line (US)", "Outside the US",
        "Emergency services",
    }


def test_abuse_support_has_the_hotline() -> None:
    r = abuse_support()
    text = r.as_text()
    assert r.kind == "abuse"
    assert "National Domestic Violence Hotline" in text
    assert "1-800-799-7233" in text
    assert "text START to 88788" in text


@pytest.mark.parametrize("kind", ["harm_to_others", "harassment"])
def test_refusals_are_plain_and_say_why(kind: str) -> None:
    r = response_for(kind)  # type: ignore[arg-type]
    assert r.kind == kind
    assert "won't" in (r.title + r.body) or "can't" in (r.title + r.body)
    assert len(r.body) > 200  # a reason, not just "no"
    # It explains; it does not diagnose the person.
    for word in ("disorder", "obsess", "stalker", "abuser", "psycho", "unstable", "toxic"):
        assert word not in r.body.lower()


def test_responses_never_show_rule_ids() -> None:
    for kind in ("crisis", "harm_to_others", "harassment", "abuse"):
        text = _all_text(kind)
        assert not any(rule in text for rule in RULE_IDS)
        assert "crisis." not in text and "harassment." not in text


def test_none_gives_an_empty_response() -> None:
    r = response_for("none")
    assert (r.kind, r.title, r.body, r.resources) == ("none", "", "", [])


def test_not_therapy_notice() -> None:
    assert "not therapy" in NOT_THERAPY
    assert "crisis line or emergency services" in NOT_THERAPY


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "safety.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_content_loads() -> None:
    content = load_safety_content()
    assert content.crisis.resources and content.abuse.resources


def test_unknown_field_is_rejected_with_file_and_field(tmp_path: Path) -> None:
    text = safety.SAFETY_FILE.read_text(encoding="utf-8") + '\n[crisis.extra]\nsurprise = 1\n'
    path = _write(tmp_path, text.replace("[crisis]", "[crisis]\nmood = \"calm\"", 1))
    with pytest.raises(ContentError) as err:
        load_safety_content(path)
    assert err.value.file == str(path)
    assert err.value.field.startswith("crisis")


def test_dropping_a_hotline_fails_loudly(tmp_path: Path) -> None:
    text = safety.SAFETY_FILE.read_text(encoding="utf-8").replace("741741", "000000")
    with pytest.raises(ContentError, match="741741"):
        load_safety_content(_write(tmp_path, text))


def test_missing_file_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not found"):
        load_safety_content(tmp_path / "nope.toml")


def test_resource_links_must_be_https(tmp_path: Path) -> None:
    text = safety.SAFETY_FILE.read_text(encoding="utf-8").replace(
        "https://findahelpline.com", "http://findahelpline.com", 1)
    with pytest.raises(ContentError, match="url"):
        load_safety_content(_write(tmp_path, text))


def test_the_guide_itself_is_not_flagged() -> None:
    """Drafts and prompts are built from the guide: its own words must screen clean."""
    for section in get_guide().sections:
        found = screen(section.as_text())
        assert (found.kind, found.matched, found.ask) == ("none", (), False), section.id


# --------------------------------------------------------------------------- bad input

BAD_INPUTS: dict[str, str] = {
    "empty": "",
    "whitespace": " \n\t\r  \u00a0\u2003 ",
    "nul bytes": "\x00" * 50 + "hello\x00there",
    "emoji": "💔😭🙏🏽👩‍❤️‍👨" * 40,
    "rtl": "\u202eI miss her\u202c אני מתגעגע أفتقدها \u200f",
    "mixed scripts": "Я miss 她 so much, ελπίζω she's ok ☺︎",
    "lone surrogate": "hi \ud800 there",
    "control chars": "".join(chr(i) for i in range(32)) + "\x7f\x85",
    "long token": "a" * 100_000,
    "long text": ("I miss her and I keep thinking about what went wrong. " * 2000)[:100_000],
    "only punctuation": "?!.,;:'\"()[]{}<>" * 1000,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_never_raises_and_is_not_flagged(name: str) -> None:
    s = screen(BAD_INPUTS[name])
    assert isinstance(s, Screening)
    assert s.kind == "none", (name, s.matched)


def test_crisis_survives_noise_around_it() -> None:
    noise = "💔 " * 10_000
    assert screen(noise + "I want to kill myself" + noise).kind == "crisis"
    assert screen("kill\x00myself").kind == "crisis"
    assert screen("\u202ekms\u202c").kind == "crisis"


LINEARITY_INPUTS: dict[str, str] = {
    "letters": "a",
    "spaced letters": "k ",
    "digits": "1",
    "leet": "k1",
    "repeated phrase": "i am going to ",
    "crisis words": "kill myself ",
    "first words": "want text keep kill call go ",
    "near miss": "i want to hurt ",
    "zero width": "k\u200b",
    "accents": "é",
    "bangs": "!",
    "emoji": "💔",
}


@pytest.mark.parametrize("name", sorted(LINEARITY_INPUTS))
def test_time_is_linear_in_length(name: str) -> None:
    unit = LINEARITY_INPUTS[name]
    n = 25_000
    small = (unit * (n // len(unit) + 1))[:n]
    big = (unit * (4 * n // len(unit) + 1))[: 4 * n]
    assert_linear(screen, small, big, name)


# One long word (no spaces) with something at its end or elsewhere that a per-word step
# looks for: a search that re-scans the word from every position would be quadratic.
LONG_WORDS: dict[str, tuple[str, str]] = {
    "apostrophe after the long word": ("ab", " x'y"),
    "apostrophes inside it": ("a'b", ""),
    "triple letters inside it": ("abbb", ""),
    "spaced letters after it": ("ab", " k m s"),
    "look-alike digits inside it": ("a1b", " sooo"),
    "capitals": ("AB", " OK!!"),
}


@pytest.mark.parametrize("name", sorted(LONG_WORDS))
@pytest.mark.parametrize("check", ["screen", "lint_draft"])
def test_one_long_word_is_linear(name: str, check: str) -> None:
    from assistant.lint import lint_draft

    fn = screen if check == "screen" else lint_draft
    unit, tail = LONG_WORDS[name]
    n = 25_000
    small = unit * (n // len(unit)) + tail
    big = unit * (4 * n // len(unit)) + tail
    assert_linear(fn, small, big, name)


def _quantifier_nesting(pattern: str) -> list[str]:
    """Unbounded quantifiers applied to something that itself contains a quantifier."""
    parser: Any = __import__("re._parser", fromlist=["parse"])
    k: Any = __import__("re._constants", fromlist=["MAXREPEAT"])
    repeats = (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT)
    problems: list[str] = []

    def has_repeat(seq: Any) -> bool:
        for op, av in seq:
            if op in repeats:
                return True
            if op is k.SUBPATTERN and has_repeat(av[-1]):
                return True
            if op is k.BRANCH and any(has_repeat(a) for a in av[1]):
                return True
            if op in (k.ASSERT, k.ASSERT_NOT) and has_repeat(av[1]):
                return True
            if op is k.ATOMIC_GROUP and has_repeat(av):
                return True
        return False

    def walk(seq: Any) -> None:
        for op, av in seq:
            if op in repeats:
                lo, hi, item = av
                if hi is k.MAXREPEAT and has_repeat(item):
                    problems.append(str(item))
                walk(item)
            elif op is k.SUBPATTERN:
                walk(av[-1])
            elif op is k.BRANCH:
                for a in av[1]:
                    walk(a)
            elif op in (k.ASSERT, k.ASSERT_NOT):
                walk(av[1])
            elif op is k.ATOMIC_GROUP:
                walk(av)

    walk(parser.parse(pattern))
    return problems


def _all_screen_patterns() -> list[re.Pattern[str]]:
    out: list[re.Pattern[str]] = []
    for rule in safety._RULES:
        out.append(rule.pattern)
        if rule.before is not None:
            out.append(rule.before)
    return out


def test_no_nested_unbounded_quantifiers() -> None:
    assert _quantifier_nesting(r"(?:a+)+") and _quantifier_nesting(r"(?: \S+)*x")
    assert not _quantifier_nesting(r"(?: [^ ]++){0,4} x")
    for pattern in _all_screen_patterns():
        assert not _quantifier_nesting(pattern.pattern), pattern.pattern[:80]


def test_every_rule_is_indexed_by_its_first_word() -> None:
    """An unindexed rule would be searched across the whole text: slow, so none may be."""
    assert safety._INDEX.unindexed == ()
    very_common = {"i", "you", "me", "my", "the", "a", "to", "and", "it", "that", "is", "of",
                   "in", "so", "her", "him", "he", "she", "they", "was", "this", "for", "be",
                   "not", "but", "just", "we", "do", "have", "with", "on"}
    assert very_common & safety._INDEX.first_words == set()


def test_screen_is_pure() -> None:
    text = "she blocked me, how can I text her?"
    first = screen(text)
    assert all(screen(text) == first for _ in range(3))
    assert first.kind == "harassment"
    with pytest.raises(ValueError):
        first.kind = "none"  # type: ignore[misc]
