"""Near-duplicate articles: word shingles, MinHash signatures, LSH candidates, verified similarity.

Each article gets a `Fingerprint`: the hashes of its word shingles, a MinHash signature of them
and, per sentence, the two smallest hashes of its word pairs (anchors, used to find articles that
share passages; see `passages`). `NearDuplicateIndex` finds candidates by LSH over the signature's
bands and keeps only those whose exact shingle similarity reaches `NEAR_DUPLICATE`. Its buckets
live in memory or in the database, where they cost the pipeline no memory at any corpus size.

The similarity is the larger of Jaccard and a damped containment, so that a copy that lost a third
of its sentences, or gained boilerplate, still counts. SHINGLE_WORDS, NUM_PERM, LSH_THRESHOLD and
NEAR_DUPLICATE were chosen with `python benchmarks/dedup.py --sweep` (see README).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Hashable, Iterable
from functools import cache
from typing import Protocol

import numpy as np
from datasketch import MinHash

from .records import Fingerprint, Sentence

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


@cache
def lsh_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Bands and rows per band for LSH at Jaccard `threshold`: those that minimise the chance of a
    false candidate below the threshold plus a missed one above it (as datasketch chooses)."""
    similarities = np.linspace(0.0, 1.0, 1001)
    below, above = similarities <= threshold, similarities >= threshold
    best = (np.inf, 1, 1)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            hit = 1.0 - (1.0 - similarities ** rows) ** bands
            error = (np.trapezoid(hit[below], similarities[below])
                     + np.trapezoid(1.0 - hit[above], similarities[above]))
            best = min(best, (error, bands, rows))
    return best[1], best[2]


BANDS, ROWS = lsh_bands(LSH_THRESHOLD)


def band_keys(signature: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> list[int]:
    """One signed 64-bit bucket key per band of `signature`: articles that agree on all values
    of some band share its key and so become candidates of each other."""
    values = signature[:bands * rows].astype(np.uint64).reshape(bands, rows)
    combined = np.arange(1, bands + 1, dtype=np.uint64)
    for column in range(rows):
        combined = combined * MULTIPLIER + values[:, column]
    return combined.view(np.int64).tolist()


class MemoryBuckets:
    """LSH buckets in a dict: for streams that are not stored (evaluation, benchmarks)."""

    def __init__(self) -> None:
        self.table: dict[int, list[Hashable]] = {}

    def add(self, key: Hashable, keys: list[int]) -> None:
        for bucket in keys:
            self.table.setdefault(bucket, []).append(key)

    def members(self, keys: list[int]) -> set[Hashable]:
        return {key for bucket in keys for key in self.table.get(bucket, ())}


class Buckets(Protocol):
    """Where an index keeps its LSH buckets: `MemoryBuckets`, or the database (`store.Store`)."""

    def add(self, key: Hashable, keys: list[int]) -> None: ...

    def members(self, keys: list[int]) -> set[Hashable]: ...


class NearDuplicateIndex:
    """MinHash LSH over article signatures; `query` verifies each candidate's shingles.

    `shingles_of(key)` returns the stored shingle hashes of an indexed key, so that the index
    itself holds only bucket keys; `buckets` holds them, in memory unless given a database.
    """

    def __init__(self, shingles_of: Callable[[Hashable], np.ndarray],
                 buckets: Buckets | None = None, threshold: float = NEAR_DUPLICATE,
                 lsh_threshold: float = LSH_THRESHOLD) -> None:
        self.shingles_of = shingles_of
        self.buckets = buckets if buckets is not None else MemoryBuckets()
        self.threshold = threshold
        self.bands, self.rows = lsh_bands(lsh_threshold)

    def add(self, key: Hashable, signature: np.ndarray) -> None:
        self.buckets.add(key, band_keys(signature, self.bands, self.rows))

    def candidates(self, fingerprint: Fingerprint) -> set[Hashable]:
        return self.buckets.members(band_keys(fingerprint.signature, self.bands, self.rows))

    def query(self, fingerprint: Fingerprint) -> list[tuple[Hashable, float]]:
        """Indexed keys whose verified similarity to `fingerprint` reaches the threshold, most
        similar first."""
        found = []
        for key in sorted(self.candidates(fingerprint)):
            score = similarity(fingerprint.shingles, self.shingles_of(key))
            if score >= self.threshold:
                found.append((key, score))
        return sorted(found, key=lambda item: -item[1])
