"""The committed talk-theme and note-purpose heads are exactly what training/train_talk.py makes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from assistant.hashed import Batch, HashedHead
from assistant.purposes import NOTE_HEAD_FILE, NOTE_NGRAMS_FILE, PURPOSE_IDS
from assistant.semantic import LinearHead, embed
from assistant.talk_content import THEME_IDS
from assistant.themes import TALK_EXAMPLES_FILE, TALK_HEAD_FILE, TALK_NGRAMS_FILE, Examples

ROOT = Path(__file__).resolve().parent.parent
PROBES = ["I miss her so much", "I keep checking his instagram", "what should I text him?",
          "his grandmother died", "I still have her jacket", "happy new year", "idk"]


@pytest.fixture(scope="module")
def train() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_talk", ROOT / "training" / "train_talk.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_retraining_reproduces_the_committed_talk_head(train: ModuleType) -> None:
    committed = LinearHead.load(TALK_HEAD_FILE)
    fresh = train.train_talk_head()
    assert committed.labels == fresh.labels == THEME_IDS
    assert np.allclose(committed.W, fresh.W, atol=1e-6) and np.allclose(committed.b, fresh.b,
                                                                         atol=1e-6)
    X = embed(PROBES)
    assert committed.predict(X) == fresh.predict(X)


def test_retraining_reproduces_the_committed_note_head(train: ModuleType) -> None:
    committed = LinearHead.load(NOTE_HEAD_FILE)
    fresh = train.train_note_head()
    assert committed.labels == fresh.labels == PURPOSE_IDS
    assert np.allclose(committed.W, fresh.W, atol=1e-6)
    X = embed(PROBES)
    assert np.allclose(committed.predict_proba(X), fresh.predict_proba(X), atol=1e-5)


@pytest.mark.parametrize("path,name,ids", [
    (TALK_NGRAMS_FILE, "train_talk_ngrams", THEME_IDS),
    (NOTE_NGRAMS_FILE, "train_note_ngrams", PURPOSE_IDS),
])
def test_retraining_reproduces_the_committed_ngram_heads(train: ModuleType, path: Path,
                                                        name: str, ids: tuple[str, ...]) -> None:
    committed = HashedHead.load(path)
    fresh = getattr(train, name)()
    assert committed.labels == fresh.labels == tuple(ids)
    assert np.allclose(committed.weights, fresh.weights, atol=1e-6)
    batch = Batch.of(PROBES)
    p = committed.predict_proba(batch)
    assert np.allclose(p, fresh.predict_proba(batch), atol=1e-5)
    assert len(set(p.argmax(axis=1).tolist())) >= 4  # it tells the probes apart


def test_training_never_reads_the_held_out_files(train: ModuleType) -> None:
    source = (ROOT / "training" / "train_talk.py").read_text(encoding="utf-8")
    assert "talk_train.toml" in source and "notes_train.toml" in source
    code = source.split('"""', 2)[2]  # the docstring may name them; the code may not
    assert "heldout" not in code


def test_the_head_carries_weight_on_its_own(train: ModuleType) -> None:
    """Cross-validated on the training examples, the embedding head alone is far above chance
    (1 in 19), and the cues add to it rather than replace it."""
    texts, labels = train.talk_examples()
    X = embed(texts)
    idx = np.arange(len(texts))
    right = 0
    for fold in range(4):
        test = idx % 4 == fold
        head = train.fit_softmax(X[~test], [labels[i] for i in idx[~test]], list(THEME_IDS),
                                 l2=train.L2, epochs=train.EPOCHS)
        right += sum(p == labels[i] for p, i in zip(head.predict(X[test]), idx[test],
                                                     strict=True))
    assert right / len(texts) >= 0.6


def test_retraining_reproduces_the_committed_talk_examples(train: ModuleType) -> None:
    committed = Examples.load(TALK_EXAMPLES_FILE)
    fresh = train.talk_memory()
    assert np.array_equal(committed.y, fresh.y)
    assert np.allclose(committed.X, fresh.X, atol=2e-3)  # stored as float16
