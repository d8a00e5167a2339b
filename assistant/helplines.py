"""Crisis lines by country from content/helplines.toml, each number with the page it came from."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from assistant.content import CONTENT_DIR, load_toml
from assistant.crisis_i18n import CrisisText, crisis_text
from assistant.safety import Resource, SafetyResponse

HELPLINES_FILE = CONTENT_DIR / "helplines.toml"

DEFAULT_COUNTRY = "US"
# Not a country: the choice for anywhere without lines in content. It gets findahelpline.com
# and "call your local emergency number", never a number from some other country.
OTHER = "ZZ"
OTHER_NAME = "Another country"

# ISO 3166-1 alpha-2, all 249 officially assigned codes.
ISO_3166_ALPHA2 = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW
""".split())
# Region subtags people meet that are not the ISO code for the country.
_REGION_ALIASES = {"UK": "GB"}
# A locale with no region ("de") stands for the country where most of its speakers on the
# list live, or the language's home country; other bare languages fall back to the default.
_LANGUAGE_COUNTRY = {"en": "US", "es": "ES", "pt": "PT", "fr": "FR", "de": "DE", "it": "IT"}

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}$")
_SCRIPT = re.compile(r"^[A-Za-z]{4}$")
_REGION = re.compile(r"^(?:[A-Za-z]{2}|\d{3})$")


def _iso_code(code: str) -> str:
    if code not in ISO_3166_ALPHA2:
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return code


CountryCode = Annotated[str, AfterValidator(_iso_code)]
# Digits in groups separated by single spaces, as people read them out: "116 123", "024".
Phone = Annotated[str, Field(pattern=r"^\d+(?: \d+)*$")]
SourceUrl = Annotated[str, Field(pattern=r"^https?://[^\s/]+\.[^\s/]+(?:/\S*)?$")]
HttpsUrl = Annotated[str, Field(pattern=r"^https://[^\s/]+\.[^\s/]+(?:/\S*)?$")]
_CLOCK = r"(?:[01]\d|2[0-4]):[0-5]\d"
Hours = Annotated[str, Field(pattern=rf"^(?:24/7|{_CLOCK}-{_CLOCK})$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Line(_Strict):
    """One crisis line: how to reach it, when, and the published page its number was read on."""

    name: str = Field(min_length=1)
    call: list[Phone] = []
    text: Phone | None = None
    keyword: str | None = Field(default=None, pattern=r"^[A-Z0-9]+$")
    hours: Hours | None = None
    free: bool = False
    url: HttpsUrl | None = None
    source: SourceUrl
    checked: dt.date

    @model_validator(mode="after")
    def _reachable(self) -> Line:
        if not self.call and self.text is None:
            raise ValueError("a line needs a number to call or to text")
        if self.keyword is not None and self.text is None:
            raise ValueError("a keyword needs a number to text it to")
        return self


class Emergency(_Strict):
    """A country's emergency numbers, and where they were checked."""

    numbers: list[Phone] = Field(min_length=1)
    source: SourceUrl
    checked: dt.date


class Country(_Strict):
    name: str = Field(min_length=1)
    lines: list[Line] = []
    emergency: Emergency


class Helplines(_Strict):
    """The schema of content/helplines.toml."""

    findahelpline: HttpsUrl
    countries: dict[CountryCode, Country] = Field(min_length=1)


def load_helplines(path: Path = HELPLINES_FILE) -> Helplines:
    """Load and validate a helplines file; ContentError names the file and field."""
    return load_toml(path, Helplines)


@lru_cache(maxsize=1)
def get_helplines() -> Helplines:
    """The project's helplines, loaded and validated once per process."""
    return load_helplines()


def countries() -> dict[str, str]:
    """Code -> name of every country with lines in content, in file order, then OTHER."""
    named = {code: c.name for code, c in get_helplines().countries.items()}
    return {**named, OTHER: OTHER_NAME}


def normalise_country(country: str | None) -> str:
    """An upper-case code with lines in content, or OTHER ("es" -> "ES", "uk" -> "GB")."""
    code = (country or "").strip().upper()
    code = _REGION_ALIASES.get(code, code)
    return code if code in get_helplines().countries else OTHER


def default_country(locale: str | None) -> str:
    """The country to start from, given the browser's locale (a BCP 47 tag).

    "es-MX" -> "MX"; "de" -> "DE"; a region without lines in content ("es-AR", "fr-BE",
    "es-419") -> OTHER, so nobody is shown another country's numbers; no locale, one that
    can't be read, or a bare language without a home on the list ("ja") -> "US".
    """
    parts = (locale or "").strip().replace("_", "-").split("-")
    if not _LANGUAGE.match(parts[0]):
        return DEFAULT_COUNTRY
    language = parts[0].lower()
    rest = parts[1:]
    if rest and _SCRIPT.match(rest[0]):
        rest = rest[1:]
    if rest and _REGION.match(rest[0]):
        region = rest[0].upper()
        region = _REGION_ALIASES.get(region, region)
        return region if region in get_helplines().countries else OTHER
    return _LANGUAGE_COUNTRY.get(language, DEFAULT_COUNTRY)


def _either(items: list[str], t: CrisisText) -> str:
    """"a", "a or b", "a, b or c", in the language of ``t``."""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {t.or_word} {items[-1]}"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def line_detail(line: Line, t: CrisisText) -> str:
    """How to reach ``line`` and when, as one or two plain sentences in the language of ``t``."""
    if line.text is not None and line.call == [line.text] and line.keyword is None:
        ways = [t.call_or_text.format(number=line.text)]
    else:
        ways = []
        if line.call:
            ways.append(t.call.format(numbers=_either(line.call, t)))
        if line.text is not None:
            ways.append(t.text_keyword.format(keyword=line.keyword, number=line.text)
                        if line.keyword else t.text.format(number=line.text))
    detail = f" {t.or_word} ".join(ways)
    if line.hours == "24/7":
        detail += f", {t.always}"
    elif line.hours:
        start, end = line.hours.split("-")
        detail += ", " + t.daily.format(start=start, end=end)
    detail = _sentence(detail) + "."
    return f"{detail} {t.free}" if line.free else detail


def resources_for(country: str, lang: str | None = None) -> list[Resource]:
    """The lines for ``country``, then findahelpline.com, then the emergency number.

    A country without lines in content gets findahelpline.com and the advice to call the
    local emergency number, with no number in it.
    """
    helplines = get_helplines()
    t = crisis_text(lang)
    found = helplines.countries.get(normalise_country(country))
    out = [Resource(name=line.name, detail=line_detail(line, t), url=line.url)
           for line in (found.lines if found else [])]
    out.append(Resource(name=t.findahelpline_name, detail=t.findahelpline_detail,
                        url=helplines.findahelpline))
    emergency = (t.emergency.format(numbers=_either(found.emergency.numbers, t)) if found
                 else t.emergency_local)
    out.append(Resource(name=t.emergency_name, detail=emergency))
    return out


def crisis_response(country: str, lang: str | None = None) -> SafetyResponse:
    """The crisis panel in ``lang`` with ``country``'s lines."""
    t = crisis_text(lang)
    return SafetyResponse(kind="crisis", title=t.panel_title, body=t.panel_body,
                          resources=resources_for(country, lang))
