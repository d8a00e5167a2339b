"""Settings & privacy: the active engine, how to connect a model, where data lives, what leaves."""

from __future__ import annotations

import streamlit as st

from app_ui import a11y
from assistant.services import Services, resource_markdown

ss = st.session_state
services: Services = ss.services
engine = services.engine()

a11y.title("Settings & privacy")

st.header("Who writes", anchor=False)
if engine.kind == "guide":
    st.markdown("**The built-in guide engine.** Drafts and the conversation are composed from "
                "the guide and your own answers. No AI model is involved, and nothing leaves "
                "this machine.")
else:
    st.markdown(f"**An AI model:** `{engine.model}` at `{engine.host}`.")
    st.caption("If the model fails, is slow, or writes something the checks block, the guide "
               "engine takes over, and Unsent says so.")
if services.model_error:
    st.warning(services.model_error, icon=":material/warning:")

with st.expander("Connect an AI model (optional)", icon=":material/settings_ethernet:",
                 key="settings_connect"):
    st.write("Set these in the environment before starting Unsent (`make run`), then restart "
             "it. The key is read from the environment and is never shown or stored here.")
    st.markdown("**OpenAI**")
    st.code("export OPENAI_API_KEY=sk-...\nexport UNSENT_MODEL=gpt-4.1-mini", language="bash")
    st.markdown("**A local server** (anything OpenAI-compatible; no key needed)")
    st.code(
        "# Ollama\nexport OPENAI_BASE_URL=http://localhost:11434/v1\n"
        "export UNSENT_MODEL=llama3.2\n\n"
        "# llama.cpp: llama-server -m model.gguf --port 8080\n"
        "export OPENAI_BASE_URL=http://localhost:8080/v1\n\n"
        "# vLLM: vllm serve Qwen/Qwen2.5-1.5B-Instruct\n"
        "export OPENAI_BASE_URL=http://localhost:8000/v1\n"
        "export UNSENT_MODEL=Qwen/Qwen2.5-1.5B-Instruct\n\n"
        "# LM Studio (start its local server)\n"
        "export OPENAI_BASE_URL=http://localhost:1234/v1",
        language="bash",
    )
    st.caption("UNSENT_LLM=guide keeps the guide engine even when a key is set; "
               "UNSENT_LLM_TIMEOUT (seconds) limits how long a model may take.")

st.header("Where your data lives", anchor=False)
st.markdown(f"Your journal is one database on this device: `{services.data_location()}`")
st.caption("Set UNSENT_DB_URL to keep it somewhere else (a SQLite path, or PostgreSQL for a "
           "shared setup). The Journal page exports it or deletes all of it.")

st.header("What leaves this machine, and when", anchor=False)
if engine.kind == "guide":
    st.write("Nothing. With the guide engine, everything happens on this device.")
else:
    st.write(f"Only when you ask for a draft, a reply in the conversation, or a reflection "
             f"summary: that one request goes to {engine.host}, carrying the facts from your "
             "check-in, what you typed for that request, and the guide sections it needs. "
             "Your journal is never sent.")
st.write("No usage statistics: Streamlit's telemetry is switched off, and the app loads "
         "nothing from other sites.")

st.header("Crisis lines for where you are", anchor=False)
choices = services.countries()
st.selectbox("Country", options=list(choices), format_func=choices.__getitem__, key="country",
             help="Picked from your browser's language settings until you choose one here.")
st.caption("If something you write suggests you might be in danger, Unsent shows these lines. "
           "findahelpline.com and an emergency number are always among them, and every number "
           "was checked against a published page before it was added.")
for res in services.crisis_resources():
    st.markdown(resource_markdown(res))

st.header("Not therapy", anchor=False)
st.write(services.not_therapy())
