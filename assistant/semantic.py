"""Sentence embeddings shipped inside the wordllama wheel, and small linear heads on top of them."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from assistant.errors import AssistantError

MODELS_DIR = Path(__file__).resolve().parent / "models"
DIM = 256

FloatArray = NDArray[np.float32]

_lock = threading.Lock()
_model: Any = None


class SemanticUnavailable(AssistantError):
    """The embedded model could not be loaded from the installed package."""


def _load() -> Any:
    """wordllama's own loader, pointed at the wheel's folder: weights and tokenizer both ship
    there, and ``disable_download`` makes a missing file an error instead of a download."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as exc:  # pragma: no cover - a broken install
        raise SemanticUnavailable("The embedded language model (wordllama) is not installed.") \
            from exc
    folder = Path(wordllama.__file__).resolve().parent
    try:
        return WordLlama.load(config="l2_supercat", dim=DIM, cache_dir=folder,
                              disable_download=True)
    except Exception as exc:  # noqa: BLE001 - any failure means the same to callers
        raise SemanticUnavailable(f"The embedded language model could not load: {exc}") from exc


def model() -> Any:
    """The loaded model, built once per process (thread-safe)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _load()
    return _model


def embed(texts: Sequence[str]) -> FloatArray:
    """(n, 256) float32 embeddings with unit-length rows (an empty text gives a zero row)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    raw = np.asarray(model().embed(list(texts), norm=False), dtype=np.float32)
    norms = np.linalg.norm(raw, axis=1, keepdims=True)
    out: FloatArray = np.divide(raw, norms, out=np.zeros_like(raw), where=norms > 0)
    return out


_SPLIT = re.compile(r"(?<=[.!?;\n])\s+|\n+")


def chunks(text: str, size: int = 280, overlap: int = 80) -> list[str]:
    """Pieces of a long text for embedding one by one: sentences, merged up to ``size``
    characters, and overlong sentences cut into overlapping windows (so a signal in the middle
    of a long message is still scored on its own, not averaged away)."""
    text = text.strip()
    if len(text) <= size:
        return [text] if text else []
    out: list[str] = []
    current = ""
    for sentence in _SPLIT.split(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        if len(sentence) > size:
            if current:
                out.append(current)
                current = ""
            step = size - overlap
            out.extend(sentence[i : i + size] for i in range(0, len(sentence) - overlap, step))
            continue
        if current and len(current) + 1 + len(sentence) > size:
            out.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        out.append(current)
    return out


class LinearHead:
    """A softmax (or, with two labels, logistic) layer over embeddings: ``labels``, ``W`` (d, k),
    ``b`` (k). Stored as a small .npz; using it needs numpy only."""

    def __init__(self, labels: Sequence[str], W: FloatArray, b: FloatArray) -> None:
        if W.shape != (DIM, len(labels)) or b.shape != (len(labels),):
            raise ValueError(f"head shapes {W.shape}/{b.shape} don't fit {len(labels)} labels")
        self.labels = tuple(labels)
        self.W = W.astype(np.float32)
        self.b = b.astype(np.float32)

    def logits(self, X: FloatArray) -> FloatArray:
        out: FloatArray = X @ self.W + self.b
        return out

    def predict_proba(self, X: FloatArray) -> FloatArray:
        z = self.logits(X)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: FloatArray = e / e.sum(axis=1, keepdims=True)
        return out

    def predict(self, X: FloatArray) -> list[str]:
        return [self.labels[i] for i in self.predict_proba(X).argmax(axis=1)]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            np.savez_compressed(f, labels=np.array(self.labels), W=self.W, b=self.b)

    @classmethod
    def load(cls, path: Path) -> LinearHead:
        with np.load(path, allow_pickle=False) as data:
            return cls([str(x) for x in data["labels"]], data["W"], data["b"])


def fit_softmax(X: FloatArray, y: Sequence[str], labels: Sequence[str], *, l2: float = 1e-3,
                epochs: int = 300, lr: float = 0.01,
                class_weight: dict[str, float] | None = None,
                sample_weight: Sequence[float] | None = None) -> LinearHead:
    """Multinomial logistic regression (Adam on the full batch, from zeros): no randomness,
    so the same data always gives the same head (a test retrains and compares)."""
    index = {label: i for i, label in enumerate(labels)}
    n, k = X.shape[0], len(labels)
    Y = np.zeros((n, k), dtype=np.float64)
    Y[np.arange(n), [index[v] for v in y]] = 1.0
    weights = np.ones(n, dtype=np.float64)
    if class_weight:
        weights = np.array([class_weight.get(v, 1.0) for v in y], dtype=np.float64)
    if sample_weight is not None:
        weights = weights * np.asarray(sample_weight, dtype=np.float64)
    weights /= weights.sum()
    # Standardised features train far faster (unit rows make every component tiny); the
    # scaling is folded back into W and b at the end, so using the head needs no extra step.
    mu = X.astype(np.float64).mean(axis=0)
    sd = X.astype(np.float64).std(axis=0) + 1e-6
    Xd = (X.astype(np.float64) - mu) / sd
    W = np.zeros((X.shape[1], k))
    b = np.zeros(k)
    # Adam on the full batch: fixed steps from zeros, so still deterministic.
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = Xd @ W + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - Y) * weights[:, None]
        gW = Xd.T @ g + l2 * W
        gb = g.sum(axis=0)
        mW = beta1 * mW + (1 - beta1) * gW
        vW = beta2 * vW + (1 - beta2) * gW * gW
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        step = lr * np.sqrt(1 - beta2**t) / (1 - beta1**t)
        W -= step * mW / (np.sqrt(vW) + eps)
        b -= step * mb / (np.sqrt(vb) + eps)
    W_raw = W / sd[:, None]
    b_raw = b - mu @ W_raw
    return LinearHead(labels, W_raw.astype(np.float32), b_raw.astype(np.float32))
