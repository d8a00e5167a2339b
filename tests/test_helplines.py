"""Crisis lines by country: every number sourced, the loader strict, the resources complete."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import tomllib
from pathlib import Path

import pytest

from assistant.crisis_i18n import LANGUAGES, crisis_text
from assistant.errors import ContentError
from assistant.helplines import (
    DEFAULT_COUNTRY,
    HELPLINES_FILE,
    ISO_3166_ALPHA2,
    OTHER,
    Line,
    countries,
    crisis_response,
    default_country,
    get_helplines,
    line_detail,
    load_helplines,
    normalise_country,
    resources_for,
)

# The countries issue 10 asks for, as ISO 3166-1 alpha-2 codes.
REQUIRED = ("US", "GB", "IE", "CA", "AU", "ES", "MX", "BR", "PT", "FR", "DE", "AT", "CH", "IT")
FINDAHELPLINE = "https://findahelpline.com"

VALID = """
findahelpline = "https://findahelpline.com"

[countries.ES]
name = "Spain"

[[countries.ES.lines]]
name = "Línea 024"
call = ["024"]
hours = "24/7"
source = "https://example.org/024"
checked = 2026-12-01

[countries.ES.emergency]
numbers = ["112"]
source = "https://example.org/112"
checked = 2026-12-01
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "helplines.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _digits(text: str) -> list[str]:
    return re.findall(r"\d[\d ]*\d|\d", text)


# ---- the content file


def test_the_valid_sample_loads(tmp_path: Path) -> None:
    """The sample the rejection tests below break is itself valid."""
    loaded = load_helplines(_write(tmp_path, VALID))
    assert loaded.countries["ES"].lines[0].call == ["024"]


def test_every_country_the_issue_asks_for_has_lines_and_an_emergency_number() -> None:
    found = get_helplines().countries
    for code in REQUIRED:
        assert code in found, code
        assert found[code].lines, f"{code} has no crisis line"
        assert found[code].emergency.numbers, code


def test_every_number_carries_the_page_it_was_checked_against_and_when() -> None:
    raw = tomllib.loads(HELPLINES_FILE.read_text(encoding="utf-8"))
    entries = 0
    for code, country in raw["countries"].items():
        for entry in [*country.get("lines", []), country["emergency"]]:
            entries += 1
            assert re.match(r"^https?://\S+\.\S+", entry["source"]), (code, entry)
            assert entry["checked"] == dt.date(2026, 12, 1), (code, entry)
    assert entries >= 2 * len(REQUIRED)


def test_country_codes_are_iso_3166_alpha_2() -> None:
    assert len(ISO_3166_ALPHA2) == 249
    assert {"US", "GB", "DE"} <= ISO_3166_ALPHA2 and not {"UK", "EU", OTHER} & ISO_3166_ALPHA2
    assert set(get_helplines().countries) <= ISO_3166_ALPHA2


def _tzdata_table(where: str) -> Path:
    if where == "system":
        return Path("/usr/share/zoneinfo/iso3166.tab")  # Debian's tzdata package
    spec = importlib.util.find_spec("tzdata")  # the tzdata wheel (a Streamlit dependency's)
    origin = spec.origin if spec else None
    return Path(origin).parent / "zoneinfo" / "iso3166.tab" if origin else Path("/nonexistent")


@pytest.mark.parametrize("where", ["system", "wheel"])
def test_the_code_list_matches_an_independent_copy_of_iso_3166(where: str) -> None:
    table = _tzdata_table(where)
    if not table.exists():
        pytest.skip(f"no copy of iso3166.tab ({where}) on this machine")
    codes = {row.split("\t")[0] for row in table.read_text(encoding="utf-8").splitlines()
             if row and not row.startswith("#")}
    assert codes == ISO_3166_ALPHA2


def test_the_us_lines_are_the_ones_the_fixed_safety_text_promises() -> None:
    us = " ".join(f"{r.name} {r.detail}" for r in resources_for("US"))
    for needle in ("988", "HOME to 741741", "findahelpline.com", "911"):
        assert needle in us, needle


# ---- the loader rejects what it must


@pytest.mark.parametrize("broken, field", [
    (VALID.replace('source = "https://example.org/024"\n', ""), "source"),
    (VALID.replace('source = "https://example.org/112"\n', ""), "source"),
    (VALID.replace('source = "https://example.org/024"', 'source = "see the website"'), "source"),
    (VALID.replace("checked = 2026-12-01\n", "", 1), "checked"),
    (VALID.replace("[countries.ES]", "[countries.XX]").replace("countries.ES.", "countries.XX."),
     "XX"),
    (VALID.replace("[countries.ES]", "[countries.UK]").replace("countries.ES.", "countries.UK."),
     "UK"),
    (VALID.replace("[countries.ES]", "[countries.es]").replace("countries.ES.", "countries.es."),
     "es"),
    (VALID.replace('hours = "24/7"', 'hours = "24/7"\nnotes = "?"'), "notes"),
    (VALID.replace('call = ["024"]', 'call = ["0 2 4 ext"]'), "call"),
    (VALID.replace('call = ["024"]', "call = []"), "lines"),
    (VALID.replace('call = ["024"]', 'keyword = "HOLA"'), "lines"),
    (VALID.replace('hours = "24/7"', 'hours = "mornings"'), "hours"),
    (VALID.replace('numbers = ["112"]', "numbers = []"), "numbers"),
    (VALID.replace('name = "Línea 024"\n', 'url = "http://insecure.example"\nname = "x"\n'),
     "url"),
    (VALID.replace("[countries.ES.emergency]\n", "[countries.ES.nothing]\n"), "ES"),
])
def test_the_loader_rejects_a_broken_file_and_names_the_field(
    tmp_path: Path, broken: str, field: str
) -> None:
    assert broken != VALID
    with pytest.raises(ContentError) as err:
        load_helplines(_write(tmp_path, broken))
    assert str(tmp_path) in str(err.value)
    assert field in err.value.field, err.value


def test_a_line_without_a_source_is_rejected_by_the_model_too() -> None:
    with pytest.raises(ValueError, match="source"):
        Line.model_validate({"name": "x", "call": ["1"], "checked": dt.date(2026, 12, 1)})


# ---- resources


@pytest.mark.parametrize("code", [*REQUIRED, OTHER])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_findahelpline_and_the_emergency_number_always_close_the_list(code: str,
                                                                       lang: str) -> None:
    resources = resources_for(code, lang)
    t = crisis_text(lang)
    *lines, find, emergency = resources
    assert find.url == FINDAHELPLINE and find.name == t.findahelpline_name
    assert emergency.name == t.emergency_name
    if code == OTHER:
        assert lines == []
        assert emergency.detail == t.emergency_local
    else:
        country = get_helplines().countries[code]
        assert [r.name for r in lines] == [line.name for line in country.lines]
        for number in country.emergency.numbers:
            assert number in emergency.detail, (code, lang, number)


@pytest.mark.parametrize("code", REQUIRED)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_number_reaches_the_page_in_every_language(code: str, lang: str) -> None:
    shown = " ".join(r.detail for r in resources_for(code, lang))
    country = get_helplines().countries[code]
    for line in country.lines:
        for number in [*line.call, *([line.text] if line.text else [])]:
            assert number in shown, (code, lang, number)
        if line.keyword:
            assert line.keyword in shown


@pytest.mark.parametrize("code", ["XX", "AR", "", "usa", "zz", "988"])
def test_a_country_without_lines_gets_findahelpline_and_no_number_at_all(code: str) -> None:
    resources = resources_for(code)
    assert [r.url for r in resources] == [FINDAHELPLINE, None]
    assert not any(_digits(f"{r.name} {r.detail}") for r in resources), resources


def test_lines_read_as_plain_sentences() -> None:
    def detail(code: str, lang: str = "en", n: int = 0) -> str:
        return resources_for(code, lang)[n].detail

    assert detail("US") == "Call or text 988, any time, day or night. Free to call."
    assert detail("US", n=1) == "Text HOME to 741741, any time, day or night."
    assert detail("AU") == "Call 13 11 14 or text 0477 13 11 14, any time, day or night."
    assert detail("PT", n=1) == ("Call 213 544 545, 912 802 669 or 963 524 660, "
                                 "every day, 15:30 to 00:30.")
    assert detail("ES", n=1) == "Call 717 003 717."  # no hours or cost claimed unsourced
    assert detail("ES", "es") == ("Llama al 024, a cualquier hora, de día o de noche. "
                                  "La llamada es gratuita.")
    assert detail("DE", "de") == ("Ruf 0800 111 0 111 oder 0800 111 0 222 an, rund um die Uhr. "
                                  "Der Anruf ist kostenlos.")
    assert detail("IT", "it") == "Chiama il 02 2327 2327, tutti i giorni, dalle 10:00 alle 24:00."
    assert resources_for("CH")[-1].detail.startswith(
        "If you might act on thoughts of harming yourself, or you are in danger now, "
        "call 144 or 112, or go")


def test_line_detail_handles_a_text_only_line() -> None:
    line = Line(name="x", text="50808", keyword="HELLO", source="https://example.org",
                checked=dt.date(2026, 12, 1))
    assert line_detail(line, crisis_text("fr")) == "Envoyez HELLO par SMS au 50808."


def test_crisis_response_is_the_panel_in_the_language_with_the_country_lines() -> None:
    es = crisis_response("ES", "es")
    assert es.kind == "crisis"
    assert es.title == crisis_text("es").panel_title
    assert es.resources[0].name.startswith("Línea 024")
    assert "988" not in es.as_text()
    us = crisis_response("US")
    assert us.title == crisis_text("en").panel_title and "988" in us.as_text()


# ---- countries and locales


def test_countries_lists_every_country_in_file_order_then_another_country() -> None:
    choices = countries()
    assert list(choices)[:len(REQUIRED)] == list(get_helplines().countries)
    assert list(choices)[-1] == OTHER
    assert choices["ES"] == "Spain" and choices["GB"] == "United Kingdom"


@pytest.mark.parametrize("given, expected", [
    ("ES", "ES"), ("es", "ES"), (" gb ", "GB"), ("UK", "GB"), ("XX", OTHER), (None, OTHER),
])
def test_normalise_country(given: str | None, expected: str) -> None:
    assert normalise_country(given) == expected


@pytest.mark.parametrize("locale, expected", [
    ("es-MX", "MX"), ("es-ES", "ES"), ("es_MX", "MX"), ("pt-BR", "BR"), ("pt-PT", "PT"),
    ("en-GB", "GB"), ("en-UK", "GB"), ("en-IE", "IE"), ("en-AU", "AU"), ("fr-CA", "CA"),
    ("de-AT", "AT"), ("de-CH", "CH"), ("it-CH", "CH"), ("en-US", "US"), ("sr-Latn-RS", OTHER),
    ("de", "DE"), ("fr", "FR"), ("it", "IT"), ("es", "ES"), ("pt", "PT"), ("en", "US"),
    ("EN", "US"),
    # a country without lines: findahelpline.com, never another country's numbers
    ("es-AR", OTHER), ("fr-BE", OTHER), ("es-419", OTHER), ("zh-Hant-TW", OTHER),
    # nothing to go on
    (None, DEFAULT_COUNTRY), ("", DEFAULT_COUNTRY), ("ja", DEFAULT_COUNTRY),
    ("*", DEFAULT_COUNTRY), ("123", DEFAULT_COUNTRY), ("-", DEFAULT_COUNTRY),
])
def test_default_country_from_the_browser_locale(locale: str | None, expected: str) -> None:
    assert default_country(locale) == expected
    assert expected in countries()
