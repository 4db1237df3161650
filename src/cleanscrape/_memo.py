"""Bounded memos of the pure, per-line grammars (dates, bylines, person names) and of
the features of a line under a rule set.

A page asks about the same short line several times (the title search reads the lines
around each candidate; the article is then assembled from the lines it chose), and a
site repeats lines across its pages (a capture banner, a byline, a template date line,
its navigation and footer). The questions asked of those lines are pure functions of
the line's text, so their answers are kept in memos of a few thousand lines each:

* the output never depends on what was parsed before (a memo hit returns the value a
  fresh call would compute; the values are never changed once made), unlike a cache of
  decisions;
* memory is bounded (a few megabytes at most: only lines up to a few hundred characters
  are kept);
* the memos are safe to share between threads (a race costs a recomputation, never a
  wrong answer).

:func:`clear` empties them all (the benchmarks start every timed round cold).
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Hashable, Sequence
from itertools import compress
from typing import Any, Generic, TypeVar

__all__ = ["LINE_MEMO_SIZE", "MAXSIZE", "LineMemo", "clear", "memo"]

#: Lines kept per grammar memo.
MAXSIZE = 4096
#: Lines kept per :class:`LineMemo` generation (two generations are kept).
LINE_MEMO_SIZE = 8192

_F = TypeVar("_F", bound=Callable[..., Any])
_V = TypeVar("_V")
_MEMOS: list[Any] = []
_LINE_MEMOS: weakref.WeakSet[LineMemo[Any]] = weakref.WeakSet()


def memo(fn: _F) -> _F:
    """``fn`` (a pure function of hashable arguments) with a bounded memo, registered
    for :func:`clear`."""
    cached = functools.lru_cache(maxsize=MAXSIZE)(fn)
    _MEMOS.append(cached)
    return cached  # type: ignore[return-value]


class LineMemo(Generic[_V]):
    """A bounded memo read and filled a page of lines at a time, at C speed (no Python
    step per line).

    Two generations: values are kept in the young one; once it holds ``size`` entries it
    becomes the old one (the previous old one is dropped) and a new young one starts. A
    lookup reads both. So the lines read on every page (a site's template lines) are
    measured again at most once per generation, and at most about ``2 * size`` entries
    (plus one page's lines) are held.
    """

    __slots__ = ("__weakref__", "_old", "_size", "_young")

    def __init__(self, size: int = LINE_MEMO_SIZE) -> None:
        self._size = size
        self._young: dict[Hashable, _V] = {}
        self._old: dict[Hashable, _V] = {}
        _LINE_MEMOS.add(self)

    def lookup(self, keys: Sequence[Hashable]) -> list[_V | None]:
        """The value kept for each key, ``None`` where there is none."""
        found: list[_V | None] = list(map(self._young.get, keys))
        old = self._old
        if old:
            # a key in both generations has the same value in each (a pure function's)
            found = list(map(old.get, keys, found))
        return found

    def keep(self, keys: Sequence[str], values: Sequence[_V], max_chars: int) -> None:
        """Keep ``values[i]`` for ``keys[i]`` (a pure function's answers) where the key
        has at most ``max_chars`` characters."""
        young = self._young
        young.update(compress(zip(keys, values), map(max_chars.__ge__, map(len, keys))))
        if len(young) >= self._size:
            self._old = young
            self._young = {}

    def __len__(self) -> int:
        return len(self._young) + len(self._old)

    def __reduce__(self) -> tuple[type[LineMemo[Any]], tuple[int]]:
        # a copy starts empty: the values are cheap to recompute, costly to ship
        return (LineMemo, (self._size,))

    def cache_clear(self) -> None:
        """Forget every value."""
        self._young = {}
        self._old = {}


def clear() -> None:
    """Empty every memo."""
    for cached in _MEMOS:
        cached.cache_clear()
    for line_memo in list(_LINE_MEMOS):
        line_memo.cache_clear()
