"""The crisis panel and direct question in six languages: complete, strict, really translated."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from assistant.crisis_i18n import (
    CRISIS_I18N_FILE,
    LANGUAGES,
    PLACEHOLDERS,
    CrisisText,
    crisis_text,
    get_crisis_texts,
    language_of,
    load_crisis_texts,
    placeholders,
)
from assistant.errors import ContentError
from assistant.safety import load_safety_content

RAW = tomllib.loads(CRISIS_I18N_FILE.read_text(encoding="utf-8"))
KEYS = set(CrisisText.model_fields)


def _write(tmp_path: Path, data: dict[str, dict[str, str]]) -> Path:
    lines = []
    for lang, table in data.items():
        lines.append(f"[{lang}]")
        lines += [f"{k} = {_toml_string(v)}" for k, v in table.items()]
    path = tmp_path / "crisis_i18n.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _copy() -> dict[str, dict[str, str]]:
    return {lang: dict(table) for lang, table in RAW.items()}


def test_the_six_languages_are_there_and_nothing_else() -> None:
    assert set(RAW) == set(LANGUAGES) == {"en", "es", "pt", "fr", "de", "it"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_key(lang: str) -> None:
    assert set(RAW[lang]) == KEYS, (set(RAW[lang]) ^ KEYS)
    text = get_crisis_texts().get(lang)
    for key in KEYS:
        value = getattr(text, key)
        assert value.strip() and value == value.strip(), (lang, key)


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_is_written_in_that_language_not_left_in_english(lang: str) -> None:
    en, other = crisis_text("en"), crisis_text(lang)
    for key in KEYS - {"answer_no"}:  # "No" is Spanish and Italian too
        assert getattr(other, key) != getattr(en, key), (lang, key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_direct_question_is_asked_plainly_and_answered_three_ways(lang: str) -> None:
    t = crisis_text(lang)
    assert t.ask_wished_dead.rstrip().endswith("?") and t.ask_thoughts.rstrip().endswith("?")
    assert len(set(t.answers)) == 3
    assert t.answers == (t.answer_yes, t.answer_no, t.answer_rather_not)
    assert len(t.ask_thoughts) < 80, "the second question stays short and plain"


def test_the_english_questions_are_the_c_ssrs_screener_items_in_plain_words() -> None:
    t = crisis_text("en")
    assert t.ask_wished_dead == ("In the past month, have you wished you were dead, or wished "
                                 "you could go to sleep and not wake up?")
    assert t.ask_thoughts == "Have you had any actual thoughts of killing yourself?"
    assert t.answers == ("Yes", "No", "I'd rather not say")


def test_the_english_panel_keeps_the_tone_of_the_fixed_safety_text() -> None:
    fixed = load_safety_content().crisis
    t = crisis_text("en")
    assert t.panel_title == fixed.title
    assert t.panel_body.split("\n\n")[0] == fixed.body.split("\n\n")[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_templates_keep_their_placeholders_and_format(lang: str) -> None:
    t = crisis_text(lang)
    for key in KEYS:
        assert placeholders(getattr(t, key)) == PLACEHOLDERS.get(key, frozenset()), (lang, key)
    filled = t.text_keyword.format(keyword="HOME", number="741741")
    assert "HOME" in filled and "741741" in filled
    assert "15:30" in t.daily.format(start="15:30", end="00:30")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_promises_help_any_time_of_day(lang: str) -> None:
    """Some countries' lines keep hours, so the panel itself must not promise "any time"."""
    body = crisis_text(lang).panel_body.casefold()
    for phrase in ("any time", "a cualquier hora", "a qualquer hora", "à toute heure",
                   "rund um die uhr", "a qualsiasi ora", "24"):
        assert phrase not in body, (lang, phrase)


def test_the_loader_rejects_a_language_missing_a_key(tmp_path: Path) -> None:
    data = _copy()
    del data["it"]["ask_thoughts"]
    with pytest.raises(ContentError) as err:
        load_crisis_texts(_write(tmp_path, data))
    assert err.value.field == "it.ask_thoughts"


def test_the_loader_rejects_a_missing_language(tmp_path: Path) -> None:
    data = _copy()
    del data["pt"]
    with pytest.raises(ContentError) as err:
        load_crisis_texts(_write(tmp_path, data))
    assert err.value.field == "pt"


def test_the_loader_rejects_an_unknown_key_or_language(tmp_path: Path) -> None:
    data = _copy()
    data["de"]["answer_maybe"] = "Vielleicht"
    with pytest.raises(ContentError) as err:
        load_crisis_texts(_write(tmp_path, data))
    assert err.value.field == "de.answer_maybe"
    data = _copy()
    data["nl"] = dict(data["en"])
    with pytest.raises(ContentError) as err:
        load_crisis_texts(_write(tmp_path, data))
    assert err.value.field == "nl"


@pytest.mark.parametrize("key, value", [
    ("call", "llama al número"),  # the number would be lost
    ("daily", "todos los días, de {start}"),
    ("free", "Gratis {para ti}"),
    ("panel_title", "No tienes que {"),
    ("emergency_local", "llama al {numbers}"),
])
def test_the_loader_rejects_a_template_that_lost_or_gained_a_placeholder(
    tmp_path: Path, key: str, value: str
) -> None:
    data = _copy()
    data["es"][key] = value
    with pytest.raises(ContentError) as err:
        load_crisis_texts(_write(tmp_path, data))
    assert err.value.field == "es"
    assert key in err.value.problem


def test_the_loader_rejects_an_empty_text(tmp_path: Path) -> None:
    data = _copy()
    data["fr"]["answer_rather_not"] = ""
    with pytest.raises(ContentError) as err:
        load_crisis_texts(_write(tmp_path, data))
    assert err.value.field == "fr.answer_rather_not"


def test_the_written_copy_of_the_file_loads_unchanged(tmp_path: Path) -> None:
    """The helper the rejection tests use writes a faithful copy."""
    assert load_crisis_texts(_write(tmp_path, _copy())) == get_crisis_texts()


@pytest.mark.parametrize("tag, expected", [
    ("es", "es"), ("es-MX", "es"), ("pt_BR", "pt"), ("DE-at", "de"), ("fr-CA", "fr"),
    ("it", "it"), ("en-GB", "en"), ("nl", "en"), ("", "en"), (None, "en"), ("e", "en"),
])
def test_language_of_a_tag(tag: str | None, expected: str) -> None:
    assert language_of(tag) == expected
    assert crisis_text(tag) == get_crisis_texts().get(expected)


def test_the_panel_names_no_phone_number_itself() -> None:
    """Numbers live in helplines.toml with their sources, never in the translated prose."""
    for lang in LANGUAGES:
        t = crisis_text(lang)
        for key in KEYS:
            assert not re.search(r"\d{3}", getattr(t, key)), (lang, key)
