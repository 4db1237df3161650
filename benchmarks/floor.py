#!/usr/bin/env python3
"""What the speed targets leave room for: the budget of each target against the cost of
the stages any implementation of the issue has to run.

    python benchmarks/floor.py [--dev DIR] [--limit N] [--docs N] [--rounds N]

**parse (issue 2)**, on the dev set: the target is ``parse`` at 1/6 of the speed of the
one-regex loop of ``throughput.py``, so its budget is 6 times that loop's time. Against
it, in the same run:

* ``normalize`` alone (decoding aside: line breaks, odd spaces, the mojibake check);
* the default rule set matched on every line of the normalized pages
  (``RuleSet.match_lines``: the pre-checked, bucketed matcher, one call per page);
* the whole ``parse``.

**parse + dedupe (issue 3)**, on ``--docs`` generated articles (``tests/synth.py``): the
target is 5 MB/s end to end, so once ``parse`` has run, the corpus step must run at the
speed printed as "needed". Against it:

* the exact fingerprint of every body paragraph (``normalize_paragraph`` and BLAKE2b);
* the same plus the character-shingle sketch of every paragraph (what finding lightly
  edited paragraphs, the issue's recall target, rests on);
* the whole corpus step (``dedupe``).

Every figure is the fastest of ``--rounds`` rounds, with the line memos emptied before
each (:mod:`cleanscrape._memo`). Without the dev set the first part is skipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synth import iter_corpus  # noqa: E402 - the generator lives with the tests
from throughput import DEV, TARGET_RATIO, baseline_loop, load_pages  # noqa: E402
from throughput import best_time as throughput_best_time  # noqa: E402

from cleanscrape import Config, _memo, dedupe, parse  # noqa: E402
from cleanscrape.corpus import fingerprint_text, normalize_paragraph, sketch  # noqa: E402
from cleanscrape.normalize import normalize  # noqa: E402
from cleanscrape.rules import default_rules  # noqa: E402

#: The end-to-end target of issue 3, in MB/s.
CORPUS_TARGET = 5.0


def best_time(fn: Callable[[], object], rounds: int) -> float:
    """:func:`throughput.best_time` after one untimed run (which builds what is built once
    per process, such as the matcher's dispatch tables)."""
    fn()
    return throughput_best_time(fn, rounds)


def row(name: str, secs: float, mb: float, budget: float | None = None) -> None:
    share = f"{secs / budget:8.2f}" if budget else ""
    print(f"  {name:44s}{secs:8.3f} s{mb / secs:9.1f} MB/s{share}")


def parse_part(dev: Path, rounds: int, limit: int | None = None) -> None:
    pages = load_pages(dev, limit)
    texts = [t for t, _ in pages]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    normalized = [normalize(t) for t in texts]
    lines = [[ln.strip() for ln in t.split("\n")] for t in normalized]
    rules = default_rules()

    def run_normalize() -> None:
        for t in texts:
            normalize(t)

    def run_rules() -> None:
        for page in lines:
            rules.match_lines(page)

    def run_parse() -> None:
        for t, url in pages:
            parse(t, source=url)

    loop = best_time(lambda: baseline_loop(texts), rounds)
    budget = loop / TARGET_RATIO
    print(f"parse, {len(texts)} dev pages, {mb:.2f} MB ({len(rules)} rules)")
    print(f"  {'':44s}{'time':>10s}{'speed':>14s}{'x budget':>9s}")
    row("one regex per line (the baseline)", loop, mb)
    print(f"  {'budget: 6 x the baseline':44s}{budget:8.3f} s{mb / budget:9.1f} MB/s")
    for name, fn in (
        ("normalize", run_normalize),
        ("rule matching", run_rules),
        ("parse", run_parse),
    ):
        row(name, best_time(fn, rounds), mb, budget)


def corpus_part(docs: int, rounds: int) -> None:
    generated = [(d.text, d.source) for d in iter_corpus(docs, 50, 0)]
    mb = sum(len(t.encode("utf-8")) for t, _ in generated) / 1e6
    for t, s in generated[:50]:  # untimed: what is built once per process
        parse(t, source=s)
    _memo.clear()
    start = time.perf_counter()
    articles = [parse(t, source=s) for t, s in generated]
    parse_secs = time.perf_counter() - start
    chars = Config().shingle_chars

    def exact() -> None:
        for a in articles:
            for p in a.body:
                fingerprint_text(normalize_paragraph(p))

    def exact_and_sketch() -> None:
        for a in articles:
            for p in a.body:
                norm = normalize_paragraph(p)
                fingerprint_text(norm)
                sketch(norm, chars)

    print(f"parse + dedupe, {docs} generated articles, {mb:.1f} MB")
    row("parse", parse_secs, mb)
    left: float | None = mb / CORPUS_TARGET - parse_secs
    if left is not None and left > 0:
        print(
            f"  {'needed: the corpus step in the time left':44s}{left:8.3f} s{mb / left:9.1f} MB/s"
        )
    else:
        print(f"  parse alone is slower than {CORPUS_TARGET} MB/s: no time is left")
        left = None
    for name, fn in (
        ("exact fingerprints of every paragraph", exact),
        ("... and the sketch of every paragraph", exact_and_sketch),
        ("the corpus step (dedupe)", lambda: dedupe(articles)),
    ):
        row(name, best_time(fn, rounds), mb, left)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dev", type=Path, default=DEV, help="the dev folder (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each folder")
    ap.add_argument("--docs", type=int, default=20000, help="generated articles (issue 3)")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each stage; the best counts")
    args = ap.parse_args(argv)
    if args.dev.is_dir():
        parse_part(args.dev, args.rounds, args.limit)
    else:
        print(f"no dev set at {args.dev}: the parse part is skipped")
    if args.docs > 0:
        corpus_part(args.docs, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
