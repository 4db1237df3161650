"""Features of one line, measured once, and the verdict on it.

A line is measured by :func:`measure` without looking at its neighbours: its length, a
word count (by characters in scripts written without spaces), its last character, whether
sentence punctuation stands inside it (in the Latin, ideographic, Devanagari and Arabic
manners), the share of function words ("the", "und", "le", "и" ...) and of capitalised
words among its first words, and the chrome rule (if any) that matches it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, repeat
from operator import is_, itemgetter

import attrs

from .model import Role
from .normalize import UNSPACED
from .rules import Rule, RuleSet

__all__ = [
    "END_RULES",
    "LONG_WORDS",
    "PROSE_MIN_WORDS",
    "Features",
    "Verdict",
    "is_list_item",
    "is_prose",
    "measure",
    "measure_lines",
]

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
_FIRST = itemgetter(0)
# Sentence punctuation inside a line: a comma or a full stop followed by a space, in the
# Latin, Devanagari ("।") and Arabic ("،", "۔") manner, or the ideographic marks, which
# take no space after them.
_INNER_PUNCT = re.compile(r"[.,;:!?।॥،؛۔؟] |[。，、；：！？]")
#: The full stops of the world's scripts: Latin, ideographic (and its half- and
#: full-width forms), Devanagari danda, Urdu, Armenian, Ethiopic, Myanmar, Khmer, Tibetan.
_FULL_STOPS = frozenset(".。．｡।॥۔։።။។།")
_TERMINAL = _FULL_STOPS | frozenset("!?…\"'”’»！？؟፧")
_SOFT_TERMINAL = frozenset(":;)：；）؛")
#: A line whose space-separated words average more characters than this may be written
#: in a script without spaces between words (:data:`normalize.UNSPACED`; no language's
#: words are this long on average; a URL is, but holds none of those characters).
_SPACED_MAX_MEAN = 12
#: The first code point of those scripts (Thai): a short line ending below it is not
#: written in one.
_UNSPACED_FROM = "\u0e00"
#: Characters of an unspaced script per word, roughly (Chinese about 1.7, Japanese
#: about 2.5, Thai about 5): a line of them counts as this many words.
_UNSPACED_CHARS_PER_WORD = 3
#: Those characters are counted among this many of a line's first characters.
_UNSPACED_SAMPLE = 200
#: Lines longer than this are never chrome by rule (no rule phrase fills a paragraph).
_RULE_MAX_CHARS = 400
#: Lines up to this long are kept in the features memo: the lines a site repeats on its
#: pages (menus, footers, labels, bylines) are short, longer ones are seldom said twice.
_MEMO_MAX_CHARS = 120

#: Rules whose line, once the article's text has begun, ends it: comment markers,
#: related-links headings (after them come other stories and their headlines) and
#: feedback widgets.
END_RULES = frozenset(
    {"comments.prompt", "comments.header", "nav.related", "meta.timestamp", "ui.feedback"}
)

#: Prose has at least this many words ...
PROSE_MIN_WORDS = 8
#: ... and ends in punctuation, or has this many words and punctuation inside.
LONG_WORDS = 18
#: A line where at least this share of words is capitalised reads as a headline or link.
_TITLE_CASE_SHARE = 0.6
#: ... unless at least this share of its words are function words.
_PROSE_FUNCTION_SHARE = 0.15
#: List items: at least this many words, and fewer capitalised words than this share.
_LIST_MIN_WORDS = 4
_LIST_CAPS_SHARE = 0.5


@attrs.frozen
class Verdict:
    """The role of one line and the rule or structural reason that decided it."""

    role: Role
    rule: str


@attrs.define(slots=True)
class Features:
    """What :func:`measure` found in one line."""

    n: int
    words: int
    terminal: bool
    #: The line ends with a full stop (a statement, not a question or a call).
    full_stop: bool
    soft_terminal: bool
    #: Sentence punctuation inside the line, measured only for lines of at least
    #: :data:`LONG_WORDS` words without closing punctuation (where :func:`is_prose` reads
    #: it); False for the others.
    inner_punct: bool
    #: The share of function words among the first words, measured only for lines of
    #: at least :data:`PROSE_MIN_WORDS` words in Title Case (where :func:`is_prose`
    #: reads it); 0.0 for the others.
    function_share: float
    #: The share of the first words that start with a capital letter (1.0 for lines of
    #: fewer than four words).
    caps_share: float
    rule: str | None


def measure(line: str, rules: RuleSet) -> Features:
    """Measure one non-empty line."""
    return measure_lines((line,), rules)[0]


def measure_lines(lines: Sequence[str], rules: RuleSet) -> list[Features]:
    """Measure non-empty lines (the rules are matched for all of them at once).

    The features of a line are a pure function of its text under ``rules``, so those of
    lines up to :data:`_MEMO_MAX_CHARS` characters are kept in the rule set's memo
    (:attr:`RuleSet.line_memo`): a site's template lines, read on each of its pages, are
    measured once. The objects are shared between pages and never changed.
    """
    line_memo = rules.line_memo
    found = line_memo.lookup(lines)
    missing = list(compress(range(len(found)), map(is_, found, repeat(None))))
    if not missing:
        return found  # type: ignore[return-value]  # every entry is set
    # most pages of a mixed crawl: none kept, every line measured
    todo = lines if len(missing) == len(lines) else [lines[i] for i in missing]
    matched, folded = rules.match_lines(todo, max_chars=_RULE_MAX_CHARS)
    measured = list(map(_measure, todo, folded, matched))
    line_memo.keep(todo, measured, _MEMO_MAX_CHARS)
    if todo is lines:
        return measured
    for i, f in zip(missing, measured):
        found[i] = f
    return found  # type: ignore[return-value]  # every entry is set


def _measure(line: str, folded: str, rule: Rule | None) -> Features:
    n = len(line)
    words = line.count(" ") + 1
    last = line[-1]
    terminal = last in _TERMINAL
    soft_terminal = last in _SOFT_TERMINAL
    phrases = False
    if n > _SPACED_MAX_MEAN * words or (words < 3 and last >= _UNSPACED_FROM):
        # rare: a long word, a URL, or an unspaced script (a short headline in one ends
        # with one of its characters). The script's characters are counted among the
        # first ones and scaled to the line: a gigantic line costs no more than a short one.
        unspaced = len(UNSPACED.findall(line, 0, _UNSPACED_SAMPLE))
        if n > _UNSPACED_SAMPLE:
            unspaced = unspaced * n // _UNSPACED_SAMPLE
        if unspaced:
            # words by characters; a space between such words ends a phrase (Thai)
            phrases = words > 1
            words += unspaced // _UNSPACED_CHARS_PER_WORD
    if words >= 4:
        sample = line.split(None, _COUNT_WORDS)[:_COUNT_WORDS]
        # Words that start with a capital (map with itemgetter: no Python loop per word).
        caps = sum(map(str.isupper, map(_FIRST, sample))) / len(sample)
        if caps >= _TITLE_CASE_SHARE and words >= PROSE_MIN_WORDS:
            lowered = folded.split(None, _COUNT_WORDS)[:_COUNT_WORDS]
            share = sum(map(_FUNCTION_SET.__contains__, lowered)) / len(lowered)
        else:
            share = 0.0  # not measured: only Title Case lines are judged by it
    else:
        share = 0.0
        caps = 1.0
    # positional arguments, in the order of the fields: keywords cost a third more, and
    # this runs once per line
    return Features(
        n,
        words,
        terminal,
        last in _FULL_STOPS,  # full_stop
        soft_terminal,
        # inner_punct: read only for long lines without closing punctuation
        words >= LONG_WORDS
        and not (terminal or soft_terminal)
        and (phrases or _INNER_PUNCT.search(line) is not None),
        share,  # function_share
        caps,  # caps_share
        None if rule is None else rule.id,
    )


def is_prose(f: Features) -> bool:
    """Prose in any language: long enough, and either punctuated or long; Title Case
    runs of words (link text, headlines) are not prose unless function words say so."""
    if f.rule is not None or f.words < PROSE_MIN_WORDS:
        return False
    if not (f.terminal or f.soft_terminal or (f.words >= LONG_WORDS and f.inner_punct)):
        return False
    return f.caps_share < _TITLE_CASE_SHARE or f.function_share >= _PROSE_FUNCTION_SHARE


def is_list_item(f: Features) -> bool:
    """A short sentence-case line (a bullet of a list), unlike Title Case link text."""
    return f.rule is None and f.words >= _LIST_MIN_WORDS and f.caps_share < _LIST_CAPS_SHARE
