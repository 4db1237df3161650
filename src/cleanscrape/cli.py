"""The ``cleanscrape`` command: a thin layer over the public API.

Subcommands: ``clean`` (batch: parse every input, dedupe per site, write JSONL),
``parse`` (one document as pretty JSON), ``explain`` (every line with its role and
rule) and ``stats`` (a summary of ``clean`` output). See ``docs/cli.md``.

Exit status: 0 when every input was processed, 1 when some inputs failed (each
failure is one error record) or the run could not finish, 2 on usage errors (bad
options, inputs that do not exist, an unreadable rule or state file), 130 when
interrupted (Ctrl-C), 143 on SIGTERM. Output files are written to a temporary file in
the same directory and renamed into place only when the run completes, so an
interrupted or killed run never leaves a partial output file.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import pickle
import re
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import IO, Any, TypeVar, cast

import attrs
import click
import regex
from tqdm import tqdm

from . import Article, Config, Line, Rule, RuleSet, __version__, default_rules, explain, parse
from ._iter import batched
from .config import DuplicatePolicy
from .corpus import (
    CorpusStats,
    DocSignature,
    SiteDecisions,
    SiteStats,
    apply,
    decide,
    fingerprint,
    site_key,
)
from .errors import InputError, InputTooLargeError, RuleError, StateError
from .io import (
    FORMATS,
    HTML_PAGE_MESSAGE,
    Document,
    ErrorType,
    Format,
    InputFailure,
    ReadOptions,
    expand_inputs,
    open_input,
    read_documents,
    read_input,
)
from .normalize import looks_like_html
from .state import Corpus

__all__ = ["cli", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: Documents sent to a worker process at a time with ``--jobs`` > 1.
BATCH_DOCS = 32
#: Batches in flight per worker (bounds memory: the reader never runs far ahead).
BATCHES_IN_FLIGHT = 4
_PROGRESS_EVERY = 0.25  # seconds between MB/s refreshes of the progress bar

_ROLE_COLOURS: dict[str, dict[str, Any]] = {
    "site": {"fg": "magenta"},
    "captured": {"fg": "blue"},
    "title": {"fg": "cyan", "bold": True},
    "dateline": {"fg": "blue"},
    "byline": {"fg": "yellow"},
    "body": {"fg": "green"},
    "chrome": {"fg": "red"},
    "blank": {"dim": True},
}

T = TypeVar("T")

#: Config's field defaults, for help texts (read without building a Config, which
#: would compile the rule set at import).
_DEFAULTS = attrs.fields(Config)


# -- configuration ------------------------------------------------------------------------


def _encodings(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    for name in names:
        try:
            "".encode(name)
        except LookupError:
            raise click.BadParameter(
                f"unknown encoding {name!r}", param_hint="--encodings"
            ) from None
    return names


def _build_config(
    rules: str | None,
    max_bytes: int,
    encodings: str | None,
    duplicates: DuplicatePolicy | None = None,
) -> Config:
    ruleset = default_rules()
    if rules is not None:
        try:
            ruleset = ruleset.from_toml(rules)
        except RuleError as exc:
            raise click.BadParameter(str(exc), param_hint="--rules") from None
    config = Config(rules=ruleset, max_bytes=max_bytes)
    fallback = _encodings(encodings)
    if fallback is not None:
        config = attrs.evolve(config, fallback_encodings=fallback)
    if duplicates is not None:
        config = attrs.evolve(config, duplicates=duplicates)
    return config


def _read_options(fmt: str, text_field: str, url_field: str, max_bytes: int) -> ReadOptions:
    return ReadOptions(
        format=cast(Format, fmt), text_field=text_field, url_field=url_field, max_bytes=max_bytes
    )


def _input_options(func: Callable[..., T]) -> Callable[..., T]:
    """The options every reading subcommand shares."""
    options = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            default="auto",
            show_default=True,
            help="Input format; auto decides by file name, else by content.",
        ),
        click.option(
            "--text-field", default="text", show_default=True, help="JSONL field with the text."
        ),
        click.option(
            "--url-field", default="url", show_default=True, help="JSONL field with the URL."
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=_DEFAULTS.max_bytes.default,
            show_default=True,
            help="Documents larger than this are reported as errors, unread.",
        ),
        click.option(
            "--encodings",
            default=None,
            metavar="LIST",
            help="Comma-separated encodings tried when bytes are not UTF-8 "
            f"(default {','.join(_DEFAULTS.fallback_encodings.default or ())}; '' for UTF-8 only).",
        ),
        click.option(
            "--rules",
            type=click.Path(dir_okay=False),
            default=None,
            metavar="FILE.toml",
            help="Extra rules, or rules to disable, in a TOML file.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


# -- one document -------------------------------------------------------------------------


def _error_type(exc: InputError) -> ErrorType:
    return "InputTooLargeError" if isinstance(exc, InputTooLargeError) else "DecodeError"


def parse_document(doc: Document, config: Config) -> Article | InputFailure:
    """Parse one document; the capture date from its container (WARC-Date) fills
    ``captured`` when the text has no banner. An HTML page is not parsed: it is an
    ``UnsupportedContentError`` failure, as HTML in a WARC record is."""
    if looks_like_html(doc.text):
        return InputFailure(
            doc.source,
            doc.path,
            "UnsupportedContentError",
            HTML_PAGE_MESSAGE,
            line=doc.line,
            offset=doc.offset,
        )
    try:
        article = parse(doc.text, source=doc.source, config=config)
    except InputError as exc:
        return InputFailure(
            doc.source, doc.path, _error_type(exc), str(exc), line=doc.line, offset=doc.offset
        )
    if article.captured is None and doc.captured is not None:
        article = attrs.evolve(article, captured=doc.captured)
    return article


@attrs.frozen
class Parsed:
    """A parsed article and, when the corpus step follows, its corpus signature."""

    article: Article
    signature: DocSignature | None = None


@attrs.frozen
class ParseJob:
    """The per-document map stage of ``clean``: parse, then (for the corpus step)
    fingerprint. It is what worker processes run; it holds no state between documents."""

    config: Config
    fingerprint: bool = True
    #: ``--site``: one corpus scope for every document instead of each one's own.
    site: str | None = None

    def run(self, item: Document | InputFailure) -> Parsed | InputFailure:
        if isinstance(item, InputFailure):
            return item
        result = parse_document(item, self.config)
        if isinstance(result, InputFailure) or not self.fingerprint:
            return result if isinstance(result, InputFailure) else Parsed(result)
        key = site_key(result, self.site)
        return Parsed(result, fingerprint(result, key, self.config))

    def run_batch(self, items: Sequence[Document | InputFailure]) -> list[Parsed | InputFailure]:
        return [self.run(item) for item in items]


# A worker process's job, set once by the pool initializer. Every worker is a fresh
# (spawned) process, so nothing here outlives the run or depends on earlier documents.
_WORKER_JOB: list[ParseJob] = []


def _init_worker(rules: tuple[Rule, ...], job: ParseJob) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    if hasattr(signal, "pthread_sigmask"):  # started while the parent held them back
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    config = attrs.evolve(job.config, rules=RuleSet(rules))
    _WORKER_JOB[:] = [attrs.evolve(job, config=config)]


def _worker_args(job: ParseJob) -> tuple[tuple[Rule, ...], ParseJob]:
    """The job as the pool initializer gets it: the rules travel as plain rules and the
    compiled rule set is rebuilt in the worker. That keeps what is written to a starting
    worker's pipe small (about 15 kB instead of 130 kB), below the pipe's buffer, so the
    parent never blocks on a worker that dies while it starts."""
    slim = attrs.evolve(job, config=attrs.evolve(job.config, rules=RuleSet(())))
    return job.config.rules.rules, slim


def _run_batch(items: list[Document | InputFailure]) -> list[Parsed | InputFailure]:
    return _WORKER_JOB[0].run_batch(items)


def _decide(stats: SiteStats) -> SiteDecisions:
    return decide(stats, _WORKER_JOB[0].config)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM are held back inside the block and delivered after it
    (where the platform can block signals; elsewhere the block runs as is)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


class LocalEngine:
    """Runs the stages of ``clean`` in this process (``jobs`` = 1) or with a pool of
    ``jobs`` spawned worker processes: the per-document map (:class:`ParseJob`) and the
    per-site decide stage go to the workers; reading, the reduce, apply and writing stay
    here. Use it as a context manager; leaving it on an exception cancels pending work.
    """

    def __init__(self, job: ParseJob, jobs: int) -> None:
        self.job = job
        self.jobs = jobs
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        if self.jobs <= 1:
            return self
        self._executor = ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=_worker_args(self.job),
        )
        # Start every worker now, with Ctrl-C and SIGTERM held back: a signal that
        # landed while the pool was starting a process would leave that process
        # unrecorded, so it could not be stopped. Held signals arrive right after.
        try:
            with _signals_held():
                ready = [self._executor.submit(os.getpid) for _ in range(self.jobs)]
                for future in ready:
                    future.result()
        except BaseException as exc:
            self.__exit__(type(exc))
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if exc_type is None:
            executor.shutdown(wait=True)
            return
        # Interrupted or failed: drop queued work and stop the workers now (they hold
        # nothing worth finishing); a worker left waiting would block the exit.
        workers = list(getattr(executor, "_processes", {}).values())
        for worker in workers:  # first, so that none sees the pool torn down under it
            worker.kill()
        executor.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.join(timeout=5)

    def map_documents(
        self, items: Iterable[Document | InputFailure]
    ) -> Iterator[Parsed | InputFailure]:
        """The job run on every item (failures pass through), in input order.

        With workers, batches of :data:`BATCH_DOCS` documents go out, at most
        :data:`BATCHES_IN_FLIGHT` per worker ahead of the reader, and come back in input
        order: the output is byte-identical to one job's, in bounded memory.
        """
        executor = self._executor
        if executor is None:
            for item in items:
                yield self.job.run(item)
            return
        pending: deque[Future[list[Parsed | InputFailure]]] = deque()
        for batch in batched(items, BATCH_DOCS):
            try:
                pending.append(executor.submit(_run_batch, batch))
            except BrokenPipeError as exc:  # a worker died while it was being started
                raise BrokenProcessPool(f"cannot start a worker: {exc}") from exc
            while len(pending) >= self.jobs * BATCHES_IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def decide(self, sites: dict[str, SiteStats]) -> dict[str, SiteDecisions]:
        """Every site's decisions (the largest sites first, for a balanced pool)."""
        names = sorted(sites, key=lambda name: (-len(sites[name].captures), name))
        if self._executor is None or len(names) < 2:
            return {name: decide(sites[name], self.job.config) for name in names}
        done = self._executor.map(_decide, [sites[name] for name in names])
        return dict(zip(names, done))


#: Parsed articles pickled together in the local engine's spill file.
SPILL_BATCH = 256


class Spill:
    """The parsed ``(article, signature)`` pairs of a run, kept on disk between the map
    and the apply stage, so that memory holds the statistics only, never the corpus.

    An unnamed temporary file (already unlinked: nothing is left behind, even when the
    process is killed) in ``directory`` (the output's) or ``TMPDIR``; a pickle stream of
    batches of :data:`SPILL_BATCH` pairs. The signatures are slimmed to what apply needs.
    Add everything, then iterate once.
    """

    def __init__(self, directory: str | None) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(  # noqa: SIM115 - closed in close()
            dir=directory, prefix=".cleanscrape-"
        )
        self._batch: list[tuple[Article, DocSignature]] = []
        self.count = 0

    def add(self, article: Article, signature: DocSignature) -> None:
        self._batch.append((article, attrs.evolve(signature, paragraphs=(), sketches=(), lines=())))
        self.count += 1
        if len(self._batch) >= SPILL_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            pickle.dump(self._batch, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._batch = []

    def __iter__(self) -> Iterator[tuple[Article, DocSignature]]:
        self._flush()
        self._file.seek(0)
        while True:
            try:
                batch: list[tuple[Article, DocSignature]] = pickle.load(self._file)
            except EOFError:
                return
            yield from batch

    def close(self) -> None:
        self._batch = []
        self._file.close()


def corpus_decisions(
    stats: CorpusStats, config: Config, corpus: Corpus | None, engine: LocalEngine
) -> dict[str, SiteDecisions]:
    """The reduce's result decided: every site's decisions for a run.

    ``stats`` holds the run's signatures summed per site. With ``corpus`` (the state
    file) they are added to it first (one transaction), ``stats`` is emptied, and the
    state's totals decide. This is what :func:`cleanscrape.dedupe` (no state) and
    :meth:`Corpus.observe` then :meth:`Corpus.clean` (state) do, with each fingerprint
    computed once, in a worker.
    """
    if corpus is None:
        return engine.decide(stats.sites)
    names = sorted(stats.sites)
    corpus.update(stats)
    stats.sites.clear()
    return engine.decide({name: corpus.stats(name) for name in names})


def apply_decisions(
    parsed: Iterable[tuple[Article, DocSignature]],
    decisions: dict[str, SiteDecisions],
    config: Config,
) -> Iterator[Article | None]:
    """The apply stage: each article cleaned, in order; ``None`` for a re-scrape that
    ``duplicates="drop"`` leaves out."""
    drop = config.duplicates == "drop"
    for article, sig in parsed:
        cleaned = apply(article, decisions[sig.site], config, signature=sig)
        yield None if drop and cleaned.duplicate_of is not None else cleaned


# -- output -------------------------------------------------------------------------------


class AtomicOutput:
    """A text file written to a temporary name in the target's directory and renamed
    into place by :meth:`commit`; :meth:`discard` removes it. ``-`` is stdout."""

    def __init__(self, path: str, umask: int) -> None:
        self.path = path
        self._temp: str | None = None
        self.stream: IO[str]
        #: Where temporary files of the run go: beside the output (``None``: TMPDIR).
        self.directory: str | None = None
        self.name = "stdout"
        if path == "-":
            self.stream = sys.stdout
            return
        self.directory = os.path.dirname(os.path.abspath(path))
        self.name = os.path.basename(path)
        fd, self._temp = tempfile.mkstemp(
            dir=self.directory, prefix=f".{self.name}.", suffix=".tmp"
        )
        os.chmod(fd, 0o666 & ~umask)
        self.stream = open(fd, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, text: str) -> None:
        self.stream.write(text)

    def append_file(self, path: str) -> None:
        """Copy a UTF-8 text file (a part written by a worker) to the output."""
        with open(path, encoding="utf-8", newline="") as part:
            shutil.copyfileobj(part, self.stream, 1 << 20)

    def commit(self) -> None:
        if self._temp is None:
            self.stream.flush()
            return
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self._temp, self.path)
        self._temp = None

    def discard(self) -> None:
        if self._temp is None:
            return
        self.stream.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._temp)
        self._temp = None


class DirectoryOutput:
    """Partitioned output: ``DIR/part-NNNNN.jsonl``, written into a temporary directory
    beside ``DIR`` and put in place by :meth:`commit` (replacing the part files of an
    earlier run); :meth:`discard` removes it."""

    def __init__(self, path: str, umask: int) -> None:
        self.path = os.path.abspath(path.rstrip("/" + os.sep) or path)
        self.directory: str | None = os.path.dirname(self.path)
        self.name = os.path.basename(self.path)
        self._temp: str | None = tempfile.mkdtemp(
            dir=self.directory, prefix=f".{self.name}.", suffix=".tmp"
        )
        os.chmod(self._temp, 0o777 & ~umask)

    def directory_for_parts(self) -> str:
        assert self._temp is not None
        return self._temp

    def write(self, text: str) -> None:
        raise TypeError("a directory output is written by the workers, in part files")

    def commit(self) -> None:
        if self._temp is None:
            return
        old = None
        if os.path.exists(self.path):
            old = tempfile.mkdtemp(dir=self.directory, prefix=f".{self.name}.", suffix=".old")
            os.rmdir(old)
            os.rename(self.path, old)
        os.rename(self._temp, self.path)
        self._temp = None
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        if self._temp is not None:
            _remove_tree(self._temp)
            self._temp = None


_PART_FILE = regex.compile(r"part-[0-9]+\.jsonl")


def _open_directory(path: str, umask: int) -> DirectoryOutput:
    """The partitioned output ``-o DIR/``: DIR may exist only empty or holding the part
    files of an earlier run (which the new ones replace), never other files."""
    target = path.rstrip("/" + os.sep) or path
    if os.path.exists(target):
        if not os.path.isdir(target):
            raise click.BadParameter(f"{target!r} is not a directory", param_hint="-o/--output")
        others = [n for n in os.listdir(target) if not _PART_FILE.fullmatch(n)]
        if others:
            raise click.BadParameter(
                f"{target!r} holds other files than part-NNNNN.jsonl ({others[0]!r}); "
                "give an empty or new directory",
                param_hint="-o/--output",
            )
    try:
        return DirectoryOutput(target, umask)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise click.BadParameter(
            f"cannot write {path!r}: {reason}", param_hint="-o/--output"
        ) from None


def _open_output(path: str, umask: int, option: str) -> AtomicOutput:
    try:
        return AtomicOutput(path, umask)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise click.BadParameter(f"cannot write {path!r}: {reason}", param_hint=option) from None


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _json_line(record: dict[str, Any]) -> str:
    return _json_text(record) + "\n"


def _json_text(value: Any, indent: int | None = None) -> str:
    """JSON text that can be written as UTF-8: non-ASCII characters as they are, unless the
    value holds a lone surrogate (a file name that is not UTF-8, decoded by the file
    system's ``surrogateescape``), which only a ``\\udcxx`` escape can carry."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if _SURROGATE.search(text) is not None:
        text = json.dumps(value, indent=indent)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _fail(message: str) -> None:
    click.echo(f"cleanscrape: error: {message}", err=True)


# -- progress -----------------------------------------------------------------------------


@attrs.define
class _Tally:
    """What a ``clean`` run has read and produced, for the bar and the summary."""

    docs: int = 0
    bytes: int = 0
    errors: int = 0
    articles: int = 0
    removed: int = 0
    background: int = 0
    duplicates: int = 0
    started: float = attrs.field(factory=time.perf_counter)

    def summary(self) -> str:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        mb = self.bytes / 1e6
        return (
            f"cleanscrape: {self.docs} docs, {mb:.2f} MB in {seconds:.2f} s "
            f"({mb / seconds:.2f} MB/s); {self.articles} articles, {self.removed} lines "
            f"removed, {self.background} background paragraphs, {self.duplicates} "
            f"duplicates, {self.errors} errors"
        )


class _Progress:
    """A tqdm bar with docs/s and MB/s on a terminal; nothing otherwise."""

    def __init__(self, tally: _Tally, enabled: bool, check: Callable[[], None]) -> None:
        self._tally = tally
        #: Raises when the run was stopped by a signal (see :class:`_Stops`).
        self._check = check
        self._bar: tqdm[Any] | None = None
        self._last = 0.0
        if enabled:
            self._bar = tqdm(
                file=sys.stderr, unit=" docs", dynamic_ncols=True, desc="clean", leave=False
            )

    def count(self, items: Iterable[Document | InputFailure]) -> Iterator[Document | InputFailure]:
        tally = self._tally
        check = self._check
        for item in items:
            check()
            if isinstance(item, Document):
                tally.docs += 1
                tally.bytes += item.size
                if self._bar is not None:
                    self._tick()
            yield item

    def advance(self, docs: int, nbytes: int) -> None:
        """Count documents read elsewhere (by the workers of a Dask cluster)."""
        self._check()
        self._tally.docs += docs
        self._tally.bytes += nbytes
        if self._bar is not None:
            self._tick(docs)

    def _tick(self, docs: int = 1) -> None:
        assert self._bar is not None
        self._bar.update(docs)
        now = time.perf_counter()
        if now - self._last >= _PROGRESS_EVERY:
            self._last = now
            seconds = max(now - self._tally.started, 1e-9)
            mb = self._tally.bytes / 1e6
            self._bar.set_postfix_str(f"{mb:.1f} MB, {mb / seconds:.2f} MB/s", refresh=False)

    def stage(self, name: str) -> None:
        self._check()
        if self._bar is not None:
            self._bar.set_description(name)

    def echo(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            click.echo(message, err=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


# -- commands -----------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cleanscrape")
def cli() -> None:
    """Turn raw scraped article text into clean, structured article records."""


def _expand(inputs: Sequence[str]) -> list[str]:
    try:
        return expand_inputs(inputs)
    except FileNotFoundError as exc:
        raise click.BadParameter(str(exc), param_hint="INPUT") from None


class _Terminate(Exception):
    """SIGTERM, turned into an exception so that temporary files are removed."""


class _Stops:
    """Ctrl-C and SIGTERM during a run, raised as ``KeyboardInterrupt`` and
    :class:`_Terminate`, and remembered: Python swallows an exception that a signal raises
    inside a finalizer ("Exception ignored in ..."), so the run calls :meth:`check` again
    as it goes and before it commits its output."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._previous[signum] = signal.signal(signum, self._on_signal)

    def restore(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        self.received = signum
        self.check()

    def check(self) -> None:
        if self.received == signal.SIGINT:
            raise KeyboardInterrupt
        if self.received == signal.SIGTERM:
            raise _Terminate


EXIT_TERMINATED = 128 + signal.SIGTERM


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="OUT.jsonl",
    help="Where to write one JSON record per article ('-' for stdout).",
)
@click.option(
    "--errors",
    "errors_path",
    default=None,
    metavar="ERR.jsonl",
    help="Write one JSON error record per failed input here (default: stderr lines).",
)
@click.option(
    "--state",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Corpus state file, kept between runs (incremental daily batches).",
)
@click.option("--no-dedupe", is_flag=True, help="Skip the corpus step (stream, no state).")
@click.option(
    "--duplicates",
    type=click.Choice(["keep", "mark", "drop"]),
    default=None,
    help=f"What to do with re-scraped articles [default: {_DEFAULTS.duplicates.default}].",
)
@click.option(
    "--site",
    default=None,
    metavar="NAME",
    help="Treat every input as one site in the corpus step "
    "(default: each document's URL host, else its masthead).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes for parsing (0: one per CPU); output is the same for any N.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Run the stages here (a process pool of --jobs) or on a Dask cluster "
    "(same output; see docs/dask.md).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --engine dask: the scheduler of a running cluster (e.g. tcp://host:8786); "
    "without it a local cluster starts, one worker process per CPU (or --jobs).",
)
@click.option(
    "--partition-size",
    default=None,
    metavar="SIZE",
    help="With --engine dask: input bytes per task (suffix k, M or G; default: the "
    "input cut into 4 tasks per worker, from 1M to 64M each).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@_input_options
def clean(
    inputs: tuple[str, ...],
    output: str,
    errors_path: str | None,
    state: str | None,
    no_dedupe: bool,
    duplicates: str | None,
    site: str | None,
    jobs: int,
    engine: str,
    scheduler: str | None,
    partition_size: str | None,
    quiet: bool,
    fmt: str,
    text_field: str,
    url_field: str,
    max_bytes: int,
    encodings: str | None,
    rules: str | None,
) -> None:
    """Clean every INPUT (files, directories, glob patterns, '-' for stdin) into
    one JSONL file: parse each document, dedupe across them per site, write one
    record per article. With --engine dask, -o DIR/ (a trailing slash, or an existing
    directory) writes the output as DIR/part-NNNNN.jsonl instead of one file."""
    ctx = click.get_current_context()

    def given(name: str) -> bool:
        return ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT

    if no_dedupe and state is not None:
        raise click.UsageError("--state needs the corpus step; drop --no-dedupe")
    if no_dedupe and duplicates is not None:
        raise click.UsageError("--duplicates needs the corpus step; drop --no-dedupe")
    if no_dedupe and site is not None:
        raise click.UsageError("--site applies to the corpus step; drop --no-dedupe")
    if errors_path is not None and errors_path == output and output != "-":
        raise click.UsageError("--errors and --output must be different files")
    use_dask = engine == "dask"
    if not use_dask and (scheduler is not None or partition_size is not None):
        raise click.UsageError("--scheduler and --partition-size need --engine dask")
    if scheduler is not None and given("jobs"):
        raise click.UsageError("--jobs sizes a local cluster; drop it with --scheduler")
    partitioned = output != "-" and (output.endswith(("/", os.sep)) or os.path.isdir(output))
    if partitioned and not use_dask:
        raise click.UsageError("a directory output (-o DIR/) needs --engine dask")
    partition_bytes = None if partition_size is None else _parse_size(partition_size)
    if use_dask:
        try:
            from . import dask as dask_engine  # noqa: F401 - fails early without the extra
        except ImportError as exc:
            raise click.UsageError(str(exc)) from None
    config = _build_config(rules, max_bytes, encodings, cast("DuplicatePolicy | None", duplicates))
    options = _read_options(fmt, text_field, url_field, max_bytes)
    paths = _expand(inputs)
    workers = jobs or os.cpu_count() or 1
    if use_dask and not given("jobs"):
        workers = os.cpu_count() or 1
    umask = _current_umask()

    corpus: Corpus | None = None
    if state is not None:
        try:
            corpus = Corpus.open(state, config)
        except StateError as exc:
            raise click.BadParameter(str(exc), param_hint="--state") from None

    outputs: list[AtomicOutput | DirectoryOutput] = []
    stops = _Stops()
    stops.install()
    tally = _Tally()
    progress = _Progress(tally, enabled=not quiet and sys.stderr.isatty(), check=stops.check)
    status = EXIT_INTERRUPTED
    finished = False  # the run got to its end (with or without failed inputs)
    cluster_errors: tuple[type[BaseException], ...] = ()
    try:
        out: AtomicOutput | DirectoryOutput
        if partitioned:
            out = _open_directory(output, umask)
        else:
            out = _open_output(output, umask, "-o/--output")
        outputs.append(out)
        err = None if errors_path is None else _open_output(errors_path, umask, "--errors")
        if err is not None:
            outputs.append(err)

        def report(failure: InputFailure) -> None:
            tally.errors += 1
            if err is not None:
                err.write(_json_line(failure.to_dict()))
            else:
                where = f"{failure.path}:{failure.location}" if failure.location else failure.path
                progress.echo(f"cleanscrape: {where}: {failure.error_type}: {failure.message}")

        job = ParseJob(config, fingerprint=not no_dedupe, site=site)
        if use_dask:
            from .dask import cluster_errors as dask_errors

            cluster_errors = dask_errors()
            _clean_on_dask(
                paths,
                out,
                job,
                options,
                corpus,
                scheduler,
                workers,
                partition_bytes,
                report,
                progress,
                tally,
            )
        else:
            assert isinstance(out, AtomicOutput)
            _clean_locally(paths, out, job, options, corpus, workers, report, progress, tally)
        stops.check()
        if corpus is not None:
            corpus.save()
        for target in outputs:
            target.commit()
        status = EXIT_FAILED if tally.errors else EXIT_OK
        finished = True
    except StateError as exc:
        _fail(f"corpus state {state!r}: {exc}")
        status = EXIT_FAILED
    except BrokenProcessPool as exc:
        _fail(f"a worker process died ({exc}); no output file written")
        status = EXIT_FAILED
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except _Terminate:
        status = EXIT_TERMINATED
    except BrokenPipeError:
        status = EXIT_FAILED
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - no more output goes anywhere
    except Exception as exc:
        if not isinstance(exc, cluster_errors):
            raise
        _fail(f"the Dask run failed ({type(exc).__name__}: {exc}); no output file written")
        status = EXIT_FAILED
    finally:
        progress.close()
        for target in outputs:
            target.discard()
        if corpus is not None:
            corpus.close()
        stops.restore()
    if status in (EXIT_INTERRUPTED, EXIT_TERMINATED):
        _fail("interrupted" + ("" if output == "-" else "; no output file written"))
    elif finished and not quiet:
        click.echo(tally.summary(), err=True)
    sys.exit(status)


def _clean_locally(
    paths: Sequence[str],
    out: AtomicOutput,
    job: ParseJob,
    options: ReadOptions,
    corpus: Corpus | None,
    workers: int,
    report: Callable[[InputFailure], None],
    progress: _Progress,
    tally: _Tally,
) -> None:
    """``clean`` with the local engine: map in a process pool, reduce here while the
    parsed articles wait in a spill file, decide, then apply and write in input order."""

    def emit(article: Article) -> None:
        tally.articles += 1
        tally.removed += len(article.removed)
        tally.background += len(article.background)
        tally.duplicates += article.duplicate_of is not None
        out.write(_json_line(article.to_dict()))

    items = progress.count(read_documents(paths, options))
    with LocalEngine(job, workers) as engine:
        if not job.fingerprint:
            for result in engine.map_documents(items):
                if isinstance(result, InputFailure):
                    report(result)
                else:
                    emit(result.article)
            return
        spill = Spill(out.directory)
        try:
            stats = CorpusStats()
            for result in engine.map_documents(items):
                if isinstance(result, InputFailure):
                    report(result)
                    continue
                assert result.signature is not None
                stats.add(result.signature)
                spill.add(result.article, result.signature)
            progress.stage("dedupe")
            decisions = corpus_decisions(stats, job.config, corpus, engine)
            del stats
            progress.stage("write")
            for cleaned in apply_decisions(spill, decisions, job.config):
                if cleaned is None:
                    tally.duplicates += 1
                else:
                    emit(cleaned)
        finally:
            spill.close()


def _clean_on_dask(
    paths: Sequence[str],
    out: AtomicOutput | DirectoryOutput,
    job: ParseJob,
    options: ReadOptions,
    corpus: Corpus | None,
    scheduler: str | None,
    workers: int,
    partition_bytes: int | None,
    report: Callable[[InputFailure], None],
    progress: _Progress,
    tally: _Tally,
) -> None:
    """``clean`` with the Dask engine (:func:`cleanscrape.dask.clean_files`): the
    workers read, parse and write part files; failures come back here, in order."""
    from .dask import clean_files, connect

    work = tempfile.mkdtemp(dir=out.directory, prefix=f".{out.name}.", suffix=".dask")
    try:
        part_dir = out.directory_for_parts() if isinstance(out, DirectoryOutput) else work
        with connect(scheduler, workers) as client:
            progress.stage("parse")
            run = clean_files(
                client,
                paths,
                job=job,
                options=options,
                work_dir=work,
                part_dir=part_dir,
                dedupe=job.fingerprint,
                corpus=corpus,
                partition_bytes=partition_bytes,
                report=report,
                progress=progress.advance,
                stage=progress.stage,
            )
        tally.articles += run.articles
        tally.removed += run.removed
        tally.background += run.background
        tally.duplicates += run.duplicates
        if isinstance(out, AtomicOutput):
            for part in run.parts:
                out.append_file(part)
                os.unlink(part)
    finally:
        _remove_tree(work)


def _remove_tree(path: str) -> None:
    """Remove a directory the workers wrote in. After an interruption a task that was
    already running may still create a file in it, so try again for a moment."""
    for _ in range(40):
        shutil.rmtree(path, ignore_errors=True)
        if not os.path.exists(path):
            return
        time.sleep(0.05)


_SIZE_UNITS = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}


def _parse_size(value: str) -> int:
    """``--partition-size``: bytes, with an optional k, M or G suffix."""
    text = value.strip().lower().removesuffix("b")
    unit = text[-1:] if text[-1:] in ("k", "m", "g") else ""
    number = text[: len(text) - len(unit)]
    try:
        size = int(float(number) * _SIZE_UNITS[unit])
    except ValueError:
        size = 0
    if size < 1:
        raise click.BadParameter(
            f"{value!r} is not a size (bytes, or a number with k, M or G)",
            param_hint="--partition-size",
        )
    return size


def _one_document(path: str, options: ReadOptions, record: int) -> Document:
    """The ``record``-th document (1-based) of ``path``; exits on failure."""
    found = 0
    for item in read_input(path, options):
        if isinstance(item, InputFailure):
            where = f"{item.path}:{item.location}" if item.location else item.path
            _fail(f"{where}: {item.error_type}: {item.message}")
            if record == found + 1:
                sys.exit(EXIT_FAILED)
            continue
        found += 1
        if found == record:
            return item
    raise click.BadParameter(
        f"{path} holds {found} document(s), no record {record}", param_hint="--record"
    )


def _single_input(file: str) -> str:
    paths = _expand([file])
    if len(paths) != 1:
        raise click.BadParameter(
            f"{file!r} names {len(paths)} files; give exactly one", param_hint="FILE"
        )
    return paths[0]


_record_option = click.option(
    "--record",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Which document of a JSONL or WARC input (1 = the first).",
)


def _load_one(
    file: str,
    record: int,
    fmt: str,
    text_field: str,
    url_field: str,
    max_bytes: int,
    encodings: str | None,
    rules: str | None,
) -> tuple[Config, Document]:
    """The configuration and the one document that ``parse`` and ``explain`` work on."""
    config = _build_config(rules, max_bytes, encodings)
    options = _read_options(fmt, text_field, url_field, max_bytes)
    return config, _one_document(_single_input(file), options, record)


@cli.command("parse")
@click.argument("file", metavar="FILE")
@_record_option
@_input_options
def parse_command(
    file: str,
    record: int,
    fmt: str,
    text_field: str,
    url_field: str,
    max_bytes: int,
    encodings: str | None,
    rules: str | None,
) -> None:
    """Parse one document of FILE ('-' for stdin) and print the article as JSON."""
    config, doc = _load_one(file, record, fmt, text_field, url_field, max_bytes, encodings, rules)
    result = parse_document(doc, config)
    if isinstance(result, InputFailure):
        _fail(f"{result.path}: {result.error_type}: {result.message}")
        sys.exit(EXIT_FAILED)
    click.echo(_json_text(result.to_dict(), indent=2))


def _format_line(line: Line, rule_width: int) -> str:
    number = f"{line.number + 1:>5}"
    if not line.text:  # a blank line: no padding to leave trailing spaces behind
        return f"{number}  {click.style(line.role, **_ROLE_COLOURS.get(line.role, {}))}"
    role = click.style(f"{line.role:<8}", **_ROLE_COLOURS.get(line.role, {}))
    rule = click.style(f"{line.rule:<{rule_width}}", dim=True)
    text = click.style(line.text, dim=True) if line.role == "chrome" else line.text
    return f"{number}  {role}  {rule}  {text}"


@cli.command("explain")
@click.argument("file", metavar="FILE")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead.")
@click.option(
    "--color/--no-color", default=None, help="Colour roles (default: only on a terminal)."
)
@_record_option
@_input_options
def explain_command(
    file: str,
    as_json: bool,
    color: bool | None,
    record: int,
    fmt: str,
    text_field: str,
    url_field: str,
    max_bytes: int,
    encodings: str | None,
    rules: str | None,
) -> None:
    """Print every line of one document of FILE with its role and the rule that
    decided it (line numbers from 1, as in an editor)."""
    config, doc = _load_one(file, record, fmt, text_field, url_field, max_bytes, encodings, rules)
    if looks_like_html(doc.text):
        _fail(f"{doc.path}: UnsupportedContentError: {HTML_PAGE_MESSAGE}")
        sys.exit(EXIT_FAILED)
    try:
        lines = explain(doc.text, source=doc.source, config=config)
    except InputError as exc:
        _fail(f"{doc.path}: {_error_type(exc)}: {exc}")
        sys.exit(EXIT_FAILED)
    if as_json:
        for line in lines:
            click.echo(_json_text(line.to_dict()))
        return
    width = max((len(line.rule) for line in lines), default=0)
    for line in lines:
        click.echo(_format_line(line, width), color=color)


# -- stats --------------------------------------------------------------------------------


@attrs.define
class RunStats:
    """A summary of ``clean`` output records."""

    articles: int = 0
    sites: Counter[str] = attrs.field(factory=Counter)
    removed: Counter[str] = attrs.field(factory=Counter)
    background_paragraphs: int = 0
    #: (site, paragraph) -> the largest number of documents sharing it.
    background: dict[tuple[str, str], int] = attrs.field(factory=dict)
    duplicates: int = 0
    bad_records: int = 0

    def add(self, record: dict[str, Any]) -> None:
        self.articles += 1
        site = record.get("site") or "(no site)"
        self.sites[site] += 1
        for removed in record.get("removed") or ():
            rule = removed.get("rule", "?")
            self.removed[rule] += 1
            if rule == "corpus.background":
                key = (site, removed.get("text", ""))
                count = int(removed.get("count") or 0)
                self.background[key] = max(self.background.get(key, 0), count)
        self.background_paragraphs += len(record.get("background") or ())
        self.duplicates += record.get("duplicate_of") is not None

    def to_dict(self, top: int) -> dict[str, Any]:
        shared = sorted(self.background.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        return {
            "articles": self.articles,
            "sites": dict(sorted(self.sites.items(), key=lambda kv: (-kv[1], kv[0]))),
            "removed_lines": sum(self.removed.values()),
            "removed_by_rule": dict(sorted(self.removed.items(), key=lambda kv: (-kv[1], kv[0]))),
            "background_paragraphs": self.background_paragraphs,
            "distinct_background_paragraphs": len(self.background),
            "top_background": [{"site": s, "text": t, "documents": n} for (s, t), n in shared],
            "duplicates": self.duplicates,
            "bad_records": self.bad_records,
        }


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\N{HORIZONTAL ELLIPSIS}"


def _render_stats(data: dict[str, Any]) -> str:
    out = [
        f"articles        {data['articles']}",
        f"sites           {len(data['sites'])}",
    ]
    out += [f"  {n:>8}  {s}" for s, n in data["sites"].items()]
    out.append(f"duplicates      {data['duplicates']}")
    out.append(f"removed lines   {data['removed_lines']}")
    out += [f"  {n:>8}  {rule}" for rule, n in data["removed_by_rule"].items()]
    out.append(
        f"background      {data['background_paragraphs']} paragraphs, "
        f"{data['distinct_background_paragraphs']} distinct"
    )
    out += [
        f"  {b['documents']:>4} docs  [{b['site']}] {_shorten(b['text'], 90)}"
        for b in data["top_background"]
    ]
    if data["bad_records"]:
        out.append(f"bad records     {data['bad_records']}")
    return "\n".join(out)


@cli.command("stats")
@click.argument("files", nargs=-1, required=True, metavar="OUT.jsonl...")
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="How many of the most shared background paragraphs to list.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def stats_command(files: tuple[str, ...], top: int, as_json: bool) -> None:
    """Summarise the output of `cleanscrape clean`: articles, sites, lines removed
    per rule, the most shared background paragraphs, duplicates."""
    stats = RunStats()
    for path in _expand(files):
        try:
            stream = open_input(path)
        except OSError as exc:
            _fail(f"{path}: {exc}")
            stats.bad_records += 1
            continue
        with stream:
            for number, raw in enumerate(stream, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except (ValueError, RecursionError) as exc:
                    record = exc
                if not isinstance(record, dict):
                    _fail(f"{path}:{number}: not a JSON object record")
                    stats.bad_records += 1
                    continue
                stats.add(record)
    data = stats.to_dict(top)
    if as_json:
        click.echo(_json_text(data, indent=2))
    else:
        click.echo(_render_stats(data))
    sys.exit(EXIT_FAILED if stats.bad_records else EXIT_OK)


def main(argv: Sequence[str] | None = None) -> None:
    """The console script's entry point.

    An interrupted run (exit status 130 or 143) has cleaned up after itself when its
    command returns: outputs discarded, the state file closed, the workers killed. It
    then leaves at once, without the interpreter's exit handlers. Those join the threads
    of a process pool, and a pool torn down in the middle of a batch can leave a queue
    thread blocked on a full pipe. Joining that thread hung an interrupted run (seen
    once in CI, with ``--jobs 2``).
    """
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="cleanscrape")
    except SystemExit as exc:
        if exc.code in (EXIT_INTERRUPTED, EXIT_TERMINATED):
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):
                    stream.flush()
            os._exit(exc.code)
        raise


if __name__ == "__main__":
    main()
