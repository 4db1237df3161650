"""The line memos of the grammars (:mod:`cleanscrape._memo`) change nothing but speed.

Parsing with the memos cold, warm, or warmed by other pages gives equal articles; the
memos stay within their bound; inputs the public functions refuse never reach a memo (an
unhashable argument is refused, not a ``TypeError``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanscrape import _memo, dates, fields, parse

CORPUS = Path(__file__).parent / "corpus"
PAGES = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def test_pages_parse_alike_with_cold_and_warm_memos() -> None:
    _memo.clear()
    cold = [parse(page) for page in PAGES]
    # warm, and warmed in the other order: a line's answer never depends on the order
    assert [parse(page) for page in PAGES] == cold
    _memo.clear()
    assert [parse(page) for page in reversed(PAGES)] == cold[::-1]


def _answers(lines: list[str]) -> list[tuple[object, ...]]:
    """What every memoized grammar says of each line."""
    return [
        (
            dates.parse_dateline(line),
            dates.parse_banner(line),
            dates.find_dates(line),
            dates.date_spans(line),
            fields.parse_byline(line),
            fields.looks_like_person_name(line),
        )
        for line in lines
    ]


@given(lines=st.lists(st.text(max_size=80), max_size=20))
def test_the_grammars_answer_alike_from_the_memo(lines: list[str]) -> None:
    first = _answers(lines)  # partly from the memo: earlier examples filled it
    _memo.clear()
    assert _answers(lines) == first  # computed afresh
    assert _answers(lines) == first  # from the memo


def test_memos_are_bounded() -> None:
    _memo.clear()
    for i in range(_memo.MAXSIZE + 500):
        dates.parse_dateline(f"Posted {i % 28 + 1} March {1990 + i % 30}, line {i}")
        fields.parse_byline(f"By Jane Doe{i}")
    for cached in _memo._MEMOS:
        assert cached.cache_info().currsize <= _memo.MAXSIZE


def test_long_lines_are_not_kept() -> None:
    _memo.clear()
    long_line = "Published 12 March 2021. " + "word " * 100
    assert len(long_line) > dates.MAX_CATEGORY_DATELINE
    assert dates.find_dates(long_line)
    assert dates.date_spans(long_line)
    assert dates._scan_line.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert dates.find_dates("Published 12 March 2021")
    assert dates._scan_line.cache_info().currsize == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("value", [None, 3, ["By Jane Doe"], {"a": 1}, b"By Jane Doe"])
def test_refused_inputs_never_reach_a_memo(value: object) -> None:
    assert fields.parse_byline(value) is None  # type: ignore[arg-type]
    assert fields.looks_like_person_name(value) is False  # type: ignore[arg-type]
    assert dates.parse_dateline(value) is None  # type: ignore[arg-type]
    assert dates.find_dates(value) == []  # type: ignore[arg-type]
