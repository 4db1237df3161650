#!/usr/bin/env python3
"""The scale run of ``cleanscrape clean``: a generated corpus, the local and the Dask
engine, wall time, MB/s and peak memory, and how memory follows distinct fingerprints.

    python benchmarks/scale_run.py                          # 1,000,000 articles (long!)
    python benchmarks/scale_run.py --docs 20000 --docs 100000 --workdir /var/tmp/scale
    python benchmarks/scale_run.py --docs 50000 --repeat 2 --workdir /var/tmp/scale

For each ``--docs N`` it writes N generated articles (``tests/synth.py``: realistic
lengths and site chrome, many sites, background paragraphs lightly edited, template lines,
re-scrapes) to ``corpus-N.jsonl`` once (kept in ``--workdir`` and reused when it is
there), then runs the installed command on it in a subprocess, once per engine::

    cleanscrape clean corpus-N.jsonl -o out-ENGINE.jsonl -q --engine local --jobs 0
    cleanscrape clean corpus-N.jsonl -o out-ENGINE.jsonl -q --engine dask

(``--jobs 0``: one worker process per CPU; the Dask engine starts a LocalCluster of one
single-threaded worker process per CPU). While a run goes, the resident memory (RSS) of
the command and all its descendants (pool or cluster worker processes) is sampled from
``/proc`` every 0.2 s: the peak of the sum is the run's peak memory; the peaks of the
command process alone and of the sum over its descendants are shown too. ``ru_maxrss``
of the children (the largest single process) is printed as a cross-check.

It then checks that both engines wrote the same bytes, and counts the distinct
fingerprints of the run from the output (per site: paragraphs long enough to be
background, and short lines, as :func:`cleanscrape.corpus.fingerprint` counts them), so
that two sizes show peak memory per distinct fingerprint. With ``--repeat K`` it cleans K
copies of the corpus in one run: K times the text with the same distinct fingerprints
(every copy after the first is a re-scrape), which shows that memory follows the distinct
fingerprints and not the size of the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from synth import iter_corpus  # noqa: E402 - the generator lives with the tests

from cleanscrape import Article, Config  # noqa: E402
from cleanscrape.corpus import (  # noqa: E402
    CORPUS_RULES,
    fingerprint_text,
    normalize_paragraph,
    site_key,
)

SCRIPT = Path(sys.executable).with_name("cleanscrape")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def default_sites(docs: int) -> int:
    """Many sites: one per 5,000 articles, at least 20 (200 for a million)."""
    return max(20, docs // 5000)


def write_corpus(path: Path, docs: int, sites: int, seed: int) -> int:
    """The corpus as JSONL (``text``, and ``url`` when the source is one); text bytes."""
    text_bytes = 0
    tmp = path.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8") as fh:
        for doc in iter_corpus(docs, sites, seed):
            record = {"text": doc.text}
            if doc.source.startswith(("http://", "https://")):
                record["url"] = doc.source
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            text_bytes += len(doc.text.encode("utf-8"))
    tmp.rename(path)
    path.with_suffix(".bytes").write_text(str(text_bytes))
    return text_bytes


# -- memory sampling ----------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            out += [int(c) for c in Path(f"/proc/{pid}/task/{tid}/children").read_text().split()]
        except OSError:
            continue
    return out


def _rss(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/statm").read_text().split()
    except OSError:
        return 0
    return int(fields[1]) * _PAGE


class TreeSampler(threading.Thread):
    """Samples the RSS of a process and all its descendants until stopped."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.every = every
        self.peak_total = 0
        self.peak_main = 0
        self.peak_descendants = 0
        self.most_processes = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            tree = [self.pid]
            i = 0
            while i < len(tree):
                tree += _children(tree[i])
                i += 1
            main = _rss(self.pid)
            rest = sum(_rss(p) for p in tree[1:])
            self.peak_main = max(self.peak_main, main)
            self.peak_descendants = max(self.peak_descendants, rest)
            self.peak_total = max(self.peak_total, main + rest)
            self.most_processes = max(self.most_processes, len(tree))
            self._stop_event.wait(self.every)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def run_clean(
    corpus: Path, out: Path, engine: str, partition_size: str | None = None
) -> dict[str, float]:
    cmd = [str(SCRIPT), "clean", str(corpus), "-o", str(out), "-q", "--engine", engine]
    if engine == "local":
        cmd += ["--jobs", "0"]
    elif partition_size is not None:
        cmd += ["--partition-size", partition_size]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.stop()
    if proc.returncode != 0:  # the generated corpus has no bad records
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr.decode()[-3000:]}")
    return {
        "seconds": seconds,
        "peak_total": sampler.peak_total,
        "peak_main": sampler.peak_main,
        "peak_descendants": sampler.peak_descendants,
        "processes": sampler.most_processes,
    }


def distinct_fingerprints(path: Path, config: Config) -> tuple[int, int, int]:
    """(articles, distinct paragraph fingerprints, distinct short-line fingerprints) of a
    run's output, per site, counted as the corpus statistics count them."""
    paragraphs: set[int] = set()
    lines: set[int] = set()
    articles = 0
    limit = config.template_max_chars
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            article = Article.from_dict(json.loads(raw))
            articles += 1
            site = fingerprint_text(site_key(article))
            body = list(article.body)
            for r in article.removed:
                norm = normalize_paragraph(r.text)
                if r.rule in CORPUS_RULES:
                    body.append(r.text)
                elif len(r.text) <= limit and norm:
                    lines.add(site ^ fingerprint_text(norm))
            for text in body:
                norm = normalize_paragraph(text)
                fp = site ^ fingerprint_text(norm)
                if len(norm) >= config.min_background_chars:
                    paragraphs.add(fp)
                if len(text) <= limit and norm:
                    lines.add(fp)
    return articles, len(paragraphs), len(lines)


def _children_maxrss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, action="append", help="repeatable; default 1e6")
    parser.add_argument("--sites", type=int, default=None, help="default: docs / 5000, >= 20")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--engine", action="append", choices=["local", "dask"], help="default: both"
    )
    parser.add_argument("--workdir", type=Path, default=Path("scale-run"))
    parser.add_argument("--keep-output", action="store_true", help="keep out-*.jsonl")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="clean K copies of each corpus one after the other (a bigger corpus with the "
        "same distinct fingerprints: memory should not grow)",
    )
    parser.add_argument(
        "--partition-size",
        default=None,
        help="passed to the Dask engine (default: its own, which grows with the input up "
        "to 64M, and with it the workers' memory)",
    )
    args = parser.parse_args(argv)
    sizes = args.docs or [1_000_000]
    engines = args.engine or ["local", "dask"]
    args.workdir.mkdir(parents=True, exist_ok=True)
    config = Config()
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; command: {SCRIPT}")
    rows = []
    fps: dict[int, int] = {}
    identical = True
    for docs in sizes:
        sites = args.sites or default_sites(docs)
        corpus = args.workdir / f"corpus-{docs}-{sites}-{args.seed}.jsonl"
        if corpus.exists() and corpus.with_suffix(".bytes").exists():
            text_bytes = int(corpus.with_suffix(".bytes").read_text())
            print(f"corpus: {corpus} (kept from an earlier run)")
        else:
            start = time.perf_counter()
            text_bytes = write_corpus(corpus, docs, sites, args.seed)
            print(f"corpus: {corpus} written in {time.perf_counter() - start:.0f} s")
        if args.repeat > 1:
            repeated = corpus.with_name(f"{corpus.stem}-x{args.repeat}.jsonl")
            if not repeated.exists():
                with repeated.open("wb") as out_fh:
                    for _ in range(args.repeat):
                        with corpus.open("rb") as in_fh:
                            while chunk := in_fh.read(1 << 24):
                                out_fh.write(chunk)
            corpus = repeated
            text_bytes *= args.repeat
            docs *= args.repeat
            print(f"corpus repeated {args.repeat} times: {corpus}")
        mb = text_bytes / 1e6
        print(
            f"  {docs} articles, {sites} sites, {mb:.1f} MB of text "
            f"({corpus.stat().st_size / 1e6:.1f} MB of JSONL)"
        )
        outputs = {}
        for engine in engines:
            out = args.workdir / f"out-{docs}-{engine}.jsonl"
            load = os.getloadavg()[0]
            result = run_clean(corpus, out, engine, args.partition_size)
            outputs[engine] = out
            rows.append((docs, engine, result, mb, load))
            seconds = result["seconds"]
            print(
                f"  {engine:>5}: {seconds:8.1f} s  {mb / seconds:6.2f} MB/s  "
                f"{docs / seconds:7.0f} docs/s  peak {result['peak_total'] / 1e6:7.0f} MB "
                f"(command {result['peak_main'] / 1e6:.0f} MB, workers "
                f"{result['peak_descendants'] / 1e6:.0f} MB, {result['processes']} processes; "
                f"load before {load:.2f})",
                flush=True,
            )
        if len(outputs) == 2:
            same = subprocess.run(
                ["cmp", "-s", str(outputs["local"]), str(outputs["dask"])], check=False
            )
            identical &= same.returncode == 0
            print(f"  outputs identical: {'yes' if same.returncode == 0 else 'NO'}")
        first = next(iter(outputs.values()))
        articles, n_par, n_lines = distinct_fingerprints(first, config)
        distinct = fps[docs] = n_par + n_lines
        print(
            f"  distinct fingerprints: {distinct} ({n_par} paragraphs, {n_lines} short lines) "
            f"over {articles} articles"
        )
        for engine in engines:
            for d, e, result, _, _ in rows:
                if d == docs and e == engine:
                    per = result["peak_total"] / distinct
                    print(
                        f"  {engine:>5}: {per:,.0f} bytes of peak memory per distinct fingerprint"
                    )
        if not args.keep_output:
            for out in outputs.values():
                out.unlink()
    for engine in engines:
        points = [(fps[d], r["peak_total"]) for d, e, r, _, _ in rows if e == engine]
        if len(points) >= 2:
            (f1, m1), (f2, m2) = points[0], points[-1]
            if f2 != f1:
                slope = (m2 - m1) / (f2 - f1)
                print(f"{engine}: peak memory grows by {slope:,.0f} bytes per distinct fingerprint")
    print(f"ru_maxrss of the largest child process: {_children_maxrss_mb():.0f} MB")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
