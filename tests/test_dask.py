"""The corpus pipeline on Dask (``cleanscrape.dask`` and ``clean --engine dask``).

Everything runs on one ``distributed.LocalCluster`` of two single-threaded worker
processes, started once for the module; the command-line tests reach it with
``--scheduler`` (one test lets the command start its own cluster). The corpora come from
``tests/synth.py`` (several invented sites with background paragraphs, template lines
and re-scrapes) and from invented texts written here.
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import synth

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")

from cleanscrape import Config, dedupe, parse  # noqa: E402
from cleanscrape.cli import ParseJob, Spill  # noqa: E402
from cleanscrape.corpus import SiteStats, decide, fingerprint, site_key  # noqa: E402
from cleanscrape.dask import (  # noqa: E402
    ByteRange,
    PackedSite,
    WholeFile,
    _FileJob,
    _merge_stats,
    clean_bag,
    is_error,
    plan_pieces,
)
from cleanscrape.io import ReadOptions, read_input  # noqa: E402

SCRIPT = Path(sys.executable).with_name("cleanscrape")

N_DOCS = 360
N_SITES = 6
SEED = 11


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as cl,
    ):
        yield cl


@pytest.fixture(scope="module")
def docs() -> list[synth.SynthDoc]:
    return synth.generate_corpus(N_DOCS, N_SITES, SEED)


def _record(doc: synth.SynthDoc) -> dict[str, str]:
    if doc.source.startswith("https://"):
        return {"text": doc.text, "url": doc.source}
    return {"text": doc.text, "source": doc.source}


@pytest.fixture(scope="module")
def local_records(docs: list[synth.SynthDoc]) -> list[dict[str, Any]]:
    articles = [parse(d.text, source=d.source) for d in docs]
    return [a.to_dict() for a in dedupe(articles)]


# -- clean_bag --------------------------------------------------------------------------------


def test_import_without_dask_names_the_extra() -> None:
    code = (
        "import sys\n"
        "sys.modules['dask'] = None\n"
        "try:\n"
        "    import cleanscrape.dask\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "pip install 'cleanscrape[dask]'" in proc.stdout


@pytest.mark.parametrize(("partitions", "split_every"), [(1, 8), (3, 8), (7, 2)])
def test_clean_bag_equals_the_local_run_for_any_partitioning(
    client: Any,
    docs: list[synth.SynthDoc],
    local_records: list[dict[str, Any]],
    partitions: int,
    split_every: int,
) -> None:
    bag = db.from_sequence([_record(d) for d in docs], npartitions=partitions)
    out = clean_bag(bag, split_every=split_every).compute()
    assert out == local_records
    # the corpus step did its work: shared paragraphs moved, re-scrapes marked
    assert sum(len(r["background"]) for r in out) > N_DOCS // 2
    assert any(r["duplicate_of"] for r in out)
    assert any(x["rule"] == "corpus.template" for r in out for x in r["removed"])


def test_clean_bag_of_texts_and_spill_dir(
    client: Any, docs: list[synth.SynthDoc], tmp_path: Path
) -> None:
    texts = [d.text for d in docs[:150]]
    expected = [a.to_dict() for a in dedupe([parse(t) for t in texts])]
    assert clean_bag(db.from_sequence(texts, npartitions=4)).compute() == expected
    spilled = clean_bag(db.from_sequence(texts, npartitions=5), spill_dir=tmp_path).compute()
    assert spilled == expected
    assert list(tmp_path.iterdir()) == [], "pass 2 removes the spill files it read"


def test_clean_bag_duplicate_policy_and_site(client: Any, docs: list[synth.SynthDoc]) -> None:
    config = attrs.evolve(Config(), duplicates="drop")
    articles = [parse(d.text, source=d.source) for d in docs]
    expected = [a.to_dict() for a in dedupe(articles, config=config, site="all")]
    bag = db.from_sequence([_record(d) for d in docs], npartitions=3)
    out = clean_bag(bag, config=config, site="all").compute()
    assert out == expected
    assert len(out) < len(docs)


def test_bad_records_become_error_records_in_place(client: Any) -> None:
    good = synth.generate_corpus(12, 2, 5)
    config = attrs.evolve(Config(), max_bytes=20_000)
    elements: list[Any] = [_record(d) for d in good]
    bad: list[Any] = [
        42,
        {"url": "https://nowhere.example/a"},
        {"text": ["not", "a", "string"], "url": "https://nowhere.example/b"},
        {"text": "   \n  ", "url": "https://nowhere.example/c"},
        b"\x00\x01\x02\x03binary\x00\xff\xfe" * 50,
        "A long page of words. " * 2000,
        {"text": "<!DOCTYPE html><html><body>A page.</body></html>", "url": "https://h.example/"},
    ]
    for i, item in enumerate(bad):
        elements.insert(2 * i + 1, item)
    out = clean_bag(db.from_sequence(elements, npartitions=4), config=config).compute()
    assert len(out) == len(elements)
    errors = [r for r in out if is_error(r)]
    assert [e["error_type"] for e in errors] == [
        "MalformedInputError",
        "MalformedInputError",
        "MalformedInputError",
        "EmptyInputError",
        "DecodeError",
        "InputTooLargeError",
        "UnsupportedContentError",
    ]
    assert errors[1]["source"] == "https://nowhere.example/a"
    assert set(errors[0]) == {"source", "path", "line", "offset", "error_type", "message"}
    expected = [
        a.to_dict()
        for a in dedupe(
            [parse(d.text, source=d.source, config=config) for d in good], config=config
        )
    ]
    assert [r for r in out if not is_error(r)] == expected
    skipped = clean_bag(db.from_sequence(elements, npartitions=3), config=config, errors="skip")
    assert skipped.compute() == expected


def test_clean_bag_rejects_bad_arguments() -> None:
    bag = db.from_sequence(["x"], npartitions=1)
    with pytest.raises(ValueError, match="errors"):
        clean_bag(bag, errors="raise")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="split_every"):
        clean_bag(bag, split_every=1)


# -- reading inputs in pieces -----------------------------------------------------------------


def _jsonl_with_oddities(path: Path) -> None:
    rows = []
    for n, doc in enumerate(synth.generate_corpus(30, 3, 2)):
        rows.append(json.dumps({"text": doc.text[:400]}).encode())
        if n % 7 == 1:
            rows.append(b"")  # a blank line
        if n % 9 == 2:
            rows.append(b"   \t")
        if n % 11 == 3:
            rows.append(b"{not json")
        if n % 13 == 4:
            rows.append(json.dumps({"text": "x" * 70_000}).encode())  # a line over the limit
        if n % 8 == 5:
            rows.append(b'{"text": "caf\xe9"}')  # not UTF-8
    path.write_bytes(b"\n".join(rows))  # no newline after the last line


@pytest.mark.parametrize("size", [1, 5, 97, 1024, 4000, 10**7])
def test_byte_ranges_read_exactly_what_the_whole_file_gives(tmp_path: Path, size: int) -> None:
    path = tmp_path / "odd.jsonl"
    _jsonl_with_oddities(path)
    options = ReadOptions(max_bytes=1000)
    pieces = plan_pieces([str(path)], options, size)
    if size < path.stat().st_size:
        assert all(isinstance(part, ByteRange) for piece in pieces for part in piece)
    job = _FileJob(ParseJob(Config()), options)
    tally = [0, 0, 0]
    got = [item for piece in pieces for item in job.documents(piece, tally)]
    assert got == list(read_input(str(path), options))
    assert tally[2] == len(got)


def test_small_and_compressed_files_are_whole_pieces(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text("A page of text.\n" * 40)
    big = tmp_path / "big.jsonl.gz"
    rows = "".join(json.dumps({"text": os.urandom(64).hex()}) + "\n" for _ in range(200))
    big.write_bytes(gzip.compress(rows.encode()))
    assert big.stat().st_size > 3 * 1500
    paths = sorted(str(p) for p in tmp_path.iterdir())
    pieces = plan_pieces(paths, ReadOptions(), 1500)
    assert [len(p) for p in pieces] == [3, 3]  # grouped by size; the .gz is not cut
    assert all(isinstance(part, WholeFile) for piece in pieces for part in piece)
    assert [part.given for piece in pieces for part in piece] == paths


def test_local_spill_round_trip(tmp_path: Path) -> None:
    config = Config()
    spill = Spill(str(tmp_path))
    pairs = []
    for doc in synth.generate_corpus(600, 3, 4)[:600:20]:
        article = parse(doc.text, source=doc.source)
        sig = fingerprint(article, site_key(article), config)
        spill.add(article, sig)
        pairs.append((article, sig))
    assert list(tmp_path.iterdir()) == [], "the spill file has no name in the directory"
    back = list(spill)
    spill.close()
    assert [a for a, _ in back] == [a for a, _ in pairs]
    assert [(s.site, s.unit, s.body, s.capture) for _, s in back] == [
        (s.site, s.unit, s.body, s.capture) for _, s in pairs
    ]
    assert all(s.sketches == () and s.paragraphs == () for _, s in back)
    assert pickle.loads(pickle.dumps(back[0])) == back[0]


# -- the command --------------------------------------------------------------------------------


def run(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(SCRIPT), *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder: a JSONL corpus with broken lines, some text pages (one gzipped) and an
    all-blank JSONL file."""
    folder = tmp_path_factory.mktemp("inputs")
    corpus = synth.generate_corpus(300, 5, 8)
    rows = []
    for n, doc in enumerate(corpus[:260]):
        rows.append(json.dumps(_record(doc) if n % 5 else {"text": doc.text}))
        if n % 41 == 3:
            rows.append("{broken")
    (folder / "a.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    pages = folder / "pages"
    pages.mkdir()
    for n, doc in enumerate(corpus[260:]):
        data = doc.text.encode()
        if n == 3:
            (pages / f"{n:03d}.txt.gz").write_bytes(gzip.compress(data))
        else:
            (pages / f"{n:03d}.txt").write_bytes(data)
    (pages / "empty.txt").write_bytes(b"")
    (pages / "saved.txt").write_text("<!DOCTYPE html>\n<html><body><p>A saved page.</p>")
    (folder / "z-blank.jsonl").write_text("\n   \n" * 30_000)
    return folder


def test_cli_dask_output_equals_local(client: Any, inputs: Path, tmp_path: Path) -> None:
    local = run("clean", inputs, "-o", tmp_path / "l.jsonl", "--errors", tmp_path / "l.err")
    assert local.returncode == 1, local.stderr  # the broken lines and empty files
    dask = run(
        "clean", inputs, "-o", tmp_path / "d.jsonl", "--errors", tmp_path / "d.err",
        "--engine", "dask", "--scheduler", client.scheduler.address, "--partition-size", "40k",
    )  # fmt: skip
    assert dask.returncode == 1, dask.stderr
    assert (tmp_path / "d.jsonl").read_bytes() == (tmp_path / "l.jsonl").read_bytes()
    assert (tmp_path / "d.err").read_bytes() == (tmp_path / "l.err").read_bytes()
    errors = [json.loads(x)["error_type"] for x in (tmp_path / "d.err").read_text().splitlines()]
    assert errors.count("MalformedInputError") == 7
    assert errors.count("EmptyInputError") == 2
    assert errors.count("UnsupportedContentError") == 1

    # the same summary, apart from the time
    def summary(proc: subprocess.CompletedProcess[bytes]) -> str:
        line = proc.stderr.decode().strip().splitlines()[-1]
        return line.split(" MB in ")[0] + line.split(" MB/s)")[1]

    assert summary(dask) == summary(local)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary files"


def test_cli_dask_partitioned_output_and_policies(
    client: Any, inputs: Path, tmp_path: Path
) -> None:
    source = inputs / "a.jsonl"
    scheduler = ["--engine", "dask", "--scheduler", client.scheduler.address]
    for extra in (["--duplicates", "drop"], ["--no-dedupe"], ["--site", "one"]):
        local = run("clean", source, "-q", "-o", tmp_path / "l.jsonl", *extra)
        parts = tmp_path / "parts"
        dask = run(
            "clean", source, "-q", "-o", f"{parts}/", *scheduler, "--partition-size", "100k", *extra
        )
        assert (local.returncode, dask.returncode) == (1, 1), dask.stderr
        names = sorted(p.name for p in parts.iterdir())
        assert len(names) > 1 and names[0] == "part-00000.jsonl"
        joined = b"".join((parts / n).read_bytes() for n in names)
        assert joined == (tmp_path / "l.jsonl").read_bytes(), extra
    # another run replaces the part files; a directory with other files is refused
    (parts / "notes.txt").write_text("mine")
    refused = run("clean", source, "-q", "-o", f"{parts}/", *scheduler)
    assert refused.returncode == 2
    assert (parts / "notes.txt").exists()


def test_cli_dask_state_and_stdin(client: Any, inputs: Path, tmp_path: Path) -> None:
    scheduler = ["--engine", "dask", "--scheduler", client.scheduler.address]
    rows = (inputs / "a.jsonl").read_bytes().splitlines(keepends=True)
    day1, day2 = b"".join(rows[:120]), b"".join(rows[120:])
    outputs = {}
    for engine in ("local", "dask"):
        state = tmp_path / f"{engine}.db"
        extra = scheduler if engine == "dask" else []
        got = []
        for n, day in enumerate((day1, day2)):
            out = tmp_path / f"{engine}-{n}.jsonl"
            proc = run("clean", "-", "-q", "-o", out, "--state", state, *extra, stdin=day)
            assert proc.returncode == 1, proc.stderr
            got.append(out.read_bytes())
        outputs[engine] = got
    assert outputs["dask"] == outputs["local"]
    assert b'"<stdin>:' in outputs["dask"][0]


def test_cli_dask_starts_its_own_cluster(inputs: Path, tmp_path: Path) -> None:
    pages = inputs / "pages"
    local = run("clean", pages, "-q", "-o", tmp_path / "l.jsonl")
    dask = run("clean", pages, "-q", "-o", "-", "--engine", "dask", "--jobs", "2")
    assert dask.returncode == local.returncode == 1, dask.stderr
    assert dask.stdout == (tmp_path / "l.jsonl").read_bytes()
    assert b"Traceback" not in dask.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--scheduler", "tcp://127.0.0.1:1"],
        ["--partition-size", "1M"],
        ["--engine", "dask", "--partition-size", "lots"],
        ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--jobs", "2"],
        ["-o", "somewhere/"],
    ],
)
def test_cli_dask_usage_errors(args: list[str], inputs: Path) -> None:
    proc = run("clean", inputs / "pages", *args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == b""


def test_cli_dask_interrupted_leaves_nothing(client: Any, tmp_path: Path) -> None:
    big = tmp_path / "in" / "big.jsonl"
    big.parent.mkdir()
    with big.open("w", encoding="utf-8") as fh:
        for doc in synth.iter_corpus(3000, 4, 21):
            fh.write(json.dumps(_record(doc)) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    proc = subprocess.Popen(
        [
            str(SCRIPT), "clean", str(big), "-o", str(out), "--engine", "dask",
            "--scheduler", client.scheduler.address, "--partition-size", "200k",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".out.jsonl.*.dask/spill-*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr
    assert out.read_text() == "previous run\n"
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert left == ["in", "in/big.jsonl", "out.jsonl"], stderr
    # the cluster is still usable
    assert client.submit(os.getpid).result() > 0


def test_packed_statistics_unpack_to_the_same_site_stats(docs: list[synth.SynthDoc]) -> None:
    config = Config()
    sigs = []
    for doc in docs[:120]:
        article = parse(doc.text, source=doc.source)
        sigs.append(fingerprint(article, "one site", config))
    sigs += sigs[:10]  # a document observed twice counts once
    expected = SiteStats()
    for sig in sigs:
        expected.add(sig)
    parts = [PackedSite(), PackedSite(), PackedSite()]
    seen: list[set[int]] = [set(), set(), set()]
    for i, sig in enumerate(sigs):
        parts[i % 3].add(sig, seen[i % 3])
    merged = _merge_stats([{"one site": parts[0]}, {"one site": parts[1]}])
    merged = _merge_stats([merged, {"one site": pickle.loads(pickle.dumps(parts[2]))}])
    assert merged["one site"].unpack() == expected
    assert decide(merged["one site"].unpack(), config) == decide(expected, config)


def test_packed_statistics_of_repeats_compact_to_the_distinct_content(
    docs: list[synth.SynthDoc],
) -> None:
    config = Config()
    sigs = [
        fingerprint(parse(doc.text, source=doc.source), "one site", config) for doc in docs[:40]
    ]
    once, twice = PackedSite(), PackedSite()
    seen_once: set[int] = set()
    for sig in sigs:
        once.add(sig, seen_once)
    for _ in range(3):  # every document three times, and each time its sketches again
        for sig in sigs:
            twice.add(sig, set())
    assert twice.size() == 3 * once.size()
    expected = once.unpack()
    assert twice.unpack() == expected
    once.compact()
    twice.compact()
    assert twice.size() == once.size()
    assert len(twice.sketch_fps) == len(set(twice.sketch_fps)) == len(once.sketch_fps)
    assert twice.unpack() == expected == once.unpack()
    # a merge compacts too: the same part merged again adds nothing
    merged = _merge_stats([{"one site": twice}, {"one site": pickle.loads(pickle.dumps(once))}])
    assert merged["one site"].size() == once.size()
    assert merged["one site"].unpack() == expected


def test_packed_captures_keep_the_two_earliest_of_an_identity() -> None:
    packed = PackedSite()
    packed.capture_units.extend([7, 7, 7, 7, 8])
    packed.capture_dates.extend([30, 10, 20, 10, 5])
    packed.capture_sources.extend(["c", "a", "b", "a", "x"])
    packed.capture_contents.extend([1, 1, 1, 1, 2])
    expected = packed.unpack()
    packed.compact()
    assert list(packed.capture_units) == [7, 7, 8]
    assert list(packed.capture_dates) == [10, 20, 5]
    assert packed.unpack() == expected


def test_the_core_does_not_import_dask() -> None:
    code = "import sys, cleanscrape, cleanscrape.cli\nprint('dask' in sys.modules)\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr
