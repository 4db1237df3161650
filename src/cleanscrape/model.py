"""The data model: frozen attrs classes that every stage exchanges.

Line numbers are 0-based indexes into the *normalized* text split on ``"\\n"``
(see :func:`cleanscrape.normalize.normalize`). Every line of that text ends in
exactly one place of an :class:`Article`:

* a field line (``site``, ``captured``, ``title``, ``dateline``, ``byline``) in
  :attr:`Article.field_lines`,
* a body paragraph (:attr:`Article.body` with its line in :attr:`Article.body_lines`),
* a removed line with the rule that removed it (:attr:`Article.removed`); background
  paragraphs moved out by the corpus step are removed lines with rule
  ``corpus.background``, and :attr:`Article.background` lists their texts,
* or a blank line (the only lines not recorded, since they carry no text).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

import attrs

__all__ = ["FIELD_ROLES", "ROLES", "Article", "Line", "Removed", "Role"]

Role = Literal["site", "captured", "title", "dateline", "byline", "body", "chrome", "blank"]

#: Every role a line can take, in the order they usually appear on a page.
ROLES: tuple[Role, ...] = (
    "site",
    "captured",
    "title",
    "dateline",
    "byline",
    "body",
    "chrome",
    "blank",
)

#: Roles whose lines feed an article field rather than the body.
FIELD_ROLES: frozenset[str] = frozenset({"site", "captured", "title", "dateline", "byline"})


@attrs.frozen
class Line:
    """One line of the normalized text with the role it was given and why.

    ``rule`` is a rule id (``"social.follow"``) or a structural reason
    (``"struct.footer"``, ``"body.prose"``); ``""`` for blank lines.
    """

    number: int
    text: str
    role: Role
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "text": self.text, "role": self.role, "rule": self.rule}


@attrs.frozen
class Removed:
    """A line taken out of the article, with the id of the rule that took it.

    ``count`` is set by corpus rules: the number of distinct documents of the
    site that share the paragraph (``corpus.background``) or line
    (``corpus.template``).
    """

    line: int
    text: str
    rule: str
    count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.line, "text": self.text, "rule": self.rule}
        if self.count is not None:
            out["count"] = self.count
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removed:
        return cls(
            line=int(data["line"]),
            text=str(data["text"]),
            rule=str(data["rule"]),
            count=None if data.get("count") is None else int(data["count"]),
        )


def _iso(value: _dt.date | _dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@attrs.frozen
class Article:
    """A cleaned article: its fields, its body, and an account of every other line."""

    site: str | None = None
    captured: _dt.date | None = None
    title: str | None = None
    published: _dt.datetime | None = None
    authors: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    #: Paragraphs shared with other articles of the site, moved out of the body by the
    #: corpus step; each is also a :class:`Removed` with rule ``corpus.background``.
    background: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    source: str | None = None
    #: Source of the earliest capture when this article is a re-scrape (corpus step).
    duplicate_of: str | None = None
    #: Line number of each body paragraph, parallel to :attr:`body`.
    body_lines: tuple[int, ...] = ()
    #: The lines that fed the fields (role ``site``, ``captured``, ``title``,
    #: ``dateline`` or ``byline``), in line order.
    field_lines: tuple[Line, ...] = ()

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.body)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ISO 8601 dates, lists for tuples."""
        return {
            "source": self.source,
            "site": self.site,
            "captured": _iso(self.captured),
            "title": self.title,
            "published": _iso(self.published),
            "authors": list(self.authors),
            "body": list(self.body),
            "background": list(self.background),
            "removed": [r.to_dict() for r in self.removed],
            "duplicate_of": self.duplicate_of,
            "body_lines": list(self.body_lines),
            "field_lines": [ln.to_dict() for ln in self.field_lines],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output (the inverse, exactly)."""
        captured = data.get("captured")
        published = data.get("published")
        return cls(
            site=data.get("site"),
            captured=None if captured is None else _dt.date.fromisoformat(captured),
            title=data.get("title"),
            published=None if published is None else _dt.datetime.fromisoformat(published),
            authors=tuple(data.get("authors") or ()),
            body=tuple(data.get("body") or ()),
            background=tuple(data.get("background") or ()),
            removed=tuple(Removed.from_dict(r) for r in data.get("removed") or ()),
            source=data.get("source"),
            duplicate_of=data.get("duplicate_of"),
            body_lines=tuple(int(n) for n in data.get("body_lines") or ()),
            field_lines=tuple(
                Line(number=int(d["number"]), text=d["text"], role=d["role"], rule=d["rule"])
                for d in data.get("field_lines") or ()
            ),
        )

    def accounted_lines(self) -> dict[int, str]:
        """Every recorded line number mapped to its text (blank lines are not recorded).

        The lossless invariant: for the normalized input ``norm``, this equals
        ``{i: t for i, t in enumerate(norm.split("\\n")) if t.strip()}``.
        """
        out: dict[int, str] = {}
        for ln in self.field_lines:
            out[ln.number] = ln.text
        for n, t in zip(self.body_lines, self.body):
            out[n] = t
        for r in self.removed:
            out[r.line] = r.text
        return out
