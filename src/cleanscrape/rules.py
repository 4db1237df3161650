"""Chrome rules as data: :class:`Rule` records collected in a :class:`RuleSet`.

A rule names one kind of site chrome (``social.follow``, ``paywall.pitch`` ...) with a
regular expression (the ``regex`` module's syntax, matched case-insensitively with
``search`` against the stripped line) and the languages it covers. The default rules
live in :mod:`cleanscrape.ruledata`; users add their own from code or a TOML file::

    [[rule]]
    id = "promo.podcast"
    category = "promo"
    pattern = '^listen to our podcast'
    languages = ["en"]
    description = "Podcast promotion under articles."
    max_chars = 120

    [disable]
    ids = ["nav.more"]

All rules of a set are compiled into one alternation, once, so a line costs one regex
call whatever the number of rules.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
import regex

from .errors import RuleError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

__all__ = ["Rule", "RuleSet", "default_rules"]

_ID = regex.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*")
_FLAGS = regex.IGNORECASE
_GLOBAL_FLAGS = regex.compile(r"\(\?[aiLmsuxV0-9]+\)")


def _check_id(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if not _ID.fullmatch(value):
        raise RuleError(
            f"rule id {value!r} is not of the form 'category.name' (lower case, dots between parts)"
        )


def _check_pattern(inst: Rule, _attr: attrs.Attribute[str], value: str) -> None:
    if _GLOBAL_FLAGS.search(value):
        raise RuleError(
            f"rule {inst.id!r}: global inline flags change every rule of the set; "
            f"use a scoped group such as (?x:...) instead: {value!r}"
        )
    if "(?P<" in value or "(?<" in value.replace("(?<=", "").replace("(?<!", ""):
        raise RuleError(f"rule {inst.id!r}: named groups are not allowed in patterns: {value!r}")
    try:
        regex.compile(value, _FLAGS)
    except regex.error as exc:
        raise RuleError(f"rule {inst.id!r}: bad pattern {value!r}: {exc}") from None


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class Rule:
    """One named kind of chrome.

    Attributes:
        id: ``category.name``, the id reported in :attr:`Removed.rule`.
        category: the family (``social``, ``paywall``, ``nav``, ``cookie`` ...).
        pattern: a regular expression searched (case-insensitively) in the stripped line.
        languages: ISO 639-1 codes of the languages the pattern covers (``"*"``: any).
        description: one sentence for the docs and ``cleanscrape explain``.
        max_chars: the rule only applies to lines of at most this many characters,
            so a phrase inside a long paragraph of prose is not taken for chrome.
    """

    id: str = attrs.field(validator=_check_id)
    category: str
    pattern: str = attrs.field(validator=_check_pattern)
    languages: tuple[str, ...] = attrs.field(default=("en",), converter=_str_tuple)
    description: str = ""
    max_chars: int | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Rule:
        """Build a rule from a TOML table or dict, with a clear error when a key is off."""
        known = {"id", "category", "pattern", "languages", "description", "max_chars"}
        unknown = set(data) - known
        if unknown:
            raise RuleError(f"rule {data.get('id')!r}: unknown keys {sorted(unknown)}")
        missing = {"id", "pattern"} - set(data)
        if missing:
            raise RuleError(f"rule {data.get('id')!r}: missing keys {sorted(missing)}")
        rule_id = str(data["id"])
        return cls(
            id=rule_id,
            category=str(data.get("category", rule_id.split(".", 1)[0])),
            pattern=str(data["pattern"]),
            languages=tuple(data.get("languages", ("*",))),
            description=str(data.get("description", "")),
            max_chars=None if data.get("max_chars") is None else int(data["max_chars"]),
        )


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``a|b|(c|d)`` gives ``a``, ``b``, ``(c|d)``)."""
    parts: list[str] = []
    depth = 0
    in_class = escaped = False
    current: list[str] = []
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


_LITERAL_CHAR = regex.compile(r"[^\\\[\](){}?*+.|^$]")
_MIN_LITERAL = 3


def _leading_literals(branch: str) -> tuple[str, ...] | None:
    """Lower-cased literals one of which any match of ``branch`` must contain, or ``None``
    when they cannot be read off the pattern (then the branch is always tried).

    Handles a leading ``\\b``, a plain literal prefix, and a leading group of plain
    literal alternatives (``(?:we|this site) use``)."""
    body = branch[2:] if branch.startswith("\\b") else branch
    if body.startswith("(?:"):
        close = body.find(")")
        inner = body[3:close]
        if close < 0 or not inner or any(c in inner for c in "()[]\\?*+{.^$"):
            return None
        if body[close + 1 : close + 2] in ("?", "*", "{"):
            return None  # an optional group: nothing in it is required
        options = inner.split("|")
        if any(len(o) < _MIN_LITERAL for o in options):
            return None
        return tuple(o.lower() for o in options)
    out: list[str] = []
    for i, ch in enumerate(body):
        if not _LITERAL_CHAR.match(ch):
            if ch in "?*{" and out:
                out.pop()  # the character before an optional quantifier may be absent
            break
        out.append(ch)
        if i + 1 < len(body) and body[i + 1] in "?*{":
            out.pop()
            break
    literal = "".join(out)
    return (literal.lower(),) if len(literal) >= _MIN_LITERAL else None


def _compiles(pattern: str) -> bool:
    try:
        regex.compile(pattern, _FLAGS)
    except regex.error:
        return False
    return True


class _Bucket:
    """The rules that apply to lines up to one length bound, compiled."""

    __slots__ = ("anchored", "floating", "literals")

    def __init__(self, branches: list[tuple[str, str]]) -> None:
        anchored = [f"(?P<{g}>{b})" for g, b in branches if b.startswith("^")]
        floating = [(g, b) for g, b in branches if not b.startswith("^")]
        self.anchored = regex.compile("|".join(anchored), _FLAGS) if anchored else None
        self.floating = (
            regex.compile("|".join(f"(?P<{g}>{b})" for g, b in floating), _FLAGS)
            if floating
            else None
        )
        literals: list[str] = []
        for _g, b in floating:
            lits = _leading_literals(b)
            if lits is None:  # no literal to test first: always search
                literals = []
                break
            literals.extend(lits)
        #: Lower-cased literals one of which a line must contain before the floating
        #: patterns are searched; empty means "always search".
        self.literals = tuple(sorted(set(literals)))


class _Matcher:
    """The compiled form of a rule set.

    Rules are grouped by ``max_chars``: a line is only tried against the rules that apply
    to its length. Within a group, the top-level alternatives anchored with ``^`` are
    tried at the line's start in one ``match`` call; the others ("floating") are searched
    in one call, and only when the line contains one of their leading literals (read off
    the patterns), because a search for many alternatives costs tens of microseconds a
    line while ``str.__contains__`` costs tens of nanoseconds.
    """

    __slots__ = ("_buckets", "_by_group")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self._by_group: dict[str, Rule] = {}
        branches: list[tuple[int | None, str, str]] = []  # (max_chars, group, branch)
        for i, r in enumerate(rules):
            alternatives = _split_alternatives(r.pattern)
            if len(alternatives) > 1 and not all(map(_compiles, alternatives)):
                # Alternatives that do not stand alone (inline flags, comments): search
                # the whole pattern as one floating branch.
                alternatives = ["(?:" + r.pattern + ")"]
            for j, alt in enumerate(alternatives):
                group = f"r{i}_{j}"
                self._by_group[group] = r
                branches.append((r.max_chars, group, alt))
        limits = sorted({r.max_chars for r in rules if r.max_chars is not None})
        buckets: list[tuple[int | None, _Bucket]] = []
        for bound in [*limits, None]:
            applicable = [
                (g, b)
                for limit, g, b in branches
                if limit is None or (bound is not None and limit >= bound)
            ]
            buckets.append((bound, _Bucket(applicable)))
        self._buckets = tuple(buckets)

    def match(self, line: str) -> Rule | None:
        """The rule whose anchored pattern matches at the start of ``line`` (the first in
        set order), else the rule whose floating pattern matches leftmost."""
        n = len(line)
        for bound, bucket in self._buckets:
            if bound is None or n <= bound:
                return self._match_bucket(bucket, line)
        return None  # pragma: no cover - the last bucket has no bound

    def _match_bucket(self, bucket: _Bucket, line: str) -> Rule | None:
        if bucket.anchored is not None:
            m = bucket.anchored.match(line)
            if m is not None and m.lastgroup is not None:
                return self._by_group[m.lastgroup]
        if bucket.floating is None:
            return None
        if bucket.literals:
            low = line.lower()
            if not any(map(low.__contains__, bucket.literals)):
                return None
        m = bucket.floating.search(line)
        if m is None or m.lastgroup is None:
            return None
        return self._by_group[m.lastgroup]


def _rule_tuple(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(rules)


@attrs.frozen
class RuleSet:
    """An ordered, immutable collection of rules with unique ids.

    Derive new sets with :meth:`extended`, :meth:`without` and :meth:`from_toml`;
    the compiled matcher is built once per set.
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_rule_tuple)
    _matcher: _Matcher = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for r in self.rules:
            if r.id in seen:
                raise RuleError(f"duplicate rule id {r.id!r}")
            seen.add(r.id)
        object.__setattr__(self, "_matcher", _Matcher(self.rules))

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Any:
        return iter(self.rules)

    def __getitem__(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def match(self, line: str) -> Rule | None:
        """The rule that marks the (stripped) ``line`` as chrome, or ``None``."""
        return self._matcher.match(line)

    def extended(self, rules: Iterable[Rule]) -> RuleSet:
        """A new set with ``rules`` added (a rule with an existing id replaces it)."""
        new = list(rules)
        new_ids = {r.id for r in new}
        return RuleSet(tuple(r for r in self.rules if r.id not in new_ids) + tuple(new))

    def without(self, ids: Iterable[str]) -> RuleSet:
        """A new set without the rules whose ids are given (unknown ids are an error)."""
        drop = set(ids)
        unknown = drop - set(self.ids)
        if unknown:
            raise RuleError(f"cannot disable unknown rule ids {sorted(unknown)}")
        return RuleSet(tuple(r for r in self.rules if r.id not in drop))

    def from_toml(self, path: str | Path) -> RuleSet:
        """This set with the ``[[rule]]`` tables of a TOML file added and the ids in its
        ``[disable] ids = [...]`` removed."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise RuleError(f"cannot read rule file {str(path)!r}: {exc}") from None
        return self.from_mapping(data)

    def from_mapping(self, data: Mapping[str, Any]) -> RuleSet:
        """Like :meth:`from_toml`, from an already parsed mapping."""
        unknown = set(data) - {"rule", "disable"}
        if unknown:
            raise RuleError(f"unknown top-level keys in rule file: {sorted(unknown)}")
        tables = data.get("rule", [])
        if not isinstance(tables, list):
            raise RuleError("'rule' must be an array of tables ([[rule]])")
        out = self.extended(Rule.from_mapping(t) for t in tables)
        disable = data.get("disable", {})
        ids = disable.get("ids", []) if isinstance(disable, Mapping) else disable
        return out.without(ids) if ids else out


def default_rules() -> RuleSet:
    """The built-in rule set (see :mod:`cleanscrape.ruledata` and the README's table)."""
    from .ruledata import DEFAULT_RULES

    cached = _DEFAULT_CACHE.get("default")
    if cached is None:
        cached = _DEFAULT_CACHE["default"] = RuleSet(DEFAULT_RULES)
    return cached


# The default set is immutable, so compiling it once per process is safe: it holds no
# state that depends on what was processed before.
_DEFAULT_CACHE: dict[str, RuleSet] = {}
