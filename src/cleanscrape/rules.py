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

_ID = regex.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
#: Lines longer than this are only tested against rules without ``max_chars``.
_FLAGS = regex.IGNORECASE | regex.VERSION1


def _check_id(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if not _ID.fullmatch(value):
        raise RuleError(f"rule id {value!r} is not of the form 'category.name' (lower case)")


def _check_pattern(inst: Rule, _attr: attrs.Attribute[str], value: str) -> None:
    try:
        regex.compile(value, _FLAGS)
    except regex.error as exc:
        raise RuleError(f"rule {inst.id!r}: bad pattern {value!r}: {exc}") from None


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
    languages: tuple[str, ...] = attrs.field(default=("en",), converter=tuple)
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


class _Matcher:
    """The compiled form of a rule set: one alternation of named groups."""

    __slots__ = ("_by_group", "_combined", "_limits", "_singles")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self._by_group = {f"r{i}": r for i, r in enumerate(rules)}
        self._limits = {f"r{i}": r.max_chars for i, r in enumerate(rules)}
        if rules:
            alternation = "|".join(f"(?P<r{i}>{r.pattern})" for i, r in enumerate(rules))
            self._combined: regex.Pattern[str] | None = regex.compile(alternation, _FLAGS)
        else:
            self._combined = None
        self._singles = tuple((r, regex.compile(r.pattern, _FLAGS)) for r in rules)

    def match(self, line: str) -> Rule | None:
        """The first rule (in set order) that applies to ``line``, or ``None``."""
        if self._combined is None:
            return None
        m = self._combined.search(line)
        if m is None:
            return None
        group = m.lastgroup
        assert group is not None
        limit = self._limits[group]
        if limit is None or len(line) <= limit:
            return self._by_group[group]
        # The leftmost hit is on a rule that does not apply to a line this long: rare,
        # so fall back to trying the rules one by one.
        n = len(line)
        for rule, pattern in self._singles:
            if (rule.max_chars is None or n <= rule.max_chars) and pattern.search(line):
                return rule
        return None


@attrs.frozen
class RuleSet:
    """An ordered, immutable collection of rules with unique ids.

    Derive new sets with :meth:`extended`, :meth:`without` and :meth:`from_toml`;
    the compiled matcher is built once per set.
    """

    rules: tuple[Rule, ...] = attrs.field(converter=tuple)
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

    return _DEFAULT_CACHE.setdefault("default", RuleSet(DEFAULT_RULES))


# The default set is immutable, so compiling it once per process is safe: it holds no
# state that depends on what was processed before.
_DEFAULT_CACHE: dict[str, RuleSet] = {}
