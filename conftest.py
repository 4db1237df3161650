"""Repository-wide pytest hooks: known failures are expected, strictly.

``tests/known_failures.txt`` lists node ids that fail on main today, each with its reason.
They are marked ``xfail(strict=True)``: a listed test that starts to pass fails the run,
so the list can only shrink, and nothing fails silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_KNOWN = Path(__file__).parent / "tests" / "known_failures.txt"


def _known_failures() -> dict[str, str]:
    known: dict[str, str] = {}
    if not _KNOWN.exists():
        return known
    for raw in _KNOWN.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        node, _, reason = line.partition(" | ")
        known[node.strip()] = reason.strip() or "known failure"
    return known


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    known = _known_failures()
    for item in items:
        reason = known.get(item.nodeid)
        if reason is not None:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
