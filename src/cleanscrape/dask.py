"""The corpus pipeline on Dask: the same stages and the same output as the local run.

Install the extra: ``pip install 'cleanscrape[dask]'``. Two entry points:

* :func:`clean_bag` (a ``dask.bag.Bag`` of page texts or records in, a bag of article
  records out, lazily) for pipelines that already live in Dask;
* :func:`clean_files`, what ``cleanscrape clean --engine dask`` runs: the workers read
  the input files themselves (a large JSONL file in byte ranges), so the client never
  touches the text.

Both run the engine-neutral stages of :mod:`cleanscrape.corpus` (see ``docs/dask.md``):

1. **map** (one task per partition): parse every document and :func:`~.corpus.fingerprint`
   it; the partition's signatures are summed per site into :class:`PackedSite` statistics
   (flat arrays), split into *buckets* by a stable hash of the site key (every site lives
   in one bucket).
2. **reduce**: the buckets are merged across partitions, each bucket in its own tree
   (``split_every`` inputs per task) until at most ``split_every`` parts are left: the
   statistics stay spread over the workers and no task ever holds more than one bucket's
   share of them.
3. **decide**: each bucket's sites are unpacked from its last parts to
   :class:`~.corpus.SiteStats` and decided, one at a time; only the
   :class:`~.corpus.SiteDecisions` (one small object for the run) travel on, to every
   worker of the next pass.
4. **map**: every partition's articles get their site's decisions applied.

The parsed articles never stay in worker memory across the reduce. Pass 2 gets them
either by parsing again (:func:`clean_bag` without ``spill_dir``: twice the parse
work, no shared filesystem needed) or from a spill file per partition that pass 1 wrote
(a pickle stream of ``(article, signature)`` pairs; :func:`clean_files` always, and
:func:`clean_bag` with ``spill_dir``): unpickling runs at some 60 MB/s against about 3 MB/s
for parsing, and pass 2 from spill files takes about a sixth of the worker time of pass 2
parsing again. Memory therefore grows with the statistics (distinct fingerprints), not
with the corpus.

The output equals the local run's (:func:`cleanscrape.dedupe`, ``cleanscrape clean``)
record for record, in input order, whatever the partitioning: the statistics are sets,
so the reduce gives the same totals in any order and split.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import os
import pickle
import shutil
import sys
import uuid
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

try:
    import dask.bag as db
    from dask.delayed import delayed
    from dask.graph_manipulation import bind
except ImportError as exc:  # pragma: no cover - tested in a subprocess without dask
    raise ImportError(
        "cleanscrape.dask needs Dask; install it with: pip install 'cleanscrape[dask]'"
    ) from exc

from .cli import Parsed, ParseJob, _json_line
from .config import Config
from .corpus import (
    Capture,
    CorpusStats,
    DocSignature,
    SiteDecisions,
    SiteStats,
    apply,
    decide,
    fingerprint,
    site_key,
)
from .document import parse
from .errors import InputError, InputTooLargeError
from .io import (
    _BUFFER,
    _STREAM_ERRORS,
    HTML_PAGE_MESSAGE,
    JSONL_MARGIN,
    STDIN,
    Document,
    ErrorType,
    InputFailure,
    ReadOptions,
    _display,
    _jsonl_record,
    _read_jsonl,
    _read_line,
    _read_text,
    _read_warc,
    detect_format,
    open_input,
)
from .model import Article
from .normalize import looks_like_html
from .state import Corpus

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "DEFAULT_PARTITION_BYTES",
    "ByteRange",
    "CleanRun",
    "PackedSite",
    "WholeFile",
    "auto_partition_bytes",
    "clean_bag",
    "clean_files",
    "cluster_errors",
    "connect",
    "is_error",
    "plan_pieces",
]

#: The largest partition :func:`clean_files` makes by default (input bytes per map task);
#: smaller inputs are cut into :data:`TASKS_PER_WORKER` pieces per worker thread, at
#: least :data:`MIN_PARTITION_BYTES` each.
DEFAULT_PARTITION_BYTES = 64 * 2**20
MIN_PARTITION_BYTES = 2**20
TASKS_PER_WORKER = 4
#: At most this many reduce buckets (by default one per partition up to this).
MAX_BUCKETS = 16
#: Partial statistics merged per reduce task.
SPLIT_EVERY = 8
#: Items pickled together in a spill file.
_SPILL_BATCH = 256

#: What pass 1 leaves for pass 2, per document, in order.
SpillItem = InputFailure | tuple[Article, DocSignature]


def is_error(record: Mapping[str, Any]) -> bool:
    """Whether a record of :func:`clean_bag` is an error record (it has ``error_type``)."""
    return "error_type" in record


# -- small stage helpers (shared by both entry points) ---------------------------------------


def _bucket_of(site: str, n_buckets: int) -> int:
    """The reduce bucket of a site: a hash that is the same in every process."""
    return zlib.crc32(site.encode("utf-8", "surrogatepass")) % n_buckets


def _slim(sig: DocSignature) -> DocSignature:
    """What apply needs of a signature (identity and body fingerprints): no sketches."""
    return attrs.evolve(sig, paragraphs=(), sketches=(), lines=())


@attrs.define
class PackedSite:
    """One site's share of the statistics in flat arrays, for the trip through the reduce.

    The same content as :class:`~cleanscrape.corpus.SiteStats` (every signature's
    document identity and capture, its paragraph and short-line fingerprints paired with
    the identity, and one sketch per paragraph fingerprint), in about a third of the
    memory and pickled as raw bytes. Merging is concatenation, then :meth:`compact`;
    :meth:`unpack` builds the :class:`SiteStats` when the site is decided.
    """

    units: array[int] = attrs.field(factory=lambda: array("q"))
    capture_units: array[int] = attrs.field(factory=lambda: array("q"))
    capture_dates: array[int] = attrs.field(factory=lambda: array("q"))
    capture_contents: array[int] = attrs.field(factory=lambda: array("q"))
    capture_sources: list[str] = attrs.field(factory=list)
    paragraph_fps: array[int] = attrs.field(factory=lambda: array("q"))
    paragraph_units: array[int] = attrs.field(factory=lambda: array("q"))
    line_fps: array[int] = attrs.field(factory=lambda: array("q"))
    line_units: array[int] = attrs.field(factory=lambda: array("q"))
    #: Sketch ``i`` is ``sketch_blob[sketch_ends[i - 1]:sketch_ends[i]]``.
    sketch_fps: array[int] = attrs.field(factory=lambda: array("q"))
    sketch_ends: array[int] = attrs.field(factory=lambda: array("q"))
    sketch_blob: bytearray = attrs.field(factory=bytearray)

    def add(self, sig: DocSignature, sketched: set[int]) -> None:
        """Count one document; ``sketched``: fingerprints whose sketch is already in."""
        unit = sig.unit
        self.units.append(unit)
        cap = sig.capture
        self.capture_units.append(unit)
        self.capture_dates.append(cap.captured)
        self.capture_contents.append(cap.content)
        self.capture_sources.append(cap.source)
        self.paragraph_fps.extend(sig.paragraphs)
        self.paragraph_units.extend([unit] * len(sig.paragraphs))
        self.line_fps.extend(sig.lines)
        self.line_units.extend([unit] * len(sig.lines))
        for fp, sk in zip(sig.paragraphs, sig.sketches):
            if fp not in sketched:
                sketched.add(fp)
                self.sketch_fps.append(fp)
                self.sketch_blob += sk
                self.sketch_ends.append(len(self.sketch_blob))

    def size(self) -> int:
        return len(self.units) + len(self.paragraph_fps) + len(self.line_fps)

    def compact(self) -> None:
        """Drop what unpacks to nothing new: repeated identities, repeated (fingerprint,
        identity) pairs, a second sketch of a fingerprint, and captures of an identity
        after its two earliest distinct ones (all :class:`SiteStats` keeps). A corpus of
        repeats (the same document seen again, a re-scrape's unchanged paragraphs) then
        packs into the size of its distinct content. First occurrences keep their order."""
        self.units = array("q", dict.fromkeys(self.units))
        self.paragraph_fps, self.paragraph_units = _distinct_pairs(
            self.paragraph_fps, self.paragraph_units
        )
        self.line_fps, self.line_units = _distinct_pairs(self.line_fps, self.line_units)
        earliest = SiteStats()  # keeps an identity's two earliest captures
        for unit, date, source, content in zip(
            self.capture_units, self.capture_dates, self.capture_sources, self.capture_contents
        ):
            earliest.add_capture(unit, Capture(captured=date, source=source, content=content))
        kept = [(unit, c) for unit, captures in earliest.captures.items() for c in captures]
        self.capture_units = array("q", [unit for unit, _c in kept])
        self.capture_dates = array("q", [c.captured for _u, c in kept])
        self.capture_sources = [c.source for _u, c in kept]
        self.capture_contents = array("q", [c.content for _u, c in kept])
        if len(set(self.sketch_fps)) < len(self.sketch_fps):
            blob = bytes(self.sketch_blob)
            fps: array[int] = array("q")
            ends: array[int] = array("q")
            out = bytearray()
            seen: set[int] = set()
            start = 0
            for fp, end in zip(self.sketch_fps, self.sketch_ends):
                if fp not in seen:
                    seen.add(fp)
                    fps.append(fp)
                    out += blob[start:end]
                    ends.append(len(out))
                start = end
            self.sketch_fps, self.sketch_ends, self.sketch_blob = fps, ends, out

    def extend(self, other: PackedSite) -> None:
        """Append ``other``'s counts (the union, once unpacked)."""
        self.units += other.units
        self.capture_units += other.capture_units
        self.capture_dates += other.capture_dates
        self.capture_contents += other.capture_contents
        self.capture_sources += other.capture_sources
        self.paragraph_fps += other.paragraph_fps
        self.paragraph_units += other.paragraph_units
        self.line_fps += other.line_fps
        self.line_units += other.line_units
        base = len(self.sketch_blob)
        self.sketch_fps += other.sketch_fps
        self.sketch_ends.extend([base + end for end in other.sketch_ends])
        self.sketch_blob += other.sketch_blob

    def unpack(self, into: SiteStats | None = None) -> SiteStats:
        """The site's :class:`SiteStats` (``into``, with these counts added): equal to
        adding the signatures one by one."""
        out = SiteStats() if into is None else into
        out.units.update(self.units)
        for unit, date, source, content in zip(
            self.capture_units, self.capture_dates, self.capture_sources, self.capture_contents
        ):
            out.add_capture(unit, Capture(captured=date, source=source, content=content))
        for fp, unit in zip(self.paragraph_fps, self.paragraph_units):
            out.add_paragraph(fp, unit)
        for fp, unit in zip(self.line_fps, self.line_units):
            out.add_line(fp, unit)
        blob = bytes(self.sketch_blob)
        start = 0
        for fp, end in zip(self.sketch_fps, self.sketch_ends):
            out.sketches.setdefault(fp, blob[start:end])
            start = end
        return out


def _distinct_pairs(fps: array[int], units: array[int]) -> tuple[array[int], array[int]]:
    """The (fingerprint, identity) pairs without repeats, in first-seen order."""
    pairs = dict.fromkeys(zip(fps, units))
    if len(pairs) == len(fps):
        return fps, units
    return array("q", [fp for fp, _u in pairs]), array("q", [unit for _f, unit in pairs])


#: One reduce bucket: the packed statistics of the sites that hash to it.
Bucket = dict[str, PackedSite]


def _merge_stats(parts: Iterable[Bucket]) -> Bucket:
    """The union of partial statistics (one reduce step).

    The inputs are consumed: each has exactly one consumer in the reduction tree, so the
    largest part of every site is extended in place with the others instead of being
    copied. (Counts become sets when unpacked: a retried task that sees an input it
    already merged gives the same statistics.)
    """
    out: Bucket = {}
    merged: set[str] = set()  # the sites extended here, compacted once at the end
    for part in parts:
        for site, packed in part.items():
            have = out.get(site)
            if have is None:
                out[site] = packed
                continue
            if packed.size() > have.size():
                have, packed = packed, have
                out[site] = have
            have.extend(packed)
            merged.add(site)
    for site in merged:
        out[site].compact()
    return out


def _reduce_tree(submit: Callable[..., Any], parts: list[Any], split_every: int) -> list[Any]:
    """Merge a bucket's partial statistics in a tree (``submit(_merge_stats, group)``
    makes one task) until at most ``split_every`` remain: the last level is merged site
    by site while deciding (:func:`_decide_sites`), never into one more copy."""
    while len(parts) > split_every:
        parts = [
            submit(_merge_stats, parts[i : i + split_every])
            for i in range(0, len(parts), split_every)
        ]
    return parts


def _site_stats(parts: Sequence[Bucket], name: str) -> SiteStats:
    stats = SiteStats()
    for part in parts:
        packed = part.get(name)
        if packed is not None:
            packed.unpack(into=stats)
    return stats


def _decide_sites(parts: Sequence[Bucket], config: Config) -> dict[str, SiteDecisions]:
    """Decide every site of a bucket from its last partial statistics, unpacking one
    site at a time."""
    names = sorted({name for part in parts for name in part})
    return {name: decide(_site_stats(parts, name), config) for name in names}


def _union(parts: Sequence[Mapping[str, SiteDecisions]]) -> dict[str, SiteDecisions]:
    out: dict[str, SiteDecisions] = {}
    for part in parts:
        out.update(part)
    return out


def _apply(
    article: Article,
    signature: DocSignature | None,
    decisions: Mapping[str, SiteDecisions],
    config: Config,
    site: str | None,
) -> Article | None:
    """The cleaned article, or ``None`` when the duplicate policy drops it."""
    key = site_key(article, site) if signature is None else signature.site
    cleaned = apply(article, decisions[key], config, signature=signature)
    if config.duplicates == "drop" and cleaned.duplicate_of is not None:
        return None
    return cleaned


class _SpillWriter:
    """A pickle stream of :data:`SpillItem` batches, written to ``path``."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._file: IO[bytes] = open(path, "wb")  # noqa: SIM115 - closed in close()
        self._batch: list[SpillItem] = []

    def add(self, item: SpillItem) -> None:
        self._batch.append(item)
        if len(self._batch) >= _SPILL_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            pickle.dump(self._batch, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._batch = []

    def close(self) -> None:
        self._flush()
        self._file.close()


def _read_spill(path: str) -> Iterator[SpillItem]:
    with open(path, "rb") as fh:
        while True:
            try:
                batch: list[SpillItem] = pickle.load(fh)
            except EOFError:
                return
            yield from batch


@attrs.frozen
class _Observed:
    """What pass 1 gives for one partition."""

    #: The partition's statistics, split by :func:`_bucket_of`.
    buckets: tuple[Bucket, ...]
    #: The spill file (``None`` when pass 2 parses again).
    spill: str | None
    #: The failures, in order (:func:`clean_files`; :func:`clean_bag` keeps them in pass 2).
    failures: tuple[InputFailure, ...] = ()
    #: Documents read and their size in bytes (failures of the readers are not documents).
    docs: int = 0
    bytes: int = 0
    #: Documents and failures read (for the "holds no documents" check of split files).
    produced: int = 0


def _observe(
    results: Iterable[Parsed | InputFailure],
    n_buckets: int,
    spill: str | None,
    *,
    keep_failures: bool,
) -> tuple[tuple[Bucket, ...], list[InputFailure]]:
    """Pass 1 over one partition's parse results: the bucketed statistics, the failures
    (``keep_failures``), and every item in the spill file when there is one."""
    buckets: tuple[Bucket, ...] = tuple({} for _ in range(n_buckets))
    sketched: dict[str, set[int]] = {}
    failures: list[InputFailure] = []
    writer = None if spill is None else _SpillWriter(spill)
    try:
        for result in results:
            if isinstance(result, InputFailure):
                if keep_failures:
                    failures.append(result)
                elif writer is not None:
                    writer.add(result)
                continue
            sig = result.signature
            if sig is None:
                raise AssertionError("the corpus pass needs fingerprinted articles")
            bucket = buckets[_bucket_of(sig.site, n_buckets)]
            packed = bucket.get(sig.site)
            if packed is None:
                packed = bucket[sig.site] = PackedSite()
                sketched[sig.site] = set()
            packed.add(sig, sketched[sig.site])
            if writer is not None:
                writer.add((result.article, _slim(sig)))
        for bucket in buckets:
            for packed in bucket.values():
                packed.compact()
    finally:
        if writer is not None:
            writer.close()
    return buckets, failures


def _bucket(observed: _Observed, k: int) -> Bucket:
    return observed.buckets[k]


def _bucket_of_partition(partition: Sequence[_Observed], k: int) -> Bucket:
    """Bucket ``k`` of a bag partition of pass 1 (a list of one :class:`_Observed`)."""
    (observed,) = partition
    return observed.buckets[k]


# -- clean_bag: a bag of texts or records ------------------------------------------------------


@attrs.frozen
class _ElementJob:
    """Turns one bag element into an article (or a failure) the way ``clean`` does."""

    config: Config
    site: str | None
    text_field: str
    url_field: str

    def parse(self, element: object) -> Article | InputFailure:
        source: str | None = None
        if isinstance(element, Mapping):
            url = element.get(self.url_field)
            named = element.get("source")
            if isinstance(url, str) and url.strip():
                source = url
            elif isinstance(named, str) and named:
                source = named
            if self.text_field not in element:
                return self._failure(
                    source, "MalformedInputError", f"record has no {self.text_field!r} field"
                )
            text = element[self.text_field]
            if not isinstance(text, str):
                return self._failure(
                    source,
                    "MalformedInputError",
                    f"record field {self.text_field!r} is a {type(text).__name__}, not a string",
                )
        elif isinstance(element, (str, bytes)):
            text = element
        else:
            return self._failure(
                None,
                "MalformedInputError",
                f"element is a {type(element).__name__}, not a text or a record (dict)",
            )
        if not text.strip():
            return self._failure(source, "EmptyInputError", "the text is empty")
        if looks_like_html(text):
            return self._failure(source, "UnsupportedContentError", HTML_PAGE_MESSAGE)
        try:
            return parse(text, source=source, config=self.config)
        except InputError as exc:
            kind: ErrorType = (
                "InputTooLargeError" if isinstance(exc, InputTooLargeError) else "DecodeError"
            )
            return self._failure(source, kind, str(exc))

    @staticmethod
    def _failure(source: str | None, kind: ErrorType, message: str) -> InputFailure:
        return InputFailure(source or "", "", kind, message)

    def run(self, element: object) -> Parsed | InputFailure:
        article = self.parse(element)
        if isinstance(article, InputFailure):
            return article
        key = site_key(article, self.site)
        return Parsed(article, fingerprint(article, key, self.config))


def _observe_elements(
    partition: Iterable[object], job: _ElementJob, n_buckets: int, spill_dir: str | None
) -> list[_Observed]:
    spill = None if spill_dir is None else _spill_name(spill_dir)
    buckets, _ = _observe((job.run(e) for e in partition), n_buckets, spill, keep_failures=False)
    return [_Observed(buckets=buckets, spill=spill)]


def _spill_name(directory: str) -> str:
    return os.path.join(directory, f"cleanscrape-{uuid.uuid4().hex}.spill")


def _clean_elements(
    partition: Iterable[object],
    job: _ElementJob,
    decisions: Mapping[str, SiteDecisions],
    errors: str,
) -> list[dict[str, Any]]:
    """Pass 2 by parsing again."""
    out: list[dict[str, Any]] = []
    for element in partition:
        article = job.parse(element)
        if isinstance(article, InputFailure):
            if errors == "records":
                out.append(article.to_dict())
            continue
        cleaned = _apply(article, None, decisions, job.config, job.site)
        if cleaned is not None:
            out.append(cleaned.to_dict())
    return out


def _clean_spilled(
    observed: Iterable[_Observed],
    decisions: Mapping[str, SiteDecisions],
    config: Config,
    errors: str,
) -> list[dict[str, Any]]:
    """Pass 2 from the spill file pass 1 wrote (removed once read)."""
    out: list[dict[str, Any]] = []
    for obs in observed:
        if obs.spill is None:
            raise AssertionError("pass 1 wrote no spill file")
        for item in _read_spill(obs.spill):
            if isinstance(item, InputFailure):
                if errors == "records":
                    out.append(item.to_dict())
                continue
            article, sig = item
            cleaned = _apply(article, sig, decisions, config, None)
            if cleaned is not None:
                out.append(cleaned.to_dict())
        os.unlink(obs.spill)
    return out


def clean_bag(
    bag: db.Bag,
    *,
    config: Config | None = None,
    site: str | None = None,
    text_field: str = "text",
    url_field: str = "url",
    errors: Literal["records", "skip"] = "records",
    spill_dir: str | os.PathLike[str] | None = None,
    buckets: int | None = None,
    split_every: int = SPLIT_EVERY,
) -> db.Bag:
    """Clean a bag of scraped pages into a bag of article records (lazily).

    ``bag`` holds page texts (``str``, or ``bytes`` to decode) or records: dicts with the
    text in ``text_field`` and the URL in ``url_field`` (else a ``source`` string), like
    the lines of the CLI's JSONL input. The result holds, in input order and with the
    input's partitions, one :meth:`Article.to_dict` record per article, equal to what
    :func:`cleanscrape.dedupe` over the parsed pages gives (re-scrapes left out under
    ``duplicates="drop"``), whatever the partitioning.

    A bad element (not a text or a dict, no text, empty, undecodable, over
    ``config.max_bytes``) never fails the graph: it becomes an error record in its place
    (``source``, ``path``, ``line``, ``offset``, ``error_type``, ``message``, as the CLI's
    errors file; test with :func:`is_error`), or is left out with ``errors="skip"``.

    ``site`` puts every page in one corpus scope. ``spill_dir`` (a directory every worker
    can read and write) makes pass 1 keep the parsed articles there for pass 2, instead
    of parsing twice; each file is removed when pass 2 has read it. ``buckets`` (default:
    the number of partitions, at most :data:`MAX_BUCKETS`) and ``split_every`` shape the
    reduce.
    """
    if errors not in ("records", "skip"):
        raise ValueError(f"errors must be 'records' or 'skip', not {errors!r}")
    if split_every < 2:
        raise ValueError(f"split_every must be >= 2, got {split_every}")
    cfg = config or Config()
    n_buckets = buckets or max(1, min(bag.npartitions, MAX_BUCKETS))
    if n_buckets < 1:
        raise ValueError(f"buckets must be >= 1, got {n_buckets}")
    job = delayed(_ElementJob(cfg, site, text_field, url_field), pure=True)
    cfg_item = delayed(cfg, pure=True)
    spill = None if spill_dir is None else os.fspath(spill_dir)
    source: Any = bag  # dask.bag is only partly typed
    observed: Any = source.map_partitions(_observe_elements, job, n_buckets, spill)
    # Unoptimized: optimizing each bucket's graph on its own would fuse (and so repeat)
    # pass 1 into every bucket's reduction.
    partitions = observed.to_delayed(optimize_graph=False)

    def submit(func: Callable[..., Any], *args: Any) -> Any:
        return delayed(func, pure=True)(*args)

    per_bucket = [
        submit(
            _decide_sites,
            _reduce_tree(
                submit, [submit(_bucket_of_partition, p, k) for p in partitions], split_every
            ),
            cfg_item,
        )
        for k in range(n_buckets)
    ]
    decisions = delayed(_union, pure=True)(per_bucket)
    if spill is None:
        # A copy of the input graph that starts only once the decisions are known, so
        # that no partition is held in memory across the reduce.
        again: Any = bind(bag, decisions)
        cleaned: db.Bag = again.map_partitions(_clean_elements, job, decisions, errors)
    else:
        cleaned = observed.map_partitions(_clean_spilled, decisions, cfg_item, errors)
    return cleaned


# -- clean_files: what `cleanscrape clean --engine dask` runs -------------------------------


@attrs.frozen
class WholeFile:
    """An input file read in one piece (text, WARC, compressed, or a small JSONL)."""

    #: The path as given (``-`` for stdin): names the documents, picks the format.
    given: str
    #: Where the worker opens it (absolute; a spooled copy for stdin).
    path: str


@attrs.frozen
class ByteRange:
    """Lines ``[start, end)`` of a large uncompressed JSONL file: the lines that *start*
    in the range, numbered from ``first_line``."""

    given: str
    path: str
    start: int
    end: int
    first_line: int = 1
    #: Whether this is the file's last range (it reports a file with no documents).
    last: bool = True


#: One map task's input: several whole files, or one byte range.
Piece = tuple[WholeFile | ByteRange, ...]


def _read_whole(part: WholeFile, options: ReadOptions) -> Iterator[Document | InputFailure]:
    """:func:`cleanscrape.io.read_input` on a file opened at ``part.path`` but named
    (and sniffed) as ``part.given``."""
    name = _display(part.given)
    try:
        stream = open_input(part.path)
    except _STREAM_ERRORS as exc:
        yield InputFailure(name, name, "ReadError", f"cannot open input: {exc}")
        return
    try:
        try:
            head = stream.peek(_BUFFER)[:_BUFFER]
        except _STREAM_ERRORS as exc:
            yield InputFailure(name, name, "ReadError", f"cannot read input: {exc}")
            return
        if not head:
            yield InputFailure(name, name, "EmptyInputError", "input is empty")
            return
        fmt = detect_format(part.given, head) if options.format == "auto" else options.format
        if fmt == "txt":
            yield _read_text(stream, name, options)
            return
        reader = _read_jsonl if fmt == "jsonl" else _read_warc
        produced = False
        for item in reader(stream, name, options):
            produced = True
            yield item
        if not produced:
            yield _no_documents(name, fmt)
    finally:
        stream.close()


def _no_documents(name: str, fmt: str) -> InputFailure:
    return InputFailure(name, name, "EmptyInputError", f"input holds no {fmt.upper()} documents")


def _skip_to_line_start(stream: io.BufferedReader, start: int) -> None:
    """Position ``stream`` at the first line that starts at or after ``start``."""
    if start == 0:
        stream.seek(0)
        return
    stream.seek(start - 1)
    if stream.read(1) == b"\n":
        return
    while True:
        rest = stream.readline(1 << 20)
        if not rest or rest.endswith(b"\n"):
            return


def _read_range(part: ByteRange, options: ReadOptions) -> Iterator[Document | InputFailure]:
    """The documents of the JSONL lines that start in ``part`` (as the whole-file reader
    numbers and names them)."""
    name = _display(part.given)
    limit = options.max_bytes + JSONL_MARGIN
    number = part.first_line - 1
    try:
        stream: io.BufferedReader = io.BufferedReader(io.FileIO(part.path, "r"), _BUFFER)
    except _STREAM_ERRORS as exc:
        yield InputFailure(name, name, "ReadError", f"cannot open input: {exc}", line=number + 1)
        return
    with stream:
        try:
            _skip_to_line_start(stream, part.start)
        except _STREAM_ERRORS as exc:
            yield InputFailure(name, name, "ReadError", f"cannot read input: {exc}")
            return
        while stream.tell() < part.end:
            number += 1
            try:
                raw, too_long = _read_line(stream, limit)
            except _STREAM_ERRORS as exc:
                yield InputFailure(
                    name, name, "ReadError", f"cannot read input: {exc}", line=number
                )
                return
            if too_long:
                yield InputFailure(
                    f"{name}:{number}",
                    name,
                    "InputTooLargeError",
                    f"JSONL line is over {limit} bytes (--max-bytes {options.max_bytes} "
                    f"plus {JSONL_MARGIN} for the other fields)",
                    line=number,
                )
                continue
            if not raw:
                return
            if not raw.strip():
                continue
            yield _jsonl_record(raw, name, number, options)


def _count_lines(path: str, start: int, end: int) -> int:
    """How many lines start in ``[start, end)`` of the file (``end`` within the file)."""
    if start >= end:
        return 0
    count = 1 if start == 0 else 0
    with open(path, "rb") as fh:
        # A line starts after every newline at q with start <= q + 1 < end.
        lo = max(start - 1, 0)
        fh.seek(lo)
        remaining = end - 1 - lo
        while remaining > 0:
            block = fh.read(min(remaining, 1 << 24))
            if not block:
                break
            count += block.count(b"\n")
            remaining -= len(block)
    return count


@attrs.frozen
class _FileJob:
    """Pass 1 of :func:`clean_files` over one piece: read, parse, fingerprint."""

    job: ParseJob
    options: ReadOptions

    def documents(self, piece: Piece, tally: list[int]) -> Iterator[Document | InputFailure]:
        """Every document and failure of the piece; counts [docs, bytes, produced]."""
        for part in piece:
            items = (
                _read_range(part, self.options)
                if isinstance(part, ByteRange)
                else _read_whole(part, self.options)
            )
            for item in items:
                tally[2] += 1
                if isinstance(item, Document):
                    tally[0] += 1
                    tally[1] += item.size
                yield item

    def results(self, piece: Piece, tally: list[int]) -> Iterator[Parsed | InputFailure]:
        run = self.job.run
        for item in self.documents(piece, tally):
            yield run(item)


def _observe_piece(piece: Piece, job: _FileJob, n_buckets: int, spill: str) -> _Observed:
    tally = [0, 0, 0]
    buckets, failures = _observe(job.results(piece, tally), n_buckets, spill, keep_failures=True)
    return _Observed(
        buckets=buckets,
        spill=spill,
        failures=tuple(failures),
        docs=tally[0],
        bytes=tally[1],
        produced=tally[2],
    )


@attrs.frozen
class _Summary:
    """The small part of pass 1's result that the client needs."""

    failures: tuple[InputFailure, ...]
    docs: int
    bytes: int
    produced: int


def _summary(observed: _Observed) -> _Summary:
    return _Summary(observed.failures, observed.docs, observed.bytes, observed.produced)


@attrs.frozen
class _Written:
    """What pass 2 wrote to one part file."""

    articles: int = 0
    removed: int = 0
    background: int = 0
    #: Articles written with ``duplicate_of`` set, plus those the policy dropped.
    duplicates: int = 0


class _PartWriter:
    def __init__(self, path: str) -> None:
        self._file = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        self.articles = self.removed = self.background = self.duplicates = 0

    def write(self, article: Article) -> None:
        self.articles += 1
        self.removed += len(article.removed)
        self.background += len(article.background)
        self.duplicates += article.duplicate_of is not None
        self._file.write(_json_line(article.to_dict()))

    def close(self) -> _Written:
        self._file.close()
        return _Written(self.articles, self.removed, self.background, self.duplicates)


def _clean_piece(
    spill: str, part: str, decisions: Mapping[str, SiteDecisions], config: Config
) -> _Written:
    """Pass 2 of :func:`clean_files`: apply the decisions, write the part file."""
    writer = _PartWriter(part)
    dropped = 0
    try:
        for item in _read_spill(spill):
            if isinstance(item, InputFailure):
                continue
            article, sig = item
            cleaned = _apply(article, sig, decisions, config, None)
            if cleaned is None:
                dropped += 1
            else:
                writer.write(cleaned)
    finally:
        written = writer.close()
    return attrs.evolve(written, duplicates=written.duplicates + dropped)


def _write_piece(piece: Piece, job: _FileJob, part: str) -> tuple[_Summary, _Written]:
    """The single pass without the corpus step: parse and write."""
    tally = [0, 0, 0]
    failures: list[InputFailure] = []
    writer = _PartWriter(part)
    try:
        for result in job.results(piece, tally):
            if isinstance(result, InputFailure):
                failures.append(result)
            else:
                writer.write(result.article)
    finally:
        written = writer.close()
    return _Summary(tuple(failures), tally[0], tally[1], tally[2]), written


def _spool_stdin(work_dir: str) -> str:
    """Stdin copied to a file the workers can read (named ``<stdin>`` in the output)."""
    path = os.path.join(work_dir, "stdin")
    with open(path, "wb") as fh:
        shutil.copyfileobj(sys.stdin.buffer, fh, 1 << 20)
    return path


def _splittable_jsonl(path: str, given: str, options: ReadOptions) -> bool:
    """Whether the file is uncompressed JSONL (by ``--format`` or as auto detects it)."""
    try:
        stream = open_input(path)
    except _STREAM_ERRORS:
        return False
    try:
        if not isinstance(getattr(stream, "raw", None), io.FileIO):
            return False  # compressed: one piece
        head = stream.peek(_BUFFER)[:_BUFFER]
    except _STREAM_ERRORS:
        return False
    finally:
        stream.close()
    fmt = detect_format(given, head) if options.format == "auto" else options.format
    return fmt == "jsonl"


def plan_pieces(
    paths: Sequence[str],
    options: ReadOptions,
    partition_bytes: int,
    *,
    stdin_path: str | None = None,
    count_lines: Callable[[list[tuple[str, int, int]]], list[int]] | None = None,
) -> list[Piece]:
    """Cut the inputs into map tasks of about ``partition_bytes`` each, in input order.

    Small files are grouped; an uncompressed JSONL file larger than ``partition_bytes``
    is cut into byte ranges (a line belongs to the range it starts in; ``count_lines``
    counts the lines of each range, on the cluster, to number them); compressed and
    WARC files are one piece each. ``stdin_path`` is where stdin was spooled.
    """
    pieces: list[Piece] = []
    group: list[WholeFile | ByteRange] = []
    group_bytes = 0
    ranges: list[ByteRange] = []

    def close_group() -> None:
        nonlocal group, group_bytes
        if group:
            pieces.append(tuple(group))
            group, group_bytes = [], 0

    for given in paths:
        if given == STDIN:
            if stdin_path is None:
                raise ValueError("stdin is an input but was not spooled")
            where = stdin_path
        else:
            where = os.path.abspath(given)
        try:
            size = os.path.getsize(where)
        except OSError:
            size = 0  # the worker reports why it cannot be read
        if size > partition_bytes and _splittable_jsonl(where, given, options):
            close_group()
            starts = list(range(0, size, partition_bytes))
            for i, start in enumerate(starts):
                end = starts[i + 1] if i + 1 < len(starts) else size
                part = ByteRange(given, where, start, end, last=i == len(starts) - 1)
                ranges.append(part)
                pieces.append((part,))
            continue
        group.append(WholeFile(given, where))
        group_bytes += size
        if group_bytes >= partition_bytes:
            close_group()
    close_group()
    if ranges:
        counter = count_lines or (lambda spans: [_count_lines(*s) for s in spans])
        counts = counter([(r.path, r.start, r.end) for r in ranges])
        numbered: dict[ByteRange, ByteRange] = {}
        first = 1
        for r, n in zip(ranges, counts):
            if r.start == 0:
                first = 1
            numbered[r] = attrs.evolve(r, first_line=first)
            first += n
        pieces = [
            tuple(numbered.get(p, p) if isinstance(p, ByteRange) else p for p in piece)
            for piece in pieces
        ]
    return pieces


def auto_partition_bytes(paths: Sequence[str], stdin_path: str | None, threads: int) -> int:
    """The default partition size: the inputs cut into :data:`TASKS_PER_WORKER` pieces
    per worker thread (so that the workers stay busy to the end), between
    :data:`MIN_PARTITION_BYTES` and :data:`DEFAULT_PARTITION_BYTES`."""
    total = 0
    for given in paths:
        where = stdin_path if given == STDIN else given
        if where is not None:
            with contextlib.suppress(OSError):
                total += os.path.getsize(where)
    share = total // max(1, threads * TASKS_PER_WORKER)
    return max(MIN_PARTITION_BYTES, min(DEFAULT_PARTITION_BYTES, share))


@attrs.define
class CleanRun:
    """What :func:`clean_files` did: counts for the summary, and the part files in order."""

    parts: list[str] = attrs.field(factory=list)
    docs: int = 0
    bytes: int = 0
    articles: int = 0
    removed: int = 0
    background: int = 0
    duplicates: int = 0
    errors: int = 0


def clean_files(
    client: Client,
    paths: Sequence[str],
    *,
    job: ParseJob,
    options: ReadOptions,
    work_dir: str,
    part_dir: str,
    dedupe: bool = True,
    corpus: Corpus | None = None,
    partition_bytes: int | None = None,
    buckets: int | None = None,
    split_every: int = SPLIT_EVERY,
    report: Callable[[InputFailure], None] = lambda failure: None,
    progress: Callable[[int, int], None] = lambda docs, nbytes: None,
    stage: Callable[[str], None] = lambda name: None,
) -> CleanRun:
    """Run ``clean`` on a Dask cluster: the files in ``paths`` (as ``expand_inputs``
    gives them) become part files ``part_dir/part-NNNNN.jsonl`` (in order; their
    concatenation is the local engine's output, byte for byte).

    Both directories must be visible to every worker at the same path (a shared
    filesystem): ``work_dir`` holds the spill files (and stdin, spooled), ``part_dir``
    the output. Failures go to ``report`` in input order, once pass 1 is over;
    ``progress`` gets (documents, bytes) as pieces complete. With ``corpus`` (a state
    file, which lives with the client) the run's statistics come to the client, are
    added to the state in one transaction, and the totals decide.
    """
    import distributed

    c: Any = client  # distributed is only partly typed

    def as_completed(futures: list[Any]) -> Iterator[Any]:
        completed: Any = distributed.as_completed
        done: Iterator[Any] = completed(futures, loop=c.loop)
        return done

    run = uuid.uuid4().hex[:12]
    stdin_path = _spool_stdin(work_dir) if STDIN in paths else None

    def count_on_cluster(spans: list[tuple[str, int, int]]) -> list[int]:
        futures = [
            c.submit(_count_lines, *span, key=f"cleanscrape-lines-{run}-{i}", pure=False)
            for i, span in enumerate(spans)
        ]
        return list(c.gather(futures))

    if partition_bytes is None:
        partition_bytes = auto_partition_bytes(paths, stdin_path, sum(c.nthreads().values()) or 1)
    pieces = plan_pieces(
        paths, options, partition_bytes, stdin_path=stdin_path, count_lines=count_on_cluster
    )
    out = CleanRun(
        parts=[os.path.join(part_dir, f"part-{i:05d}.jsonl") for i in range(len(pieces))]
    )
    file_job = _FileJob(job, options)
    job_future = c.scatter(file_job, broadcast=True, hash=False)

    def take(summaries: list[_Summary]) -> None:
        """Report the failures in input order (with the check of split files)."""
        produced = 0
        for piece, summary in zip(pieces, summaries):
            for failure in summary.failures:
                out.errors += 1
                report(failure)
            part = piece[0]
            if isinstance(part, ByteRange):
                produced = (produced if part.start else 0) + summary.produced
                if part.last and produced == 0:
                    fmt = "jsonl"
                    out.errors += 1
                    report(_no_documents(_display(part.given), fmt))

    def count(summary: _Summary) -> None:
        out.docs += summary.docs
        out.bytes += summary.bytes
        progress(summary.docs, summary.bytes)

    def add(written: _Written) -> None:
        out.articles += written.articles
        out.removed += written.removed
        out.background += written.background
        out.duplicates += written.duplicates

    if not dedupe:
        futures = [
            c.submit(
                _write_piece,
                piece,
                job_future,
                part,
                key=f"cleanscrape-write-{run}-{i}",
                pure=False,
            )
            for i, (piece, part) in enumerate(zip(pieces, out.parts))
        ]
        for future in as_completed(futures):
            count(future.result()[0])
        results = c.gather(futures)
        take([summary for summary, _ in results])
        for _, written in results:
            add(written)
        return out

    n_buckets = buckets or max(1, min(len(pieces), MAX_BUCKETS))
    spills = [os.path.join(work_dir, f"spill-{i:05d}.pkl") for i in range(len(pieces))]
    observed = [
        c.submit(
            _observe_piece,
            piece,
            job_future,
            n_buckets,
            spill,
            key=f"cleanscrape-observe-{run}-{i}",
            pure=False,
        )
        for i, (piece, spill) in enumerate(zip(pieces, spills))
    ]
    summaries = [
        c.submit(_summary, obs, key=f"cleanscrape-summary-{run}-{i}", pure=False)
        for i, obs in enumerate(observed)
    ]
    merges = itertools.count()

    def submit_merge(func: Callable[..., Any], *args: Any) -> Any:
        return c.submit(func, *args, key=f"cleanscrape-merge-{run}-{next(merges)}", pure=False)

    reduced = [
        _reduce_tree(
            submit_merge,
            [
                c.submit(_bucket, obs, k, key=f"cleanscrape-bucket-{run}-{k}-{i}", pure=False)
                for i, obs in enumerate(observed)
            ],
            split_every,
        )
        for k in range(n_buckets)
    ]
    del observed  # the scheduler frees each partition's result once its buckets are out
    for future in as_completed(summaries):
        count(future.result())
    take(list(c.gather(summaries)))
    del summaries

    stage("dedupe")
    config = job.config
    if corpus is None:
        per_bucket = [
            c.submit(_decide_sites, r, config, key=f"cleanscrape-decide-{run}-{k}", pure=False)
            for k, r in enumerate(reduced)
        ]
        decisions = c.submit(_union, per_bucket, key=f"cleanscrape-decisions-{run}", pure=False)
        del per_bucket
    else:
        stats = CorpusStats()
        for futures in reduced:
            parts = c.gather(futures)
            for name in sorted({name for part in parts for name in part}):
                stats.sites[name] = _site_stats(parts, name)  # buckets hold disjoint sites
            del parts, futures
        del reduced
        corpus.update(stats)
        names = sorted(stats.sites)
        del stats
        local = {name: decide(corpus.stats(name), config) for name in names}
        [decisions] = c.scatter([local], broadcast=True, hash=False)
        del local
    reduced = []

    stage("write")
    written = [
        c.submit(
            _clean_piece,
            spill,
            part,
            decisions,
            config,
            key=f"cleanscrape-clean-{run}-{i}",
            pure=False,
        )
        for i, (spill, part) in enumerate(zip(spills, out.parts))
    ]
    for future in as_completed(written):
        add(future.result())
    return out


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new ``distributed.LocalCluster``
    of ``workers`` single-threaded worker processes (closed on exit)."""
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - the extra installs both
        raise ImportError(
            "the Dask engine needs distributed; install it with: pip install 'cleanscrape[dask]'"
        ) from exc
    dist: Any = distributed  # only partly typed
    if scheduler is not None:
        with dist.Client(scheduler, set_as_default=False) as client:
            yield client
        return
    with (
        dist.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as cluster,
        dist.Client(cluster, set_as_default=False) as client,
    ):
        yield client


def cluster_errors() -> tuple[type[BaseException], ...]:
    """What a failing cluster raises on the client (a worker killed again and again,
    a lost or unreachable scheduler): the CLI reports these as a failed run."""
    from distributed import CancelledError, KilledWorker, TimeoutError
    from distributed.comm.core import CommClosedError

    return (KilledWorker, CommClosedError, CancelledError, TimeoutError, OSError)
