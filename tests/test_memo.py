"""The line memos of the grammars and of a rule set's line features
(:mod:`cleanscrape._memo`) change nothing but speed.

Parsing with the memos cold, warm, or warmed by other pages gives equal articles; the
memos stay within their bound; inputs the public functions refuse never reach a memo (an
unhashable argument is refused, not a ``TypeError``).
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanscrape import _memo, dates, fields, parse
from cleanscrape._memo import LineMemo
from cleanscrape.features import Features, measure_lines
from cleanscrape.rules import RuleSet, default_rules

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


# --- the features memo of a rule set ---------------------------------------------------------


def _features_fresh(lines: list[str], rules: RuleSet) -> list[Features]:
    """The features computed without the memo (a new, empty one)."""
    return measure_lines(lines, RuleSet(rules.rules))


@given(
    lines=st.lists(
        st.text(min_size=1, max_size=60).filter(lambda s: "\n" not in s and s.strip() == s),
        max_size=12,
    ),
    seen=st.lists(st.integers(min_value=0, max_value=11), max_size=12),
)
def test_features_from_the_memo_equal_fresh_ones(lines: list[str], seen: list[int]) -> None:
    rules = RuleSet(default_rules().rules)  # a memo of its own
    # some of the lines measured before, alone or among others
    measure_lines([lines[i] for i in seen if i < len(lines)], rules)
    assert measure_lines(lines, rules) == _features_fresh(lines, rules)
    assert measure_lines(lines, rules) == _features_fresh(lines, rules)  # all from the memo


def test_a_site_template_line_is_measured_once() -> None:
    rules = RuleSet(default_rules().rules)
    page = ["Follow us on Twitter @Example", "A long sentence of the article body, here."]
    first = measure_lines(page, rules)
    again = measure_lines([page[1], page[0]], rules)
    assert again[1] is first[0] and again[0] is first[1]  # kept, not measured again
    _memo.clear()
    assert measure_lines(page, rules)[0] is not first[0]  # cleared with the others
    assert measure_lines(page, rules) == first


def test_the_features_memo_is_bounded_and_keeps_recent_lines() -> None:
    memo: LineMemo[int] = LineMemo(size=100)
    for i in range(1000):
        memo.keep([f"line {i}"], [i], max_chars=80)
        assert len(memo) <= 200
        # a line read on every page stays however many others pass by (measured again
        # at most once per generation)
        if memo.lookup(["template"]) == [None]:
            memo.keep(["template"], [-1], max_chars=80)
        assert memo.lookup(["template"]) == [-1]
    assert memo.lookup(["line 999", "line 0"]) == [999, None]
    memo.keep(["x" * 81, "short"], [1, 2], max_chars=80)
    assert memo.lookup(["x" * 81, "short"]) == [None, 2]


def test_long_lines_are_not_kept_in_the_features_memo() -> None:
    rules = RuleSet(default_rules().rules)
    measure_lines(["word " * 30 + "end."], rules)  # 154 characters
    assert len(rules.line_memo) == 0
    measure_lines(["A short line."], rules)
    assert len(rules.line_memo) == 1


def test_a_pickled_rule_set_starts_with_an_empty_memo() -> None:
    rules = RuleSet(default_rules().rules)
    measure_lines(["Follow us on Twitter", "Read more"], rules)
    copy = pickle.loads(pickle.dumps(rules))
    assert len(copy.line_memo) == 0
    assert copy == rules
    assert measure_lines(["Follow us on Twitter"], copy) == measure_lines(
        ["Follow us on Twitter"], rules
    )
