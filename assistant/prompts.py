"""Prompt templates from prompts/, loaded by name and filled with string.Template."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from string import Template

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=32)
def load(name: str) -> Template:
    """The template ``prompts/<name>.md``; FileNotFoundError names the file when missing."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a prompt name: {name!r}")
    path = PROMPTS_DIR / f"{name}.md"
    return Template(path.read_text(encoding="utf-8").strip())


def names() -> list[str]:
    """Every prompt on disk, by name."""
    return sorted(p.name.removesuffix(".md") for p in PROMPTS_DIR.glob("*.md"))


def render(name: str, **values: str) -> str:
    """Fill a prompt. Every placeholder must be given; ``$principles`` is filled for you."""
    if "principles" not in values:
        values["principles"] = load("principles").template
    # substitute (not safe_substitute): a missing value is a bug, not a blank in the prompt.
    return load(name).substitute(values)
