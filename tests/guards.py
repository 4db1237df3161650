"""The "no blow-up" guard shared by the tests of hostile inputs.

A SIGALRM timeout far above the normal running time: it turns a regex blow-up into a
failure instead of a hang. It is not a performance assertion (the ``regex`` module checks
for signals while matching, so the alarm interrupts a runaway match).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

__all__ = ["Timeout", "alarm", "needs_alarm"]

needs_alarm = pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")


class Timeout(Exception):
    """Raised inside the guarded block when the alarm goes off."""


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    """Fail (not hang) when the block runs longer than ``seconds``."""

    def _raise(_signum: int, _frame: object) -> None:
        raise Timeout(f"still running after {seconds} s: super-linear behaviour?")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
