"""Tokenization for NER: words with their character offsets, punctuation split off, hyphenated
compounds ("US-Außenminister"), abbreviations with dots ("z.B.", "U.S.") and numbers kept whole."""

from __future__ import annotations

import re
from typing import NamedTuple

TOKEN = re.compile(
    r"(?:[A-Za-zÄÖÜäöü]\.){2,}"                 # U.S., z.B.
    r"|\d+(?:[.,:/]\d+)*\.?"                      # 1.000, 12:30, 3. (ordinal)
    r"|[\w'’]+(?:[-‑][\w'’]+)*-?"                 # words, compounds, truncations ("Nord-")
    r"|[^\w\s]")


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
