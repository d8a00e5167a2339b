"""The guide content: loads, validates, fails loudly, and never copies the article."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from assistant.errors import ContentError
from assistant.guide import GUIDE_FILE, get_guide, load_guide, section

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "guide" / "source-article.txt"
SHINGLES = Path(__file__).resolve().parent / "data" / "article_shingles.txt"
RUN = 8

REQUIRED = {
    "why-it-hurts",
    "pros-closure", "pros-growth", "pros-reconciliation", "pros-misconceptions",
    "cons-rejection", "cons-healing", "cons-false-hope", "cons-relationships",
    "cons-stagnation",
    "timing-no-contact", "timing-healing", "timing-circumstances", "timing-their-space",
    "motives-why", "motives-closure", "motives-reconciliation", "motives-clarity",
    "motives-honesty",
    "after-reflect", "after-self-care", "after-growth",
}


def test_guide_has_every_section() -> None:
    guide = get_guide()
    assert REQUIRED <= set(guide.ids)
    assert len(guide.ids) == len(set(guide.ids))
    assert guide.attribution.author


def test_lookup_by_id() -> None:
    assert section("timing-no-contact").group == "timing"
    with pytest.raises(KeyError, match="no-such"):
        section("no-such")


def test_loaded_once() -> None:
    assert get_guide() is get_guide()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def _hash(run: str) -> str:
    return hashlib.sha256(run.encode()).hexdigest()[:16]


def _runs(text: str) -> list[str]:
    words = _words(text)
    return [" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)]


def _stored_shingles() -> set[str]:
    lines = SHINGLES.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def test_no_sentence_copied_from_the_article() -> None:
    """No run of 8 words from the article appears anywhere under content/ or prompts/."""
    shingles = _stored_shingles()
    assert len(shingles) > 1000
    root = GUIDE_FILE.parent.parent
    files = sorted([*root.joinpath("content").glob("*"), *root.joinpath("prompts").glob("*")])
    assert files
    for path in files:
        for run in _runs(path.read_text(encoding="utf-8")):
            assert _hash(run) not in shingles, f"{path.name} copies the article: {run!r}"


@pytest.mark.skipif(not ARTICLE.exists(), reason="shared/guide/source-article.txt not beside repo")
def test_stored_shingles_match_the_article() -> None:
    """The fingerprint file is exactly the article's 8-word runs (so the test above is real)."""
    article = ARTICLE.read_text(encoding="utf-8")
    assert {_hash(r) for r in _runs(article)} == _stored_shingles()


def test_copy_detector_catches_a_copied_run() -> None:
    copied = "a standard no-contact period should range from 30 days to several months"
    assert any(_hash(r) in _stored_shingles() for r in _runs(copied))


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("title = 'x'\n[attribution]\noriginal_title='a'\nauthor='b'\nnote='c'\n"
         "[[sections]]\nid='a'\ngroup='pros'\ntitle='t'\nsummary='s'\nbody=['b']\nextra=1\n",
         "sections.0.extra"),
        ("title = 'x'\n[attribution]\noriginal_title='a'\nauthor='b'\nnote='c'\n"
         "[[sections]]\nid='Bad Id'\ngroup='pros'\ntitle='t'\nsummary='s'\nbody=['b']\n",
         "sections.0.id"),
        ("title = 'x'\n[attribution]\noriginal_title='a'\nauthor='b'\nnote='c'\n"
         "[[sections]]\nid='a'\ngroup='nope'\ntitle='t'\nsummary='s'\nbody=['b']\n",
         "sections.0.group"),
        ("title = 'x'\n[[sections]]\nid='a'\ngroup='pros'\ntitle='t'\nsummary='s'\nbody=['b']\n",
         "attribution"),
        ("title = = broken", "(syntax)"),
    ],
)
def test_broken_content_names_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    bad = tmp_path / "guide.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as exc:
        load_guide(bad)
    assert str(bad) in str(exc.value)
    assert exc.value.field == field


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not found"):
        load_guide(tmp_path / "nope.toml")


def test_duplicate_ids_rejected(tmp_path: Path) -> None:
    sec = "[[sections]]\nid='a'\ngroup='pros'\ntitle='t'\nsummary='s'\nbody=['b']\n"
    bad = tmp_path / "g.toml"
    bad.write_text("title='x'\n[attribution]\noriginal_title='a'\nauthor='b'\nnote='c'\n"
                   + sec + sec, encoding="utf-8")
    with pytest.raises(ContentError, match="duplicate section id"):
        load_guide(bad)
