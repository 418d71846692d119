"""Score the chronicle's events on any gold file in the seeds' format (the seeds, the development
set), with the matching rule of `seeds` unchanged (type, actor pair, overlapping dates,
one-to-one), and say where the errors lie: precision, recall and F1 per PLOVER type, the types
confused (a missed gold event that an unmatched output of another type reports between the same
actors on overlapping dates), and each miss and false positive with its evidence sentence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .ner import Scores
from .seeds import (SeedsResult, _dates_overlap, _gold_actor_names, _pair_matches, _spellings,
                    evaluate_seeds, load_gold)


@dataclass
class TypeScore(Scores):
    """The figures of one PLOVER type: events matched (true positives), output and gold."""

    type: str = ""


@dataclass(frozen=True)
class EventsEvaluation:
    """The scored run and the gold it was scored against."""

    result: SeedsResult
    gold: dict


def evaluate_events(gold_path: str | Path, articles_dir: str | Path) -> EventsEvaluation:
    """Run the pipeline on `articles_dir` and score it against `gold_path`."""
    return EventsEvaluation(evaluate_seeds(gold_path, articles_dir), load_gold(gold_path))


def by_type(result: SeedsResult) -> list[TypeScore]:
    """One score per type found in the gold or the output, the most frequent in the gold
    first."""
    gold = Counter(g["type"] for g in [*(g for _, g in result.matches), *result.misses])
    output = Counter(e["type"] for e in [*(e for e, _ in result.matches),
                                         *result.false_positives])
    matched = Counter(g["type"] for _, g in result.matches)
    types = sorted(set(gold) | set(output), key=lambda t: (-gold[t], -output[t], t))
    return [TypeScore(matched[t], output[t], gold[t], type=t) for t in types]


def confusions(evaluation: EventsEvaluation) -> Counter:
    """(gold type, output type) → how many missed gold events an unmatched output of the other
    type reports between the same actors on overlapping dates; each output counts once."""
    result = evaluation.result
    names, spellings = _gold_actor_names(evaluation.gold), _spellings()
    free = list(result.false_positives)
    confused: Counter = Counter()
    for missed in result.misses:
        for event in free:
            if event["type"] != missed["type"] and _dates_overlap(event, missed) and \
                    _pair_matches(event, {**missed, "type": event["type"]}, names, spellings):
                confused[(missed["type"], event["type"])] += 1
                free.remove(event)
                break
    return confused


def format_events_report(evaluation: EventsEvaluation, details: bool = True) -> str:
    """The report `chronik eval events` prints."""
    result = evaluation.result
    n = len(result.matches)
    status = sum(1 for e, g in result.matches if e["status"] == g["status"])
    lines = [f"events: precision {result.precision:.3f}  recall {result.recall:.3f}  "
             f"F1 {result.f1:.3f}  ({n} matched, {result.outputs} output, {result.gold} gold)",
             f"status accuracy on matched: {status}/{n}",
             f"actor resolution: {result.actor_accuracy:.3f} ({result.alias_resolved}/"
             f"{result.alias_mentions} mentions of gold aliases resolved to their actor)",
             "", f"{'type':<12}{'gold':>6}{'output':>8}{'matched':>9}{'P':>8}{'R':>8}{'F1':>8}"]
    lines += [f"{s.type:<12}{s.gold:>6}{s.predicted:>8}{s.true_positives:>9}{s.precision:>8.3f}"
              f"{s.recall:>8.3f}{s.f1:>8.3f}" for s in by_type(result)]
    confused = confusions(evaluation)
    lines += ["", "types confused (gold → output, same actors, overlapping dates):"]
    lines += [f"  {gold} → {output}: {count}" for (gold, output), count in confused.most_common()]
    if not confused:
        lines.append("  none")
    if not details:
        return "\n".join(lines)
    lines += ["", f"missed gold events ({len(result.misses)}):"]
    for g in result.misses:
        lines.append(f"  {g['id']} {g['type']} {g['source']} -> {g['target']} {g.get('date')} "
                     f"[{g['status']}] {', '.join(g.get('docs', []))}")
        if g.get("evidence"):
            lines.append(f"      « {g['evidence']} »")
    lines += ["", f"false positives ({len(result.false_positives)}):"]
    for e in result.false_positives:
        lines.append(f"  #{e['id']} {e['type']} {e['source_name']} -> {e['target_name']} "
                     f"{e['first_day']}/{e['last_day']} [{e['status']}]")
        if e["id"] in result.evidence:
            lines.append(f"      « {result.evidence[e['id']]} »")
    return "\n".join(lines)
