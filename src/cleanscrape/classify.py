"""Classification: every line of a normalized text gets one role and the reason for it.

The algorithm (see ``docs/algorithm.md`` for the long form):

1. **Alone.** Each non-blank line is measured once: length, words, terminal punctuation,
   share of function words, and the chrome rule (if any) that matches it.
2. **The article run.** Each line gets a weight: positive for prose (long, punctuated,
   rich in function words), negative for chrome and for short unpunctuated lines. The
   article is the contiguous run of lines with the largest total weight (a maximum
   sub-array), never crossing a line that starts a comment section or a related-links
   block after the prose has begun.
3. **In context.** Inside the run, rule matches are chrome, short lines followed by prose
   are subheadings (body), runs of short title-like lines are link lists (chrome). Outside
   the run everything is chrome (``struct.header`` / ``struct.footer``) except field lines.
4. **Fields.** Near the run's start: the title (a title-like line, preferring one that
   repeats, that matches the URL slug, or that a dateline or byline follows), the
   dateline, the byline; before the title: the masthead (site) and a capture banner.
   Repeats of the title anywhere are ``title.duplicate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

import attrs
import regex

from . import dates, fields
from .model import Role
from .rules import RuleSet

__all__ = ["Verdict", "classify"]


@attrs.frozen
class Verdict:
    """The role of one line and the rule or structural reason that decided it."""

    role: Role
    rule: str


# --- measuring lines --------------------------------------------------------------------

_FUNCTION_WORDS = (
    # en
    "the a an of to in and or is are was were be been has have had it its this that these"
    " those for on with as at by from but not which who will would can could should their"
    " they he she we you his her our there than then so if into about after over also more"
    # de
    " der die das den dem des ein eine einen einem und ist sind war wurde nicht mit von zu"
    " auf für sich auch als bei nach wie aus noch"
    # fr
    " le la les un une des du et est sont était pour dans sur avec par qui que pas plus ce"
    " il elle au aux"
    # es / pt / it
    " el los las del y es son fue para con por que una al se lo su como más pero o em os da"
    " do não uma é il di che per non sono della"
    # nl
    " het een van en is op te dat zijn niet met voor"
    # ru
    " и в не на что с по это как он она из к у за от для но так же"
).split()
_FUNCTION_SET = frozenset(_FUNCTION_WORDS)
#: Only the first words of a long line are counted: the share is the same.
_COUNT_WORDS = 60
_WORD_RE = regex.compile(r"\w+")
# Sentence punctuation inside a line (a comma or a full stop followed by a space).
_INNER_PUNCT = regex.compile(r"[.,;:!?。，] ")
_TERMINAL = frozenset(".!?…\"'”’»。！？")
_SOFT_TERMINAL = frozenset(":;)")

# Rule categories whose lines come in blocks (see _absorb_blocks).
_BLOCK_CATEGORIES = frozenset({"paywall", "cookie", "newsletter"})
# Rules whose line, once the article's prose has begun, ends the article.
_END_RULES = frozenset({"comments.prompt", "comments.header", "nav.related", "meta.timestamp"})

_PROSE_MIN_WORDS = 8
_LONG_WORDS = 18
_SHORT_PENALTY = -22.0
_RULE_PENALTY = -45.0
_MID_PENALTY = -6.0
_TITLE_WINDOW = 12
#: Capture banners and mastheads stand among the first content lines of a page.
_BANNER_ZONE = 4
#: A line where at least this share of words is capitalised reads as a headline or link.
_TITLE_CASE_SHARE = 0.6
#: A run after the page's title is preferred while it holds this share of the best weight.
_AFTER_TITLE_SHARE = 0.25
_INSIDE_TITLE_SHARE = 0.9
#: A title line matching the URL slug this well is trusted inside the run too.
_STRONG_SLUG = 0.8
#: List items: at least this many words, and fewer capitalised words than this share.
_LIST_MIN_WORDS = 4
_LIST_CAPS_SHARE = 0.5
_LIST_WEIGHT = 0.0


@attrs.define(slots=True)
class _Feat:
    n: int
    words: int
    terminal: bool
    soft_terminal: bool
    inner_punct: bool
    function_share: float
    caps_share: float
    rule: str | None


def _measure(line: str, rules: RuleSet) -> _Feat:
    n = len(line)
    words = line.count(" ") + 1
    last = line[-1]
    rule = rules.match(line) if n <= 400 else None
    if words >= 4:
        sample = line.split(None, _COUNT_WORDS)[:_COUNT_WORDS]
        lowered = line.lower().split(None, _COUNT_WORDS)[:_COUNT_WORDS]
        share = sum(map(_FUNCTION_SET.__contains__, lowered)) / len(lowered)
        caps = sum(1 for w, lw in zip(sample, lowered) if w[0] != lw[0]) / len(sample)
    else:
        share = 0.0
        caps = 1.0
    return _Feat(
        n=n,
        words=words,
        terminal=last in _TERMINAL,
        soft_terminal=last in _SOFT_TERMINAL,
        inner_punct=_INNER_PUNCT.search(line) is not None,
        function_share=share,
        caps_share=caps,
        rule=None if rule is None else rule.id,
    )


def _is_prose(f: _Feat) -> bool:
    """Prose in any language: long enough, and either punctuated or long; Title Case
    runs of words (link text, headlines) are not prose unless function words say so."""
    if f.rule is not None or f.words < _PROSE_MIN_WORDS:
        return False
    if not (f.terminal or f.soft_terminal or (f.words >= _LONG_WORDS and f.inner_punct)):
        return False
    return f.caps_share < _TITLE_CASE_SHARE or f.function_share >= 0.15


def _is_list_item(f: _Feat) -> bool:
    """A short sentence-case line (a bullet of a list), unlike Title Case link text."""
    return f.rule is None and f.words >= _LIST_MIN_WORDS and f.caps_share < _LIST_CAPS_SHARE


def _weight(f: _Feat) -> float:
    if f.rule is not None:
        return _RULE_PENALTY
    if _is_prose(f):
        return float(min(f.n, 1200))
    if _is_list_item(f):
        return _LIST_WEIGHT * f.n
    if f.words < _PROSE_MIN_WORDS and not f.terminal:
        return _SHORT_PENALTY
    return _MID_PENALTY


def _best_run(
    weights: Sequence[float], hard: Sequence[bool], offset: int = 0
) -> tuple[int, int, float] | None:
    """Maximum-sum run ``(first, last, sum)`` of ``weights[offset:]`` (indexes into the
    content lines) not crossing a ``hard`` line once positive weight has been collected."""
    best_sum = 0.0
    best: tuple[int, int, float] | None = None
    cur = 0.0
    start = offset
    for i in range(offset, len(weights)):
        w = weights[i]
        if hard[i] and cur > 0:
            cur = 0.0
            start = i + 1
            continue
        if cur <= 0:
            cur = w
            start = i
        else:
            cur += w
        if cur > best_sum:
            best_sum = cur
            best = (start, i, cur)
    return best


def _slug_anchor(
    lines: Sequence[str], content: Sequence[int], feats: Sequence[_Feat], slug: frozenset[str]
) -> tuple[int, float] | None:
    """The content line that best matches the URL slug (the page's title) and how well
    (F1 of its words against the slug's), if any."""
    if len(slug) < 2:
        return None
    best, best_f = None, 0.5
    for j, k in enumerate(content):
        f = feats[j]
        if f.rule is not None or f.n > 300 or f.words < 2 or f.words > 40:
            continue
        words = {w for w in _WORD_RE.findall(lines[k].lower()) if len(w) > 2}
        inter = len(words & slug)
        if inter < 2:
            continue
        p, r = inter / len(words), inter / len(slug)
        score = 2 * p * r / (p + r)
        if score > best_f:
            best, best_f = j, score
    return None if best is None else (best, best_f)


# --- titles -----------------------------------------------------------------------------

_SLUG_SPLIT = regex.compile(r"[\W_]+")


def _slug_words(source: str | None) -> frozenset[str]:
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
    f: _Feat,
    start: int,
    repeats: int,
    slug: frozenset[str],
    next_is_field: bool,
) -> float:
    if f.rule is not None or f.n < 8 or f.n > 300 or f.words < 2:
        return -1.0
    if line[-1] == "." and _is_prose(f):
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


# --- the classifier ---------------------------------------------------------------------


def classify(lines: Sequence[str], rules: RuleSet, *, source: str | None = None) -> list[Verdict]:
    """One :class:`Verdict` per line of ``lines`` (the normalized text split on ``\\n``)."""
    content = [i for i, ln in enumerate(lines) if ln]
    verdicts: list[Verdict] = [Verdict("blank", "")] * len(lines)
    if not content:
        return verdicts
    feats = [_measure(lines[i], rules) for i in content]
    weights = [_weight(f) for f in feats]
    # Lines that end the article once its prose has begun: comment markers and
    # related-link headings.
    hard = [f.rule in _END_RULES for f in feats]
    run = _best_run(weights, hard)
    slug = _slug_words(source)
    found = _slug_anchor(lines, content, feats, slug)
    anchor = None if found is None else found[0]
    if run is not None and found is not None and found[0] <= run[1]:
        anchor, match = found
        # The article follows its title: prefer the best run after the line that matches
        # the URL, unless it is much lighter than the best run of the page (a title
        # inside the run must leave most of the run's weight after it).
        after = _best_run(weights, hard, anchor + 1)
        if anchor < run[0]:
            share = _AFTER_TITLE_SHARE
        elif match >= _STRONG_SLUG:
            share = _AFTER_TITLE_SHARE * 2
        else:
            share = _INSIDE_TITLE_SHARE
        if after is not None and after[2] >= share * run[2]:
            run = after

    # Where no line is prose (a very short page), the article is every line that is not
    # chrome by rule.
    if run is None:
        s, e = 0, len(content) - 1
    else:
        s, e = run[0], run[1]

    # Fields near the run's start.
    # Each line's title key, computed once: for repeats of a title and for its duplicates.
    keys = [fields.normalize_title(lines[k]) if f.n <= 300 else "" for k, f in zip(content, feats)]
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    lo = max(0, s - _TITLE_WINDOW)
    hi = min(len(content) - 1, s + 2)
    field_at: dict[int, Verdict] = {}

    datelines: set[int] = set()
    bylines: dict[int, tuple[str, ...]] = {}
    for j in range(lo, min(len(content), hi + 6)):
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

    seen_body: set[str] = set()
    runs = _link_runs(feats, s, e)
    for j, k in enumerate(content):
        if j in field_at:
            verdicts[k] = field_at[j]
            continue
        f = feats[j]
        text = lines[k]
        if title_key and keys[j] == title_key:
            verdicts[k] = Verdict("chrome", "title.duplicate")
        elif s <= j <= e and text in seen_body:
            verdicts[k] = Verdict("chrome", "struct.repeat")
        elif f.rule is not None:
            verdicts[k] = Verdict("chrome", f.rule)
        elif j < s:
            verdicts[k] = Verdict("chrome", "struct.header")
        elif j > e:
            verdicts[k] = Verdict("chrome", "struct.footer")
        elif _is_prose(f):
            verdicts[k] = Verdict("body", "body.prose")
            seen_body.add(text)
        else:
            verdicts[k] = _in_context(j, feats, e, runs)
            if verdicts[k].role == "body":
                seen_body.add(text)
    _absorb_blocks(verdicts, content)
    return verdicts


def _absorb_blocks(verdicts: list[Verdict], content: Sequence[int]) -> None:
    """Multi-line pitches go as a block: a line removed for its position only
    (``struct.*``) next to a line of a block category (a subscription pitch, a cookie
    banner, a newsletter box) takes that line's rule, spreading along the run."""
    for order in (content, content[::-1]):
        previous: Verdict | None = None
        for k in order:
            v = verdicts[k]
            if (
                previous is not None
                and v.rule.startswith("struct.")
                and previous.rule.split(".", 1)[0] in _BLOCK_CATEGORIES
            ):
                verdicts[k] = previous
                v = previous
            previous = v


def _link_runs(feats: Sequence[_Feat], s: int, e: int) -> dict[int, int]:
    """For each link-like line of ``s..e``, the length of the run of link-like lines it
    stands in (one pass, so long link lists cost linear time)."""
    runs: dict[int, int] = {}
    j = s
    while j <= e:
        if not _is_linkish(feats[j]):
            j += 1
            continue
        k = j
        while k + 1 <= e and _is_linkish(feats[k + 1]):
            k += 1
        for i in range(j, k + 1):
            runs[i] = k - j + 1
        j = k + 1
    return runs


def _in_context(j: int, feats: Sequence[_Feat], e: int, runs: dict[int, int]) -> Verdict:
    """A non-prose line inside the article run: subheading, short paragraph or link list."""
    f = feats[j]
    # A run of short lines without punctuation is a link list.
    if runs.get(j, 0) >= 3:
        return Verdict("chrome", "struct.linklist")
    if f.terminal or f.soft_terminal or f.words >= _PROSE_MIN_WORDS:
        return Verdict("body", "body.context")
    nxt = feats[j + 1] if j + 1 <= e else None
    if nxt is not None and (_is_prose(nxt) or nxt.terminal):
        return Verdict("body", "body.context")
    return Verdict("chrome", "struct.short")


def _is_linkish(f: _Feat) -> bool:
    return (
        f.rule is None
        and f.words < _PROSE_MIN_WORDS
        and not f.terminal
        and not f.soft_terminal
        and not _is_list_item(f)
    )
