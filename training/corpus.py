"""Reading the labelled corpora the heads are trained and measured on (training and tests)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "tests" / "corpora"
SCREEN = CORPORA / "screen"
LANGS = ("en", "es", "pt", "fr", "de", "it")


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as f:
        cases: list[dict[str, Any]] = tomllib.load(f)["case"]
    return cases


def screen_split(split: str, langs: tuple[str, ...] = LANGS) -> dict[str, list[dict[str, Any]]]:
    """The blind screen batches of one split ("train" or "heldout"), by language."""
    if split not in ("train", "heldout"):
        raise ValueError(split)
    out = {}
    for lang in langs:
        cases = load_cases(SCREEN / f"{lang}_{split}.toml")
        if split == "train":  # the second training batch
            cases += load_cases(SCREEN / f"{lang}_train2.toml")
        out[lang] = cases
    return out


def screen_training_cases() -> list[dict[str, Any]]:
    """Everything the crisis head may learn from: the original corpus and the train batches.
    Never the held-out batches."""
    cases = [dict(c, lang="en") for c in load_cases(CORPORA / "safety.toml")]
    for lang, batch in screen_split("train").items():
        cases.extend(dict(c, lang=lang) for c in batch)
        examples = SCREEN / f"{lang}_examples.toml"  # the rule writers' own phrasings
        if examples.exists():
            cases.extend(dict(c, lang=lang) for c in load_cases(examples))
    return cases
