"""German temporal tagging: find time expressions and resolve them to TIMEX3 values."""

from .readings import Reading, Resolved, resolve
from .tagger import Found, find, iter_resolved

__all__ = ["Found", "Reading", "Resolved", "find", "iter_resolved", "resolve"]
