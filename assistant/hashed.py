"""Hashed n-gram features and linear heads over them: plain numpy, no model download.

A text is read in the screen's canonical form (ASCII words, accents off, contractions out;
`assistant.safety.normalize`), and described by the set of its character 3-, 4- and 5-grams
(across word boundaries, so short word pairs count too), its words and its word pairs, each
hashed into one of ``BUCKETS`` slots. Measured on blind batches none of the heads saw, such a
head learns how people say things in all six languages far better than one over wordllama's
sentence embeddings (bench/README figures; training/train_screen.py --compare).

The hashing is fixed arithmetic (a 64-bit polynomial over the characters, CRC-32 for words), so
the same text gives the same features on every machine and Python version.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from assistant.safety.normalize import canonical

BUCKETS = 1 << 18
CHAR_NS = (3, 4, 5)
_PRIME = np.uint64(1099511628211)  # the 64-bit FNV prime; wrapping arithmetic is intended
_MOD = np.uint64(BUCKETS)

log = logging.getLogger(__name__)

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


def features(text: str) -> IntArray:
    """The sorted, distinct buckets of ``text``'s n-grams (empty for a text with no words)."""
    batch = Batch.of([text])
    return batch.index


def _feature_sets(texts: Sequence[str]) -> tuple[IntArray, IntArray]:
    """(row, bucket) pairs, distinct and sorted, of all the texts' n-grams at once: one pass
    of array arithmetic over the texts joined, so a long letter's 80 pieces cost little more
    than one."""
    forms = [canonical(t) for t in texts]
    padded = [f" {f} " if f else "" for f in forms]
    lengths = np.array([len(p) for p in padded], dtype=np.int64)
    joined = "".join(padded).encode("ascii", "replace")
    codes = np.frombuffer(joined, dtype=np.uint8).astype(np.uint64)
    row_at = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    rows: list[IntArray] = []
    buckets: list[NDArray[np.uint64]] = []
    with np.errstate(over="ignore"):
        for n in CHAR_NS:
            count = len(codes) - n + 1
            if count <= 0:
                continue
            h = np.full(count, np.uint64(n), dtype=np.uint64)
            for k in range(n):
                h = h * _PRIME + codes[k : k + count]
            inside = row_at[:count] == row_at[n - 1 :]  # n-grams within one text only
            rows.append(row_at[:count][inside])
            buckets.append(h[inside] % _MOD)
    word_rows: list[int] = []
    word_hashes: list[int] = []
    for i, form in enumerate(forms):
        words = form.split()
        grams = [f"w {w}" for w in words]
        grams += [f"b {a} {b}" for a, b in zip(words, words[1:], strict=False)]
        word_rows += [i] * len(grams)
        word_hashes += [zlib.crc32(g.encode()) for g in grams]
    rows.append(np.array(word_rows, dtype=np.int64))
    buckets.append(np.array(word_hashes, dtype=np.uint64) % _MOD)
    keys = np.concatenate(rows) * BUCKETS + np.concatenate(buckets).astype(np.int64)
    keys.sort()  # distinct by sorting (faster here than np.unique's hashing)
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    return keys // BUCKETS, keys % BUCKETS


class Batch:
    """Feature sets of many texts, flattened: ``index`` (buckets), ``row`` (which text each
    bucket belongs to, ascending) and ``value`` (1/sqrt(number of buckets of that text), so
    every text weighs the same whatever its length)."""

    def __init__(self, row: IntArray, index: IntArray, n: int) -> None:
        self.n = n
        self.row = row.astype(np.int64)
        self.index = index.astype(np.int64)
        lengths = np.bincount(self.row, minlength=n)
        self.value: FloatArray = 1.0 / np.sqrt(np.maximum(lengths, 1))[self.row]

    @classmethod
    def of(cls, texts: Sequence[str]) -> Batch:
        row, index = _feature_sets(texts)
        return cls(row, index, len(texts))

    def take(self, rows: Sequence[int] | IntArray) -> Batch:
        """The batch of the given rows, in that order."""
        rows = np.asarray(rows, dtype=np.int64)
        starts = np.searchsorted(self.row, rows)
        ends = np.searchsorted(self.row, rows, side="right")
        lengths = ends - starts
        pick = np.concatenate([np.arange(a, b) for a, b in zip(starts, ends, strict=True)]
                              ) if len(rows) else np.zeros(0, dtype=np.int64)
        new_row = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        return Batch(new_row, self.index[pick], len(rows))


class HashedHead:
    """A linear layer over hashed features: ``weights`` (BUCKETS, k), ``bias`` (k), for the
    ``labels``. Stored as its non-zero rows only (most buckets never occur in training)."""

    def __init__(self, labels: Sequence[str], weights: NDArray[np.float32],
                 bias: NDArray[np.float32]) -> None:
        if weights.shape != (BUCKETS, len(labels)) or bias.shape != (len(labels),):
            raise ValueError(f"head shapes {weights.shape}/{bias.shape} don't fit "
                             f"{len(labels)} labels")
        self.labels = tuple(labels)
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)

    def logits(self, batch: Batch) -> FloatArray:
        out = np.tile(self.bias.astype(np.float64), (batch.n, 1))
        picked = self.weights[batch.index]
        for c in range(len(self.labels)):
            out[:, c] += np.bincount(batch.row, weights=picked[:, c] * batch.value,
                                     minlength=batch.n)
        return out

    def predict_proba(self, batch: Batch) -> FloatArray:
        z = self.logits(batch)
        if len(self.labels) == 2:  # logistic: the one logit is label 1's, label 0 sits at 0
            p1 = 1.0 / (1.0 + np.exp(-(z[:, 1] - z[:, 0])))
            return np.stack([1.0 - p1, p1], axis=1)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: FloatArray = e / e.sum(axis=1, keepdims=True)
        return out

    def save(self, path: Path) -> None:
        rows = np.flatnonzero(np.any(self.weights != 0, axis=1)).astype(np.int32)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            np.savez_compressed(f, labels=np.array(self.labels), rows=rows,
                                weights=self.weights[rows], bias=self.bias)

    @classmethod
    def load(cls, path: Path) -> HashedHead:
        with np.load(path, allow_pickle=False) as data:
            labels = [str(x) for x in data["labels"]]
            weights = np.zeros((BUCKETS, len(labels)), dtype=np.float32)
            weights[data["rows"]] = data["weights"]
            return cls(labels, weights, data["bias"])


def load_head(path: Path, labels: Sequence[str]) -> HashedHead:
    """The committed head at ``path``, refused if it was trained for other labels."""
    head = HashedHead.load(path)
    if list(head.labels) != list(labels):
        raise ValueError(f"{path.name} was trained for other labels: run `make train`")
    return head


def proba_or_zeros(head: Callable[[], HashedHead], texts: Sequence[str],
                   n_labels: int) -> FloatArray:
    """``head()``'s probabilities for the texts, or zeros when it can't be read (a broken
    install): a reader that adds them still answers from its other parts."""
    try:
        return head().predict_proba(Batch.of(list(texts)))
    except (OSError, ValueError, KeyError) as exc:
        log.warning("n-gram head unavailable, read without it: %s", exc)
        return np.zeros((len(texts), n_labels))


def fit_hashed(batch: Batch, y: Sequence[str], labels: Sequence[str], *, l2: float = 3e-6,
               epochs: int = 200, lr: float = 0.05,
               sample_weight: Sequence[float] | None = None) -> HashedHead:
    """Multinomial logistic regression on hashed features (Adam on the full batch, from zeros):
    no randomness, so the same data always gives the same head. With two labels it is plain
    logistic regression (one column of weights; the first label's stays at zero)."""
    index = {label: i for i, label in enumerate(labels)}
    n, k = batch.n, len(labels)
    Y = np.zeros((n, k))
    Y[np.arange(n), [index[v] for v in y]] = 1.0
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    w = w / w.sum()
    cols = [1] if k == 2 else list(range(k))
    # Only buckets that occur get a gradient (the rest stay exactly zero), so the optimisation
    # runs over those alone: the same result as over all BUCKETS, many times faster.
    active, local = np.unique(batch.index, return_inverse=True)
    m = len(active)
    W = np.zeros((m, k))
    b = np.zeros(k)
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = np.tile(b, (n, 1))
        for c in cols:
            z[:, c] += np.bincount(batch.row, weights=W[local, c] * batch.value, minlength=n)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - Y) * w[:, None]
        gW = l2 * W
        for c in cols:
            gW[:, c] += np.bincount(local, weights=g[batch.row, c] * batch.value, minlength=m)
        gb = g.sum(axis=0)
        if k == 2:
            gb[0] = 0.0
        mW = beta1 * mW + (1 - beta1) * gW
        vW = beta2 * vW + (1 - beta2) * gW * gW
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        step = lr * np.sqrt(1 - beta2**t) / (1 - beta1**t)
        W -= step * mW / (np.sqrt(vW) + eps)
        b -= step * mb / (np.sqrt(vb) + eps)
    full = np.zeros((BUCKETS, k), dtype=np.float32)
    full[active] = W
    return HashedHead(labels, full, b.astype(np.float32))
