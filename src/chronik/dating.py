"""Find the publication date (document creation time) of an article, and say how it was found.

In this order: (1) metadata (JSON Lines `published`, HTML meta tags read by htmldate, a
`date YYYY-MM-DD` header; a month-only header is a constraint, not an answer); (2) a dateline in
the text ("Stand: 03.01.2022 01:45 Uhr", "Berlin, 3. Januar 2022 -"); (3) inference: every
candidate day inside the constraint is scored by how well it explains the article's relative
references (a past-tense weekday lies 0–6 days back, a future one 0–6 days ahead, bare months and
days without a year lie close by in the direction of their tense), times a prior that favours
days near the publication dates of other articles in the same collection, times the fit with
recurring events the text mentions (`data/calendar_de.yaml`). An article dated alone (no month,
no collection) is inferred only when a sentence ties its day to a stated date (`fixes_a_day`);
otherwise it gets no date rather than a guess. After event extraction, `redate`
checks an inferred date once more against events that firmly dated articles already put in the
chronicle.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources

import yaml

from .records import Article, Event, Sentence
from .sentences import split
from .timex import find
from .timex.tagger import Found
from .timex.lexicon import german
from .timex.readings import resolve
from .timex.tense import tense_at

# How likely a weekday reference lies k days from the publication date, by the tense of its clause.
WEEKDAY_BACK = {"past": (.3, .3, .15, .1, .07, .05, .03),
                "pluperfect": (.05, .3, .2, .15, .12, .1, .08)}
WEEKDAY_AHEAD = (.05, .35, .2, .15, .1, .08, .07)
# How likely the publication day lies k = 0..7 days after a dated event told in the past tense,
# and k days before one told in the future tense; beyond a week the likelihood decays slowly.
DAYS_AFTER_PAST = (.12, .3, .15, .1, .07, .05, .04, .03)
DAYS_BEFORE_FUTURE = (.04, .12, .1, .09, .08, .07, .06, .05)
TAIL_SCALE_DAYS = 30.0
CONTEXT_SCALE_DAYS = 30.0
FLOOR = 0.01
# Inferred dates that events already in the chronicle may correct, the kinds of expression whose
# date depends on the publication day, and the likelihood of a day on which they disagree.
INFERRED_METHODS = ("inferred", "inferred within month", "month only")
RELATIVE_KINDS = ("weekday", "relative_day", "relative_unit", "date", "month", "weekend",
                  "season", "year_edge")
EVENT_MISMATCH = 0.05
# A month-only date stands for the middle of the month: the day with the least expected error.
MIDDLE_OF_MONTH = 15
# What may stand between "heute"/"gestern"/"morgen" and the date it is in apposition to.
APPOSITION = re.compile(r"[\s,]*(?:(?:am|dem|den|der)\s+)?(?:(?:Montag|Dienstag|Mittwoch|"
                        r"Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)[\s,]*)?"
                        r"(?:(?:am|dem|den|der)\s+)?")
# Publication dates outside these years are input errors, not news.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2100


def date_article(article: Article) -> Article:
    """Set `published`, `date_method`, `date_confidence` and `date_clue` (the evidence).
    `article.collection_dates` holds known dates of other articles of the same collection, used
    only when the text leaves the year open."""
    month = _month_constraint(article)
    dateline = _dateline(article.text, month)
    for method, found, clue in (
            ("metadata", parse_day(article.metadata_date), f"metadata: {article.metadata_date}"),
            ("header", parse_day(article.header_date), f"date line: {article.header_date}"),
            ("dateline", *(dateline or (None, None)))):
        if found and plausible(found) and (month is None or (found.year, found.month) == month):
            article.published = found
            article.date_method, article.date_confidence, article.date_clue = method, 0.95, clue
            return article
    stated = stated_day(article.text)
    if stated and plausible(stated[0]) and (month is None or
                                            (stated[0].year, stated[0].month) == month):
        article.published, article.date_clue = stated
        article.date_method, article.date_confidence = "stated day", 0.9
        return article
    inferred = infer(article.text, month, article.collection_dates)
    alone = month is None and not article.collection_dates
    fixing = fixes_a_day(article.text)
    if inferred and plausible(inferred[0]) and (not alone or fixing):
        article.published, article.date_confidence = inferred
        article.date_method = "inferred" if month is None else "inferred within month"
        article.date_clue = fixing or _references(article.text)
    elif month:
        article.published = date(month[0], month[1], MIDDLE_OF_MONTH)
        article.date_method, article.date_confidence = "month only", 0.1
        article.date_clue = f"month: {month[0]}-{month[1]:02d}"
    return article


def redate(article: Article) -> bool:
    """Reconsider an inferred date with the events the chronicle already holds.

    When this article reports an event that another, firmly dated article reports too (same type,
    same actors) with a date, the right publication day is one on which this article's relative
    expression for it ("wollen am Donnerstag telefonieren") names that date. Returns whether the
    date changed; the caller then annotates the article again."""
    if article.date_method not in INFERRED_METHODS or not article.known_events:
        return False
    checks = [check for event in article.events if (check := _event_check(event, article))]
    if not checks:
        return False
    inferred = infer(article.text, _month_constraint(article), article.collection_dates, checks)
    if inferred is None or inferred[0] == article.published or not plausible(inferred[0]):
        return False
    article.date_clue = f"events that dated articles report; {_references(article.text)}"
    article.published, article.date_confidence = inferred
    article.date_method = "inferred from chronicle"
    return True


def _event_check(event: Event, article: Article) -> Callable[[date], float] | None:
    """A likelihood over publication days from the chronicle's dates of the same event."""
    pairs = {(event.source, event.target)}
    if event.type == "CONSULT":
        pairs.add((event.target, event.source))
    known = [k for k in article.known_events
             if k.type == event.type and (k.source, k.target) in pairs]
    relative = [t for t in event.dated_by if t.reading is not None
                and t.reading.kind in RELATIVE_KINDS and not t.reading.year]
    if not known or not relative:
        return None

    def check(day: date) -> float:
        for timex in relative:
            resolved = resolve(timex.reading, day, timex.tense)
            if resolved.first_day and any(resolved.first_day <= k.last_day and
                                          k.first_day <= resolved.last_day for k in known):
                return 1.0
        return EVENT_MISMATCH

    return check


def _month_constraint(article: Article) -> tuple[int, int] | None:
    for value in (article.metadata_date, article.header_date):
        month = parse_month(value)
        if month:
            return month
    return None


def fixes_a_day(text: str) -> str | None:
    """The words by which the text ties its own day to a stated date, if it does: today,
    yesterday or tomorrow in apposition to a day of a month ("gestern, am 3. Januar", "heute,
    Montag, den 3. Januar", "am gestrigen Dienstag, dem 4. März"). Without such a clue, a month or
    the dates of a collection, the likeliest day is a guess, and a wrong publication date shifts
    every relative date of the article: then the article gets none."""
    for deictic, stated, sentence in _appositions(text):
        return sentence[deictic.start:stated.end]
    return None


def stated_day(text: str) -> tuple[date, str] | None:
    """The publication day a deictic day in apposition to a full date gives ("am gestrigen
    Dienstag, dem 4. März 2031" → 5 March 2031), with those words; None when no such date has a
    year, or when its weekday contradicts the one the text names."""
    for deictic, stated, sentence in _appositions(text):
        reading = stated.reading
        if reading.year is None:
            continue
        try:
            named = date(reading.year, reading.month, reading.day)
        except ValueError:
            continue
        weekday = deictic.reading.weekday
        if weekday is not None and named.isoweekday() != weekday:
            continue
        return named - timedelta(days=deictic.reading.offset), sentence[deictic.start:stated.end]
    return None


def _appositions(text: str) -> Iterator[tuple[Found, Found, str]]:
    """(deictic day, stated date, sentence) for each today/yesterday/tomorrow that a date of a
    month follows in apposition."""
    for sentence in split(text):
        found = find(sentence.text)
        deictic = [f for f in found if f.reading.kind == "relative_day"
                   or (f.reading.kind == "ref" and f.text.lower().startswith("heut"))]
        days = [f for f in found if f.reading.kind == "date" and f.reading.day]
        for d in deictic:
            for t in days:
                if d.end <= t.start and APPOSITION.fullmatch(sentence.text[d.end:t.start]):
                    yield d, t, sentence.text


def _references(text: str, most: int = 3) -> str:
    """The first time expressions of the text that place its day, as the clue of an inference
    ("am Samstag; 26. Dezember; gestern")."""
    words = [f.text for sentence in split(text) for f in find(sentence.text)
             if f.reading.kind in ("weekday", "date", "relative_day")]
    return "; ".join(list(dict.fromkeys(words))[:most]) if words else "the collection's dates"


def plausible(day: date) -> bool:
    """Whether `day` can be a news article's publication date (EARLIEST_YEAR–LATEST_YEAR)."""
    return EARLIEST_YEAR <= day.year <= LATEST_YEAR


def parse_month(value: str | None) -> tuple[int, int] | None:
    """(year, month) of a month-only date "YYYY-MM" within the plausible years, else None."""
    if value and re.fullmatch(r"\d{4}-\d{2}", value.strip()):
        year, month = map(int, value.split("-"))
        if 1 <= month <= 12 and EARLIEST_YEAR <= year <= LATEST_YEAR:
            return year, month
    return None


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
        if match:
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                return None
    return None


def _dateline(text: str, month: tuple[int, int] | None) -> tuple[date, str] | None:
    """A date that the page states as its own, with its line: after a dateline keyword, or
    opening a line."""
    keywords = "|".join(re.escape(k) for k in german().dateline_keywords)
    lines = text.split("\n")
    for line in lines[:6] + lines[-4:]:
        keyed = [(m.start(), m.end(), 40) for m in re.finditer(rf"(?:{keywords})\s*:?\s*", line)]
        opening = re.match(r"[A-ZÄÖÜ][\w./ -]{1,30},\s+(?:den\s+)?", line)
        windows = keyed + ([(0, opening.end(), 30)] if opening else [])
        if len(line.split()) <= 4:
            windows.append((0, 0, len(line)))
        for clue_start, start, width in windows:
            found = _first_date(line[start:start + width], month, anchored=True)
            if found:
                return found, line[clue_start:start + width].strip()
    return None


def _first_date(text: str, month: tuple[int, int] | None, anchored: bool) -> date | None:
    for found in find(text):
        if anchored and found.start > 0:
            return None
        reading = found.reading
        if reading.kind != "date":
            return None
        year = reading.year or (month[0] if month else None)
        if year is None:
            return None
        try:
            return date(year, reading.month, reading.day)
        except ValueError:
            return None
    return None


def infer(text: str, month: tuple[int, int] | None, context: Sequence[date] = (),
          checks: Sequence[Callable[[date], float]] = ()) -> tuple[date, float] | None:
    """The most likely publication day and its share of the probability mass, or None.

    `checks` are further likelihoods of a candidate day (see `redate`); mentions of recurring
    events from the calendar (`data/calendar_de.yaml`) add their own."""
    sentences = split(text)
    checks = [*checks, *_calendar_checks(sentences)]
    clues = _clues(sentences)
    candidates = _candidates(month, context, clues)
    if not candidates or not (clues or context or checks):
        return None
    scores = [(_score(day, clues) * _prior(day, context) * math.prod(c(day) for c in checks), day)
              for day in candidates]
    total = sum(score for score, _ in scores)
    middle = candidates[len(candidates) // 2]
    best_score, best = max(scores, key=lambda pair: (pair[0], -abs((pair[1] - middle).days)))
    if total <= 0:
        return None
    return best, round(best_score / total, 3)


@dataclass(frozen=True)
class Recurring:
    """A recurring event ("Münchner Sicherheitskonferenz") and its editions' days."""

    name: str
    pattern: re.Pattern[str]
    editions: tuple[tuple[int | None, date, date], ...]


@cache
def calendar_events() -> tuple[Recurring, ...]:
    rows = yaml.safe_load(resources.files("chronik.data").joinpath("calendar_de.yaml")
                          .read_text("utf-8"))
    events = []
    for row in rows:
        names = "|".join(re.escape(p) for p in sorted(row["patterns"], key=len, reverse=True))
        pattern = re.compile(rf"(?:(?P<edition>\d{{1,3}})\.\s+)?(?<![\w-])(?:{names})(?![\w-])")
        editions = []
        for edition in row["editions"]:
            if not edition.get("source"):
                raise ValueError(f"calendar edition of {row['name']} names no source")
            editions.append((edition.get("edition"), _as_date(edition["first"]),
                             _as_date(edition["last"])))
        events.append(Recurring(row["name"], pattern, tuple(editions)))
    return tuple(events)


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _calendar_checks(sentences: list[Sentence]) -> list[Callable[[date], float]]:
    """One likelihood per mention of a recurring event in one of its editions (the numbered one,
    "die 58. Sicherheitskonferenz", when the text says which). When the sentence dates it ("Am
    Freitag beginnt ..."), a publication day must make that date fall on the edition; otherwise
    the article is written near an edition, before it in the future tense, after it in the past."""
    checks: list[Callable[[date], float]] = []
    for sentence in sentences:
        for recurring in calendar_events():
            for match in recurring.pattern.finditer(sentence.text):
                number = int(match["edition"]) if match["edition"] else None
                editions = [(first, last) for edition, first, last in recurring.editions
                            if number is None or edition == number]
                if not editions:
                    continue
                tense = tense_at(sentence.text, match.start())
                dated = [(f.reading, tense_at(sentence.text, f.start)) for f in find(sentence.text)
                         if f.reading.kind in ("weekday", "date", "relative_day")]
                checks.append(_edition_check(editions, tense, dated))
    return checks


def _edition_check(editions: list[tuple[date, date]], tense: str,
                   dated: list[tuple[object, str]]) -> Callable[[date], float]:
    def check(day: date) -> float:
        if dated:
            for reading, reading_tense in dated:
                resolved = resolve(reading, day, reading_tense)
                if resolved.first_day and any(first <= resolved.first_day <= last
                                              for first, last in editions):
                    return 1.0
            return EVENT_MISMATCH
        return max(_day_likelihood((day - first).days, tense) for first, _ in editions)

    return check


def _clues(sentences: list[Sentence]) -> list[tuple[object, str]]:
    clues = []
    for sentence in sentences:
        for found in find(sentence.text):
            if found.reading.kind in ("weekday", "date", "month", "year"):
                clues.append((found.reading, tense_at(sentence.text, found.start)))
    return clues


def _candidates(month: tuple[int, int] | None, context: Sequence[date],
                clues: list[tuple[object, str]]) -> list[date]:
    if month:
        first = date(month[0], month[1], 1)
        return [first + timedelta(days=i) for i in range(calendar.monthrange(*month)[1])]
    if context:
        first, last = min(context) - timedelta(days=60), max(context) + timedelta(days=60)
    else:
        stated = [resolve(r, None).last_day for r, _ in clues
                  if r.kind in ("date", "month") and r.year]
        if not stated:
            return []
        first, last = max(stated) - timedelta(days=14), max(stated) + timedelta(days=120)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _score(day: date, clues: list[tuple[object, str]]) -> float:
    score = 1.0
    for reading, tense in clues:
        score *= _likelihood(day, reading, tense)
    return score


def _likelihood(day: date, reading, tense: str) -> float:
    if reading.kind == "weekday":
        if reading.direction == 0:
            return 0.8 if day.isoweekday() == reading.weekday else 0.03
        back = (day.isoweekday() - reading.weekday) % 7
        ahead = (reading.weekday - day.isoweekday()) % 7
        if reading.direction == -1 or (reading.direction is None and tense in WEEKDAY_BACK):
            return WEEKDAY_BACK.get(tense, WEEKDAY_BACK["past"])[back]
        return WEEKDAY_AHEAD[ahead]
    resolved = resolve(reading, day, tense)
    if resolved.first_day is None:
        return 1.0
    if resolved.precision == "day":
        return _day_likelihood((day - resolved.first_day).days, tense)
    if resolved.first_day > day:
        gap = (resolved.first_day - day).days
        return FLOOR if tense in ("past", "pluperfect") else _closeness(gap)
    gap = (day - resolved.last_day).days if resolved.last_day < day else 0
    return FLOOR if tense == "future" and gap > 0 else _closeness(gap)


def _day_likelihood(days_after: int, tense: str) -> float:
    """How likely the publication day lies `days_after` days after a named day (negative: before
    it), by the tense of the clause; the present tense of news is either."""
    after = _table(DAYS_AFTER_PAST, days_after) if days_after >= 0 else FLOOR
    before = _table(DAYS_BEFORE_FUTURE, -days_after) if days_after <= 0 else FLOOR
    if tense in ("past", "pluperfect"):
        return after
    if tense == "future":
        return before
    return (after + before) / 2


def _table(table: tuple[float, ...], days: int) -> float:
    if days < len(table):
        return table[days]
    return max(FLOOR, table[-1] * math.exp(-(days - len(table) + 1) / TAIL_SCALE_DAYS))


def _closeness(gap_days: int) -> float:
    """References in news cluster near the publication date."""
    return 0.05 + math.exp(-gap_days / 45)


def _prior(day: date, context: Sequence[date]) -> float:
    if not context:
        return 1.0
    nearest = min(abs((day - known).days) for known in context)
    return 0.05 + math.exp(-nearest / CONTEXT_SCALE_DAYS)
