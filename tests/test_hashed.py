"""Hashed n-gram features and the linear heads over them (assistant/hashed.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.hashed import (
    BUCKETS,
    Batch,
    HashedHead,
    features,
    fit_hashed,
    load_head,
    proba_or_zeros,
)


def test_features_are_fixed_arithmetic_the_committed_heads_rely_on() -> None:
    """The committed heads were trained on these exact buckets: a change to the hashing (or a
    platform where it differs) would silently scramble every score, so the values are pinned."""
    assert features("I miss her so much")[:6].tolist() == [1163, 15924, 19334, 19506, 23812,
                                                           26140]
    assert len(features("I miss her so much")) == 60
    assert features("je vais me jeter du pont")[:4].tolist() == [678, 4942, 6908, 8646]


def test_features_read_the_canonical_form() -> None:
    """Accents, capitals, punctuation and contractions don't change what a text is."""
    same = features("je vais me jeter du pont")
    assert np.array_equal(features("Je vais me jeter du pont!"), same)
    assert np.array_equal(features("Não aguento mais"), features("nao aguento mais"))
    assert np.array_equal(features("I'm done"), features("i am done"))
    assert not np.array_equal(features("i am done"), features("i am fine"))
    assert len(features("")) == 0 and len(features("   ")) == 0


def test_a_batch_holds_each_texts_features_and_takes_rows_in_order() -> None:
    texts = ["i miss her", "", "je vais me jeter du pont", "ok"]
    batch = Batch.of(texts)
    for i, text in enumerate(texts):
        assert np.array_equal(batch.index[batch.row == i], features(text))
    assert np.all(np.diff(batch.row) >= 0) and batch.n == 4
    # every text weighs the same: its values square-sum to one
    sums = np.bincount(batch.row, weights=batch.value**2, minlength=4)
    assert np.allclose(sums[[0, 2, 3]], 1.0) and sums[1] == 0
    part = batch.take([2, 0])
    assert part.n == 2
    assert np.array_equal(part.index[part.row == 0], features(texts[2]))
    assert np.array_equal(part.index[part.row == 1], features(texts[0]))
    assert Batch.of([]).n == 0 and batch.take([]).n == 0


def _toy() -> tuple[list[str], list[str]]:
    sad = ["i miss her so much", "i keep missing him", "missing them every night",
           "i miss the way we talked", "still missing her laugh"]
    admin = ["the lease ends in may", "who pays the lease", "the lease and the deposit",
             "send the lease papers", "lease renewal is due"]
    return sad + admin, ["miss"] * 5 + ["lease"] * 5


def test_fitting_is_deterministic_learns_and_survives_saving(tmp_path: Path) -> None:
    texts, labels = _toy()
    batch = Batch.of(texts)
    a = fit_hashed(batch, labels, ["miss", "lease"], l2=1e-4, epochs=60)
    b = fit_hashed(batch, labels, ["miss", "lease"], l2=1e-4, epochs=60)
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
    probe = Batch.of(["i miss him", "the lease papers"])
    p = a.predict_proba(probe)
    assert p[0, 0] > 0.7 and p[1, 1] > 0.7
    assert np.allclose(p.sum(axis=1), 1.0)
    a.save(tmp_path / "h.npz")
    loaded = HashedHead.load(tmp_path / "h.npz")
    assert np.allclose(loaded.predict_proba(probe), p)
    # only the buckets training saw are stored
    with np.load(tmp_path / "h.npz") as data:
        assert 0 < len(data["rows"]) <= len(np.unique(batch.index))


def test_more_than_two_labels_is_a_softmax() -> None:
    texts, labels = _toy()
    texts += ["happy birthday to you", "have a lovely birthday", "birthday wishes today"]
    labels += ["birthday"] * 3
    head = fit_hashed(Batch.of(texts), labels, ["miss", "lease", "birthday"], l2=1e-4,
                      epochs=80)
    p = head.predict_proba(Batch.of(["a birthday note", "i miss her", "the lease"]))
    assert p.argmax(axis=1).tolist() == [2, 0, 1]
    assert np.allclose(p.sum(axis=1), 1.0)


def test_a_head_of_the_wrong_shape_is_refused() -> None:
    with pytest.raises(ValueError):
        HashedHead(["a", "b"], np.zeros((10, 2), dtype=np.float32), np.zeros(2, np.float32))
    with pytest.raises(ValueError):
        HashedHead(["a", "b"], np.zeros((BUCKETS, 3), dtype=np.float32),
                   np.zeros(2, np.float32))


def test_a_committed_head_for_other_labels_is_refused_and_readers_carry_on(
    tmp_path: Path,
) -> None:
    texts, labels = _toy()
    head = fit_hashed(Batch.of(texts), labels, ["miss", "lease"], l2=1e-4, epochs=20)
    head.save(tmp_path / "h.npz")
    assert load_head(tmp_path / "h.npz", ["miss", "lease"]).labels == ("miss", "lease")
    with pytest.raises(ValueError, match="other labels"):
        load_head(tmp_path / "h.npz", ["miss", "lease", "birthday"])
    p = proba_or_zeros(lambda: load_head(tmp_path / "h.npz", ["miss", "lease"]), ["i miss"], 2)
    assert p.shape == (1, 2) and np.isclose(p.sum(), 1.0)
    missing = proba_or_zeros(lambda: load_head(tmp_path / "none.npz", ["a", "b"]), ["x", "y"], 2)
    assert missing.shape == (2, 2) and not missing.any()
