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

A set is compiled once into a matcher that costs a few regex calls a line whatever the
number of rules: rules are grouped by ``max_chars``; the alternatives anchored with ``^``
are dispatched on the line's first character (only those that can start with it are
tried, in one alternation); the others are searched only when the line contains one of
the literals they require (found for a whole text at once by
:meth:`RuleSet.match_lines`). Patterns may not use named groups, backreferences or global
inline flags, since they share one compiled alternation.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from ._memo import LineMemo
from ._scan import lines_holding
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
    if _has_backreference(value):
        raise RuleError(
            f"rule {inst.id!r}: backreferences are not allowed in patterns (the rules of a "
            f"set are compiled into one alternation, where group numbers shift): {value!r}"
        )
    try:
        regex.compile(value, _FLAGS)
    except regex.error as exc:
        raise RuleError(f"rule {inst.id!r}: bad pattern {value!r}: {exc}") from None


def _has_backreference(pattern: str) -> bool:
    """Whether ``pattern`` refers back to a group (``\\1``, ``\\g<...>``, ``(?P=...)``)."""
    if "(?P=" in pattern:
        return True
    i = pattern.find("\\")
    while 0 <= i < len(pattern) - 1:
        if pattern[i + 1] in "123456789g":
            return True
        i = pattern.find("\\", i + 2)
    return False


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
_QUANTIFIERS = "?*+{"


def _leading_literals(branch: str) -> tuple[str, ...] | None:
    """Case-folded literals one of which any match of ``branch`` must contain, or ``None``
    when they cannot be read off the pattern (then the branch is always tried).

    Handles a leading group of plain literal alternatives (``(?:we|this site) use``),
    unless a longer string is required after it; otherwise the longer of the plain
    literal prefix (after a leading ``\\b``) and the longest run of plain characters
    outside any group, class or quantifier (``(?:a|we) uses cookies`` gives
    ``" uses cookies"``, ``you(?:'ve| have) read`` gives ``" read "``). The longer string
    is the rarer one, so fewer lines are searched: "the" starts half the lines of a page,
    "affiliate link" few."""
    run = _longest_required_run(branch)
    body = branch[2:] if branch.startswith("\\b") else branch
    if body.startswith("(?:"):
        close = body.find(")")
        inner = body[3:close]
        if (
            close >= 0
            and inner
            and not any(c in inner for c in "()[]\\?*+{.^$")
            and body[close + 1 : close + 2] not in ("?", "*", "{")
        ):
            options = inner.split("|")
            shortest = min(map(len, options))
            if shortest >= _MIN_LITERAL and len(run) <= shortest:
                return tuple(o.casefold() for o in options)
        return (run.casefold(),) if len(run) >= _MIN_LITERAL else None
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
    if len(run) > len(literal) and len(run) >= _MIN_LITERAL:
        return (run.casefold(),)
    return (literal.casefold(),) if len(literal) >= _MIN_LITERAL else None


def _longest_required_run(branch: str) -> str:
    """The longest run of plain characters at the top level of ``branch`` (one of its
    top-level alternatives): every match contains it."""
    return max(_required_runs(branch), key=len, default="")


def _required_runs(branch: str) -> list[str]:
    """The runs of plain characters at the top level of ``branch``, outside any group,
    class, escape or quantifier: every match of the branch contains each of them."""
    runs: list[str] = []
    run: list[str] = []
    i, n = 0, len(branch)
    while i < n:
        ch = branch[i]
        if ch == "\\" or ch == "[" or ch == "(" or not _LITERAL_CHAR.match(ch):
            if ch in _QUANTIFIERS and run:
                run.pop()  # the quantified character may be absent or repeated
            if run:
                runs.append("".join(run))
            run = []
            if ch == "\\":
                i += 2
            elif ch == "[":
                i = _class_end(branch, i)
            elif ch == "(":
                i = _group_end(branch, i)
            elif ch == "{":
                close = branch.find("}", i)
                i = n if close < 0 else close + 1  # a counted repeat: skip its bounds
            else:
                i += 1
            continue
        if i + 1 < n and branch[i + 1] in _QUANTIFIERS:
            if run:
                runs.append("".join(run))
            run = []
        else:
            run.append(ch)
        i += 1
    if run:
        runs.append("".join(run))
    return runs


def _gate(branch: str) -> tuple[str, ...] | None:
    """Case-folded strings one of which every match of ``branch`` contains, or ``None``:
    its longest required run (without edge spaces), else the members of a small
    character class it requires (``(?: [>›»] ...){2,6}`` requires one of ``>``, ``›``,
    ``»``)."""
    best = max((r.strip() for r in _required_runs(branch)), key=len, default="")
    if best:
        return (best.casefold(),)
    classes = _required_classes(branch)
    if not classes:
        return None
    members = min(classes, key=len)
    return tuple(sorted({m.casefold() for m in members}))


def _suffix(branch: str) -> str | None:
    """The case-folded string every match of ``branch`` ends with at the end of the line
    (``...\\s?:$`` gives ``:``), or ``None``: the run of plain characters that closes the
    branch right before its final ``$``."""
    if not branch.endswith("$") or branch.endswith("\\$"):
        return None
    body = branch[:-1]
    runs = _required_runs(body)
    if not runs or not runs[-1] or not body.endswith(runs[-1]):
        return None
    tail = runs[-1]
    if body.endswith("\\" + tail[-1]):
        return None  # the closing character is an escape ("d\\d"), not the run's
    return tail.casefold()


#: A class with more members than this makes a poor gate.
_MAX_GATE_CLASS = 16


def _required_classes(seq: str) -> list[frozenset[str]]:
    """The simple character classes (plain members, not negated) that every match of
    ``seq`` (one alternative) must use: at its top level or inside a group of one
    alternative that is not optional."""
    found: list[frozenset[str]] = []
    i, n = 0, len(seq)
    while i < n:
        ch = seq[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = _class_end(seq, i)
            members = _plain_class(seq[i:end])
            i = end
            if members is not None and not _optional_at(seq, i):
                found.append(members)
            continue
        if ch == "(":
            end = _group_end(seq, i)
            inner = seq[i + 1 : end - 1]
            i = end
            if _optional_at(seq, i) or inner.startswith(("?=", "?!", "?<", "?#")):
                continue
            if inner.startswith(("?:", "?>")):
                inner = inner[2:]
            elif inner.startswith("?"):
                continue
            if len(_split_alternatives(inner)) == 1:
                found.extend(_required_classes(inner))
            continue
        i += 1
    return found


def _optional_at(seq: str, i: int) -> bool:
    """Whether the quantifier at ``seq[i]`` (if any) allows zero repetitions."""
    if seq.startswith(("?", "*"), i):
        return True
    if seq.startswith("{", i):
        return seq[i + 1 : seq.find("}", i)].split(",", 1)[0].strip() in ("", "0")
    return False


def _plain_class(cls: str) -> frozenset[str] | None:
    """The members of a class of plain characters (no ranges, escapes or negation)."""
    body = cls[1:-1]
    if (
        not body
        or body.startswith("^")
        or any(c in body for c in "\\-[")
        or len(body) > _MAX_GATE_CLASS
    ):
        return None
    return frozenset(body)


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class that starts at ``pattern[i] == "["``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1  # a leading "]" is a member
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index after the group that starts at ``pattern[i] == "("``."""
    depth = 0
    j = i
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


#: Escapes that stand for a class of characters (or a code point written out).
_CLASS_ESCAPES = frozenset("DwWsSpPXNxuU0123456789")
#: Zero-width escapes.
_ZERO_WIDTH_ESCAPES = frozenset("bBAZGmM")
#: The widest character range read off a class; wider ones count as "any character".
_MAX_RANGE = 512

#: ``_first_chars`` of a branch that may start with any character.
_ANY: frozenset[str] = frozenset({"\x00any"})


def _fold(ch: str) -> str:
    """The key a character is dispatched on: its first case-folded character (matching
    is case-insensitive, so ``A`` and ``a`` share a key), and ``0`` for every decimal
    digit of any script (what ``\\d`` matches)."""
    key = ch.casefold()[:1] or ch
    return "0" if key.isdecimal() else key


def _first_chars(branch: str) -> frozenset[str]:
    """The folded characters a match of ``branch`` (an anchored alternative, with or
    without its ``^``) can start with, or :data:`_ANY`.

    Conservative: anything this small reader does not understand (inline flags, code
    point escapes, wide or negated classes) gives :data:`_ANY`, so a dispatch on the
    line's first character never skips a branch that could match.
    """
    chars, nullable = _seq_first(branch)
    return _ANY if nullable or chars is _ANY else chars


def _seq_first(seq: str) -> tuple[frozenset[str], bool]:
    """First characters of a sequence and whether it can match the empty string."""
    out: set[str] = set()
    i, n = 0, len(seq)
    while i < n:
        ch = seq[i]
        if ch in "^$":
            i += 1
            continue
        if ch == "\\":
            nxt = seq[i + 1 : i + 2]
            i += 2
            if nxt in _ZERO_WIDTH_ESCAPES:
                continue
            if not nxt or nxt in _CLASS_ESCAPES:
                return _ANY, False
            atom: frozenset[str] = frozenset({"0" if nxt == "d" else _fold(nxt)})
            atom_nullable = False
        elif ch == "[":
            end = _class_end(seq, i)
            atom = _class_first(seq[i:end])
            atom_nullable = False
            i = end
        elif ch == "(":
            end = _group_end(seq, i)
            inner = seq[i + 1 : end - 1]
            i = end
            if inner.startswith(("?=", "?!", "?<=", "?<!", "?#")):
                continue  # zero-width
            if inner.startswith(("?:", "?>")):
                inner = inner[2:]
            elif inner.startswith("?P<"):
                inner = inner[inner.find(">") + 1 :]
            elif inner.startswith("?"):
                return _ANY, False  # inline flags or another extension
            atom_set: set[str] = set()
            atom_nullable = False
            for alt in _split_alternatives(inner):
                chars, nullable = _seq_first(alt)
                if chars is _ANY:
                    return _ANY, False
                atom_set |= chars
                atom_nullable = atom_nullable or nullable
            atom = frozenset(atom_set)
        elif ch == ".":
            return _ANY, False
        elif ch in "|)":
            return _ANY, False  # not a single alternative: be safe
        else:
            atom = frozenset({_fold(ch)})
            atom_nullable = False
            i += 1
        # A quantifier after the atom.
        if i < n and seq[i] in "?*":
            atom_nullable = True
            i += 1
        elif i < n and seq[i] == "{":
            close = seq.find("}", i)
            if close < 0:
                return _ANY, False
            low = seq[i + 1 : close].split(",", 1)[0].strip()
            atom_nullable = atom_nullable or low in ("", "0")
            i = close + 1
        elif i < n and seq[i] == "+":
            i += 1
        if i < n and seq[i] in "?+":
            i += 1  # lazy or possessive
        if atom is _ANY:
            return _ANY, False
        out |= atom
        if not atom_nullable:
            return frozenset(out), False
    return frozenset(out), True


def _specialize(branch: str, key: str) -> str | None:
    """``branch`` (anchored) as it applies to lines whose first character folds to
    ``key``: the options of a leading ``(?:a|b|...)`` group that cannot start with that
    character are dropped (``^(?:twitter|facebook|x)\\s...`` for ``t`` becomes
    ``^(?:twitter)\\s...``), so the alternation tried on a line is short. ``None`` when
    the branch cannot match such a line. Sound because a match of the group starts at
    the line's first character (and rules hold no backreferences that dropping a group
    could renumber)."""
    i = 0
    while True:
        if branch.startswith("^", i):
            i += 1
        elif branch.startswith(("\\b", "\\A"), i):
            i += 2
        else:
            break
    if not branch.startswith("(?:", i):
        return branch
    end = _group_end(branch, i)
    options = _split_alternatives(branch[i + 3 : end - 1])
    kept = [o for o in options if (f := _first_chars(o)) is _ANY or key in f]
    if len(kept) == len(options):
        return branch
    j = end
    optional = False
    if branch.startswith(("?", "*"), j):
        optional = True
        j += 1
    elif branch.startswith("{", j):
        close = branch.find("}", j)
        if close < 0:
            return branch
        optional = branch[j + 1 : close].split(",", 1)[0].strip() in ("", "0")
        j = close + 1
    elif branch.startswith("+", j):
        j += 1
    if j > end and branch.startswith(("?", "+"), j):
        j += 1  # a lazy or possessive quantifier
    if kept:
        return branch[:i] + "(?:" + "|".join(kept) + ")" + branch[end:]
    return branch[:i] + branch[j:] if optional else None


def _class_first(cls: str) -> frozenset[str]:
    """The folded members of a simple character class ``[...]``, or :data:`_ANY`."""
    body = cls[1:-1]
    if body.startswith("^"):
        return _ANY
    members: set[str] = set()
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\":
            nxt = body[i + 1 : i + 2]
            if not nxt or nxt in _CLASS_ESCAPES or nxt in _ZERO_WIDTH_ESCAPES:
                return _ANY
            i += 2
            if nxt == "d":
                members.add("0")
                continue
            ch = nxt
        elif ch == "[":
            return _ANY  # a nested set or a POSIX class
        else:
            i += 1
        if i + 1 < n and body[i] == "-" and body[i + 1] != "\\":
            last = body[i + 1]
            if ord(last) - ord(ch) > _MAX_RANGE or ord(last) < ord(ch):
                return _ANY
            members.update(_fold(chr(c)) for c in range(ord(ch), ord(last) + 1))
            i += 2
        else:
            members.add(_fold(ch))
    return frozenset(members) if members else _ANY


def _compiles(pattern: str) -> bool:
    try:
        regex.compile(pattern, _FLAGS)
    except regex.error:
        return False
    return True


def _alternation(branches: Sequence[tuple[str, str]]) -> regex.Pattern[str] | None:
    if not branches:
        return None
    return regex.compile("|".join(f"(?P<{g}>{b})" for g, b in branches), _FLAGS)


class _Bucket:
    """The rules that apply to lines up to one length bound, compiled.

    Anchored alternatives are dispatched on the line's first (folded) character: only
    those that can start with it are tried, in one ``match`` of their alternation
    (compiled on first use, per character, and kept with the rule set).
    """

    __slots__ = (
        "_anchored",
        "_any_only",
        "_by_present",
        "_floating",
        "_implied",
        "_keys",
        "by_first",
        "floating",
        "gated",
        "literals",
        "order",
        "suffixes",
    )

    def __init__(self, branches: list[tuple[str, str]]) -> None:
        #: The position of each branch's group in rule order (the first match wins).
        self.order = {g: i for i, (g, _b) in enumerate(branches)}
        anchored = [(g, b, _first_chars(b)) for g, b in branches if b.startswith("^")]
        #: Anchored branches that may start with any character but must end with a
        #: string (``...said:$`` ends with ``:``) or contain one: tried one by one, only
        #: on lines that end with it or contain it (``(order, strings, suffix, pattern,
        #: group)``, in rule order; ``suffix`` empty where ``strings`` is the gate).
        self.gated: list[tuple[int, tuple[str, ...], str, regex.Pattern[str], str]] = []
        self._anchored: list[tuple[str, str, frozenset[str]]] = []
        for g, b, f in anchored:
            if f is not _ANY:  # dispatched on its first character
                self._anchored.append((g, b, f))
                continue
            suffix = _suffix(b)
            gate = () if suffix is not None else _gate(b)
            if gate is None:
                self._anchored.append((g, b, f))
            else:
                compiled = regex.compile(b, _FLAGS)
                self.gated.append((self.order[g], gate, suffix or "", compiled, g))
        #: The suffixes of the gated branches (a line ending with none skips them all).
        self.suffixes = tuple(sorted({sfx for _o, _g, sfx, _p, _gr in self.gated if sfx}))
        self._keys = frozenset().union(*(f for _g, _b, f in self._anchored if f is not _ANY))
        self._any_only = _alternation([(g, b) for g, b, f in self._anchored if f is _ANY])
        #: The anchored alternation for each key (a line's first case-folded character,
        #: ``"0"`` for any digit), built on first use (:meth:`anchored_built`).
        self.by_first: dict[str, regex.Pattern[str] | None] = {}
        floating = [(g, b) for g, b in branches if not b.startswith("^")]
        self.floating = _alternation(floating)
        self._floating = floating
        needs: list[tuple[str, ...]] = []
        for _g, b in floating:
            lits = _leading_literals(b)
            if lits is None:  # no literal to test first: always search
                needs = []
                break
            needs.append(lits)
        #: Lower-cased literals one of which a line must contain before the floating
        #: patterns are searched; empty means "always search".
        # A literal that contains another is implied by it: test only the shorter one.
        unique = {lit for lits in needs for lit in lits}
        self.literals = tuple(
            sorted(x for x in unique if not any(y != x and y in x for y in unique))
        )
        #: For each floating branch, the pre-check literals one of which a line holds
        #: whenever the branch can match (a literal of the branch, or a shorter one
        #: inside it).
        self._implied = [
            frozenset(y for y in self.literals if any(y in x for x in lits)) for lits in needs
        ]
        self._by_present: dict[frozenset[str], regex.Pattern[str] | None] = {}

    def floating_for(self, present: frozenset[str]) -> regex.Pattern[str] | None:
        """The alternation of the floating branches that can match a line holding the
        pre-check literals ``present`` (of :attr:`literals`), built on first use per set:
        searching a few alternatives instead of every one."""
        pattern = self._by_present.get(present, _UNBUILT)
        if pattern is _UNBUILT:
            pattern = self._by_present[present] = _alternation(
                [fb for fb, need in zip(self._floating, self._implied) if need & present]
            )
        return pattern

    def anchored(self, key: str) -> regex.Pattern[str] | None:
        """The alternation of the anchored branches a line whose first character folds to
        ``key`` (:func:`_fold`) can match (in rule order)."""
        if key not in self._keys:
            return self._any_only
        specialized = [
            (g, _specialize(b, key)) for g, b, f in self._anchored if f is _ANY or key in f
        ]
        return _alternation([(g, b) for g, b in specialized if b is not None])

    def anchored_built(self, key: str) -> regex.Pattern[str] | None:
        """:meth:`anchored` for ``key``, kept in :attr:`by_first` (which the matcher reads
        first: this is called once per key and rule set)."""
        pattern = self.by_first[key] = self.anchored(key)
        return pattern


#: The pre-check strings of a line that holds none.
_NONE: frozenset[str] = frozenset()

#: A marker for "not compiled yet" in :attr:`_Bucket.by_first`.
_UNBUILT = regex.compile("")


class _Matcher:
    """The compiled form of a rule set.

    Rules are grouped by ``max_chars``: a line is only tried against the rules that apply
    to its length. Within a group:

    * the top-level alternatives anchored with ``^`` are dispatched on the line's first
      (case-folded) character: one ``match`` of the alternation of those that can start
      with it, each cut down to the options of its leading group that can (see
      :func:`_specialize`); an anchored alternative that may start with anything but
      requires a string (``...said:$`` requires ``:``) is tried only on lines holding it;
    * the others ("floating") are searched only in lines that contain one of the
      literals they require (read off the patterns), and only those of them whose
      literal the line holds, in one call: a search for many alternatives costs tens of
      microseconds a line. Which lines hold which literals is found once per text
      (:meth:`match_lines`: one C-speed ``str.find`` scan of the whole text per literal),
      so a line holding none, most lines, costs one dictionary lookup.

    The result is the one trying every rule in order would give (``tests/test_matcher.py``
    checks it against that naive reference).
    """

    __slots__ = ("_buckets", "_by_group", "_by_len", "_literals", "_scan_limit", "_unbounded")

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
        #: The bucket of a line of each length up to the largest bound (longer lines: the
        #: last, unbounded bucket).
        self._by_len = [
            next(bk for bound, bk in buckets if bound is None or n <= bound)
            for n in range((limits[-1] if limits else 0) + 1)
        ]
        self._unbounded = buckets[-1][1]
        #: Lines longer than this consult no pre-check string (their buckets have none),
        #: so the scan for them skips those lines; ``None``: no such length.
        self._scan_limit: int | None = None
        for bound, bk in buckets:
            if bk.literals or bk.gated:
                self._scan_limit = bound
        #: Every pre-check string of every bucket (floating literals and gates), looked
        #: up once per text rather than once per line.
        self._literals = tuple(
            sorted(
                {lit for _b, bk in buckets for lit in bk.literals}
                | {lit for _b, bk in buckets for _o, gate, _s, _p, _g in bk.gated for lit in gate}
            )
        )

    def match(self, line: str, folded: str) -> Rule | None:
        """The rule whose anchored pattern matches at the start of ``line`` (the first in
        set order), else the rule whose floating pattern matches leftmost. ``folded`` is
        ``line.casefold()``, what the literal pre-checks test."""
        return self.match_lines((line,), (folded,), folded)[0]

    def match_lines(
        self,
        lines: Sequence[str],
        folded: Sequence[str],
        folded_text: str,
        max_chars: int | None = None,
    ) -> list[Rule | None]:
        """:meth:`match` for each of ``lines`` (none holding a line break); ``folded`` is
        each line case-folded and ``folded_text`` those joined by ``\n``. Lines longer
        than ``max_chars`` get ``None``.

        The pre-check strings are found by scanning ``folded_text`` once per string (a
        C-speed search of the whole text), so a line holding none of them, most lines,
        costs a set lookup instead of a search per string.
        """
        limit = self._scan_limit
        if max_chars is not None and (limit is None or max_chars < limit):
            limit = max_chars
        if limit is None or all(len(line) <= limit for line in lines):
            present = self._present(folded, folded_text, None)
        else:
            # long lines (paragraphs) consult no pre-check string: scan only the others
            kept = [i for i, line in enumerate(lines) if len(line) <= limit]
            present = self._present([folded[i] for i in kept], None, kept)
        out: list[Rule | None] = []
        append = out.append
        by_len = self._by_len
        top = len(by_len)
        unbounded = self._unbounded
        match_bucket = self._match_bucket
        for i, line in enumerate(lines):
            n = len(line)
            if max_chars is not None and n > max_chars:
                append(None)
                continue
            bucket = by_len[n] if n < top else unbounded
            fold = folded[i]
            # the anchored branches that can start with the line's first (folded)
            # character, inline: this runs for every line
            key = fold[:1]
            if key.isdecimal():
                key = "0"
            anchored = bucket.by_first.get(key, _UNBUILT)
            if anchored is _UNBUILT:
                anchored = bucket.anchored_built(key)
            m = None if anchored is None else anchored.match(line)
            held = present.get(i, _NONE)
            if (
                m is None
                and not held
                and not (bucket.gated and fold.endswith(bucket.suffixes))
                and (bucket.floating is None or bucket.literals)
            ):
                # the common case: no anchored match, no pre-check string, no gate open
                append(None)
                continue
            append(match_bucket(bucket, line, fold, held, m))
        return out

    def _present(
        self, folded: Sequence[str], text: str | None, index: Sequence[int] | None
    ) -> dict[int, set[str]]:
        """For each line holding pre-check strings, which ones: ``folded`` are the lines
        (case-folded), ``text`` those joined by ``\n`` (``None``: join them here);
        ``index[j]`` is the number of line ``j`` in the result (``None``: ``j``)."""
        if text is None:
            text = "\n".join(folded)
        present = lines_holding(self._literals, text, folded)
        if index is None:
            return present
        return {index[j]: held for j, held in present.items()}

    def _match_bucket(
        self,
        bucket: _Bucket,
        line: str,
        folded: str,
        present: set[str] | frozenset[str],
        m: regex.Match[str] | None,
    ) -> Rule | None:
        """The rule of ``line`` in ``bucket``, given ``m``, the match of its anchored
        branches (found by the caller)."""
        group = None if m is None else m.lastgroup
        if bucket.gated and (present or folded.endswith(bucket.suffixes)):
            first = len(bucket.order) if group is None else bucket.order[group]
            for order, gate, suffix, pattern, gated_group in bucket.gated:
                if order >= first:
                    break
                gate_open = folded.endswith(suffix) if suffix else not present.isdisjoint(gate)
                if gate_open and pattern.match(line) is not None:
                    group = gated_group
                    break
        if group is not None:
            return self._by_group[group]
        if bucket.floating is None:
            return None
        if bucket.literals:
            if not present:
                return None
            held = present.intersection(bucket.literals)
            if not held:
                return None
            floating = bucket.floating_for(frozenset(held))
            if floating is None:  # pragma: no cover - a held literal has its branch
                return None
        else:
            floating = bucket.floating
        m = floating.search(line)
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
    #: What the single-document pass measured in a line under this set (a pure function
    #: of the line: see :func:`cleanscrape.features.measure_lines`).
    line_memo: LineMemo[Any] = attrs.field(init=False, repr=False, eq=False, factory=LineMemo)

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
        return self._matcher.match(line, line.casefold())

    def match_folded(self, line: str, folded: str) -> Rule | None:
        """:meth:`match` for a caller that has ``line.casefold()`` already."""
        return self._matcher.match(line, folded)

    def match_lines(
        self, lines: Sequence[str], *, max_chars: int | None = None
    ) -> tuple[list[Rule | None], list[str]]:
        """:meth:`match` for each of ``lines`` (stripped, without line breaks) at once,
        far cheaper than line by line; lines longer than ``max_chars`` get ``None``.
        Also returns the lines case-folded."""
        folded_text = "\n".join(lines).casefold()
        folded = folded_text.split("\n")
        if len(folded) != len(lines):  # a line break inside a line: fold one by one
            folded = [line.casefold() for line in lines]
            folded_text = "\n".join(folded)
        return self._matcher.match_lines(lines, folded, folded_text, max_chars), folded

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
