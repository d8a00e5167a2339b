"""Train the talk-theme and note-purpose heads over sentence embeddings (deterministic).

    .venv/bin/python training/train_talk.py          # writes assistant/models/*.npz
    .venv/bin/python training/train_talk.py --cv     # also prints 5-fold accuracy per cue weight

Training data: training/data/talk_examples.toml and note_examples.toml (written for Unsent),
plus the blind training batches tests/corpora/talk/talk_train.toml, talk_train2.toml,
notes_train.toml and notes_train2.toml. The held-out files are never read here.

Two heads per task: a softmax over wordllama's sentence embeddings, and one over hashed
character and word n-grams (assistant.hashed); the engine adds their probabilities.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.hashed import Batch, HashedHead, fit_hashed  # noqa: E402
from assistant.semantic import LinearHead, embed, fit_softmax  # noqa: E402
from assistant.talk_content import THEME_IDS  # noqa: E402

DATA = ROOT / "training" / "data"
CORPORA = ROOT / "tests" / "corpora" / "talk"
MODELS = ROOT / "assistant" / "models"

L2 = 1e-2
EPOCHS = 300
NGRAM_L2 = 1e-5
NGRAM_EPOCHS = 150
TALK_FILES = ("talk_train.toml", "talk_train2.toml")
NOTE_FILES = ("notes_train.toml", "notes_train2.toml")


def _rows(path: Path) -> list[dict[str, Any]]:
    """Every table in the file's top-level arrays of tables (whatever the array is called)."""
    if not path.exists():
        return []
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = []
    for value in raw.values():
        if isinstance(value, list):
            rows += [r for r in value if isinstance(r, dict)]
    return rows


def talk_examples() -> tuple[list[str], list[str]]:
    """(texts, themes) for the talk head: our own examples, then the labelled training set."""
    texts, labels = [], []
    for path in (DATA / "talk_examples.toml", *(CORPORA / name for name in TALK_FILES)):
        for row in _rows(path):
            if row.get("theme") in THEME_IDS:
                texts.append(str(row["text"]))
                labels.append(str(row["theme"]))
    return texts, labels


def note_examples() -> tuple[list[str], list[str]]:
    """(notes, purposes) for the note-purpose head."""
    from assistant.purposes import PURPOSE_IDS

    texts, labels = [], []
    for path in (DATA / "note_examples.toml", *(CORPORA / name for name in NOTE_FILES)):
        for row in _rows(path):
            if row.get("purpose") in PURPOSE_IDS:
                texts.append(str(row["notes"]))
                labels.append(str(row["purpose"]))
    return texts, labels


def fit(texts: Sequence[str], labels: Sequence[str], ids: Sequence[str]) -> LinearHead:
    """A softmax head over the texts' embeddings; the same data always gives the same head."""
    return fit_softmax(embed(list(texts)), list(labels), list(ids), l2=L2, epochs=EPOCHS)


def fit_ngrams(texts: Sequence[str], labels: Sequence[str], ids: Sequence[str]) -> HashedHead:
    """A softmax head over the texts' hashed n-grams; deterministic too."""
    return fit_hashed(Batch.of(list(texts)), list(labels), list(ids), l2=NGRAM_L2,
                      epochs=NGRAM_EPOCHS)


def train_talk_ngrams() -> HashedHead:
    return fit_ngrams(*talk_examples(), THEME_IDS)


def train_note_ngrams() -> HashedHead:
    from assistant.purposes import PURPOSE_IDS

    return fit_ngrams(*note_examples(), PURPOSE_IDS)


def train_talk_head() -> LinearHead:
    return fit(*talk_examples(), THEME_IDS)


def talk_memory() -> Any:
    """The talk examples' embeddings and theme indices, for reading by nearest examples."""
    import numpy as np

    from assistant.themes import Examples

    texts, labels = talk_examples()
    return Examples(X=embed(texts), y=np.array([THEME_IDS.index(lab) for lab in labels]))


def train_note_head() -> LinearHead:
    from assistant.purposes import PURPOSE_IDS

    return fit(*note_examples(), PURPOSE_IDS)


def cross_validate(kind: str, weights: Sequence[float], folds: int = 4,
                   ngram_weights: Sequence[float] = (0.0, 0.5, 1.0, 2.0)) -> None:
    """Accuracy on folds of the blind training set (our own examples always train), for each
    cue weight and each n-gram head weight: the closest thing to new messages that training
    data allows."""
    import numpy as np

    if kind == "talk":
        from assistant.themes import Examples, scores

        texts, labels = talk_examples()
        own = len([r for r in _rows(DATA / "talk_examples.toml") if r.get("theme") in THEME_IDS])
        ids: Sequence[str] = THEME_IDS
    else:
        from assistant.purposes import PURPOSE_IDS

        texts, labels = note_examples()
        own = len([r for r in _rows(DATA / "note_examples.toml")
                   if r.get("purpose") in PURPOSE_IDS])
        ids = PURPOSE_IDS
    X = embed(texts)
    grams = Batch.of(texts)
    y = np.array([list(ids).index(lab) for lab in labels])
    blind = np.arange(len(texts)) >= own
    right = {(w, g): 0 for w in weights for g in ngram_weights}
    for f in range(folds):
        test = blind & (np.arange(len(texts)) % folds == f)
        train_rows = np.flatnonzero(~test)
        head = fit_softmax(X[~test], [ids[i] for i in y[~test]], list(ids), l2=L2,
                           epochs=EPOCHS)
        ngrams = fit_hashed(grams.take(train_rows), [ids[i] for i in y[~test]], list(ids),
                            l2=NGRAM_L2, epochs=NGRAM_EPOCHS)
        held = [texts[i] for i in np.where(test)[0]]
        for w in weights:
            for g in ngram_weights:
                if kind == "talk":
                    memory = Examples(X=X[~test], y=y[~test])
                    p = scores(held, head=head, cue_weight=w, examples=memory,
                               ngram_head=ngrams, ngram_weight=g)
                else:
                    from assistant.purposes import purpose_scores

                    p = purpose_scores(held, head=head, ngram_head=ngrams, ngram_weight=g,
                                       cue_weight=w)
                right[w, g] += int((p.argmax(axis=1) == y[test]).sum())
    n = int(blind.sum())
    for (w, g), r in right.items():
        print(f"{kind}: cue weight {w:.2f}, n-gram weight {g:.1f}: accuracy {r / n:.1%} on "
              f"{folds} folds of the {n} blind training examples")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print cross-validated accuracy")
    args = parser.parse_args(argv)
    MODELS.mkdir(exist_ok=True)
    for name, train, count in (
        ("talk_themes", train_talk_head, lambda: len(talk_examples()[0])),
        ("note_purposes", train_note_head, lambda: len(note_examples()[0])),
        ("talk_ngrams", train_talk_ngrams, lambda: len(talk_examples()[0])),
        ("note_ngrams", train_note_ngrams, lambda: len(note_examples()[0])),
    ):
        head = train()
        head.save(MODELS / f"{name}.npz")
        print(f"wrote assistant/models/{name}.npz from {count()} examples")
    talk_memory().save(MODELS / "talk_examples.npz")
    print("wrote assistant/models/talk_examples.npz")
    if args.cv:
        cross_validate("talk", [0.1, 0.2, 0.3])
        cross_validate("notes", [0.15, 0.3])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
