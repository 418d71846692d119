"""Political events: the PLOVER trigger lexicon and the extractor that fills roles."""

from .extract import extract
from .lexicon import TYPES

__all__ = ["TYPES", "extract"]
