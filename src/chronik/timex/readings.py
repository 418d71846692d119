"""What a found time expression means before it is placed on the calendar.

The tagger turns text into `Reading`s; `resolve()` turns a reading, the publication date and the
tense of its clause into a TIMEX3 type and value and a calendar range. Keeping the two apart lets
the dating stage try candidate publication dates against the same readings.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

MONTH_TOLERANCE_DAYS = 31
PART_RANGES = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@dataclass(frozen=True, slots=True)
class Reading:
    """The meaning of a time expression. `kind` says which fields are used."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0
    unit: str | None = None
    part: str | None = None
    day_part: str | None = None
    time: str | None = None
    value: str | None = None
    direction: int | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    type: str
    value: str
    first_day: date | None
    last_day: date | None
    precision: str


def month_range(year: int, month: int, part: str | None = None) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    if part is None:
        return date(year, month, 1), date(year, month, last)
    low, high = PART_RANGES[part]
    return date(year, month, low), date(year, month, min(high, last))


def week_range(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def weekday_date(dct: date, weekday: int, direction: int) -> date:
    """The date of ISO `weekday` near `dct`: direction -1 back (0..6 days), 1 ahead, 0 same week."""
    delta = weekday - dct.isoweekday()
    if direction < 0:
        return dct - timedelta(days=(-delta) % 7)
    if direction > 0:
        return dct + timedelta(days=delta % 7)
    return dct + timedelta(days=delta)


def _direction(reading: Reading, tense: str, present: int) -> int:
    """Which way an expression without a year or week points: its own modifier, else the tense."""
    if reading.direction is not None:
        return reading.direction
    return {"past": -1, "pluperfect": -1, "future": 1}.get(tense, present)


def _month_year(dct: date, month: int, direction: int) -> int:
    """The year of a bare month: the latest one not after the DCT's month when looking back, the
    next one not before it when looking ahead, else the nearest ("steht im April an" written in
    October is next April), the DCT's year on a tie."""
    if direction < 0:
        return dct.year if month <= dct.month else dct.year - 1
    if direction > 0:
        return dct.year if month >= dct.month else dct.year + 1
    return min((dct.year - 1, dct.year, dct.year + 1),
               key=lambda year: (abs((date(year, month, 15) - dct).days), year != dct.year))


def _day_year(dct: date, month: int, day: int, direction: int) -> int:
    """The year of a day-and-month date without a year: the nearest one, unless it lies more
    than a month against the tense ("hatte am 20. Dezember" written on 5 January)."""
    candidates = [dct.year - 1, dct.year, dct.year + 1]
    days = sorted((date(y, month, day) for y in candidates
                   if day <= calendar.monthrange(y, month)[1]),
                  key=lambda d: abs((d - dct).days))
    return _in_direction(days, dct, direction).year


def _in_direction(days: list[date], dct: date, direction: int) -> date:
    """The first of `days` (sorted nearest first), unless it is more than a month on the wrong
    side of the DCT and one on the right side exists."""
    nearest = days[0]
    against = (nearest - dct).days * direction < -MONTH_TOLERANCE_DAYS
    if direction and against:
        return next((d for d in days if (d - dct).days * direction >= 0), nearest)
    return nearest


def _weekend(dct: date, direction: int) -> Resolved:
    """Saturday and Sunday: the last one (-1), the next one (1), or, for 0, the current one at
    the weekend, the last one early in the week and the next one from Thursday on."""
    weekday = dct.isoweekday()
    if weekday >= 6:
        saturday = dct - timedelta(days=weekday - 6)
        if direction < 0 and weekday == 6:
            saturday -= timedelta(days=7)
        elif direction > 0:
            saturday += timedelta(days=7)
    elif direction < 0 or (direction == 0 and weekday <= 3):
        saturday = dct - timedelta(days=weekday + 1)
    else:
        saturday = dct + timedelta(days=6 - weekday)
    iso = saturday.isocalendar()
    return Resolved("DATE", f"{iso.year}-W{iso.week:02d}-WE", saturday,
                    saturday + timedelta(days=1), "weekend")


def _day(day: date, precision: str = "day", suffix: str = "") -> Resolved:
    kind = "TIME" if suffix else "DATE"
    return Resolved(kind, day.isoformat() + suffix, day, day, precision)


def easter(year: int) -> date:
    """Easter Sunday (Gregorian calendar, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def season_range(year: int, code: str) -> tuple[date, date]:
    """Spring, summer and autumn of `year`; winter `year` runs from December of the year before."""
    if code == "WI":
        return date(year - 1, 12, 1), date(year, 2, calendar.monthrange(year, 2)[1])
    first_month = {"SP": 3, "SU": 6, "FA": 9}[code]
    last = calendar.monthrange(year, first_month + 2)[1]
    return date(year, first_month, 1), date(year, first_month + 2, last)


def year_part_range(year: int, unit: str, number: int) -> tuple[date, date]:
    months = 3 if unit == "Q" else 6
    first_month = (number - 1) * months + 1
    last_month = first_month + months - 1
    return date(year, first_month, 1), date(year, last_month,
                                            calendar.monthrange(year, last_month)[1])


def _choose_year(dct: date, direction: int,
                 span: Callable[[int], tuple[date, date]]) -> int:
    """The year whose span lies in `direction` from the DCT: -1 the latest that has begun, 1 the
    earliest that has not ended, 0 the one of the DCT's year (the nearest one for winter)."""
    years = (dct.year - 1, dct.year, dct.year + 1)
    if direction < 0:
        return max(y for y in years if span(y)[0] <= dct)
    if direction > 0:
        return min(y for y in years if span(y)[1] >= dct)
    return next((y for y in years if span(y)[0] <= dct <= span(y)[1]), dct.year)


def resolve(reading: Reading, dct: date | None, tense: str = "present",
            previous: date | None = None, recent: date | None = None) -> Resolved:
    """Place a reading on the calendar. Without a publication date, relative values stay open.

    `previous` is the last day named before in the text (for "am Tag danach"); `recent` the last
    day named in this or the previous sentence, the day a bare clock time belongs to."""
    resolved = _resolve(reading, dct, tense, previous, recent)
    if reading.value and reading.kind in ("relative_day", "relative_unit", "anchored") \
            and resolved.first_day:
        return Resolved("DURATION", reading.value, resolved.first_day, resolved.last_day,
                        resolved.precision)
    return resolved


def _resolve(reading: Reading, dct: date | None, tense: str, previous: date | None,
             recent: date | None) -> Resolved:
    kind = reading.kind
    if kind == "ref":
        return Resolved("DATE", reading.value or "PRESENT_REF", None, None, "reference")
    if kind == "fixed":
        return Resolved("DATE", reading.value or "", None, None, "fixed")
    if kind == "duration":
        return Resolved("DURATION", reading.value or "PX", None, None, "duration")
    if kind == "set":
        return Resolved("SET", reading.value or "P1D", None, None, "set")
    if kind == "year":
        return Resolved("DATE", f"{reading.year:04d}", date(reading.year, 1, 1),
                        date(reading.year, 12, 31), "year")
    if kind == "season" and reading.year:
        first, last = season_range(reading.year, reading.part)
        return Resolved("DATE", f"{reading.year:04d}-{reading.part}", first, last, "season")
    if kind == "year_part" and reading.year:
        first, last = year_part_range(reading.year, reading.unit, reading.offset)
        return Resolved("DATE", f"{reading.year:04d}-{reading.unit}{reading.offset}", first, last,
                        "quarter" if reading.unit == "Q" else "half-year")
    if kind == "easter" and reading.year:
        return _day(easter(reading.year) + timedelta(days=reading.offset))
    if kind == "date" and reading.year:
        suffix = f"T{reading.time}" if reading.time else ""
        return _day(date(reading.year, reading.month, reading.day), suffix=suffix)
    if kind == "month" and reading.year:
        first, last = month_range(reading.year, reading.month, reading.part)
        return Resolved("DATE", f"{reading.year:04d}-{reading.month:02d}", first, last,
                        f"{reading.part}-month" if reading.part else "month")
    if dct is None:
        return _unresolved(reading)
    if reading.unit == "year" and kind in ("date", "month"):
        return resolve(replace(reading, year=dct.year + reading.offset, unit=None, offset=0), dct)
    if kind == "season":
        year = _choose_year(dct, _direction(reading, tense, 0),
                            lambda y: season_range(y, reading.part))
        return resolve(replace(reading, year=year), dct)
    if kind == "year_part":
        year = _choose_year(dct, _direction(reading, tense, 0),
                            lambda y: year_part_range(y, reading.unit, reading.offset))
        return resolve(replace(reading, year=year), dct)
    if kind == "easter":
        days = sorted((easter(y) + timedelta(days=reading.offset) for y in
                       (dct.year - 1, dct.year, dct.year + 1)), key=lambda d: abs((d - dct).days))
        return _day(_in_direction(days, dct, _direction(reading, tense, 0)))
    if kind == "weekend":
        return _weekend(dct, _direction(reading, tense, 0))
    if kind == "date":
        year = _day_year(dct, reading.month, reading.day, _direction(reading, tense, 0))
        suffix = f"T{reading.time}" if reading.time else ""
        return _day(date(year, reading.month, reading.day), suffix=suffix)
    if kind == "month":
        year = _month_year(dct, reading.month, _direction(reading, tense, 0))
        return resolve(Reading("month", year=year, month=reading.month, part=reading.part), dct)
    if kind == "year_edge":
        ahead = _direction(reading, tense, 0) > 0
        year = dct.year + (1 if ahead and reading.part == "early" else 0)
        if not ahead and reading.part == "late" and dct.month <= 2:
            year -= 1
        return _relative_unit(Reading("relative_unit", unit="year", part=reading.part,
                                      offset=year - dct.year), dct)
    if kind == "weekday":
        day = weekday_date(dct, reading.weekday, _direction(reading, tense, 1))
        return _day(day, suffix=f"T{reading.day_part}" if reading.day_part else "")
    if kind == "relative_day":
        return _day(dct + timedelta(days=reading.offset),
                    suffix=f"T{reading.day_part}" if reading.day_part else "")
    if kind == "day_part":
        return _day(recent or dct, suffix=f"T{reading.day_part}")
    if kind == "time":
        return _day(recent or dct, suffix=f"T{reading.time}")
    if kind == "relative_unit":
        return _relative_unit(reading, dct)
    if kind == "anchored":
        anchor = previous or dct
        day = anchor + timedelta(days=reading.offset)
        return _day(day)
    raise ValueError(f"unknown reading kind {kind!r}")


def _relative_unit(reading: Reading, dct: date) -> Resolved:
    if reading.unit == "week":
        first, last = week_range(dct + timedelta(weeks=reading.offset))
        iso = first.isocalendar()
        if reading.part:
            first, last = _part_of_week(first, reading.part)
        return Resolved("DATE", f"{iso.year}-W{iso.week:02d}", first, last,
                        f"{reading.part}-week" if reading.part else "week")
    if reading.unit == "month":
        month_index = dct.year * 12 + dct.month - 1 + reading.offset
        year, month = divmod(month_index, 12)
        return resolve(Reading("month", year=year, month=month + 1, part=reading.part), dct)
    year = dct.year + reading.offset
    if reading.part:
        first, last = {"early": (date(year, 1, 1), date(year, 2, 28)),
                       "mid": (date(year, 5, 1), date(year, 8, 31)),
                       "late": (date(year, 11, 1), date(year, 12, 31))}[reading.part]
        return Resolved("DATE", f"{year:04d}", first, last, f"{reading.part}-year")
    return Resolved("DATE", f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year")


def _part_of_week(monday: date, part: str) -> tuple[date, date]:
    low, high = {"early": (0, 2), "mid": (2, 4), "late": (4, 6)}[part]
    return monday + timedelta(days=low), monday + timedelta(days=high)


def _unresolved(reading: Reading) -> Resolved:
    """TIMEX3 values with X for what only the publication date could fill in."""
    if reading.kind == "date":
        return Resolved("DATE", f"XXXX-{reading.month:02d}-{reading.day:02d}", None, None, "day")
    if reading.kind == "month":
        return Resolved("DATE", f"XXXX-{reading.month:02d}", None, None, "month")
    if reading.kind == "weekday":
        return Resolved("DATE", f"XXXX-WXX-{reading.weekday}", None, None, "day")
    if reading.kind == "relative_unit" and reading.unit == "week":
        return Resolved("DATE", "XXXX-WXX", None, None, "week")
    if reading.kind == "season":
        return Resolved("DATE", f"XXXX-{reading.part}", None, None, "season")
    if reading.kind == "weekend":
        return Resolved("DATE", "XXXX-WXX-WE", None, None, "weekend")
    if reading.kind == "relative_unit" and reading.value:
        return Resolved("DURATION", reading.value, None, None, "duration")
    return Resolved("DATE", "XXXX-XX-XX", None, None, "unknown")
