"""Unsent's domain: the guide, the gate, safety, drafting and the journal (no Streamlit here)."""

__version__ = "0.1.0"
