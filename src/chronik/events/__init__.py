"""Political events: the PLOVER trigger lexicon and the extractor that fills roles."""

from .extract import extract
from .lexicon import SYMMETRIC_TYPES, TYPES

__all__ = ["SYMMETRIC_TYPES", "TYPES", "extract"]
