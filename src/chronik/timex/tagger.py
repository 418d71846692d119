"""Find German time expressions with precompiled patterns and normalise them to TIMEX3.

`find()` returns the spans and their `Reading`s; it needs no publication date. `tag()` resolves
them against the publication date, with the tense of each clause deciding where a bare weekday or
month points, and anchored expressions ("am Tag danach") counted from the date mentioned last.
Extents follow KRAUTS/TimeML: prepositions stay outside, determiners and modifiers inside.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from .lexicon import Lexicon, german
from ..records import Sentence
from ..sentences import split
from .readings import Reading, Resolved, resolve
from .tense import tense_at

B = r"(?<![\w-])"
E = r"(?![\w])"
NOT_UNIT = (r"(?!\s*(?:Euro|Dollar|Franken|Pfund|Rubel|Prozent|Menschen|Soldaten|Meter|Kilometer"
            r"|km|Tonnen|Stück|Mal|%|€|\$))")


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    text: str
    reading: Reading


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Lexicon], Reading | None]]


def _number(word: str, lex: Lexicon) -> int | None:
    if word.isdigit():
        return int(word)
    return lex.numbers.get(word.lower())


def _year(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 50 else 1900) if len(text) == 2 else year


def _weekday_reading(m: re.Match[str], lex: Lexicon) -> Reading:
    weekday = lex.weekdays[m["wd"]]
    part = lex.day_parts.get((m["part"] or "").lower())
    modifier = (m["mod"] or "").lower()
    if modifier in ("jeden", "jedem", "immer"):
        return Reading("set", value=f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    direction = None
    if modifier:
        direction = 0 if modifier.startswith("an dies") else lex.modifiers.get(modifier.split()[-1])
    return Reading("weekday", weekday=weekday, day_part=part, direction=direction)


@cache
def _rules() -> tuple[Rule, ...]:
    lex = german()
    month = lex.alternation(lex.months)
    weekday = lex.alternation(lex.weekdays)
    parts = lex.alternation(lex.day_parts)
    number = r"\d{1,3}|(?i:" + lex.alternation(lex.numbers) + ")"
    unit = lex.alternation(lex.units)
    modifier = lex.alternation(lex.modifiers)
    context = lex.alternation(lex.month_context)
    edge = lex.alternation(lex.year_end | lex.year_start)
    month_part = lex.alternation([w.capitalize() for w in lex.month_parts])
    rel_day = lex.alternation(lex.relative_days)
    unit_name = lex.alternation(lex.unit_names)
    rules: list[tuple[str, Callable]] = [
        (rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){E}",
         lambda m, x: Reading("date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))),
        (rf"{B}(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}}|\d{{2}})(?!\d)"
         rf"(?:,?\s+(?:um\s+)?(?P<h>\d{{1,2}})[:.](?P<min>\d{{2}})(?:\s*Uhr)?)?",
         lambda m, x: Reading("date", year=_year(m["y"]), month=int(m["m"]), day=int(m["d"]),
                              time=f"{int(m['h']):02d}:{m['min']}" if m["h"] else None)),
        (rf"{B}(?P<d>\d{{1,2}})\.\s?(?P<m>{month})\.?(?:\s+(?P<y>\d{{4}}))?{E}",
         lambda m, x: Reading("date", year=int(m["y"]) if m["y"] else None,
                              month=x.months[m["m"]], day=int(m["d"]))),
        (rf"{B}(?P<d>\d{{1,2}})\.(?=\s*(?:und|bis|oder|/|-|–)\s*\d{{1,2}}\.\s?(?P<m>{month}){E}"
         rf"(?:\.?\s+(?P<y>\d{{4}}))?)",
         lambda m, x: Reading("date", year=int(m["y"]) if m["y"] else None,
                              month=x.months[m["m"]], day=int(m["d"]))),
        (rf"{B}(?P<part>{month_part})\s+(?:des\s+)?(?P<m>{month}){E}(?:\s+(?P<y>\d{{4}}))?",
         lambda m, x: Reading("month", year=int(m["y"]) if m["y"] else None,
                              month=x.months[m["m"]], part=x.month_parts[m["part"].lower()])),
        (rf"{B}(?P<m>{month})\s+(?P<y>\d{{4}}){E}",
         lambda m, x: Reading("month", year=int(m["y"]), month=x.months[m["m"]])),
        (rf"{B}(?:{context})\s+(?P<expr>(?P<m>{month})){E}(?!\s*\d)",
         lambda m, x: Reading("month", month=x.months[m["m"]])),
        (rf"{B}(?P<expr>(?:(?:das\s+|dem\s+)?Jahre?s?\s+)?(?P<y>1[89]\d\d|20\d\d)){E}{NOT_UNIT}",
         lambda m, x: Reading("year", year=int(m["y"]))),
        (rf"{B}(?:(?P<mod>an\s+diesem|jeden|jedem|{modifier})\s+)?(?P<wd>{weekday})"
         rf"(?P<part>{parts})?{E}", _weekday_reading),
        (rf"{B}(?P<rel>{rel_day})(?:\s+(?P<part>{parts}|früh))?{E}", _relative_day),
        (rf"{B}(?:(?:in|im)\s+)?(?P<expr>(?:(?P<part>{month_part})\s+)?(?:(?:der|des|dem|den)\s+)?"
         rf"(?P<mod>{modifier})\s+(?P<unit>{unit_name})){E}",
         lambda m, x: _relative_unit(m, x, x.modifiers[m["mod"].lower()])),
        (rf"{B}(?P<part>{month_part})\s+(?:der|des)\s+(?P<unit>Woche|Monats|Jahres){E}",
         lambda m, x: _relative_unit(m, x, 0)),
        (rf"{B}(?P<expr>{edge}){E}",
         lambda m, x: Reading("year_edge", part="late" if m["expr"] in x.year_end else "early")),
        (rf"{B}(?P<n>{number})\s+(?P<unit>Tage?n?|Wochen?)\s+(?P<dir>nach|später|danach|darauf|"
         rf"vor|zuvor|davor|vorher){E}", _anchored),
        (rf"{B}(?:am\s+)?(?P<expr>(?P<n>Tag)\s+(?P<dir>danach|darauf|zuvor|davor)){E}", _anchored),
        (rf"{B}(?P<expr>tags\s+(?P<dir>darauf|zuvor)){E}",
         lambda m, x: Reading("anchored", offset=1 if m["dir"] == "darauf" else -1)),
        (rf"{B}(?P<dir>vor|in)\s+(?P<expr>(?P<n>{number})\s+(?P<unit>Tagen|Wochen|Monaten|Jahren"
         rf"|Tag|Woche|Monat|Jahr)){E}", _ago_or_ahead),
        (rf"{B}seit\s+(?P<expr>(?P<unit>Tagen|Wochen|Monaten|Jahren|Jahrzehnten)){E}",
         lambda m, x: Reading("duration", value=_duration("X", x.units[m["unit"]]))),
        (rf"{B}(?P<expr>(?:den\s+)?(?:vergangenen|letzten|kommenden|nächsten)\s+"
         rf"(?P<unit>Tagen|Wochen|Monaten|Jahren|Jahrzehnten)){E}",
         lambda m, x: Reading("duration", value=_duration("X", x.units[m["unit"]]))),
        (rf"{B}(?P<n>{number})\s+(?P<unit>{unit}){E}", _duration_reading),
        (rf"{B}(?:um\s+)?(?P<expr>(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?\s*Uhr){E}",
         lambda m, x: Reading("time", time=f"{int(m['h']):02d}:{m['min'] or '00'}")
         if int(m["h"]) < 25 else None),
        (rf"{B}am\s+(?P<expr>(?:(?:späten|frühen)\s+)?(?P<part>Morgen|"
         rf"Vormittag|Mittag|Nachmittag|Abend)){E}",
         lambda m, x: Reading("day_part", day_part=x.day_parts[m["part"].lower()])),
        (rf"{B}(?P<expr>{lex.alternation(lex.sets)}){E}",
         lambda m, x: Reading("set", value=x.sets[m["expr"]])),
    ]
    return tuple((re.compile(pattern), build) for pattern, build in rules)


def _relative_day(m: re.Match[str], lex: Lexicon) -> Reading | None:
    word = m["rel"]
    if word == "morgen" and m.string[max(0, m.start() - 4):m.start()].strip().lower() in ("am",):
        return None
    part = lex.day_parts.get((m["part"] or "").lower())
    return Reading("relative_day", offset=lex.relative_days[word], day_part=part)


def _relative_unit(m: re.Match[str], lex: Lexicon, offset: int) -> Reading:
    part = lex.month_parts[m["part"].lower()] if m["part"] else None
    return Reading("relative_unit", unit=lex.unit_names.get(m["unit"], "year"), offset=offset,
                   part=part)


def _anchored(m: re.Match[str], lex: Lexicon) -> Reading | None:
    count = 1 if m["n"] == "Tag" else _number(m["n"], lex)
    if count is None:
        return None
    days = count * (7 if (m.groupdict().get("unit") or "").startswith("Woche") else 1)
    forward = m["dir"] in lex.after_words
    return Reading("anchored", offset=days if forward else -days)


def _ago_or_ahead(m: re.Match[str], lex: Lexicon) -> Reading | None:
    count = _number(m["n"], lex)
    if count is None:
        return None
    unit = lex.units[m["unit"]]
    sign = -1 if m["dir"] == "vor" else 1
    if unit == "D":
        return Reading("relative_day", offset=sign * count)
    name = {"W": "week", "M": "month", "Y": "year"}[unit]
    return Reading("relative_unit", unit=name, offset=sign * count)


def _duration(count: str, unit: str) -> str:
    if unit in ("H", "MIN"):
        return f"PT{count}{'M' if unit == 'MIN' else 'H'}"
    return f"P{count}{unit}"


def _duration_reading(m: re.Match[str], lex: Lexicon) -> Reading | None:
    count = _number(m["n"], lex)
    if count is None:
        return None
    return Reading("duration", value=_duration(str(count), lex.units[m["unit"]]))


def find(text: str) -> list[Found]:
    """Every time expression in `text`, leftmost-longest, without overlaps."""
    lex = german()
    candidates: list[Found] = []
    for pattern, build in _rules():
        for match in pattern.finditer(text):
            reading = build(match, lex)
            if reading is None:
                continue
            group = "expr" if match.groupdict().get("expr") else 0
            start, end = match.span(group)
            candidates.append(Found(start, end, text[start:end], reading))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[Found] = []
    for found in candidates:
        if not chosen or found.start >= chosen[-1].end:
            chosen.append(found)
    return chosen


def iter_resolved(text: str, dct: date | None, sentences: list[Sentence] | None = None
                  ) -> Iterator[tuple[Found, Sentence, str, Resolved]]:
    """Each expression with its sentence, the tense of its clause and its value against `dct`."""
    previous: date | None = None
    for sentence in sentences if sentences is not None else split(text):
        for found in find(sentence.text):
            tense = tense_at(sentence.text, found.start)
            resolved = resolve(found.reading, dct, tense, previous)
            if resolved.last_day and resolved.precision == "day":
                previous = resolved.last_day
            yield found, sentence, tense, resolved
