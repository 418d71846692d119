"""The pipeline: the ordered stages every article passes, and `run()` that stores the result.

ingest → clean → date → annotate → fingerprint → extract → anchor, then per article in one
transaction: store → copies (link to stored articles it copies) → merge (into chronicle events) →
stories. Each per-article stage takes an `Article` and returns it; a stage that fails on one article
records an error for that article and the run goes on. An article whose date had to be inferred from
its content waits until the end of the run, so that the stated dates of the other articles can
narrow the inference down and the events they report can anchor it (the `anchor` stage).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tqdm import tqdm

from . import copies, ingest, merge, stories
from .annotate import annotate
from .clean import clean
from .dating import date_article, redate
from .dedup import NearDuplicateIndex
from .errors import InputError
from .events import extract
from .records import Article
from .store import Store

Stage = Callable[[Article], Article]


def anchor(article: Article) -> Article:
    """Correct an inferred publication date by events the chronicle holds, then annotate again."""
    if redate(article):
        article = extract(annotate(article))
    return article


STAGES: tuple[tuple[str, Stage], ...] = (
    ("clean", clean),
    ("date", date_article),
    ("annotate", annotate),
    ("fingerprint", copies.fingerprint),
    ("extract", extract),
    ("anchor", anchor),
)
FIRM_DATES = ("metadata", "header", "dateline")


@dataclass
class RunReport:
    """What a run did: articles added, articles already stored, inputs that failed, stories
    that new articles joined or started."""

    added: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    events: int = 0
    stories: set[int] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.failures


def process(article: Article, stages: Iterable[tuple[str, Stage]] = STAGES) -> Article:
    """Run `article` through `stages`; any error becomes an InputError naming the stage."""
    for name, stage in stages:
        try:
            article = stage(article)
        except InputError:
            raise
        except Exception as error:  # one broken article must not stop the run
            raise InputError(article.origin, f"{name} stage failed: {error!r}") from error
    return article


def run(paths: Iterable[str | Path], db: str | Path = "chronik.db",
        progress: bool | None = None) -> RunReport:
    """Process every article under `paths` into the database `db` and report what happened."""
    store = Store(db)
    report = RunReport()
    known = [row[0] for row in store.conn.execute(
        "SELECT published FROM articles WHERE published IS NOT NULL AND date_method IN "
        f"({','.join('?' * len(FIRM_DATES))})", FIRM_DATES)]
    collection = [date.fromisoformat(value) for value in known]
    deferred: list[Article] = []
    inputs = list(ingest.read(paths))
    show = progress if progress is not None else (len(inputs) > 5 and sys.stderr.isatty())
    try:
        index = copies.open_index(store)
        _catch_up(store, index, report)
        for item in tqdm(inputs, disable=not show, unit="article", desc="chronik"):
            if isinstance(item, InputError):
                report.failures.append(item)
                continue
            if _already_stored(store, item, report):
                continue
            try:
                article = process(item, STAGES[:2])
            except InputError as error:
                report.failures.append(error)
                continue
            if _already_stored(store, article, report):
                continue
            if article.date_method not in FIRM_DATES:
                deferred.append(article)
                continue
            collection.append(article.published)
            _finish(store, index, article, report, STAGES[2:])
        known_events = tuple(store.known_events(FIRM_DATES)) if deferred else ()
        for article in deferred:
            if _already_stored(store, article, report):
                continue
            article.collection_dates = tuple(collection)
            article.known_events = known_events
            article.published = None
            _finish(store, index, article, report, STAGES[1:])
        with store.transaction() as conn:
            for story_id in sorted(report.stories):
                stories.describe(conn, story_id)
    finally:
        store.close()
    return report


def _catch_up(store: Store, index: NearDuplicateIndex, report: RunReport) -> None:
    """Link and place in stories the articles stored before duplicate detection existed, in the
    order they arrived, as if they arrived now."""
    for article_id in store.unfingerprinted():
        article = copies.fingerprint(store.stored_article(article_id))
        with store.transaction() as conn:
            store.set_copy_keys(conn, article_id, copies.text_hash(article.text),
                                article.agencies)
            links = copies.link(article, article_id, store, conn, index)
            merge.recount(store, conn, article_id)
            report.stories.add(stories.assign(article, article_id, links, conn))
        index.add(article_id, article.fingerprint.signature)


def _already_stored(store: Store, article: Article, report: RunReport) -> bool:
    """Record `article` as a further origin of a stored one with the same text: before cleaning
    the same raw text, once cleaned the same words (which the same raw text also gives)."""
    if article.text:
        existing = store.article_with_text(copies.text_hash(article.text))
    else:
        existing = store.article_id(article.content_hash)
    if existing is None:
        return False
    store.add_origin(existing, article.origin, article.source)
    report.unchanged.append(existing)
    return True


def _finish(store: Store, index: NearDuplicateIndex, article: Article, report: RunReport,
            stages: tuple[tuple[str, Stage], ...]) -> None:
    try:
        article = process(article, stages)
    except InputError as error:
        report.failures.append(error)
        return
    with store.transaction() as conn:
        article_id = store.insert_article(conn, article, copies.text_hash(article.text))
        links = copies.link(article, article_id, store, conn, index)
        merge.merge(article, article_id, store, conn)
        report.stories.add(stories.assign(article, article_id, links, conn))
    index.add(article_id, article.fingerprint.signature)
    report.added.append(article_id)
    report.events += len(article.events)
