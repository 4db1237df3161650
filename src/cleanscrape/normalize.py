"""Normalization: bytes or str in, one canonical text out.

All later line numbers refer to the text this module returns. The steps, in order:

1. **Decode** bytes: bytes that start with a UTF-16 or UTF-32 byte order mark are
   decoded in that encoding (invalid data there raises :class:`DecodeError`). Otherwise
   a UTF-8 BOM is dropped; UTF-8 is tried first, then each of
   :attr:`Config.fallback_encodings` (``cp1252`` by default, which fails on five byte
   values). The Western European encodings among them (cp1252, Latin-1, Latin-9) are
   skipped for bytes that, read as cp1252, would make two letters in five or more
   accented (16 at least) or that hold four or more bytes cp1252 leaves undefined, unless
   they are UTF-8 with a few broken bytes: such text is Cyrillic, Greek, Chinese,
   Japanese ... in a legacy encoding. Without another fallback that raises
   :class:`DecodeError` naming the way out. Data that looks binary (NUL bytes, or more
   than 10% control bytes in the first 8 kB) raises :class:`DecodeError` before any
   decoding; bytes that no allowed encoding decodes raise :class:`DecodeError` too.
   Inputs over :attr:`Config.max_bytes` raise :class:`InputTooLargeError`.
2. **Line breaks**: ``\\r\\n``, ``\\r`` and the other Unicode line separators become ``\\n``.
3. **Mojibake**: ftfy runs only on lines a cheap check flags (a Latin-1 lead character
   followed by a character that UTF-8 continuation bytes turn into under cp1252), so
   clean text never pays for ftfy (which runs at about 5 MB/s).
4. **Spaces**: non-breaking and other fixed-width spaces and tabs become plain spaces;
   zero-width spaces, soft hyphens, BOMs, bidirectional marks and embeddings (U+200E,
   U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) and control characters are dropped; runs
   of spaces collapse to one; every line is stripped. The zero-width joiner and non-joiner
   stay: they spell words in Persian and the Indic scripts, and emoji. A lone surrogate
   (``"\\ud800"`` in JSON) becomes U+FFFD, the replacement character: it is no character
   and cannot be written as UTF-8.

The result is idempotent: ``normalize(normalize(x)) == normalize(x)``.
"""

from __future__ import annotations

import codecs
import re

import ftfy
import regex

from .config import Config
from .errors import DecodeError, InputTooLargeError

__all__ = ["UNSPACED", "decode", "looks_binary", "looks_like_html", "normalize", "split_lines"]

#: A character of a script written without spaces between words (Han, kana, Thai, Lao,
#: Myanmar, Khmer, Tibetan): where words are counted or shingled, such text is measured by
#: its characters.
UNSPACED = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}\p{Tibetan}]"
)

_BINARY_SAMPLE = 8192
_MAX_ROUNDS = 3
_BINARY_CONTROL_SHARE = 0.10
# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC aside).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))

# Line separators other than "\n", mapped to "\n".
# The character-class scans below use the standard library's ``re``: for a plain class it
# scans several times faster than ``regex`` (whose extra features these patterns do not use).
_RARE_BREAKS = "\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_LINE_BREAKS = re.compile(f"\r\n?|[{_RARE_BREAKS}]")
#: The characters :data:`_LINE_BREAKS` replaces.
_BREAK_SET = frozenset("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_ODD = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\t\u00a0\u00ad\u061c\u1680\u2000-\u200b"
    "\u200e\u200f\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff\ud800-\udfff]"
)
_TO_SPACE = dict.fromkeys(
    map(
        ord,
        "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
        "\u200a\u202f\u205f\u3000",
    ),
    " ",
)
_DROP = dict.fromkeys(
    [
        *range(0x00, 0x09),
        *range(0x0E, 0x20),
        *range(0x7F, 0x85),
        *range(0x86, 0xA0),
        0xAD,
        0x200B,
        0x2060,
        0xFEFF,
        # bidirectional marks and embeddings: invisible, and at a line's end they hide
        # its full stop from the sentence test
        0x061C,
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ],
    None,
)
# A lone surrogate (a str can hold one, from a JSON "\\ud800" or bytes decoded with
# "surrogateescape") is no character: it cannot be written as UTF-8. It becomes the
# replacement character, which marks the spot.
_SURROGATES = dict.fromkeys(range(0xD800, 0xE000), "\ufffd")
_SPACE_TABLE: dict[int, str | None] = {**_TO_SPACE, **_DROP, **_SURROGATES}


def _replace_odd(text: str) -> str:
    """Odd spaces to spaces, invisible and control characters dropped.

    A text holds few distinct odd characters, however many times each: one C-speed
    ``str.replace`` per distinct character (``str.translate`` with a table walks every
    character of the text at a few tens of MB/s, a substitution with a callback calls
    Python for every match)."""
    return _replace_chars(text, set(_ODD.findall(text)))


def _replace_chars(text: str, chars: set[str]) -> str:
    """``text`` with each of ``chars`` (odd characters) replaced as :func:`_replace_odd`
    does."""
    for char in chars:
        text = text.replace(char, _SPACE_TABLE[ord(char)] or "")
    return text


# Inner runs of spaces (edge spaces are stripped line by line, see _squeeze_spaces).
_INNER_SPACES = re.compile(" {2,}")
#: Anything steps 2 and 4 change, found in one scan: most texts need neither step.
_SPECIAL = re.compile(f"[\r{_RARE_BREAKS}" + _ODD.pattern[1:])

# UTF-8 read as cp1252/Latin-1: a lead byte character (U+00C2..U+00F4) followed by what
# a continuation byte (0x80..0xBF) turns into under cp1252 or Latin-1.
_CP1252_CONTINUATION = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
    "\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122"
    "\u0161\u203a\u0153\u017e\u0178"
)
_MOJIBAKE = regex.compile(f"[\u00c2-\u00f4][{_CP1252_CONTINUATION}]")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_line_breaks=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    normalization=None,
    explain=False,
)


#: Byte order marks of the wide Unicode encodings, longest first (the UTF-32 little-endian
#: mark starts with the UTF-16 one).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


#: How much of a document's start :func:`looks_like_html` reads.
_HTML_SAMPLE = 4096


def looks_like_html(text: str | bytes) -> bool:
    """Whether ``text`` is an HTML page rather than text: it starts, after spaces, a
    byte order mark, an XML declaration and comments, with ``<!DOCTYPE html`` or an
    ``<html`` tag. Text that quotes markup further in (a tutorial) is text."""
    sample = text[:_HTML_SAMPLE]
    head = sample.decode("latin-1") if isinstance(sample, bytes) else sample
    head = head.lstrip(" \t\r\n\ufeff\u00ef\u00bb\u00bf").lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2 :].lstrip() if "?>" in head else ""
    while head.startswith("<!--"):
        end = head.find("-->")
        head = head[end + 3 :].lstrip() if end >= 0 else ""
    return head.startswith("<!doctype html") or (
        head.startswith("<html") and head[5:6] in (">", " ", "\t", "\n", "\r")
    )


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` holds a NUL byte, or more than 10% control bytes, in its first 8 kB."""
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _BINARY_CONTROL_SHARE


def decode(data: bytes, config: Config | None = None) -> str:
    """Bytes to str by the documented fallback chain, or :class:`DecodeError`."""
    cfg = config or Config()
    if len(data) > cfg.max_bytes:
        raise InputTooLargeError(f"input is {len(data)} bytes, over the limit of {cfg.max_bytes}")
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            # the byte order mark says which encoding: no guess, and no fallback
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"input starts with a {encoding.upper()} byte order mark but is not "
                    f"valid {encoding.upper()} (bad bytes at offset {exc.start + len(bom)})"
                ) from None
    if looks_binary(data):
        raise DecodeError("input looks binary (NUL or control bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    western = [e for e in cfg.fallback_encodings if _is_western(e)]
    skipped = western if western and _not_western(data) else []
    for encoding in cfg.fallback_encodings:
        if encoding in skipped:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if skipped:
        raise DecodeError(
            f"input is not UTF-8, and read as {', '.join(skipped)} it would be mostly accented "
            "letters or signs: it is probably Cyrillic, Greek, Chinese, Japanese ... in a "
            "legacy encoding; name that encoding (Config.fallback_encodings, --encodings), "
            "e.g. cp1251"
        )
    tried = ", ".join(("utf-8", *cfg.fallback_encodings))
    raise DecodeError(
        f"input is not valid text in any of {tried} (first bad byte at offset {first_error.start})"
    )


#: Encodings of Western European text, which decode any bytes (or nearly).
_WESTERN = frozenset({"cp1252", "iso8859-1", "iso8859-15"})
#: The bytes that are accented letters in those encodings (À to ÿ but × and ÷), and the
#: ASCII letters.
_ACCENTED = bytes(b for b in range(0xC0, 0x100) if b not in (0xD7, 0xF7))
_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
#: In Western European text fewer letters than this share are accented ...
_WESTERN_MAX_ACCENTED_SHARE = 0.4
#: ... a share judged only on texts with at least this many accented letters (a few words).
_MIN_ACCENTED = 16
#: The bytes cp1252 leaves undefined (Latin-1 reads them as control characters): Western
#: text holds none, Shift_JIS and GBK hold them as lead or trail bytes ...
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
#: ... and text holding at least this many of them is not Western.
_MAX_UNDEFINED = 4
#: Text that is UTF-8 but for a few broken bytes has fewer of them than this share of its
#: accented-letter bytes (the mojibake repair then reads it, line by line).
_BROKEN_UTF8_MAX_SHARE = 0.05


def _is_western(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name in _WESTERN
    except LookupError:
        return False


def _not_western(data: bytes) -> bool:
    """Whether ``data`` (not UTF-8) would be implausible as Western European text: read as
    cp1252, two letters in five or more would be accented, or it holds bytes cp1252 leaves
    undefined. Cyrillic in cp1251 or KOI8-R, Greek or Chinese in GBK come out as runs of
    accented letters; Japanese in Shift_JIS holds undefined bytes; French or German has
    under one accented letter in five. UTF-8 with a few broken bytes is not judged: the
    mojibake repair reads it."""
    accented = len(data) - len(data.translate(None, _ACCENTED))
    undefined = len(data) - len(data.translate(None, _CP1252_UNDEFINED))
    if undefined < _MAX_UNDEFINED:
        if accented < _MIN_ACCENTED:
            return False
        latin = len(data) - len(data.translate(None, _ASCII_LETTERS))
        if accented < _WESTERN_MAX_ACCENTED_SHARE * (accented + latin):
            return False
    broken = data.decode("utf-8", "replace").count("\ufffd")
    return broken > _BROKEN_UTF8_MAX_SHARE * max(accented, undefined)


def _fix_mojibake(text: str) -> str:
    if _MOJIBAKE.search(text) is None:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line) is not None:
            fixed = ftfy.fix_text(line, _FTFY_CONFIG)
            lines[i] = fixed.replace("\n", " ") if "\n" in fixed else fixed
    return "\n".join(lines)


def normalize(text: str | bytes, config: Config | None = None) -> str:
    """The canonical form of ``text`` that :func:`cleanscrape.parse` works on."""
    cfg = config or Config()
    if isinstance(text, bytes):
        decoded = decode(text, cfg)
    elif len(text) > cfg.max_bytes:
        raise InputTooLargeError(
            f"input is {len(text)} characters, over the limit of {cfg.max_bytes}"
        )
    else:
        decoded = text
    text = decoded
    # the line breaks and odd characters the text holds, found in one pass
    odd = set(_SPECIAL.findall(text))
    if odd and not odd.isdisjoint(_BREAK_SET):
        text = _LINE_BREAKS.sub("\n", text)
        odd -= _BREAK_SET
    for i in range(_MAX_ROUNDS):
        before = text
        if cfg.fix_mojibake:
            text = _fix_mojibake(text)
        if text == before:
            # nothing repaired: the odd characters are those found before (none after
            # the first round, which replaced them)
            if i == 0 and odd:
                text = _replace_chars(text, odd)
        elif _ODD.search(text) is not None:  # the repair may bring its own
            text = _replace_odd(text)
        if text == before:
            break
    return _squeeze_spaces(text)


def _squeeze_spaces(text: str) -> str:
    """Strip every line's edge spaces and collapse inner runs of spaces to one."""
    if " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" "):
        text = "\n".join([line.strip(" ") for line in text.split("\n")])
    if "  " in text:
        text = _INNER_SPACES.sub(" ", text)
    return text


def split_lines(text: str) -> list[str]:
    """The lines of a normalized text (the unit every later stage decides on)."""
    return text.split("\n")
