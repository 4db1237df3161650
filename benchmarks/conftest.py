"""Fixtures shared by the benchmark suites: a fixed set of texts to time.

The set is the two seed pages from ``../shared/seeds`` (when that folder is present), the
golden corpus pages in ``tests/corpus`` and the example pages in ``examples`` (both
written for this project), each also in the crawler's style (one block per line, no
blank lines), since both styles occur in the wild.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _load() -> list[tuple[str, str]]:
    paths = [
        *sorted((SHARED / "seeds").glob("*.txt")),
        *sorted((ROOT / "tests" / "corpus").glob("*.txt")),
        *sorted((ROOT / "examples").glob("*.txt")),
    ]
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    crawler_style = [
        (f"{name} (one block per line)", "\n".join(ln for ln in text.splitlines() if ln.strip()))
        for name, text in texts
    ]
    return texts + crawler_style


@pytest.fixture(scope="session")
def bench_texts() -> list[tuple[str, str]]:
    """``(name, text)`` pairs, in a fixed order."""
    texts = _load()
    if not texts:
        pytest.skip("no benchmark texts: neither ../shared/seeds nor tests/corpus is present")
    return texts
