"""AppTest: the country on Settings & privacy picks the crisis lines the panel shows."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest
from test_app_kit import APP, CRISIS, CRISIS_HEADING, crisis_panel_shown, fresh, goto, ok, texts

from assistant.helplines import OTHER, countries


def _crisis_via_urge_note(at: AppTest) -> AppTest:
    goto(at, "journal")
    at.text_input(key="urge_note").input(CRISIS)
    return ok(at.button(key="urge_submit").click().run())


def _panel_text(at: AppTest) -> str:
    first = at.main.children[0]  # the crisis panel sits above the page
    parts = [str(m.value) for m in first.markdown] + [str(s.value) for s in first.header]
    return "\n".join(parts)


def _choose(at: AppTest, country: str) -> AppTest:
    goto(at, "settings")
    at.selectbox(key="country").set_value(country)
    return ok(at.run())


def _with_locale(locale: str | None) -> AppTest:
    """A new session whose browser reports ``locale`` (st.context.locale)."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.context["locale"] = locale
    return ok(at.run())


@pytest.mark.parametrize("locale, country", [
    ("es-MX", "MX"), ("de-AT", "AT"), ("pt-BR", "BR"), ("fr", "FR"), ("en-GB", "GB"),
    ("es-AR", "ZZ"), (None, "US"),
])
def test_the_country_starts_from_the_browser_locale(locale: str | None, country: str) -> None:
    at = _with_locale(locale)
    assert at.session_state.country == country
    goto(at, "settings")
    assert at.selectbox(key="country").value == country


def test_a_mexican_browser_sees_mexicos_line_in_the_panel() -> None:
    at = _crisis_via_urge_note(_with_locale("es-MX"))
    panel = _panel_text(at)
    assert "Línea de la Vida" in panel and "800 911 2000" in panel and "911" in panel
    assert "988" not in panel


def test_a_choice_on_settings_outlasts_the_locale_it_started_from() -> None:
    at = _with_locale("en-GB")
    _choose(at, "IE")
    at.run()  # the browser sends its locale again with every rerun
    assert at.session_state.country == "IE"
    goto(at, "guide")
    assert at.session_state.country == "IE"


def test_by_default_the_panel_shows_the_us_lines() -> None:
    at = fresh()
    assert at.session_state.country == "US"
    _crisis_via_urge_note(at)
    assert crisis_panel_shown(at)
    panel = _panel_text(at)
    assert "988" in panel and "HOME to 741741" in panel and "findahelpline.com" in panel
    assert "911" in panel


def test_choosing_spain_shows_the_spanish_line_in_the_panel() -> None:
    at = _choose(fresh(), "ES")
    assert at.session_state.country == "ES"
    _crisis_via_urge_note(at)
    panel = _panel_text(at)
    assert "Línea 024" in panel and "Call 024" in panel
    assert "112" in panel and "findahelpline.com" in panel
    assert "988" not in panel and "741741" not in panel
    title = at.session_state.services.crisis_response().title
    first = at.main.children[0]  # the panel, first, under the heading that names it
    assert first.header[0].value == CRISIS_HEADING
    assert any(m.value == f"**{title}**" for m in first.markdown)


def test_the_chosen_country_stays_when_moving_between_pages() -> None:
    at = _choose(fresh(), "DE")
    for page in ("check_in", "guide", "journal"):
        goto(at, page)
        assert at.session_state.country == "DE", page
    goto(at, "settings")
    assert at.selectbox(key="country").value == "DE"
    _crisis_via_urge_note(at)
    for page in ("check_in", "stop", "settings"):
        goto(at, page)
        panel = _panel_text(at)
        assert "0800 111 0 111" in panel and "988" not in panel, page


def test_settings_lists_the_chosen_countrys_lines_and_every_choice() -> None:
    at = goto(fresh(), "settings")
    box = at.selectbox(key="country")
    assert list(box.options) == list(countries().values())
    assert "988" in texts(at)
    _choose(at, "IT")
    page = texts(at)
    assert "Telefono Amico Italia" in page and "02 2327 2327" in page
    assert "988" not in page


def test_another_country_shows_findahelpline_and_no_number() -> None:
    at = _choose(fresh(), OTHER)
    _crisis_via_urge_note(at)
    panel = _panel_text(at)
    assert "findahelpline.com" in panel and "local emergency number" in panel
    assert not any(ch.isdigit() for ch in panel)


def test_the_support_page_uses_the_chosen_country() -> None:
    at = _choose(fresh(), "FR")
    goto(at, "stop")
    page = texts(at)
    assert "3114" in page and "988" not in page
