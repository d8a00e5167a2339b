"""Architecture rules: assistant/ never imports Streamlit; every page is registered."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_assistant_is_importable_without_streamlit() -> None:
    code = (
        "import sys, pkgutil, importlib, assistant\n"
        "for m in pkgutil.iter_modules(assistant.__path__):\n"
        "    importlib.import_module('assistant.' + m.name)\n"
        "bad = [m for m in sys.modules if m == 'streamlit' or m.startswith('streamlit.')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_no_streamlit_import_in_assistant_source() -> None:
    for path in (ROOT / "assistant").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] == "streamlit" for n in names), path


def test_pages_do_not_touch_models_or_database() -> None:
    forbidden = {"langchain_openai", "langchain_core", "openai", "sqlalchemy", "sqlite3"}
    for path in (ROOT / "app_pages").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                mods = [node.module]
            else:
                continue
            assert not any(m.split(".")[0] in forbidden for m in mods), (path, mods)


def test_every_page_file_is_registered() -> None:
    app = (ROOT / "app.py").read_text(encoding="utf-8")
    for path in (ROOT / "app_pages").glob("*.py"):
        if path.name == "__init__.py":
            continue
        assert f'"app_pages/{path.name}"' in app, f"{path.name} is not in st.navigation"


def test_every_module_has_a_docstring() -> None:
    for path in (ROOT / "assistant").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), path
