"""Find German time expressions with precompiled patterns and normalise them to TIMEX3.

`find()` returns the spans and their `Reading`s; it needs no publication date. `tag()` resolves
them against the publication date, with the tense of each clause deciding where a bare weekday or
month points, and anchored expressions ("am Tag danach") counted from the date mentioned last.
Extents follow KRAUTS/TimeML: prepositions stay outside, determiners and modifiers inside.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from ..language import lemma_table
from ..records import Sentence
from ..sentences import split
from .lexicon import Lexicon, german
from .readings import Reading, Resolved, resolve
from .tense import tense_at, told_as_past

B = r"(?<![\w-])"
E = r"(?![\w])"
UNITS_AFTER_NUMBER = (r"Euro|Dollar|Franken|Pfund|Rubel|Mark|Lire|Prozent|Menschen|Soldaten|Meter"
                      r"|Kilometer|km|Tonnen|Stück|Mal|Grad|Mitarbeiter|Einwohner|Besucher"
                      r"|Teilnehmer|Personen|Kinder|Schüler|Stimmen|Punkte|%|€|\$")
NOT_UNIT = rf"(?!\s*(?:(?:bis|und|oder|-|–)\s*\d+\s*)?(?:{UNITS_AFTER_NUMBER}))"
NOT_AMOUNT = (r"(?<!rund )(?<!fast )(?<!knapp )(?<!ca\. )(?<!mehr als )(?<!weniger als )"
              r"(?<!bis zu )(?<!mindestens )(?<!höchstens )(?<!insgesamt )(?<!sind es )"
              r"(?<!waren es )")
"""Words after which a four-digit number counts ("mehr als 2000", "inzwischen sind es
1800"), so it is no year."""
AGE = r"(?!\s*(?:alt|alte|alten|alter|altes|jünger|älter|jüngere|ältere)\b)"
AGE_BEFORE = re.compile(r"\bAlter\w*\s+(?:von\s+|zwischen\s+)?(?:\w+\s+(?:und|bis)\s+)?"
                        r"(?:(?:knapp|etwa|rund|über|unter)\s+)*$")
BEING_BEFORE = re.compile(r"(?<![\w-])(?:war|ist|sei|wäre|waren|sind)\s+$")
AGE_AFTER = re.compile(r"\s*(?:[,;]|\.(?!\d)|\s+als\b)")
WITH_BEFORE = re.compile(r"(?<![\w-])[Mm]it\s+$")
GENERAL_OF = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\s+von\s+$")
RECURRING = re.compile(r"(?<![\w-])(?:jeweils|wochentags|werktags|täglich|tagsüber|jeden|jede|"
                       r"jedes|beispielsweise|montags|dienstags|mittwochs|donnerstags|freitags|"
                       r"samstags|sonntags|immer)(?![\w-])", re.I)
FOLLOWING_WORD = re.compile(r"\s+([A-ZÄÖÜ][a-zäöüß]+)\b")
ABBREVIATED_MONTHS = frozenset({"Jan", "Feb", "Mär", "Mrz", "Apr", "Jun", "Jul", "Aug", "Sep",
                                "Sept", "Okt", "Nov", "Dez"})
PREPOSITION_DIRECTIONS = {"vom": -1, "seit": -1, "seit dem": -1, "bis": 1, "ab": 1,
                          "bis zum": 1}
"""Prepositions that point a bare weekday or weekend back or ahead ("vom Sonntag")."""
PAST_TENSES = ("past", "pluperfect")
WEEKDAY_APPOSITION = re.compile(r",?\s*(?:de[nm]\s+)?")
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
FOUND_CACHE = 4096
"""Sentences whose time expressions `find` keeps."""
HOURS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
         "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    text: str
    reading: Reading


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Lexicon], Reading | None]]


def _number(word: str, lex: Lexicon) -> float | None:
    if word.isdigit():
        return int(word)
    word = word.lower()
    if word in lex.fractions:
        return lex.fractions[word]
    return lex.numbers.get(word)


def _year(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 50 else 1900) if len(text) == 2 else year


def _capitalised(words) -> list[str]:
    """Each word as written and with a capital first letter, as at the start of a sentence."""
    return sorted({w for word in words for w in (word, word[0].upper() + word[1:])})


def _weekday_reading(m: re.Match[str], lex: Lexicon) -> Reading:
    """A weekday, pointed by its modifier or a preposition; every such weekday ("jeden
    Montag", "am ersten Samstag im Monat", "Mittwoch nachmittags") is a set."""
    weekday = lex.weekdays[m["wd"].capitalize()]
    part = lex.day_parts.get((m["part"] or "").lower()) or \
        lex.day_part_adverbs.get((m["habit"] or "").lower())
    modifier = (m["mod"] or "").lower()
    if modifier.startswith(("jeden", "jedem", "immer")) or m["monthly"] or m["habit"]:
        return Reading("set", value=f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    direction = None
    if modifier:
        direction = 0 if modifier.startswith("an dies") else lex.modifiers.get(modifier.split()[-1])
    before = m.string[max(0, m.start() - 8):m.start()].lower().split()
    if direction is None and before:
        direction = PREPOSITION_DIRECTIONS.get(before[-1])
    return Reading("weekday", weekday=weekday, day_part=part, direction=direction)


def _weekend_reading(m: re.Match[str], lex: Lexicon) -> Reading:
    """"am Wochenende", "am kommenden Wochenende"; "vom Wochenende" and "seit dem Wochenende"
    look back, "bis zum Wochenende" ahead."""
    direction = lex.modifiers.get((m["mod"] or "").lower())
    if direction is None:
        before = m.string[max(0, m.start() - 12):m.start()].lower().split()
        direction = PREPOSITION_DIRECTIONS.get(" ".join(before[-2:])) or \
            PREPOSITION_DIRECTIONS.get(before[-1] if before else "")
    return Reading("weekend", direction=direction)


def _year_reading(m: re.Match[str], lex: Lexicon) -> Reading | None:
    """A year, unless a noun in the plural counts it ("1200 Streikende", "2000 Bauern":
    an amount)."""
    following = FOLLOWING_WORD.match(m.string, m.end())
    if following and _counted(following.group(1)):
        return None
    return Reading("year", year=int(m["y"]))


def _counted(word: str) -> bool:
    """A noun that counts: a plural form of the inflection dictionaries, or a nominalised
    participle ("Streikende", "Verletzte")."""
    lemma = lemma_table().get((word, "N"))
    return (lemma is not None and lemma != word and word.endswith(("en", "er", "e", "n", "s")))\
        or word.endswith(("ende", "enden"))


def _day_month(m: re.Match[str], lex: Lexicon) -> Reading | None:
    """"13. Januar [2022]"; an abbreviated month ("Jan") needs its period or a year."""
    name = m["m"]
    if name in ABBREVIATED_MONTHS and not m["y"]:
        if not m.string.startswith(".", m.end("m")):
            return None
    return Reading("date", year=int(m["y"]) if m["y"] else None, month=lex.months[name],
                   day=int(m["d"]))


def _today(m: re.Match[str], lex: Lexicon) -> Reading:
    """"heute" is the publication day when the sentence talks about a particular day (a day
    word, or a clause in the past tense: "einigten sich heute", "hatte heute getagt"),
    otherwise the present in general ("heute leben mehr Menschen in Städten"): TIMEX3
    PRESENT_REF."""
    part = lex.day_parts.get((m["part"] or "").lower())
    sentence = m.string
    specific = part or DAY_SPECIFIC.search(sentence) or told_as_past(sentence, m.start())
    if specific:
        return Reading("relative_day", offset=0, day_part=part)
    return Reading("ref", value="PRESENT_REF")


def _relative_day(m: re.Match[str], lex: Lexicon) -> Reading | None:
    """"gestern", "morgen", "heute"; after a noun and "von" the present or the future in general
    ("die Stärke von heute", "die Schule von morgen")."""
    word = m["rel"].lower()
    if word in ("heute", "morgen") and GENERAL_OF.search(m.string, 0, m.start()):
        return Reading("ref", value="PRESENT_REF" if word == "heute" else "FUTURE_REF")
    if word == "heute":
        return _today(m, lex)
    if m["rel"] == "Morgen" and m.string[:m.start()].strip(" \"„“»«'") != "":
        return None
    if word == "morgen" and m.string[max(0, m.start() - 4):m.start()].strip().lower() in ("am",):
        return None
    part = lex.day_parts.get((m["part"] or "").lower())
    return Reading("relative_day", offset=lex.relative_days[word], day_part=part)


def _relative_unit(m: re.Match[str], lex: Lexicon, offset: int) -> Reading:
    part = lex.month_parts[m["part"].lower()] if m["part"] else None
    return Reading("relative_unit", unit=lex.unit_names.get(m["unit"], "year"), offset=offset,
                   part=part)


def _anchored(m: re.Match[str], lex: Lexicon) -> Reading | None:
    """"zwei Tage danach" counts from the day named last; so does "zwei Tage nach der Wahl",
    whose TIMEX3 is the duration "zwei Tage" (TimeML: the event is the anchor)."""
    count = 1 if m["n"] == "Tag" else _number(m["n"], lex)
    if count is None or count != int(count):
        return None
    weeks = (m.groupdict().get("unit") or "").startswith("Woche")
    days = int(count) * (7 if weeks else 1)
    forward = m["dir"] in lex.after_words
    value = _duration(_count(count), "W" if weeks else "D") if m["dir"] in ("vor", "nach") else None
    return Reading("anchored", offset=days if forward else -days, value=value)


def _ago_or_ahead(m: re.Match[str], lex: Lexicon) -> Reading | None:
    """"vor fünf Jahren", "in zwei Wochen": a calendar range; looking back, its TIMEX3 value is
    the duration it names (as KRAUTS annotates it), looking ahead the date."""
    count = _number(m["n"], lex)
    if count is None or count != int(count):
        return None
    unit = lex.units[m["unit"]]
    sign = -1 if m["dir"].lower() == "vor" else 1
    value = _duration(_count(count), unit) if sign < 0 else None
    if unit == "D":
        return Reading("relative_day", offset=sign * int(count), value=value)
    name = {"W": "week", "M": "month", "Y": "year"}.get(unit)
    if name is None:
        return Reading("duration", value=_duration(_count(count), unit))
    return Reading("relative_unit", unit=name, offset=sign * int(count), value=value)


def _count(count: float) -> str:
    return str(int(count)) if count == int(count) else str(count)


def _duration(count: str, unit: str) -> str:
    if unit in ("H", "MIN", "S"):
        return f"PT{count}{'M' if unit == 'MIN' else unit}"
    return f"P{count}{unit}"


def _duration_reading(m: re.Match[str], lex: Lexicon) -> Reading | None:
    """"drei Jahre", "zwei Monate und zehn Tage"; not an age ("im Alter von 18 Jahren", "mit acht
    Jahren lernte sie Geige"), which TimeML does not annotate."""
    count = 2 if m["n"] == "beiden" else _number(m["n"], lex)  # "die letzten beiden Jahre"
    if count is None or _age(m):
        return None
    value = _duration(_count(count), lex.units[m["unit"]])
    if m.groupdict().get("n2"):
        second = _number(m["n2"], lex)
        if second is None:
            return None
        value += f"{_count(second)}{lex.units[m['unit2']]}"
    return Reading("duration", value=value)


def _age(m: re.Match[str]) -> bool:
    """Whether a count of years, months or weeks is somebody's age: after "Alter von" or an
    "Alters-" compound, after "mit" when no noun follows ("mit 18 Jahren zog sie", but "mit
    zwei Jahren Verspätung"), or after "war" at the end of a clause ("war 24 Jahre, als")."""
    if not m["unit"].startswith(("Jahr", "Monat", "Woche")):
        return False
    before = m.string[max(0, m.start() - 40):m.start()]
    if AGE_BEFORE.search(before):
        return True
    if BEING_BEFORE.search(before) and AGE_AFTER.match(m.string, m.end()):
        return True  # "Er war 24 Jahre, als er ..."
    return bool(WITH_BEFORE.search(before)) and not FOLLOWING_WORD.match(m.string, m.end())


def _vague_duration(m: re.Match[str], lex: Lexicon) -> Reading:
    return Reading("duration", value=_duration("X", lex.units[m["unit"]]))


def _recent_period(m: re.Match[str], lex: Lexicon) -> Reading:
    """"in den nächsten Jahren" is the future (FUTURE_REF); "in den vergangenen Tagen/Jahren" a
    span of unknown length (PXD, PXY), "in den vergangenen Wochen/Monaten" the recent past."""
    unit = lex.units[m["unit"]]
    if not m["past"]:
        return Reading("ref", value="FUTURE_REF")
    if unit in ("D", "Y", "DE"):
        return Reading("duration", value=_duration("X", unit))
    return Reading("ref", value="PAST_REF")


def _time(m: re.Match[str], lex: Lexicon) -> Reading | None:
    hour_text = m["h"]
    hour = int(hour_text) if hour_text.isdigit() else HOURS.get(hour_text.lower())
    if hour is None or hour > 24:
        return None
    minute = int(m["min"]) if m.groupdict().get("min") else 0
    if m.groupdict().get("half"):
        hour, minute = (hour - 1) % 24, 30
    if minute > 59:
        return None
    return Reading("time", time=f"{hour:02d}:{minute:02d}")


def _season(m: re.Match[str], lex: Lexicon) -> Reading:
    modifier = (m["mod"] or "").lower()
    return Reading("season", part=lex.seasons[m["season"]],
                   year=int(m["y"]) if m["y"] else None,
                   direction=lex.modifiers.get(modifier) if modifier else None)


def _year_part(m: re.Match[str], lex: Lexicon) -> Reading:
    unit = "Q" if m["unit"].startswith(("Quartal", "Trimester")) else "H"
    ordinal = lex.ordinals.get(m["ord"].lower(), 4 if unit == "Q" else 2)
    return Reading("year_part", unit=unit, offset=ordinal, year=int(m["y"]) if m["y"] else None)


def _decade(m: re.Match[str], lex: Lexicon) -> Reading:
    if m["w"]:
        return Reading("fixed", value=f"19{lex.decades[m['w'].lower()]}")
    return Reading("fixed", value=f"{m['c'] or '19'}{m['d']}")


def _century(m: re.Match[str], lex: Lexicon) -> Reading:
    return Reading("fixed", value=f"{int(m['n']) - 1:02d}")


def _holiday(m: re.Match[str], lex: Lexicon) -> Reading:
    name = " ".join(m["name"].split())
    year = int(m["y"]) if m["y"] else None
    if name in lex.fixed_holidays:
        month, day = lex.fixed_holidays[name]
        return Reading("date", year=year, month=month, day=day)
    return Reading("easter", year=year, offset=lex.easter_holidays[name])


def _month_of_relative_year(m: re.Match[str], lex: Lexicon) -> Reading:
    """"(3.) Oktober dieses Jahres", "Mai des vergangenen Jahres", "März des Vorjahres"."""
    offset = -1 if m["before"] else lex.modifiers[m["mod"].lower()]
    month = lex.months[m["m"]]
    if m["d"]:
        return Reading("date", month=month, day=int(m["d"]), offset=offset, unit="year")
    return Reading("month", month=month, offset=offset, unit="year")


@cache
def _rules() -> tuple[Rule, ...]:
    lex = german()
    month = lex.alternation(lex.months)
    weekday = "(?i:" + lex.alternation(lex.weekdays) + ")"
    parts = "(?i:" + lex.alternation(lex.day_parts) + ")"
    number = r"\d{1,3}|(?i:" + lex.alternation(list(lex.numbers) + list(lex.fractions)) + ")"
    hour_word = "(?i:" + lex.alternation(HOURS) + ")"
    unit = lex.alternation(lex.units)
    modifier = "(?i:" + lex.alternation(lex.modifiers) + ")"
    context = "(?i:" + lex.alternation(lex.month_context) + ")"
    edge = lex.alternation(lex.year_end | lex.year_start)
    month_part = lex.alternation([w.capitalize() for w in lex.month_parts])
    rel_day = "(?i:" + lex.alternation(lex.relative_days) + ")"
    rel_adjective = lex.alternation(lex.relative_day_adjectives)
    unit_name = lex.alternation(lex.unit_names)
    vague = "(?i:" + lex.alternation(lex.vague_quantities) + ")"
    plural_unit = r"Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten|Stunden"
    ordinal = lex.alternation(lex.ordinals)
    holidays = lex.alternation(list(lex.fixed_holidays) + list(lex.easter_holidays))
    holidays = holidays.replace(r"\ ", r"\s+")
    references = lex.alternation(_capitalised(lex.reference_words)).replace(r"\ ", r"\s+")
    sets = lex.alternation(_capitalised(lex.sets)).replace(r"\ ", r"\s+")
    quantifiers = "(?i:" + lex.alternation(lex.set_quantifiers).replace(r"\ ", r"\s+") + ")"
    long_durations = "(?i:" + lex.alternation(lex.long_durations) + ")"
    seasons = lex.alternation(lex.seasons)
    adverbs = "(?i:" + lex.alternation(lex.day_part_adverbs) + ")"
    # the period of an abbreviated month belongs to the date, a full stop after a month not
    abbreviated = "(?:" + "|".join(f"(?<={name})" for name in sorted(ABBREVIATED_MONTHS)) + ")"
    list_tail = (rf"(?:\s*,\s*\d{{1,2}}\.)*\s*,?\s*(?:und|bis(?:\s+zum)?|oder|/|-|–)\s*"
                 rf"\d{{1,2}}\.\s?(?P<m>{month}){E}(?:\.?\s+(?P<y>\d{{4}}))?")
    rules: list[tuple[str, Callable]] = [
        (rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){E}",
         lambda m, x: Reading("date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))),
        (rf"{B}(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}}|\d{{2}})(?!\d)"
         rf"(?:,?\s+(?:um\s+)?(?P<h>\d{{1,2}})[:.](?P<min>\d{{2}})(?:\s*Uhr)?)?",
         lambda m, x: Reading("date", year=_year(m["y"]), month=int(m["m"]), day=int(m["d"]),
                              time=f"{int(m['h']):02d}:{m['min']}" if m["h"] else None)),
        (rf"{B}(?P<expr>(?P<d>\d{{1,2}})\.\s?(?P<m>{month})(?:{abbreviated}\.)?"
         rf"(?:\s+(?P<y>\d{{4}}))?){E}", _day_month),
        (rf"{B}(?P<d>\d{{1,2}})\.(?={list_tail})",
         lambda m, x: Reading("date", year=int(m["y"]) if m["y"] else None,
                              month=x.months[m["m"]], day=int(m["d"]))),
        (rf"{B}(?P<expr>(?:(?P<d>\d{{1,2}})\.\s?)?(?P<m>{month})\s+(?:(?:des\s+)?(?P<mod>{modifier})"
         rf"\s+Jahres|des\s+(?P<before>Vorjahre?s)))"
         rf"{E}", _month_of_relative_year),
        (rf"{B}(?P<part>{month_part})\s+(?:des\s+)?(?P<m>{month}){E}(?:\s+(?P<y>\d{{4}}))?",
         lambda m, x: Reading("month", year=int(m["y"]) if m["y"] else None,
                              month=x.months[m["m"]], part=x.month_parts[m["part"].lower()])),
        (rf"{B}(?P<m>{month})\s+(?P<y>\d{{4}}){E}",
         lambda m, x: Reading("month", year=int(m["y"]), month=x.months[m["m"]])),
        (rf"{B}(?:{context})\s+(?P<expr>(?P<m>{month})){E}(?!\s*\d)",
         lambda m, x: Reading("month", month=x.months[m["m"]])),
        (rf"(?:(?<=\d[-–/])|{B}){NOT_AMOUNT}(?P<expr>(?:(?:das\s+|dem\s+)?Jahre?s?\s+)?"
         rf"(?P<y>1[0-9]\d\d|20\d\d)){E}{NOT_UNIT}", _year_reading),
        (rf"{B}(?P<expr>[Hh]euer){E}", lambda m, x: Reading("relative_unit", unit="year")),
        (rf"{B}(?P<expr>(?:(?:dem|des)\s+)?Vorjahr(?:es|s)?){E}",
         lambda m, x: Reading("relative_unit", unit="year", offset=-1)),
        (rf"{B}(?P<expr>(?:(?:dem|des)\s+)?Vormonat(?:es|s)?){E}",
         lambda m, x: Reading("relative_unit", unit="month", offset=-1)),
        (rf"{B}(?P<expr>(?:(?:der)\s+)?Vorwoche){E}",
         lambda m, x: Reading("relative_unit", unit="week", offset=-1)),
        (rf"{B}(?P<rel>(?i:{rel_adjective}))\s+(?:(?P<wd>{weekday})|Tag){E}",
         lambda m, x: Reading("relative_day", offset=x.relative_day_adjectives[m["rel"].lower()],
                              weekday=x.weekdays[m["wd"].capitalize()] if m["wd"] else None)),
        (rf"{B}(?:(?P<mod>an\s+diesem|[Jj]eden|[Jj]edem|{modifier})\s+"
         rf"(?:(?:zweiten|dritten|vierten|ersten|letzten)\s+)?)?(?P<wd>{weekday})"
         rf"(?P<part>{parts})?{E}(?:\s+(?P<habit>{adverbs}){E})?"
         rf"(?P<monthly>\s+(?:im|eines|jeden)\s+Monats?{E}(?!\s+(?:{month}){E}))?",
         _weekday_reading),
        (rf"{B}(?P<rel>{rel_day})(?:\s+(?P<part>{parts}|früh))?{E}", _relative_day),
        (rf"{B}(?P<expr>(?:(?P<mod>{modifier})\s+)?Wochenendes?){E}", _weekend_reading),
        (rf"{B}(?P<expr>(?:(?P<mod>{modifier})\s+(?:[a-zäöüß]+en\s+)?)?(?P<season>{seasons})"
         rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>\d{{4}}))?){E}", _season),
        (rf"{B}(?P<expr>(?:(?:der|des|dem)\s+)?(?P<ord>{ordinal}|letzten)\s+(?P<unit>Quartals?|"
         rf"Trimesters?|Jahreshälfte|Halbjahr(?:es|s)?)(?:\s+(?P<y>\d{{4}}))?){E}", _year_part),
        (rf"{B}(?P<expr>(?:(?:den|der)\s+)?(?:(?:Anfang|Mitte|Ende)\s+der\s+)?(?:(?P<c>19|20)?"
         rf"(?P<d>\d)0er(?:-|\s)?Jahren?|(?P<w>(?i:{lex.alternation(lex.decades)}))\s+Jahren?))"
         rf"{E}", _decade),
        (rf"{B}(?P<expr>(?:(?:des|dem|das|der)\s+)?(?:(?:Anfang|Beginn|Mitte|Ende)\s+des\s+|"
         rf"(?:der\s+)?(?:ersten|zweiten)\s+Hälfte\s+des\s+)?(?P<n>\d{{1,2}})\.\s+"
         rf"Jahrhunderts?){E}", _century),
        (rf"{B}(?P<expr>(?P<name>{holidays})(?:\s+(?P<y>\d{{4}}))?){E}", _holiday),
        (rf"{B}(?:(?:in|im)\s+)?(?P<expr>(?:(?P<part>{month_part})\s+)?(?:(?:der|des|dem|den)\s+)?"
         rf"(?P<mod>{modifier})\s+(?P<unit>{unit_name})){E}",
         lambda m, x: _relative_unit(m, x, x.modifiers[m["mod"].lower()])),
        (rf"{B}(?P<part>{month_part})\s+(?:der|des)\s+(?P<unit>Woche|Monats|Jahres){E}",
         lambda m, x: _relative_unit(m, x, 0)),
        (rf"{B}(?P<expr>{edge}){E}",
         lambda m, x: Reading("year_edge", part="late" if m["expr"] in x.year_end else "early")),
        (rf"{B}(?P<n>{number})\s+(?P<unit>Tage?n?|Wochen?)\s+(?P<dir>später|danach|darauf|"
         rf"zuvor|davor|vorher){E}", _anchored),
        (rf"{B}(?P<expr>(?P<n>{number})\s+(?P<unit>Tage?n?|Wochen?))\s+(?P<dir>nach|vor){E}",
         _anchored),
        (rf"{B}(?:am\s+)?(?P<expr>(?P<n>Tag)\s+(?P<dir>danach|darauf|zuvor|davor)){E}", _anchored),
        (rf"{B}(?P<expr>[Tt]ags\s+(?P<dir>darauf|zuvor)){E}",
         lambda m, x: Reading("anchored", offset=1 if m["dir"] == "darauf" else -1)),
        (rf"{B}(?P<expr>(?:(?:dem|des)\s+)?Vortag(?:es|s)?){E}",
         lambda m, x: Reading("anchored", offset=-1)),
        (rf"{B}(?P<expr>(?:(?:dem|des)\s+)?Folgetag(?:es|s)?){E}",
         lambda m, x: Reading("anchored", offset=1)),
        (rf"{B}(?:am|an)\s+(?P<expr>(?:(?P<same>diesem|selben|gleichen|demselben)|"
         rf"(?P<next>nächsten|folgenden))\s+Tag){E}",
         lambda m, x: Reading("anchored", offset=0 if m["same"] else 1)),
        (rf"{B}(?P<dir>[Vv]or|[Ii]n)\s+(?P<expr>(?P<n>{number})\s+(?P<unit>Tagen|Wochen|Monaten|"
         rf"Jahren|Jahrzehnten|Tag|Woche|Monat|Jahr)){E}", _ago_or_ahead),
        (rf"{B}(?i:seit|vor|nach|über)\s+(?P<expr>(?P<unit>Tagen|Wochen|Monaten|Jahren|Jahre|"
         rf"Jahrzehnten)){E}", _vague_duration),
        (rf"{B}(?P<expr>(?:(?:den|die|der|Die|Den)\s+)?(?:(?P<past>vergangenen|letzten)|kommenden|"
         rf"nächsten)\s+(?P<unit>Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|"
         rf"Jahrzehnten)){E}", _recent_period),
        (rf"{B}(?P<expr>(?P<q>{vague})\s+(?P<unit>{plural_unit})){E}", _vague_duration),
        (rf"{B}(?P<expr>{long_durations})(?:e[nrms]?)?{E}",
         lambda m, x: Reading("duration", value=x.long_durations[m["expr"].lower()])),
        (rf"{B}in\s+(?P<expr>diesen\s+Tagen){E}",
         lambda m, x: Reading("duration", value="PXD")),
        (rf"{B}(?P<expr>(?:alle\s+paar|die|all\s+diese?)\s+Jahre){E}(?!\s+\d)",
         lambda m, x: Reading("duration", value="PXY")),
        (rf"{B}(?P<expr>(?P<n>{number}))(?=\s+(?:bis|oder)\s+(?:{number})\s+(?P<unit>{unit}){E})",
         _duration_reading),
        (rf"{B}im\s+(?P<expr>(?P<unit>Monat|Jahr)){E}"
         rf"(?!\s*(?:\d|zuvor|darauf|danach|davor|{month}))",
         lambda m, x: Reading("set", value=_duration("1", x.units[m["unit"]]))),
        (rf"(?<!\bab )(?<!\bunter )(?<!\bbis )"
         rf"{B}(?P<expr>(?:(?:(?i:den|der|die)\s+)?(?i:letzten|vergangenen|nächsten|kommenden|"
         rf"ersten)\s+)?(?:(?i:ein|eine|einen|einem|einer)\s+)?(?P<n>{number}|(?<=en\s)beiden)\s+"
         rf"(?:(?i:lange|langen|volle|vollen|ganze|ganzen|weitere|weiteren)\s+)?(?P<unit>{unit})"
         rf"(?:\s+und\s+(?P<n2>{number})\s+(?P<unit2>Monate|Monaten|Monat|Tage|Tagen))?){E}"
         rf"{AGE}", _duration_reading),
        (rf"{B}(?P<expr>(?P<n>(?i:{lex.alternation(lex.numbers)}))(?P<unit>tägig|wöchig|monatig)"
         rf"(?:e[nrms]?)?){E}",
         lambda m, x: Reading("duration", value=_duration(
             str(x.numbers[m["n"].lower()]),
             {"tägig": "D", "wöchig": "W", "monatig": "M"}[m["unit"]]))),
        (rf"{B}(?:um\s+)?(?P<expr>(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?\s*Uhr){E}", _time),
        (rf"{B}(?P<expr>(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?)(?=\s*(?:-|–|/|bis|und)\s*"
         rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*Uhr{E})", _time),
        (rf"{B}um\s+(?P<expr>(?P<h>\d{{1,2}})[:.](?P<min>\d{{2}})){E}(?![.:,]\d)", _time),
        (rf"{B}(?P<expr>(?P<half>halb\s+)?(?P<h>{hour_word})\s+Uhr){E}", _time),
        (rf"{B}(?P<expr>(?P<half>[Hh]alb)\s+(?P<h>{hour_word})){E}(?=\s+(?:Uhr|morgens|abends|"
         rf"am|in der|Ortszeit))", _time),
        (rf"{B}um\s+(?P<expr>(?P<half>halb)\s+(?P<h>{hour_word})){E}", _time),
        (rf"{B}[Aa]m\s+(?P<expr>(?:(?:späten|frühen)\s+)?(?P<part>Morgen|"
         rf"Vormittag|Mittag|Nachmittag|Abend)){E}",
         lambda m, x: Reading("day_part", day_part=x.day_parts[m["part"].lower()])),
        (rf"{B}(?P<expr>{references}){E}(?!\s+als)(?!\s+oder\s+später)",
         lambda m, x: Reading("ref", value=_entry(x.reference_words, m["expr"]))),
        (rf"{B}(?P<expr>{sets})(?:e[nrms]?)?{E}",
         lambda m, x: Reading("set", value=_entry(x.sets, m["expr"]))),
        (rf"{B}(?P<expr>{quantifiers}\s+(?:(?:zweiten|dritten)\s+)?(?P<unit>Tag|Woche|Monat|Jahr|"
         rf"Stunde|Minute)){E}(?!\s*\d)",
         lambda m, x: Reading("set", value=_duration("1", x.units[m["unit"]]))),
        (rf"{B}des\s+(?P<expr>(?P<part>(?i:{adverbs}))){E}",
         lambda m, x: Reading("day_part", day_part=x.day_part_adverbs[m["part"].lower()])),
        (rf"{B}(?<!des )(?P<expr>{adverbs}){E}",
         lambda m, x: Reading("set", value="XXXX-XX-XXT" + x.day_part_adverbs[m["expr"].lower()])),
    ]
    return tuple((re.compile(pattern), build) for pattern, build in rules)


DAY_SPECIFIC = re.compile(
    r"\b(?:gestern|morgen|vorgestern|übermorgen|Uhr|Abend|Nachmittag|Vormittag|Montag|Dienstag|"
    r"Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|soll|sollen)\b", re.I)


def _entry(mapping: dict[str, str], expression: str) -> str:
    """The lexicon value of a multi-word expression as written, or with a sentence-initial
    capital undone ("Damals", "Tag für Tag")."""
    key = " ".join(expression.split())
    return mapping.get(key) or mapping[key[0].lower() + key[1:]]


LEAP_YEAR = 2024


def _possible(reading: Reading) -> bool:
    """Whether the day and month of a reading can exist ("42. Jänner" and "2. 17." cannot); the
    29th of February exists in some year."""
    if reading.month is not None and not 1 <= reading.month <= 12:
        return False
    if reading.year is not None and not 1 <= reading.year <= 9999:
        return False
    if reading.day is None:
        return True
    year = reading.year or LEAP_YEAR
    last = calendar.monthrange(year, reading.month)[1] if reading.month else 31
    return 1 <= reading.day <= last


def find(text: str) -> list[Found]:
    """Every time expression in `text`, leftmost-longest, without overlaps."""
    return list(_find(text))


@lru_cache(maxsize=FOUND_CACHE)
def _find(text: str) -> tuple[Found, ...]:
    """`find`, remembered: dating and annotation read the same sentences several times."""
    lex = german()
    candidates: list[Found] = []
    for pattern, build in _rules():
        for match in pattern.finditer(text):
            reading = build(match, lex)
            if reading is None or not _possible(reading):
                continue
            group = "expr" if match.groupdict().get("expr") else 0
            start, end = match.span(group)
            candidates.append(Found(start, end, text[start:end], reading))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[Found] = []
    for found in candidates:
        if not chosen or found.start >= chosen[-1].end:
            chosen.append(found)
    return tuple(chosen)


def _weekday_of_date(text: str, found: Found, following: Found | None) -> bool:
    """Whether `found` is a weekday that the full date after it repeats ("Dienstag, 9. März"):
    one day, which the date states."""
    return found.reading.kind == "weekday" and following is not None and \
        following.reading.kind == "date" and following.reading.day is not None and \
        WEEKDAY_APPOSITION.fullmatch(text, found.end, following.start) is not None


def iter_resolved(text: str, dct: date | None, sentences: list[Sentence] | None = None
                  ) -> Iterator[tuple[Found, Sentence, str, Resolved]]:
    """Each expression with its sentence, the tense of its clause and its value against `dct`.

    Anchored expressions count from the last day named before; clock times and parts of the day
    belong to the last day named in the same or the previous sentence or earlier in the same
    paragraph ("Am Dienstag tagt ... . ... . Am Nachmittag folgt ..."), else to the DCT; a clock
    time after a word of recurrence ("jeweils 20 Uhr", "wochentags von 14 bis 18 Uhr") belongs
    to no day, unless a day is named between the two ("jeweils 20 Uhr, am 9. Mai 18 Uhr"). A
    month or day without a year told in the past right after a past year is named belongs to
    that year ("1992 wurde das Hotel verkauft. Im April zog der Besitzer ein"). A weekday that a
    full date right after it repeats ("Dienstag, 9. März") is left to the date."""
    previous: date | None = None
    recent: tuple[int, date] | None = None
    narrated: tuple[int, int] | None = None  # (sentence, year) of the last past year named
    paragraph_start, last_end = 0, 0  # index of the paragraph's first sentence; end of the last
    for sentence in sentences if sentences is not None else split(text):
        if PARAGRAPH_BREAK.search(text, last_end, max(last_end, sentence.start)):
            paragraph_start = sentence.index
        last_end = sentence.end
        day_named_end = 0
        expressions = find(sentence.text)
        for position, found in enumerate(expressions):
            following = expressions[position + 1] if position + 1 < len(expressions) else None
            if _weekday_of_date(sentence.text, found, following):
                continue
            tense = tense_at(sentence.text, found.start)
            near = recent[1] if recent and (sentence.index - recent[0] <= 1 or
                                            recent[0] >= paragraph_start) else None
            reading = found.reading
            if narrated and sentence.index - narrated[0] <= 1 and tense in PAST_TENSES and \
                    reading.kind in ("month", "date") and reading.year is None and \
                    reading.unit is None:
                reading = replace(reading, year=narrated[1])
            if reading.kind == "time" and RECURRING.search(sentence.text, day_named_end,
                                                           found.start):
                resolved = Resolved("TIME", f"T{reading.time}", None, None, "time")
            else:
                resolved = resolve(reading, dct, tense, previous, near)
            if reading.year is not None and dct is not None and reading.year < dct.year:
                narrated = (sentence.index, reading.year)
            if resolved.last_day and resolved.precision == "day":
                previous = resolved.last_day
                if found.reading.kind not in ("time", "day_part"):
                    recent = (sentence.index, resolved.last_day)
                    day_named_end = found.end
            yield found, sentence, tense, resolved
