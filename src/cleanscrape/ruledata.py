"""The default chrome rules (filled in by the rules work)."""

from __future__ import annotations

from .rules import Rule

DEFAULT_RULES: tuple[Rule, ...] = ()
