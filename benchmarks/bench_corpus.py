"""pytest-benchmark suites for the corpus step on a small generated corpus.

Run them for figures with ``pytest benchmarks/bench_corpus.py --benchmark-enable``; each
reports ``extra_info["MB/s"]`` and ``["docs/s"]`` (UTF-8 bytes of page text per second of
the mean round). In the normal test run (``--benchmark-disable`` in pyproject) each runs
once as a plain test and checks its result. ``benchmarks/corpus_throughput.py`` measures
the 100,000-article figures and the peak memory.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from cleanscrape import Config, parse
from cleanscrape.corpus import CorpusStats, decide, dedupe, fingerprint, site_key
from cleanscrape.model import Article
from cleanscrape.state import Corpus

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import synth

T = TypeVar("T")

DOCS = 400
SITES = 8


def _run(benchmark: Any, fn: Callable[[], T], nbytes: int, docs: int) -> T:
    result: T = benchmark(fn)
    if benchmark.enabled and benchmark.stats is not None:
        mean = benchmark.stats.stats.mean
        benchmark.extra_info["MB/s"] = round(nbytes / mean / 1e6, 2)
        benchmark.extra_info["docs/s"] = round(docs / mean, 1)
    benchmark.extra_info["bytes"] = nbytes
    benchmark.extra_info["docs"] = docs
    return result


@pytest.fixture(scope="module")
def docs() -> list[synth.SynthDoc]:
    return synth.generate_corpus(DOCS, SITES, seed=5)


@pytest.fixture(scope="module")
def parsed(docs: list[synth.SynthDoc]) -> list[Article]:
    return [parse(d.text, source=d.source) for d in docs]


@pytest.fixture(scope="module")
def nbytes(docs: list[synth.SynthDoc]) -> int:
    return sum(d.size for d in docs)


def test_bench_fingerprint(benchmark: Any, parsed: list[Article], nbytes: int) -> None:
    cfg = Config()
    sigs = _run(benchmark, lambda: [fingerprint(a, site_key(a), cfg) for a in parsed], nbytes, DOCS)
    assert len(sigs) == DOCS and all(s.paragraphs for s in sigs)


def test_bench_decide(benchmark: Any, parsed: list[Article], nbytes: int) -> None:
    cfg = Config()
    stats = CorpusStats()
    for a in parsed:
        stats.add(fingerprint(a, site_key(a), cfg))
    decisions = _run(
        benchmark, lambda: [decide(s, cfg) for s in stats.sites.values()], nbytes, DOCS
    )
    assert len(decisions) == SITES and all(d.background for d in decisions)


def test_bench_dedupe(benchmark: Any, parsed: list[Article], nbytes: int) -> None:
    out = _run(benchmark, lambda: dedupe(parsed), nbytes, DOCS)
    assert sum(len(a.background) for a in out) > DOCS // 2


def test_bench_parse_and_dedupe(benchmark: Any, docs: list[synth.SynthDoc], nbytes: int) -> None:
    def run() -> list[Article]:
        return dedupe(parse(d.text, source=d.source) for d in docs)

    out = _run(benchmark, run, nbytes, DOCS)
    assert [a.duplicate_of for a in out] == [d.duplicate_of for d in docs]


def test_bench_corpus_sqlite(
    benchmark: Any, parsed: list[Article], nbytes: int, tmp_path: Path
) -> None:
    rounds = iter(range(10**6))

    def run() -> list[Article]:
        with Corpus.open(tmp_path / f"state{next(rounds)}.sqlite") as corpus:
            corpus.observe(parsed)
            return corpus.clean(parsed)

    out = _run(benchmark, run, nbytes, DOCS)
    assert out == dedupe(parsed)
