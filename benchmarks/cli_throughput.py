"""Throughput of ``cleanscrape clean`` on a generated corpus, with one and more jobs.

Writes a JSONL corpus of synthetic pages (``tests/synth.py``: several sites, background
paragraphs, template lines, re-scrapes) to a temporary folder, then times the installed
``cleanscrape clean CORPUS -o OUT -q --jobs N`` as a subprocess (wall clock, start-up
included) for each N, checks that every N writes byte-identical output, and prints MB/s
(megabytes of page text per second), docs/s, the speed-up over the first N, the CPU
seconds the run used (command and workers) and the 1-minute load average before it --
on a shared machine the load tells whether the cores were free.

    python benchmarks/cli_throughput.py                       # 20,000 docs, --jobs 1 and 2
    python benchmarks/cli_throughput.py --docs 2000 --jobs 1 --jobs 2 --jobs 4
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from synth import iter_corpus  # noqa: E402 - the generator lives with the tests

SCRIPT = Path(sys.executable).with_name("cleanscrape")


def write_corpus(path: Path, docs: int, sites: int, seed: int) -> tuple[int, int]:
    """The corpus as JSONL (text, and url when the source is one); (docs, text bytes)."""
    text_bytes = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc in iter_corpus(docs, sites, seed):
            record = {"text": doc.text}
            if doc.source.startswith(("http://", "https://")):
                record["url"] = doc.source
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            text_bytes += len(doc.text.encode("utf-8"))
    return docs, text_bytes


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_clean(corpus: Path, out: Path, jobs: int, extra: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its worker processes)."""
    cmd = [str(SCRIPT), "clean", str(corpus), "-o", str(out), "-q", "--jobs", str(jobs), *extra]
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return seconds, _children_cpu() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, action="append", help="repeatable; default 1 and 2")
    parser.add_argument("--no-dedupe", action="store_true", help="time without the corpus step")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the files here")
    args = parser.parse_args(argv)
    jobs_list = args.jobs or [1, 2]
    extra = ["--no-dedupe"] if args.no_dedupe else []

    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        start = time.perf_counter()
        docs, text_bytes = write_corpus(corpus, args.docs, args.sites, args.seed)
        mb = text_bytes / 1e6
        print(
            f"corpus: {docs} docs, {mb:.1f} MB of text, {args.sites} sites, seed {args.seed} "
            f"(generated in {time.perf_counter() - start:.1f} s); "
            f"{os.cpu_count()} CPUs; {'no dedupe' if extra else 'with dedupe'}"
        )
        print(
            f"{'jobs':>4}  {'seconds':>8}  {'MB/s':>6}  {'docs/s':>7}  {'speed-up':>8}  "
            f"{'CPU s':>6}  {'load before':>11}"
        )
        outputs: dict[int, bytes] = {}
        base: float | None = None
        for jobs in jobs_list:
            out = work / f"out-{jobs}.jsonl"
            load = os.getloadavg()[0]
            seconds, cpu = time_clean(corpus, out, jobs, extra)
            base = base or seconds
            outputs[jobs] = out.read_bytes()
            print(
                f"{jobs:>4}  {seconds:>8.2f}  {mb / seconds:>6.2f}  {docs / seconds:>7.0f}  "
                f"{base / seconds:>7.2f}x  {cpu:>6.1f}  {load:>11.2f}"
            )
        identical = len(set(outputs.values())) == 1
        print(f"outputs byte-identical across jobs: {'yes' if identical else 'NO'}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
