"""Normalization: decoding, line breaks, odd spaces, mojibake repair, idempotence.

Every text here is written for the test; none is taken from a third-party page.
"""

from __future__ import annotations

import importlib

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanscrape import Config, DecodeError, InputError, InputTooLargeError
from cleanscrape.normalize import decode, looks_like_html, normalize, split_lines

# ``cleanscrape.normalize`` as an attribute is the function the package exports, so the
# module is fetched by name.
norm_module = importlib.import_module("cleanscrape.normalize")

# --- line breaks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo\r\nthree", "one\ntwo\nthree"),
        ("one\rtwo\rthree", "one\ntwo\nthree"),
        ("one\r\n\r\ntwo", "one\n\ntwo"),
        ("one\r\r\ntwo", "one\n\ntwo"),
        ("one\u2028two", "one\ntwo"),
        ("one\u2029two", "one\ntwo"),
        ("one\x85two", "one\ntwo"),
        ("one\x0btwo\x0cthree", "one\ntwo\nthree"),
        ("one\x1ctwo\x1dthree\x1efour", "one\ntwo\nthree\nfour"),
        ("mixed\r\nbreaks\rand\nmore\u2028here", "mixed\nbreaks\nand\nmore\nhere"),
    ],
)
def test_line_breaks_become_newlines(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_line_count_is_kept_for_newline_text() -> None:
    raw = "Title\n\n\nFirst paragraph.\n   \nSecond paragraph.\n"
    out = normalize(raw)
    assert split_lines(out) == ["Title", "", "", "First paragraph.", "", "Second paragraph.", ""]
    assert len(split_lines(out)) == raw.count("\n") + 1


def test_split_lines_keeps_blank_lines() -> None:
    assert split_lines("a\n\nb") == ["a", "", "b"]
    assert split_lines("") == [""]
    assert split_lines("only") == ["only"]


# --- odd spaces and invisible characters --------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ten\u00a0kilometres", "ten kilometres"),  # no-break space
        ("ten\u202fkilometres", "ten kilometres"),  # narrow no-break space
        ("ten\u2003kilometres", "ten kilometres"),  # em space
        ("ten\u2009kilometres", "ten kilometres"),  # thin space
        ("ten\u3000kilometres", "ten kilometres"),  # ideographic space
        ("ten\tkilometres", "ten kilometres"),
        ("zero\u200bwidth", "zerowidth"),
        ("word\u2060joiner", "wordjoiner"),
        ("soft\u00adhyphen", "softhyphen"),
        ("\ufeffbyte order mark", "byte order mark"),
        ("in\ufefftext", "intext"),
        ("bell\x07 and\x00 null", "bell and null"),
        ("c1\x9bcontrol\x80s", "c1controls"),
        ("delete\x7fchar", "deletechar"),
        # bidirectional marks, embeddings and isolates go (a line keeps its full stop last)
        ("\u200fمرحبا بالعالم.\u200f", "مرحبا بالعالم."),
        ("\u202bשלום עולם.\u202c", "שלום עולם."),
        ("a\u200eb\u061cc\u2066d\u2067e\u2068f\u2069g\u202dh\u202ei", "abcdefghi"),
        # a lone surrogate is no character: the replacement character marks the spot
        ("a\ud800b\udfffc", "a\ufffdb\ufffdc"),
        # joiners stay: they spell words (Persian) and emoji
        ("می\u200cخواهم", "می\u200cخواهم"),
        ("👩\u200d💻 coder", "👩\u200d💻 coder"),
    ],
)
def test_odd_characters(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("many    spaces   inside", "many spaces inside"),
        ("   leading and trailing   ", "leading and trailing"),
        ("  a  \n   b   \n c ", "a\nb\nc"),
        ("\u00a0\u00a0indented by no-break spaces\u00a0", "indented by no-break spaces"),
        ("tab\t\tand  \u00a0 spaces", "tab and spaces"),
        ("   \n\t\n\u00a0", "\n\n"),
        ("", ""),
    ],
)
def test_spaces_squeezed_and_lines_stripped(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_zero_width_inside_words_joins_them() -> None:
    # A zero-width space inside a word must not leave a visible space behind.
    assert normalize("Bak\u200bu is the capital") == "Baku is the capital"


# --- mojibake -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Caf\u00c3\u00a9 au lait", "Café au lait"),
        ("M\u00c3\u00bcnchen und K\u00c3\u00b6ln", "München und Köln"),
        ("The ticket costs \u00c2\u00a35", "The ticket costs £5"),
        ("don\u00e2\u20ac\u2122t stop", "don\u2019t stop"),
        ("Caf\u00c3\u0192\u00c2\u00a9 twice broken", "Café twice broken"),
        # "à" encoded in UTF-8 is C3 A0; read as cp1252 it becomes "Ã" + a no-break space.
        ("voil\u00c3\u00a0 la carte", "voilà la carte"),
        # A closing curly quote is E2 80 9D; read as Latin-1 the last byte is the C1
        # control U+009D, which must survive until the repair.
        ("\u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d now", "\u201cquoted\u201d now"),
    ],
)
def test_mojibake_repaired(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_mojibake_repaired_only_on_its_line() -> None:
    raw = "Caf\u00c3\u00a9 au lait\nNo problem here.\nM\u00c3\u00bcnchen"
    assert normalize(raw) == "Café au lait\nNo problem here.\nMünchen"


def test_mojibake_kept_when_repair_is_off() -> None:
    cfg = attrs.evolve(Config(), fix_mojibake=False)
    assert normalize("Caf\u00c3\u00a9 au lait", cfg) == "Caf\u00c3\u00a9 au lait"


CLEAN_TEXTS = [
    "Plain ASCII text with punctuation: commas, dots... and (brackets)!",
    "naïve façade, Crème brûlée, Ñandú, Größe, smørrebrød, Łódź",
    "Москва и Санкт-Петербург: новости дня",
    "le \u00abcafé\u00bb du coin, «déjà vu»",
    "Curly \u201cquotes\u201d and \u2018single\u2019 ones \u2014 and an en dash \u2013 too",
    "Prices: €5, £4, ¥300; 20 °C; ½ cup; © 2024",
    "日本語のテキストと中文文本",
]


@pytest.mark.parametrize("text", CLEAN_TEXTS)
def test_clean_text_untouched(text: str) -> None:
    assert normalize(text) == text


def _raise(*_args: object, **_kwargs: object) -> str:
    raise AssertionError("ftfy.fix_text called on text that needs no repair")


@pytest.mark.parametrize(
    "text",
    [t for t in CLEAN_TEXTS if "\u00e9\u00bb" not in t],  # "é»" is a legal look-alike
)
def test_ftfy_not_called_for_clean_text(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(norm_module.ftfy, "fix_text", _raise)
    assert normalize(text) == text


def test_ftfy_called_only_for_the_broken_line(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = norm_module.ftfy.fix_text

    def spy(text: str, *args: object, **kwargs: object) -> str:
        calls.append(text)
        return str(real(text, *args, **kwargs))

    monkeypatch.setattr(norm_module.ftfy, "fix_text", spy)
    raw = "A clean first line.\nCaf\u00c3\u00a9 au lait\nAnother clean line."
    assert normalize(raw) == "A clean first line.\nCafé au lait\nAnother clean line."
    assert calls == ["Caf\u00c3\u00a9 au lait"]


# --- idempotence --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "Title\r\n\r\n  Body  text\u00a0here.\u200b\r\nMore\ttext.",
        "Caf\u00c3\u00a9 au lait \u2014 \u00c2\u00a35\n\n\n",
        "\ufeff\u2028\u2029\x85 mixed \x0b\x0c separators \x07",
        "  \u00a0 \u3000 ",
        "-- \n***\nFollow us\u00a0on  Twitter\n\nLoading...",
        *CLEAN_TEXTS,
    ],
)
def test_idempotent(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once


# --- bytes --------------------------------------------------------------------------------


def test_bytes_utf8() -> None:
    raw = "Café in Москва\r\nsecond line".encode()
    assert decode(raw) == "Café in Москва\r\nsecond line"
    assert normalize(raw) == "Café in Москва\nsecond line"


def test_bytes_utf8_bom_dropped() -> None:
    raw = b"\xef\xbb\xbf" + "Überschrift".encode()
    assert decode(raw) == "Überschrift"
    assert normalize(raw) == "Überschrift"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_bytes_with_a_wide_byte_order_mark(encoding: str) -> None:
    text = "Überschrift\r\nCafé in Москва, 東京 😀"
    raw = text.encode(encoding)
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raw = "\ufeff".encode(encoding) + raw  # the -le/-be codecs write no mark
    assert decode(raw) == text
    assert normalize(raw) == "Überschrift\nCafé in Москва, 東京 😀"


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xfeA",  # an odd number of bytes after a UTF-16 mark
        b"\xfe\xff\xd8\x00",  # a lone surrogate
        b"\x00\x00\xfe\xff\x00\x11\x00\x00",  # past U+10FFFF
    ],
)
def test_invalid_data_after_a_wide_byte_order_mark(raw: bytes) -> None:
    with pytest.raises(DecodeError, match="byte order mark"):
        decode(raw)


def test_bytes_cp1252_fallback() -> None:
    raw = b"\x93Quoted\x94 caf\xe9 \x80 5 \x96 done"
    assert decode(raw) == "\u201cQuoted\u201d café € 5 \u2013 done"


def test_bytes_latin1_after_cp1252() -> None:
    # 0x81 is undefined in cp1252, so the default chain goes on to Latin-1, where it is a
    # C1 control character that the space step then drops.
    assert decode(b"a\x81b") == "a\x81b"
    assert normalize(b"a\x81b") == "ab"


RUSSIAN = "Новый мост через реку откроют в декабре, сообщили в мэрии города."


@pytest.mark.parametrize(
    "raw",
    [
        RUSSIAN.encode("cp1251"),
        RUSSIAN.encode("koi8-r"),
        "东湖大桥主体工程完工，预计年底通车。大桥全长约三点二公里，两岸通行时间将大大缩短。".encode(
            "gbk"
        ),
        "東京で桜が開花した。平年より十日早く、昨年と同じ日だった。満開は一週間後の見込み。".encode(
            "shift_jis"
        ),
        "Η νέα γέφυρα θα ανοίξει τον Δεκέμβριο.".encode("cp1253"),
    ],
)
def test_legacy_non_latin_bytes_are_not_read_as_cp1252(raw: bytes) -> None:
    with pytest.raises(DecodeError, match="legacy encoding"):
        decode(raw)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le nouveau pont sera ouvert en décembre, a annoncé la mairie. Très cher.", "cp1252"),
        ("Die neue Brücke wird im Dezember eröffnet, teilte die Stadt mit. Größer!", "cp1252"),
        ("Ça coûte très cher: été, août, Noël, œuvre, “déjà vu” — €5", "cp1252"),
        ("“Où?” – “Là!” – “Déjà…” — “Très bien,” a-t-il dit. " * 4, "cp1252"),
        ("“Yes,” she said.\xa0“No,” he said.\xa0\xa0“Maybe…” — ‘fine’ – ok. " * 4, "cp1252"),
    ],
)
def test_western_bytes_still_fall_back_to_cp1252(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_a_named_legacy_encoding_is_used() -> None:
    raw = RUSSIAN.encode("cp1251")
    assert decode(raw, attrs.evolve(Config(), fallback_encodings=("cp1251",))) == RUSSIAN
    # a Western encoding before it in the list is skipped for such bytes
    assert decode(raw, attrs.evolve(Config(), fallback_encodings=("cp1252", "cp1251"))) == RUSSIAN


def test_utf8_with_a_broken_byte_keeps_the_fallback() -> None:
    # mostly UTF-8: read as cp1252, then the mojibake repair reads the lines back
    raw = RUSSIAN.encode() + b"\n" + "Второй абзац.".encode() + b" \xff"
    assert normalize(raw).split("\n")[0] == RUSSIAN


def test_bytes_fallback_order_follows_config() -> None:
    cfg = attrs.evolve(Config(), fallback_encodings=("koi8-r",))
    assert decode("привет".encode("koi8-r"), cfg) == "привет"


def test_unknown_fallback_encoding_is_skipped() -> None:
    cfg = attrs.evolve(Config(), fallback_encodings=("no-such-encoding", "latin-1"))
    assert decode(b"caf\xe9", cfg) == "café"


def test_empty_bytes() -> None:
    assert decode(b"") == ""
    assert normalize(b"") == ""


@pytest.mark.parametrize(
    "raw",
    [
        b"\x00\x01",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",  # a zip header
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"text with one NUL\x00 inside",
        bytes(range(1, 9)) * 20 + b"some text",  # mostly control bytes
    ],
)
def test_binary_raises_decode_error(raw: bytes) -> None:
    with pytest.raises(DecodeError, match="binary"):
        normalize(raw)


def test_undecodable_raises_decode_error() -> None:
    cfg = attrs.evolve(Config(), fallback_encodings=())
    with pytest.raises(DecodeError, match="utf-8"):
        decode(b"caf\xe9 au lait", cfg)
    with pytest.raises(DecodeError):
        normalize(b"caf\xe9 au lait", cfg)


def test_undecodable_in_every_fallback_raises() -> None:
    cfg = attrs.evolve(Config(), fallback_encodings=("cp1252",))
    with pytest.raises(DecodeError, match="cp1252"):
        decode(b"a\x81b", cfg)


def test_decode_error_is_an_input_error_and_a_value_error() -> None:
    cfg = attrs.evolve(Config(), fallback_encodings=())
    with pytest.raises(InputError):
        decode(b"caf\xe9", cfg)
    with pytest.raises(ValueError):
        decode(b"\x00", cfg)


def test_too_large_bytes() -> None:
    cfg = attrs.evolve(Config(), max_bytes=10)
    assert decode(b"0123456789", cfg) == "0123456789"
    with pytest.raises(InputTooLargeError):
        decode(b"0123456789A", cfg)
    with pytest.raises(InputTooLargeError):
        normalize(b"0123456789A", cfg)


def test_too_large_str() -> None:
    cfg = attrs.evolve(Config(), max_bytes=10)
    assert normalize("0123456789", cfg) == "0123456789"
    with pytest.raises(InputTooLargeError):
        normalize("0123456789A", cfg)


def test_too_large_checked_before_binary() -> None:
    cfg = attrs.evolve(Config(), max_bytes=4)
    with pytest.raises(InputTooLargeError):
        normalize(b"\x00\x00\x00\x00\x00", cfg)


# --- hostile inputs finish ----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "a" * 10**6,
        " " * 10**6 + "x",
        "\u00c3" * 10**5,
        "\u00c3\u00a9" * 10**5,
        "\r" * 10**5 + "\r\n" * 10**5,
        "\u00a0\u200b" * 10**5,
    ],
)
def test_hostile_inputs_finish(raw: str) -> None:
    out = normalize(raw)
    assert normalize(out) == out


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!DOCTYPE html>\n<html><body>x</body></html>", True),
        ("  \n<html lang='en'>\n<head>", True),
        ("<HTML>\n<BODY>", True),
        ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">', True),
        ("<!-- saved from url=(0014)about:internet -->\n<html>", True),
        (b"\xef\xbb\xbf<!doctype html><title>x</title>", True),
        # text, though it mentions or quotes markup
        ("How to write <html> by hand\nStart every page with <!DOCTYPE html>.", False),
        ("<div class='nav'>Home</div>\nA fragment is no page.", False),
        ("<htmlx>", False),
        ("<!-- a comment that never ends", False),
        ("", False),
        (b"\x00\x01binary", False),
    ],
)
def test_looks_like_html(text: str | bytes, html: bool) -> None:
    assert looks_like_html(text) is html


@given(st.text())
def test_looks_like_html_is_total(text: str) -> None:
    assert isinstance(looks_like_html(text), bool)
    assert isinstance(looks_like_html(text.encode("utf-8", "surrogatepass")), bool)
