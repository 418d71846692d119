"""Shared passages: the sentences two articles share almost word for word, and whose copy it is.

Two sentences match when most of their word pairs are the same ("Biden habe in dem Gespräch …" and
"Er habe in dem Gespräch …"). Matching sentences that follow each other in both articles form one
passage; a heading or caption between them does not break it. Two articles share copy when their
passages hold at least MIN_SHARED_SENTENCES sentences and MIN_SHARED_WORDS words, which one quoted
statement does not reach. `agencies` reads the credits of an article ("Berlin (dpa) –", "AFP/lö",
"Mit Material von Reuters"), ignoring photo and video credits, which say nothing about the text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from .dedup import words
from .records import Passage, Sentence

SENTENCE_MATCH = 0.5
MIN_SENTENCE_WORDS = 6
MAX_GAP = 2
MIN_SHARED_SENTENCES = 2
MIN_SHARED_WORDS = 30


def shared_passages(sentences: list[Sentence], other: list[Sentence]) -> list[Passage]:
    """The passages of `sentences` that `other` also contains, in the order of `sentences`."""
    pairs = _matching_sentences(sentences, other)
    passages: list[list[tuple[int, int]]] = []
    for i, j in pairs:
        last = passages[-1][-1] if passages else None
        if last and 0 < i - last[0] <= MAX_GAP and 0 < j - last[1] <= MAX_GAP:
            passages[-1].append((i, j))
        else:
            passages.append([(i, j)])
    return [Passage(sentences[run[0][0]].start, sentences[run[-1][0]].end,
                    other[run[0][1]].start, other[run[-1][1]].end, len(run),
                    sum(len(words(sentences[i].text)) for i, _ in run)) for run in passages]


def _matching_sentences(sentences: list[Sentence], other: list[Sentence]) -> list[tuple[int, int]]:
    """(i, j) for each sentence i whose best match in `other` is sentence j. Only the word pairs
    both texts hold can make sentences match, so the count looks at those alone."""
    mine = [(s.index, _word_pairs(s.text)) for s in sentences]
    theirs = [(s.index, _word_pairs(s.text)) for s in other]
    common = frozenset().union(*(p for _, p in mine)) & frozenset().union(*(p for _, p in theirs))
    where: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, pairs in theirs:
        for pair in pairs & common:
            where[pair].append(j)
    their_pairs = dict(theirs)
    matches = []
    for i, pairs in mine:
        shared = pairs & common
        if not shared:
            continue
        j, count = Counter(j for pair in shared for j in where[pair]).most_common(1)[0]
        if count / max(len(pairs), len(their_pairs[j])) >= SENTENCE_MATCH:
            matches.append((i, j))
    return matches


@lru_cache(maxsize=8192)
def _word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The word pairs of a sentence long enough to compare, else none. Cached: a new article's
    sentences meet every candidate, and a stored article is a candidate of many new ones."""
    tokens = words(text)
    if len(tokens) < MIN_SENTENCE_WORDS:
        return frozenset()
    return frozenset(zip(tokens, tokens[1:]))


def may_share_copy(sentences: list[Sentence], other_text: str) -> bool:
    """False when `sentences` cannot share copy with `other_text`, read from one set of the
    other's word pairs instead of a set per sentence: a sentence can only match when the whole
    other text holds SENTENCE_MATCH of its word pairs, and the sentences that can must reach
    what `shares_copy` asks. True does not mean that they do."""
    tokens = words(other_text)
    theirs = set(zip(tokens, tokens[1:]))
    possible = [s for s in sentences if (pairs := _word_pairs(s.text))
                and len(pairs & theirs) >= SENTENCE_MATCH * len(pairs)]
    return (len(possible) >= MIN_SHARED_SENTENCES
            and sum(len(words(s.text)) for s in possible) >= MIN_SHARED_WORDS)


def shares_copy(passages: Iterable[Passage]) -> bool:
    """Whether the passages are more than a shared quotation."""
    passages = list(passages)
    return (sum(p.sentences for p in passages) >= MIN_SHARED_SENTENCES
            and sum(p.words for p in passages) >= MIN_SHARED_WORDS)


@dataclass(frozen=True)
class _Credits:
    names: dict[str, str]
    patterns: tuple[re.Pattern[str], ...]
    media: re.Pattern[str]


@cache
def _credits() -> _Credits:
    data = yaml.safe_load(resources.files("chronik.data").joinpath("agencies.yaml")
                          .read_text("utf-8"))
    names = {spelling: name for name, spellings in data["names"].items() for spelling in spellings}
    one = "(?:" + "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True)) + ")"
    agency = rf"\b{one}\b(?:\s*(?:/|,|und)\s*\b{one}\b)*"
    patterns = tuple(re.compile(p.replace("{agency}", f"({agency})"), re.MULTILINE)
                     for p in data["credits"])
    return _Credits(names, patterns, re.compile(data["media"]))


def agencies(lines: Iterable[str]) -> tuple[str, ...]:
    """The news agencies that `lines` credit for the text, in order of first credit."""
    credits = _credits()
    found: list[str] = []
    for line in lines:
        if credits.media.search(line):
            continue
        for pattern in credits.patterns:
            for match in pattern.finditer(line):
                for spelling in re.findall(r"\w+", match.group(1)):
                    name = credits.names.get(spelling)
                    if name and name not in found:
                        found.append(name)
    return tuple(found)
