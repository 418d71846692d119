"""NER evaluation, GermEval 2014 style: strict matching of outer chunks (same start, end and
type), precision, recall and F1 per type and micro-averaged over all four."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..ner import chunks, tag_words
from ..ner.corpora import TYPES, Sentence, evaluation_sentences


@dataclass
class Scores:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, Scores]:
    """Scores per type and 'all'."""
    counts: dict[str, Counter] = {kind: Counter() for kind in (*TYPES, "all")}
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_chunks, predicted_chunks = set(chunks(gold_tags)), set(chunks(predicted_tags))
        for chunk in gold_chunks:
            counts[chunk[2]]["gold"] += 1
        for chunk in predicted_chunks:
            counts[chunk[2]]["predicted"] += 1
            counts[chunk[2]]["tp"] += chunk in gold_chunks
    for kind in TYPES:
        counts["all"].update(counts[kind])
    return {kind: Scores(c["tp"], c["predicted"], c["gold"]) for kind, c in counts.items()}


def evaluate(data: Path, sentences: list[Sentence] | None = None) -> dict[str, Scores]:
    """Tag the held-out GermEval sentences with the shipped model and score them."""
    sentences = sentences if sentences is not None else evaluation_sentences(data)
    return score([tags for _, tags in sentences], [tag_words(words) for words, _ in sentences])


def report(scores: dict[str, Scores]) -> str:
    lines = [f"{'type':<5} {'gold':>6} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<5} {s.gold:>6} {s.predicted:>6} {s.precision:>6.3f} "
                     f"{s.recall:>6.3f} {s.f1:>6.3f}")
    return "\n".join(lines)
