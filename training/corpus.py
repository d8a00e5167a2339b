"""Reading the labelled corpora the heads are trained and measured on (training and tests)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "tests" / "corpora"
SCREEN = CORPORA / "screen"
TALK = CORPORA / "talk"
LANGS = ("en", "es", "pt", "fr", "de", "it")
# The blind training batches, in the order they were written; each was written before its
# writers saw any rule or earlier batch.
TRAIN_BATCHES = ("train", "train2", "train3", "train4", "train5", "train6", "train7", "train8",
                 "train9", "train10", "train11", "train12", "train13", "train14", "train15",
                 "train16", "train17", "train18", "train19", "train20", "train21", "train22",
                 "train23", "train27")
# Batch 14 (en, pt Brazil and Portugal, it) waited one round because, trained on alone, it cost
# held-out English certain one case under its floor; it went in with batches 16-19 (en 16-19,
# pt 16 Brazil and 17 Portugal, it 16) and 20-23 (English); 27 (English, indirect signs:
# preparations, means in context, farewells) went in with the everyday batches
# talk/everyday_train_a-g (training/train_screen.py).
# en_train17's crisis texts join a warning sentence to shared breakup sentences; its safe
# "mixed_safe" texts use the same shared sentences equally often, so they carry no signal.
# Written (blind, 2026-12-02) but not trained on yet: en_train24 (minimal pairs), en_train25
# (heavy but safe heartbreak, and where it tips over), en_train26 (world Englishes). Learned
# with batches 1-23, they made the validation batches worse: English caught 90.7 -> 89.1%,
# certain 60.6 -> 59.9%, safe flagged 0.7 -> 1.0%; Portuguese 94.9 -> 94.4%, Italian 92.6 ->
# 92.2%. Without en_train24, English certain fell to 54.0% (the highest everyday score out of
# fold, which sets the English certain level, rose from 0.924 to 0.965). The held-out split was
# not looked at with them.
WAITING_BATCHES = ("train24", "train25", "train26")


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as f:
        cases: list[dict[str, Any]] = tomllib.load(f)["case"]
    return cases


def talk_rows(name: str, table: str) -> list[dict[str, Any]]:
    """The rows of one table of tests/corpora/talk/<name>.toml ("message", "reply", ...)."""
    with (TALK / f"{name}.toml").open("rb") as f:
        rows: list[dict[str, Any]] = tomllib.load(f)[table]
    return rows


def screen_split(split: str, langs: tuple[str, ...] = LANGS) -> dict[str, list[dict[str, Any]]]:
    """The blind screen batches of one split ("train" or "heldout"), by language."""
    if split not in ("train", "heldout"):
        raise ValueError(split)
    out = {}
    for lang in langs:
        cases = load_cases(SCREEN / f"{lang}_{split}.toml")
        if split == "train":  # the later training batches (train2, train3, ...)
            for extra in TRAIN_BATCHES[1:]:
                path = SCREEN / f"{lang}_{extra}.toml"
                if path.exists():
                    cases += load_cases(path)
        out[lang] = cases
    return out


# Validation batches: written blind like the training batches (as a seventh one), but never
# trained on. Model and threshold choices are to be judged on them, not on the held-out split.
VALID_BATCHES = ("valid", "valid2")


def screen_validation() -> dict[str, list[dict[str, Any]]]:
    """The validation batches, by language (not every language has one)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for lang in LANGS:
        for batch in VALID_BATCHES:
            path = SCREEN / f"{lang}_{batch}.toml"
            if path.exists():
                out.setdefault(lang, []).extend(load_cases(path))
    return out


def text_key(text: str) -> str:
    """A text as compared across corpora: casefolded, runs of spaces collapsed."""
    return " ".join(text.casefold().split())


def heldout_texts() -> frozenset[str]:
    """The held-out batches' texts (casefolded, spaces collapsed), only so that training can
    leave out any training case that happens to say exactly the same thing: short phrases
    like "ho deciso di uccidermi" were written independently into both."""
    return frozenset(text_key(c["text"]) for cases in screen_split("heldout").values()
                     for c in cases)


# Talk corpora that are measured and never learned (tests/test_screen_corpus.py): the held-out
# talk, replies and letters, and the fresh everyday validation batches.
KEPT_TALK = (("talk_heldout", "message"), ("replies_heldout", "reply"),
             ("letters_heldout", "letter"), ("replies_valid", "reply"),
             ("everyday_valid_a", "message"), ("everyday_valid_b", "message"))


def kept_talk_texts() -> frozenset[str]:
    """The kept talk corpora's texts (casefolded, spaces collapsed), so that an everyday text a
    training batch happens to share word for word ("its like someone turned the volume down on
    everything", written independently into two batches) is left out of training."""
    return frozenset(text_key(row["text"]) for name, table in KEPT_TALK
                     for row in talk_rows(name, table))


def screen_training_cases() -> list[dict[str, Any]]:
    """Everything the crisis head may learn from: the original corpus and the train batches.
    Never the held-out batches, nor a training case word for word the same as a held-out
    one. Each case carries its ``lang`` and its ``batch`` (the file it came from: "safety",
    "train", "train2", ..., "examples")."""
    held = heldout_texts()
    cases = [dict(c, lang="en", batch="safety") for c in load_cases(CORPORA / "safety.toml")]
    for lang in LANGS:
        for batch in (*TRAIN_BATCHES, "examples"):  # examples: the rule writers' own phrasings
            path = SCREEN / f"{lang}_{batch}.toml"
            if path.exists():
                cases.extend(dict(c, lang=lang, batch=batch) for c in load_cases(path))
    return [c for c in cases if text_key(c["text"]) not in held]
