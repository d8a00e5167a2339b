"""The embedded model loads from the installed wheel with no network, and the heads are exact."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from assistant import semantic


def test_loads_and_embeds_with_every_socket_blocked() -> None:
    """In a fresh process where opening any socket raises, the model still loads and embeds,
    and the n-gram heads score: nothing is fetched at run time (wordllama would otherwise try
    to download its tokenizer)."""
    code = textwrap.dedent("""
        import socket
        class Blocked(socket.socket):
            def __init__(self, *a, **k):
                raise OSError("network blocked by the test")
        socket.socket = Blocked
        def no_dns(*a, **k):
            raise OSError("dns blocked by the test")
        socket.getaddrinfo = no_dns
        socket.create_connection = no_dns
        from assistant import semantic
        v = semantic.embed(["I keep looking at the train tracks", "je vais me jeter du pont"])
        print(v.shape[0], v.shape[1], round(float((v * v).sum(axis=1).min()), 4))
        # the n-gram heads (the screen's learned layer, the talk reader's second head) too
        from assistant.safety.semantic import crisis_score
        from assistant.themes import ngram_probs
        print(crisis_score("I keep looking at the train tracks tonight") is not None,
              round(float(ngram_probs(["I miss her so much"]).sum()), 4))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["2", "256", "1.0", "True", "1.0"]


def test_embeddings_are_unit_rows_and_meaningful() -> None:
    v = semantic.embed(["I miss her so much", "I really miss her", "the invoice is overdue", ""])
    assert v.shape == (4, semantic.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-5)
    assert not v[3].any()  # an empty text is a zero row, not NaN
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2


def test_chunks_cover_a_long_text_and_keep_a_buried_sentence_whole() -> None:
    filler = "We talked about the flat and the bills and who keeps the plants. " * 40
    text = filler + "I keep looking at the train tracks. " + filler
    pieces = semantic.chunks(text)
    assert all(len(p) <= 280 for p in pieces)
    assert any("I keep looking at the train tracks." in p for p in pieces)
    assert semantic.chunks("short one") == ["short one"] and semantic.chunks("  ") == []
    word = "x" * 1000  # one unbroken run is cut into overlapping windows
    assert "".join(p[:200] for p in semantic.chunks(word))[:800] == word[:800]


def test_fit_softmax_is_deterministic_and_separates(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, semantic.DIM)).astype(np.float32)
    X[:30, 0] += 3.0
    y = ["a"] * 30 + ["b"] * 30
    h1 = semantic.fit_softmax(X, y, ["a", "b"], epochs=200, lr=0.5)
    h2 = semantic.fit_softmax(X, y, ["a", "b"], epochs=200, lr=0.5)
    assert np.array_equal(h1.W, h2.W) and np.array_equal(h1.b, h2.b)
    assert h1.predict(X) == y
    h1.save(tmp_path / "h.npz")
    h3 = semantic.LinearHead.load(tmp_path / "h.npz")
    assert h3.labels == ("a", "b") and np.array_equal(h3.predict_proba(X), h1.predict_proba(X))
    with pytest.raises(ValueError):
        semantic.LinearHead(["a"], h1.W, h1.b)
