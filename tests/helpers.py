"""Helpers shared by the tests and benches that time code or start local servers."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# What a child server must not inherit: model settings, the app's own, Streamlit's, and
# LangSmith tracing (which would send prompts off the machine).
CHILD_ENV_DROP = ("OPENAI_", "UNSENT_", "STREAMLIT_", "LANGSMITH_", "LANGCHAIN_")


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def hermetic_child_env(data_root: Path) -> dict[str, str]:
    """This environment without model/app/Streamlit/tracing settings; journal under data_root."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(CHILD_ENV_DROP)}
    env["XDG_DATA_HOME"] = str(data_root / "data")
    env["UNSENT_DB_URL"] = f"sqlite:///{data_root / 'journal.db'}"
    return env


def stop_process(proc: subprocess.Popen[Any], timeout: float = 10) -> None:
    """Terminate a child politely, then kill it if it does not go within ``timeout``."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)


def best_time(fn: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(fn: Callable[[str], Any], small: str, big: str, label: str) -> None:
    """``fn`` on ``big`` (about four times ``small``) takes about four times as long, not 16.

    Generous, because the machine is shared: up to 10x (+20 ms), and under 2 s outright.
    """
    fn(small)  # warm up
    t_small = best_time(lambda: fn(small))
    t_big = best_time(lambda: fn(big))
    assert t_big < 10 * t_small + 0.02, (label, t_small, t_big)
    assert t_big < 2.0, (label, t_big)
