"""Streamlit-side helpers shared by app.py and the pages (assistant/ stays free of Streamlit)."""
