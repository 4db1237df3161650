"""Which lines of a text hold which strings, found with one search of the whole text per
string (C-speed ``str.find``) instead of a test of every line."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

__all__ = ["lines_holding"]

#: ``n + 1`` (a line's length with its line break), mapped at C speed.
_PLUS_ONE = (1).__add__


def lines_holding(
    strings: Iterable[str], text: str, lines: Sequence[str] | None = None
) -> dict[int, set[str]]:
    """For each line of ``text`` (split on ``\\n``) that holds some of ``strings``, which
    ones. ``lines`` is ``text.split("\\n")`` where the caller has it already.

    A string found in a line is searched again only from the next line on: each line
    costs a lookup per string it holds, not per occurrence.
    """
    found: dict[int, set[str]] = {}
    find = text.find
    starts: list[int] | None = None
    for string in strings:
        pos = find(string)
        if pos < 0:
            continue
        if starts is None:  # where each line starts in the text
            parts = text.split("\n") if lines is None else lines
            starts = list(accumulate(map(_PLUS_ONE, map(len, parts)), initial=0))
        while pos >= 0:
            j = bisect_right(starts, pos) - 1
            held = found.get(j)
            if held is None:
                found[j] = {string}
            else:
                held.add(string)
            pos = find(string, starts[j + 1])
    return found
