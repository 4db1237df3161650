"""The ``cleanscrape`` command, run as the installed console script in a subprocess.

Every article here is invented for the tests (two made-up sites in the seeds' style:
masthead, capture banner, title twice, dateline with a zone, byline, body, a closing
background paragraph the site appends to every article, then site chrome).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import gzip
import io
import json
import os
import pty
import random
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path
from typing import Any

import pytest
import zstandard
from warcio.warcwriter import WARCWriter

SCRIPT = Path(sys.executable).with_name("cleanscrape")
SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# -- invented articles --------------------------------------------------------------------

SITES = [
    {
        "host": "harbourline.example",
        "name": "Harbourline Daily",
        "handle": "@HarbourlineDaily",
        "zone": "(UTC+02:00)",
        "background": (
            "Harbourline Daily has covered shipping, fisheries and the coastal towns of the "
            "northern archipelago since 1952, with correspondents in seven ports and a "
            "newsroom in the old customs house on Pier Street."
        ),
    },
    {
        "host": "tamsinpost.example",
        "name": "Tamsin Valley Post",
        "handle": "@TamsinPost",
        "zone": "(UTC-05:00)",
        "background": (
            "The Tamsin Valley Post is an independent newspaper owned by its readers, "
            "reporting on farming, local government and schools in the valley's twelve "
            "townships since the cooperative bought it in 1998."
        ),
    },
]

_PEOPLE = ["Mirela Tovic", "Anders Holm", "Priya Castell", "Jonas Eberle", "Lucia Ferrand"]
_SUBJECTS = [
    "The harbour authority",
    "A group of local fishermen",
    "The regional council",
    "Teachers at the district school",
    "The ferry operator",
    "A team of marine biologists",
    "Residents of the old quarter",
    "The chamber of commerce",
    "Volunteers from the lifeboat station",
    "The county water board",
    "Two neighbouring villages",
    "The farmers' union",
]
_VERBS = [
    "has asked for",
    "announced plans for",
    "voted against",
    "raised money for",
    "published a report on",
    "criticised the delay to",
    "welcomed the decision on",
    "set out new rules for",
    "began a survey of",
    "agreed to pay for",
]
_OBJECTS = [
    "a new breakwater",
    "the winter ferry timetable",
    "repairs to the coastal road",
    "a cold store for the fish market",
    "the closure of the night bus",
    "cleaner bathing water",
    "a second school bus",
    "the grain silo on the ring road",
    "a ban on jet skis in the bay",
    "longer opening hours at the library",
    "the restoration of the lighthouse",
]
_PLACES = [
    "in Northhaven",
    "on Skarra island",
    "near the estuary",
    "along the valley road",
    "in the market square",
    "at the east pier",
    "in the upper township",
    "across the bay",
]
_TAILS = [
    "after months of complaints from residents.",
    "before the start of the summer season.",
    "despite objections from two councillors.",
    "with support from the regional budget.",
    "following a public meeting on Tuesday evening.",
    "as costs continued to rise this year.",
    "according to figures released on Monday.",
    "in a vote that surprised many observers.",
]


def _sentence(rng: random.Random) -> str:
    return " ".join(
        (
            rng.choice(_SUBJECTS),
            rng.choice(_VERBS),
            rng.choice(_OBJECTS),
            rng.choice(_PLACES),
            rng.choice(_TAILS),
        )
    )


def make_page(
    site: int, n: int, *, banner: bool = True, day: int | None = None, insert: str = ""
) -> str:
    """An invented page: the same (site, n) always gives the same article body."""
    info = SITES[site]
    rng = random.Random(site * 100_003 + n)
    title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} (report {n})"
    day = day if day is not None else 1 + n % 27
    body = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(5)]
    lines = [info["name"], ""]
    if banner:
        lines += [f"{dt.date(2024, 3, day):%A %B} {day} 2024", ""]
    lines += [
        title,
        "",
        f"{1 + n % 27} March 2024 {10 + n % 9}:{n % 60:02d} {info['zone']}",
        title,
        "",
        f"By {rng.choice(_PEOPLE)}",
        "",
    ]
    if insert:
        body.insert(2, insert)
    for para in [*body, info["background"]]:
        lines += [para, ""]
    lines += ["--", "", f"Follow us on Twitter {info['handle']}", "", "Loading..."]
    return "\n".join(lines) + "\n"


def page_url(site: int, n: int) -> str:
    return f"https://{SITES[site]['host']}/news/{n}"


# -- running the command ------------------------------------------------------------------


def run(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(SCRIPT), *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def stdout_records(proc: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder with six text pages: three per site."""
    folder = tmp_path / "in"
    folder.mkdir()
    for site in (0, 1):
        for n in range(3):
            (folder / f"s{site}-{n}.txt").write_text(make_page(site, n), encoding="utf-8")
    return folder


def test_installed_script_exists() -> None:
    assert SCRIPT.exists(), f"install the package first: {SCRIPT} is missing"
    proc = run("--version")
    assert proc.returncode == 0
    assert b"cleanscrape" in proc.stdout


# -- clean ----------------------------------------------------------------------------------


def test_clean_folder_writes_records_and_summary(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run("clean", articles, "-o", out)
    assert proc.returncode == 0, proc.stderr
    recs = records(out)
    assert [Path(r["source"]).name for r in recs] == [
        "s0-0.txt",
        "s0-1.txt",
        "s0-2.txt",
        "s1-0.txt",
        "s1-1.txt",
        "s1-2.txt",
    ]
    first = recs[0]
    assert first["site"] == "Harbourline Daily"
    assert first["captured"] == "2024-03-01"
    assert first["published"].startswith("2024-03-01T10:00:00+02:00")
    assert first["title"].endswith("(report 0)")
    assert len(first["authors"]) == 1
    rules = {r["rule"] for r in first["removed"]}
    assert {"social.follow", "ui.loading", "separator"} <= rules
    # the closing paragraph every article of a site carries is background, not body
    assert first["background"] == [SITES[0]["background"]]
    assert SITES[0]["background"] not in first["body"]
    assert len(first["body"]) == 5
    summary = proc.stderr.decode().strip().splitlines()[-1]
    assert summary.startswith("cleanscrape: 6 docs")
    for part in ("MB/s", "6 articles", "lines removed", "6 background paragraphs", "0 errors"):
        assert part in summary
    assert "\r" not in proc.stderr.decode(), "no progress bar in a pipe"


def test_clean_no_dedupe_keeps_background_in_body(articles: Path) -> None:
    proc = run("clean", articles, "--no-dedupe", "-q")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    recs = stdout_records(proc)
    assert len(recs) == 6
    assert all(r["background"] == [] for r in recs)
    assert SITES[1]["background"] in recs[-1]["body"]


def test_inputs_that_utf8_cannot_write_do_not_stop_the_batch(tmp_path: Path) -> None:
    """A file name that is not UTF-8, a JSONL text and URL with lone surrogates, and a JSONL
    line nested too deeply: each gets a record or an error record, and the output is
    valid UTF-8 JSON."""
    body = "Body text that is long enough to be a paragraph of prose in this page."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / os.fsdecode(b"caf\xe9.txt")).write_text(f"A title\n\n{body}\n")
    lines = [
        json.dumps(
            {"text": f"Harbour works \ud800 resume\n\n{body}", "url": "https://s.example/\udc80"}
        ),
        "[" * 100_000,
        json.dumps({"text": f"Last title\n\n{body}"}),
    ]
    (tmp_path / "in" / "records.jsonl").write_text("\n".join(lines) + "\n", errors="surrogatepass")
    out, err = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    proc = run("clean", tmp_path / "in", "-o", out, "--errors", err, "--no-dedupe")
    assert proc.returncode == 1, proc.stderr.decode()
    got = records(out)
    assert len(got) == 3
    assert got[0]["source"].endswith("caf\udce9.txt")  # an escape carries the name's byte
    assert got[1]["title"] == "Harbour works \ufffd resume"
    assert got[1]["source"] == "https://s.example/\udc80"
    [failure] = records(err)
    assert failure["error_type"] == "MalformedInputError"
    assert "nested too deeply" in failure["message"]


def test_clean_stdin_to_stdout_and_compressed_inputs(tmp_path: Path) -> None:
    page = make_page(0, 7).encode()
    proc = run("clean", "-", "-o", "-", "-q", "--no-dedupe", stdin=gzip.compress(page))
    assert proc.returncode == 0, proc.stderr
    [rec] = stdout_records(proc)
    assert rec["source"] == "<stdin>"
    assert rec["title"].endswith("(report 7)")

    jsonl = "".join(
        json.dumps({"content": make_page(1, n), "link": page_url(1, n)}) + "\n" for n in range(3)
    ).encode()
    (tmp_path / "a.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(jsonl))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(make_page(0, 8).encode()))
    proc = run(
        "clean",
        tmp_path / "a.jsonl.zst",
        tmp_path / "b.txt.gz",
        "--text-field",
        "content",
        "--url-field",
        "link",
        "-q",
    )
    assert proc.returncode == 0, proc.stderr
    recs = stdout_records(proc)
    assert [r["source"] for r in recs] == [
        page_url(1, 0),
        page_url(1, 1),
        page_url(1, 2),
        str(tmp_path / "b.txt.gz"),
    ]
    assert recs[0]["site"] == "Tamsin Valley Post"
    assert all(r["body"] for r in recs)


def _wet(path: Path, pages: list[tuple[str, bytes, str]], *, extra_html: bool = False) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, payload, date in pages:
            record = writer.create_warc_record(
                url,
                "conversion",
                payload=io.BytesIO(payload),
                warc_content_type="text/plain",
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)
        if extra_html:
            record = writer.create_warc_record(
                "https://harbourline.example/page.html",
                "resource",
                payload=io.BytesIO(b"<html><body>x</body></html>"),
                warc_content_type="text/html",
            )
            writer.write_record(record)


def test_clean_wet_file_takes_url_and_capture_date(tmp_path: Path) -> None:
    wet = tmp_path / "crawl.warc.wet.gz"
    pages = [
        (page_url(0, n), make_page(0, n, banner=n != 1).encode(), f"2024-04-0{n + 1}T12:00:00Z")
        for n in range(3)
    ]
    _wet(wet, pages, extra_html=True)
    errors = tmp_path / "err.jsonl"
    proc = run("clean", wet, "-o", tmp_path / "out.jsonl", "--errors", errors)
    assert proc.returncode == 1, proc.stderr  # the HTML record is reported
    recs = records(tmp_path / "out.jsonl")
    assert [r["source"] for r in recs] == [page_url(0, n) for n in range(3)]
    # a banner in the text wins; without one the WARC-Date is the capture date
    assert [r["captured"] for r in recs] == ["2024-03-01", "2024-04-02", "2024-03-03"]
    [err] = records(errors)
    assert err["error_type"] == "UnsupportedContentError"
    assert err["source"] == "https://harbourline.example/page.html"
    assert err["path"] == str(wet)
    assert isinstance(err["offset"], int)


def test_bad_inputs_each_give_one_error_record(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(make_page(0, 1))
    (folder / "b-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-huge.txt").write_text(make_page(0, 2) * 40)
    (folder / "e-latin.txt").write_bytes(make_page(1, 1).encode("utf-8") + b"caf\xe9 \xff\n")
    lines = [
        json.dumps({"text": make_page(1, 2)}),
        '{"text": "unterminated',
        json.dumps({"body": "no text field"}),
        json.dumps({"text": make_page(1, 3)}),
    ]
    (folder / "f-records.jsonl").write_text("\n".join(lines) + "\n")
    good_warc = tmp_path / "w.warc"
    _wet(good_warc, [(page_url(0, 5), make_page(0, 5).encode(), "2024-05-01T00:00:00Z")])
    (folder / "g-broken.warc").write_bytes(gzip.decompress(good_warc.read_bytes())[:-30])
    (folder / "h-junk.warc").write_bytes(b"WARC/1.0\r\nnot really\r\n\r\n")
    (folder / "i-page.html.txt").write_bytes(
        b"\xef\xbb\xbf<!DOCTYPE html>\n<html><body><p>" + make_page(0, 3).encode() + b"</p>"
    )
    errors = tmp_path / "err.jsonl"
    out = tmp_path / "out.jsonl"
    proc = run(
        "clean", folder, "-o", out, "--errors", errors, "--max-bytes", "20000", "--encodings", ""
    )
    assert proc.returncode == 1
    errs = records(errors)
    got = [(Path(e["path"]).name, e["line"], e["error_type"]) for e in errs]
    assert got == [
        ("b-binary.txt", None, "DecodeError"),
        ("c-empty.txt", None, "EmptyInputError"),
        ("d-huge.txt", None, "InputTooLargeError"),
        ("e-latin.txt", None, "DecodeError"),
        ("f-records.jsonl", 2, "MalformedInputError"),
        ("f-records.jsonl", 3, "MalformedInputError"),
        ("g-broken.warc", None, "MalformedInputError"),
        ("h-junk.warc", None, "MalformedInputError"),
        ("i-page.html.txt", None, "UnsupportedContentError"),
    ]
    assert all(e["message"] and e["source"] for e in errs)
    recs = records(out)
    assert [Path(r["source"]).name for r in recs] == [
        "a-good.txt",
        "f-records.jsonl:1",
        "f-records.jsonl:4",
    ]
    assert f"{len(errs)} errors" in proc.stderr.decode()
    # the same input with the default fallback encodings decodes the Latin-1 page
    proc = run("clean", folder / "e-latin.txt", "-q")
    assert proc.returncode == 0
    assert "café" in proc.stdout.decode()


def test_errors_go_to_stderr_without_errors_file(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text('{"text": "fine text of one line."}\nnot json\n')
    proc = run("clean", tmp_path / "x.jsonl", "-q", "--no-dedupe")
    assert proc.returncode == 1
    assert f"{tmp_path / 'x.jsonl'}:line 2: MalformedInputError" in proc.stderr.decode()
    assert len(stdout_records(proc)) == 1


def test_jobs_two_is_byte_identical_to_jobs_one(tmp_path: Path) -> None:
    rows = []
    broken = 0
    for n in range(150):
        if n % 37 == 5:
            broken += 1
            rows.append("{broken json")
        else:
            rows.append(json.dumps({"text": make_page(n % 2, n), "url": page_url(n % 2, n)}))
    rows.append(json.dumps({"text": make_page(1, 3, day=25), "url": page_url(1, 3) + "?again"}))
    (tmp_path / "big.jsonl").write_text("\n".join(rows) + "\n")
    outputs = []
    for jobs in ("1", "2"):
        out, err = tmp_path / f"out{jobs}.jsonl", tmp_path / f"err{jobs}.jsonl"
        proc = run("clean", tmp_path / "big.jsonl", "-o", out, "--errors", err, "-j", jobs)
        assert proc.returncode == 1, proc.stderr
        outputs.append((out.read_bytes(), err.read_bytes()))
    assert outputs[0] == outputs[1]
    recs = records(tmp_path / "out1.jsonl")
    assert len(recs) == 151 - broken
    assert recs[-1]["duplicate_of"] == page_url(1, 3)


def test_duplicates_policies(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": make_page(0, 4, day=2), "url": page_url(0, 4)})
        + "\n"
        + json.dumps({"text": make_page(0, 9), "url": page_url(0, 9)})
        + "\n"
        + json.dumps({"text": make_page(0, 4, day=20), "url": page_url(0, 4) + "?b"})
        + "\n"
    )
    by_policy = {}
    for policy in ("keep", "mark", "drop"):
        proc = run("clean", tmp_path / "a.jsonl", "--duplicates", policy)
        assert proc.returncode == 0, proc.stderr
        by_policy[policy] = stdout_records(proc)
    assert [r["duplicate_of"] for r in by_policy["keep"]] == [None, None, None]
    assert [r["duplicate_of"] for r in by_policy["mark"]] == [None, None, page_url(0, 4)]
    assert [r["source"] for r in by_policy["drop"]] == [page_url(0, 4), page_url(0, 9)]
    # a re-scrape counts once: its body stays body, not background
    assert by_policy["mark"][0]["body"] == by_policy["keep"][0]["body"]
    assert len(by_policy["mark"][0]["body"]) == 5


def test_state_makes_batches_incremental_and_reruns_idempotent(tmp_path: Path) -> None:
    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    day1.mkdir()
    day2.mkdir()
    (day1 / "a.txt").write_text(make_page(1, 1))
    (day2 / "b.txt").write_text(make_page(1, 2))
    state = tmp_path / "state.db"
    first = run("clean", day1, "--state", state, "-o", tmp_path / "o1.jsonl")
    assert first.returncode == 0, first.stderr
    # one article alone: its closing paragraph is not yet known to be shared
    assert records(tmp_path / "o1.jsonl")[0]["background"] == []
    second = run("clean", day2, "--state", state, "-o", tmp_path / "o2.jsonl")
    assert second.returncode == 0, second.stderr
    assert records(tmp_path / "o2.jsonl")[0]["background"] == [SITES[1]["background"]]
    again = run("clean", day2, "--state", state, "-o", tmp_path / "o3.jsonl")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "o3.jsonl").read_bytes() == (tmp_path / "o2.jsonl").read_bytes()


def test_site_option_puts_all_inputs_in_one_site(tmp_path: Path) -> None:
    # two pages of different sites share nothing by default; --site makes one scope,
    # in which a paragraph both carry is shared
    shared = "A paragraph both sites print under every article, about the regional press council."
    pages = [
        make_page(0, 1).replace(SITES[0]["background"], shared),
        make_page(1, 1).replace(SITES[1]["background"], shared),
    ]
    rows = "".join(
        json.dumps({"text": p, "url": page_url(i, 1)}) + "\n" for i, p in enumerate(pages)
    )
    (tmp_path / "a.jsonl").write_text(rows)
    plain = stdout_records(run("clean", tmp_path / "a.jsonl", "-q"))
    assert [r["background"] for r in plain] == [[], []]
    scoped = stdout_records(run("clean", tmp_path / "a.jsonl", "-q", "--site", "press"))
    assert [r["background"] for r in scoped] == [[shared], [shared]]


def test_rules_file_adds_and_disables_rules(tmp_path: Path) -> None:
    promo = "Listen to the Harbour Hour podcast every Friday"
    (tmp_path / "a.txt").write_text(make_page(0, 3, insert=promo))
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[[rule]]\nid = "promo.podcast"\ncategory = "promo"\n'
        'pattern = "^listen to the .* podcast"\nlanguages = ["en"]\nmax_chars = 100\n'
        'description = "Podcast promotion (a test rule)."\n\n'
        '[disable]\nids = ["social.follow"]\n'
    )
    [default] = stdout_records(run("clean", tmp_path / "a.txt", "-q", "--no-dedupe"))
    proc = run("clean", tmp_path / "a.txt", "--rules", rules, "-q", "--no-dedupe")
    assert proc.returncode == 0, proc.stderr
    [custom] = stdout_records(proc)
    rule_of = {r["text"]: r["rule"] for r in custom["removed"]}
    assert rule_of[promo] == "promo.podcast"
    assert promo not in custom["body"]
    follow = f"Follow us on Twitter {SITES[0]['handle']}"
    assert {r["text"]: r["rule"] for r in default["removed"]}[follow] == "social.follow"
    assert rule_of[follow] != "social.follow"


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "missing-dir/"],
        ["clean", "nothing-*.txt"],
        ["clean", ".", "--no-dedupe", "--state", "s.db"],
        ["clean", ".", "--jobs", "-1"],
        ["clean", ".", "--format", "html"],
        ["clean", ".", "--rules", "missing.toml"],
        ["clean", ".", "--encodings", "no-such-codec"],
        ["clean", ".", "--state", "not-a-database.db"],
        ["clean", ".", "-o", "no-such-dir/out.jsonl"],
        ["clean", ".", "--errors", "no-such-dir/err.jsonl"],
        ["clean"],
        ["parse"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(make_page(0, 0))
    (tmp_path / "not-a-database.db").write_text("these are not the bytes of SQLite\n" * 10)
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == b""
    assert not list(tmp_path.glob("*.jsonl"))


def test_bad_rules_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(make_page(0, 0))
    (tmp_path / "bad.toml").write_text('[[rule]]\nid = "x"\npattern = "(unclosed"\n')
    proc = run("clean", tmp_path / "a.txt", "--rules", tmp_path / "bad.toml")
    assert proc.returncode == 2
    assert b"--rules" in proc.stderr


# -- interruption ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n in range(6000):
            fh.write(json.dumps({"text": make_page(n % 2, n), "url": page_url(n % 2, n)}) + "\n")
    return path


@pytest.mark.parametrize(
    ("sig", "jobs"),
    [(signal.SIGINT, "1"), (signal.SIGINT, "2"), (signal.SIGTERM, "1"), (signal.SIGKILL, "1")],
)
def test_interrupted_run_leaves_no_partial_output(
    large_input: Path, tmp_path: Path, sig: signal.Signals, jobs: str
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    errors = tmp_path / "err.jsonl"
    proc = subprocess.Popen(
        [
            str(SCRIPT),
            "clean",
            str(large_input),
            "-o",
            str(out),
            "--errors",
            str(errors),
            "-j",
            jobs,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".out.jsonl.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    proc.send_signal(sig)
    try:
        _, stderr = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
        pytest.fail(f"the interrupted run did not exit; its stderr: {stderr!r}")
    assert out.read_text() == "previous run\n"
    assert not errors.exists()
    if sig in (signal.SIGINT, signal.SIGTERM):
        assert proc.returncode == 128 + sig
        assert b"interrupted" in stderr
        assert list(tmp_path.iterdir()) == [out], "temporary files are removed"
    else:
        assert proc.returncode == -signal.SIGKILL


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize(
    ("sig", "raised"), [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, "_Terminate")]
)
def test_a_signal_swallowed_by_a_finalizer_still_stops_the_run(
    sig: signal.Signals, raised: type[BaseException] | str
) -> None:
    # Python ignores an exception raised inside __del__ ("Exception ignored in ..."), as
    # a Dask future's finalizer did to a Ctrl-C: the run must still stop before committing.
    from cleanscrape import cli

    expected = getattr(cli, raised) if isinstance(raised, str) else raised

    class Finalized:
        def __del__(self) -> None:
            os.kill(os.getpid(), sig)

    stops = cli._Stops()
    stops.install()
    try:
        Finalized()  # the handler runs inside __del__, and its exception is swallowed
        with pytest.raises(expected):
            stops.check()
    finally:
        stops.restore()
    assert signal.getsignal(sig) != stops._on_signal


def _workers(pid: int) -> list[int]:
    """The pool workers of process ``pid`` (none once it or they have exited)."""
    found = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    for c in children:
        try:
            if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes():
                found.append(int(c))
        except OSError:  # exited between the listing and the read
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_dying_worker_fails_the_run_cleanly(large_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [str(SCRIPT), "clean", str(large_input), "-o", str(out), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        workers: list[int] = []
        while not workers and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _workers(proc.pid)
        assert workers, "no worker process started"
        time.sleep(0.3)
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = proc.communicate(timeout=60)
    finally:
        # a failed assertion or a timeout must not leave the run (and its pool) behind
        if proc.poll() is None:
            for pid in _workers(proc.pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            proc.kill()
            proc.communicate()
    assert proc.returncode == 1
    assert b"worker process died" in stderr
    assert list(tmp_path.iterdir()) == []


# -- progress -------------------------------------------------------------------------------


def _run_on_pty(*args: str | Path, stream: str = "stderr") -> tuple[int, str]:
    """Run the command with ``stream`` (stdout or stderr) on a terminal; what it showed."""
    master, slave = pty.openpty()
    # a fresh pty has no size (0 columns), in which tqdm draws nothing: be a real terminal
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
    proc = subprocess.Popen(
        [str(SCRIPT), *map(str, args)],
        stdout=slave if stream == "stdout" else subprocess.DEVNULL,
        stderr=slave if stream == "stderr" else subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(large_input: Path, tmp_path: Path) -> None:
    head = tmp_path / "head.jsonl"
    with large_input.open() as src:
        head.write_text("".join(next(src) for _ in range(1200)))
    code, shown = _run_on_pty("clean", head, "-o", tmp_path / "o.jsonl", "--no-dedupe")
    assert code == 0
    assert "docs/s" in shown
    assert " MB/s" in shown and "MB, " in shown, shown[-500:]
    assert shown.rstrip().splitlines()[-1].startswith("cleanscrape: 1200 docs")
    code, shown = _run_on_pty("clean", head, "-o", tmp_path / "q.jsonl", "--no-dedupe", "-q")
    assert code == 0
    assert shown == ""


# -- parse, explain, stats ------------------------------------------------------------------


def test_parse_prints_one_article(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(make_page(1, 5))
    proc = run("parse", page)
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    assert rec["site"] == "Tamsin Valley Post"
    assert rec["published"].endswith("-05:00")
    assert proc.stdout.decode().startswith('{\n  "source"')
    rows = "".join(json.dumps({"text": make_page(0, n)}) + "\n" for n in range(3))
    proc = run("parse", "-", "--record", "3", stdin=rows.encode())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"].endswith("(report 2)")
    proc = run("parse", "-", "--record", "4", stdin=rows.encode())
    assert proc.returncode == 2
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)))
    proc = run("parse", tmp_path / "bin.txt")
    assert proc.returncode == 1
    assert b"DecodeError" in proc.stderr
    # an HTML page is refused with the way out, by parse and by explain
    rows = json.dumps({"text": "<html lang='en'><body>" + make_page(0, 1)}) + "\n"
    for command in ("parse", "explain"):
        proc = run(command, "-", "--format", "jsonl", stdin=rows.encode())
        assert proc.returncode == 1
        assert b"UnsupportedContentError" in proc.stderr
        assert b"render the page to text first" in proc.stderr


def test_explain_plain_in_a_pipe_coloured_on_request(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    text = make_page(0, 2)
    page.write_text(text)
    proc = run("explain", page)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "\x1b[" not in out
    lines = out.splitlines()
    assert len(lines) == len(text.split("\n"))
    assert lines[0].split()[:3] == ["1", "site", "field.site"]
    follow = next(line for line in lines if "Follow us" in line)
    assert follow.split()[1:3] == ["chrome", "social.follow"]
    coloured = run("explain", page, "--color").stdout.decode()
    assert "\x1b[31m" in coloured  # chrome in red
    code, on_terminal = _run_on_pty("explain", page, stream="stdout")
    assert code == 0
    assert "\x1b[31m" in on_terminal
    assert "\x1b[" not in run("explain", page, "--no-color").stdout.decode()
    as_json = [json.loads(x) for x in run("explain", page, "--json").stdout.splitlines()]
    assert as_json[0] == {
        "number": 0,
        "text": "Harbourline Daily",
        "role": "site",
        "rule": "field.site",
    }
    assert {x["role"] for x in as_json} >= {
        "site",
        "captured",
        "title",
        "dateline",
        "byline",
        "body",
        "chrome",
        "blank",
    }


def test_stats_summarises_a_run(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert run("clean", articles, "-o", out, "-q").returncode == 0
    proc = run("stats", out, "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["articles"] == 6
    assert data["sites"] == {"Harbourline Daily": 3, "Tamsin Valley Post": 3}
    assert data["background_paragraphs"] == 6
    assert data["distinct_background_paragraphs"] == 2
    assert [b["documents"] for b in data["top_background"]] == [3, 3]
    assert data["removed_by_rule"]["corpus.background"] == 6
    assert data["removed_by_rule"]["social.follow"] == 6
    assert data["removed_lines"] == sum(data["removed_by_rule"].values())
    assert data["duplicates"] == 0
    text = run("stats", out).stdout.decode()
    assert "articles        6" in text
    assert "3 docs  [Harbourline Daily] Harbourline Daily has covered" in text
    (tmp_path / "bad.jsonl").write_text(out.read_text() + "not json\n")
    proc = run("stats", tmp_path / "bad.jsonl", "--json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["bad_records"] == 1


# -- the project's own examples and the shared seeds -----------------------------------------


def test_clean_examples_folder(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run("clean", EXAMPLES, "-o", out)
    assert proc.returncode == 0, proc.stderr
    recs = records(out)
    assert len(recs) == len(list(EXAMPLES.glob("*.txt")))
    assert all(r["title"] and r["body"] for r in recs)


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_clean_shared_seeds(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run("clean", SHARED_SEEDS, "-o", out)
    assert proc.returncode == 0, proc.stderr
    recs = records(out)
    assert len(recs) == 2
    for rec in recs:
        assert rec["site"] == "Azernews.Az"
        assert [p[:14] for p in rec["background"]] == ["On November 10"]
        assert not any(p.startswith("On November 10") for p in rec["body"])
