"""The incremental corpus: statistics kept between batches, in memory or in a SQLite file.

``Corpus()`` keeps its statistics in memory; ``Corpus.open(path)`` keeps them in a SQLite
file (WAL journal) so that later runs continue where earlier ones stopped. Both run the
stages of :mod:`cleanscrape.corpus`:

* :meth:`Corpus.observe` fingerprints a batch and adds it to the statistics **in one
  transaction**: a batch is counted entirely or not at all (a process killed in the middle
  leaves the state as it was before the batch). Observing a document again changes
  nothing (the tables hold sets, keyed by document identity).
* :meth:`Corpus.clean` applies the current decisions to articles (observe them first).
* :meth:`Corpus.reclean` re-applies the current decisions to articles cleaned earlier, one
  output per input, so that records written before a later batch showed a paragraph to be
  shared can be brought up to date (see ``docs/corpus.md``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from types import TracebackType

from ._iter import batched
from .config import Config
from .corpus import (
    FORMAT,
    Capture,
    CorpusStats,
    DocSignature,
    SiteDecisions,
    SiteStats,
    apply,
    decide,
    fingerprint,
    site_key,
)
from .errors import StateError
from .model import Article

__all__ = ["Corpus"]

#: Documents fingerprinted per chunk inside one observe transaction.
_CHUNK = 1000
#: Milliseconds a connection waits for another writer before it fails.
_BUSY_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS units (
    site INTEGER NOT NULL, unit INTEGER NOT NULL, PRIMARY KEY (site, unit)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS captures (
    site INTEGER NOT NULL, unit INTEGER NOT NULL, captured INTEGER NOT NULL,
    source TEXT NOT NULL, content INTEGER NOT NULL,
    PRIMARY KEY (site, unit, captured, source, content)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS paragraphs (
    site INTEGER NOT NULL, fp INTEGER NOT NULL, unit INTEGER NOT NULL,
    PRIMARY KEY (site, fp, unit)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sketches (
    site INTEGER NOT NULL, fp INTEGER NOT NULL, sketch BLOB NOT NULL,
    PRIMARY KEY (site, fp)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS lines (
    site INTEGER NOT NULL, fp INTEGER NOT NULL, unit INTEGER NOT NULL,
    PRIMARY KEY (site, fp, unit)
) WITHOUT ROWID;
"""


def _format_meta(config: Config) -> dict[str, str]:
    """The settings that shape signatures: a state file only works with the same ones."""
    return {
        "format": str(FORMAT),
        "shingle_chars": str(config.shingle_chars),
        "min_background_chars": str(config.min_background_chars),
        "template_max_chars": str(config.template_max_chars),
        "near_duplicates": str(int(config.near_duplicates)),
    }


class _MemoryStore:
    """Statistics in memory; a batch is merged in only when it completes."""

    def __init__(self) -> None:
        self._stats = CorpusStats()

    def add(self, batches: Iterator[list[DocSignature]]) -> set[str]:
        pending = CorpusStats()
        for sigs in batches:
            for sig in sigs:
                pending.add(sig)
        self._stats.update(pending)
        return set(pending.sites)

    def update(self, stats: CorpusStats) -> set[str]:
        self._stats.update(stats)
        return set(stats.sites)

    def sites(self) -> list[str]:
        return sorted(self._stats.sites)

    def site_stats(self, site: str) -> SiteStats:
        return self._stats.sites.get(site) or SiteStats()

    def checkpoint(self) -> None:
        """Nothing to write: the statistics live and die with the process."""

    def close(self) -> None:
        self._stats = CorpusStats()


class _SQLiteStore:
    """Statistics in a SQLite file: one table per kind of count, rows are set members."""

    def __init__(self, path: str | os.PathLike[str], config: Config) -> None:
        self.path = os.fspath(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=_BUSY_MS / 1000)
        except sqlite3.Error as exc:
            raise StateError(f"cannot open corpus state {self.path!r}: {exc}") from exc
        try:
            self._db.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StateError(f"corpus state {self.path!r} cannot use a WAL journal ({mode})")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.executescript(_SCHEMA)
            self._check_meta(config)
        except sqlite3.Error as exc:
            self._db.close()
            raise StateError(f"cannot open corpus state {self.path!r}: {exc}") from exc
        except StateError:
            self._db.close()
            raise

    def _check_meta(self, config: Config) -> None:
        want = _format_meta(config)
        have = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        if not have:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(want.items()))
            self._db.execute("COMMIT")
            return
        diff = [
            f"{k}={have.get(k)} (state) vs {v} (config)"
            for k, v in want.items()
            if have.get(k) != v
        ]
        if diff:
            raise StateError(
                f"corpus state {self.path!r} was built with other settings: {', '.join(diff)};"
                " open it with the same settings, or build a new state file (a state of"
                " another format must be rebuilt from the articles)"
            )

    def _site_ids(self, names: Iterable[str]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for name in sorted(set(names)):
            self._db.execute("INSERT OR IGNORE INTO sites (name) VALUES (?)", (name,))
            row = self._db.execute("SELECT id FROM sites WHERE name = ?", (name,)).fetchone()
            ids[name] = int(row[0])
        return ids

    def _write(self, stats_rows: Iterator[CorpusStats]) -> set[str]:
        touched: set[str] = set()
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            for stats in stats_rows:
                ids = self._site_ids(stats.sites)
                for name, st in stats.sites.items():
                    sid = ids[name]
                    touched.add(name)
                    db.executemany(
                        "INSERT OR IGNORE INTO units VALUES (?, ?)", ((sid, u) for u in st.units)
                    )
                    db.executemany(
                        "INSERT OR IGNORE INTO captures VALUES (?, ?, ?, ?, ?)",
                        (
                            (sid, u, c.captured, c.source, c.content)
                            for u, caps in st.captures.items()
                            for c in caps
                        ),
                    )
                    db.executemany(
                        "INSERT OR IGNORE INTO paragraphs VALUES (?, ?, ?)",
                        _rows(sid, st.paragraphs),
                    )
                    db.executemany(
                        "INSERT OR IGNORE INTO sketches VALUES (?, ?, ?)",
                        ((sid, fp, sk) for fp, sk in st.sketches.items()),
                    )
                    db.executemany(
                        "INSERT OR IGNORE INTO lines VALUES (?, ?, ?)", _rows(sid, st.lines)
                    )
            db.execute("COMMIT")
        except BaseException as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StateError(f"cannot write corpus state {self.path!r}: {exc}") from exc
            raise
        return touched

    def add(self, batches: Iterator[list[DocSignature]]) -> set[str]:
        def chunks() -> Iterator[CorpusStats]:
            for sigs in batches:
                stats = CorpusStats()
                for sig in sigs:
                    stats.add(sig)
                yield stats

        return self._write(chunks())

    def update(self, stats: CorpusStats) -> set[str]:
        return self._write(iter([stats]))

    def sites(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT name FROM sites ORDER BY name")]

    def site_stats(self, site: str) -> SiteStats:
        out = SiteStats()
        db = self._db
        try:
            row = db.execute("SELECT id FROM sites WHERE name = ?", (site,)).fetchone()
            if row is None:
                return out
            sid = (int(row[0]),)
            out.units.update(u for (u,) in db.execute("SELECT unit FROM units WHERE site=?", sid))
            for unit, captured, source, content in db.execute(
                "SELECT unit, captured, source, content FROM captures WHERE site=?", sid
            ):
                out.add_capture(unit, Capture(captured=captured, source=source, content=content))
            for fp, unit in db.execute("SELECT fp, unit FROM paragraphs WHERE site=?", sid):
                out.add_paragraph(fp, unit)
            out.sketches.update(db.execute("SELECT fp, sketch FROM sketches WHERE site=?", sid))
            for fp, unit in db.execute("SELECT fp, unit FROM lines WHERE site=?", sid):
                out.add_line(fp, unit)
        except sqlite3.Error as exc:
            raise StateError(f"cannot read corpus state {self.path!r}: {exc}") from exc
        return out

    def checkpoint(self) -> None:
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise StateError(f"cannot checkpoint corpus state {self.path!r}: {exc}") from exc

    def close(self) -> None:
        self._db.close()


def _rows(sid: int, table: dict[int, int | set[int]]) -> Iterator[tuple[int, int, int]]:
    for fp, units in table.items():
        if isinstance(units, int):
            yield sid, fp, units
        else:
            for u in units:
                yield sid, fp, u


class Corpus:
    """Corpus statistics kept across batches (in memory; see :meth:`open` for a file).

    Typical use::

        with Corpus.open("state.sqlite") as corpus:
            corpus.observe(batch)            # count (one transaction)
            cleaned = corpus.clean(batch)    # apply what the counts decide

    Decisions are recomputed per site when that site's statistics change, so results
    depend only on what has been observed, never on the order or the batches it came in.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._store: _MemoryStore | _SQLiteStore = _MemoryStore()
        self._decisions: dict[str, SiteDecisions] = {}
        self._closed = False

    @classmethod
    def open(cls, path: str | os.PathLike[str], config: Config | None = None) -> Corpus:
        """A corpus whose statistics live in the SQLite file ``path`` (created if missing).

        Raises :class:`~cleanscrape.StateError` when the file cannot be opened or was built
        with other fingerprint settings (``shingle_chars``, ``min_background_chars``,
        ``template_max_chars``, ``near_duplicates``).
        """
        corpus = cls(config)
        corpus._store = _SQLiteStore(path, corpus.config)
        return corpus

    # -- counting ---------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StateError("the corpus is closed")

    def observe(self, articles: Iterable[Article], *, site: str | None = None) -> None:
        """Add a batch to the statistics, atomically: all of it, or (on an error) none."""
        self._check_open()
        cfg = self.config
        batches = (
            [fingerprint(a, site_key(a, site), cfg) for a in chunk]
            for chunk in batched(articles, _CHUNK)
        )
        for name in self._store.add(batches):
            self._decisions.pop(name, None)

    def update(self, stats: CorpusStats) -> None:
        """Add statistics computed elsewhere (shards, workers) in one transaction."""
        self._check_open()
        for name in self._store.update(stats):
            self._decisions.pop(name, None)

    @property
    def sites(self) -> list[str]:
        """Every site key observed so far, sorted."""
        self._check_open()
        return self._store.sites()

    def stats(self, site: str) -> SiteStats:
        """The statistics of one site (a copy: changing it changes nothing here)."""
        self._check_open()
        stats = self._store.site_stats(site)
        # The file store reads a fresh object; the memory store hands out its own.
        return stats.copy() if isinstance(self._store, _MemoryStore) else stats

    def decisions(self, site: str) -> SiteDecisions:
        """The current decisions for one site (empty for a site never observed)."""
        self._check_open()
        have = self._decisions.get(site)
        if have is None:
            have = self._decisions[site] = decide(self._store.site_stats(site), self.config)
        return have

    # -- cleaning ---------------------------------------------------------------------------

    def clean(self, articles: Iterable[Article], *, site: str | None = None) -> list[Article]:
        """Apply the current decisions; re-scrapes are dropped under ``duplicates="drop"``.

        Articles not observed yet still lose exact copies of known background paragraphs
        and template lines, but their own counts are not in the statistics: observe first.
        """
        out = self.reclean(articles, site=site)
        if self.config.duplicates == "drop":
            out = [a for a in out if a.duplicate_of is None]
        return out

    def reclean(self, articles: Iterable[Article], *, site: str | None = None) -> list[Article]:
        """Re-apply the current decisions to articles cleaned earlier: one output per input.

        Earlier corpus decisions recorded in an article (``corpus.*`` removals,
        ``background``, ``duplicate_of``) are undone first, so an article cleaned before a
        later batch comes out exactly as if it were cleaned now. Nothing is dropped, even
        under ``duplicates="drop"`` (the caller decides what to do with a record that is
        now marked ``duplicate_of``); compare input and output to find records to rewrite.
        """
        self._check_open()
        cfg = self.config
        return [apply(a, self.decisions(site_key(a, site)), cfg) for a in articles]

    # -- the file ---------------------------------------------------------------------------

    def save(self) -> None:
        """Make the state file self-contained (checkpoint the WAL into it).

        Every completed :meth:`observe` is already durable; this only folds the journal
        into the main file (e.g. before copying it). An in-memory corpus has nothing to save.
        """
        self._check_open()
        self._store.checkpoint()

    def close(self) -> None:
        """Close the state file; the corpus cannot be used afterwards."""
        if not self._closed:
            self._store.close()
            self._decisions.clear()
            self._closed = True

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
