"""Check the temporal tagger on the dates that the seed articles state for the gold events.

For every gold event with a date of precision day, week, range, month, part of a month or year
(not "approximate", "ongoing" or "unknown", which no expression states; the seeds and the
development set), in every article whose text holds the
event's evidence sentence: the article is cleaned and tagged with its gold publication date; when that sentence has time expressions the date counts as *stated*,
and it is *right* when the expressions' calendar ranges give the gold range:
- day, week and range precision: the days named by the expressions cover the gold range exactly
  ("am 9. und 10. Januar" gives 2022-01-09/2022-01-10 from two expressions);
- month, part-of-month and year precision: one expression has that precision and contains the
  gold day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import ingest
from ..clean import clean
from ..errors import EvaluationError, InputError
from ..sentences import split
from ..timex.readings import Resolved
from ..timex.tagger import iter_resolved
from .seeds import load_gold

DAY_PRECISIONS = ("day", "week", "range")
UNSTATED_PRECISIONS = ("approximate", "ongoing", "unknown")
QUOTES = re.compile(r"[\"„“”«»‚‘’']")


@dataclass
class SeedDatesResult:
    stated: int = 0
    right: int = 0
    not_stated: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    unfound: list[str] = field(default_factory=list)  # evidence in none of the cleaned articles


def evaluate_seed_dates(gold_path: str | Path, articles_dir: str | Path) -> SeedDatesResult:
    gold = load_gold(gold_path)
    folder = Path(articles_dir)
    tagged = {}
    for document in gold["documents"]:
        found = _tag(folder / document["file"], date.fromisoformat(document["dct"]))
        stem = Path(document["file"]).stem
        tagged[stem] = tagged[stem.split("_")[0]] = found  # the seeds name "000" for "000_…"
    result = SeedDatesResult()
    for event in gold["events"]:
        if not event.get("date") or event.get("precision") in UNSTATED_PRECISIONS:
            continue
        first, _, last = event["date"].partition("/")
        wanted = (date.fromisoformat(first), date.fromisoformat(last or first))
        quoted = False
        for number in event["docs"]:
            if number not in tagged:
                raise EvaluationError(f"gold event {event['id']} names unknown document {number}")
            label = f"{event['id']} in {number}"
            found = _expressions(tagged[number], event["evidence"])
            if found is None:
                continue
            quoted = True
            if not found:
                result.not_stated.append(label)
                continue
            result.stated += 1
            if _states(found, wanted, event["precision"]):
                result.right += 1
            else:
                values = ", ".join(f"{text}={r.value}" for text, r in found)
                result.wrong.append(f"{label}: gold {event['date']} ({event['precision']}), "
                                    f"tagged {values}")
        if not quoted:
            result.unfound.append(event["id"])
    return result


def _tag(path: Path, dct: date) -> list[tuple[str, list[tuple[str, Resolved]]]]:
    """Each sentence of the cleaned article with its expressions resolved against `dct`."""
    [item] = list(ingest.read([path]))
    if isinstance(item, InputError):
        raise EvaluationError(str(item))
    text = clean(item).text
    sentences = split(text)
    expressions: list[list[tuple[str, Resolved]]] = [[] for _ in sentences]
    for found, sentence, _, resolved in iter_resolved(text, dct, sentences):
        expressions[sentence.index].append((found.text, resolved))
    return [(_plain(s.text), expressions[s.index]) for s in sentences]


def _expressions(tagged: list[tuple[str, list[tuple[str, Resolved]]]], evidence: str
                 ) -> list[tuple[str, Resolved]] | None:
    """The expressions in the sentence holding `evidence` (its text up to the first "..."), or
    None when the article does not contain it (another outlet's wording of the same event)."""
    probe = _plain(evidence.split("...")[0])[:60]
    return next((found for plain, found in tagged if probe in plain), None)


def _plain(text: str) -> str:
    """Whitespace normalised and quotation marks removed, which outlets and the gold write apart."""
    return " ".join(QUOTES.sub("", text).split())


def _states(found: list[tuple[str, Resolved]], wanted: tuple[date, date], precision: str) -> bool:
    ranges = [(r.first_day, r.last_day, r.precision) for _, r in found if r.first_day]
    if precision in DAY_PRECISIONS:
        if any((first, last) == wanted for first, last, _ in ranges):
            return True
        days = [first for first, last, p in ranges if p == "day" and first == last]
        return bool(days) and (min(days), max(days)) == wanted
    return any(p == precision and first <= wanted[0] <= last for first, last, p in ranges)


def format_seed_dates(result: SeedDatesResult) -> str:
    lines = [f"event dates stated in the text and tagged right: {result.right}/{result.stated}"]
    lines += [f"  wrong: {line}" for line in result.wrong]
    if result.not_stated:
        lines.append("  not stated in the evidence sentence: " + ", ".join(result.not_stated))
    if result.unfound:
        lines.append("  evidence not found in the cleaned articles: " + ", ".join(result.unfound))
    return "\n".join(lines)
