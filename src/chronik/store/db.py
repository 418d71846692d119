"""SQLite storage: one writer that saves whole articles atomically, and read queries.

Each article is written in one transaction together with the chronicle events it updates, so a
crash loses at most the article in flight. Articles are keyed by content hash: saving one that is
already stored only records its origin.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import numpy as np

from ..actors import load as load_actors
from ..actors.recognize import UNKNOWN
from ..errors import StoreError
from ..events.lexicon import SYMMETRIC_TYPES
from ..records import (Article, Event, Fingerprint, KnownEvent, Link, Mention, RemovedLine,
                       Sentence)
from .migrations import migrate



AGENCY_SEPARATOR = ", "
# Page cache of the writer in KiB (SQLite keeps 2 MiB by default): the copy and story lookups
# read B-trees spread over the whole file, which at 100,000 articles is over a gigabyte.
WRITER_CACHE_KIB = 131_072


def _day(value) -> str | None:
    return value.isoformat() if value else None


def _joined(agencies: tuple[str, ...]) -> str | None:
    """The `articles.agencies` column: credited agencies joined, or NULL for none."""
    return AGENCY_SEPARATOR.join(agencies) or None


class Store:
    """A chronik database file (or ':memory:')."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = str(path)
        if readonly:
            if self.path != ":memory:" and not Path(self.path).exists():
                raise StoreError(f"no database at {self.path}; create it with `chronik run`")
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            # a reader may be used in another thread than the one that opened it (the web app
            # shares one among its requests, and a test client serves each from a thread of its
            # own), never by two at once
            self.conn = self._connect(uri, uri=True, same_thread=False)
        else:
            if self.path != ":memory:" and not Path(self.path).resolve().parent.exists():
                raise StoreError(f"folder of {self.path} does not exist")
            self.conn = self._connect(self.path)
            self.conn.execute("PRAGMA journal_mode=WAL")
            # in WAL mode a commit survives the process being killed without an fsync each time;
            # only a power cut may lose the last articles, never the database's consistency
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
            migrate(self.conn)
            self._sync_actors()

    @staticmethod
    def _connect(target: str, uri: bool = False, same_thread: bool = True
                 ) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=30,
                                   check_same_thread=same_thread)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open database {target}: {error}") from error
        return conn

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: a transaction, or inside a batch (see `batches`) a savepoint."""
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT unit")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO unit")
                self.conn.execute("RELEASE unit")
                raise
            self.conn.execute("RELEASE unit")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def batches(self, size: int, seconds: float) -> Iterator[Callable[[], None]]:
        """Commit the transactions made inside in batches: call the function it gives after
        each, and it commits after `size` of them or `seconds` after the last commit, whichever
        comes first. Each stays all or nothing. An exception (Ctrl-C too) commits the finished
        ones before it goes on; a crash loses at most the uncommitted batch, which a re-run
        stores again. Batching spares writing the same index pages once per article."""
        done = 0
        last = time.monotonic()

        def tick() -> None:
            nonlocal done, last
            done += 1
            if done >= size or time.monotonic() - last >= seconds:
                self.conn.execute("COMMIT")
                self.conn.execute("BEGIN IMMEDIATE")
                done, last = 0, time.monotonic()

        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield tick
        except BaseException:
            self._commit_finished()
            raise
        self.conn.execute("COMMIT")

    def _commit_finished(self) -> None:
        """Commit what the open transaction holds (whole articles: each was a savepoint); if the
        connection cannot, roll back to the last commit."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except sqlite3.Error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def _sync_actors(self) -> None:
        rows = [(a.id, a.name, a.kind, a.country) for a in load_actors().actors.values()]
        with self.transaction() as conn:
            conn.executemany("INSERT INTO actors (id, name, kind, country) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
                             "kind=excluded.kind, country=excluded.country", rows)

    # writing -------------------------------------------------------------------------------
    def article_id(self, content_hash: str) -> int | None:
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?",
                                (content_hash,)).fetchone()
        return row[0] if row else None

    def article_with_text(self, text_hash: str) -> int | None:
        row = self.conn.execute("SELECT id FROM articles WHERE text_hash = ?",
                                (text_hash,)).fetchone()
        return row[0] if row else None

    def add_origin(self, article_id: int, origin: str, source: str | None = None) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO article_origins (article_id, origin, source) "
                         "VALUES (?, ?, ?)", (article_id, origin, source))

    def insert_article(self, conn: sqlite3.Connection, article: Article, text_hash: str) -> int:
        cursor = conn.execute(
            "INSERT INTO articles (content_hash, text_hash, origin, source, url, title, format, "
            "raw_text, clean_text, header_date, metadata_date, published, date_method, "
            "date_confidence, date_clue, agencies) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.content_hash, text_hash, article.origin, article.source, article.url,
             article.title, article.format, article.raw, article.text, article.header_date,
             article.metadata_date, _day(article.published), article.date_method,
             article.date_confidence, article.date_clue, _joined(article.agencies)))
        article_id = cursor.lastrowid
        conn.execute("INSERT INTO article_origins (article_id, origin, source) VALUES (?, ?, ?)",
                     (article_id, article.origin, article.source))
        conn.executemany("INSERT INTO removed_lines VALUES (?, ?, ?, ?)",
                         [(article_id, r.line_no, r.text, r.reason) for r in article.removed])
        conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                         [(article_id, s.index, s.start, s.end, s.text) for s in article.sentences])
        found: dict[str, tuple[str, str]] = {}
        for m in article.mentions:
            if m.actor_id and m.actor_id.startswith(UNKNOWN) and \
                    len(m.text) > len(found.get(m.actor_id, ("", ""))[0]):
                found[m.actor_id] = (m.text, "group" if m.kind == "group" else "person")
        conn.executemany(
            "INSERT INTO actors (id, name, kind, origin) VALUES (?, ?, ?, 'found') "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name "
            "WHERE length(excluded.name) > length(actors.name)",
            [(actor, name, kind) for actor, (name, kind) in found.items()])
        conn.executemany(
            "INSERT INTO mentions (article_id, sentence_idx, start, end, text, kind, actor_id, "
            "confidence, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, m.sentence, m.start, m.end, m.text, m.kind, m.actor_id, m.confidence,
              m.role) for m in article.mentions])
        conn.executemany(
            "INSERT INTO time_expressions (article_id, sentence_idx, start, end, text, type, "
            "value, first_day, last_day, precision, tense) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, t.sentence, t.start, t.end, t.text, t.type, t.value, _day(t.first_day),
              _day(t.last_day), t.precision, t.tense) for t in article.timexes])
        return article_id

    def known_events(self, firm_methods: tuple[str, ...]) -> list[KnownEvent]:
        """Events with a day or week date reported by an article whose date is firm (found by
        one of `firm_methods`), as anchors for dating articles without a stated date."""
        marks = ",".join("?" * len(firm_methods))
        rows = self.conn.execute(
            "SELECT DISTINCT e.type, e.source_actor, e.target_actor, ev.first_day, ev.last_day "
            "FROM events e JOIN event_evidence ev ON ev.event_id = e.id "
            "JOIN articles a ON a.id = ev.article_id "
            f"WHERE a.date_method IN ({marks}) AND ev.first_day IS NOT NULL "
            "AND ev.precision IN ('day', 'week')", firm_methods).fetchall()
        return [KnownEvent(row[0], row[1], row[2], date.fromisoformat(row[3]),
                           date.fromisoformat(row[4])) for row in rows]

    def candidate_events(self, conn: sqlite3.Connection, event: Event) -> list[sqlite3.Row]:
        """Chronicle events of the same type between the same actors (either way for a
        symmetric type)."""
        pairs = [(event.source, event.target)]
        if event.type in SYMMETRIC_TYPES:
            pairs.append((event.target, event.source))
        rows: list[sqlite3.Row] = []
        for source, target in pairs:
            rows += conn.execute("SELECT * FROM events WHERE type = ? AND source_actor = ? AND "
                                 "target_actor IS ?", (event.type, source, target)).fetchall()
        return rows

    def insert_event(self, conn: sqlite3.Connection, event: Event) -> int:
        cursor = conn.execute(
            "INSERT INTO events (type, mode, source_actor, target_actor, first_day, last_day, "
            "precision, location, status, condition, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event.type, event.mode, event.source, event.target, _day(event.first_day),
             _day(event.last_day), event.precision, event.location, event.status,
             event.condition, event.confidence))
        return cursor.lastrowid

    def add_participants(self, conn: sqlite3.Connection, event_id: int,
                         actors: tuple[str, ...]) -> None:
        conn.executemany("INSERT OR IGNORE INTO event_participants VALUES (?, ?)",
                         [(event_id, actor) for actor in actors])

    def insert_evidence(self, conn: sqlite3.Connection, event: Event, article_id: int,
                        published) -> None:
        conn.execute(
            "INSERT INTO event_evidence (event_id, article_id, sentence_idx, start, end, trigger, "
            "mode, status, condition, location, first_day, last_day, precision, confidence, "
            "published, reported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event.event_id, article_id, event.sentence, event.start, event.end, event.trigger,
             event.mode, event.status, event.condition, event.location, _day(event.first_day),
             _day(event.last_day), event.precision, event.confidence, _day(published),
             event.reported_by))

    def evidence_of(self, conn: sqlite3.Connection, event_id: int) -> list[sqlite3.Row]:
        return conn.execute("SELECT * FROM event_evidence WHERE event_id = ? ORDER BY id",
                            (event_id,)).fetchall()

    def update_event(self, conn: sqlite3.Connection, event_id: int, fields: dict) -> None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        conn.execute(f"UPDATE events SET {assignments} WHERE id = ?", (*fields.values(), event_id))

    # copies -----------------------------------------------------------------------------------
    def insert_fingerprint(self, conn: sqlite3.Connection, article_id: int,
                           fingerprint: Fingerprint) -> None:
        conn.execute("INSERT INTO fingerprints VALUES (?, ?, ?)",
                     (article_id, fingerprint.signature.astype(np.uint32).tobytes(),
                      fingerprint.shingles.astype(np.uint32).tobytes()))
        conn.executemany("INSERT OR IGNORE INTO passage_anchors VALUES (?, ?)",
                         [(value, article_id) for value in fingerprint.anchors.tolist()])

    def unfingerprinted(self) -> list[int]:
        """Articles stored before duplicate detection existed (schema version 2 and older)."""
        return [row[0] for row in self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM fingerprints) "
            "ORDER BY id")]

    def stored_article(self, article_id: int) -> Article:
        """A stored article with its text, removed lines, sentences and mentions."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        article = Article(origin=row["origin"], raw=row["raw_text"], format=row["format"],
                          source=row["source"], url=row["url"], title=row["title"],
                          header_date=row["header_date"], metadata_date=row["metadata_date"],
                          text=row["clean_text"], date_method=row["date_method"],
                          date_clue=row["date_clue"],
                          published=date.fromisoformat(row["published"]) if row["published"]
                          else None)
        article.removed = [RemovedLine(*r) for r in self.conn.execute(
            "SELECT line_no, text, reason FROM removed_lines WHERE article_id = ?", (article_id,))]
        article.sentences = self.sentences_of(article_id)
        article.mentions = [Mention(*r) for r in self.conn.execute(
            "SELECT start, end, text, sentence_idx, kind, actor_id, confidence, role FROM mentions "
            "WHERE article_id = ? ORDER BY id", (article_id,))]
        return article

    def set_copy_keys(self, conn: sqlite3.Connection, article_id: int, text_hash: str,
                      agencies: tuple[str, ...]) -> None:
        """Fill the duplicate-detection columns of an article stored before they existed."""
        conn.execute("UPDATE articles SET text_hash = ?, agencies = ? WHERE id = ?",
                     (text_hash, _joined(agencies), article_id))

    def unbanded(self) -> list[tuple[int, np.ndarray]]:
        """Signatures of the articles whose LSH buckets are not filled yet (schema 3 and older)."""
        return [(article_id, np.frombuffer(blob, dtype=np.uint32)) for article_id, blob in
                self.conn.execute("SELECT article_id, signature FROM fingerprints WHERE article_id "
                                  "IN (SELECT article_id FROM lsh_pending) ORDER BY article_id")]

    def banded(self, article_ids: list[int]) -> None:
        self.conn.executemany("DELETE FROM lsh_pending WHERE article_id = ?",
                              [(article_id,) for article_id in article_ids])

    @property
    def buckets(self) -> LshBuckets:
        return LshBuckets(self.conn)

    def shingles_of(self, article_id: int) -> np.ndarray:
        row = self.conn.execute("SELECT shingles FROM fingerprints WHERE article_id = ?",
                                (article_id,)).fetchone()
        return np.frombuffer(row[0], dtype=np.uint32) if row else np.zeros(0, dtype=np.uint32)

    def anchor_matches(self, anchors: list[int], min_hits: int, max_articles: int) -> list[int]:
        """Articles holding at least `min_hits` of `anchors`, not counting anchors that more
        than `max_articles` articles hold; those holding most first, the newest among equals.
        Each anchor reads at most `max_articles` + 1 rows, so that an anchor common to many
        stored articles costs no more in a large database than in a small one."""
        hits: Counter = Counter()
        for value in anchors:
            holders = [row[0] for row in self.conn.execute(
                "SELECT article_id FROM passage_anchors WHERE hash = ? LIMIT ?",
                (value, max_articles + 1))]
            if len(holders) <= max_articles:
                hits.update(holders)
        return sorted((article_id for article_id, count in hits.items() if count >= min_hits),
                      key=lambda article_id: (-hits[article_id], -article_id))

    def text_of(self, article_id: int) -> str:
        row = self.conn.execute("SELECT clean_text FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        return row[0] if row else ""

    def sentences_of(self, article_id: int) -> list[Sentence]:
        return [Sentence(*row) for row in self.conn.execute(
            "SELECT idx, start, end, text FROM sentences WHERE article_id = ? ORDER BY idx",
            (article_id,))]

    def agencies_of(self, article_id: int) -> tuple[str, ...]:
        row = self.conn.execute("SELECT agencies FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        return tuple(row[0].split(AGENCY_SEPARATOR)) if row and row[0] else ()

    def insert_links(self, conn: sqlite3.Connection, article_id: int, links: list[Link]) -> None:
        for link in links:
            conn.execute("INSERT INTO article_links VALUES (?, ?, ?, ?, ?, ?)",
                         (article_id, link.other_id, link.kind, link.similarity,
                          link.shared_words, link.agency))
            conn.executemany(
                "INSERT INTO shared_passages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(article_id, link.other_id, p.start, p.end, p.other_start, p.other_end,
                  p.sentences, p.words) for p in link.passages])

    def copy_pairs(self, conn: sqlite3.Connection, article_ids: list[int]) -> list[tuple[int, int]]:
        """Pairs among `article_ids` that are not independent: linked as copies, or from the
        same outlet."""
        marks = ",".join("?" * len(article_ids))
        linked = conn.execute(f"SELECT article_id, other_id FROM article_links WHERE article_id "
                              f"IN ({marks}) AND other_id IN ({marks})",
                              (*article_ids, *article_ids)).fetchall()
        outlets = conn.execute(f"SELECT a.id, b.id FROM articles a JOIN articles b "
                               f"ON a.source = b.source AND a.id < b.id WHERE a.id IN ({marks}) "
                               f"AND b.id IN ({marks})", (*article_ids, *article_ids)).fetchall()
        return [(row[0], row[1]) for row in [*linked, *outlets]]


class LshBuckets:
    """The near-duplicate index's buckets in the database (a `dedup.Buckets`): writes join the
    transaction that stores the article."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, key: int, keys: list[int]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO lsh_buckets VALUES (?, ?)",
                              [(bucket, key) for bucket in keys])

    def members(self, keys: list[int]) -> set[int]:
        marks = ",".join("?" * len(keys))
        return {row[0] for row in self.conn.execute(
            f"SELECT DISTINCT article_id FROM lsh_buckets WHERE bucket IN ({marks})", keys)}
