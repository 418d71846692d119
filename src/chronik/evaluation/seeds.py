"""Score chronik on the seed articles against the hand-made gold file.

The pipeline runs on the seeds into a temporary database; then three figures are computed.

Publication date: the share of documents whose stored date equals the gold `dct` (exact day).

Boilerplate: a gold boilerplate line counts as removed when its whitespace-normalised text no
longer occurs in the cleaned text. An article line is every other non-empty raw line, with gold
boilerplate spans cut out of it; it counts as kept when its normalised text occurs in the cleaned
text.

Events: an output event (one row of the merged chronicle) matches a gold event when
  1. the PLOVER type is equal;
  2. the actor pair matches: each output actor maps to a gold canonical actor when the actor's
     name, or one of its known spellings in chronik's actor base, equals that canonical name or
     one of its gold `aliases`; source and target must map to gold source and target, in either
     order for CONSULT, where any further participant of a meeting may stand for the target;
  3. the dates overlap: the output range [first_day, last_day] intersects the gold range (a gold
     `null` date matches any output date, an undated output matches only a `null` gold date).
Matching is one-to-one and maximal (augmenting paths), so an output event matches at most one
gold event and duplicates of a matched event count as false positives. Precision = matched /
output events, recall = matched / gold events. On the matched pairs, status accuracy compares
status, and date accuracy counts output ranges equal to the gold range (gold `null` excluded).
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..actors import load as load_actors
from ..chronicle import Chronicle
from ..errors import EvaluationError
from ..pipeline import run


@dataclass
class SeedsResult:
    dates: list[tuple[str, str | None, str]] = field(default_factory=list)
    boilerplate_removed: int = 0
    boilerplate_total: int = 0
    lines_kept: int = 0
    lines_total: int = 0
    lost_lines: list[str] = field(default_factory=list)
    kept_boilerplate: list[str] = field(default_factory=list)
    outputs: int = 0
    gold: int = 0
    matches: list[tuple[dict, dict]] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    alias_mentions: int = 0
    alias_resolved: int = 0
    alias_errors: list[tuple[str, str, str | None]] = field(default_factory=list)
    evidence: dict[int, str] = field(default_factory=dict)

    @property
    def actor_accuracy(self) -> float:
        return self.alias_resolved / self.alias_mentions if self.alias_mentions else 0.0

    @property
    def precision(self) -> float:
        return len(self.matches) / self.outputs if self.outputs else 0.0

    @property
    def recall(self) -> float:
        return len(self.matches) / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _normal(text: str) -> str:
    return " ".join(text.split())


def _gold_range(value: str | None) -> tuple[date, date] | None:
    if value is None:
        return None
    first, _, last = value.partition("/")
    return date.fromisoformat(first), date.fromisoformat(last or first)


def load_gold(path: str | Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise EvaluationError(f"cannot read gold file {path}: {error}") from error
    for key in ("actors", "documents", "events"):
        if key not in gold:
            raise EvaluationError(f"gold file {path} has no {key!r}")
    return gold


def evaluate_seeds(gold_path: str | Path, articles_dir: str | Path) -> SeedsResult:
    gold = load_gold(gold_path)
    if not Path(articles_dir).is_dir():
        raise EvaluationError(f"no seed articles folder at {articles_dir}")
    result = SeedsResult()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "seeds.db"
        report = run([articles_dir], db=db, progress=False)
        if report.failures:
            raise EvaluationError(f"seed articles failed: {report.failures}")
        with Chronicle(db) as chronicle:
            stored = {Path(a["origin"]).name: chronicle.article(a["id"])
                      for a in chronicle.articles()}
            events = chronicle.events()
            result.evidence = {e["id"]: chronicle.event(e["id"])["evidence"][0]["sentence"]
                               for e in events}
    _score_documents(gold, stored, Path(articles_dir), result)
    _score_events(gold, events, result)
    _score_actors(gold, stored, result)
    return result


def _score_actors(gold: dict, stored: dict, result: SeedsResult) -> None:
    """Actor resolution: every occurrence of a gold alias in a stored article's text must lie
    within a mention resolved to that alias's canonical actor. An alias inside a longer alias
    of the same actor ("Biden" in "Joe Biden") is the same occurrence; inside another actor's
    alias ("Kanzler" in "Kanzler Olaf Scholz" is Scholz's) it counts once, for the longer.
    An alias that several gold actors share (a role noun of each country's protesters) is that
    of the actor the article's own gold events name; each occurrence still counts once."""
    names = _gold_actor_names(gold)
    spellings = _spellings()
    for file, article in stored.items():
        text = article["clean_text"]
        named = _actors_of_document(gold, file)
        occurrences: dict[tuple[int, int], tuple[str, str]] = {}
        for canonical, spec in sorted(gold["actors"].items(), key=lambda item: item[0] in named):
            for alias in spec.get("aliases", []):
                for match in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
                    occurrences[(match.start(), match.end())] = (canonical, alias)
        spans = sorted(occurrences, key=lambda span: (span[0], -span[1]))
        outer = [span for span in spans
                 if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)]
        for start, end in outer:
            canonical, alias = occurrences[(start, end)]
            mention = next((m for m in article["mentions"]
                            if m["start"] < end and start < m["end"]), None)
            actor = mention["actor_id"] if mention else None
            result.alias_mentions += 1
            if mention and _maps_to(actor, mention["actor_name"], canonical, names, spellings):
                result.alias_resolved += 1
            else:
                result.alias_errors.append((alias, canonical, actor))


def _actors_of_document(gold: dict, file: str) -> set[str]:
    """The gold actors of the events annotated on `file`, whose document id is the file's stem
    or the stem's part before its first underscore ("002" for "002_f6232f.txt")."""
    stem = Path(file).stem
    ids = {stem, stem.split("_", 1)[0]}
    return {actor for event in gold["events"] if ids & set(event.get("docs", []))
            for actor in (event["source"], event.get("target")) if actor}


def _spellings() -> dict[str, set[str]]:
    spellings: dict[str, set[str]] = {}
    for surface, actor_id in load_actors().surfaces.items():
        spellings.setdefault(actor_id, set()).add(surface)
    return spellings


def _score_documents(gold: dict, stored: dict, folder: Path, result: SeedsResult) -> None:
    for document in gold["documents"]:
        article = stored.get(document["file"])
        if article is None:
            raise EvaluationError(f"seed {document['file']} was not stored")
        result.dates.append((document["file"], article["published"], document["dct"]))
        clean = _normal(article["clean_text"])
        spans = [_normal(line) for line in document["boilerplate"]]
        for span in spans:
            result.boilerplate_total += 1
            if span in clean:
                result.kept_boilerplate.append(span)
            else:
                result.boilerplate_removed += 1
        raw = (folder / document["file"]).read_text("utf-8")
        raw = re.sub(r"\A\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*", "", raw)
        for line in raw.splitlines():
            text = _normal(line)
            for span in spans:
                text = _normal(text.replace(span, " "))
            if not text or text in spans:
                continue
            result.lines_total += 1
            if text in clean:
                result.lines_kept += 1
            else:
                result.lost_lines.append(text)


def _gold_actor_names(gold: dict) -> dict[str, set[str]]:
    return {name: {name, *spec.get("aliases", [])} for name, spec in gold["actors"].items()}


def _maps_to(actor_id: str | None, actor_name: str | None, canonical: str,
             names: dict[str, set[str]], spellings: dict[str, set[str]]) -> bool:
    if actor_id is None or canonical not in names:
        return False
    ours = {actor_name or "", actor_id} | spellings.get(actor_id, set())
    return bool(ours & names[canonical])


def _pair_matches(event: dict, gold_event: dict, names, spellings) -> bool:
    """Source and target map to the gold pair's actors; a gold event without a target ("die
    Polizei nahm 40 Arbeiter fest") matches only an event without one."""
    if gold_event["target"] is None:
        return event["target"] is None and \
            _maps_to(event["source"], event["source_name"], gold_event["source"], names, spellings)
    targets = [(event["target"], event["target_name"])] + \
        [(name, name) for name in event.get("participants", [])]

    def one(a: str, b: str) -> bool:
        return _maps_to(event["source"], event["source_name"], a, names, spellings) and \
            any(_maps_to(t, name, b, names, spellings) for t, name in targets)
    if one(gold_event["source"], gold_event["target"]):
        return True
    return gold_event["type"] == "CONSULT" and one(gold_event["target"], gold_event["source"])


def _dates_overlap(event: dict, gold_event: dict) -> bool:
    wanted = _gold_range(gold_event.get("date"))
    if wanted is None:
        return True
    if not event["first_day"]:
        return False
    first, last = date.fromisoformat(event["first_day"]), date.fromisoformat(event["last_day"])
    return first <= wanted[1] and wanted[0] <= last


def _score_events(gold: dict, events: list[dict], result: SeedsResult) -> None:
    names = _gold_actor_names(gold)
    spellings = _spellings()
    gold_events = gold["events"]
    edges = [[j for j, g in enumerate(gold_events)
              if e["type"] == g["type"] and _pair_matches(e, g, names, spellings)
              and _dates_overlap(e, g)] for e in events]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(events)):
        augment(i, set())
    matched_outputs = set(owner.values())
    result.outputs, result.gold = len(events), len(gold_events)
    result.matches = [(events[i], gold_events[j]) for j, i in sorted(owner.items())]
    result.misses = [g for j, g in enumerate(gold_events) if j not in owner]
    result.false_positives = [e for i, e in enumerate(events) if i not in matched_outputs]


def exact_date_matches(result: SeedsResult) -> tuple[int, int]:
    """Matched events whose date range equals the gold range, and matched events with a gold
    date."""
    dated = [(e, g) for e, g in result.matches if g.get("date")]
    exact = sum(1 for e, g in dated
                if (date.fromisoformat(e["first_day"]), date.fromisoformat(e["last_day"]))
                == _gold_range(g["date"]))
    return exact, len(dated)


def format_report(result: SeedsResult) -> str:
    exact = sum(1 for _, found, wanted in result.dates if found == wanted)
    lines = [f"publication date exact: {exact}/{len(result.dates)}"]
    lines += [f"  {name}: {found} (gold {wanted})" for name, found, wanted in result.dates
              if found != wanted]
    lines.append(f"boilerplate removed: {result.boilerplate_removed}/{result.boilerplate_total}; "
                 f"article lines kept: {result.lines_kept}/{result.lines_total}")
    lines += [f"  kept boilerplate: {text}" for text in result.kept_boilerplate]
    lines += [f"  lost article line: {text}" for text in result.lost_lines]
    status = sum(1 for e, g in result.matches if e["status"] == g["status"])
    exact_dates, dated = exact_date_matches(result)
    n = len(result.matches)
    lines.append(f"events: precision {result.precision:.3f}  recall {result.recall:.3f}  "
                 f"F1 {result.f1:.3f}  ({n} matched, {result.outputs} output, {result.gold} gold)")
    lines.append(f"  status accuracy on matched: {status}/{n}; exact date range on matched "
                 f"dated gold: {exact_dates}/{dated}")
    lines.append(f"actor resolution: {result.actor_accuracy:.3f} ({result.alias_resolved}/"
                 f"{result.alias_mentions} mentions of gold aliases resolved to their actor)")
    lines += [f"  {alias!r} ({canonical}) resolved to {actor}"
              for alias, canonical, actor in result.alias_errors]
    lines.append("missed gold events:")
    lines += [f"  {g['id']} {g['type']} {g['source']} -> {g['target']} {g.get('date')} "
              f"[{g['status']}]" for g in result.misses]
    lines.append("false positives:")
    lines += [f"  #{e['id']} {e['type']} {e['source_name']} -> {e['target_name']} "
              f"{e['first_day']}/{e['last_day']} [{e['status']}]" for e in result.false_positives]
    return "\n".join(lines)
