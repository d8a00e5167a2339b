"""AppTest helpers shared by the app flows, and the flows every page must pass on its own."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAGES = sorted(p.name for p in (ROOT / "app_pages").glob("*.py") if p.name != "__init__.py")

GO = {"ci_days_breakup": 60, "ci_days_contact": 45, "ci_motive": "closure", "ci_healing": 8}
CRISIS_HEADING = "Crisis support"
CRISIS = "honestly I just want to kill myself"
CLEAN = (
    "Hi Sam, I hope you're doing well. I've been thinking about how things ended, and I'm "
    "grateful for the good times we had. If you'd ever like to talk, I'd be glad to. "
    "Take care."
)
BLOCKED = "Hi [Name], you owe me an answer. Reply to me tonight or we are done forever."


class RecordingModel(GenericFakeChatModel):
    """A scripted chat model that records every call, to prove when no call was made."""

    calls: list[Any] = []

    # GenericFakeChatModel streams by calling _generate, so every call, streamed or not,
    # passes through here exactly once.
    def _generate(self, messages: Any, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(messages)
        return super()._generate(messages, *args, **kwargs)


def recording(*replies: str) -> RecordingModel:
    return RecordingModel(messages=iter([AIMessage(content=r) for r in replies]), calls=[])


def fresh(model: Any = None) -> AppTest:
    """The app from app.py on a new session, optionally with a fake chat model injected."""
    at = AppTest.from_file(APP, default_timeout=30)
    if model is not None:
        at.session_state["chat_model"] = model
    at.run()
    assert not at.exception, at.exception
    return at


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def check_in(at: AppTest, **answers: Any) -> AppTest:
    """Answer the check-in (GO unless overridden) and submit it."""
    at.switch_page("app_pages/check_in.py").run()
    for key, value in {**GO, **answers}.items():
        at.session_state[key] = value
    at.button(key="ci_submit").click().run()
    return ok(at)


def goto(at: AppTest, page: str) -> AppTest:
    return ok(at.switch_page(f"app_pages/{page}.py").run())


def texts(at: AppTest) -> str:
    """Every piece of text on the page, joined, for plain-language assertions."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning",
                 "error", "success", "code"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [str(e.proto.body) for e in at.get("html")]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))  # as read, without Markdown escapes


def links(at: AppTest) -> list[str]:
    """The url path of every st.page_link on the page ("" is the default page, Check in)."""
    return [p.proto.page for p in at.get("page_link")]


def crisis_panel_shown(at: AppTest) -> bool:
    title = at.session_state.services.crisis_response().title
    panel = at.main.children[0]  # first in reading order, under a heading that names it
    if not isinstance(panel, Block):
        return False
    return (bool(panel.header) and panel.header[0].value == CRISIS_HEADING
            and any(m.value == f"**{title}**" for m in panel.markdown) and "988" in texts(at))


def draft_ready(at: AppTest, recipient: str = "Sam", notes: str = "") -> AppTest:
    """From a GO check-in, write a draft on the Draft page."""
    goto(at, "draft")
    at.text_input(key="draft_recipient").input(recipient)
    at.text_area(key="draft_notes").input(notes)
    at.button(key="draft_submit").click().run()
    return ok(at)


# ---- every page, on its own


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_on_a_fresh_session(page: str) -> None:
    at = fresh()
    goto(at, page.removesuffix(".py"))
    assert at.title, f"{page} shows no title"
    assert not at.session_state.safety.crisis


@pytest.mark.parametrize("page", ["draft", "talk"])
def test_pages_that_need_a_check_in_say_so_and_link_to_it(page: str) -> None:
    at = goto(fresh(), page)
    assert "" in links(at), "no link back to the check-in"
    assert "check-in" in texts(at).lower()


def test_every_page_is_in_the_navigation() -> None:
    app = (ROOT / "app.py").read_text(encoding="utf-8")
    for page in PAGES:
        assert f'"app_pages/{page}"' in app


def test_widgets_all_have_explicit_keys() -> None:
    """Every widget the pages create was given a key (Streamlit's generated ids look
    like '$$ID-...')."""
    at = fresh()
    check_in(at)
    seen = set()
    for page in ("check_in", "draft", "talk", "stop", "after_contact", "journal", "guide",
                 "settings"):
        goto(at, page)
        for node in _walk(at.main):
            if getattr(node, "type", None) in _WIDGET_TYPES:
                key = getattr(node, "key", None)
                assert key and not str(key).startswith("$$"), (page, node)
                seen.add(key)
    assert {"ci_submit", "ci_next", "w_cons-healing", "draft_recipient", "talk_input",
            "letter_text", "urge_note", "contact_submit", "export_json"} <= seen


_WIDGET_TYPES = {
    "button", "download_button", "text_input", "text_area", "number_input", "radio",
    "selectbox", "slider", "checkbox", "toggle", "chat_input", "date_input",
    "button_group", "segmented_control", "multiselect", "select_slider",
}


def _walk(node: Any) -> Iterator[Any]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def test_no_key_or_secret_is_ever_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-very-secret-123")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("UNSENT_MODEL", "tiny-model")
    at = goto(fresh(), "settings")
    page = texts(at)
    assert "tiny-model" in page and "127.0.0.1:9" in page
    assert "sk-test-very-secret-123" not in page


def test_guide_opens_at_the_section_a_citation_links_to() -> None:
    at = fresh()
    at.query_params["section"] = "cons-false-hope"
    goto(at, "guide")
    focus = at.main.children[1]  # right under the title
    assert focus.header[0].value == "Risk: false hope"
    expanded = [e for e in at.expander if e.proto.expanded]
    assert [e.label for e in expanded] == ["Risk: false hope"]
    at.query_params["section"] = "no-such-section"
    ok(at.run())
    assert any("no guide section" in w.value for w in at.warning)


def test_page_icon_is_drawn_locally_not_fetched() -> None:
    """A :material/...: page icon makes the browser fetch the favicon from fonts.gstatic.com;
    an emoji is drawn from a data: URL."""
    from streamlit.string_util import is_emoji

    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in (
                "set_page_config", "send"):
            icon = (node.args[1] if len(node.args) > 1 else
                    next(k.value for k in node.keywords if k.arg in ("page_icon", "emoji")))
            assert isinstance(icon, ast.Constant) and not str(icon.value).startswith(":")
            assert is_emoji(str(icon.value))  # what page_config.send may skip checking
            return
    raise AssertionError("app.py sets no page config")


def test_page_config_sends_what_set_page_config_sends(monkeypatch: pytest.MonkeyPatch) -> None:
    """app_ui.page_config.send skips only Streamlit's emoji lookup: the message is the same."""
    import streamlit as st
    from streamlit.commands import page_config as st_page_config
    from streamlit.runtime.scriptrunner_utils import script_run_context

    monkeypatch.syspath_prepend(str(ROOT))  # app_ui sits beside app.py, not in the package
    from app_ui import page_config

    class Ctx:
        def __init__(self) -> None:
            self.sent: list[Any] = []

        def enqueue(self, msg: Any) -> None:
            self.sent.append(msg)

    ctx = Ctx()
    monkeypatch.setattr(st_page_config, "get_script_run_ctx", lambda: ctx)
    monkeypatch.setattr(script_run_context, "get_script_run_ctx", lambda: ctx)
    for layout in ("centered", "wide"):
        st.set_page_config(page_title="Unsent", page_icon="✉️", layout=layout)
        page_config.send("Unsent", "✉️", layout=layout)
        expected, sent = ctx.sent[-2:]
        assert sent == expected
        assert sent.page_config_changed.favicon == "emoji:✉️"


def test_repl_check_is_skipped_only_under_a_streamlit_runtime(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """app_ui.page_config.skip_repl_check spares a process's first element Streamlit's
    inspect.stack() REPL check when `streamlit run` is running it, and nowhere else."""
    from streamlit import delta_generator, env_util, runtime

    monkeypatch.syspath_prepend(str(ROOT))
    from app_ui import page_config

    checked: list[bool] = []
    monkeypatch.setattr(env_util, "is_repl", lambda: checked.append(True) or False)
    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    monkeypatch.setattr(runtime, "exists", lambda: False)
    page_config.skip_repl_check()  # bare Python or AppTest: Streamlit checks as it always did
    delta_generator._maybe_print_use_warning()
    assert checked == [True]

    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    monkeypatch.setattr(runtime, "exists", lambda: True)
    page_config.skip_repl_check()  # under `streamlit run`: no check
    delta_generator._maybe_print_use_warning()
    assert checked == [True]


def test_unreadable_settings_fall_back_to_the_guide_engine_calmly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("UNSENT_LLM", "gpt-banana")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-do-not-show-me")
    at = goto(fresh(), "settings")
    assert at.session_state.services.engine().kind == "guide"
    warning = " ".join(w.value for w in at.warning)
    assert "UNSENT_LLM" in warning and "guide engine" in warning
    assert "sk-do-not-show-me" not in texts(at) and "gpt-banana" not in texts(at)


def test_a_model_that_cannot_be_built_is_explained_on_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("UNSENT_LLM", "openai")  # but no key and no local server
    at = goto(fresh(), "settings")
    assert at.session_state.services.engine().kind == "guide"
    assert any("OPENAI_API_KEY" in w.value and "guide engine" in w.value for w in at.warning)


def test_streamlit_config_keeps_things_private() -> None:
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["toolbarMode"] == "minimal"
    # loopback only, which also keeps Streamlit from looking up the public IP at start-up
    assert config["server"]["address"] == "127.0.0.1"
    # no file watcher: nothing to reload for someone using the app, and a faster first page
    assert config["server"]["fileWatcherType"] == "none"
    # no base theme: the app follows the device's light or dark setting
    assert "base" not in config.get("theme", {})
    assert "primaryColor" not in config.get("theme", {})
