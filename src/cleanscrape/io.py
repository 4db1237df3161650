"""Input readers: paths, directories, globs and stdin in; documents or failures out.

The readers stream: a text file is read up to the size limit, a JSONL file line by
line, a WARC file record by record through warcio's ``ArchiveIterator``; no reader
holds more than one document (at most ``max_bytes``, plus a margin for JSONL) in
memory. Each input yields, in order, :class:`Document` records and, for every input
(or part of one) that cannot be read, one :class:`InputFailure` -- a bad input never
stops the stream.

Formats (``auto`` picks one per file):

* ``txt``: the whole file is one document (``.txt``, ``.text``).
* ``jsonl``: one JSON object per line (``.jsonl``, ``.ndjson``); the text is taken
  from ``text_field``, the URL (optional) from ``url_field``. Blank lines are skipped.
* ``warc``: WARC/WET files (``.warc``, ``.wet``, e.g. ``.warc.wet.gz``). ``conversion``
  records (WET text) are the main case; ``response`` and ``resource`` records are
  taken when their payload is ``text/plain``; any other payload (HTML, PDF, images)
  gives an ``UnsupportedContentError`` failure, because cleanscrape cleans *text*:
  render HTML to text first, or use the WET files. ``request``, ``metadata``,
  ``warcinfo`` and ``revisit`` records are not documents and are passed over silently.
  The URL comes from ``WARC-Target-URI``, the capture date from ``WARC-Date``.

Compression is recognised by magic bytes, not by name: gzip (single or multi-member)
and Zstandard are decompressed transparently, for every format and for stdin. WARC
offsets in failures are byte offsets in the *decompressed* stream.

``auto`` decides by the name without its compression suffix; a file with another
name, and stdin, are sniffed: ``WARC/`` at the start means WARC, a first line that is
a JSON object means JSONL, anything else is text. Directories are walked recursively
in sorted order and yield only files with one of the known extensions (hidden files
and directories, names starting with ``.``, are skipped), so that a folder of
``.txt`` articles with ``.json`` expectations beside them reads as the articles.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs
import zstandard
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from .normalize import looks_binary

__all__ = [
    "ERROR_TYPES",
    "FORMATS",
    "HTML_PAGE_MESSAGE",
    "Document",
    "ErrorType",
    "Format",
    "InputFailure",
    "ReadOptions",
    "detect_format",
    "expand_inputs",
    "open_input",
    "read_documents",
    "read_input",
]

Format = Literal["auto", "txt", "jsonl", "warc"]
#: The values of ``--format``.
FORMATS: tuple[Format, ...] = ("auto", "txt", "jsonl", "warc")

ErrorType = Literal[
    "DecodeError",
    "InputTooLargeError",
    "EmptyInputError",
    "MalformedInputError",
    "UnsupportedContentError",
    "ReadError",
]
#: Every ``error_type`` an :class:`InputFailure` can carry: the first two are the
#: :mod:`cleanscrape.errors` classes raised by :func:`cleanscrape.parse`; the others
#: are found by the readers (empty text, a bad JSONL line or WARC record, a WARC
#: payload that is not text, a file that cannot be read or decompressed).
ERROR_TYPES: tuple[ErrorType, ...] = (
    "DecodeError",
    "InputTooLargeError",
    "EmptyInputError",
    "MalformedInputError",
    "UnsupportedContentError",
    "ReadError",
)

#: The message of a document that is an HTML page (an ``UnsupportedContentError``, from
#: the CLI and the Dask engine alike).
HTML_PAGE_MESSAGE = (
    "the document is an HTML page, not text; cleanscrape reads text: render the page to "
    "text first (or use WET files)"
)

STDIN = "-"
_STDIN_NAME = "<stdin>"

_COMPRESSION_SUFFIXES = (".gz", ".zst", ".zstd")
_EXTENSIONS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".wet": "warc",
}
_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_BUFFER = 1 << 16
_SKIP_CHUNK = 1 << 20
_ZSTD_READ = 1 << 16
_ZSTD_STEP = 1 << 8
#: Room for the other fields of a JSONL record on top of ``max_bytes`` of text.
JSONL_MARGIN = 1 << 16
#: WARC record types that carry documents; the rest are passed over.
_WARC_DOCUMENT_TYPES = frozenset({"conversion", "response", "resource"})
_GLOB_CHARS = frozenset("*?[")


@attrs.frozen
class Document:
    """One document to parse, with where it came from.

    ``source`` is the id kept on the :class:`~cleanscrape.Article`: the URL when the
    input gives one, else the path (``path:LINE`` for a JSONL record, ``path@OFFSET``
    for a WARC record without a URL). ``text`` is ``bytes`` for text files and WARC
    payloads (decoded by :func:`cleanscrape.parse`) and ``str`` for JSONL. ``line``
    (1-based, JSONL) and ``offset`` (bytes, WARC) locate the record in ``path``;
    ``size`` is its size in the input, in bytes.
    """

    source: str
    text: str | bytes
    path: str
    url: str | None = None
    captured: dt.date | None = None
    line: int | None = None
    offset: int | None = None
    size: int = 0


@attrs.frozen
class InputFailure:
    """An input, or one record of it, that produced no document, and why."""

    source: str
    path: str
    error_type: ErrorType
    message: str
    line: int | None = None
    offset: int | None = None

    @property
    def location(self) -> str:
        """``"line N"``, ``"offset N"`` or ``""`` (the whole input)."""
        if self.line is not None:
            return f"line {self.line}"
        if self.offset is not None:
            return f"offset {self.offset}"
        return ""

    def to_dict(self) -> dict[str, Any]:
        """The error record written to the errors file."""
        return {
            "source": self.source,
            "path": self.path,
            "line": self.line,
            "offset": self.offset,
            "error_type": self.error_type,
            "message": self.message,
        }


def _positive(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"{attribute.name} must be >= 1, got {value}")


@attrs.frozen
class ReadOptions:
    """How inputs are read (the CLI's ``--format``, ``--text-field``, ``--url-field``
    and ``--max-bytes``)."""

    format: Format = attrs.field(default="auto", validator=attrs.validators.in_(FORMATS))
    text_field: str = "text"
    url_field: str = "url"
    #: Documents over this many bytes are reported as ``InputTooLargeError`` unread.
    max_bytes: int = attrs.field(default=50_000_000, validator=_positive)


# -- finding inputs -----------------------------------------------------------------------


def _strip_compression(name: str) -> str:
    lower = name.lower()
    for suffix in _COMPRESSION_SUFFIXES:
        if lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def format_from_name(name: str) -> Format | None:
    """The format a file name implies (compression suffixes ignored), or ``None``."""
    return _EXTENSIONS.get(os.path.splitext(_strip_compression(name))[1])


def _walk(directory: str) -> list[str]:
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or format_from_name(name) is None:
                continue
            path = os.path.join(root, name)
            found.append((Path(os.path.relpath(path, directory)).parts, path))
    return [path for _key, path in sorted(found)]


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """The files to read, in order: each input as given, directories walked
    (recursive, sorted, known extensions only), glob patterns expanded (sorted,
    ``**`` recursive); ``-`` is stdin. A path repeated is read once.

    Raises :class:`FileNotFoundError` for a path that does not exist or a pattern
    that matches nothing (nothing is read before every input is found).
    """
    out: list[str] = []
    for item in inputs:
        if item == STDIN:
            out.append(STDIN)
        elif os.path.isdir(item):
            out.extend(_walk(item))
        elif os.path.exists(item):
            out.append(item)
        elif _GLOB_CHARS.intersection(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise FileNotFoundError(f"no input matches the pattern {item!r}")
            for match in matches:
                out.extend(_walk(match) if os.path.isdir(match) else [match])
        else:
            raise FileNotFoundError(f"no such file or directory: {item!r}")
    seen: set[str] = set()
    unique: list[str] = []
    for path in out:
        key = path if path == STDIN else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


# -- opening ------------------------------------------------------------------------------


def _peek(stream: io.BufferedReader, n: int) -> bytes:
    # peek() returns what is buffered (at least one byte unless at the end), which
    # may be less than n; one read into an empty buffer fills up to its size.
    return stream.peek(n)[:n]


def open_input(path: str) -> io.BufferedReader:
    """A buffered binary stream of ``path`` (``-`` is stdin), decompressed when the
    data starts with a gzip or Zstandard magic number. The caller closes it."""
    raw: io.BufferedReader
    if path == STDIN:
        raw = io.BufferedReader(_Reader(sys.stdin.buffer), _BUFFER)
    else:
        raw = io.BufferedReader(io.FileIO(path, "r"), _BUFFER)
    head = _peek(raw, 4)
    inner: Any
    if head.startswith(_GZIP_MAGIC):
        inner = gzip.GzipFile(fileobj=raw, mode="rb")
    elif head.startswith(_ZSTD_MAGIC):
        inner = _ZstdFrames(raw)
    else:
        return raw
    return io.BufferedReader(_Reader(inner, raw), _BUFFER)


class _Reader(io.RawIOBase):
    """A raw, non-seekable reader over ``inner`` that counts the bytes it gave out
    (``tell()``, which warcio needs) and closes ``under`` too unless told not to."""

    def __init__(self, inner: Any, under: io.BufferedReader | None = None) -> None:
        self._inner = inner
        self._under = under
        self._position = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def readinto(self, b: Any) -> int:
        data = self._inner.read(len(b))
        n = len(data)
        b[:n] = data
        self._position += n
        return n

    def close(self) -> None:
        if not self.closed and self._under is not None:
            try:
                self._inner.close()
            finally:
                self._under.close()
        super().close()


class _ZstdFrames:
    """Zstandard frames, one after another, decompressed; unlike zstandard's
    ``stream_reader`` it raises :class:`EOFError` when the last frame is cut short.

    Input is fed in small steps, so a decompression bomb costs at most
    :data:`_ZSTD_STEP` x the largest zstd expansion (about 8 MB), never the whole."""

    def __init__(self, under: io.BufferedReader) -> None:
        self._under = under
        self._obj = zstandard.ZstdDecompressor().decompressobj()
        self._in_frame = False
        self._input = b""
        self._output = bytearray()

    def read(self, size: int) -> bytes:
        while not self._output:
            if not self._input:
                self._input = self._under.read(_ZSTD_READ)
                if not self._input:
                    if self._in_frame:
                        raise EOFError("Zstandard data ends inside a frame (truncated)")
                    return b""
            step, self._input = self._input[:_ZSTD_STEP], self._input[_ZSTD_STEP:]
            self._output += self._obj.decompress(step)
            self._in_frame = True
            if self._obj.eof:
                self._input = self._obj.unused_data + self._input
                self._obj = zstandard.ZstdDecompressor().decompressobj()
                self._in_frame = False
        out = bytes(self._output[:size])
        del self._output[:size]
        return out

    def close(self) -> None:
        self._under.close()


def detect_format(path: str, head: bytes) -> Format:
    """The format of an input from its name, else from the first bytes of its
    (decompressed) content."""
    by_name = None if path == STDIN else format_from_name(os.path.basename(path))
    if by_name is not None:
        return by_name
    if head.startswith(b"WARC/"):
        return "warc"
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].strip()
    if first.startswith(b"{") and first.endswith(b"}"):
        try:
            value = json.loads(first)
        except (ValueError, RecursionError):
            return "txt"
        if isinstance(value, dict):
            return "jsonl"
    return "txt"


# -- reading ------------------------------------------------------------------------------

# Errors a decompressing or plain reader raises on corrupt or unreadable data.
_STREAM_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    zlib.error,
    zstandard.ZstdError,
)


def _display(path: str) -> str:
    return _STDIN_NAME if path == STDIN else path


def read_input(path: str, options: ReadOptions) -> Iterator[Document | InputFailure]:
    """The documents of one input file (``-`` for stdin), with a failure for every
    part that cannot be read."""
    name = _display(path)
    try:
        stream = open_input(path)
    except _STREAM_ERRORS as exc:
        yield InputFailure(name, name, "ReadError", f"cannot open input: {exc}")
        return
    try:
        try:
            head = _peek(stream, _BUFFER)
        except _STREAM_ERRORS as exc:
            yield InputFailure(name, name, "ReadError", f"cannot read input: {exc}")
            return
        if not head:
            yield InputFailure(name, name, "EmptyInputError", "input is empty")
            return
        fmt = detect_format(path, head) if options.format == "auto" else options.format
        if fmt == "txt":
            yield _read_text(stream, name, options)
            return
        reader = _read_jsonl if fmt == "jsonl" else _read_warc
        produced = False
        for item in reader(stream, name, options):
            produced = True
            yield item
        if not produced:
            yield InputFailure(
                name, name, "EmptyInputError", f"input holds no {fmt.upper()} documents"
            )
    finally:
        stream.close()


def read_documents(
    inputs: Iterable[str], options: ReadOptions | None = None
) -> Iterator[Document | InputFailure]:
    """Every document of every input file, in order (see :func:`expand_inputs` for
    turning command-line arguments into files)."""
    opts = options or ReadOptions()
    for path in inputs:
        yield from read_input(path, opts)


def _read_text(
    stream: io.BufferedReader, name: str, options: ReadOptions
) -> Document | InputFailure:
    limit = options.max_bytes
    try:
        data = stream.read(limit + 1)
    except _STREAM_ERRORS as exc:
        return InputFailure(name, name, "ReadError", f"cannot read input: {exc}")
    if len(data) > limit:
        return InputFailure(
            name,
            name,
            "InputTooLargeError",
            f"input is more than {limit} bytes, over the limit (--max-bytes {limit})",
        )
    if not data.strip():
        return InputFailure(name, name, "EmptyInputError", "input is empty")
    return Document(source=name, text=data, path=name, size=len(data))


def _read_line(stream: io.BufferedReader, limit: int) -> tuple[bytes, bool]:
    """The next line of at most ``limit`` bytes, and whether it was longer (the rest
    of a long line is read and dropped, never held)."""
    line = stream.readline(limit)
    if len(line) < limit or line.endswith(b"\n"):
        return line, False
    while True:
        rest = stream.readline(_SKIP_CHUNK)
        if not rest or rest.endswith(b"\n"):
            return line[:0], True


def _read_jsonl(
    stream: io.BufferedReader, name: str, options: ReadOptions
) -> Iterator[Document | InputFailure]:
    limit = options.max_bytes + JSONL_MARGIN
    number = 0
    while True:
        number += 1
        try:
            raw, too_long = _read_line(stream, limit)
        except _STREAM_ERRORS as exc:
            yield InputFailure(name, name, "ReadError", f"cannot read input: {exc}", line=number)
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
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]  # written by some Windows tools; not JSON
        if not raw.strip():
            continue
        yield _jsonl_record(raw, name, number, options)


def _jsonl_record(
    raw: bytes, name: str, number: int, options: ReadOptions
) -> Document | InputFailure:
    where = f"{name}:{number}"

    def malformed(message: str) -> InputFailure:
        return InputFailure(where, name, "MalformedInputError", message, line=number)

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputFailure(
            where,
            name,
            "DecodeError",
            f"JSONL line is not valid UTF-8 (bad byte at column {exc.start + 1})",
            line=number,
        )
    try:
        record = json.loads(line)
    except ValueError as exc:
        return malformed(f"JSONL line is not valid JSON: {exc}")
    except RecursionError:  # arrays or objects nested thousands deep
        return malformed("JSONL line is nested too deeply to read")
    if not isinstance(record, dict):
        return malformed(f"JSONL line is a JSON {type(record).__name__}, not an object")
    if options.text_field not in record:
        return malformed(f"JSONL record has no {options.text_field!r} field (--text-field)")
    text = record[options.text_field]
    if not isinstance(text, str):
        return malformed(
            f"JSONL field {options.text_field!r} is a {type(text).__name__}, not a string"
        )
    url = record.get(options.url_field)
    url = url if isinstance(url, str) and url.strip() else None
    source = url or where
    if not text.strip():
        return InputFailure(source, name, "EmptyInputError", "the text field is empty", line=number)
    return Document(source=source, text=text, path=name, url=url, line=number, size=len(raw))


def _warc_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.timezone.utc)
    return stamp.date()


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


# What warcio and the stream under it raise on a malformed or truncated WARC.
_WARC_ERRORS: tuple[type[BaseException], ...] = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    ValueError,
    *_STREAM_ERRORS,
)


def _malformed_warc(name: str, offset: int, exc: BaseException) -> InputFailure:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return InputFailure(
        f"{name}@{offset}",
        name,
        "MalformedInputError",
        f"malformed WARC data, the rest of the file is skipped: {message}",
        offset=offset,
    )


def _read_warc(
    stream: io.BufferedReader, name: str, options: ReadOptions
) -> Iterator[Document | InputFailure]:
    if not stream.peek(_BUFFER).lstrip(b"\r\n").startswith(b"WARC/"):
        # warcio would also read ARC files and take any other line for an ARC header.
        yield _malformed_warc(name, 0, ValueError("not a WARC file (it does not start with WARC/)"))
        return
    iterator = ArchiveIterator(stream)
    records = iter(iterator)
    offset = 0  # where the current record starts (after the blank lines before it)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except _WARC_ERRORS as exc:
            yield _malformed_warc(name, offset, exc)
            return
        problem = _warc_structure_problem(record)
        if problem is not None:
            # warcio is lenient: a record without a type or a length swallows the rest.
            yield _malformed_warc(name, offset, problem)
            return
        try:
            result = _warc_record(record, name, offset, options.max_bytes)
            iterator.read_to_end(record)
        except _WARC_ERRORS as exc:
            yield _malformed_warc(name, offset, exc)
            return
        if getattr(record.raw_stream, "limit", 0):
            yield _malformed_warc(
                name, offset, ValueError("the last record is truncated (shorter than its length)")
            )
            return
        if result is not None:
            yield result
        offset = int(iterator.offset)


def _warc_structure_problem(record: Any) -> ValueError | None:
    if record.format != "warc":
        return ValueError(f"an {record.format} record inside a WARC file")
    if not record.rec_type:
        return ValueError("a record has no WARC-Type (truncated or not a WARC record)")
    if record.length is None:
        return ValueError("a record has no valid Content-Length")
    return None


def _warc_record(record: Any, name: str, offset: int, limit: int) -> Document | InputFailure | None:
    rec_type = record.rec_type
    if rec_type not in _WARC_DOCUMENT_TYPES:
        return None
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI") or None
    record_id = headers.get_header("WARC-Record-ID")
    source = url or record_id or f"{name}@{offset}"
    if rec_type == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = headers.get_header("Content-Type")
    media = _media_type(content_type)
    if rec_type != "conversion" and media != "text/plain":
        shown = media or "no content type"
        return InputFailure(
            source,
            name,
            "UnsupportedContentError",
            f"WARC {rec_type} record holds {shown}, not text/plain; cleanscrape reads text "
            "(use WET files or render HTML to text first)",
            offset=offset,
        )
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        return InputFailure(
            source,
            name,
            "InputTooLargeError",
            f"WARC record payload is over {limit} bytes (--max-bytes)",
            offset=offset,
        )
    if not data.strip():
        return InputFailure(
            source, name, "EmptyInputError", "WARC record payload is empty", offset=offset
        )
    return Document(
        source=source,
        text=_declared_text(data, content_type),
        path=name,
        url=url,
        captured=_warc_date(headers.get_header("WARC-Date")),
        offset=offset,
        size=len(data),
    )


def _declared_text(data: bytes, content_type: str | None) -> str | bytes:
    """A payload decoded in the charset its content type declares (``text/plain;
    charset=windows-1251``). UTF-8, no charset, an unknown one, or bytes invalid in it:
    the bytes as they are, for :func:`cleanscrape.parse`'s own decoding (UTF-8, then the
    fallback encodings). A payload that looks binary stays bytes too, for parse to refuse,
    unless the charset is UTF-16 or UTF-32 (whose text holds NUL bytes)."""
    charset = _charset(content_type)
    if charset is None:
        return data
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return data
    if codec in ("utf-8", "ascii"):
        return data
    if not codec.startswith(("utf-16", "utf-32")) and looks_binary(data):
        return data
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data


def _charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a content type, if any."""
    for param in (content_type or "").split(";")[1:]:
        key, _eq, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
