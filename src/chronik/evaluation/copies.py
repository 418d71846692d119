"""Evaluate duplicate detection: the seed pairs, and near duplicates in a synthetic corpus.

On the seeds, 000 and 003 carry the same agency copy and must be linked; no other pair may be.
On the synthetic corpus (see `synthetic`) documents arrive one by one, as in `chronik run`: each
is looked up in the index of those before it, then added. A reported pair is right when both
documents come from the same original; recall is counted per edit level over the pairs
(original, copy).
"""

from __future__ import annotations

import itertools
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .. import dedup
from ..chronicle import Chronicle
from ..pipeline import run
from .synthetic import EDIT_LEVELS, Document

SEED_COPIES = {frozenset(("000", "003"))}


@dataclass
class SeedCopies:
    right: int = 0
    pairs: int = 0
    wrong: list[str] = field(default_factory=list)


@dataclass
class NearDuplicateScores:
    precision: float
    recall_upto_20: float
    recall_by_level: dict[float, float]
    pairs: int


def evaluate_seed_copies(seeds: str | Path) -> SeedCopies:
    """Run the seeds into a temporary database and compare the linked pairs with the truth."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "seeds.db"
        run([seeds], db=db, progress=False)
        with Chronicle(db) as chronicle:
            labels = chronicle.article_labels()
            linked = {frozenset((labels[link["article_id"]], labels[link["other_id"]])): link
                      for link in chronicle.copies()}
    result = SeedCopies()
    for pair in itertools.combinations(sorted(labels.values()), 2):
        pair = frozenset(pair)
        result.pairs += 1
        expected = pair in SEED_COPIES
        if expected == (pair in linked):
            result.right += 1
        else:
            result.wrong.append(" ~ ".join(sorted(pair)) + (" missed" if expected else
                                                            f" linked as {linked[pair]['kind']}"))
    return result


def stream(documents: list[Document], shingle_words: int = dedup.SHINGLE_WORDS,
           lsh_threshold: float = dedup.LSH_THRESHOLD,
           threshold: float = dedup.NEAR_DUPLICATE) -> set[tuple[int, int]]:
    """The near-duplicate pairs found when `documents` arrive in order."""
    stored = {}
    index = dedup.NearDuplicateIndex(lambda key: stored[key], threshold=threshold,
                                     lsh_threshold=lsh_threshold)
    pairs: set[tuple[int, int]] = set()
    for document in documents:
        fingerprint = dedup.make_fingerprint(document.text, shingle_words=shingle_words)
        for key, _ in index.query(fingerprint):
            pairs.add((min(key, document.key), max(key, document.key)))
        index.add(document.key, fingerprint.signature)
        stored[document.key] = fingerprint.shingles
    return pairs


def score(documents: list[Document], pairs: set[tuple[int, int]]) -> NearDuplicateScores:
    group = {d.key: d.group for d in documents}
    right = sum(group[a] == group[b] for a, b in pairs)
    found: dict[float, list[bool]] = defaultdict(list)
    for document in documents:
        if document.key != document.group:
            pair = (min(document.key, document.group), max(document.key, document.group))
            found[document.level].append(pair in pairs)
    within = [hit for level, hits in found.items() if level <= 0.2 for hit in hits]
    return NearDuplicateScores(
        precision=right / len(pairs) if pairs else 1.0,
        recall_upto_20=sum(within) / len(within) if within else 0.0,
        recall_by_level={level: sum(found[level]) / len(found[level])
                         for level in EDIT_LEVELS if found[level]},
        pairs=len(pairs))


def format_copies_report(seeds: SeedCopies, synthetic: NearDuplicateScores, size: int) -> str:
    levels = "  ".join(f"{level:.0%}: {value:.3f}"
                       for level, value in synthetic.recall_by_level.items())
    lines = [f"seeds: {seeds.right}/{seeds.pairs} article pairs right (000 ~ 003 share agency "
             "passages; no other pair is linked)",
             *(f"  wrong: {item}" for item in seeds.wrong),
             f"synthetic 10kGNAD corpus of {size} documents, half of them edited copies:",
             f"  near duplicates: precision {synthetic.precision:.3f}, recall at ≤ 20 % edits "
             f"{synthetic.recall_upto_20:.3f} ({synthetic.pairs} pairs reported)",
             f"  recall by edit level: {levels}"]
    return "\n".join(lines)
