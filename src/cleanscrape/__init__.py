"""cleanscrape: turn raw scraped article text into clean, structured article records."""

from .config import Config
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

__all__ = [
    "Article",
    "CleanscrapeError",
    "Config",
    "DecodeError",
    "InputError",
    "InputTooLargeError",
    "Line",
    "Removed",
    "Rule",
    "RuleError",
    "RuleSet",
    "StateError",
    "default_rules",
    "explain",
    "normalize",
    "parse",
]
__version__ = "0.1.0"
