#!/usr/bin/env python3
"""Throughput and peak memory of parse + dedupe on a generated corpus, in one process.

    python benchmarks/corpus_throughput.py                  # 100,000 docs, batch mode
    python benchmarks/corpus_throughput.py --docs 20000 --mode stream --state s.sqlite

First writes the corpus (``tests/synth.py``: several sites, background paragraphs,
template lines, re-scrapes) to a temporary file, one JSON string per line, and measures
nothing while doing so. Then, in the same process, from that file:

* ``--mode batch`` (default): ``parse`` every page, keep the articles, ``dedupe`` them all
  (what ``cleanscrape.dedupe`` on a list costs: every article is in memory at the end, and
  one site's statistics at a time);
* ``--mode stream``: two passes through a :class:`~cleanscrape.state.Corpus` (in memory, or
  in ``--state FILE``): parse page by page, ``observe`` and spill each article to a
  temporary file (pickle), then read them back and ``clean`` one by one, keeping only a
  count: only the statistics stay in memory (the way for corpora too large for a list).

Prints MB/s (UTF-8 megabytes of page text per second, parse included) and docs/s for the
whole and per stage, the peak resident memory of the process (``ru_maxrss``, in MiB and
MB), and the size of the corpus statistics in bytes per article (a deep ``sys.getsizeof``
of the stats of every site) and of the largest site's.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import attrs  # noqa: E402
from synth import iter_corpus  # noqa: E402 - the generator lives with the tests

from cleanscrape import Article, Config, parse  # noqa: E402
from cleanscrape.corpus import (  # noqa: E402
    SiteStats,
    apply,
    decide,
    fingerprint,
    site_key,
)
from cleanscrape.state import Corpus  # noqa: E402


def write_corpus(path: Path, docs: int, sites: int, seed: int) -> int:
    """One JSON object per line: ``{"text": ..., "source": ...}``; returns text bytes."""
    total = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc in iter_corpus(docs, sites, seed):
            fh.write(json.dumps({"text": doc.text, "source": doc.source}) + "\n")
            total += doc.size
    return total


def read_corpus(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield rec["text"], rec["source"]


def peak_rss_mb() -> float:
    """The peak resident memory of this process, in MiB (2**20 bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _mib(value: float) -> str:
    return f"{value:.0f} MiB ({value * 2**20 / 1e6:.0f} MB)"


def _units_size(value: int | set[int]) -> int:
    if isinstance(value, int):
        return 0  # the same int object as the document's identity in ``units``
    return sys.getsizeof(value) + sum(sys.getsizeof(u) for u in value)


def _site_bytes(s: SiteStats) -> int:
    total = sys.getsizeof(s.units) + sum(sys.getsizeof(u) for u in s.units)
    total += sys.getsizeof(s.captures)
    for caps in s.captures.values():
        total += sys.getsizeof(caps) + sum(
            sys.getsizeof(c) + sys.getsizeof(c.source) + sys.getsizeof(c.content) for c in caps
        )
    for table in (s.paragraphs, s.lines):
        total += sys.getsizeof(table)
        total += sum(sys.getsizeof(fp) + _units_size(u) for fp, u in table.items())
    total += sys.getsizeof(s.sketches) + sum(sys.getsizeof(b) for b in s.sketches.values())
    return total


def run_batch(path: Path, cfg: Config) -> dict[str, float]:
    t0 = time.perf_counter()
    articles = [parse(text, source=source, config=cfg) for text, source in read_corpus(path)]
    t1 = time.perf_counter()
    rss_parsed = peak_rss_mb()
    # dedupe(), stage by stage so that each is timed and the stats can be measured: the
    # sites one after the other, each site's statistics dropped once it is decided.
    by_site: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        by_site.setdefault(site_key(a), []).append(i)
    out: list[Article | None] = [None] * len(articles)
    fp_seconds = add_seconds = decide_seconds = apply_seconds = measure_seconds = 0.0
    size = largest = 0
    for name, members in by_site.items():
        stats = SiteStats()
        slim = []
        for i in members:
            ta = time.perf_counter()
            sig = fingerprint(articles[i], name, cfg)
            tb = time.perf_counter()
            stats.add(sig)
            slim.append(attrs.evolve(sig, paragraphs=(), sketches=(), lines=()))
            add_seconds += time.perf_counter() - tb
            fp_seconds += tb - ta
        tc = time.perf_counter()
        site_size = _site_bytes(stats)
        size += site_size
        largest = max(largest, site_size)
        td = time.perf_counter()
        decisions = decide(stats, cfg)
        del stats
        te = time.perf_counter()
        for i, sig in zip(members, slim):
            out[i] = apply(articles[i], decisions, cfg, signature=sig)
        tf = time.perf_counter()
        measure_seconds += td - tc
        decide_seconds += te - td
        apply_seconds += tf - te
    t5 = time.perf_counter()
    done = [a for a in out if a is not None]
    return {
        "docs": len(done),
        "parse": t1 - t0,
        "fingerprint": fp_seconds,
        "stats": add_seconds,
        "decide": decide_seconds,
        "apply": apply_seconds,
        "dedupe (fingerprint + stats + decide + apply)": t5 - t1 - measure_seconds,
        "total": t5 - t0 - measure_seconds,
        "background": sum(len(a.background) for a in done),
        "duplicates": sum(a.duplicate_of is not None for a in done),
        "stats_bytes": size,
        "largest_site_bytes": largest,
        "rss_after_parse": rss_parsed,
    }


def run_stream(path: Path, cfg: Config, state: Path | None, spill: Path) -> dict[str, float]:
    corpus = Corpus.open(state, cfg) if state else Corpus(cfg)
    with corpus, spill.open("wb") as out:

        def parsed() -> Iterator[Article]:
            for text, src in read_corpus(path):
                art = parse(text, source=src, config=cfg)
                pickle.dump(art, out, protocol=pickle.HIGHEST_PROTOCOL)
                yield art

        t0 = time.perf_counter()
        corpus.observe(parsed())
        t1 = time.perf_counter()
        out.close()
        docs = moved = dups = 0
        with spill.open("rb") as fh:
            while True:
                try:
                    art = pickle.load(fh)
                except EOFError:
                    break
                (cleaned,) = corpus.reclean([art])
                docs += 1
                moved += len(cleaned.background)
                dups += cleaned.duplicate_of is not None
        t2 = time.perf_counter()
    return {
        "docs": docs,
        "observe (parse + fingerprint + count, spill)": t1 - t0,
        "clean (read back + decide + apply)": t2 - t1,
        "total": t2 - t0,
        "background": moved,
        "duplicates": dups,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--sites", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mode", choices=("batch", "stream"), default="batch")
    parser.add_argument("--state", type=Path, default=None, help="SQLite file (stream mode)")
    args = parser.parse_args(argv)
    cfg = Config()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        t = time.perf_counter()
        nbytes = write_corpus(path, args.docs, args.sites, args.seed)
        mb = nbytes / 1e6
        print(
            f"corpus: {args.docs} docs, {mb:.1f} MB of text, {args.sites} sites, seed "
            f"{args.seed} (written in {time.perf_counter() - t:.1f} s, not timed)"
        )
        rss_start = peak_rss_mb()
        if args.mode == "batch":
            res = run_batch(path, cfg)
        else:
            res = run_stream(path, cfg, args.state, Path(tmp) / "parsed.pickle")
    docs = int(res.pop("docs"))
    moved = int(res.pop("background"))
    dups = int(res.pop("duplicates"))
    total = res["total"]
    print(f"mode {args.mode}: {docs} docs, {moved} background paragraphs, {dups} re-scrapes")
    for name, seconds in res.items():
        if name in ("stats_bytes", "largest_site_bytes", "rss_after_parse"):
            continue
        print(
            f"  {name:<40} {seconds:8.1f} s  {mb / seconds:7.2f} MB/s  {docs / seconds:9.0f} docs/s"
        )
    if "stats_bytes" in res:
        print(
            f"  corpus statistics: {res['stats_bytes'] / docs:.0f} bytes/article (deep size; "
            f"the largest site's, the most held at once: {res['largest_site_bytes'] / 1e6:.1f} MB)"
        )
        print(f"  peak RSS after parse: {_mib(res['rss_after_parse'])}")
    print(f"  peak RSS: {_mib(peak_rss_mb())} (before the timed part: {_mib(rss_start)})")
    print(f"end to end: {mb / total:.2f} MB/s, {docs / total:.0f} docs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
