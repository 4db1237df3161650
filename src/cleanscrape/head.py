"""The fields at the head of an article: title, dateline, byline, capture banner, masthead.

:func:`pick_fields` looks at the lines around the start of the article run that
:mod:`cleanscrape.classify` found and decides which of them hold fields:

* the **title**: a title-like line near the run's start, preferring one that repeats
  on the page, that matches the URL slug, or that a dateline or byline follows;
* the **dateline** and the **byline** near the title;
* a **capture banner** (a weekday date without a time at the top of the page) kept apart
  from the publication date;
* the **masthead** (site name): the first line, short and name-like, before the title.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

import attrs
import regex

from . import dates, fields
from .features import Features, Verdict, is_prose

__all__ = ["Head", "pick_fields", "slug_words"]

#: The title is looked for this many content lines before the run's start.
_TITLE_WINDOW = 12
#: Capture banners and mastheads stand among the first content lines of a page.
_BANNER_ZONE = 4
#: Datelines and bylines are looked for this many lines after the window.
_FIELD_REACH = 6
_WORD_RE = regex.compile(r"\w+")
_SLUG_SPLIT = regex.compile(r"[\W_]+")


@attrs.frozen
class Head:
    """Which content lines (indexes into the content lines) hold fields, the title's
    key, and where the article's body starts once the fields are taken out."""

    field_at: dict[int, Verdict]
    title_key: str
    start: int


def slug_words(source: str | None) -> frozenset[str]:
    """The words (longer than two letters, not numbers) of a URL's path."""
    if not source or "/" not in source:
        return frozenset()
    try:
        path = urlsplit(source).path
    except ValueError:
        return frozenset()
    words = {w for w in _SLUG_SPLIT.split(unquote(path).lower()) if len(w) > 2 and not w.isdigit()}
    return frozenset(words)


def _title_score(
    i: int,
    line: str,
    f: Features,
    start: int,
    repeats: int,
    slug: frozenset[str],
    next_is_field: bool,
) -> float:
    if f.rule is not None or f.n < 8 or f.n > 300 or f.words < 2:
        return -1.0
    if line[-1] == "." and is_prose(f):
        return -1.0  # a sentence of prose is not a headline
    score = 1.0
    if repeats > 1:
        score += 2.0
    if slug:
        words = {w.lower() for w in _WORD_RE.findall(line) if len(w) > 2}
        if words:
            overlap = len(words & slug) / len(words)
            score += 4.0 * overlap
    if next_is_field:
        score += 1.5
    if line[-1] == ".":
        score -= 1.0
    score -= 0.08 * abs(start - i)
    if 4 <= f.words <= 20:
        score += 0.5
    return score


def pick_fields(
    lines: Sequence[str],
    content: Sequence[int],
    feats: Sequence[Features],
    keys: Sequence[str],
    counts: dict[str, int],
    start: int,
    end: int,
    slug: frozenset[str],
) -> Head:
    """Field lines around the article run ``start..end`` (indexes into ``content``).

    ``keys`` holds each content line's title key (:func:`fields.normalize_title`) and
    ``counts`` how often each key occurs on the page.
    """
    s, e = start, end
    lo = max(0, s - _TITLE_WINDOW)
    hi = min(len(content) - 1, s + 2)
    field_at: dict[int, Verdict] = {}

    datelines: set[int] = set()
    bylines: dict[int, tuple[str, ...]] = {}
    for j in range(lo, min(len(content), hi + _FIELD_REACH)):
        text = lines[content[j]]
        if feats[j].n <= 200:
            if dates.parse_dateline(text) is not None:
                datelines.add(j)
            else:
                authors = fields.parse_byline(text)
                if authors:
                    bylines[j] = authors

    best_title, best_score = -1, 0.5
    for j in range(lo, hi + 1):
        if j in datelines or j in bylines:
            continue
        nxt = j + 1
        next_is_field = nxt in datelines or nxt in bylines
        repeats = counts.get(keys[j], 0)
        sc = _title_score(j, lines[content[j]], feats[j], s, repeats, slug, next_is_field)
        if sc > best_score:
            best_title, best_score = j, sc
    title_key = ""
    if best_title >= 0:
        field_at[best_title] = Verdict("title", "field.title")
        title_key = keys[best_title]
        if best_title >= s:
            s = best_title + 1 if best_title < e else s
    anchor = best_title if best_title >= 0 else s
    # Capture banners: weekday dates without a time before the title, at the top of the
    # page. They are the capture date when another dateline gives the publication date.
    banners = [
        j
        for j in sorted(datelines)
        if j < anchor and j < _BANNER_ZONE and dates.parse_banner(lines[content[j]]) is not None
    ]
    near = [j for j in sorted(datelines) if anchor - 3 <= j <= max(s, anchor) + 5]
    published_at = next((j for j in near if j not in banners), None)
    if published_at is None and banners:
        published_at = banners.pop(0)
    if published_at is not None:
        field_at[published_at] = Verdict("dateline", "field.dateline")
    if banners:
        field_at[banners[0]] = Verdict("captured", "field.captured")
    for j in sorted(bylines):
        if anchor - 3 <= j <= max(s, anchor) + 5 and j not in field_at:
            field_at[j] = Verdict("byline", "field.byline")
            break
    # Masthead: the first line, short and name-like, before the title.
    if (
        anchor > 0
        and 0 not in field_at
        and feats[0].n <= 60
        and fields.parse_site_name(lines[content[0]])
    ):
        field_at[0] = Verdict("site", "field.site")

    # Field lines inside the run move its start past them.
    while s <= e and s in field_at:
        s += 1
    return Head(field_at=field_at, title_key=title_key, start=s)
