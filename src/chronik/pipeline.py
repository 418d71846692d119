"""The pipeline: `run()` passes every article through the stages (`stages`) and stores the result.

ingest → clean → date → annotate → fingerprint → extract → anchor, then per article, all or
nothing: store → copies (link to stored articles it copies) → merge (into chronicle events) →
stories; articles are committed COMMIT_EVERY at a time or every COMMIT_SECONDS, whichever comes
first, so that a crash loses at most those, which a re-run stores again; Ctrl-C or SIGTERM commits
every finished article before the run stops. One run writes to a database at a time
(`store.lock`); a second waits for it. The per-article stages take an `Article` and return it
and need nothing stored, so an engine (see `engines`) may run them anywhere, in any order; the storing steps then
run one article at a time, in input order, so every engine builds the same chronicle. A stage that
fails on one article records an error for that article and the run goes on.

An article whose date had to be inferred from its content waits until the end of the run, so that
the stated dates of the other articles can narrow the inference down and the events they report
can anchor it (the `anchor` stage).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tqdm import tqdm

from . import copies, ingest, merge, stories
from .dedup import NearDuplicateIndex
from .engines import Engine, make_engine
from .errors import InputError, RunInterrupted, StoreError
from .records import Article, Processed
from .stages import FIRM_DATES, first_pass, second_pass
from .store import Store
from .store.lock import run_lock

STORING_STEPS = ("store", "copies", "merge", "stories")
COMMIT_EVERY = 1000
COMMIT_SECONDS = 3.0


@dataclass
class RunReport:
    """What a run did: articles added, articles already stored, inputs that failed, what was
    mended in stored articles ("origin: warning"), stories that new articles joined or started,
    and the seconds spent in each stage and storing step (summed over articles, wherever an
    engine ran them)."""

    added: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    events: int = 0
    stories: set[int] = field(default_factory=set)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures

    def add_seconds(self, seconds: dict[str, float]) -> None:
        for name, value in seconds.items():
            self.seconds[name] = self.seconds.get(name, 0.0) + value


def run(paths: Iterable[str | Path], db: str | Path = "chronik.db",
        progress: bool | None = None, engine: str | Engine = "local",
        max_chars: int = ingest.MAX_CHARS) -> RunReport:
    """Process every article under `paths` into the database `db` and report what happened.

    `engine` runs the per-article stages: "local" (this process), "ray" (Ray Data on this machine),
    or an `Engine`, such as `engines.make_engine("ray", address=...)` for a cluster. An article's
    text beyond `max_chars` characters is cut off, with a warning. Ctrl-C (KeyboardInterrupt)
    commits every finished article and raises `RunInterrupted` with the report so far."""
    runner = make_engine(engine) if isinstance(engine, str) else engine
    report = RunReport()
    try:
        with run_lock(str(db), _say):
            store = Store(db)
            try:
                _run(paths, store, runner, progress, max_chars, report)
            except KeyboardInterrupt:
                _finish_stories(store)
                raise
            finally:
                store.close()
    except sqlite3.OperationalError as error:
        raise StoreError(f"cannot write to {db}: {error} (another program holds it?)") from error
    except KeyboardInterrupt:
        raise RunInterrupted(report) from None
    finally:
        runner.close()
    return report


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _finish_stories(store: Store) -> None:
    """Label the stories that stored articles joined (after an interrupt too)."""
    with store.transaction() as conn:
        stories.describe_pending(conn)


def _run(paths: Iterable[str | Path], store: Store, runner: Engine, progress: bool | None,
         max_chars: int, report: RunReport) -> None:
    known = [row[0] for row in store.conn.execute(
        "SELECT published FROM articles WHERE published IS NOT NULL AND date_method IN "
        f"({','.join('?' * len(FIRM_DATES))})", FIRM_DATES)]
    collection = [date.fromisoformat(value) for value in known]
    show = progress if progress is not None else sys.stderr.isatty()
    with store.batches(COMMIT_EVERY, COMMIT_SECONDS) as stored:
        index = copies.open_index(store)
        _catch_up(store, index, report)
        deferred: list[Article] = []
        for article, processed in tqdm(_first_results(store, runner, paths, report, max_chars),
                                       disable=not show, unit="article", desc="chronik"):
            article = _new(store, processed or first_pass(article), report)
            if article is None:
                continue
            if article.date_method not in FIRM_DATES:
                deferred.append(article)
                continue
            collection.append(article.published)
            _store(store, index, article, report, stored)
        deferred = [a for a in deferred if not _already_stored(store, a, report)]
        known_events = tuple(store.known_events(FIRM_DATES)) if deferred else ()
        for article in deferred:
            article.collection_dates = tuple(collection)
            article.known_events = known_events
            article.published = None
        for processed in runner.map(second_pass, deferred):
            article = _new(store, processed, report)
            if article is not None:
                _store(store, index, article, report, stored)
        _finish_stories(store)


def _first_results(store: Store, runner: Engine, paths: Iterable[str | Path],
                   report: RunReport, max_chars: int
                   ) -> Iterator[tuple[Article, Processed | None]]:
    """Each new input with what the first pass made of it, in input order.

    Inputs whose raw text is stored already only add an origin. A repeat of an earlier input of
    this run is not sent to the engine: it yields None, to be stored as a further origin of the
    earlier one or, if that one failed, processed here."""
    pending: deque[tuple[Article, bool]] = deque()

    def fresh() -> Iterator[Article]:
        seen: set[str] = set()
        for item in ingest.read(paths, max_chars):
            if isinstance(item, InputError):
                report.failures.append(item)
            elif item.content_hash in seen:
                pending.append((item, True))
            elif not _already_stored(store, item, report):
                seen.add(item.content_hash)
                pending.append((item, False))
                yield item

    for processed in runner.map(first_pass, fresh()):
        while True:
            article, repeat = pending.popleft()
            if not repeat:
                break
            if not _already_stored(store, article, report):
                yield article, None
        yield article, processed
    for article, _ in pending:
        if not _already_stored(store, article, report):
            yield article, None


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


def _new(store: Store, processed: Processed, report: RunReport) -> Article | None:
    """The processed article if it is to be stored: not failed, and not the text of a stored
    one (then only its origin is recorded). Its stage times count either way."""
    report.add_seconds(processed.seconds)
    if processed.error is not None:
        report.failures.append(processed.error)
        return None
    if _already_stored(store, processed.article, report):
        return None
    return processed.article


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


def _store(store: Store, index: NearDuplicateIndex, article: Article, report: RunReport,
           stored: Callable[[], None]) -> None:
    """Store a processed article with its copy links, chronicle events and story, atomically;
    `stored` commits the batch when it is full."""
    seconds = dict.fromkeys(STORING_STEPS, 0.0)
    clock = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[step] += now - clock
        clock = now

    with store.transaction() as conn:
        article_id = store.insert_article(conn, article, copies.text_hash(article.text))
        lap("store")
        links = copies.link(article, article_id, store, conn, index)
        lap("copies")
        merge.merge(article, article_id, store, conn)
        lap("merge")
        report.stories.add(stories.assign(article, article_id, links, conn))
        lap("stories")
    stored()
    lap("store")
    report.add_seconds(seconds)
    report.added.append(article_id)
    report.warnings.extend(f"{article.origin}: {warning}" for warning in article.warnings)
    report.events += len(article.events)
