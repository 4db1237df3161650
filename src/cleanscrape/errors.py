"""The small error hierarchy. Every error cleanscrape raises on purpose derives from
:class:`CleanscrapeError`; each also derives from the builtin it refines, so callers
that already catch ``ValueError`` or ``OSError`` keep working.
"""

from __future__ import annotations

__all__ = [
    "CleanscrapeError",
    "DecodeError",
    "InputError",
    "InputTooLargeError",
    "RuleError",
    "StateError",
]


class CleanscrapeError(Exception):
    """Base class of every error cleanscrape raises on purpose."""


class InputError(CleanscrapeError, ValueError):
    """An input that cannot be turned into text (the batch records it and goes on)."""


class DecodeError(InputError):
    """Bytes that are not text: binary data, or undecodable in every allowed encoding."""


class InputTooLargeError(InputError):
    """An input over :attr:`Config.max_bytes`."""


class RuleError(CleanscrapeError, ValueError):
    """A rule or rule file that is malformed (bad id, bad pattern, unknown category)."""


class StateError(CleanscrapeError, OSError):
    """A corpus state file that cannot be opened, read or written."""
