"""The input readers: finding inputs, formats, compression, size limits and failures."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
import tracemalloc
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleanscrape.io import (
    ERROR_TYPES,
    Document,
    InputFailure,
    ReadOptions,
    detect_format,
    expand_inputs,
    read_documents,
    read_input,
)

PAGE = (
    "Lakeside Courier\n\nFriday June 7 2024\n\nBoat club opens new slipway\n\n"
    "By Tove Randers\n\nThe rowing club on the north shore opened its new slipway on "
    "Thursday after two years of fundraising by members.\n"
)


def read_all(path: Path | str, **options: object) -> list[Document | InputFailure]:
    return list(read_input(str(path), ReadOptions(**options)))  # type: ignore[arg-type]


def docs(items: list[Document | InputFailure]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def failures(items: list[Document | InputFailure]) -> list[InputFailure]:
    return [i for i in items if isinstance(i, InputFailure)]


# -- WARC helpers -------------------------------------------------------------------------


def warc_bytes(records: list[tuple[str, str, bytes, dict[str, str]]], *, gz: bool) -> bytes:
    """(type, uri, payload, extra) records; ``extra`` may hold ``http`` (a content
    type for a response record's HTTP headers) and WARC headers."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for rec_type, uri, payload, extra in records:
        extra = dict(extra)
        http = extra.pop("http", None)
        ctype = extra.pop("ctype", "text/plain")
        headers = None
        if http is not None:
            headers = StatusAndHeaders("200 OK", [("Content-Type", http)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            rec_type,
            payload=io.BytesIO(payload),
            http_headers=headers,
            warc_content_type=None if http is not None else ctype,
            warc_headers_dict=extra,
        )
        writer.write_record(record)
    return buf.getvalue()


WET = [
    ("warcinfo", "", b"software: test\r\n", {"ctype": "application/warc-fields"}),
    (
        "conversion",
        "https://lakeside.example/a/1",
        PAGE.encode(),
        {"WARC-Date": "2024-06-07T23:30:00-02:00"},
    ),
    (
        "conversion",
        "https://lakeside.example/a/2",
        "Zweiter Text über Boote.".encode(),
        {"WARC-Date": "2024-06-08T08:00:00Z"},
    ),
]


# -- finding inputs -----------------------------------------------------------------------


def test_expand_walks_directories_sorted_with_known_extensions(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "b" / "a.jsonl.gz").write_bytes(b"")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "a.json").write_text("{}")  # an expectation file, not an input
    (tmp_path / "notes.md").write_text("#")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "c.warc.wet.gz").write_bytes(b"")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path)])]
    assert got == ["a.txt", "b/a.jsonl.gz", "b/z.txt", "c.warc.wet.gz"]


def test_expand_globs_files_stdin_and_repeats(tmp_path: Path) -> None:
    for name in ("2.txt", "1.txt", "x.dat"):
        (tmp_path / name).write_text(name)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "3.txt").write_text("3")
    explicit = str(tmp_path / "x.dat")  # named explicitly: read whatever its extension
    got = expand_inputs([str(tmp_path / "*.txt"), explicit, "-", str(tmp_path / "1.txt")])
    assert [Path(p).name if p != "-" else p for p in got] == ["1.txt", "2.txt", "x.dat", "-"]
    deep = expand_inputs([str(tmp_path / "**" / "*.txt")])
    assert sorted(Path(p).name for p in deep) == ["1.txt", "2.txt", "3.txt"]


def test_expand_rejects_missing_inputs(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file"):
        expand_inputs([str(tmp_path / "missing.txt")])
    with pytest.raises(FileNotFoundError, match="matches"):
        expand_inputs([str(tmp_path / "*.jsonl")])


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"WARC/1.0", "txt"),
        ("a.TXT.gz", b"", "txt"),
        ("a.jsonl.zst", b"", "jsonl"),
        ("a.ndjson", b"", "jsonl"),
        ("CC-1.warc.wet.gz", b"", "warc"),
        ("a.warc", b"", "warc"),
        ("page", b"WARC/1.1\r\nWARC-Type: conversion", "warc"),
        ("-", b'\n{"text": "x"}\n{"text": "y"}', "jsonl"),
        ("-", b"{not json}\nmore", "txt"),
        ("-", b'["a list"]', "txt"),
        ("page.html", b"Plain words", "txt"),
    ],
)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected


# -- text files -----------------------------------------------------------------------------


def test_text_plain_gzip_and_zstd(tmp_path: Path) -> None:
    data = PAGE.encode()
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(data[:40]) + gzip.compress(data[40:]))
    frames = zstandard.ZstdCompressor().compress(data[:50]) + zstandard.ZstdCompressor().compress(
        data[50:]
    )
    (tmp_path / "c.txt.zst").write_bytes(frames)
    for name in ("a.txt", "b.txt.gz", "c.txt.zst"):
        [doc] = read_all(tmp_path / name)
        assert isinstance(doc, Document)
        assert doc.text == data
        assert doc.source == doc.path == str(tmp_path / name)
        assert doc.size == len(data)
        assert doc.url is None and doc.captured is None


def test_text_empty_and_too_large(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n")
    (tmp_path / "big.txt").write_bytes(b"word " * 1000)
    assert [f.error_type for f in failures(read_all(tmp_path / "empty.txt"))] == ["EmptyInputError"]
    assert [f.error_type for f in failures(read_all(tmp_path / "blank.txt"))] == ["EmptyInputError"]
    [big] = read_all(tmp_path / "big.txt", max_bytes=4999)
    assert isinstance(big, InputFailure)
    assert big.error_type == "InputTooLargeError"
    assert "4999" in big.message
    [fits] = read_all(tmp_path / "big.txt", max_bytes=5000)
    assert isinstance(fits, Document)


def test_corrupt_compression_is_a_read_error(tmp_path: Path) -> None:
    data = gzip.compress(PAGE.encode() * 50)
    (tmp_path / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    [failure] = read_all(tmp_path / "cut.txt.gz")
    assert isinstance(failure, InputFailure)
    assert failure.error_type == "ReadError"
    lines = "".join(json.dumps({"text": f"doc {i}"}) + "\n" for i in range(100_000)).encode()
    packed = zstandard.ZstdCompressor().compress(lines)
    (tmp_path / "cut.jsonl.zst").write_bytes(packed[: len(packed) // 2])
    items = read_all(tmp_path / "cut.jsonl.zst")
    assert docs(items), "the records before the damage are kept"
    assert [f.error_type for f in failures(items)] == ["ReadError"]
    assert failures(items)[0].line == len(docs(items)) + 1


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(
            gzip.compress(b'{"text": "from a pipe", "url": "https://x.example/p"}\n')
        )

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    [doc] = read_all("-")
    assert isinstance(doc, Document)
    assert doc.text == "from a pipe"
    assert doc.source == "https://x.example/p"
    assert doc.path == "<stdin>"


# -- JSONL ----------------------------------------------------------------------------------


def test_jsonl_records_fields_and_every_malformed_kind(tmp_path: Path) -> None:
    lines = [
        json.dumps({"body": "First text.", "link": "https://a.example/1", "url": "ignored"}),
        "",
        "   ",
        json.dumps({"body": "No link here."}),
        "[1, 2]",
        json.dumps({"text": "wrong field"}),
        json.dumps({"body": 42}),
        "{broken",
        json.dumps({"body": "   "}),
        json.dumps({"body": "Link is not a string.", "link": 7}),
    ]
    raw = ("\n".join(lines) + "\n").encode() + b'{"body": "bad \xff byte"}\n' + b'{"body": "last"}'
    (tmp_path / "in.jsonl").write_bytes(raw)
    items = read_all(tmp_path / "in.jsonl", text_field="body", url_field="link")
    got = [(i.line, i.error_type if isinstance(i, InputFailure) else i.text) for i in items]
    assert got == [
        (1, "First text."),
        (4, "No link here."),
        (5, "MalformedInputError"),
        (6, "MalformedInputError"),
        (7, "MalformedInputError"),
        (8, "MalformedInputError"),
        (9, "EmptyInputError"),
        (10, "Link is not a string."),
        (11, "DecodeError"),
        (12, "last"),
    ]
    first, second = docs(items)[:2]
    assert first.url == first.source == "https://a.example/1"
    assert second.url is None and second.source == f"{tmp_path / 'in.jsonl'}:4"
    assert "'body'" in failures(items)[1].message


def test_jsonl_long_line_is_skipped_without_holding_it(tmp_path: Path) -> None:
    huge = json.dumps({"text": "x" * 20_000_000})
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"text": "before"}) + "\n" + huge + "\n" + json.dumps({"text": "after"}) + "\n"
    )
    tracemalloc.start()
    try:
        items = read_all(path, max_bytes=1000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(i.line, type(i).__name__) for i in items] == [
        (1, "Document"),
        (2, "InputFailure"),
        (3, "Document"),
    ]
    assert failures(items)[0].error_type == "InputTooLargeError"
    assert peak < 5_000_000, f"reader held {peak} bytes for a 20 MB line"


def test_jsonl_file_starting_with_a_byte_order_mark(tmp_path: Path) -> None:
    first = json.dumps({"text": "First text."})
    second = json.dumps({"text": "Second text."})
    path = tmp_path / "bom.jsonl"
    # only the file's first line may carry the mark (as a Windows tool writes it)
    bom = b"\xef\xbb\xbf"
    path.write_bytes(bom + first.encode() + b"\n" + bom + second.encode() + b"\n")
    items = read_all(path)
    assert [(i.line, getattr(i, "text", None) or i.error_type) for i in items] == [
        (1, "First text."),
        (2, "MalformedInputError"),
    ]


def test_jsonl_line_nested_too_deeply(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + json.dumps({"text": "after"}) + "\n")
    items = read_all(path)
    assert [(i.line, getattr(i, "text", None) or i.error_type) for i in items] == [
        (1, "MalformedInputError"),
        (2, "after"),
    ]
    assert "nested too deeply" in failures(items)[0].message


def test_jsonl_without_records_is_empty(tmp_path: Path) -> None:
    (tmp_path / "blank.jsonl").write_text("\n\n  \n")
    assert [f.error_type for f in failures(read_all(tmp_path / "blank.jsonl"))] == [
        "EmptyInputError"
    ]


# -- WARC / WET -----------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["plain", "per-record-gzip", "whole-file-gzip", "zstd"])
def test_wet_conversion_records(tmp_path: Path, layout: str) -> None:
    data = warc_bytes(WET, gz=layout == "per-record-gzip")
    if layout == "whole-file-gzip":
        data = gzip.compress(data)
    elif layout == "zstd":
        data = zstandard.ZstdCompressor().compress(data)
    path = tmp_path / "crawl.warc.wet.gz"
    path.write_bytes(data)
    items = read_all(path)
    assert not failures(items)
    first, second = docs(items)
    assert first.text == PAGE.encode()
    assert first.url == first.source == "https://lakeside.example/a/1"
    assert first.captured == dt.date(2024, 6, 8)  # 23:30 at -02:00 is the next day in UTC
    assert second.captured == dt.date(2024, 6, 8)
    assert second.text.decode() == "Zweiter Text über Boote."  # type: ignore[union-attr]
    assert first.offset is not None and second.offset is not None
    assert 0 < first.offset < second.offset


def test_warc_response_records_text_html_and_others(tmp_path: Path) -> None:
    records = [
        (
            "request",
            "https://r.example/1",
            b"GET / HTTP/1.1\r\n\r\n",
            {"ctype": "application/http"},
        ),
        (
            "response",
            "https://r.example/1",
            b"Plain text page.",
            {"http": "text/plain; charset=utf-8"},
        ),
        ("response", "https://r.example/2", b"<html><p>x</p></html>", {"http": "text/html"}),
        ("resource", "https://r.example/3", b"Resource text.", {"ctype": "text/plain"}),
        ("resource", "https://r.example/4", b"\x89PNG", {"ctype": "image/png"}),
        (
            "metadata",
            "https://r.example/1",
            b"fetchTimeMs: 12\r\n",
            {"ctype": "application/warc-fields"},
        ),
    ]
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_bytes(records, gz=False))
    items = read_all(path)
    got = [(i.source, i.error_type if isinstance(i, InputFailure) else i.text) for i in items]
    assert got == [
        ("https://r.example/1", b"Plain text page."),
        ("https://r.example/2", "UnsupportedContentError"),
        ("https://r.example/3", b"Resource text."),
        ("https://r.example/4", "UnsupportedContentError"),
    ]
    assert "text/html" in failures(items)[0].message


def test_warc_text_in_a_declared_charset(tmp_path: Path) -> None:
    russian = "Новый мост откроют в декабре."
    records = [
        ("resource", "https://c.example/1", russian.encode("cp1251"),
         {"ctype": "text/plain; charset=windows-1251"}),
        ("response", "https://c.example/2", russian.encode("koi8-r"),
         {"http": 'text/plain; charset="KOI8-R"'}),
        ("resource", "https://c.example/3", russian.encode(),
         {"ctype": "text/plain; charset=utf-8"}),
        ("resource", "https://c.example/4", b"caf\xe9", {"ctype": "text/plain; charset=no-such"}),
        ("resource", "https://c.example/5", b"a\x00b", {"ctype": "text/plain; charset=latin-1"}),
        ("resource", "https://c.example/6", russian.encode("utf-16-le"),
         {"ctype": "text/plain; charset=UTF-16LE"}),
    ]  # fmt: skip
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_bytes(records, gz=False))
    texts = [d.text for d in docs(read_all(path))]
    assert texts[:2] == [russian, russian]
    assert texts[2:5] == [russian.encode(), b"caf\xe9", b"a\x00b"]  # left to parse's decoding
    assert texts[5] == russian


def test_warc_record_without_uri_uses_record_id_and_limits(tmp_path: Path) -> None:
    records = [
        ("conversion", "", b"No address for this one.", {}),
        ("conversion", "https://l.example/big", b"y" * 600, {}),
        ("conversion", "https://l.example/empty", b"  \r\n", {}),
    ]
    path = tmp_path / "x.wet"
    path.write_bytes(warc_bytes(records, gz=False))
    items = read_all(path, max_bytes=500)
    assert isinstance(items[0], Document) and items[0].source.startswith("<urn:uuid:")
    assert [(i.source, i.error_type) for i in failures(items)] == [
        ("https://l.example/big", "InputTooLargeError"),
        ("https://l.example/empty", "EmptyInputError"),
    ]


def test_malformed_warc_keeps_the_records_before_it(tmp_path: Path) -> None:
    good = warc_bytes(WET[1:], gz=False)
    cases = {
        "garbage.warc": b"this is not a WARC file at all\r\n\r\n",
        "binary.warc": bytes(range(1, 256)) * 4,
        "tail.warc": good + b"WARC/1.0\r\nbroken",
        "truncated.warc": good[:-20],
        "no-length.warc": good + b"WARC/1.0\r\nWARC-Type: conversion\r\n\r\nrest of the file\r\n",
    }
    expected_docs = {
        "garbage.warc": 0,
        "binary.warc": 0,
        "tail.warc": 2,
        "truncated.warc": 1,
        "no-length.warc": 2,
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        items = read_all(tmp_path / name)
        assert len(docs(items)) == expected_docs[name], name
        [failure] = failures(items)
        assert failure.error_type == "MalformedInputError", name
        assert failure.offset is not None
        assert items[-1] is failure


def test_failure_records() -> None:
    failure = InputFailure("s", "p.jsonl", "MalformedInputError", "bad", line=3)
    assert failure.location == "line 3"
    assert failure.to_dict() == {
        "source": "s",
        "path": "p.jsonl",
        "line": 3,
        "offset": None,
        "error_type": "MalformedInputError",
        "message": "bad",
    }
    assert InputFailure("s", "p", "ReadError", "m", offset=9).location == "offset 9"
    assert InputFailure("s", "p", "ReadError", "m").location == ""
    assert len(set(ERROR_TYPES)) == 6


def test_read_documents_chains_inputs_and_forced_format(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('{"text": "looks like JSON"}\n')
    (tmp_path / "b.dat").write_text('{"text": "sniffed as JSONL"}\n')
    items = list(read_documents([str(tmp_path / "a.txt"), str(tmp_path / "b.dat")]))
    assert [i.text for i in docs(items)] == [b'{"text": "looks like JSON"}\n', "sniffed as JSONL"]
    forced = list(read_documents([str(tmp_path / "a.txt")], ReadOptions(format="jsonl")))
    assert [i.text for i in docs(forced)] == ["looks like JSON"]
