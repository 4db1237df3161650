"""Bounded memos of the pure, per-line grammars (dates, bylines, person names).

A page asks about the same short line several times (the title search reads the lines
around each candidate; the article is then assembled from the lines it chose), and a
site repeats lines across its pages (a capture banner, a byline, a template date line).
The grammars behind those questions are pure functions of the line's text, so their
answers are kept in a least-recently-used memo of :data:`MAXSIZE` lines each:

* the output never depends on what was parsed before (a memo hit returns the value a
  fresh call would compute; the values are immutable), unlike a cache of decisions;
* memory is bounded (a few megabytes at most: only lines up to a few hundred characters
  are kept);
* the memos are thread-safe (:func:`functools.lru_cache`).

:func:`clear` empties them all (the benchmarks start every timed round cold).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["MAXSIZE", "clear", "memo"]

#: Lines kept per memo.
MAXSIZE = 4096

_F = TypeVar("_F", bound=Callable[..., Any])
_MEMOS: list[Any] = []


def memo(fn: _F) -> _F:
    """``fn`` (a pure function of hashable arguments) with a bounded memo, registered
    for :func:`clear`."""
    cached = functools.lru_cache(maxsize=MAXSIZE)(fn)
    _MEMOS.append(cached)
    return cached  # type: ignore[return-value]


def clear() -> None:
    """Empty every memo."""
    for cached in _MEMOS:
        cached.cache_clear()
