"""Split cleaned article text into sentences with character offsets.

A period, question or exclamation mark ends a sentence when whitespace and a capital letter or an
opening quote follow, unless it closes a known abbreviation, a single letter or an ordinal number
("am 13. Januar", "die 58. Münchner Sicherheitskonferenz"). A line break always ends a sentence.
A run of text longer than MAX_SENTENCE_CHARS without an end (a list pasted as one line, a blob)
is cut into pieces of at most that length at spaces: every later stage reads a sentence at a
time, so the work per sentence stays bounded and an article's cost grows linearly with its length.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .records import Sentence

MAX_SENTENCE_CHARS = 1000
LONGEST_ABBREVIATION = 40
CANDIDATE = re.compile(r"[.!?…]+[\"“”»«'’)]*(?=\s+[\"„“»«'(]?[A-ZÄÖÜ0-9])")


@cache
def _abbreviations() -> frozenset[str]:
    text = resources.files("chronik.data").joinpath("abbreviations_de.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def split(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        for match in CANDIDATE.finditer(line):
            if _is_boundary(line, match):
                _add(sentences, text, offset + start - offset, offset + match.end())
                start = offset + match.end()
        _add(sentences, text, start, offset + len(line))
        offset += len(line) + 1
    return sentences


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    if match.group(0)[0] != ".":
        return True
    start = match.start()
    while start > 0 and not line[start - 1].isspace():
        if match.start() - start > LONGEST_ABBREVIATION:
            return True
        start -= 1
    if start == match.start():
        return True
    word = line[start:match.start()].lstrip("(\"„“»«'")
    if word.lower() in _abbreviations() or (len(word) == 1 and word.isalpha()):
        return False
    return not (word.isdigit() and len(word) <= 2)


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _add(sentences, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
