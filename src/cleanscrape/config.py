"""Every option of cleanscrape in one frozen, documented object.

Change it with :func:`attrs.evolve`::

    cfg = attrs.evolve(Config(), min_docs=3, duplicates="drop")
"""

from __future__ import annotations

from typing import Literal

import attrs

from .rules import RuleSet, default_rules

__all__ = ["Config", "DuplicatePolicy"]

DuplicatePolicy = Literal["keep", "mark", "drop"]


def _positive(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"{attribute.name} must be >= 1, got {value}")


def _share(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 < value <= 1.0:
        raise ValueError(f"{attribute.name} must be in (0, 1], got {value}")


@attrs.frozen
class Config:
    """Options for :func:`cleanscrape.parse`, :func:`cleanscrape.dedupe` and the CLI."""

    #: The chrome rules to apply (the default set, extended or trimmed).
    rules: RuleSet = attrs.field(factory=default_rules)
    #: Inputs larger than this many bytes (UTF-8) raise :class:`InputTooLargeError`.
    max_bytes: int = attrs.field(default=50_000_000, validator=_positive)
    #: Repair mojibake with ftfy where a cheap check says the text needs it.
    fix_mojibake: bool = True
    #: Encodings tried, in order, when bytes are not valid UTF-8.
    fallback_encodings: tuple[str, ...] = ("cp1252", "latin-1")

    # -- corpus (dedupe / Corpus) ---------------------------------------------------------
    #: A paragraph shared by at least this many distinct documents of a site is background.
    min_docs: int = attrs.field(default=2, validator=_positive)
    #: Paragraphs shorter than this many characters are never background (see template).
    min_background_chars: int = attrs.field(default=40, validator=_positive)
    #: Find lightly edited (near-duplicate) background paragraphs, not only exact ones.
    near_duplicates: bool = True
    #: Estimated Jaccard similarity of character shingles above which two paragraphs
    #: are the same background paragraph.
    near_threshold: float = attrs.field(default=0.7, validator=_share)
    #: Shingle length for the near-duplicate sketch: each shingle is a word, a space and
    #: the next ``shingle_chars`` characters (plain character windows of this length gave
    #: about seven times more false candidate pairs).
    shingle_chars: int = attrs.field(default=5, validator=_positive)
    #: Lines up to this many characters may be learned as site template lines.
    template_max_chars: int = attrs.field(default=80, validator=_positive)
    #: A short line is template when it occurs in at least this share of a site's documents
    template_min_share: float = attrs.field(default=0.5, validator=_share)
    #: ... and in at least this many of them.
    template_min_docs: int = attrs.field(default=3, validator=_positive)
    #: What to do with a re-scraped article: keep it as is, mark ``duplicate_of``, or drop it.
    duplicates: DuplicatePolicy = attrs.field(
        default="mark", validator=attrs.validators.in_(("keep", "mark", "drop"))
    )
