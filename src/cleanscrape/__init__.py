"""cleanscrape: turn raw scraped article text into clean, structured article records."""

from .config import Config
from .corpus import dedupe
from .document import explain, parse
from .errors import (
    CleanscrapeError,
    DecodeError,
    InputError,
    InputTooLargeError,
    RuleError,
    StateError,
)
from .model import Article, Line, Removed
from .normalize import normalize
from .rules import Rule, RuleSet, default_rules
from .state import Corpus

__all__ = [
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
    "StateError",
    "dedupe",
    "default_rules",
    "explain",
    "normalize",
    "parse",
]
__version__ = "0.1.0"
