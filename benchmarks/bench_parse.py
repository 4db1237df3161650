"""pytest-benchmark suites for the three stages of one document: normalize, classify and
parse, over the fixed texts of ``conftest.py``.

Run them for figures with ``pytest benchmarks/bench_parse.py --benchmark-enable``; each
reports its throughput in ``extra_info["MB/s"]`` (UTF-8 bytes of input per second of the
mean round). In the normal test run (``--benchmark-disable`` in pyproject) each runs once
as a plain test and checks its result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from cleanscrape import Article, _memo, default_rules, parse
from cleanscrape.classify import Verdict, classify
from cleanscrape.normalize import normalize, split_lines

T = TypeVar("T")


def _run(benchmark: Any, fn: Callable[[], T], nbytes: int, docs: int) -> T:
    def cold() -> T:
        # every round starts with the grammars' line memos empty (cleanscrape._memo): a
        # round gains nothing from the one before it
        _memo.clear()
        return fn()

    result: T = benchmark(cold)
    if benchmark.enabled and benchmark.stats is not None:
        mean = benchmark.stats.stats.mean
        benchmark.extra_info["MB/s"] = round(nbytes / mean / 1e6, 2)
        benchmark.extra_info["docs/s"] = round(docs / mean, 1)
    benchmark.extra_info["bytes"] = nbytes
    benchmark.extra_info["docs"] = docs
    return result


def _nbytes(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


@pytest.fixture(scope="module")
def texts(bench_texts: list[tuple[str, str]]) -> list[str]:
    return [text for _, text in bench_texts]


def test_normalize(benchmark: Any, texts: list[str]) -> None:
    out = _run(benchmark, lambda: [normalize(t) for t in texts], _nbytes(texts), len(texts))
    assert len(out) == len(texts)
    assert all(normalize(o) == o for o in out)


def test_normalize_bytes(benchmark: Any, texts: list[str]) -> None:
    data = [t.encode("utf-8") for t in texts]
    out = _run(benchmark, lambda: [normalize(d) for d in data], _nbytes(texts), len(texts))
    assert out == [normalize(t) for t in texts]


def test_classify(benchmark: Any, texts: list[str]) -> None:
    rules = default_rules()
    lines = [split_lines(normalize(t)) for t in texts]

    def run() -> list[list[Verdict]]:
        return [classify(ls, rules) for ls in lines]

    out = _run(benchmark, run, _nbytes(texts), len(texts))
    assert [len(v) for v in out] == [len(ls) for ls in lines]
    assert all(any(v.role == "body" for v in vs) for vs in out)


def test_parse(benchmark: Any, texts: list[str]) -> None:
    def run() -> list[Article]:
        return [parse(t) for t in texts]

    out = _run(benchmark, run, _nbytes(texts), len(texts))
    for text, article in zip(texts, out):
        lines = split_lines(normalize(text))
        assert article.accounted_lines() == {i: t for i, t in enumerate(lines) if t}
        assert article.body


def test_parse_one_long_page(benchmark: Any, texts: list[str]) -> None:
    """Every text glued into one page (a long forum or live-blog page)."""
    page = "\n\n".join(texts)
    out = _run(benchmark, lambda: parse(page), _nbytes([page]), 1)
    assert out.body
