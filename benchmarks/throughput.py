#!/usr/bin/env python3
"""Throughput of single-process ``parse`` on the dev set, against a one-regex baseline.

    python benchmarks/throughput.py [--dev DIR] [--rounds N] [--limit N] [--peers]

Loads every input page ``<id>.txt`` (not the ``.gold.txt``) of every folder of
``../shared/eval/dev`` into memory, then times, in the same run and process:

* **baseline**: the loop below, one compiled ``regex`` pattern searched in every line::

      for text in texts:
          for line in text.split("\\n"):
              if pattern.search(line) is not None:
                  hits += 1

  with ``pattern = BASELINE = regex.compile(r"follow us|subscribe|loading")``: unanchored,
  so the search reads every character of every line (this is the loop the issue's
  "about 75 MB/s" refers to; the ratio is taken against it). The same loop with the
  anchored ``ANCHORED = regex.compile(r"^(?:follow us|subscribe|loading)", regex.I)``,
  which gives up after the first characters of a line, is printed for information;
* **parse**: ``cleanscrape.parse(text, source=url)`` for every page (``url`` from its
  ``meta.json``, as the quality script does);
* with ``--peers``, **boilerpy3** (when importable; not a dependency):
  ``ArticleExtractor().get_content(html)`` on each page turned into HTML with every line as
  a ``<p>`` (as the reference figures in the dev set's README were measured).

Each is run ``--rounds`` times (default 3) and its fastest round is reported, as MB/s
(UTF-8 bytes of input per second) and docs/s, with the ratio parse / baseline (the target
is at least 1/6). Without the dev set it prints a message and exits 0.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import regex

import cleanscrape
from cleanscrape import _memo

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
BASELINE = regex.compile(r"follow us|subscribe|loading")
ANCHORED = regex.compile(r"^(?:follow us|subscribe|loading)", regex.IGNORECASE)
TARGET_RATIO = 1 / 6


def load_pages(dev: Path, limit: int | None = None) -> list[tuple[str, str | None]]:
    """``(text, url)`` of every input page under ``dev``, folders and pages sorted;
    ``limit`` keeps the first pages of each folder."""
    pages: list[tuple[str, str | None]] = []
    for folder in sorted(p for p in dev.iterdir() if p.is_dir()):
        golds = sorted(folder.glob("*.gold.txt"))[:limit]
        for gold in golds:
            pid = gold.name[: -len(".gold.txt")]
            text = (folder / f"{pid}.txt").read_text(encoding="utf-8")
            meta_path = folder / f"{pid}.meta.json"
            url = None
            if meta_path.exists():
                url = json.loads(meta_path.read_text(encoding="utf-8")).get("url")
            pages.append((text, url))
    return pages


def baseline_loop(texts: Sequence[str], pattern: regex.Pattern[str] = BASELINE) -> int:
    """The documented baseline: one compiled pattern searched in each line."""
    hits = 0
    for text in texts:
        for line in text.split("\n"):
            if pattern.search(line) is not None:
                hits += 1
    return hits


def parse_loop(pages: Sequence[tuple[str, str | None]]) -> int:
    """``parse`` every page; returns the number of body paragraphs (to keep the work)."""
    paragraphs = 0
    for text, url in pages:
        paragraphs += len(cleanscrape.parse(text, source=url).body)
    return paragraphs


def boilerpy3_loop(texts: Sequence[str]) -> int | None:
    """boilerpy3's ArticleExtractor on each page as HTML (one ``<p>`` per line), or
    ``None`` when boilerpy3 is not installed."""
    try:
        from boilerpy3 import extractors  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    extractor = extractors.ArticleExtractor(raise_on_failure=False)
    chars = 0
    for text in texts:
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line)
        chars += len(extractor.get_content(f"<html><body>\n{body}</body></html>"))
    return chars


def best_time(fn: Callable[[], object], rounds: int) -> float:
    """The fastest of ``rounds`` runs of ``fn``, in seconds. Each run starts with the
    line memos of the grammars empty (:mod:`cleanscrape._memo`): a round gains nothing
    from the one before it, only from lines repeated within the run."""
    best = float("inf")
    for _ in range(rounds):
        _memo.clear()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dev", type=Path, default=DEV, help="the dev folder (default: %(default)s)")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each loop; the best counts")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each folder")
    ap.add_argument("--peers", action="store_true", help="also time boilerpy3 if installed")
    args = ap.parse_args(argv)

    if not args.dev.is_dir():
        print(f"no dev set at {args.dev}: nothing to measure")
        return 0
    pages = load_pages(args.dev, args.limit)
    if not pages:
        print(f"no pages under {args.dev}: nothing to measure")
        return 0
    texts = [text for text, _ in pages]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    ndocs = len(texts)
    print(f"{ndocs} pages, {nbytes / 1e6:.2f} MB, best of {args.rounds} rounds")

    rows: list[tuple[str, float]] = [
        ("baseline: one regex per line", best_time(lambda: baseline_loop(texts), args.rounds)),
        ("cleanscrape.parse", best_time(lambda: parse_loop(pages), args.rounds)),
        (
            "(anchored regex per line)",
            best_time(lambda: baseline_loop(texts, ANCHORED), args.rounds),
        ),
    ]
    if args.peers:
        if boilerpy3_loop(texts[:1]) is None:
            print("boilerpy3 is not installed: peer skipped")
        else:
            rows.append(("boilerpy3 ArticleExtractor", best_time(lambda: boilerpy3_loop(texts), 1)))

    print(f"{'':32s}{'seconds':>9s}{'MB/s':>9s}{'docs/s':>9s}")
    for name, secs in rows:
        print(f"{name:32s}{secs:9.3f}{nbytes / 1e6 / secs:9.2f}{ndocs / secs:9.1f}")
    ratio = rows[0][1] / rows[1][1]
    verdict = "meets" if ratio >= TARGET_RATIO else "misses"
    print(f"parse / baseline speed: {ratio:.3f} ({verdict} the target of 1/6 = {TARGET_RATIO:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
