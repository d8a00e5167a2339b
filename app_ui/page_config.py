"""The page's title, emoji favicon and layout, sent without Streamlit's emoji-table lookup.

``st.set_page_config(page_icon="✉️")`` checks the icon against Streamlit's table of every
emoji, whose module compiles a regular expression over all of them on import: about 0.1 s of
the first script run, before anything else reaches the browser. The message it then sends is
only ``favicon = "emoji:" + icon``, which the browser draws from a local data: URL (no
request). ``send`` sends that same message for an emoji that is known to be one (a test
checks it against ``st.set_page_config``), and falls back to ``st.set_page_config`` if
Streamlit's internals ever move.

``skip_repl_check`` saves another cost of a process's first script run (below).
"""

from __future__ import annotations

from typing import Literal

import streamlit as st


def send(title: str, emoji: str, layout: Literal["centered", "wide"] = "centered") -> None:
    """What ``st.set_page_config(page_title=title, page_icon=emoji, layout=layout)`` sends."""
    try:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
        from streamlit.proto.PageConfig_pb2 import PageConfig
        from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx
    except ImportError:  # a Streamlit that moved these: the public call, at its price
        st.set_page_config(page_title=title, page_icon=emoji, layout=layout)
        return
    msg = ForwardMsg()
    config = msg.page_config_changed
    config.title = title
    config.favicon = f"emoji:{emoji}"
    config.layout = PageConfig.WIDE if layout == "wide" else PageConfig.CENTERED
    config.initial_sidebar_state = PageConfig.SIDEBAR_UNSET
    ctx = get_script_run_ctx()
    if ctx is not None:
        ctx.enqueue(msg)


def skip_repl_check() -> None:
    """Under ``streamlit run``, skip the check Streamlit makes before the first element a process
    sends: whether it runs in a Python REPL, to print a hint to use ``streamlit run``. The check
    is ``inspect.stack()``, which looks up the source file of every loaded module: 50-140 ms of
    the first script run after start-up, before anything reaches the browser (measured in the
    first run of ``streamlit run app.py``). With a Streamlit runtime there is no hint to give (it
    is never a REPL), so the check is marked as already done. Outside a runtime (bare Python,
    AppTest) nothing changes."""
    from streamlit import delta_generator, runtime

    if runtime.exists() and hasattr(delta_generator, "_use_warning_has_been_displayed"):
        delta_generator._use_warning_has_been_displayed = True
