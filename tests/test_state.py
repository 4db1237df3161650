"""The incremental Corpus: in memory and in a SQLite state file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
import synth

from cleanscrape import Config, StateError
from cleanscrape.corpus import CorpusStats, dedupe, fingerprint, site_key
from cleanscrape.model import Article
from cleanscrape.state import Corpus

TESTS = Path(__file__).resolve().parent


def corpus_articles(n: int = 240, sites: int = 4, seed: int = 21) -> list[Article]:
    return [d.article() for d in synth.generate_corpus(n, sites, seed)]


def all_decisions(corpus: Corpus) -> dict[str, object]:
    return {name: corpus.decisions(name) for name in corpus.sites}


def test_memory_corpus_gives_what_dedupe_gives() -> None:
    arts = corpus_articles()
    corpus = Corpus()
    corpus.observe(arts)
    assert corpus.clean(arts) == dedupe(arts)
    assert corpus.sites == sorted({site_key(a) for a in arts})


def test_two_batches_equal_one_batch(tmp_path: Path) -> None:
    arts = corpus_articles()
    first, second = arts[:100], arts[100:]
    with Corpus.open(tmp_path / "two.sqlite") as corpus:
        corpus.observe(first)
    with Corpus.open(tmp_path / "two.sqlite") as corpus:  # a later run continues
        corpus.observe(second)
        two = all_decisions(corpus)
        cleaned = corpus.clean(arts)
    with Corpus.open(tmp_path / "one.sqlite") as corpus:
        corpus.observe(arts)
        one = all_decisions(corpus)
    memory = Corpus()
    memory.observe(second)
    memory.observe(first)
    assert two == one == all_decisions(memory)
    assert cleaned == dedupe(arts)
    assert any(a.background for a in cleaned) and any(a.duplicate_of for a in cleaned)


def test_observing_again_changes_nothing(tmp_path: Path) -> None:
    arts = corpus_articles(120)
    with Corpus.open(tmp_path / "s.sqlite") as corpus:
        corpus.observe(arts)
        before = {name: corpus.stats(name) for name in corpus.sites}
        corpus.observe(arts[:50])
        corpus.observe(dedupe(arts))  # cleaned output counts as its parse output
        after = {name: corpus.stats(name) for name in corpus.sites}
    assert before == after
    memory = Corpus()
    memory.observe(arts)
    assert {name: memory.stats(name) for name in memory.sites} == before


def test_shard_stats_can_be_added(tmp_path: Path) -> None:
    arts = corpus_articles(120)
    cfg = Config()
    shards = [CorpusStats(), CorpusStats()]
    for i, a in enumerate(arts):
        shards[i % 2].add(fingerprint(a, site_key(a), cfg))
    with Corpus.open(tmp_path / "s.sqlite") as corpus:
        for shard in shards:
            corpus.update(shard)
        assert corpus.clean(arts) == dedupe(arts)


def test_reclean_brings_earlier_output_up_to_date(tmp_path: Path) -> None:
    arts = corpus_articles()
    first, second = arts[:40], arts[40:]
    with Corpus.open(tmp_path / "s.sqlite") as corpus:
        corpus.observe(first)
        early = corpus.clean(first)
        corpus.observe(second)
        now = corpus.reclean(early)
        assert now == corpus.clean(first) == dedupe(arts)[:40]
    changed = [i for i, (a, b) in enumerate(zip(early, now)) if a != b]
    assert changed, "the second batch should reveal more shared paragraphs"


def test_drop_policy_clean_drops_reclean_keeps() -> None:
    arts = corpus_articles()
    corpus = Corpus(attrs.evolve(Config(), duplicates="drop"))
    corpus.observe(arts)
    marked = dedupe(arts)
    assert corpus.clean(arts) == [a for a in marked if a.duplicate_of is None]
    assert corpus.reclean(arts) == marked


def test_unobserved_articles_lose_known_background() -> None:
    arts = corpus_articles()
    corpus = Corpus()
    corpus.observe(arts[:200])
    later = corpus.clean(arts[200:])
    assert any(a.background for a in later)
    assert corpus.clean([attrs.evolve(arts[0], source="https://unknown.example/x")]) == [
        attrs.evolve(arts[0], source="https://unknown.example/x")
    ]


def _failing(arts: list[Article], after: int) -> Iterator[Article]:
    for i, a in enumerate(arts):
        if i == after:
            raise RuntimeError("the reader failed")
        yield a


@pytest.mark.parametrize("on_disk", [False, True])
def test_a_failed_batch_is_not_counted(tmp_path: Path, on_disk: bool) -> None:
    arts = corpus_articles()
    corpus = Corpus.open(tmp_path / "s.sqlite") if on_disk else Corpus()
    with corpus:
        corpus.observe(arts[:100])
        before = all_decisions(corpus)
        with pytest.raises(RuntimeError, match="reader failed"):
            corpus.observe(_failing(arts[100:], after=120))
        assert all_decisions(corpus) == before
        corpus.observe(arts[100:])
        assert corpus.clean(arts) == dedupe(arts)


def test_a_state_of_another_format_is_refused(tmp_path: Path) -> None:
    import sqlite3

    from cleanscrape.corpus import FORMAT

    path = tmp_path / "s.sqlite"
    with Corpus.open(path) as corpus:
        corpus.observe(corpus_articles(5))
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'format'", (str(FORMAT - 1),))
    db.close()
    with pytest.raises(StateError, match=f"format={FORMAT - 1} \\(state\\) vs {FORMAT}.*rebuilt"):
        Corpus.open(path)


def test_other_fingerprint_settings_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Corpus.open(path) as corpus:
        corpus.observe(corpus_articles(20))
    with pytest.raises(StateError, match="shingle_chars"):
        Corpus.open(path, attrs.evolve(Config(), shingle_chars=7))
    # Decision settings may change between runs.
    with Corpus.open(path, attrs.evolve(Config(), min_docs=5, duplicates="keep")) as corpus:
        assert corpus.sites


def test_bad_files_raise_state_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database, " * 200)
    with pytest.raises(StateError, match="cannot open"):
        Corpus.open(junk)
    with pytest.raises(StateError):
        Corpus.open(tmp_path / "missing-dir" / "s.sqlite")


def test_closed_corpus_refuses_work(tmp_path: Path) -> None:
    corpus = Corpus.open(tmp_path / "s.sqlite")
    corpus.close()
    corpus.close()  # closing twice is fine
    with pytest.raises(StateError, match="closed"):
        corpus.observe([])
    with pytest.raises(StateError, match="closed"):
        corpus.clean([])


def test_save_folds_the_journal_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Corpus.open(path) as corpus:
        corpus.observe(corpus_articles(60))
        wal = Path(f"{path}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        corpus.save()
        assert wal.stat().st_size == 0
        assert corpus.clean(corpus_articles(60)) == dedupe(corpus_articles(60))
    memory = Corpus()
    memory.save()  # nothing to write
    memory.close()


_CHILD = """
import sys, time
sys.path.insert(0, {tests!r})
import synth
from cleanscrape import state
state._CHUNK = 10  # many writes inside the one open transaction
arts = [d.article() for d in synth.generate_corpus({n}, {sites}, {seed})][{start}:]

def slow():
    for i, a in enumerate(arts):
        if i == {kill_at}:
            print("READY", flush=True)
            time.sleep(600)
        yield a

with state.Corpus.open({path!r}) as corpus:
    corpus._store._db.execute("PRAGMA cache_size = 2")  # spill the open batch to the WAL
    corpus.observe(slow())
print("FINISHED", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_in_the_middle_of_a_batch(tmp_path: Path) -> None:
    n, sites, seed, start = 240, 4, 21, 100
    arts = corpus_articles(n, sites, seed)
    path = tmp_path / "s.sqlite"
    with Corpus.open(path) as corpus:
        corpus.observe(arts[:start])
        before = all_decisions(corpus)
    code = textwrap.dedent(_CHILD).format(
        tests=str(TESTS), n=n, sites=sites, seed=seed, start=start, kill_at=95, path=str(path)
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=dict(os.environ)
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        # Rows of the open, uncommitted batch reached the journal file.
        assert Path(f"{path}-wal").stat().st_size > 0
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    with Corpus.open(path) as corpus:
        assert all_decisions(corpus) == before  # nothing of the killed batch counts
        corpus.observe(arts[start:])  # run the batch again
        assert corpus.clean(arts) == dedupe(arts)
