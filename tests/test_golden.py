"""Golden cases: hand-written articles in ``tests/corpus/`` with the expected result beside them.

Each ``tests/corpus/<nn>_<style>.txt`` is an invented page (no third-party text) and
``<nn>_<style>.json`` is what a careful human editor expects from it: the fields, the
exact body paragraphs in order, and for chrome lines whose rule is unambiguous the rule
id that must have removed them. The expectations are decided by hand, not recorded from
the program; when a case fails, fix the parser unless the expectation itself is wrong.

``test_corpus_files_are_consistent`` checks the case files themselves (valid JSON, body
lines present verbatim in the page, known rule ids ...) and does not need the parser.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path
from typing import Any

import pytest

import cleanscrape

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(CORPUS.glob("*.txt"))

MIN_CASES = 44
MIN_STYLES = 12

REQUIRED_KEYS = frozenset(
    {"style", "comment", "site", "captured", "title", "published", "authors", "body"}
)
OPTIONAL_KEYS = frozenset({"removed_rules"})

#: Rule ids a case may name in ``removed_rules`` (the documented chrome rules).
CHROME_RULE_IDS = frozenset(
    {
        "social.follow",
        "social.counter",
        "share.buttons",
        "paywall.pitch",
        "newsletter.signup",
        "cookie.notice",
        "ui.loading",
        "ui.control",
        "nav.more",
        "nav.related",
        "nav.breadcrumb",
        "ad.label",
        "banner.captured",
        "separator",
        "title.duplicate",
        "copyright",
        "legal.links",
        "comments.prompt",
        "image.credit",
        "meta.tags",
        "meta.reading_time",
    }
)


def _read_case(path: Path) -> tuple[str, dict[str, Any]]:
    """The page text exactly as stored (CRLF kept) and its expectation."""
    text = path.read_bytes().decode("utf-8")
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return text, expected


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _body_diff(expected: list[str], actual: list[str]) -> str:
    diff = difflib.unified_diff(
        expected, actual, fromfile="expected body", tofile="parsed body", lineterm="", n=1
    )
    return "\n".join(diff)


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _lossless_problems(accounted: dict[int, str], normalized: str) -> list[str]:
    expected = {i: t for i, t in enumerate(normalized.split("\n")) if t.strip()}
    problems: list[str] = []
    missing = sorted(expected.keys() - accounted.keys())
    extra = sorted(accounted.keys() - expected.keys())
    changed = sorted(n for n in expected.keys() & accounted.keys() if expected[n] != accounted[n])
    for n in missing[:5]:
        problems.append(f"  line {n} not accounted for: {_short(expected[n])!r}")
    for n in extra[:5]:
        problems.append(f"  line {n} accounted but blank or absent: {_short(accounted[n])!r}")
    for n in changed[:5]:
        problems.append(
            f"  line {n} text differs: {_short(accounted[n])!r} != {_short(expected[n])!r}"
        )
    if len(missing) + len(extra) + len(changed) > 15:
        problems.append(
            f"  ({len(missing)} missing, {len(extra)} extra, {len(changed)} changed in all)"
        )
    return problems


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: Path) -> None:
    from cleanscrape.normalize import normalize

    text, exp = _read_case(path)
    article = cleanscrape.parse(text, source=path.name)
    problems: list[str] = []

    def check(name: str, expected: object, actual: object) -> None:
        if expected != actual:
            problems.append(f"{name}: expected {expected!r}, got {actual!r}")

    check("source", path.name, article.source)
    check("site", exp["site"], article.site)
    check("captured", exp["captured"], _iso(article.captured))
    check("title", exp["title"], article.title)
    check("published", exp["published"], _iso(article.published))
    check("authors", exp["authors"], list(article.authors))

    body = list(article.body)
    if body != exp["body"]:
        problems.append(
            f"body: expected {len(exp['body'])} paragraphs, got {len(body)}\n"
            + _body_diff(exp["body"], body)
        )

    for line, rule in exp.get("removed_rules", {}).items():
        rules = sorted({r.rule for r in article.removed if r.text == line})
        if not rules:
            problems.append(f"removed: {_short(line)!r} should be removed by {rule}, it is not")
        elif rules != [rule]:
            problems.append(f"removed: {_short(line)!r} should be removed by {rule}, got {rules}")

    lossless = _lossless_problems(article.accounted_lines(), normalize(text))
    if lossless:
        problems.append("lossless accounting failed:\n" + "\n".join(lossless))

    assert not problems, f"{path.name} ({exp['comment']})\n" + "\n".join(problems)


def _case_problems(path: Path) -> list[str]:
    """Everything wrong with one case's files, without running the parser."""
    text, exp = _read_case(path)
    problems: list[str] = []
    keys = set(exp)
    if not keys >= REQUIRED_KEYS or not keys <= REQUIRED_KEYS | OPTIONAL_KEYS:
        return [f"keys {sorted(keys)} do not match the case format"]

    lines = [ln.strip() for ln in text.splitlines()]
    content = [ln for ln in lines if ln]
    line_set = set(content)

    if path.stem.split("_", 1)[-1] != exp["style"]:
        problems.append(f"style {exp['style']!r} does not match the file name")
    if not isinstance(exp["comment"], str) or len(exp["comment"]) < 20:
        problems.append("comment missing or too short to say what the case exercises")
    if exp["site"] is not None and (not content or content[0] != exp["site"]):
        problems.append(f"site {exp['site']!r} is not the first line of the page")
    # a title may differ from its line by the width of its spaces (an ideographic space
    # between the parts of a Japanese headline becomes a plain one)
    spaced = {" ".join(ln.split()) for ln in content}
    if exp["title"] is not None and exp["title"] not in line_set | spaced:
        problems.append(f"title {exp['title']!r} is not a line of the page")
    if exp["title"] in exp["body"]:
        problems.append("the title is listed in the body")

    for key, parse_iso in (
        ("captured", dt.date.fromisoformat),
        ("published", dt.datetime.fromisoformat),
    ):
        if exp[key] is not None:
            try:
                parse_iso(exp[key])
            except (TypeError, ValueError):
                problems.append(f"{key} {exp[key]!r} is not ISO 8601")

    for author in exp["authors"]:
        if not author or author != author.strip() or author.lower().startswith("by "):
            problems.append(f"author {author!r} is not a bare name")
        elif not any(author in ln for ln in content):
            problems.append(f"author {author!r} does not occur in the page")

    body = exp["body"]
    if not body:
        problems.append("empty body")
    position = 0
    for para in body:
        try:
            position = lines.index(para, position) + 1
        except ValueError:
            problems.append(f"body line not in the page (or out of order): {_short(para)!r}")

    removed = exp.get("removed_rules", {})
    for line, rule in removed.items():
        if line not in line_set:
            problems.append(f"removed_rules line not in the page: {_short(line)!r}")
        if line in body:
            problems.append(f"removed_rules line is also body: {_short(line)!r}")
        if rule not in CHROME_RULE_IDS:
            problems.append(f"unknown rule id {rule!r} for {_short(line)!r}")
    return problems


def test_corpus_files_are_consistent() -> None:
    txt = {p.stem for p in CORPUS.glob("*.txt")}
    js = {p.stem for p in CORPUS.glob("*.json")}
    assert txt == js, f"cases without a pair: {sorted(txt ^ js)}"
    assert len(CASES) >= MIN_CASES, f"only {len(CASES)} cases"

    problems = [f"{p.name}: {msg}" for p in CASES for msg in _case_problems(p)]
    assert not problems, "\n".join(problems)

    styles = {_read_case(p)[1]["style"] for p in CASES}
    assert len(styles) >= MIN_STYLES, f"only {len(styles)} styles: {sorted(styles)}"
    layouts = {"\n\n" in _read_case(p)[0].replace("\r\n", "\n") for p in CASES}
    assert layouts == {True, False}, "both layouts (blank-separated and one block per line)"
