"""Hypothesis strategies for cleanscrape's property tests, all in one place.

Three families:

* **arbitrary text** (:func:`any_text`, :func:`messy_text`): every ``str`` hypothesis can
  build, and text biased towards the characters the normalizer has to touch (line
  separators, odd spaces, control and zero-width characters, mojibake pairs).
* **article-like pages** (:func:`article_pages`, :func:`article_texts`): a page assembled
  the way scraped pages look, from parts written here: a masthead, a capture banner, a
  title (often repeated), a dateline, a byline, prose paragraphs, subheadings, and chrome
  lines (follow / share / subscribe / loading / "see more" / separators / legal lines)
  before, inside and after the article, in the seeds' style (a blank line between
  paragraphs) or the crawler's style (one block per line).
* **adversarial lines** (:data:`ADVERSARIAL_TOKENS`, :func:`adversarial_texts`): tokens that
  tempt backtracking in date, byline and chrome patterns, repeated into long lines or into
  many lines just under the length limits the classifier uses.

Every text here is invented for the tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

__all__ = [
    "ADVERSARIAL_TOKENS",
    "CHROME_LINES",
    "Page",
    "adversarial_texts",
    "any_text",
    "article_pages",
    "article_texts",
    "messy_text",
    "sources",
]

# --- arbitrary text ---------------------------------------------------------------------

#: Characters that normalization rewrites or drops, and that line splitting must survive.
_AWKWARD = (
    "\n\n\n\r\r\n\t \u00a0\u2028\u2029\u0085\u000b\u000c\u001c\u001e\u200b\u2060\ufeff"
    "\u00ad\u3000\u202f\x00\x01\x1b\x7f\x9f"
    # halves of mojibake pairs (UTF-8 read as cp1252) and their usual partners
    "\u00c3\u00c2\u00e2\u00a9\u00a8\u20ac\u2122\u0153\u00bc"
    # punctuation the chrome and date patterns look at
    "-–—|•·.:,;!?…()[]@#/+*©>«»\"'’“”"
)


def any_text() -> st.SearchStrategy[str]:
    """Every ``str`` hypothesis can build (control characters included)."""
    return st.text()


def messy_text() -> st.SearchStrategy[str]:
    """Text biased towards line breaks, odd spaces, control characters and mojibake."""
    awkward = st.text(alphabet=_AWKWARD, max_size=40)
    words = st.sampled_from(
        [
            "By",
            "Follow us",
            "Loading...",
            "12 March 2021",
            "16:20",
            "See more",
            "Share",
            "a",
            "the",
            "Menu",
            "Ã©tÃ©",
            "cafÃ©",
            "Ð¼Ð¸Ñ€",
            "Подписаться",
            "Anzeige",
            "© 2024",
            # scripts without spaces, and other scripts' full stops and clocks
            "国家统计局发布数据显示",
            "，",
            "。",
            "กรุงเทพมหานคร ",
            "मौसम विभाग।",
            "2024年3月12日 16時20分",
            "12 marca 2021",
        ]
    )
    piece = st.one_of(awkward, st.text(max_size=20), words)
    return st.lists(piece, max_size=30).map("".join)


def sources() -> st.SearchStrategy[str | None]:
    """A ``source`` argument: nothing, a path, a URL with a slug, or any text."""
    slug_words = st.lists(st.sampled_from(_CONTENT_WORDS), min_size=1, max_size=8)
    urls = st.builds(
        lambda host, words, tail: f"https://{host}/news/{'-'.join(words)}{tail}",
        st.sampled_from(["www.example.org", "news.example.com", "example.net"]),
        slug_words,
        st.sampled_from(["", "/", ".html", "?id=3", "#top"]),
    )
    return st.one_of(st.none(), urls, st.just("pages/article-1.txt"), st.text(max_size=60))


# --- article-like pages -----------------------------------------------------------------

_FUNCTION_WORDS = (
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "is",
    "was",
    "for",
    "on",
    "with",
    "that",
    "by",
    "from",
    "at",
    "as",
    "it",
    "which",
    "after",
    "has",
    "had",
    "their",
    "its",
    "this",
)
_CONTENT_WORDS = (
    "council",
    "river",
    "harbour",
    "minister",
    "budget",
    "station",
    "village",
    "report",
    "bridge",
    "teachers",
    "festival",
    "engineers",
    "court",
    "farmers",
    "weather",
    "library",
    "museum",
    "election",
    "ferry",
    "orchard",
    "market",
    "hospital",
    "railway",
    "committee",
    "volunteers",
    "project",
    "school",
    "district",
    "agreement",
    "storm",
    "mayor",
    "season",
    "residents",
    "vote",
    "plan",
    "study",
    "water",
    "energy",
    "visitors",
    "road",
    "league",
)
_NAMES_FIRST = ("Mara", "Tomas", "Ilse", "Oren", "Priya", "Jonas", "Aiko", "Leona", "Dmitri")
_NAMES_LAST = ("Halvorsen", "Quill", "Benedetti", "Okafor", "Lindqvist", "Varga", "Moreau")
_SITES = ("Brightwater Gazette", "Kelvara.Example", "www.northfield-post.example", "Dunmore Daily")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Chrome lines of the kinds the default rules name (invented wording).
CHROME_LINES: tuple[str, ...] = (
    "--",
    "***",
    "* * *",
    "Follow us on Twitter @BrightwaterGaz",
    "Like us on Facebook",
    "Loading...",
    "Latest See more",
    "Read more",
    "View all",
    "Share",
    "Share on X",
    "Tweet",
    "Email",
    "Print",
    "Advertisement",
    "Anzeige",
    "Menu",
    "Search",
    "Skip to content",
    "Back to top",
    "Sign in",
    "Home > News > Region",
    "Related articles",
    "You may also like",
    "Most read",
    "Subscribe now for unlimited access to every story.",
    "Already a subscriber? Log in",
    "Sign up for our morning newsletter",
    "We use cookies to improve your experience on our site.",
    "© 2024 Brightwater Media. All rights reserved.",
    "Privacy Policy",
    "Terms of Use",
    "Contact us",
    "Leave a comment",
    "12 Comments",
    "Photo: Mara Quill",
    "Tags: harbour, council, weather",
    "5 min read",
    "1.2K shares",
    "Folgen Sie uns auf Instagram",
    "Suivez-nous sur Facebook",
    "Síguenos en Twitter",
    "Загрузка...",
    "Реклама",
)


def _sentence(draw: st.DrawFn) -> str:
    n = draw(st.integers(8, 24))
    vocab = st.one_of(st.sampled_from(_FUNCTION_WORDS), st.sampled_from(_CONTENT_WORDS))
    words = [draw(vocab) for _ in range(n)]
    if draw(st.booleans()):
        words.insert(draw(st.integers(1, n - 1)), draw(st.sampled_from(_NAMES_LAST)))
    if draw(st.integers(0, 4)) == 0:
        words.insert(draw(st.integers(1, n - 1)), str(draw(st.integers(2, 2030))))
    text = " ".join(words)
    return text[0].upper() + text[1:] + draw(st.sampled_from([".", ".", ".", "!", "?", "…"]))


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    return " ".join(_sentence(draw) for _ in range(draw(st.integers(1, 4))))


@st.composite
def _title(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_CONTENT_WORDS), min_size=3, max_size=10))
    joiners = ["", "", " for", " and", " in"]
    parts = [w.capitalize() + draw(st.sampled_from(joiners)) for w in words]
    return " ".join(parts)


@st.composite
def _author(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(_NAMES_FIRST))} {draw(st.sampled_from(_NAMES_LAST))}"


@st.composite
def _byline(draw: st.DrawFn) -> str:
    a, b = draw(_author()), draw(_author())
    form = draw(st.integers(0, 4))
    if form == 0:
        return f"By {a}"
    if form == 1:
        return f"By {a} and {b}"
    if form == 2:
        return f"Written by {a}"
    if form == 3:
        return f"Author: {a}"
    return f"Von {a}"


_DATES = st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2035, 12, 31))


@st.composite
def _dateline(draw: st.DrawFn) -> str:
    d = draw(_DATES)
    month = _MONTHS[d.month - 1]
    form = draw(st.integers(0, 6))
    if form == 0:
        sign = draw(st.sampled_from("+-"))
        return f"{d.day} {month} {d.year} {d:%H:%M} (UTC{sign}0{draw(st.integers(0, 9))}:00)"
    if form == 1:
        return f"{month} {d.day}, {d.year} {d:%I:%M} {d:%p} {draw(st.sampled_from(['EST', 'GMT']))}"
    if form == 2:
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if form == 3:
        return d.strftime("%d.%m.%Y %H:%M")
    if form == 4:
        return f"Published {d.day} {month[:3]} {d.year}"
    if form == 5:
        return f"Updated: {month} {d.day}, {d.year}"
    return f"{_WEEKDAYS[d.weekday()][:3]} {d.day} {month[:3]} {d.year} {d:%H.%M} GMT"


@st.composite
def _banner(draw: st.DrawFn) -> str:
    d = draw(_DATES).date()
    return f"{_WEEKDAYS[d.weekday()]} {_MONTHS[d.month - 1]} {d.day} {d.year}"


@attrs.frozen
class Page:
    """An invented scraped page and the parts it was built from."""

    text: str
    title: str
    paragraphs: tuple[str, ...]
    chrome: tuple[str, ...]
    #: ``"\n\n"`` (seed style) or ``"\n"`` (crawler style, no blank lines).
    separator: str


def _maybe(draw: st.DrawFn, value: str, p_true: int = 1, out_of: int = 2) -> list[str]:
    return [value] if draw(st.integers(0, out_of - 1)) < p_true else []


@st.composite
def article_pages(draw: st.DrawFn) -> Page:
    """A page in the shape scraped news pages take, with chrome in the usual places."""
    chrome = st.sampled_from(CHROME_LINES)
    title = draw(_title())
    paragraphs = draw(st.lists(_paragraph(), min_size=1, max_size=9))
    head: list[str] = []
    head += _maybe(draw, draw(st.sampled_from(_SITES)))
    head += _maybe(draw, draw(_banner()))
    head += draw(st.lists(chrome, max_size=3))
    head.append(title)
    head += _maybe(draw, draw(_dateline()), 3, 4)
    head += _maybe(draw, title)  # the repeated title, as in the seeds
    head += _maybe(draw, draw(_byline()))
    body: list[str] = []
    for para in paragraphs:
        if draw(st.integers(0, 5)) == 0:
            body.append(draw(_title()))  # a subheading
        body.append(para)
        if draw(st.integers(0, 6)) == 0:
            body.append(draw(chrome))  # chrome inside the article (ad label, share row)
    tail = draw(st.lists(chrome, max_size=6))
    if draw(st.booleans()):
        tail += draw(st.lists(_title(), min_size=2, max_size=5))  # a block of teaser links
    lines = head + body + tail
    used_chrome = tuple(line for line in lines if line in CHROME_LINES)
    separator = draw(st.sampled_from(["\n\n", "\n"]))
    text = separator.join(lines)
    if draw(st.integers(0, 3)) == 0:
        text = text.replace("\n", "\r\n")
    if draw(st.integers(0, 3)) == 0:
        text = "\ufeff" + text + draw(st.sampled_from(["\n", "  \n\n", "\u00a0"]))
    return Page(
        text=text,
        title=title,
        paragraphs=tuple(paragraphs),
        chrome=used_chrome,
        separator=separator,
    )


def article_texts() -> st.SearchStrategy[str]:
    """The text of :func:`article_pages`."""
    return article_pages().map(lambda p: p.text)


# --- adversarial lines ------------------------------------------------------------------

#: Tokens that, repeated, tempt a backtracking regex: prefixes of bylines, dates, chrome
#: phrases, separators and punctuation the patterns look at.
ADVERSARIAL_TOKENS: tuple[str, ...] = (
    "By ",
    "a",
    "(",
    ".",
    "-",
    "12 ",
    "12.",
    "1.1.",
    "12:",
    "March 12, ",
    "Mar. ",
    "Thursday ",
    "UTC+",
    "+04:00 ",
    "Follow us ",
    "See more",
    "Latest ",
    "Share ",
    "Home > ",
    "© ",
    "Tags: a, ",
    "* ",
    "—",
    "| ",
    "@",
    "https://",
    "By A, B and ",
    "Written by ",
    "ab ",
    "Ã©",
    " \t ",
    "Подписка ",
)


def adversarial_line(token: str, chars: int) -> str:
    """``token`` repeated to ``chars`` characters (one line, no newline)."""
    reps = max(1, chars // len(token))
    return (token * reps)[:chars]


def many_lines(token: str, line_chars: int, total_chars: int) -> str:
    """Lines of ``token`` repeated to ``line_chars`` characters, ``total_chars`` in all."""
    line = adversarial_line(token, line_chars)
    return "\n".join([line] * max(1, total_chars // (len(line) + 1)))


def adversarial_texts(tokens: Sequence[str] = ADVERSARIAL_TOKENS) -> st.SearchStrategy[str]:
    """Short hostile texts for hypothesis: repeated tokens at the length limits."""
    return st.builds(
        lambda tok, n, lines: "\n".join([adversarial_line(tok, n)] * lines),
        st.sampled_from(tokens),
        st.sampled_from([1, 39, 79, 80, 81, 199, 200, 201, 299, 399, 400, 401, 2000]),
        st.integers(1, 5),
    )
