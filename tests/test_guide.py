"""The guide content: loads, validates, fails loudly, and never copies the article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.errors import ContentError
from assistant.guide import GUIDE_FILE, get_guide, load_guide, section

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "guide" / "source-article.txt"

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


@pytest.mark.skipif(not ARTICLE.exists(), reason="shared/guide/source-article.txt not beside repo")
def test_no_sentence_copied_from_the_article() -> None:
    """No run of 8 words from the article appears anywhere under content/."""
    art = _words(ARTICLE.read_text(encoding="utf-8"))
    shingles = {" ".join(art[i : i + 8]) for i in range(len(art) - 7)}
    content_dir = GUIDE_FILE.parent
    for path in sorted(content_dir.glob("*.toml")):
        words = _words(path.read_text(encoding="utf-8"))
        for i in range(len(words) - 7):
            run = " ".join(words[i : i + 8])
            assert run not in shingles, f"{path.name} copies the article: {run!r}"


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
