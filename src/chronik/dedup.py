"""Near-duplicate articles: word shingles, MinHash signatures, LSH candidates, verified similarity.

Each article gets a `Fingerprint`: the hashes of its word shingles, a MinHash signature of them
and, per sentence, the two smallest hashes of its word pairs (anchors, used to find articles that
share passages; see `passages`). `NearDuplicateIndex` finds candidates with datasketch's MinHashLSH
and keeps only those whose exact shingle similarity reaches `NEAR_DUPLICATE`.

The similarity is the larger of Jaccard and a damped containment, so that a copy that lost a third
of its sentences, or gained boilerplate, still counts. SHINGLE_WORDS, NUM_PERM, LSH_THRESHOLD and
NEAR_DUPLICATE were chosen with `python benchmarks/dedup.py --sweep` (see README).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .records import Sentence

SHINGLE_WORDS = 5
SENTENCE_SHINGLE_WORDS = 2
NUM_PERM = 128
LSH_THRESHOLD = 0.3
NEAR_DUPLICATE = 0.5
CONTAINMENT_WEIGHT = 0.8
ANCHORS_PER_SENTENCE = 2
ANCHOR_MIN_WORDS = 8
WORD = re.compile(r"\w+")
MULTIPLIER = np.uint64(0x100000001B3)


@dataclass(slots=True)
class Fingerprint:
    """What duplicate detection keeps of an article's text."""

    shingles: np.ndarray
    signature: np.ndarray
    anchors: np.ndarray


def words(text: str) -> list[str]:
    """Lower-cased word tokens: punctuation, case and spacing do not make texts different."""
    return WORD.findall(text.casefold())


def shingles(tokens: list[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique 32-bit hashes of every run of `size` consecutive tokens (stable across runs
    and machines, unlike Python's `hash`). A text shorter than `size` is one shingle."""
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    known = {token: zlib.crc32(token.encode("utf-8")) for token in set(tokens)}
    token_hashes = np.array([known[token] for token in tokens], dtype=np.uint64)
    count = max(1, len(tokens) - size + 1)
    combined = np.zeros(count, dtype=np.uint64)
    for i in range(min(size, len(tokens))):
        combined = combined * MULTIPLIER + token_hashes[i:i + count]
    folded = (combined >> np.uint64(32)) ^ (combined & np.uint64(0xFFFFFFFF))
    return np.unique(folded.astype(np.uint32))


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    return MinHash(num_perm=NUM_PERM, seed=1).permutations


def _lean(signature: np.ndarray) -> LeanMinHash:
    """A signature as datasketch's LSH takes it, without recomputing permutations."""
    return LeanMinHash(seed=1, hashvalues=signature, scheme="affine32")


def signature(shingle_hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (NUM_PERM values) of a set of shingle hashes."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int, permutations=_permutations(),
                      scheme="affine32")
    minhash.update_batch(shingle_hashes.tolist())
    return minhash.hashvalues


def sentence_anchors(sentences: Iterable[Sentence]) -> np.ndarray:
    """The smallest hashes of each longer sentence's word pairs: two sentences that share most
    of their words share an anchor with high probability."""
    found: set[int] = set()
    for sentence in sentences:
        tokens = words(sentence.text)
        if len(tokens) >= ANCHOR_MIN_WORDS:
            found.update(shingles(tokens, SENTENCE_SHINGLE_WORDS)[:ANCHORS_PER_SENTENCE].tolist())
    return np.array(sorted(found), dtype=np.uint32)


def make_fingerprint(text: str, sentences: Iterable[Sentence] = (),
                     shingle_words: int = SHINGLE_WORDS) -> Fingerprint:
    hashes = shingles(words(text), shingle_words)
    return Fingerprint(hashes, signature(hashes), sentence_anchors(sentences))


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Verified similarity of two shingle sets: Jaccard, or containment of the smaller set in the
    larger damped by CONTAINMENT_WEIGHT, whichever is larger."""
    if not len(first) or not len(second):
        return 0.0
    shared = len(np.intersect1d(first, second, assume_unique=True))
    jaccard = shared / (len(first) + len(second) - shared)
    containment = shared / min(len(first), len(second))
    return max(jaccard, CONTAINMENT_WEIGHT * containment)


class NearDuplicateIndex:
    """MinHash LSH over article signatures; `query` verifies each candidate's shingles.

    `shingles_of(key)` returns the stored shingle hashes of an indexed key, so that the index
    itself holds only signatures (a database-backed caller loads shingles for candidates only).
    """

    def __init__(self, shingles_of: Callable[[Hashable], np.ndarray],
                 threshold: float = NEAR_DUPLICATE, lsh_threshold: float = LSH_THRESHOLD) -> None:
        self.lsh = MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM)
        self.shingles_of = shingles_of
        self.threshold = threshold

    def add(self, key: Hashable, signature: np.ndarray) -> None:
        self.lsh.insert(key, _lean(signature), check_duplication=False)

    def candidates(self, fingerprint: Fingerprint) -> list[Hashable]:
        return self.lsh.query(_lean(fingerprint.signature))

    def query(self, fingerprint: Fingerprint) -> list[tuple[Hashable, float]]:
        """Indexed keys whose verified similarity to `fingerprint` reaches the threshold, most
        similar first."""
        found = []
        for key in self.candidates(fingerprint):
            score = similarity(fingerprint.shingles, self.shingles_of(key))
            if score >= self.threshold:
                found.append((key, score))
        return sorted(found, key=lambda item: -item[1])
