#!/usr/bin/env python3
"""Quality of ``parse`` on the dev set: body scores from ``score.py``, field accuracy.

    python benchmarks/quality.py [--dev DIR] [--tools DIR] [--out DIR] [--limit N] [--worst N]

For each folder of ``../shared/eval/dev`` (``scrapinghub``, ``wcxb_dev``):

1. parses every page ``<id>.txt`` with ``cleanscrape.parse(text, source=url)`` (``url``
   from ``<id>.meta.json``) and writes its body, paragraphs joined by newlines, to
   ``OUT/<folder>/<id>.txt`` (``OUT`` is a temporary folder unless ``--out`` is given);
2. runs ``../shared/tools/score.py <folder> OUT/<folder>`` in a subprocess and prints its
   table: macro token P / R / F1 and the ScrapingHub shingle F1, for the predictions and
   for the no-cleaning baseline (the input text itself);
3. prints title, date and author accuracy over the pages whose gold meta has them, with
   the normalisation of ``../shared/tools/devscore.py`` (imported from it): title equal
   after NFKC, casefold, quote/dash and space normalisation; published date on the gold's
   day; the set of normalised authors equal to the gold's comma-separated list.

``--limit N`` scores only the first N pages of each folder (a quick check; score.py then
sees a folder of links to those pages). A page whose parse raises counts as an empty
body and is listed as an error. Without the dev set it prints a message and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import attrs

import cleanscrape

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@attrs.frozen
class FieldScore:
    """Pages whose gold has the field, and how many of them ``parse`` got right."""

    total: int = 0
    correct: int = 0

    def add(self, ok: bool) -> FieldScore:
        return FieldScore(self.total + 1, self.correct + int(ok))

    def __str__(self) -> str:
        if not self.total:
            return "n/a"
        return f"{self.correct / self.total:.3f} ({self.correct}/{self.total})"


@attrs.frozen
class FolderResult:
    """What one folder gave: the score table, field accuracy, errors, speed."""

    name: str
    pages: int
    table: str
    title: FieldScore
    date: FieldScore
    authors: FieldScore
    errors: tuple[str, ...]
    mb_per_s: float


def load_devscore(tools: Path) -> ModuleType:
    """``devscore.py`` as a module, for its ``norm`` (it loads ``score.py`` itself)."""
    spec = importlib.util.spec_from_file_location("devscore", tools / "devscore.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {tools / 'devscore.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dataset_dir(folder: Path, pids: Sequence[str], scratch: Path) -> Path:
    """``folder`` itself, or a folder of links to only the ``pids`` pages."""
    if len(pids) == len(list(folder.glob("*.gold.txt"))):
        return folder
    sub = scratch / "dataset" / folder.name
    sub.mkdir(parents=True, exist_ok=True)
    for pid in pids:
        for suffix in (".txt", ".gold.txt", ".meta.json"):
            src = folder / f"{pid}{suffix}"
            if src.exists():
                (sub / src.name).symlink_to(src)
    return sub


def score_folder(
    folder: Path,
    out: Path,
    scratch: Path,
    tools: Path,
    norm: Callable[[str | None], str],
    limit: int | None = None,
    worst: int = 0,
) -> FolderResult:
    pids = [g.name[: -len(".gold.txt")] for g in sorted(folder.glob("*.gold.txt"))][:limit]
    pred_dir = out / folder.name
    pred_dir.mkdir(parents=True, exist_ok=True)
    title, date, authors = FieldScore(), FieldScore(), FieldScore()
    errors: list[str] = []
    nbytes, secs = 0, 0.0
    for pid in pids:
        text = (folder / f"{pid}.txt").read_text(encoding="utf-8")
        meta = json.loads((folder / f"{pid}.meta.json").read_text(encoding="utf-8"))
        nbytes += len(text.encode("utf-8"))
        start = time.perf_counter()
        article: cleanscrape.Article | None
        try:
            article = cleanscrape.parse(text, source=meta.get("url"))
        except Exception as exc:  # a crash is a finding to list, not a reason to stop
            errors.append(f"{pid}: {type(exc).__name__}: {exc}")
            article = None
        secs += time.perf_counter() - start
        body = "" if article is None else "\n".join(article.body)
        (pred_dir / f"{pid}.txt").write_text(body, encoding="utf-8")
        if meta.get("title"):
            title = title.add(article is not None and norm(article.title) == norm(meta["title"]))
        if meta.get("date"):
            same_day = (
                article is not None
                and article.published is not None
                and article.published.date().isoformat() == meta["date"][:10]
            )
            date = date.add(same_day)
        if meta.get("author"):
            gold = {norm(a) for a in meta["author"].split(",")}
            authors = authors.add(
                article is not None and {norm(a) for a in article.authors} == gold
            )
    dataset = _dataset_dir(folder, pids, scratch)
    cmd = [sys.executable, str(tools / "score.py"), str(dataset), str(pred_dir)]
    if worst:
        cmd += ["--worst", str(worst)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return FolderResult(
        name=folder.name,
        pages=len(pids),
        table=proc.stdout.rstrip("\n"),
        title=title,
        date=date,
        authors=authors,
        errors=tuple(errors),
        mb_per_s=nbytes / 1e6 / max(secs, 1e-9),
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dev", type=Path, default=SHARED / "eval" / "dev")
    ap.add_argument("--tools", type=Path, default=SHARED / "tools")
    ap.add_argument("--out", type=Path, default=None, help="keep the bodies here")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each folder")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages (score.py)")
    args = ap.parse_args(argv)

    if not args.dev.is_dir() or not (args.tools / "score.py").is_file():
        print(f"no dev set at {args.dev} or no score.py in {args.tools}: nothing to score")
        return 0
    norm = load_devscore(args.tools).norm
    folders = sorted(p for p in args.dev.iterdir() if p.is_dir())
    with tempfile.TemporaryDirectory(prefix="cleanscrape-quality-") as tmp:
        scratch = Path(tmp)
        out = args.out if args.out is not None else scratch / "pred"
        for folder in folders:
            r = score_folder(folder, out, scratch, args.tools, norm, args.limit, args.worst)
            print(f"== {r.name}: {r.pages} pages, parse at {r.mb_per_s:.1f} MB/s")
            print(r.table)
            print(f"title {r.title}   date {r.date}   authors {r.authors}")
            print(f"errors {len(r.errors)}")
            for err in r.errors[:5]:
                print(f"    {err}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
