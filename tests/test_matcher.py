"""The compiled rule matcher (first-character dispatch, literal pre-checks, gated
branches) decides exactly what trying every rule one by one decides."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanscrape import Rule, RuleError, RuleSet, default_rules
from cleanscrape._scan import lines_holding
from cleanscrape.ruledata import DEFAULT_RULES
from cleanscrape.rules import (
    _ANY,
    _first_chars,
    _gate,
    _leading_literals,
    _required_runs,
    _specialize,
    _split_alternatives,
    _suffix,
)


def reference_match(rules: RuleSet, line: str) -> str | None:
    """The documented semantics, naively: among the rules that apply to the line's
    length, the first anchored alternative (in set order) that matches at the start,
    else the floating alternative whose match starts leftmost (first in order on ties)."""
    anchored: list[tuple[str, str]] = []
    floating: list[tuple[str, str]] = []
    for rule in rules:
        if rule.max_chars is not None and len(line) > rule.max_chars:
            continue
        for alt in _split_alternatives(rule.pattern):
            (anchored if alt.startswith("^") else floating).append((rule.id, alt))
    for rule_id, alt in anchored:
        if regex.match(alt, line, regex.IGNORECASE):
            return rule_id
    best: tuple[int, str] | None = None
    for rule_id, alt in floating:
        m = regex.search(alt, line, regex.IGNORECASE)
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), rule_id)
    return None if best is None else best[1]


# Lines made of pieces of the default rules' own vocabulary (so that many of them are
# chrome, or nearly), with case changes, digits and other scripts mixed in.
_PIECES = [
    "Follow us",
    "follow",
    "on Twitter",
    "Twitter",
    "X",
    "Facebook",
    "Share",
    "share this",
    "Read more",
    "See more",
    "Latest",
    "Loading...",
    "Subscribe",
    "subscribe to",
    "newsletter",
    "Sign up",
    "cookies",
    "We use cookies",
    "Copyright",
    "©",
    "2024",
    "All rights reserved",
    "Advertisement",
    "says:",
    "Jane",
    "at 4:47 pm",
    "said:",
    "wrote :",
    "You've read",
    "you have read 3 of 5 free",
    "3 hours ago",
    "5 min read",
    "Tags:",
    "Photo:",
    "Getty Images",
    "Privacy Policy",
    "Lire aussi",
    "Читайте также",
    "Подпишитесь",
    "ſays",
    "İstanbul",
    "ß",
    "--",
    "•",
    "the",
    "minister",
    "said",
    "on",
    "Tuesday",
    ".",
    ",",
    ":",
    "|",
    "(",
    ")",
    "١٢",
]
lines = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map(" ".join) | st.text(
    min_size=1, max_size=60
)


@settings(max_examples=400, deadline=None)
@given(lines)
def test_default_matcher_agrees_with_the_reference(line: str) -> None:
    rules = default_rules()
    got = rules.match(line)
    assert (None if got is None else got.id) == reference_match(rules, line)


@settings(max_examples=200, deadline=None)
@given(st.lists(lines, min_size=1, max_size=12), st.sampled_from([None, 20, 60]))
def test_matching_a_whole_text_agrees_line_by_line(texts: list[str], limit: int | None) -> None:
    # the pre-check strings are found once per text: each line must still get exactly
    # its own match (a string in one line never counts for another)
    rules = default_rules()
    got, folded = rules.match_lines(texts, max_chars=limit)
    assert folded == [t.casefold() for t in texts]
    expected = [
        None if limit is not None and len(t) > limit else reference_match(rules, t) for t in texts
    ]
    assert [None if r is None else r.id for r in got] == expected


def test_default_matcher_agrees_on_every_rule_example() -> None:
    from test_rules import NEGATIVES, POSITIVES

    rules = default_rules()
    for _rule_id, line in [*POSITIVES, *NEGATIVES]:
        got = rules.match(line)
        assert (None if got is None else got.id) == reference_match(rules, line), line


_USER_PATTERNS = [
    r"^(?:a|bb|x)?cc",
    r"^(?:alpha|beta)\s+gamma$",
    r"^\d+ points?$",
    r"^[a-c]{2,} end",
    r"^(?:)?zeta",
    r"^(?i:Mixed) case",
    r"^\w+ wrote:$",
    r"^\S+(?: \S+)? (?:says|said)\s?:$",
    r"^.{0,9}\.$",
    r"^.{0,5}dot",
    r"^[^>»]{1,10}(?: [>»] [^>»]{1,10}){2,3}$",
    r"(?:we|you) use tracking",
    r"\bfoo\b.{0,10}bar",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_USER_PATTERNS), min_size=1, max_size=5, unique=True),
    st.text(alphabet="abcxzdgpmtwuoy 0123:.ABCZ>»", min_size=1, max_size=30),
)
def test_user_rules_agree_with_the_reference(patterns: list[str], line: str) -> None:
    rules = RuleSet(
        Rule(id=f"user.r{i}", category="user", pattern=p) for i, p in enumerate(patterns)
    )
    got = rules.match(line)
    assert (None if got is None else got.id) == reference_match(rules, line)


@pytest.mark.parametrize(
    ("branch", "expected"),
    [
        ("^abc", "a"),
        ("^(?:foo|bar)x", "bf"),
        ("^(?:foo)?bar", "bf"),
        ("^[a-c]x", "abc"),
        ("^\\d+ x", "0"),
        ("^\\bfoo", "f"),
        ("^Foo", "f"),
        ("^(?:a|b)*c", "abc"),
    ],
)
def test_first_chars(branch: str, expected: str) -> None:
    assert _first_chars(branch) == frozenset(expected)


@pytest.mark.parametrize(
    "branch", ["^.x", "^\\w+", "^[^a]x", "^(?:)x?", "^(?i:x)", "^\\S+", "^\\x41", "^[a-\\u0100]"]
)
def test_first_chars_any_when_unsure(branch: str) -> None:
    assert _first_chars(branch) is _ANY


def test_specialize_keeps_only_options_that_start_right() -> None:
    assert _specialize("^(?:twitter|x|facebook)$", "t") == "^(?:twitter)$"
    assert _specialize("^(?:more |top )?(?:see|read) more", "s") == "^(?:see|read) more"
    assert _specialize("^(?:twitter|x)$", "f") is None


@pytest.mark.parametrize("pattern", [r"^(a)b\1", r"(x)\g<1>", r"(?P=x)"])
def test_backreferences_are_refused(pattern: str) -> None:
    with pytest.raises(RuleError, match="backreference"):
        Rule(id="user.back", category="user", pattern=pattern)


def test_escaped_backslash_before_a_digit_is_no_backreference() -> None:
    assert Rule(id="user.path", category="user", pattern=r"c:\\1").pattern == r"c:\\1"


def test_required_runs_skip_groups_classes_and_counted_repeats() -> None:
    assert _required_runs(r"^\S{1,40}(?: \S){0,2} (?:says|said)\s?:$") == [" ", ":"]
    assert _required_runs(r"\b(?:site|we) uses cookies\b") == [" uses cookies"]
    assert _gate(r"^\S.{0,80} at \d{1,2}:\d{2} said:$") == ("said:",)
    assert _gate(r"^[^>»]{1,50}(?: [>»] [^>»]{1,80}){2,6}$") == (">", "»")
    assert _gate(r"^\w+(?: [>»] \w+)?$") is None  # the group is optional
    assert _leading_literals(r"\b(?:site|we|page) uses cookies\b") == (" uses cookies",)


@pytest.mark.parametrize(
    ("branch", "expected"),
    [
        (r"^\S{1,40}(?: \S{1,40}){0,2} (?:says|said)\s?:$", ":"),
        (r"^\S.{0,80} at \d{1,2}:\d{2} Said:$", " said:"),
        (r"^\w+ wrote:$", " wrote:"),
        (r"^\w+ wrote:", None),  # no end anchor
        (r"^x\.$", None),  # an escape closes it
        (r"^x[ab]$", None),  # a class
        (r"^ab+$", None),  # a repeated character
        (r"^x(?:a|b)$", None),  # a group
        (r"^x\$", None),  # an escaped dollar is a character
    ],
)
def test_suffix_gate(branch: str, expected: str | None) -> None:
    assert _suffix(branch) == expected


def test_leading_literals_prefer_the_longer_required_string() -> None:
    # "you" starts the branch but " read " is rarer: fewer lines are searched
    assert _leading_literals(r"\byou(?:'ve| have) read \d+ free\b") == (" read ",)
    assert _leading_literals(r"\bnewsletter(?:s)? now") == ("newsletter",)
    # a leading group's options, unless a longer string is required after them
    assert _leading_literals(r"\b(?:this|the|our) post contains affiliate links") == (
        " post contains affiliate links",
    )
    assert _leading_literals(r"\b(?:subscribe|register) now") == ("subscribe", "register")


def test_every_default_floating_branch_has_a_literal_pre_check() -> None:
    # One branch without a literal switches the pre-check off for its whole bucket.
    for rule in DEFAULT_RULES:
        for alt in _split_alternatives(rule.pattern):
            if not alt.startswith("^"):
                assert _leading_literals(alt) is not None, (rule.id, alt)


@given(
    st.lists(st.text(alphabet="abß \nİ", max_size=12), min_size=1, max_size=8),
    st.sets(st.text(alphabet="ab ß", min_size=1, max_size=3), max_size=4),
)
def test_lines_holding_is_every_line_and_string_it_holds(
    lines: list[str], strings: set[str]
) -> None:
    """The one-search-per-string scan equals testing every line for every string."""
    text = "\n".join(lines)
    parts = text.split("\n")
    expected = {
        j: {s for s in strings if s in part}
        for j, part in enumerate(parts)
        if any(s in part for s in strings)
    }
    assert lines_holding(strings, text) == expected
    assert lines_holding(strings, text, parts) == expected
