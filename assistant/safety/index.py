"""A word index over rules: one regex finds every place in a text where some rule can start."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar


def leading_words(pattern: str) -> frozenset[tuple[str, str | None]] | None:
    """The (first word, second word) pairs a match of ``pattern`` can start with.

    The second word is None where it is not a fixed word (a gap, or the pattern ends).
    Returns None when the first word is not a finite set of literal words. The pattern
    must start with a space (or spaces) before its first word; the linter uses this too.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        k: Any = importlib.import_module("re._constants")
        tree = list(parser.parse(pattern))
    except Exception:  # pragma: no cover - re internals changed: the import-time check fails
        return None
    repeats = (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT)
    space = [(k.LITERAL, 32)]
    Pairs = set[tuple[str, str | None]]

    def is_space(head: list[Any]) -> bool:
        """A space, or one or more spaces (" +", how the linter's patterns join words)."""
        if head == space:
            return True
        return bool(head) and head[0][0] in repeats and head[0][1][0] >= 1 and (
            list(head[0][1][2]) == space)

    def heads(seq: list[Any], done: str, cur: str, started: bool) -> Pairs | None:
        for i, (op, av) in enumerate(seq):
            rest = seq[i + 1 :]
            ends_word = op is k.LITERAL and av == 32 or (
                op is k.ASSERT and av[0] == 1 and is_space(list(av[1])[:1]))
            if ends_word:
                if not started:
                    started = True
                elif cur and not done:
                    done, cur = cur, ""
                elif cur:
                    return {(done, cur)}
                elif not done:
                    return None
            elif op is k.LITERAL and started:
                cur += chr(av)
            elif op in (k.ASSERT, k.ASSERT_NOT, k.AT):
                continue
            elif op is k.SUBPATTERN:
                return heads(list(av[-1]) + rest, done, cur, started)
            elif op is k.ATOMIC_GROUP:
                return heads(list(av) + rest, done, cur, started)
            elif op is k.BRANCH:
                return _union(heads(list(alt) + rest, done, cur, started) for alt in av[1])
            elif op is k.IN and all(o is k.LITERAL for o, _ in av):
                return _union(heads([(k.LITERAL, c)] + rest, done, cur, started) for _, c in av)
            elif op in repeats and (av[1] == 1 or list(av[2])[:1] == space):
                # a repeated group that starts with a space ends the word wherever it stops
                options = [list(av[2]) + rest] + ([rest] if av[0] == 0 else [])
                return _union(heads(o, done, cur, started) for o in options)
            else:
                return {(done, None)} if done else None
        if done:
            return {(done, None)}
        return {(cur, None)} if started and cur else None

    found = heads(tree, "", "", False)
    return frozenset(found) if found else None


def second_words(pairs: Iterable[tuple[str, str | None]]) -> dict[str, frozenset[str] | None]:
    """For each first word, the words that may follow it (None: anything may)."""
    out: dict[str, set[str] | None] = {}
    for first, second in pairs:
        if second is None:
            out[first] = None
        elif first not in out:
            out[first] = {second}
        elif (seen := out[first]) is not None:
            seen.add(second)
    return {w: None if v is None else frozenset(v) for w, v in out.items()}


def _union(parts: Iterable[set[Any] | None]) -> set[Any] | None:
    out: set[Any] = set()
    for p in parts:
        if p is None:
            return None
        out |= p
    return out


R = TypeVar("R")


def _trie(words: Iterable[str], sep: str = " ") -> str:
    """A regex matching exactly ``words``, shaped as a trie so it tries one branch per letter.

    Python's ``re`` tries an alternation's branches one by one; a trie keeps the work at
    each position proportional to the word's length, not to the number of words. A space
    inside a word (between a first and a second word) becomes ``sep``.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(sep if ch == " " else re.escape(ch)) + emit(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return ("(?:" + body + ")" if len(alts) == 1 else body) + "?"

    return emit(root)


@dataclass(frozen=True)
class WordIndex(Generic[R]):
    """Rules by their leading words, and one regex that finds where any of them may start.

    ``finder`` matches the space in front of every word some rule starts with. Its first
    group is that word, or that word and the next where the first word only ever starts a
    rule before a few particular words (so "at" is found only before "home" or "work"); its
    second group is the word after. ``pairs`` has the rules to try for a first and second
    word (with those open to any second word), ``opens`` the rules for a first word alone.
    """

    finder: re.Pattern[str]
    pairs: dict[tuple[str, str], tuple[R, ...]]
    opens: dict[str, tuple[R, ...]]
    unindexed: tuple[R, ...]

    @property
    def first_words(self) -> frozenset[str]:
        return frozenset(self.opens).union(first for first, _ in self.pairs)

    def starts(self, text: str) -> Iterator[tuple[int, tuple[R, ...]]]:
        """(position of the space before the first word, rules to try there), in order."""
        pairs, opens = self.pairs, self.opens
        for m in self.finder.finditer(text):
            key = m[1]
            if " " in key:  # a first word and the particular word after it
                first, second = key.split()
                yield m.start(), pairs[first, second]
                continue
            rules = pairs.get((key, m[2])) or opens.get(key)
            if rules:
                yield m.start(), rules


def build_index(rules: Iterable[R], pattern_of: Callable[[R], str], sep: str = " ",
                max_seconds: int | None = None) -> WordIndex[R]:
    """Index rules (of any kind: the linter uses this too) by their leading words.

    ``sep`` is the regex for the gap between words in the text searched: one space in the
    screen's canonical form, " +" in the linter's view. A first word that may be followed
    by more than ``max_seconds`` particular words (None: no limit) goes into the regex alone.
    """
    by_pair: dict[tuple[str, str], list[R]] = {}
    by_open: dict[str, list[R]] = {}
    unindexed: list[R] = []
    for r in rules:
        lead = leading_words(pattern_of(r))
        if lead is None:
            unindexed.append(r)
            continue
        for first, seconds in second_words(lead).items():
            if seconds is None:
                by_open.setdefault(first, []).append(r)
            else:
                for w in seconds:
                    by_pair.setdefault((first, w), []).append(r)
    opens = {w: tuple(v) for w, v in by_open.items()}
    pairs = {k: tuple(v) + opens.get(k[0], ()) for k, v in by_pair.items()}
    followers: dict[str, list[str]] = {}
    for first, second in pairs:
        followers.setdefault(first, []).append(second)
    # A first word with few possible second words goes into the regex with each of them, so
    # a common word ("at", "how") is not a hit everywhere it occurs; the rest go in as first
    # words alone and their second word is checked in ``pairs``.
    keys = set(opens)
    for first, after in followers.items():
        if first in opens or max_seconds is not None and len(after) > max_seconds:
            keys.add(first)
        else:
            keys.update(f"{first} {second}" for second in after)
    finder = re.compile(f" (?=({_trie(keys, sep)}){sep}([^ ]*))") if keys else re.compile("(?!)")
    return WordIndex(finder, pairs, opens, tuple(unindexed))
