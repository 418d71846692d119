"""The per-article stages, in order, and the passes an engine runs them in.

clean → date → annotate → fingerprint → extract → anchor. Each stage takes an `Article` and
returns it, needing nothing stored, so an engine (`engines`) may run them anywhere and in any
order; `pipeline.run` stores the results.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from . import copies
from .annotate import annotate
from .clean import clean
from .dating import date_article, redate
from .errors import InputError
from .events import extract
from .records import Article, Processed

Stage = Callable[[Article], Article]


def anchor(article: Article) -> Article:
    """Correct an inferred publication date by events the chronicle holds, then annotate again."""
    if redate(article):
        article = extract(annotate(article))
    return article


FIRM_DATES = ("metadata", "header", "dateline", "stated day")
"""Publication dates read from the article itself, not inferred: such an article needs no
second pass."""

STAGES: tuple[tuple[str, Stage], ...] = (
    ("clean", clean),
    ("date", date_article),
    ("annotate", annotate),
    ("fingerprint", copies.fingerprint),
    ("extract", extract),
    ("anchor", anchor),
)

def process(article: Article, stages: Iterable[tuple[str, Stage]] = STAGES,
            seconds: dict[str, float] | None = None) -> Article:
    """Run `article` through `stages`, adding each stage's time to `seconds`; any error becomes
    an InputError naming the stage."""
    for name, stage in stages:
        started = time.perf_counter()
        try:
            article = stage(article)
        except InputError:
            raise
        except Exception as error:  # one broken article must not stop the run
            raise InputError(article.origin, f"{name} stage failed: {error!r}") from error
        finally:
            if seconds is not None:
                seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started
    return article


def first_pass(article: Article) -> Processed:
    """Clean and date an article; one with a firm date goes on through the remaining stages."""
    seconds: dict[str, float] = {}
    try:
        article = process(article, STAGES[:2], seconds)
        if article.date_method in FIRM_DATES:
            article = process(article, STAGES[2:], seconds)
    except InputError as error:
        return Processed(None, error, seconds)
    return Processed(article, None, seconds)


def second_pass(article: Article) -> Processed:
    """Date again an article whose date was inferred, now among the run's dates and events, and
    run the remaining stages."""
    seconds: dict[str, float] = {}
    try:
        return Processed(process(article, STAGES[1:], seconds), None, seconds)
    except InputError as error:
        return Processed(None, error, seconds)


def warm_up() -> None:
    """Load every lexicon, pattern and model the stages use, as an engine's worker does once."""
    first_pass(Article(origin="warm-up", raw="Berlin (dpa) – Scholz traf am Montag Macron.",
                       metadata_date="2022-03-01"))
