"""Find the publication date (document creation time) of an article, and say how it was found.

In this order: (1) metadata (JSON Lines `published`, HTML meta tags read by htmldate, a
`date YYYY-MM-DD` header; a month-only header is a constraint, not an answer); (2) a dateline in
the text ("Stand: 03.01.2022 01:45 Uhr", "Berlin, 3. Januar 2022 -"); (3) inference: every
candidate day inside the constraint is scored by how well it explains the article's relative
references (a past-tense weekday lies 0–6 days back, a future one 0–6 days ahead, bare months and
days without a year lie close by in the direction of their tense), times a prior that favours
days near the publication dates of other articles in the same collection.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from .records import Article
from .sentences import split
from .timex import find
from .timex.lexicon import german
from .timex.readings import resolve
from .timex.tense import tense_at

# How likely a weekday reference lies k days from the publication date, by the tense of its clause.
WEEKDAY_BACK = {"past": (.3, .3, .15, .1, .07, .05, .03),
                "pluperfect": (.05, .3, .2, .15, .12, .1, .08)}
WEEKDAY_AHEAD = (.05, .35, .2, .15, .1, .08, .07)
CONTEXT_SCALE_DAYS = 30.0
FLOOR = 0.01


def date_article(article: Article) -> Article:
    """Set `published`, `date_method` and `date_confidence`. `article.collection_dates` holds known
    dates of other articles of the same collection, used only when the text leaves the year open."""
    month = _month_constraint(article)
    for method, found in (("metadata", _parse_iso(article.metadata_date)),
                          ("header", _parse_iso(article.header_date)),
                          ("dateline", _dateline(article.text, month))):
        if found and (month is None or (found.year, found.month) == month):
            article.published = found
            article.date_method, article.date_confidence = method, 0.95
            return article
    inferred = infer(article.text, month, article.collection_dates)
    if inferred:
        article.published, article.date_confidence = inferred
        article.date_method = "inferred" if month is None else "inferred within month"
    elif month:
        article.published = date(month[0], month[1], 1)
        article.date_method, article.date_confidence = "month only", 0.1
    return article


def _month_constraint(article: Article) -> tuple[int, int] | None:
    for value in (article.metadata_date, article.header_date):
        if value and re.fullmatch(r"\d{4}-\d{2}", value.strip()):
            year, month = map(int, value.split("-"))
            if 1 <= month <= 12:
                return year, month
    return None


def _parse_iso(value: str | None) -> date | None:
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


def _dateline(text: str, month: tuple[int, int] | None) -> date | None:
    """A date that the page states as its own: after a dateline keyword, or opening a line."""
    keywords = "|".join(re.escape(k) for k in german().dateline_keywords)
    lines = text.split("\n")
    for line in lines[:6] + lines[-4:]:
        for match in re.finditer(rf"(?:{keywords})\s*:?\s*", line):
            found = _first_date(line[match.end():match.end() + 40], month, anchored=True)
            if found:
                return found
        opening = re.match(r"[A-ZÄÖÜ][\w./ -]{1,30},\s+(?:den\s+)?", line)
        if opening:
            found = _first_date(line[opening.end():opening.end() + 30], month, anchored=True)
            if found:
                return found
        if len(line.split()) <= 4:
            found = _first_date(line, month, anchored=True)
            if found:
                return found
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


def infer(text: str, month: tuple[int, int] | None, context: Sequence[date] = ()
          ) -> tuple[date, float] | None:
    """The most likely publication day and its share of the probability mass, or None."""
    clues = _clues(text)
    candidates = _candidates(month, context, clues)
    if not candidates or not (clues or context):
        return None
    scores = [(_score(day, clues) * _prior(day, context), day) for day in candidates]
    total = sum(score for score, _ in scores)
    best_score, best = max(scores, key=lambda pair: (pair[0], -abs(pair[1].toordinal())))
    if total <= 0:
        return None
    return best, round(best_score / total, 3)


def _clues(text: str) -> list[tuple[object, str]]:
    clues = []
    for sentence in split(text):
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
    if resolved.first_day > day:
        gap = (resolved.first_day - day).days
        return FLOOR if tense in ("past", "pluperfect") else _closeness(gap)
    gap = (day - resolved.last_day).days if resolved.last_day < day else 0
    return FLOOR if tense == "future" and gap > 0 else _closeness(gap)


def _closeness(gap_days: int) -> float:
    """References in news cluster near the publication date."""
    return 0.05 + math.exp(-gap_days / 45)


def _prior(day: date, context: Sequence[date]) -> float:
    if not context:
        return 1.0
    nearest = min(abs((day - known).days) for known in context)
    return 0.05 + math.exp(-nearest / CONTEXT_SCALE_DAYS)
