"""The public API: one small, sorted surface imported from ``cleanscrape``."""

from __future__ import annotations

import importlib

import cleanscrape

#: Names users import from ``cleanscrape``; the list only grows.
EXPECTED = {
    "Article",
    "CleanscrapeError",
    "Config",
    "Corpus",
    "DecodeError",
    "InputError",
    "InputTooLargeError",
    "Line",
    "Removed",
    "Rule",
    "RuleError",
    "RuleSet",
    "dedupe",
    "default_rules",
    "explain",
    "parse",
}


def test_all_is_sorted_and_unique() -> None:
    names = list(cleanscrape.__all__)
    assert names == sorted(names)
    assert len(set(names)) == len(names)


def test_all_names_importable() -> None:
    module = importlib.import_module("cleanscrape")
    for name in cleanscrape.__all__:
        assert getattr(module, name, None) is not None, name
    namespace: dict[str, object] = {}
    exec("from cleanscrape import *", namespace)
    assert set(cleanscrape.__all__) <= set(namespace)


def test_expected_names_exported() -> None:
    missing = sorted(EXPECTED - set(cleanscrape.__all__))
    assert not missing, f"not in cleanscrape.__all__: {missing}"


def test_errors_share_a_base() -> None:
    for name in cleanscrape.__all__:
        obj = getattr(cleanscrape, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, cleanscrape.CleanscrapeError), name


def test_version() -> None:
    version = cleanscrape.__version__
    assert isinstance(version, str)
    assert version.count(".") >= 2
