"""The corpus step: background paragraphs, site templates and re-scrapes across documents.

Four engine-neutral stages exchange small, mergeable data (see ``docs/corpus.md``):

1. **map** :func:`fingerprint` turns an :class:`~cleanscrape.model.Article` into a
   :class:`DocSignature`: 64-bit fingerprints of its normalized body paragraphs and short
   lines, a character-shingle sketch per paragraph, and the identity of the article (so
   that two captures of the same article are one document).
2. **reduce** :class:`SiteStats` (one per site) collects signatures. It holds *sets* of
   document identities, so merging two stats (:func:`merge`) is a union: associative,
   commutative and idempotent — observing a document twice, or in two shards, never
   inflates a count.
3. :func:`decide` turns the stats of one site into small :class:`SiteDecisions`: the
   fingerprints of background paragraphs (exact and near duplicates, grouped as connected
   components of verified sketch matches), of template lines, and the earliest capture of
   every re-scraped article.
4. **map** :func:`apply` moves background paragraphs and template lines of one article out
   of its body (recording each as a :class:`~cleanscrape.model.Removed` line with its count)
   and marks re-scrapes.

:func:`dedupe` runs the four stages over one batch in memory; :class:`cleanscrape.state.Corpus`
runs them incrementally over a SQLite state.

Every stage first takes the article back to its *pre-corpus view* (earlier ``corpus.*``
removals returned to the body, ``background`` and ``duplicate_of`` cleared), so cleaning a
cleaned article gives the same result as cleaning the parser's output.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import zlib
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import compress

import attrs
import regex

from ._url import url_host
from .config import Config
from .errors import InputError
from .model import Article, Removed
from .normalize import UNSPACED

__all__ = [
    "BACKGROUND_RULE",
    "CORPUS_RULES",
    "TEMPLATE_RULE",
    "Capture",
    "CorpusStats",
    "DocSignature",
    "SiteDecisions",
    "SiteStats",
    "apply",
    "decide",
    "dedupe",
    "fingerprint",
    "fingerprint_text",
    "merge",
    "normalize_paragraph",
    "site_key",
    "sketch",
    "sketch_similarity",
]

#: Rule id of a background paragraph moved out of the body.
BACKGROUND_RULE = "corpus.background"
#: Rule id of a site template line removed from the body.
TEMPLATE_RULE = "corpus.template"
#: Every rule id the corpus step records (and undoes before it applies new decisions).
CORPUS_RULES = frozenset({BACKGROUND_RULE, TEMPLATE_RULE})

# --- sketch parameters (part of the fingerprint format; see FORMAT) -------------------------
#: A sketch keeps the smallest this many shingle hash values (a bottom-k sketch).
SKETCH_SIZE = 32
#: LSH bands: hash values fall into this many bins by their low bits ...
LSH_BINS = 8
#: ... and a band is the smallest this many sketch values of one bin (or two, when the
#: sketch holds only two; a bin with fewer makes no band).
LSH_ROWS = 3
#: Two more bands: the first and the last this many words of a paragraph (a sentence
#: appended or prepended leaves one of them intact).
EDGE_WORDS = 12
#: Version of the signature format; stored in state files and checked on open.
FORMAT = 2

# --- decision parameters --------------------------------------------------------------------
#: Two paragraphs also match when the shingles of the smaller one are at least this share
#: contained in the larger one (a sentence appended) ...
NEAR_CONTAINMENT = 0.8
#: ... provided their Jaccard similarity is at least this (the larger is not much longer)
#: or they share their first or last :data:`EDGE_WORDS` words.
NEAR_CONTAINMENT_MIN_JACCARD = 0.45
#: A paragraph is compared with at most this many earlier, distinct groups in each bucket.
BUCKET_REPRESENTATIVES = 8

_BIG_ENDIAN = sys.byteorder == "big"
#: The largest prime below 2**64: packed bands are reduced modulo it.
_BAND_PRIME = 2**64 - 59
_NO_LIMIT = 1 << 32
_HEADER = 3
_HEAD_TAG = 1 << 62
_TAIL_TAG = 1 << 63
# Captures without a date sort after every dated capture.
_NO_DATE = 10**8

_NON_WORD = regex.compile(r"[\W_]+")
_UNSPACED_RUN = regex.compile(UNSPACED.pattern + "+")
_DIGITS = regex.compile(r"\d+")


def _ascii_fold_table() -> bytes:
    out = bytearray(256)
    for c in range(256):
        if 65 <= c <= 90:
            out[c] = c + 32
        elif 97 <= c <= 122 or c == 48:
            out[c] = c
        elif 49 <= c <= 57:
            out[c] = 48
        else:
            out[c] = 32
    return bytes(out)


_ASCII_FOLD = _ascii_fold_table()


def normalize_paragraph(text: str) -> str:
    """The form paragraphs are compared in.

    Lower case (Unicode case folding), every run of digits becomes ``0``, every run of
    punctuation, symbols and spaces becomes one space; no leading or trailing space.
    """
    if text.isascii():
        folded = " ".join(text.encode("ascii").translate(_ASCII_FOLD).decode("ascii").split())
        while "00" in folded:
            folded = folded.replace("00", "0")
        return folded
    return _DIGITS.sub("0", _NON_WORD.sub(" ", text.casefold())).strip()


def _light(text: str) -> str:
    """Case folding and collapsed spaces only (for identities, where digits matter)."""
    return " ".join(text.casefold().split())


def fingerprint_text(text: str) -> int:
    """A signed 64-bit fingerprint of ``text`` (BLAKE2b, the same in every process)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def sketch(normalized: str, shingle_chars: int) -> bytes:
    """A bottom-k sketch of a normalized paragraph's character shingles.

    There is one shingle per word: the word, the space and the first ``shingle_chars``
    characters after it (the last word alone). A changed word touches one or two of them
    whatever the paragraph's length, and common short words still make distinctive
    shingles. In a script written without spaces (Chinese, Japanese, Thai ...) every
    character counts as a word. Each is hashed with CRC-32. The sketch is a little-endian
    ``uint32`` array: the number of distinct shingles, a hash of the first and of the last
    :data:`EDGE_WORDS` words, then the :data:`SKETCH_SIZE` smallest shingle hash values in
    ascending order.
    """
    if not normalized.isascii():
        normalized = _spaced(normalized)
    data = normalized.encode("utf-8", "surrogatepass")
    shingles = _shingle_pattern(shingle_chars).findall(data) if data else [data]
    values = sorted(set(map(zlib.crc32, shingles)))
    if len(shingles) > EDGE_WORDS:  # one shingle per word
        head = b" ".join(data.split(b" ", EDGE_WORDS)[:EDGE_WORDS])
        tail = b" ".join(data.rsplit(b" ", EDGE_WORDS)[1:])
    else:
        head = tail = data
    out = array("I", [len(values), zlib.crc32(head), zlib.crc32(tail)])
    out.extend(values[:SKETCH_SIZE])
    if _BIG_ENDIAN:
        out.byteswap()
    return out.tobytes()


def _spaced(normalized: str) -> str:
    """``normalized`` with a space after every character of an unspaced script (each one
    a word for the shingles), and the spaces collapsed again; as it is without one."""
    spaced, runs = _UNSPACED_RUN.subn(_space_out, normalized)
    return " ".join(spaced.split()) if runs else normalized


def _space_out(run: regex.Match[str]) -> str:
    return " " + " ".join(run.group()) + " "


@functools.cache
def _shingle_pattern(shingle_chars: int) -> re.Pattern[bytes]:
    """The shingles of a normalized paragraph (UTF-8, words split by single spaces), found
    in one pass: at each word's start, the word, the space after it and the next
    ``shingle_chars`` bytes; the last word alone. Each match consumes its word and the
    space after it, so the next one starts at the next word. Linear: the lookahead reads
    the word and a bounded window once more."""
    return re.compile(rb"(?=([^ ]* (?s:.){0,%d}|[^ ]+$))[^ ]+ ?" % shingle_chars)


def _decode(sk: bytes) -> array[int]:
    values = array("I")
    values.frombytes(sk)
    if _BIG_ENDIAN:
        values.byteswap()
    return values


def _band_keys(sk: bytes) -> list[int]:
    """The LSH bands of a sketch: one per bin (0: none), then head and tail.

    Band ``j`` is the smallest :data:`LSH_ROWS` sketch values ``v`` with
    ``v % LSH_BINS == j``, packed into one integer (a leading 1 bit, then 32 bits per
    value) and reduced modulo the largest 64-bit prime, so that it fits a ``uint64``
    column: two different bands meet with a chance of about 2**-64. None (0) when the bin
    holds fewer than two values: one shared shingle is too weak a hint. The last two bands
    are the hashes of the paragraph's first and last words (tagged so they never meet the
    others).
    """
    values = _decode(sk)
    rows: list[list[int]] = [[] for _ in range(LSH_BINS)]
    for v in values[_HEADER:]:
        rows[v % LSH_BINS].append(v)
    keys = [0] * LSH_BINS
    for b, row in enumerate(rows):
        if len(row) < 2:
            continue
        key = 1
        for v in row[:LSH_ROWS]:  # the values ascend: a bin's first are its smallest
            key = key << 32 | v
        keys[b] = key % _BAND_PRIME
    keys.append(values[1] | _HEAD_TAG)
    keys.append(values[2] | _TAIL_TAG)
    return keys


def sketch_similarity(a: bytes, b: bytes) -> tuple[float, float]:
    """Estimated (Jaccard similarity, containment of the smaller in the larger) of two
    paragraphs from their sketches.

    The values both sketches know completely — all of them, or those up to the smaller
    largest value of a full sketch — are compared as sets; the containment follows from
    the Jaccard estimate and the two shingle counts.
    """
    return _similarity(_decode(a), _decode(b))


def _similarity(va: array[int], vb: array[int]) -> tuple[float, float]:
    na, nb = va[0], vb[0]
    limit = _NO_LIMIT
    if len(va) >= SKETCH_SIZE + _HEADER:
        limit = va[-1]
    if len(vb) >= SKETCH_SIZE + _HEADER:
        limit = min(limit, vb[-1])
    sa = set(va[_HEADER : bisect_right(va, limit, _HEADER)])
    sb = set(vb[_HEADER : bisect_right(vb, limit, _HEADER)])
    inter = len(sa & sb)
    union = len(sa) + len(sb) - inter
    if union == 0:
        return 0.0, 0.0
    jaccard = inter / union
    common = jaccard * (na + nb) / (1.0 + jaccard)
    smaller = min(na, nb)
    return jaccard, (min(1.0, common / smaller) if smaller else 0.0)


def _near(a: bytes, b: bytes, config: Config) -> bool:
    """Whether two sketches are the same paragraph, lightly edited.

    Yes when the estimated Jaccard similarity reaches ``config.near_threshold``; also when
    the smaller is contained in the larger (:data:`NEAR_CONTAINMENT`) and either they are
    of similar size (:data:`NEAR_CONTAINMENT_MIN_JACCARD`) or they start or end with the
    same :data:`EDGE_WORDS` words (a sentence appended to a short paragraph).
    """
    va = _decode(a)
    vb = _decode(b)
    jaccard, containment = _similarity(va, vb)
    if jaccard >= config.near_threshold:
        return True
    if containment < NEAR_CONTAINMENT:
        return False
    return jaccard >= NEAR_CONTAINMENT_MIN_JACCARD or va[1] == vb[1] or va[2] == vb[2]


# --- site scoping ---------------------------------------------------------------------------


def site_key(article: Article, site: str | None = None) -> str:
    """The scope an article's counts go to.

    In order: the explicit ``site``; the host of ``article.source`` when it is an
    ``http(s)://`` URL (lower case, without ``www.``); the masthead ``article.site``
    (case-folded, spaces collapsed); else ``""`` (one shared scope).
    """
    if site is not None:
        return site
    host = url_host(article.source)
    if host:
        return host[4:] if host.startswith("www.") else host
    if article.site:
        return _light(article.site)
    return ""


# --- stage 1: fingerprint --------------------------------------------------------------------


@attrs.frozen(order=True)
class Capture:
    """One capture of an article; the earliest capture is the smallest.

    Ordered by capture date (undated captures last), then source, then a fingerprint of
    the capture's full text, so ties are broken the same way everywhere.
    """

    captured: int
    source: str
    content: int

    @property
    def name(self) -> str:
        """What ``duplicate_of`` points to: the source, else ``#`` and the content hash."""
        return self.source or f"#{self.content & 0xFFFFFFFFFFFFFFFF:016x}"


@attrs.frozen
class DocSignature:
    """What one article contributes to its site's statistics (the map stage's output)."""

    site: str
    #: Identity of the article: equal for captures of the same article.
    unit: int
    capture: Capture
    #: Fingerprint of every body paragraph of the pre-corpus view, in body order.
    body: tuple[int, ...]
    #: Distinct fingerprints of paragraphs long enough to be background ...
    paragraphs: tuple[int, ...]
    #: ... and their sketches (empty when near duplicates are off).
    sketches: tuple[bytes, ...]
    #: Distinct fingerprints of short non-field lines (template candidates).
    lines: tuple[int, ...]


def _pre_corpus(article: Article) -> tuple[list[tuple[int, str]], list[Removed]]:
    """Body (line, text) pairs and removed lines as they were before any corpus step."""
    if len(article.body_lines) != len(article.body):
        raise InputError(
            f"article {article.source!r} has {len(article.body)} body paragraphs but "
            f"{len(article.body_lines)} body line numbers; the corpus step needs both"
        )
    body = list(zip(article.body_lines, article.body))
    kept: list[Removed] = []
    restored = False
    for r in article.removed:
        if r.rule in CORPUS_RULES:
            body.append((r.line, r.text))
            restored = True
        else:
            kept.append(r)
    if restored:
        body.sort()
    return body, kept


def _identity(article: Article, body: Sequence[tuple[int, str]], config: Config) -> int:
    title = _light(article.title) if article.title else ""
    dateline = ""
    for ln in article.field_lines:
        if ln.role == "dateline":
            dateline = _light(ln.text)
            break
    if not dateline and article.published is not None:
        dateline = article.published.isoformat()
    limit = config.template_max_chars
    if title or dateline:
        lead = next((_light(t) for _, t in body if len(t) > limit), "")
        return fingerprint_text("\x1f".join(("article", title, dateline, lead)))
    prose = [_light(t) for _, t in body if len(t) > limit]
    if prose:
        return fingerprint_text("\x1f".join(("body", *prose)))
    return fingerprint_text("\x1f".join(("lines", *(t for _, t in body))))


def _content(article: Article) -> int:
    lines = sorted(article.accounted_lines().items())
    return fingerprint_text("\n".join(f"{n}\t{t}" for n, t in lines))


def fingerprint(article: Article, site_key: str, config: Config | None = None) -> DocSignature:
    """The map stage: an article's :class:`DocSignature` for the site ``site_key``."""
    cfg = config or Config()
    body, removed = _pre_corpus(article)
    body_fps: list[int] = []
    paragraphs: dict[int, bytes] = {}
    lines: set[int] = set()
    for _, text in body:
        norm = normalize_paragraph(text)
        fp = fingerprint_text(norm)
        body_fps.append(fp)
        if len(norm) >= cfg.min_background_chars and fp not in paragraphs:
            paragraphs[fp] = sketch(norm, cfg.shingle_chars) if cfg.near_duplicates else b""
        if len(text) <= cfg.template_max_chars and norm:
            lines.add(fp)
    for r in removed:
        if len(r.text) <= cfg.template_max_chars:
            norm = normalize_paragraph(r.text)
            if norm:
                lines.add(fingerprint_text(norm))
    captured = _NO_DATE if article.captured is None else article.captured.toordinal()
    fps = sorted(paragraphs)
    return DocSignature(
        site=site_key,
        unit=_identity(article, body, cfg),
        capture=Capture(captured=captured, source=article.source or "", content=_content(article)),
        body=tuple(body_fps),
        paragraphs=tuple(fps),
        sketches=tuple(paragraphs[fp] for fp in fps) if cfg.near_duplicates else (),
        lines=tuple(sorted(lines)),
    )


# --- stage 2: statistics ---------------------------------------------------------------------

#: The documents that hold a fingerprint: one identity, or a set of two or more.
Units = int | set[int]


def _add_unit(table: dict[int, Units], fp: int, unit: int) -> None:
    have = table.get(fp)
    if have is None:
        table[fp] = unit
    elif isinstance(have, int):
        if have != unit:
            table[fp] = {have, unit}
    else:
        have.add(unit)


def _add_units(table: dict[int, Units], fp: int, units: Units) -> None:
    if isinstance(units, int):
        _add_unit(table, fp, units)
        return
    have = table.get(fp)
    if have is None:
        table[fp] = set(units)
    elif isinstance(have, int):
        table[fp] = {have, *units}
    else:
        have |= units


def _count(units: Units) -> int:
    return 1 if isinstance(units, int) else len(units)


def _as_set(units: Units) -> set[int]:
    return {units} if isinstance(units, int) else units


@attrs.define(eq=True)
class SiteStats:
    """The statistics of one site: which documents hold which paragraph and line.

    A mutable accumulator (:meth:`add`, :meth:`update`); :func:`merge` builds a new one.
    Counts are sets of document identities, so the merge is a union and a document seen
    twice counts once. The same content gives equal stats whatever the order it came in.
    """

    #: Identities of every document of the site.
    units: set[int] = attrs.field(factory=set)
    #: For each identity, its two earliest distinct captures (sorted).
    captures: dict[int, tuple[Capture, ...]] = attrs.field(factory=dict)
    #: Paragraph fingerprint -> the documents that hold it.
    paragraphs: dict[int, Units] = attrs.field(factory=dict)
    #: Paragraph fingerprint -> its sketch (a function of the paragraph's text).
    sketches: dict[int, bytes] = attrs.field(factory=dict)
    #: Short-line fingerprint -> the documents that hold it.
    lines: dict[int, Units] = attrs.field(factory=dict)

    def add_capture(self, unit: int, capture: Capture) -> None:
        have = self.captures.get(unit, ())
        if capture not in have:
            self.captures[unit] = tuple(sorted((*have, capture))[:2])

    def add_paragraph(self, fp: int, unit: int) -> None:
        """Count paragraph ``fp`` in document ``unit``."""
        _add_unit(self.paragraphs, fp, unit)

    def add_line(self, fp: int, unit: int) -> None:
        """Count short line ``fp`` in document ``unit``."""
        _add_unit(self.lines, fp, unit)

    def add(self, sig: DocSignature) -> None:
        """Count one document."""
        unit = sig.unit
        self.units.add(unit)
        self.add_capture(unit, sig.capture)
        for fp in sig.paragraphs:
            _add_unit(self.paragraphs, fp, unit)
        for fp, sk in zip(sig.paragraphs, sig.sketches):
            self.sketches.setdefault(fp, sk)
        for fp in sig.lines:
            _add_unit(self.lines, fp, unit)

    def update(self, other: SiteStats) -> None:
        """Add every count of ``other`` into this one (in place)."""
        self.units |= other.units
        for unit, caps in other.captures.items():
            for cap in caps:
                self.add_capture(unit, cap)
        for fp, units in other.paragraphs.items():
            _add_units(self.paragraphs, fp, units)
        for fp, sk in other.sketches.items():
            self.sketches.setdefault(fp, sk)
        for fp, units in other.lines.items():
            _add_units(self.lines, fp, units)

    def copy(self) -> SiteStats:
        out = SiteStats()
        out.update(self)
        return out


def merge(a: SiteStats, b: SiteStats) -> SiteStats:
    """The stats of the union of two document sets (associative and commutative)."""
    out = a.copy()
    out.update(b)
    return out


@attrs.define(eq=True)
class CorpusStats:
    """Statistics of many sites: site key -> :class:`SiteStats` (counts never mix sites)."""

    sites: dict[str, SiteStats] = attrs.field(factory=dict)

    def add(self, sig: DocSignature) -> None:
        stats = self.sites.get(sig.site)
        if stats is None:
            stats = self.sites[sig.site] = SiteStats()
        stats.add(sig)

    def update(self, other: CorpusStats) -> None:
        for site, stats in other.sites.items():
            have = self.sites.get(site)
            if have is None:
                self.sites[site] = stats.copy()
            else:
                have.update(stats)

    def merge(self, other: CorpusStats) -> CorpusStats:
        out = CorpusStats()
        out.update(self)
        out.update(other)
        return out


# --- stage 3: decide ------------------------------------------------------------------------


@attrs.frozen
class SiteDecisions:
    """What the corpus step removes in one site (small: broadcast it to workers)."""

    #: Background paragraph fingerprint -> number of distinct documents sharing it
    #: (its near-duplicate group's count).
    background: Mapping[int, int] = attrs.field(factory=dict)
    #: Template line fingerprint -> number of distinct documents holding it.
    template: Mapping[int, int] = attrs.field(factory=dict)
    #: Identity of a re-scraped article -> its earliest capture.
    duplicates: Mapping[int, Capture] = attrs.field(factory=dict)


def _find(parent: dict[int, int], x: int) -> int:
    root = x
    while (up := parent[root]) != root:
        root = up
    while (up := parent[x]) != root:
        parent[x] = root
        x = up
    return root


def _groups(stats: SiteStats, config: Config) -> Iterator[list[int]]:
    """Near-duplicate groups of paragraph fingerprints (connected components), each sorted.

    Candidates share an LSH band (the smallest values of one sketch bin); a candidate is
    linked only when :func:`sketch_similarity` confirms it. Paragraphs are visited in
    fingerprint order and each bucket remembers a few representatives of distinct groups,
    so the result depends on the stats only, never on the order documents came in.
    """
    paragraphs = stats.paragraphs
    fps = sorted(paragraphs)
    sketches = stats.sketches
    parent = {fp: fp for fp in fps}
    if config.near_duplicates:
        members = [fp for fp in fps if sketches.get(fp)]
        bands = [array("Q") for _ in range(LSH_BINS + 2)]
        for fp in members:
            for column, key in zip(bands, _band_keys(sketches[fp])):
                column.append(key)
        for column in bands:
            # Only keys that two or more paragraphs share make candidates: the others
            # are filtered out at C speed, without a Python step per paragraph.
            shared = {key for key, n in Counter(column).items() if n > 1}
            shared.discard(0)
            buckets: dict[int, list[int]] = {}
            for fp, key in compress(zip(members, column), map(shared.__contains__, column)):
                reps = buckets.get(key)
                if reps is None:
                    buckets[key] = [fp]
                    continue
                joined = False
                for i, rep in enumerate(reps):
                    ra, rb = _find(parent, rep), _find(parent, fp)
                    if ra != rb:
                        if not _near(sketches[rep], sketches[fp], config):
                            continue
                        parent[max(ra, rb)] = min(ra, rb)
                    if not joined and _count(paragraphs[fp]) > _count(paragraphs[rep]):
                        # The most shared paragraph of a group represents it best.
                        reps[i] = fp
                    joined = True
                if not joined and len(reps) < BUCKET_REPRESENTATIVES:
                    reps.append(fp)
    groups: dict[int, list[int]] = {}
    for fp in fps:
        groups.setdefault(_find(parent, fp), []).append(fp)
    yield from groups.values()


def decide(stats: SiteStats, config: Config | None = None) -> SiteDecisions:
    """The decisions for one site.

    Re-scrapes need no separate pass: captures of the same article share one identity,
    so they count as one document in every paragraph and line count.
    """
    cfg = config or Config()
    duplicates = {unit: caps[0] for unit, caps in stats.captures.items() if len(caps) > 1}
    background: dict[int, int] = {}
    for group in _groups(stats, cfg):
        if len(group) == 1:
            count = _count(stats.paragraphs[group[0]])
        else:
            members: set[int] = set()
            for fp in group:
                members |= _as_set(stats.paragraphs[fp])
            count = len(members)
        if count >= cfg.min_docs:
            for fp in group:
                background[fp] = count
    n_units = len(stats.units)
    template: dict[int, int] = {}
    for fp, holders in stats.lines.items():
        count = _count(holders)
        if count >= cfg.template_min_docs and count >= cfg.template_min_share * n_units:
            template[fp] = count
    return SiteDecisions(background=background, template=template, duplicates=duplicates)


# --- stage 4: apply -------------------------------------------------------------------------


def apply(
    article: Article,
    decisions: SiteDecisions,
    config: Config | None = None,
    *,
    signature: DocSignature | None = None,
) -> Article:
    """The article with its site's decisions applied.

    Background paragraphs leave ``body`` for ``background`` and ``removed`` (rule
    ``corpus.background``); template lines leave ``body`` for ``removed`` (rule
    ``corpus.template``); a re-scrape gets ``duplicate_of`` unless the policy is ``keep``.
    Field lines are never touched. ``signature`` (from :func:`fingerprint` with the same
    config) saves recomputing fingerprints.
    """
    cfg = config or Config()
    body, removed = _pre_corpus(article)
    if signature is None:
        signature = fingerprint(article, "", attrs.evolve(cfg, near_duplicates=False))
    new_body: list[tuple[int, str]] = []
    moved: list[Removed] = []
    background: list[str] = []
    for (line, text), fp in zip(body, signature.body):
        count = decisions.template.get(fp) if len(text) <= cfg.template_max_chars else None
        if count is not None:
            moved.append(Removed(line=line, text=text, rule=TEMPLATE_RULE, count=count))
            continue
        count = decisions.background.get(fp)
        if count is not None:
            moved.append(Removed(line=line, text=text, rule=BACKGROUND_RULE, count=count))
            background.append(text)
            continue
        new_body.append((line, text))
    if moved:
        removed = sorted([*removed, *moved], key=lambda r: r.line)
    duplicate_of: str | None = None
    if cfg.duplicates != "keep":
        first = decisions.duplicates.get(signature.unit)
        if first is not None and first != signature.capture:
            duplicate_of = first.name
    return attrs.evolve(
        article,
        body=tuple(t for _, t in new_body),
        body_lines=tuple(n for n, _ in new_body),
        background=tuple(background),
        removed=tuple(removed),
        duplicate_of=duplicate_of,
    )


def dedupe(
    articles: Iterable[Article], *, config: Config | None = None, site: str | None = None
) -> list[Article]:
    """Clean a batch of articles against each other, per site, in memory.

    Returns the articles in input order with background paragraphs and template lines
    moved out of the body and re-scrapes marked (dropped under ``duplicates="drop"``).
    ``site`` puts every article in that one scope instead of :func:`site_key`'s choice.
    The result does not depend on the order of ``articles``.

    Counts never mix sites, so the sites are cleaned one after the other: only one site's
    statistics are held at a time (besides the articles themselves).
    """
    cfg = config or Config()
    items = list(articles)
    by_site: dict[str, list[int]] = {}
    for i, article in enumerate(items):
        by_site.setdefault(site_key(article, site), []).append(i)
    cleaned: list[Article | None] = [None] * len(items)
    for name, members in by_site.items():
        stats = SiteStats()
        slim: list[DocSignature] = []
        for i in members:
            sig = fingerprint(items[i], name, cfg)
            stats.add(sig)
            # apply needs the identity and the body's fingerprints only: let the sketches go
            slim.append(attrs.evolve(sig, paragraphs=(), sketches=(), lines=()))
        decisions = decide(stats, cfg)
        del stats
        for i, sig in zip(members, slim):
            cleaned[i] = apply(items[i], decisions, cfg, signature=sig)
    drop = cfg.duplicates == "drop"
    return [a for a in cleaned if a is not None and not (drop and a.duplicate_of is not None)]
