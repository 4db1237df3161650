"""The host of a source URL, read one way wherever a host is asked for."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["url_host"]


def url_host(source: str | None) -> str | None:
    """The host of an ``http(s)://`` (or scheme-relative ``//``) URL, in lower case and
    without a trailing dot; None for anything else (a file name, a malformed URL)."""
    if not source or not ("://" in source or source.startswith("//")):
        return None
    try:
        host = urlsplit(source).hostname
    except ValueError:
        return None
    return (host.rstrip(".") or None) if host else None
