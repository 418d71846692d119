"""Merge each event report into the chronicle: the same event from many articles becomes one.

A report joins a chronicle event of the same type between the same actors (either direction for
CONSULT) when their date ranges overlap; among several, the one with the narrowest range wins.
Reports without any date join an undated event of the pair. A report dated only approximately
(by its article's publication date) reaches SLACK further back (forward, when planned), so that
a restatement days later ("Baerbock traf schon in Washington Blinken") joins the event it
restates; a troop build-up goes on for weeks and reaches further.
Distinct events of the same pair on different days stay apart, and a report without a target
joins only reports dated as firmly (both by their article's date, or both by the text): a state
acting on nobody named says too little to make a dated arrest and an undated one the same.
Further participants of a meeting are collected from all its reports. A merged event takes its
status from the report of the latest article (within one article the most specific: conditional,
denied, planned, happened), its date from the most precise report, and a confidence that grows
with independent sources (copies add nothing). `num_articles` counts the articles that report
it, `num_sources` the independent ones: articles linked as copies of one text (see `copies`) or
from the same outlet count once.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, timedelta

from .records import Article, Event
from .store import Store

STATUS_RANK = {"happened": 0, "planned": 1, "denied": 2, "conditional": 3}
PRECISION_RANK = {"day": 0, "late-week": 1, "early-week": 1, "mid-week": 1, "week": 2,
                  "early-month": 3, "mid-month": 3, "late-month": 3, "month": 4,
                  "approximate": 5, "late-year": 6, "early-year": 6, "mid-year": 6, "year": 7,
                  "unknown": 8}
SLACK = timedelta(days=14)
DURATIVE_SLACK = {"MOBILIZE": timedelta(days=60)}


def merge(article: Article, article_id: int, store: Store, conn: sqlite3.Connection) -> Article:
    """Attach every event of `article` to a chronicle event (new or existing) and store evidence."""
    for event in _unique(article.events):
        event.event_id = _matching_event(store, conn, event) or store.insert_event(conn, event)
        store.add_participants(conn, event.event_id,
                               tuple(p for p in event.participants if p != event.source))
        store.insert_evidence(conn, event, article_id, article.published)
        _recompute(store, conn, event.event_id)
    return article


def recount(store: Store, conn: sqlite3.Connection, article_id: int) -> None:
    """Recompute the chronicle events that `article_id` reports (after its copy links changed)."""
    for row in conn.execute("SELECT DISTINCT event_id FROM event_evidence WHERE article_id = ?",
                            (article_id,)).fetchall():
        _recompute(store, conn, row[0])


def _unique(events: list[Event]) -> list[Event]:
    """One report per sentence, type and actor pair."""
    seen, unique = set(), []
    for event in events:
        key = (event.sentence, event.type, event.source, event.target)
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return unique


def _range(first: str | date | None, last: str | date | None, precision: str = "day",
           type: str = "", status: str = "happened") -> tuple[date, date] | None:
    """The days an event may lie on; an approximate date reaches back (ahead when planned)."""
    if first is None or last is None:
        return None
    as_date = (lambda v: v if isinstance(v, date) else date.fromisoformat(v))
    first, last = as_date(first), as_date(last)
    if precision == "approximate":
        slack = DURATIVE_SLACK.get(type, SLACK)
        return (first, last + slack) if status == "planned" else (first - slack, last)
    return first, last


def _matching_event(store: Store, conn: sqlite3.Connection, event: Event) -> int | None:
    mine = _range(event.first_day, event.last_day, event.precision, event.type, event.status)
    best: tuple[int, int] | None = None
    for row in store.candidate_events(conn, event):
        theirs = _range(row["first_day"], row["last_day"], row["precision"], row["type"],
                        row["status"])
        if mine is None or theirs is None:
            if mine is None and theirs is None:
                return row["id"]
            continue
        if mine[0] <= theirs[1] and theirs[0] <= mine[1]:
            if mine[0] == mine[1] and theirs[0] == theirs[1] and mine != theirs:
                continue
            if event.target is None and \
                    (event.precision == "approximate") != (row["precision"] == "approximate"):
                continue
            width = (theirs[1] - theirs[0]).days
            if best is None or width < best[0]:
                best = (width, row["id"])
    return best[1] if best else None


def _recompute(store: Store, conn: sqlite3.Connection, event_id: int) -> None:
    reports = store.evidence_of(conn, event_id)
    latest = max(reports, key=lambda r: (r["published"] or "", STATUS_RANK[r["status"]]))
    dated = [r for r in reports if r["first_day"]]
    precise = min(dated, key=lambda r: (PRECISION_RANK.get(r["precision"], 9),
                                        r["last_day"] > r["first_day"])) if dated else None
    locations = Counter(r["location"] for r in reports if r["location"])
    modes = Counter(r["mode"] for r in reports if r["mode"])
    article_ids = {r["article_id"] for r in reports}
    groups = source_groups(article_ids, store.copy_pairs(conn, sorted(article_ids)))
    strongest: dict[int, float] = {}
    for report in reports:
        group = groups[report["article_id"]]
        strongest[group] = max(strongest.get(group, 0.0), report["confidence"])
    remaining_doubt = 1.0
    for confidence in strongest.values():
        remaining_doubt *= 1 - confidence
    store.update_event(conn, event_id, {
        "status": latest["status"], "condition": latest["condition"],
        "first_day": precise["first_day"] if precise else None,
        "last_day": precise["last_day"] if precise else None,
        "precision": precise["precision"] if precise else "unknown",
        "location": locations.most_common(1)[0][0] if locations else None,
        "mode": modes.most_common(1)[0][0] if modes else None,
        "confidence": round(1 - remaining_doubt, 3),
        "num_reports": len(reports),
        "num_articles": len(article_ids),
        "num_sources": len(strongest),
    })


def source_groups(article_ids: set[int], copies: list[tuple[int, int]]) -> dict[int, int]:
    """Each article's group when every pair in `copies` is joined (a group is one source)."""
    parent = {article_id: article_id for article_id in article_ids}

    def root(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for first, second in copies:
        if first in parent and second in parent:
            parent[root(first)] = root(second)
    return {item: root(item) for item in article_ids}
