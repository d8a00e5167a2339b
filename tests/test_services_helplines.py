"""Services: every place the crisis lines appear uses the chosen country, in the asked language."""

from __future__ import annotations

from assistant.config import Settings
from assistant.gate import CheckIn, evaluate
from assistant.helplines import OTHER
from assistant.services import Services, Stopped

GO = CheckIn(days_since_breakup=60, days_since_last_contact=45, motive="closure", healing=8)
ABUSE = GO.model_copy(update={"breakup_reason": "abuse"})


def _shown(response: object) -> str:
    resources = getattr(response, "resources", [])
    return " ".join(f"{r.name} {r.detail} {r.url or ''}" for r in resources)


def test_the_country_defaults_to_the_us_and_follows_the_setting() -> None:
    s = Services(Settings())
    assert s.country == "US"
    assert "988" in _shown(s.crisis_response())
    s.country = "ES"
    shown = _shown(s.crisis_response())
    assert "024" in shown and "988" not in shown


def test_a_stopped_crisis_request_carries_the_chosen_countrys_lines() -> None:
    s = Services(Settings(), country="BR")
    stopped = s.start_draft(recipient="Sam", notes="I want to die", tone="warm",
                            language="en", checkin=GO, verdict=evaluate(GO))
    assert isinstance(stopped, Stopped) and stopped.kind == "crisis"
    shown = _shown(stopped.response)
    assert "188" in shown and "192" in shown and "988" not in shown


def test_support_and_review_use_the_chosen_country_too() -> None:
    s = Services(Settings(), country="AU")
    crisis = [r for r in s.support_for(evaluate(ABUSE)) if r.kind == "crisis"]
    assert len(crisis) == 1 and "13 11 14" in _shown(crisis[0])
    review = s.review("I want to kill myself")
    assert review.response is not None and "000" in _shown(review.response)


def test_harm_and_harassment_keep_their_fixed_responses() -> None:
    s = Services(Settings(), country="DE")
    harm = s.safety_response("harm_to_others")
    assert harm.kind == "harm_to_others" and harm.title == "Unsent can't help with this"


def test_the_panel_can_be_asked_for_in_another_language() -> None:
    s = Services(Settings(), country="MX")
    es = s.crisis_response("es")
    assert es.title == s.crisis_text("es").panel_title == "No tienes que cargar con esto a solas"
    assert "Llama al 800 911 2000" in _shown(es)
    assert s.crisis_text("es-MX").answers == ("Sí", "No", "Prefiero no decirlo")


def test_countries_and_the_default_from_a_locale() -> None:
    s = Services(Settings())
    assert s.countries()["MX"] == "Mexico" and OTHER in s.countries()
    assert Services.default_country("es-MX") == "MX"
    assert Services.default_country(None) == "US"
    assert [r.url for r in Services(Settings(), country=OTHER).crisis_resources()] == [
        "https://findahelpline.com", None]
