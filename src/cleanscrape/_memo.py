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
    """A bounded memo read and filled a page of lines at a time.

    Two generations of at most ``size`` entries: a value is stored in the young one;
    when it is full it becomes the old one (the previous old one is dropped), and a
    value found only in the old one moves back to the young one. So the lines read
    recently stay (a site's template lines, read on every page), at the cost of one
    dictionary lookup per line, and at most ``2 * size`` entries are held.
    """

    __slots__ = ("__weakref__", "_old", "_size", "_young")

    def __init__(self, size: int = LINE_MEMO_SIZE) -> None:
        self._size = size
        self._young: dict[Hashable, _V] = {}
        self._old: dict[Hashable, _V] = {}
        _LINE_MEMOS.add(self)

    def lookup(self, keys: Sequence[Hashable]) -> list[_V | None]:
        """The value kept for each key, ``None`` where there is none."""
        young = self._young
        found = list(map(young.get, keys))
        old = self._old
        if old:
            for i, value in enumerate(found):
                if value is None:
                    value = old.get(keys[i])
                    if value is not None:
                        found[i] = value
                        self.store(keys[i], value)
        return found

    def store(self, key: Hashable, value: _V) -> None:
        """Keep ``value`` for ``key`` (a pure function's answer for it)."""
        young = self._young
        if len(young) >= self._size:
            self._old = young
            self._young = young = {}
        young[key] = value

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
