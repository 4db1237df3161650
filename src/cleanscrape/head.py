"""The fields at the head of an article: title, dateline, byline, capture banner, masthead.

:func:`pick_fields` looks at the lines around the start of the article run that
:mod:`cleanscrape.classify` found and decides which of them hold fields.

The title
    Every title-shaped line from :data:`_TITLE_BEFORE` content lines before the run's start
    to :data:`_TITLE_AFTER` lines after it is a candidate (plus, anywhere on the page, the
    first lines holding every word of the URL's slug). Each gets a score from what pages do
    with their headline:

    * the **meta cluster**: a headline is followed within three lines by a byline, an author
      name, a date, a reading time or a lone label such as ``By`` / ``Last updated:`` (a
      standfirst between them does not count as a line); a date or a byline right above it
      counts too (not above a sentence of prose: the text starts under its byline), and
      so, where none counts above, does a second one right under the first meta line
      below: the cluster scores the same whichever side of the headline its lines stand
      on (the clean article puts them all under it);
    * the **URL slug**: the share of the words of the slug (its last long path segment) the
      line holds;
    * **repeats**: the headline comes back in a breadcrumb, a share bar or the page footer;
      lines that come back one after another *inside* the article below are a table of
      contents;
    * **short forms**: where one candidate holds another (``Vegetable Gardening`` and
      ``Vegetable Gardening: The Complete Guide``), the longer is the headline, unless the
      longer one is a breadcrumb or a label ending in the shorter (``Home Blog <title>``,
      ``Project: <title>``); a line holding several candidates is a menu;
    * **shape**: the number of words (most headlines have 5 to 12), no trailing colon or full
      stop, no breadcrumb separators, not menu entries glued together (``Sign in Sign up``),
      not a masthead; lines before the run's start, and right above it, are preferred.

    The cheap parts of the score come first; the meta cluster and the containment test (the
    only parts that run the date and byline grammars) are worked out only for candidates
    that can still win.

The meta cluster
    Around the title (three lines before it to eight after) the nearest dateline gives the
    publication date, unless a byline carrying a date comes first (``By Jane Doe | May 2``);
    the first byline gives the authors. A line holding only a name right under the title,
    beside a date, after a lone ``By`` or above a job title (``Jane Doe`` / ``Everfit Team``)
    is the byline; a short line holding a date among other furniture (``Travel · March 2,
    2022 · 5 min read``) is a dateline when no cleaner one stands there. Without any date
    there, and none in the URL's path, the first dateline further down the article counts
    (a ``Posted on ...`` line at its end).

Capture banner and masthead
    A weekday date without a time at the top of the page is the capture date when another
    dateline gives the publication date; the first line before the title, if it is a domain,
    a newspaper name or shaped like a brand (not in capitals, not over a one-word menu), is
    the masthead (site name).

Every line is looked at with cheap tests first (length, a digit, a capital); the date and
byline grammars run only on the few lines near candidates.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from urllib.parse import unquote, urlsplit

import attrs
import regex

from . import dates, fields
from .features import END_RULES, PROSE_MIN_WORDS, Features, Verdict, is_prose

__all__ = ["Head", "Slug", "past_fields", "pick_fields", "slug_words"]

#: Title candidates start this many content lines before the run's start ...
_TITLE_BEFORE = 60
#: ... and end this many after it.
_TITLE_AFTER = 10
#: Candidates further than this after the run's start pay :data:`_INSIDE_RUN`.
_RUN_SLACK = 2
#: Capture banners and mastheads stand among the first content lines of a page.
_BANNER_ZONE = 4
#: The meta cluster: this many lines before the title ...
_META_BEFORE = 3
#: ... to this many after it.
_META_AFTER = 8
#: Without a date near the title or in the URL, a dateline is looked for down to this many
#: lines after the article run ...
_FAR_DATE_SLACK = 5
#: ... and at most this many lines after the title.
_FAR_DATE_REACH = 150
#: Lines over this length are not looked at in the search down the article.
_FAR_DATE_MAX = 160
#: A headline over a byline and dateline found away from the title has at most this many
#: words.
_FAR_TITLE_WORDS = 20
#: Before that, a dateline this many content lines above the title, at most, is taken.
_FAR_ABOVE = 8
#: Failing all those, a dateline with one of these labels anywhere on the page.
_PUBLISHED_LABELS = frozenset({"published", "posted"})
#: Lines over this length are not meta lines (bylines, datelines, names): the longest
#: dateline (a labelled date and its categories).
_META_MAX = dates.MAX_CATEGORY_DATELINE
#: Lines of more words than this are not a name line (a name and its credentials).
_NAME_WORDS = 12
#: A line with a date and more words than this besides is a headline, not furniture.
_DATED_WORDS = 8
#: A post heading with its date glued on has at least this many words besides the date.
_GLUED_HEADLINE_WORDS = 4
#: What separates the pieces of furniture on a line (and never stands inside a heading).
_FURNITURE_SEPARATOR = regex.compile(r"[|•·/]|\s[-–—]\s")
#: Lines over this length are not "dated" meta lines (a date among furniture).
_DATED_MAX = 120
#: The publication date beside an update date is at most this many lines away from it.
_BESIDE = 2

# Title score weights (see the module doc).
_META_BONUS = 3.0
#: A dateline or byline right above the candidate (not a sentence of prose), or else a
#: second one right under the first meta line below it.
_META_ABOVE = 1.0
#: The weight of a meta line 1, 2 and 3 lines below the candidate.
_META_DECAY = (1.0, 0.6, 0.4)
_SLUG_BONUS = 7.0
#: The share of that bonus a slug of one word gives.
_ONE_WORD_SLUG = 0.5
_REPEAT_BONUS = 1.0
_TOC_PENALTY = 1.0
#: The first line of a page that starts as a clean article does (see :func:`_top_of_text`).
_TOP_OF_TEXT = 1.5
#: A candidate that is the article run's only line.
_WHOLE_RUN = 1.0
_CONTAINS_BONUS = 1.0
#: The containment test looks at this many candidates with the best cheap scores.
_CONTAIN_POOL = 8
_CRUMB_PENALTY = 2.0
_COLON_PENALTY = 1.0
_PERIOD_PENALTY = 1.0
_INSIDE_RUN = 2.0
#: A candidate among the first lines of the run (a kicker or a dek may start it).
_EARLY_RUN = 2.0
_FAR_PENALTY = 1.0
_DISTANCE = 0.01
#: The line right above the run's first line.
_ADJACENT = 0.5
#: A candidate with at most this many meta lines (and nothing else) between it and the
#: run's first line counts as right above it ...
_META_GAP = 3
#: ... which adds at most this to its score.
_META_GAP_MOST = _ADJACENT + _DISTANCE * (_META_GAP - 1)
#: At most this many lines away from the run are candidates for holding the whole slug.
_SLUG_LINES = 32
#: A standfirst (dek) has at least this many words and fewer capitalised ones than this.
_DEK_WORDS = 8
_DEK_CAPS = 0.5
#: Menu entries glued into one line (see :func:`_glued_menu`), in lines of at most so
#: many words.
_GLUE_WORDS = 8
_GLUE_PENALTY = 2.0
#: The score a candidate needs at least.
_MIN_SCORE = 0.5
#: Log-odds-like prior of a headline's number of words (index = words, capped at 21), plus
#: the base score of 1.
_WORDS_PRIOR = tuple(1.0 + p for p in (
    -3.0, -3.0, -2.0, -0.7, -0.2, 0.3, 0.5, 0.5, 0.5, 0.5, 0.5,
    0.4, 0.3, 0.1, -0.2, -0.5, -0.7, -0.8, -1.0, -1.2, -1.4, -2.0,
))  # fmt: skip

_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
_SLUG_SPLIT = regex.compile(r"[\W_]+")
#: Breadcrumb separators inside a line ("Home > Blog > Title", "Home / Guides / Title").
_CRUMB_SEP = regex.compile(r"\s[>›»/|→]\s")
_CRUMB_CHARS = frozenset(">›»/|→")
#: Labels that stand alone over an author's name ("Written by", "Author:").
_NAME_LABELS = r"""
    (?:written|posted|story|words|reported|article)\s{1,3}by
  | by | author | authors | writer | autor | auteur | par | por | von | автор
"""
#: Labels of the publication date ("Published on", "Posted", "Publish date").
_PUBLICATION_LABELS = r"""
    (?:date\s{1,3})?(?:published|posted)(?:\s{1,3}(?:on|date))?
  | publish(?:ed)?\s{1,3}date | publication\s{1,3}date | date\s{1,3}of\s{1,3}publication
"""
#: A line that is only a byline or date label, the value on the next line.
_LABEL_LINE = regex.compile(
    rf"""
    \s{{0,3}}(?i:
        {_NAME_LABELS}
      | (?:published|reviewed|edited)\s{{1,3}}by
      | (?:news\s{{1,3}})?provided\s{{1,3}}by
      | (?:last\s{{1,3}})?(?:updated|modified|reviewed)(?:\s{{1,3}}on)?
      | {_PUBLICATION_LABELS} | date | dated
    )\s{{0,3}}:?\s{{0,3}}
    """,
    regex.VERBOSE,
)

#: A line that is only a publication-date label, the date on the next line ("Published",
#: "Posted on", "Publish date:").
_PUBLISHED_LABEL_LINE = regex.compile(
    rf"\s{{0,3}}(?i:{_PUBLICATION_LABELS})\s{{0,3}}:?\s{{0,3}}", regex.VERBOSE
)

#: A line that is only an author label, the name on the next line (not a reviewer's or an
#: editor's label: that name is not the author's).
_AUTHOR_LABEL = regex.compile(rf"\s{{0,3}}(?i:{_NAME_LABELS})\s{{0,3}}:?\s{{0,3}}", regex.VERBOSE)
#: A line under a name that says it is the author's ("Author", "| Author", "Post author").
_AUTHOR_ROLE = regex.compile(
    r"\s{0,3}[|•·\-–—]?\s{0,3}(?i:(?:the|post|article)\s{1,3})?(?i:author)\s{0,3}"
)
#: How a date label starts, on the line under an author's name ...
_DATE_LABELS = ("last updated", "updated", "last modified", "published", "posted on")
#: ... and its first letters (a cheap test first).
_DATE_FIRST = frozenset("lupLUP")
#: The first letters of the labels of :data:`_NAME_LABELS` (a cheap test before the regex).
_LABEL_FIRST = frozenset("wpsrabvаWPSRABVА")
#: Label lines are at most this long ...
_FAR_LABEL_CHARS = 30
#: ... and a byline's prefix (or a dateline's "by") starts within this many characters.
_FAR_BY_CHARS = 40
#: A byline with another one at most this many lines away is one of a list.
_BYLINE_LIST = 5

#: Meta kinds of a line: a dateline, a date among other furniture, a byline, a person's
#: name, a lone label ("By", "Last updated:"), a reading time.
_DATE, _DATED, _BYLINE, _NAME, _LABEL, _READING = range(1, 7)


@attrs.frozen
class Head:
    """Which content lines (indexes into the content lines) hold fields, the title's
    key, and where the article's body starts once the fields are taken out."""

    field_at: dict[int, Verdict]
    #: The title's content line, -1 without a title.
    title: int
    title_key: str
    start: int


class Slug(frozenset[str]):
    """What a URL's path tells: its words (longer than two letters, not numbers) as a
    frozenset; ``main``, the words of the article's own slug (the path segment with the most
    such words, the last one on a tie, without a file extension such as ``.html``); and
    ``dated``, whether the path gives a date (``/2021/03/12/``)."""

    main: frozenset[str]
    dated: bool

    def __new__(cls, words: frozenset[str], main: frozenset[str], dated: bool = False) -> Slug:
        self = super().__new__(cls, words)
        self.main = main
        self.dated = dated
        return self

    def __reduce__(self) -> tuple[type[Slug], tuple[frozenset[str], frozenset[str], bool]]:
        return (Slug, (frozenset(self), self.main, self.dated))


_NO_SLUG = Slug(frozenset(), frozenset())


def slug_words(source: str | None) -> Slug:
    """The words of a URL's path (see :class:`Slug`)."""
    if not source or "/" not in source:
        return _NO_SLUG
    try:
        path = urlsplit(source).path
    except ValueError:
        return _NO_SLUG
    words: set[str] = set()
    main: frozenset[str] = frozenset()
    for segment in unquote(path).lower().split("/"):
        found = [w for w in _SLUG_SPLIT.split(segment) if len(w) > 2 and not w.isdigit()]
        words.update(found)
        _, dot, ext = segment.rpartition(".")
        if dot and found and found[-1] == ext:
            found.pop()  # "page.html", "story.php": the extension is not the slug's
        if len(found) >= len(main):
            main = frozenset(found)
    return Slug(frozenset(words), main, dates.date_from_url(source) is not None)


class _Meta:
    """The meta kind of content lines (byline, date, name ...), computed once per line and
    only for the lines asked about."""

    def __init__(
        self, lines: Sequence[str], content: Sequence[int], feats: Sequence[Features]
    ) -> None:
        self._lines = lines
        self._content = content
        self.feats = feats
        self._kinds: dict[int, int] = {}
        #: The first date of each line found to be a dateline (``_DATE``).
        self.datelines: dict[int, dates.DateMatch] = {}

    def kind(self, j: int) -> int:
        """0 for a line that is not meta (or out of range)."""
        if j < 0 or j >= len(self._content):
            return 0
        known = self._kinds.get(j)
        if known is None:
            known = self._kinds[j] = self._measure(j)
        return known

    def _measure(self, j: int) -> int:
        f = self.feats[j]
        if f.n > _META_MAX:
            return 0
        if f.rule == "meta.reading_time":
            return _READING
        text = self._lines[self._content[j]]
        digit = _DIGIT.search(text) is not None  # no date without one
        found = dates.parse_dateline(text) if digit else None
        if found is not None:
            self.datelines[j] = found
            return _DATE
        if fields.parse_byline(text):
            return _BYLINE
        if f.n <= 40 and _LABEL_LINE.fullmatch(text) is not None:
            return _LABEL
        if f.rule is None and f.words <= _NAME_WORDS and fields.looks_like_person_name(text):
            return _NAME
        dated = digit and f.n <= _DATED_MAX and f.rule is None and not is_prose(f)
        return _DATED if dated and dates.find_date(text) is not None else 0


def _title_shape(line: str, f: Features) -> bool:
    """A line that can be a headline: a few words (with a letter among them: "2024 2025"
    or "00 0 0" is no headline), not a rule's, not a sentence of prose."""
    if f.rule is not None or f.n < 8 or f.n > 300 or f.words < 2:
        return False
    if line[-1] == "." and is_prose(f):
        return False
    return _LETTER.search(line) is not None


def _headline_with_date(line: str) -> bool:
    """A line holding a date among many words is a headline with a date in it, not a date
    among furniture ("Jane Doe · March 3, 2021 · 5 min read")."""
    spans = dates.date_spans(line)
    words = len(line.split())
    for start, end in spans:
        words -= len(line[start:end].split())
    if words > _DATED_WORDS:
        return True
    # a blog's post heading with its date glued on, at its start or its end ("Dec 18 2025
    # Preparing a transition in Debusine"): the rest is one phrase, with no separator,
    # and reads as one (small words in lower case among its words), where furniture is
    # names and labels between separators ("Jane Doe · March 3, 2021 · 5 min read")
    if len(spans) != 1 or words < _GLUED_HEADLINE_WORDS:
        return False
    start, end = spans[0]
    if start == 0:
        rest = line[end:]
    elif end == len(line):
        rest = line[:start]
    else:
        return False
    rest = rest.strip()
    if not rest or not rest[0].isupper() or _FURNITURE_SEPARATOR.search(rest) is not None:
        return False
    if dates.holds_reading_time(rest):
        return False  # "March 3, 2021 Jane Doe 5 min read"
    # words in lower case that are not the particles of a name ("Sarah van der Berg")
    lowered = sum(1 for w in rest.split()[1:] if w[0].islower() and not fields.is_name_particle(w))
    return lowered >= 2 and not rest.endswith((".", ":"))


def _glued_menu(key: str) -> bool:
    """A short line made of its first word again and again: menu entries glued together
    ("Sign in Sign up", "Part 1 Part 2 Part 3")."""
    words = key.split()
    return len(words) >= 3 and len(words[0]) >= 3 and 2 * words.count(words[0]) >= len(words)


def _is_dek(j: int, feats: Sequence[Features]) -> bool:
    """Line ``j`` reads like a standfirst under a headline: a sentence in sentence case."""
    if j >= len(feats):
        return False
    f = feats[j]
    return f.rule is None and f.words >= _DEK_WORDS and f.caps_share < _DEK_CAPS


def _slug_share(key: str, slug: frozenset[str]) -> float:
    """The share of the slug's words that a line holds as whole words (``key`` is the
    line's title key: lower case)."""
    held = 0
    for word in slug:
        if word in key:
            # a whole word of the line, not part of a longer one ("care" in "career")
            at = key.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not key[at - 1].isalnum()) and (
                    end == len(key) or not key[end].isalnum()
                ):
                    held += 1
                    break
                at = key.find(word, at + 1)
    if not slug:
        return 0.0
    # one word is weak evidence: any line that happens to hold it would match in full
    return held / len(slug) * (_ONE_WORD_SLUG if len(slug) == 1 else 1.0)


class _Titles:
    """The strongest title candidates and their title keys, for the containment test (see
    the module doc)."""

    def __init__(self, keys: Sequence[str], cands: Sequence[int]) -> None:
        self._items = [(j, f" {keys[j]} ") for j in cands]

    def _inner(self, b: int, kb: str) -> list[int]:
        """The other candidates whose whole words ``kb`` (the key of ``b``) holds."""
        size = len(kb)
        return [a for a, ka in self._items if a != b and 8 <= len(ka) < size and ka in kb]

    @staticmethod
    def _is_crumb(kb: str, ka: str) -> bool:
        """``kb`` is ``ka`` with at least two words before it ("Home Blog <title>") or with a
        label before it ("Blog: <title>", "Project: <title>")."""
        if not kb.endswith(ka):
            return False
        before = kb[: -len(ka)].split()
        return len(before) >= 2 or (len(before) == 1 and before[0][-1] == ":")

    def containment(self, j: int, key: str) -> float:
        """-1, 0 or +1 for candidate ``j`` with title key ``key``: the longer of two
        candidates where one holds the other is the headline, unless the longer is a
        breadcrumb ending in the shorter; a line holding several candidates is a menu."""
        kj = f" {key} "
        inner = self._inner(j, kj)
        if len(inner) >= 2:
            return -1.0
        if inner:
            ka = next(k for a, k in self._items if a == inner[0])
            return -1.0 if self._is_crumb(kj, ka) else 1.0
        size = len(kj)
        if size < 8:
            return 0.0
        for b, kb in self._items:
            if b != j and len(kb) > size and kj in kb and len(self._inner(b, kb)) == 1:
                return 1.0 if self._is_crumb(kb, kj) else -1.0
        return 0.0


def _top_of_text(s: int, feats: Sequence[Features], meta: _Meta) -> bool:
    """The page starts as a clean article does: its first line, then only meta lines (at
    most :data:`_META_GAP`), then the run, whose first line ``s`` is a sentence of prose."""
    return 1 <= s <= 1 + _META_GAP and is_prose(feats[s]) and all(meta.kind(k) for k in range(1, s))


def _banner_over_dated(j: int, lines: Sequence[str], content: Sequence[int], meta: _Meta) -> bool:
    """Line ``j - 1`` is a capture banner at the top of the page ("Saturday January 1
    2000") and a dateline stands right under line ``j``: the date above is the day the page
    was captured, not the candidate's dateline (the clean article has no banner)."""
    return (
        j - 1 < _BANNER_ZONE
        and any(meta.kind(k) == _DATE for k in range(j + 1, j + 1 + _META_GAP))
        and dates.parse_banner(lines[content[j - 1]]) is not None
    )


def _crumb_tails(
    lines: Sequence[str], content: Sequence[int], feats: Sequence[Features]
) -> set[str]:
    """The last part of every breadcrumb line: the page's title, often."""
    crumbs = [k for j, k in enumerate(content) if feats[j].rule == "nav.breadcrumb"]
    tails: set[str] = set()
    for k in crumbs:
        parts = _CRUMB_SEP.split(lines[k])
        if len(parts) > 1:
            tails.add(fields.normalize_title(parts[-1]))
    return tails


def _pick_title(
    lines: Sequence[str],
    content: Sequence[int],
    feats: Sequence[Features],
    keys: Sequence[str],
    counts: dict[str, int],
    s: int,
    e: int,
    slug: frozenset[str],
    meta: _Meta,
    prose: bool,
) -> int:
    """The content index of the title line, or -1.

    On a page without prose (``prose`` false) the first line gets no bonus for standing
    where the run starts: a short first line is no headline for that alone (parsed again,
    the first body line of such a page would become its title).

    Every candidate first gets the cheap part of its score; the meta cluster and the
    containment test (which run the date and byline grammars) are worked out only for the
    candidates that can still win, best first.
    """
    n = len(content)
    lo, hi = max(0, s - _TITLE_BEFORE), min(n - 1, s + _TITLE_AFTER)
    # after the article's text, a related-links heading or a comment section starts other
    # stories: their headlines are not this one's
    for k in range(min(e, n - 1) + 1, hi + 1):
        if feats[k].rule in END_RULES:
            hi = k - 1
            break
    cands = [j for j in range(lo, hi + 1) if _title_shape(lines[content[j]], feats[j])]
    # a masthead at the top of the page ("The Daily Courier", "example.com") is no headline
    cands = [
        j for j in cands if j >= _BANNER_ZONE or fields.parse_site_name(lines[content[j]]) is None
    ]
    if not cands and len(slug) < 2:
        return -1
    tails = _crumb_tails(lines, content, feats)
    run_end = min(e, n - 1) + 1

    def below(j: int) -> bool:
        """Line ``j`` comes back further down, inside the article run."""
        if not 0 <= j < n or counts.get(keys[j], 0) < 2 or max(j + 1, s) >= run_end:
            return False
        try:
            keys.index(keys[j], max(j + 1, s), run_end)
        except ValueError:
            return False
        return True

    def cheap_score(j: int, share: float) -> float:
        """The score of candidate ``j`` without its meta lines and containment; ``share``
        is its share of the slug's words."""
        f = feats[j]
        key = keys[j]
        line = lines[content[j]]
        score = _WORDS_PRIOR[f.words if f.words < 21 else 21] + _SLUG_BONUS * share
        if below(j) and (below(j - 1) or below(j + 1)):
            score -= _TOC_PENALTY  # a table of contents: its entries come back below
        elif counts.get(key, 0) > 1 or key in tails:
            score += _REPEAT_BONUS
        if not _CRUMB_CHARS.isdisjoint(line) and len(_CRUMB_SEP.findall(line)) >= 2:
            score -= _CRUMB_PENALTY
        if f.words <= _GLUE_WORDS and _glued_menu(key):
            score -= _GLUE_PENALTY
        if j == s == e:
            score -= _WHOLE_RUN  # the title would leave the article without a body
        last = line[-1]
        if last == ":":
            score -= _COLON_PENALTY
        elif last == ".":
            score -= _PERIOD_PENALTY
        if j > s + _RUN_SLACK:
            score -= _INSIDE_RUN + _DISTANCE * min(j - s, _TITLE_BEFORE)
            if j > hi:
                score -= _FAR_PENALTY
        elif j < lo:
            score -= _FAR_PENALTY + _DISTANCE * _TITLE_BEFORE
        elif j > s or not prose:
            score -= _EARLY_RUN + _DISTANCE * (j - s)
        elif j == s - 1:
            score += _ADJACENT - _DISTANCE
        else:
            score -= _DISTANCE * (s - j)
        return score

    cheap = [(cheap_score(j, _slug_share(keys[j], slug)), j) for j in cands]
    if len(slug) >= 2:
        # anywhere on the page: the first lines that hold every word of the slug
        rare = max(sorted(slug), key=len)
        holders = [
            j
            for j in range(n)
            if rare in keys[j] and not lo <= j <= hi and all(w in keys[j] for w in slug)
        ]
        for j in holders[:_SLUG_LINES]:
            line = lines[content[j]]
            if _title_shape(line, feats[j]) and feats[j].words <= 25:
                share = _slug_share(keys[j], slug)
                if share >= 1.0:
                    cheap.append((cheap_score(j, share), j))
    # best first; on a tie the earlier line (as a full scan keeping the first best would)
    cheap.sort(key=lambda item: (-item[0], item[1]))
    titles = _Titles(keys, [j for _, j in cheap[:_CONTAIN_POOL]])
    best, best_score = -1, _MIN_SCORE
    # the most the rest of the score can add (the bonuses for the clean article's shape
    # only where the page can give them: a meta line right above the run's first line)
    top = prose and 1 <= s < n and _top_of_text(s, feats, meta)
    gap = prose and s >= 2 and meta.kind(s - 1) != 0
    most = (
        _META_ABOVE
        + _META_BONUS
        + _CONTAINS_BONUS
        + (_META_GAP_MOST if gap else 0.0)
        + (_TOP_OF_TEXT if top else 0.0)
    )
    for score, j in cheap:
        if score + most <= best_score:
            break  # no later candidate can win
        kind = meta.kind(j)
        if kind and not (kind == _DATED and _headline_with_date(lines[content[j]])):
            continue  # a byline, a dateline or a name is not the title
        if meta.kind(j - 1) in (_DATE, _BYLINE) and fields.looks_like_job_title(lines[content[j]]):
            continue  # the author's job under the byline ("National Biotech Reporter")
        # a kicker date or a byline above the headline (above a sentence of prose it is
        # where the text starts, as in every clean article), or else a second meta line
        # right under the first one below: the cluster scores the same whichever side of
        # the headline its two lines stand on (the clean article puts both under it)
        above = (
            meta.kind(j - 1) in (_DATE, _BYLINE)
            and not is_prose(feats[j])
            and not _banner_over_dated(j, lines, content, meta)
        )
        if above:
            score += _META_ABOVE
        elif (
            prose
            and lo <= j < s - 1 <= j + _META_GAP
            and all(meta.kind(k) for k in range(j + 1, s))
        ):
            # the clean article's order: the headline, its meta lines and nothing else,
            # then the text. It stands right above the run, as a headline with its meta
            # lines around it does
            score += _ADJACENT + _DISTANCE * (s - j - 1)
        if j == 0 and top:
            score += _TOP_OF_TEXT
        step = 0  # lines between the candidate and its meta lines, a dek not counted
        for d in range(1, len(_META_DECAY) + 2):
            if meta.kind(j + d):
                score += _META_BONUS * _META_DECAY[step]
                if not above and meta.kind(j + d + 1) in (_DATE, _BYLINE):
                    score += _META_ABOVE
                break
            if not (d == 1 and _is_dek(j + 1, feats)):
                step += 1
                if step == len(_META_DECAY):
                    break
        score += _CONTAINS_BONUS * titles.containment(j, keys[j])
        if score > best_score or (score == best_score and j < best):
            best, best_score = j, score
    return best


def _original_date(
    at: int,
    cluster: Sequence[int],
    lines: Sequence[str],
    content: Sequence[int],
    meta: _Meta,
    banners: Sequence[int],
) -> int:
    """The line of the publication date, where the dateline found (``at``) says it gives
    the update (``Last updated: August 25, 2025``): a short line of ``cluster`` (the
    title's meta cluster, or the lines around a dateline found away from it) right beside
    it (at most :data:`_BESIDE` lines away) with an earlier date not labelled so
    (``January 20th, 2025 by Jane Doe``, ``Posted: ...``) gives the publication date,
    since an update comes after it. Dates further off may be those of other items (a list
    of publications under the text)."""
    if meta.kind(at) == _DATE and meta.datelines[at].label != "updated":
        # the line's first date is not an update, so its publication date is not one
        # either (the common case: no second parse of the line)
        return at
    found = dates.publication_date(lines[content[at]])
    if found is None or found.label != "updated":
        return at
    feats = meta.feats
    updated = found.value.replace(tzinfo=None)
    for j in cluster:
        if j == at or abs(j - at) > _BESIDE or j in banners:
            continue
        if feats[j].n > _DATED_MAX or feats[j].rule is not None:
            continue
        other = dates.publication_date(lines[content[j]])
        if other is None or other.label == "updated":
            continue
        if other.value.replace(tzinfo=None) < updated:
            return j
    return at


def _cluster(anchor: int, n: int) -> list[int]:
    """The lines of the meta cluster around a title: after it first, nearest first, then
    the lines right above it."""
    after = list(range(anchor + 1, min(n, anchor + 1 + _META_AFTER)))
    before = list(range(anchor - 1, max(-1, anchor - 1 - _META_BEFORE), -1))
    return after + before


def _name_line(
    j: int, anchor: int, lines: Sequence[str], content: Sequence[int], meta: _Meta, titled: bool
) -> bool:
    """Whether content line ``j`` holds only author names: a line that looks like a
    person's name on its own (near the title), or, judged by its place, a name line right
    under the title (``anchor``; without a title, ``titled`` false, the anchor is the first
    line of the text, and a line under it is in no byline's place), beside a date or a
    reading time, after a lone ``By`` or
    above a job title (``Jane Doe`` / ``Senior Writer``); under the title's standfirst, a
    name line whose first name is a person's (``Jane Doe | Guest Columnist``, where a
    subheading such as ``Waterfall Model`` stands in the same place)."""
    kind = meta.kind(j)
    if kind == _NAME:
        return True
    if kind or j < anchor:
        return False
    near = (meta.kind(j - 1), meta.kind(j + 1))
    placed = (
        (titled and j == anchor + 1)
        or any(k in (_DATE, _DATED, _LABEL, _READING) for k in near)
        or (j + 1 < len(content) and fields.looks_like_job_title(lines[content[j + 1]]))
    )
    if placed:
        return bool(fields.parse_author_line(lines[content[j]]))
    if j != anchor + 2 or meta.kind(anchor + 1) or not _is_dek(anchor + 1, meta.feats):
        return False
    names = fields.parse_author_line(lines[content[j]])  # under the standfirst
    return names is not None and len(names) > 0 and fields.looks_like_person_name(names[0])


def _far_byline(
    lines: Sequence[str],
    content: Sequence[int],
    feats: Sequence[Features],
    field_at: dict[int, Verdict],
    *,
    boxes_only: bool = False,
) -> int | None:
    """Without a byline near the title: an author box anywhere on the page (a line that is
    a person's name, over a biography that starts with it: ``Jane Doe`` / ``Jane Doe is a
    reporter ...`` or ``Jane has covered ...``; see :func:`_bio_of`), else (unless
    ``boxes_only``) the first line of the page that is a byline by its own words or by its
    neighbours (see :func:`_far_byline_at`) and not one of several bylines within
    :data:`_BYLINE_LIST` lines of each other (a list of other posts, or comments), else an
    author box with a job title between the name and the biography (``Jane Doe`` /
    ``Senior Writer`` / ``Jane has covered ...``): a page that signs its article ``Written
    by ...`` may also print boxes of its other writers."""
    n = len(content)
    titled: int | None = None
    for j in range(n - 1):
        f = feats[j]
        if j in field_at or f.rule is not None or f.words > _NAME_WORDS or f.words < 2:
            continue
        name = lines[content[j]]
        if feats[j + 1].words >= PROSE_MIN_WORDS:
            following = lines[content[j + 1]]
            # the cheap test first: a biography starts with the name's first letter
            if (
                following[:1] == name[:1]
                and _bio_of(name, following)
                and fields.looks_like_person_name(name)
            ):
                return j
        elif (
            # the line under the name is short (no prose): maybe a job title
            titled is None
            and j + 2 < n
            and feats[j + 2].words >= PROSE_MIN_WORDS
            and lines[content[j + 2]][:1] == name[:1]
            and _bio_of(name, lines[content[j + 2]])
            and fields.looks_like_job_title(lines[content[j + 1]])
            and fields.looks_like_person_name(name)
        ):
            titled = j
    if boxes_only:
        return titled
    for j in range(n):
        f = feats[j]
        if f.rule is not None or f.n > _META_MAX or j in field_at:
            continue  # the cheap tests of _far_byline_at, without a call for each line
        if _far_byline_at(j, lines, content, feats):
            # a byline among others is a list of posts or comments, not the article's
            near = range(max(0, j - _BYLINE_LIST), min(n, j + _BYLINE_LIST + 1))
            if not any(k != j and _far_byline_at(k, lines, content, feats) for k in near):
                return j
    return titled


def _bio_of(name: str, text: str) -> bool:
    """Whether ``text`` starts like the biography of an author box under ``name``: with
    the name (``Jane Doe is a reporter ...``), or with its first word and a word in lower
    case (``Jane has covered ...``; not ``Jane Smith``, someone else)."""
    if text.startswith(name + " "):
        return True
    first = name.split(" ", 1)[0]
    if len(first) < 2 or not text.startswith(first + " "):
        return False
    after = text[len(first) + 1 : len(first) + 2]
    return after.islower()


def _far_byline_at(
    j: int, lines: Sequence[str], content: Sequence[int], feats: Sequence[Features]
) -> bool:
    """Whether content line ``j``, away from the title, is a byline: a line with a byline
    prefix (``By``, ``Written by``, ``Posted by``, ``Author:``) or a dateline with ``by``
    and names; or a line holding only names, told so by the line above (a lone ``Written
    by`` / ``Author:``) or below (a lone ``Author``, as author boxes and comment badges
    print it, or a labelled date: ``Jane Doe`` / ``Last updated: May 2, 2024``).

    Cheap tests first: only short lines are looked at, and the byline grammar runs only on
    lines whose first characters (or whose neighbour's) hold such a label.
    """
    f = feats[j]
    if f.rule is not None or f.n > _META_MAX:
        return False
    text = lines[content[j]]
    head = text[:_FAR_BY_CHARS].casefold()
    by = head.startswith("by") or " by" in head or "auth" in head
    if by and fields.parse_byline(text):
        return True
    if f.words > _NAME_WORDS or not text[:1].isupper() or _DIGIT.search(text) is not None:
        return False
    if j > 0 and feats[j - 1].n <= _FAR_LABEL_CHARS:
        above = lines[content[j - 1]]
        if above.lstrip()[:1] in _LABEL_FIRST and _AUTHOR_LABEL.fullmatch(above) is not None:
            return bool(fields.parse_author_line(text))
    if j + 1 >= len(content):
        return False
    below = lines[content[j + 1]]
    role = feats[j + 1].n <= _FAR_LABEL_CHARS and "uthor" in below
    if role and _AUTHOR_ROLE.fullmatch(below) is not None:
        return bool(fields.parse_author_line(text))
    if below[:1] in _DATE_FIRST and below[:_FAR_LABEL_CHARS].casefold().startswith(_DATE_LABELS):
        return fields.looks_like_person_name(text) and _labelled_date(below)
    return False


def _labelled_date(text: str) -> bool:
    """A line giving the publication or update date with its label (``Last updated: May 2,
    2024``, ``Published on ...``), or only the label (the date on the next line)."""
    if len(text) <= _FAR_LABEL_CHARS and _LABEL_LINE.fullmatch(text) is not None:
        return True
    found = dates.parse_dateline(text) if _DIGIT.search(text) is not None else None
    return found is not None and found.label is not None


def _datelines_beside(
    at: int, lines: Sequence[str], content: Sequence[int], feats: Sequence[Features]
) -> Iterator[tuple[int, dates.DateMatch]]:
    """The datelines right under and right above line ``at`` (in that order), with their
    first dates."""
    for k in (at + 1, at - 1):
        if 0 <= k < len(content) and feats[k].n <= _FAR_DATE_MAX:
            found = dates.parse_dateline(lines[content[k]])
            if found is not None:
                yield k, found


def _title_over_meta(
    at: int,
    lines: Sequence[str],
    content: Sequence[int],
    feats: Sequence[Features],
    keys: Sequence[str],
    field_at: dict[int, Verdict],
    meta: _Meta,
) -> tuple[int, int] | None:
    """The headline over the byline ``at`` found away from the title picked (which has
    neither byline nor dateline near it), where a dateline stands right beside that byline
    (an update's too): the line right above the pair, if it is shaped like a headline (a
    few words, starting with a capital or a digit, not a sentence, longer than the line
    above unless that is a copy) and is no meta line itself, nor under one. That is the
    page's real headline, far from the text the run found (a long list page:
    ``Headline`` / ``Jane Doe`` / ``Last Updated: ...``), and the last line of the pair."""
    date_at = next((k for k, _found in _datelines_beside(at, lines, content, feats)), None)
    if date_at is None:
        return None
    j = min(at, date_at) - 1
    if _is_dek(j, feats) and j > 0:
        j -= 1  # the headline's standfirst between it and the byline
    if j < 0 or j in field_at:
        return None
    line, f = lines[content[j]], feats[j]
    if not _title_shape(line, f) or f.words > _FAR_TITLE_WORDS:
        return None
    if not (line[0].isupper() or line[0].isdigit()) or meta.kind(j) or meta.kind(j - 1):
        return None
    if j > 0 and feats[j - 1].words >= f.words and keys[j - 1] != keys[j]:
        # no longer than the line above it (and no copy of it): the last item of a list
        # ("Herb guide for beginners" / "Lawn guide for beginners"), not a headline under
        # the menu
        return None
    return j, max(at, date_at)


def _date_beside_byline(
    at: int,
    lines: Sequence[str],
    content: Sequence[int],
    feats: Sequence[Features],
    field_at: dict[int, Verdict],
) -> int | None:
    """Where no date was found anywhere else: a dateline right under or above the byline
    ``at``, wherever the byline stands ("Written by Jane Doe" / "April 8, 2024" under the
    text), marked as the dateline. Not an update's date ("Last Updated Nov 6, 2025"): away
    from the title, a byline's update date is too often not the day the article came out."""
    for k, found in _datelines_beside(at, lines, content, feats):
        if k not in field_at and found.label != "updated":
            field_at[k] = Verdict("dateline", "field.dateline")
            return k
    return None


def _byline_beside(at: int, field_at: dict[int, Verdict], meta: _Meta) -> int | None:
    """The byline or name line right above or under the dateline ``at``, if that dateline
    is the only one within :data:`_BYLINE_LIST` lines (several dates there are a list of
    posts, each with its own author)."""
    found = next(
        (k for k in (at - 1, at + 1) if k not in field_at and meta.kind(k) in (_BYLINE, _NAME)),
        None,
    )
    if found is None:
        return None
    for k in range(at - _BYLINE_LIST, at + _BYLINE_LIST + 1):
        if k != at and meta.kind(k) == _DATE:
            return None
    return found


def pick_fields(
    lines: Sequence[str],
    content: Sequence[int],
    feats: Sequence[Features],
    keys: Sequence[str],
    counts: dict[str, int],
    start: int,
    end: int,
    slug: frozenset[str],
    *,
    prose: bool = True,
) -> Head:
    """Field lines around the article run ``start..end`` (indexes into ``content``);
    ``prose`` is false where the page holds no prose and the "run" is the whole page.

    ``keys`` holds each content line's title key (:func:`fields.normalize_title`) and
    ``counts`` how often each key occurs on the page.
    """
    s, e = start, end
    n = len(content)
    meta = _Meta(lines, content, feats)
    field_at: dict[int, Verdict] = {}

    main = slug.main if isinstance(slug, Slug) else slug
    best_title = _pick_title(lines, content, feats, keys, counts, s, e, main, meta, prose)
    title_key = ""
    run_start = s  # before the title moves it (the title may move, see below)
    if best_title >= 0:
        field_at[best_title] = Verdict("title", "field.title")
        title_key = keys[best_title]
        if s <= best_title <= min(e - 1, s + _RUN_SLACK):
            s = best_title + 1
    anchor = best_title if best_title >= 0 else s

    # Capture banners: weekday dates without a time before the title, at the top of the
    # page. They are the capture date when another dateline gives the publication date.
    banners = [
        j
        for j in range(min(anchor, _BANNER_ZONE))
        if dates.parse_banner(lines[content[j]]) is not None
    ]
    # Without a title the anchor is the run's first line, which can be the dateline itself
    # (in the clean article the dateline comes first when there is no title).
    around = _cluster(anchor, n) if best_title >= 0 else [anchor, *_cluster(anchor, n)]
    cluster = [j for j in around if j not in field_at]

    def dated_byline(j: int) -> bool:
        text = lines[content[j]]
        return (
            meta.kind(j) == _BYLINE
            and _DIGIT.search(text) is not None
            and (dates.find_date(text) is not None)
        )

    # the nearest date: a dateline, or a byline that carries one ("By Jane Doe | May 2")
    first = next(
        (j for j in cluster if (meta.kind(j) == _DATE and j not in banners) or dated_byline(j)),
        None,
    )
    on_byline = first is not None and meta.kind(first) == _BYLINE
    published_at = None if on_byline else first
    if published_at is None and not on_byline:
        published_at = next((j for j in cluster if meta.kind(j) == _DATED), None)
    if published_at is None and banners and not on_byline:
        published_at = banners.pop(0)
    # No date near the title and none in the URL: look further.
    look_further = not on_byline and not (isinstance(slug, Slug) and slug.dated)
    if published_at is None and look_further:
        # the nearest dateline a little further above the title (date, section and
        # author lines over a blog post's headline) ...
        for j in range(anchor - _META_BEFORE - 1, max(-1, anchor - _FAR_ABOVE - 1), -1):
            if j in field_at or j in banners or feats[j].n > _FAR_DATE_MAX:
                continue
            if dates.parse_dateline(lines[content[j]]) is not None:
                published_at = j
                break
    if published_at is None and look_further:
        # ... else the first dateline further down the article (a "Posted on ..." line at
        # its end)
        stop = min(n, max(e, anchor) + _FAR_DATE_SLACK, anchor + _FAR_DATE_REACH)
        for j in range(anchor + _META_AFTER + 1, stop):
            if feats[j].n > _FAR_DATE_MAX or j in field_at:
                continue  # the paragraphs of the article: far longer than a dateline
            if dates.parse_dateline(lines[content[j]]) is not None:
                published_at = j
                break
    if published_at is None and look_further:
        # ... else the first line anywhere on the page that says it gives the publication
        # date ("Published: Nov. 19, 2025")
        for j in range(n):
            if j in field_at or feats[j].n > _FAR_DATE_MAX or feats[j].rule is not None:
                continue
            text = lines[content[j]]
            if _DIGIT.search(text) is None:
                continue
            found = dates.parse_dateline(text)
            if found is None:
                continue
            if found.label in _PUBLISHED_LABELS or (
                found.label is None
                and j > 0
                and feats[j - 1].n <= _FAR_LABEL_CHARS
                and _PUBLISHED_LABEL_LINE.fullmatch(lines[content[j - 1]]) is not None
            ):
                published_at = j
                break
    if published_at is not None:
        # the lines beside it: the title's meta cluster, or where the dateline was found
        # away from the title, its own neighbours (a "Posted" line under an "Updated" one)
        beside = (
            cluster
            if published_at in cluster
            else [k for k in _cluster(published_at, n) if k not in field_at]
        )
        published_at = _original_date(published_at, beside, lines, content, meta, banners)
        field_at[published_at] = Verdict("dateline", "field.dateline")
    if banners:
        field_at[banners[0]] = Verdict("captured", "field.captured")

    byline_at = (
        first
        if on_byline
        else next((j for j in cluster if meta.kind(j) == _BYLINE and j not in field_at), None)
    )
    # names printed on the dateline itself ("Jane Doe | March 3, 2021") are the authors
    # unless a byline says otherwise: a line holding only a name is not taken over them,
    # nor a byline found far from the title
    named = (
        byline_at is None
        and published_at is not None
        and bool(fields.dateline_authors(lines[content[published_at]]))
    )
    if byline_at is None and not named:
        byline_at = next(
            (
                j
                for j in cluster
                # a copy of the title is the title again, not a name under it
                if j not in field_at
                and keys[j] != title_key
                and _name_line(j, anchor, lines, content, meta, best_title >= 0)
            ),
            None,
        )
    if byline_at is None and not named and published_at not in cluster:
        # a dateline found away from the title: a byline right beside it, unless the
        # dateline is one of a list (other posts, each with its date and author)
        byline_at = None if published_at is None else _byline_beside(published_at, field_at, meta)
    if byline_at is None:
        # no byline near the title; where the dateline names the authors, only an author
        # box (which names them again) is looked for
        byline_at = _far_byline(lines, content, feats, field_at, boxes_only=named)
    if byline_at is not None:
        field_at[byline_at] = Verdict("byline", "field.byline")
        if best_title >= 0 and byline_at not in around and published_at not in around:
            over = _title_over_meta(byline_at, lines, content, feats, keys, field_at, meta)
            if over is not None and over[0] < run_start:  # a headline stands above its text
                moved, pair_end = over
                # the line first picked goes back to the text, where the run starts
                del field_at[best_title]
                if s == best_title + 1:
                    s = run_start
                field_at[moved] = Verdict("title", "field.title")
                best_title, title_key = moved, keys[moved]
                # the article starts under its headline, byline and date
                s = min(s, pair_end + 1)
        if published_at is None and look_further:
            published_at = _date_beside_byline(byline_at, lines, content, feats, field_at)

    # Masthead: the first line, short and name-like, before the title: a domain or a
    # newspaper name, or a line shaped like a brand (not in capitals: that is a kicker)
    # that no rule claims.
    if anchor > 0 and 0 not in field_at and feats[0].n <= 60:
        top = lines[content[0]]
        brand = (
            feats[0].rule is None
            and not top.isupper()  # a kicker: "EXCLUSIVE", "FOR IMMEDIATE RELEASE"
            and fields.looks_like_brand(top) is not None
        )
        if brand or fields.parse_site_name(top):
            field_at[0] = Verdict("site", "field.site")

    return Head(
        field_at=field_at,
        title=best_title,
        title_key=title_key,
        start=past_fields(s, e, field_at),
    )


def past_fields(s: int, e: int, field_at: dict[int, Verdict]) -> int:
    """The first line of the run ``s..e`` that is not a field line: field lines inside the
    run move its start past them."""
    while s <= e and s in field_at:
        s += 1
    return s
