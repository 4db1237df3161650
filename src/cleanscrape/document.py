"""One document: normalize, split into lines, classify, assemble an :class:`Article`."""

from __future__ import annotations

import datetime as dt

from . import dates, fields
from .classify import Verdict, classify
from .config import Config
from .model import FIELD_ROLES, Article, Line, Removed
from .normalize import normalize, split_lines

__all__ = ["explain", "parse"]

#: The first character of a copyright notice (``© 2025 ...``, ``(c) ...``, ``Copyright ...``):
#: only removed lines that start with one are read for a holder.
_NOTICE_FIRST = "©ⓒⒸ(Cc"


def explain(
    text: str | bytes, *, source: str | None = None, config: Config | None = None
) -> tuple[Line, ...]:
    """Every line of the normalized text with its role and the rule that decided it."""
    cfg = config or Config()
    lines = split_lines(normalize(text, cfg))
    verdicts = classify(lines, cfg.rules, source=source)
    return tuple(
        Line(number=i, text=t, role=v.role, rule=v.rule)
        for i, (t, v) in enumerate(zip(lines, verdicts))
    )


def parse(text: str | bytes, *, source: str | None = None, config: Config | None = None) -> Article:
    """Parse one scraped article.

    ``text`` is the page as text (bytes are decoded, see :func:`cleanscrape.normalize.decode`);
    ``source`` is a path, URL or record id kept on the article (a URL also helps find the
    title). Raises only :class:`~cleanscrape.DecodeError` for bytes that are not text and
    :class:`~cleanscrape.InputTooLargeError` for inputs over ``config.max_bytes``.
    """
    cfg = config or Config()
    lines = split_lines(normalize(text, cfg))
    verdicts = classify(lines, cfg.rules, source=source)
    return assemble(lines, verdicts, source=source)


def assemble(lines: list[str], verdicts: list[Verdict], *, source: str | None) -> Article:
    """Build the :class:`Article` from classified lines; field values are parsed here
    (see :func:`_field_values`)."""
    # comprehensions, one per kind of line: far faster than one loop with branches
    roles = [v.role for v in verdicts]
    removed = [Removed(i, lines[i], verdicts[i].rule) for i, r in enumerate(roles) if r == "chrome"]
    body_lines = [i for i, r in enumerate(roles) if r == "body"]
    body = [lines[i] for i in body_lines]
    field_lines = [
        Line(number=i, text=lines[i], role=r, rule=verdicts[i].rule)
        for i, r in enumerate(roles)
        if r in FIELD_ROLES
    ]
    site, captured, title, published, authors = _field_values(
        field_lines, source, lines, body[0] if body else None, removed
    )
    return Article(
        site=site,
        captured=captured,
        title=title,
        published=published,
        authors=authors,
        body=tuple(body),
        removed=tuple(removed),
        source=source,
        body_lines=tuple(body_lines),
        field_lines=tuple(field_lines),
    )


def _field_values(
    field_lines: list[Line],
    source: str | None,
    lines: list[str],
    lead: str | None,
    removed: list[Removed],
) -> tuple[str | None, dt.date | None, str | None, dt.datetime | None, tuple[str, ...]]:
    """Site, capture date, title, publication date and authors of the field lines.

    The publication date comes from the dateline, else from a date on the byline, else
    from the URL's path (``/2021/03/12/``), else from a date glued to the headline (``Dec 18
    2025 Preparing a transition``, a blog's post heading); a slash date that reads both
    ways and that its line cannot settle is settled by the page
    (:func:`dates.settle_on_page`). The authors come from the byline, else from names
    printed beside the date on the dateline (``Jane Doe | March 3, 2021``), else from the
    credit a wire story opens its first paragraph, ``lead``, with
    (``新华社北京3月12日电（记者王明）``, ``(서울=연합뉴스) 홍길동 기자 =``,
    ``【ワシントン＝山田太郎】``; :func:`fields.lead_credit`), else from a dated copyright
    notice among the ``removed`` lines that names a person, as a personal site prints it
    (``© 2025 Jane Doe``; :func:`fields.copyright_holder`).
    """

    def on_page(m: dates.DateMatch) -> dt.datetime:
        if m.alternative is None:
            return m.value
        return dates.settle_on_page(m, url=source, text="\n".join(lines))

    site: str | None = None
    captured: dt.date | None = None
    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    byline_date: dt.datetime | None = None
    title_date: dt.datetime | None = None
    byline_authors = False  # the authors come from the byline, not from a dateline
    for ln in field_lines:
        role, text = ln.role, ln.text
        if role == "site" and site is None:
            site = fields.parse_site_name(text) or text
        elif role == "captured" and captured is None:
            captured = dates.parse_banner(text)
        elif role == "title" and title is None:
            headline = fields.split_title_suffix(text)[0]
            title = fields.strip_title_date(headline)
            if title != headline:  # a date glued to the headline (a blog's post heading)
                dm = dates.find_date(headline)
                title_date = None if dm is None else on_page(dm)
        elif role == "dateline" and published is None:
            m = dates.publication_date(text)
            published = None if m is None else on_page(m)
            if not authors:
                authors = fields.dateline_authors(text) or ()
        elif role == "byline" and not byline_authors:
            found = fields.parse_byline(text) or fields.parse_author_line(text)
            if found:
                authors, byline_authors = found, True
            if byline_date is None:
                dm = dates.find_date(text)
                byline_date = None if dm is None else on_page(dm)
    if not authors and lead is not None:
        authors = fields.lead_credit(lead) or ()
    if not authors:
        holders = (fields.copyright_holder(r.text) for r in removed if r.text[:1] in _NOTICE_FIRST)
        holder = next(filter(None, holders), None)
        authors = () if holder is None else (holder,)
    if published is None:
        published = byline_date
    if published is None:
        day = dates.date_from_url(source)
        if day is not None:
            published = dt.datetime(day.year, day.month, day.day)
    if published is None:
        published = title_date
    return site, captured, title, published, authors
