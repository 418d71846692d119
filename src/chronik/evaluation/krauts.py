"""Read the KRAUTS corpus (German news with TimeML TIMEX3 annotation) and score taggers on it.

KRAUTS (Strötgen et al., LREC 2018, CC BY-NC 4.0) has two parts, each as three folders: the gold
`.tml` files, the same texts untagged (`*_raw-text`), and HeidelTime's output (`*_Heideltime`).
Character offsets are counted on the text inside `<TEXT>`, with tags removed and XML entities
decoded, so gold, HeidelTime and chronik are compared on the same string.

Scorer rules (TempEval-3 style, one scorer for every system):
- Extraction. A system expression and a gold expression match *strictly* when their extents are
  identical and *relaxed* when they overlap by at least one character. Relaxed matching is
  one-to-one: pairs are taken in order of decreasing overlap. Precision = matches / system
  expressions, recall = matches / gold expressions, F1 their harmonic mean; strict and relaxed are
  counted separately.
- Attributes are judged on relaxed matches. Type accuracy = matched pairs with the same type /
  matched pairs. Value precision = matched pairs with the same value / system expressions, value
  recall = the same count / gold expressions, value F1 their harmonic mean (TempEval-3's
  "value F1"). Values are compared after trimming whitespace; a gold value that is empty never
  counts as correct.
- The document creation time in `<DCT>` is not an expression to find; it is given to the tagger.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import EvaluationError
from ..sentences import split
from ..timex.tagger import iter_resolved

PARTS = ("KRAUTS_Dolomiten-100", "KRAUTS_DieZeit")
TAG = re.compile(r"<(/?)TIMEX3\b([^>]*)>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S)


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class Document:
    name: str
    dct: date
    text: str
    timexes: list[Timex] = field(default_factory=list)


def read_tml(path: Path) -> Document:
    """One `.tml` file as its text (tags removed, entities decoded) and its TIMEX3 expressions."""
    raw = path.read_text(encoding="utf-8")
    body, dct = TEXT.search(raw), DCT.search(raw)
    if body is None or dct is None:
        raise EvaluationError(f"{path}: not a TimeML file with <DCT> and <TEXT>")
    pieces: list[str] = []
    offset, position = 0, 0
    open_tags: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    source = body.group(1)
    for tag in TAG.finditer(source):
        piece = html.unescape(source[position:tag.start()])
        pieces.append(piece)
        offset += len(piece)
        position = tag.end()
        if tag.group(1):
            if not open_tags:
                raise EvaluationError(f"{path}: </TIMEX3> without an opening tag")
            start, attributes = open_tags.pop()
            text = "".join(pieces)[start:offset]
            timexes.append(Timex(start, offset, text, attributes.get("type", ""),
                                 attributes.get("value", "").strip()))
        else:
            open_tags.append((offset, dict(ATTRIBUTE.findall(tag.group(2)))))
    pieces.append(html.unescape(source[position:]))
    timexes.sort(key=lambda t: (t.start, t.end))
    return Document(path.name, date.fromisoformat(dct.group(1)), "".join(pieces), timexes)


def read_folder(folder: Path) -> list[Document]:
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise EvaluationError(f"{folder}: no .tml files")
    return [read_tml(path) for path in files]


def part_folders(krauts: str | Path, part: str) -> tuple[Path, Path, Path]:
    """The gold, raw-text and HeidelTime folders of one KRAUTS part."""
    root = Path(krauts)
    folders = (root / part, root / f"{part}_raw-text", root / f"{part}_Heideltime")
    for folder in folders:
        if not folder.is_dir():
            raise EvaluationError(f"{folder}: KRAUTS folder not found")
    return folders


def tag(text: str, dct: date | None) -> list[Timex]:
    """chronik's time expressions in `text`, resolved against `dct`."""
    result = []
    for found, sentence, _tense, resolved in iter_resolved(text, dct, split(text)):
        start = sentence.start + found.start
        result.append(Timex(start, start + len(found.text), found.text, resolved.type,
                            resolved.value))
    return result


@dataclass(slots=True)
class Scores:
    """Counts for one system on a set of documents; the figures are properties."""

    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def add(self, other: Scores) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _f1(correct: int, system: int, gold: int) -> tuple[float, float, float]:
        precision = correct / system if system else 0.0
        recall = correct / gold if gold else 0.0
        total = precision + recall
        return precision, recall, 2 * precision * recall / total if total else 0.0

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._f1(self.strict, self.system, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._f1(self.relaxed, self.system, self.gold)

    @property
    def value_prf(self) -> tuple[float, float, float]:
        return self._f1(self.value_correct, self.system, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed if self.relaxed else 0.0


def relaxed_pairs(system: list[Timex], gold: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one overlapping pairs, the largest overlaps first."""
    candidates = []
    for s in system:
        for g in gold:
            overlap = min(s.end, g.end) - max(s.start, g.start)
            if overlap > 0:
                candidates.append((-overlap, s.start, g.start, s, g))
    candidates.sort(key=lambda c: c[:3])
    used_s: set[Timex] = set()
    used_g: set[Timex] = set()
    pairs = []
    for _, _, _, s, g in candidates:
        if s not in used_s and g not in used_g:
            used_s.add(s)
            used_g.add(g)
            pairs.append((s, g))
    return pairs


def score(system: list[Timex], gold: list[Timex]) -> Scores:
    gold_spans = {(g.start, g.end) for g in gold}
    pairs = relaxed_pairs(system, gold)
    return Scores(
        system=len(system), gold=len(gold),
        strict=sum((s.start, s.end) in gold_spans for s in system),
        relaxed=len(pairs),
        type_correct=sum(s.type == g.type for s, g in pairs),
        value_correct=sum(bool(g.value) and s.value.strip() == g.value for s, g in pairs))


@dataclass(slots=True)
class PartResult:
    part: str
    documents: int
    rows: dict[str, Scores]


def evaluate_timex(krauts: str | Path) -> list[PartResult]:
    """chronik and HeidelTime scored against the gold of each KRAUTS part."""
    results = []
    for part in PARTS:
        gold_folder, raw_folder, heideltime_folder = part_folders(krauts, part)
        gold_docs = read_folder(gold_folder)
        raw_docs = {d.name: d for d in read_folder(raw_folder)}
        heideltime_docs = {d.name: d for d in read_folder(heideltime_folder)}
        chronik_total, heideltime_total = Scores(), Scores()
        for gold in gold_docs:
            raw = raw_docs.get(gold.name)
            if raw is None or raw.text != gold.text:
                raise EvaluationError(f"{part}/{gold.name}: raw text missing or different")
            chronik_total.add(score(tag(raw.text, gold.dct), gold.timexes))
            heideltime = heideltime_docs.get(gold.name)
            if heideltime is None:
                raise EvaluationError(f"{part}/{gold.name}: HeidelTime output missing")
            heideltime_total.add(score(heideltime.timexes, gold.timexes))
        results.append(PartResult(part, len(gold_docs),
                                  {"chronik": chronik_total, "HeidelTime": heideltime_total}))
    return results


def format_timex_report(results: list[PartResult]) -> str:
    header = (f"{'part':<22}{'system':<12}{'strict P':>9}{'R':>7}{'F1':>7}"
              f"{'relaxed P':>11}{'R':>7}{'F1':>7}{'type acc':>10}{'value P':>9}"
              f"{'value F1':>10}")
    lines = [header, "-" * len(header)]
    for result in results:
        for system, s in result.rows.items():
            sp, sr, sf = s.strict_prf
            rp, rr, rf = s.relaxed_prf
            lines.append(f"{result.part:<22}{system:<12}{sp:>9.3f}{sr:>7.3f}{sf:>7.3f}"
                         f"{rp:>11.3f}{rr:>7.3f}{rf:>7.3f}{s.type_accuracy:>10.3f}"
                         f"{s.value_prf[0]:>9.3f}{s.value_prf[2]:>10.3f}")
    lines.append("")
    lines.append("Gold: KRAUTS (Strötgen et al. 2018, CC BY-NC 4.0); HeidelTime rows score the "
                 "output shipped with it.")
    return "\n".join(lines)
