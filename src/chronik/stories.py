"""Stories: the articles about one real-world happening, grouped as they arrive.

A new article joins the stored story it scores highest with when the score reaches JOIN:
- 1.0 for a story holding an article it copies (see `copies`);
- otherwise the mean of two shares: of the article's chronicle events that the story's articles
  also report, and the cosine similarity of actor mention counts. Only stories whose publication
  range, widened by WINDOW on both sides, holds the article's date take part, so that a
  background event mentioned weeks later does not pull an article into an old story. Of these,
  only stories that share an event, or that mention within the window an actor without which
  the cosine cannot reach 2 × JOIN, are compared (see `_prefix`), at most MAX_CANDIDATES by
  actor: the work per article stays bounded however many stories the database holds.
Otherwise the article starts a story. Story ids never change; the publication range is renewed
as articles join, the label (main actors and range) at the end of a run, for every story marked
pending since (a run that was killed leaves its stories to the next). Main actors are those
the story mentions most, weighed against how many stories mention them (Russia, mentioned in
every story, names none).
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from datetime import date, timedelta

from .records import Article, Link

JOIN = 0.4
WINDOW = timedelta(days=3)
LABEL_ACTORS = 3
MAX_CANDIDATES = 100
MAX_COUNTED = 10 * MAX_CANDIDATES


def assign(article: Article, article_id: int, links: list[Link], conn: sqlite3.Connection) -> int:
    """Put the stored article `article_id` into a story and return the story's id."""
    actors = Counter(m.actor_id for m in article.mentions if m.actor_id)
    scores = {story: 1.0 for story in _stories_of(conn, [link.other_id for link in links])}
    if article.published:
        window = ((article.published + WINDOW).isoformat(),
                  (article.published - WINDOW).isoformat())
        events = {row[0] for row in conn.execute(
            "SELECT DISTINCT event_id FROM event_evidence WHERE article_id = ?", (article_id,))}
        shared = _shared_events(conn, events, article_id, window)
        candidates = set(shared) | _stories_with(conn, _prefix(conn, actors), window)
        cosines = _cosines(conn, actors, sorted(candidates))
        for story in candidates:
            score = (len(shared.get(story, ())) / len(events) if events else 0.0) / 2 \
                + cosines.get(story, 0.0) / 2
            scores[story] = max(scores.get(story, 0.0), score)
    best = max(scores.items(), key=lambda item: (item[1], -item[0]), default=None)
    if best and best[1] >= JOIN:
        story_id = best[0]
    else:
        story_id = conn.execute("INSERT INTO stories (label) VALUES ('')").lastrowid
    conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
    conn.execute("INSERT OR IGNORE INTO stories_pending VALUES (?)", (story_id,))
    _add_actors(conn, story_id, actors, article.published)
    _widen(conn, story_id, article.published)
    return story_id


def _stories_of(conn: sqlite3.Connection, article_ids: list[int]) -> set[int]:
    marks = ",".join("?" * len(article_ids))
    rows = conn.execute(f"SELECT story_id FROM articles WHERE id IN ({marks}) AND story_id IS "
                        "NOT NULL", article_ids).fetchall()
    return {row[0] for row in rows}


def _prefix(conn: sqlite3.Connection, actors: Counter) -> list[str]:
    """Actors of which a story needs at least one to share no event and still reach JOIN.

    Such a story needs a cosine of 2 × JOIN, so the actors it shares with the article must hold
    at least (2 × JOIN)² of the article's squared weight: it shares one of any set of actors
    holding more than the rest. The set takes the actors that fewest stories mention first, so
    that it leads to few stories; comparing only with those finds every story that can win.
    Stories are counted up to MAX_COUNTED, so that an actor that every story names costs no more
    to count in a large database than in a small one."""
    if not actors:
        return []
    stories = {actor: conn.execute("SELECT count(*) FROM (SELECT 1 FROM story_actors WHERE "
                                   "actor_id = ? LIMIT ?)", (actor, MAX_COUNTED)).fetchone()[0]
               for actor in actors}
    rest = sum(weight * weight for weight in actors.values())
    bound = (2 * JOIN) ** 2 * rest * (1 - 1e-9)
    prefix = []
    for actor in sorted(actors, key=lambda a: (stories.get(a, 0), -actors[a], a)):
        if rest < bound:
            break
        prefix.append(actor)
        rest -= actors[actor] ** 2
    return prefix


def _stories_with(conn: sqlite3.Connection, actors: list[str], window: tuple[str, str]
                  ) -> set[int]:
    """Up to MAX_CANDIDATES stories within `window` (last day, first day) that mention one of
    `actors`, actor by actor. For each, first the stories whose last article naming it falls in
    the window, latest first: a range of the index (actor, last day), so that an actor named in
    every story costs no more in a large database than in a small one. Then, for articles that
    arrive after later ones, stories that named it later still but began by the window's end;
    of these at most MAX_COUNTED are read."""
    last, first = window
    found: set[int] = set()
    for actor in actors:
        found.update(row[0] for row in conn.execute(
            "SELECT story_id FROM story_actors WHERE actor_id = ? AND last_day BETWEEN ? AND ? "
            "ORDER BY last_day DESC LIMIT ?", (actor, first, last, MAX_CANDIDATES - len(found))))
        if len(found) >= MAX_CANDIDATES:
            break
        found.update(row[0] for row in conn.execute(
            "SELECT s.story_id FROM (SELECT story_id, last_day FROM story_actors "
            "WHERE actor_id = ? AND last_day > ? ORDER BY last_day LIMIT ?) s JOIN stories t "
            "ON t.id = s.story_id WHERE t.first_day <= ? ORDER BY s.last_day LIMIT ?",
            (actor, last, MAX_COUNTED, last, MAX_CANDIDATES - len(found))))
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def _shared_events(conn: sqlite3.Connection, events: set[int], article_id: int,
                   window: tuple[str, str]) -> dict[int, set[int]]:
    """For each story within `window`, which of `events` its other articles report."""
    if not events:
        return {}
    rows = conn.execute(
        f"SELECT DISTINCT a.story_id, v.event_id FROM event_evidence v JOIN articles a "
        f"ON a.id = v.article_id JOIN stories t ON t.id = a.story_id "
        f"WHERE v.event_id IN ({','.join('?' * len(events))}) AND a.id != ? "
        f"AND t.first_day <= ? AND t.last_day >= ?", (*events, article_id, *window)).fetchall()
    shared: dict[int, set[int]] = {}
    for story, event in rows:
        shared.setdefault(story, set()).add(event)
    return shared


def _cosines(conn: sqlite3.Connection, actors: Counter, stories: list[int]) -> dict[int, float]:
    """Cosine similarity of `actors` with each story's actor counts: the dot product from the
    actors both hold, the story's length from its kept `actor_norm`."""
    if not stories or not actors:
        return {}
    dots: Counter = Counter()
    for story, actor, weight in conn.execute(
            f"SELECT story_id, actor_id, weight FROM story_actors WHERE story_id IN "
            f"({','.join('?' * len(stories))}) AND actor_id IN ({','.join('?' * len(actors))})",
            [*stories, *actors]):
        dots[story] += weight * actors[actor]
    norms = dict(conn.execute(f"SELECT id, actor_norm FROM stories WHERE id IN "
                              f"({','.join('?' * len(dots))})", list(dots)))
    length = math.sqrt(sum(v * v for v in actors.values()))
    return {story: dot / (length * math.sqrt(norms[story])) for story, dot in dots.items()
            if norms.get(story)}


def _add_actors(conn: sqlite3.Connection, story_id: int, actors: Counter,
                published: date | None) -> None:
    """Add an article's actor counts and date to its story, keeping the story's squared length
    and, per actor, the last day an article of the story named it."""
    if not actors:
        return
    before = dict(conn.execute(
        f"SELECT actor_id, weight FROM story_actors WHERE story_id = ? AND actor_id IN "
        f"({','.join('?' * len(actors))})", [story_id, *actors]))
    growth = sum((before.get(actor, 0) + weight) ** 2 - before.get(actor, 0) ** 2
                 for actor, weight in actors.items())
    day = published.isoformat() if published else None
    conn.executemany("INSERT INTO story_actors (story_id, actor_id, weight, last_day) "
                     "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                     "weight = weight + excluded.weight, last_day = coalesce("
                     "max(last_day, excluded.last_day), last_day, excluded.last_day)",
                     [(story_id, actor, weight, day) for actor, weight in actors.items()])
    conn.execute("UPDATE stories SET actor_norm = actor_norm + ? WHERE id = ?",
                 (growth, story_id))


def _widen(conn: sqlite3.Connection, story_id: int, published: date | None) -> None:
    """Count a new article in its story and widen the story's range to the article's date, in
    constant time however large the story is."""
    if published is None:
        conn.execute("UPDATE stories SET num_articles = num_articles + 1 WHERE id = ?",
                     (story_id,))
        return
    day = published.isoformat()
    conn.execute("UPDATE stories SET num_articles = num_articles + 1, "
                 "first_day = min(coalesce(first_day, ?), ?), "
                 "last_day = max(coalesce(last_day, ?), ?) WHERE id = ?",
                 (day, day, day, day, story_id))


def describe_pending(conn: sqlite3.Connection) -> None:
    """Label every story that articles joined since it was last labelled."""
    pending = [row[0] for row in conn.execute("SELECT story_id FROM stories_pending "
                                              "ORDER BY story_id")]
    describe(conn, pending)
    conn.execute("DELETE FROM stories_pending")


def describe(conn: sqlite3.Connection, story_ids: list[int]) -> None:
    """Renew the range, size and label ("A, B, C · first – last") of each story in `story_ids`;
    labels weigh each actor's mentions against the number of stories that mention it."""
    total = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    spread = dict(conn.execute("SELECT actor_id, count(*) FROM story_actors GROUP BY actor_id"))
    for story_id in story_ids:
        first, last, count = conn.execute(
            "SELECT min(published), max(published), count(*) FROM articles WHERE story_id = ?",
            (story_id,)).fetchone()
        rows = conn.execute("SELECT a.name, s.weight, s.actor_id FROM story_actors s JOIN actors a "
                            "ON a.id = s.actor_id WHERE s.story_id = ?", (story_id,)).fetchall()
        ranked = sorted(rows, key=lambda r: (-r[1] * math.log((1 + total) / spread[r[2]]), r[0]))
        names = [row[0] for row in ranked[:LABEL_ACTORS]]
        days = "undated" if first is None else first if first == last else f"{first} – {last}"
        conn.execute("UPDATE stories SET label = ?, first_day = ?, last_day = ?, num_articles = ? "
                     "WHERE id = ?", (f"{', '.join(names) or 'no known actors'} · {days}", first,
                                      last, count, story_id))
