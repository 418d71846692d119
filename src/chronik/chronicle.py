"""Read the chronicle: the query API that the command line and any other front end call."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from .actors import load as load_actors
from .actors import person_key, translit_key
from .errors import ChronikError, NotFoundError
from .events import SYMMETRIC_TYPES, TYPES
from .search import fts_expression
from .store import Store

EXTENSION = re.compile(r"\.(?:txt|html?|jsonl)(?=$|:)")
HASH_SUFFIX = re.compile(r"[_-][0-9a-f]{8,}(?=$|:)")
STATUSES = ("happened", "planned", "conditional", "denied")
MARK_START, MARK_END = "\x02", "\x03"
HEADLINE_CHARS = 160
LABEL_CHARS = 60
OPENING_WORDS = 8
EVENT_SELECT = (
    "SELECT e.id, e.type, e.mode, e.source_actor AS source, s.name AS source_name, "
    "e.target_actor AS target, t.name AS target_name, "
    "(SELECT group_concat(pa.name, char(31)) FROM event_participants p "
    "JOIN actors pa ON pa.id = p.actor_id WHERE p.event_id = e.id) AS participants, "
    "e.first_day, e.last_day, e.precision, "
    "e.location, e.status, e.condition, e.confidence, e.num_reports, e.num_articles, "
    "e.num_sources, "
    "(SELECT group_concat(DISTINCT v.article_id) FROM event_evidence v WHERE v.event_id = e.id) "
    "AS article_ids, "
    "(SELECT min(a.story_id) FROM event_evidence v JOIN articles a ON a.id = v.article_id "
    "WHERE v.event_id = e.id) AS story_id "
    "FROM events e JOIN actors s ON s.id = e.source_actor "
    "LEFT JOIN actors t ON t.id = e.target_actor")


def _event(row) -> dict:
    """An event row with its participants' names and its articles' ids as lists."""
    event = dict(row)
    event["participants"] = event["participants"].split("\x1f") if event["participants"] else []
    event["article_ids"] = sorted(int(i) for i in event["article_ids"].split(",")) \
        if event["article_ids"] else []
    return event


class Chronicle:
    """A read-only view of a chronik database."""

    def __init__(self, db: str | Path) -> None:
        self.store = Store(db, readonly=True)
        self._base_names: dict[str, str] | None = None
        self._keys_stamp: tuple | None = None
        self._keys: list[dict] = []

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Chronicle:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def resolve_actor(self, name: str) -> str:
        """The actor id for a name, id or spelling ("Selenskyj", "Russland", "USA"), or the name
        of a person found in the articles ("Jan Nowacki")."""
        base = load_actors()
        if name in base.actors:
            return name
        if self._base_names is None:
            names: dict[str, str] = {}
            for surface, actor_id in base.surfaces.items():
                names.setdefault(surface.casefold(), actor_id)
            for actor in reversed(list(base.actors.values())):
                names[actor.id.casefold()] = names[actor.name.casefold()] = actor.id
            self._base_names = names
        if name.casefold() in self._base_names:
            return self._base_names[name.casefold()]
        found = self.store.conn.execute("SELECT id FROM actors WHERE id IN (?, ?)",
                                        (name, person_key(name))).fetchone()
        if found:
            return found[0]
        raise ChronikError(f"unknown actor {name!r}; try a full name such as 'Joe Biden' or a "
                           "country such as 'Russland'")

    def timeline(self, actor: str | None = None, start: date | str | None = None,
                 end: date | str | None = None, type: str | None = None,
                 status: str | None = None, story: int | None = None, query: str | None = None,
                 limit: int | None = None, offset: int = 0,
                 most_reported: bool = False) -> list[dict]:
        """Events in date order (undated ones last), optionally filtered: by an actor as source
        or target, by overlap with [start, end], type, status, story, or by words that an
        evidence sentence holds (`search.fts_expression`); `limit` and `offset` page through
        them. With `most_reported`, the page holds the events with most reports instead (still
        given in date order): what a drawing of a crowded period shows first."""
        where, params = self._event_filter(actor, start, end, type, status, story, query)
        order = "e.first_day IS NULL, e.first_day, e.last_day, e.id"
        if most_reported:
            where = f" WHERE e.id IN (SELECT e.id FROM events e{where} ORDER BY " \
                    f"e.num_reports DESC, e.num_sources DESC, e.id{_page(limit, offset)})"
            limit, offset = None, 0
        rows = self.store.conn.execute(
            f"{EVENT_SELECT}{where} ORDER BY {order}{_page(limit, offset)}", params).fetchall()
        return [_event(row) for row in rows]

    def count_events(self, actor: str | None = None, start: date | str | None = None,
                     end: date | str | None = None, type: str | None = None,
                     status: str | None = None, story: int | None = None,
                     query: str | None = None) -> int:
        """How many events `timeline` gives with the same filters and no page."""
        where, params = self._event_filter(actor, start, end, type, status, story, query)
        return self.store.conn.execute(f"SELECT count(*) FROM events e{where}",
                                       params).fetchone()[0]

    def _event_filter(self, actor, start, end, type, status, story, query
                      ) -> tuple[str, list]:
        clauses, params = [], []
        if actor:
            actor_id = self.resolve_actor(actor)
            clauses.append("(e.source_actor = ? OR e.target_actor = ? OR e.id IN (SELECT "
                           "event_id FROM event_participants WHERE actor_id = ?))")
            params += [actor_id, actor_id, actor_id]
        if start:
            clauses.append("e.last_day >= ?")
            params.append(_iso(start))
        if end:
            clauses.append("e.first_day <= ?")
            params.append(_iso(end))
        if type:
            if type.upper() not in TYPES:
                raise ChronikError(f"unknown event type {type!r}; one of {', '.join(TYPES)}")
            clauses.append("e.type = ?")
            params.append(type.upper())
        if status:
            if status not in STATUSES:
                raise ChronikError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
            clauses.append("e.status = ?")
            params.append(status)
        if story is not None:
            clauses.append("e.id IN (SELECT v.event_id FROM event_evidence v JOIN articles a "
                           "ON a.id = v.article_id WHERE a.story_id = ?)")
            params.append(story)
        if query and query.strip():
            clauses.append("e.id IN (SELECT v.event_id FROM evidence_fts f JOIN event_evidence v "
                           "ON v.id = f.rowid WHERE evidence_fts MATCH ?)")
            params.append(fts_expression(query))
        return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params

    def events(self) -> list[dict]:
        return self.timeline()

    def network(self, type: str | None = None, start: date | str | None = None,
                end: date | str | None = None, actor: str | None = None,
                event_ids: bool = True) -> dict:
        """The actor network: actors as nodes, and for each pair of actors that events link an
        edge with the number of events and their types (and their ids, unless `event_ids` is
        false, which a drawing does without). Edges of symmetric types (a meeting) have no
        direction; the others point from source to target. With `actor`, only that actor, those
        it has events with, and the edges among them (its network)."""
        where, params = self._event_filter(None, start, end, type, None, None, None)
        rows = self.store.conn.execute(
            "SELECT e.type, e.source_actor, e.target_actor, count(*), "
            f"{'group_concat(e.id)' if event_ids else 'NULL'} "
            f"FROM events e{where} GROUP BY e.type, e.source_actor, e.target_actor",
            params).fetchall()
        edges: dict[tuple[str, str, bool], dict] = {}
        nodes: dict[str, dict] = {}
        for event_type, source, target, number, ids in rows:
            for actor_id in (source, target) if target else (source,):
                node = nodes.setdefault(actor_id, {"id": actor_id, "num_events": 0,
                                                   "degree": 0})
                node["num_events"] += number
            if not target or source == target:
                continue
            directed = event_type not in SYMMETRIC_TYPES
            key = (source, target, True) if directed else (*sorted((source, target)), False)
            edge = edges.setdefault(key, {"source": key[0], "target": key[1],
                                          "directed": directed, "count": 0, "types": {},
                                          **({"event_ids": []} if event_ids else {})})
            edge["count"] += number
            edge["types"][event_type] = edge["types"].get(event_type, 0) + number
            if ids:
                edge["event_ids"] += map(int, ids.split(","))
        if actor:
            centre = self.resolve_actor(actor)
            kept = {centre} | {end for edge in edges.values()
                               if centre in (edge["source"], edge["target"])
                               for end in (edge["source"], edge["target"])}
            edges = {key: edge for key, edge in edges.items()
                     if edge["source"] in kept and edge["target"] in kept}
            nodes = {actor_id: node for actor_id, node in nodes.items() if actor_id in kept}
        for edge in edges.values():
            for end in (edge["source"], edge["target"]):
                nodes[end]["degree"] += 1
        wanted = sorted(nodes)
        for start_at in range(0, len(wanted), 500):
            part = wanted[start_at:start_at + 500]
            for actor_id, name, kind in self.store.conn.execute(
                    f"SELECT id, name, kind FROM actors WHERE id IN ({','.join('?' * len(part))})",
                    part):
                nodes[actor_id] |= {"name": name, "kind": kind}
        if event_ids:
            for edge in edges.values():
                edge["event_ids"].sort()
        return {"nodes": sorted(nodes.values(), key=lambda n: (-n["num_events"], n["name"])),
                "edges": sorted(edges.values(), key=lambda e: (-e["count"], e["source"],
                                                               e["target"]))}

    def date_window(self, actor: str | None = None, type: str | None = None,
                    status: str | None = None, story: int | None = None,
                    query: str | None = None, share: float = 0.9) -> dict | None:
        """The dense part of the dated events that the filters keep: from the day of the event
        at the (1 - share) / 2 quantile to the day of the one at the (1 + share) / 2 quantile,
        with how many events lie before and after it; None when no event is dated."""
        where, params = self._event_filter(actor, None, None, type, status, story, query)
        dated = f"{where} {'AND' if where else 'WHERE'} e.first_day IS NOT NULL"
        total = self.store.conn.execute(f"SELECT count(*) FROM events e{dated}",
                                        params).fetchone()[0]
        if not total:
            return None

        def day_at(rank: int) -> str:
            return self.store.conn.execute(
                f"SELECT e.first_day FROM events e{dated} ORDER BY e.first_day LIMIT 1 OFFSET ?",
                [*params, rank]).fetchone()[0]

        low, high = int(total * (1 - share) / 2), int(total * (1 + share) / 2 - 1e-9)
        first, last = day_at(low), day_at(max(low, min(high, total - 1)))
        before, after = self.store.conn.execute(
            f"SELECT sum(e.first_day < ?), sum(e.first_day > ?) FROM events e{dated}",
            [first, last, *params]).fetchone()
        return {"start": first, "end": last, "before": before or 0, "after": after or 0,
                "dated": total, "earliest": day_at(0), "latest": day_at(total - 1)}

    def density(self, start: date | str, end: date | str, actor: str | None = None,
                type: str | None = None, status: str | None = None, story: int | None = None,
                query: str | None = None) -> dict:
        """Events per day, week or month (whichever gives at most about 120 bins) from `start`
        to `end`, by the first day of each event: {"unit", "bins": [{"start", "end",
        "count"}]}."""
        first, last = date.fromisoformat(_iso(start)), date.fromisoformat(_iso(end))
        span = (last - first).days + 1
        unit = "day" if span <= 120 else "week" if span <= 7 * 120 else "month"
        bins = _bins(first, last, unit)
        where, params = self._event_filter(actor, start, end, type, status, story, query)
        counts = [0] * len(bins)
        starts = [b[0].isoformat() for b in bins]
        for day, number in self.store.conn.execute(
                f"SELECT e.first_day, count(*) FROM events e{where} "
                f"{'AND' if where else 'WHERE'} e.first_day BETWEEN ? AND ? "
                "GROUP BY e.first_day", [*params, first.isoformat(), last.isoformat()]):
            counts[bisect_right(starts, day) - 1] += number
        return {"unit": unit, "bins": [{"start": b[0].isoformat(), "end": b[1].isoformat(),
                                        "count": c} for b, c in zip(bins, counts)]}

    def search(self, query: str, limit: int = 20, offset: int = 0) -> dict:
        """Articles whose title or text holds every word of `query` in one of its German
        spellings (`search.fts_expression`), best first, each with a snippet; words found are
        wrapped in MARK_START and MARK_END."""
        terms = fts_expression(query)
        total = self.store.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (terms,)).fetchone()[0]
        rows = self.store.conn.execute(
            "SELECT a.id, a.origin, a.title, a.source, a.url, a.published, "
            "substr(a.clean_text, 1, 200) AS opening, "
            f"snippet(articles_fts, 1, '{MARK_START}', '{MARK_END}', '…', 16) AS snippet "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT ? OFFSET ?",
            (terms, int(limit), int(offset))).fetchall()
        return {"total": total, "items": [_titled(dict(row)) for row in rows]}

    def search_events(self, query: str, limit: int = 20, offset: int = 0) -> dict:
        """Events with a report whose sentence holds every word of `query` (as `search`), best
        first, each with that sentence as a snippet."""
        terms = fts_expression(query)
        total = self.store.conn.execute(
            "SELECT count(DISTINCT v.event_id) FROM evidence_fts f JOIN event_evidence v "
            "ON v.id = f.rowid WHERE evidence_fts MATCH ?", (terms,)).fetchone()[0]
        hits = [row[0] for row in self.store.conn.execute(
            "SELECT v.event_id, min(f.rank) AS best FROM evidence_fts f JOIN event_evidence v "
            "ON v.id = f.rowid WHERE evidence_fts MATCH ? GROUP BY v.event_id "
            "ORDER BY best, v.event_id LIMIT ? OFFSET ?", (terms, int(limit), int(offset)))]
        marks = ",".join("?" * len(hits))
        snippets: dict[int, str] = {}
        for event_id, snippet in self.store.conn.execute(
                f"SELECT v.event_id, snippet(evidence_fts, 0, '{MARK_START}', '{MARK_END}', "
                "'…', 24) FROM evidence_fts f JOIN event_evidence v ON v.id = f.rowid "
                f"WHERE evidence_fts MATCH ? AND v.event_id IN ({marks}) ORDER BY f.rank",
                [terms, *hits]):
            snippets.setdefault(event_id, snippet)
        events = {row["id"]: row for row in self.store.conn.execute(
            f"{EVENT_SELECT} WHERE e.id IN ({marks})", hits)}
        return {"total": total, "items": [_event(events[event_id]) | {"snippet":
                                                                      snippets[event_id]}
                                          for event_id in hits]}

    def actor_suggestions(self, prefix: str, limit: int = 10) -> list[dict]:
        """Actors of the chronicle whose name, one of its words, or a spelling of the base
        starts with `prefix` (transliteration-aware: "Selenski" finds Zelenskyy), those with
        most events first."""
        wanted = translit_key(prefix)
        if not wanted:
            return []
        found = [actor for actor in self._actor_keys()
                 if any(key.startswith(wanted) for key in actor["keys"])]
        found.sort(key=lambda a: (-a["num_events"], -a["num_mentions"], a["name"]))
        return [{key: actor[key] for key in ("id", "name", "kind", "num_events")}
                for actor in found[:limit]]

    def _actor_keys(self) -> list[dict]:
        """Every stored actor with its counts and the keys `actor_suggestions` matches; cached
        until the number of stored actors or events changes."""
        stamp = self.store.conn.execute(
            "SELECT (SELECT count(*) FROM actors), (SELECT max(id) FROM events)").fetchone()
        if self._keys_stamp != tuple(stamp):
            base = load_actors()
            spellings: dict[str, list[str]] = {}
            for surface, actor_id in base.surfaces.items():
                spellings.setdefault(actor_id, []).append(surface)
            conn = self.store.conn
            events: Counter[str] = Counter()
            for column in ("source_actor", "target_actor"):
                events.update(dict(conn.execute(
                    f"SELECT {column}, count(*) FROM events WHERE {column} IS NOT NULL "
                    f"GROUP BY {column}")))
            mentions = dict(conn.execute("SELECT actor_id, count(*) FROM mentions "
                                         "WHERE actor_id IS NOT NULL GROUP BY actor_id"))
            actors = []
            for actor_id, name, kind in conn.execute("SELECT id, name, kind FROM actors"):
                if not (events[actor_id] or mentions.get(actor_id)):
                    continue
                names = [name, *spellings.get(actor_id, [])]
                keys = {translit_key(part) for each in names
                        for part in [each, *each.split()[1:]]}
                actors.append({"id": actor_id, "name": name, "kind": kind,
                               "num_events": events[actor_id],
                               "num_mentions": mentions.get(actor_id, 0),
                               "keys": [key for key in keys if key]})
            self._keys_stamp, self._keys = tuple(stamp), actors
        return self._keys

    def actor(self, actor_id: str) -> dict:
        """One actor as an analyst reads it: names and spellings, offices with their dates,
        code, events per year, counterparts, and the articles that mention it."""
        conn = self.store.conn
        row = conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no actor with id {actor_id!r}; `chronik actors` lists them")
        base = load_actors()
        spellings = [r[0] for r in conn.execute(
            "SELECT text FROM mentions WHERE actor_id = ? GROUP BY text "
            "ORDER BY count(*) DESC, text LIMIT 30", (actor_id,))]
        roles = [r[0] for r in conn.execute(
            "SELECT role FROM mentions WHERE actor_id = ? AND role IS NOT NULL GROUP BY role "
            "ORDER BY count(*) DESC LIMIT 10", (actor_id,))]
        offices = [{"office": t.office, "country": t.country, "start": t.start.isoformat(),
                    "end": t.end.isoformat() if t.end else None}
                   for t in base.terms if t.person == actor_id]
        per_year = [dict(r) for r in conn.execute(
            "SELECT substr(first_day, 1, 4) AS year, count(*) AS count FROM events "
            "WHERE (source_actor = ? OR target_actor = ?) AND first_day IS NOT NULL "
            "GROUP BY year ORDER BY year", (actor_id, actor_id))]
        counterparts = [dict(r) for r in conn.execute(
            "SELECT o.id, o.name, o.kind, count(*) AS count, "
            "group_concat(DISTINCT e.type) AS types FROM events e "
            "JOIN actors o ON o.id = CASE WHEN e.source_actor = ? THEN e.target_actor "
            "ELSE e.source_actor END "
            "WHERE (e.source_actor = ? OR e.target_actor = ?) AND e.source_actor != "
            "coalesce(e.target_actor, '') GROUP BY o.id ORDER BY count DESC, o.name LIMIT 25",
            (actor_id, actor_id, actor_id))]
        num_events = conn.execute(
            "SELECT count(*) FROM events WHERE source_actor = ? OR target_actor = ?",
            (actor_id, actor_id)).fetchone()[0]
        num_articles = conn.execute(
            "SELECT count(DISTINCT article_id) FROM mentions WHERE actor_id = ?",
            (actor_id,)).fetchone()[0]
        articles = [_titled(dict(r)) for r in conn.execute(
            "SELECT a.id, a.origin, a.title, a.source, a.url, a.published, "
            "substr(a.clean_text, 1, 200) AS opening FROM articles a WHERE a.id IN "
            "(SELECT article_id FROM mentions WHERE actor_id = ?) "
            "ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT 25", (actor_id,))]
        known = base.actors.get(actor_id)
        return {**dict(row), "code": base.code_of(actor_id),
                "spellings": spellings,
                "base_spellings": base.variants(actor_id) if known else [],
                "roles": roles, "offices": offices, "events_per_year": per_year,
                "num_events": num_events, "counterparts": counterparts,
                "num_articles": num_articles, "articles": articles}

    def event(self, event_id: int) -> dict:
        """One event with every evidence sentence and the article it comes from."""
        row = self.store.conn.execute(f"{EVENT_SELECT} WHERE e.id = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no event with id {event_id}")
        evidence = self.store.conn.execute(
            "SELECT v.*, a.origin, a.title, a.published AS article_published, s.text AS sentence, "
            "r.name AS reported_by_name "
            "FROM event_evidence v JOIN articles a ON a.id = v.article_id "
            "JOIN sentences s ON s.article_id = v.article_id AND s.idx = v.sentence_idx "
            "LEFT JOIN actors r ON r.id = v.reported_by "
            "WHERE v.event_id = ? ORDER BY a.published, v.id", (event_id,)).fetchall()
        return {**_event(row), "evidence": [dict(e) for e in evidence]}

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict]:
        """Stored articles in publication order (undated last), paged with `limit`/`offset`."""
        rows = self.store.conn.execute(
            "SELECT a.id, a.origin, a.title, a.source, a.url, a.published, a.date_method, "
            "a.date_confidence, a.date_clue, a.story_id, a.agencies, "
            "substr(a.clean_text, 1, 200) AS opening, "
            "(SELECT count(*) FROM event_evidence v WHERE v.article_id = a.id) AS reports, "
            "(SELECT count(*) FROM article_origins o WHERE o.article_id = a.id) AS num_origins "
            f"FROM articles a ORDER BY a.published IS NULL, a.published, a.id{_page(limit, offset)}"
        ).fetchall()
        return [_titled(dict(row)) for row in rows]

    def count(self, table: str) -> int:
        """How many articles, stories or actors are stored."""
        if table not in ("articles", "stories", "actors"):
            raise ChronikError(f"cannot count {table!r}")
        return self.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def actors(self) -> list[dict]:
        """The actors that take part in chronicle events, with how many events each."""
        rows = self.store.conn.execute(
            "SELECT a.id, a.name, a.kind, a.country, a.origin, count(DISTINCT e.id) AS num_events "
            "FROM actors a JOIN events e ON a.id IN (e.source_actor, e.target_actor) "
            "GROUP BY a.id ORDER BY num_events DESC, a.name").fetchall()
        return [dict(row) for row in rows]

    def actor_directory(self, search: str | None = None) -> list[dict]:
        """Every actor mentioned in the stored articles, most mentioned first, with its number
        of mentions and events, the spellings the articles use (most frequent first) and, for
        people the base does not know, the role words found next to them. `search` keeps the
        actors whose name, id or a spelling contains it under the transliteration-aware key
        ("Selenski" finds Zelenskyy)."""
        conn = self.store.conn
        rows = conn.execute(
            "SELECT a.id, a.name, a.kind, a.country, a.origin, count(*) AS num_mentions, "
            "(SELECT count(DISTINCT e.id) FROM events e WHERE a.id IN (e.source_actor, "
            "e.target_actor)) AS num_events FROM actors a JOIN mentions m ON m.actor_id = a.id "
            "GROUP BY a.id ORDER BY num_mentions DESC, a.name").fetchall()
        variants: dict[str, list[str]] = {}
        for actor_id, text in conn.execute(
                "SELECT actor_id, text FROM mentions WHERE actor_id IS NOT NULL "
                "GROUP BY actor_id, text ORDER BY count(*) DESC, text"):
            variants.setdefault(actor_id, []).append(text)
        roles: dict[str, list[str]] = {}
        for actor_id, role in conn.execute(
                "SELECT actor_id, role FROM mentions WHERE role IS NOT NULL "
                "GROUP BY actor_id, role ORDER BY count(*) DESC"):
            roles.setdefault(actor_id, []).append(role)
        wanted = translit_key(search) if search else None
        base = load_actors()
        directory = []
        for row in rows:
            actor = dict(row) | {"variants": variants.get(row["id"], []),
                                 "roles": roles.get(row["id"], [])}
            names = [actor["name"], actor["id"], *actor["variants"], *base.variants(row["id"])]
            if wanted is None or any(wanted in translit_key(name) for name in names):
                directory.append(actor)
        return directory

    def stories(self, limit: int | None = None, offset: int = 0) -> list[dict]:
        """Stories, latest first, with their size in articles and events; paged."""
        rows = self.store.conn.execute(
            "SELECT s.id, s.label, s.first_day, s.last_day, s.num_articles, "
            "(SELECT count(DISTINCT v.event_id) FROM event_evidence v JOIN articles a "
            "ON a.id = v.article_id WHERE a.story_id = s.id) AS num_events "
            "FROM stories s ORDER BY s.last_day IS NULL, s.last_day DESC, s.id DESC"
            f"{_page(limit, offset)}").fetchall()
        return [dict(row) for row in rows]

    def story(self, story_id: int) -> dict:
        """One story with its articles, their sources, the copies among them, and the chronicle
        events they report."""
        row = self.store.conn.execute("SELECT * FROM stories WHERE id = ?",
                                      (story_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no story with id {story_id}; `chronik stories` lists them")
        articles = [_titled(dict(a)) for a in self.store.conn.execute(
            "SELECT a.id, a.origin, a.title, a.source, a.url, a.published, a.agencies, "
            "substr(a.clean_text, 1, 200) AS opening, "
            "(SELECT count(*) FROM event_evidence v WHERE v.article_id = a.id) AS reports "
            "FROM articles a WHERE a.story_id = ? ORDER BY a.published, a.id", (story_id,))]
        events = self.store.conn.execute(
            f"{EVENT_SELECT} WHERE e.id IN (SELECT v.event_id FROM event_evidence v JOIN "
            "articles a ON a.id = v.article_id WHERE a.story_id = ?) "
            "ORDER BY e.first_day IS NULL, e.first_day, e.last_day, e.id", (story_id,)).fetchall()
        copies = [dict(r) for r in self.store.conn.execute(
            "SELECT l.article_id, l.other_id, l.kind, l.similarity, l.agency FROM article_links l "
            "JOIN articles a ON a.id = l.article_id JOIN articles o ON o.id = l.other_id "
            "WHERE a.story_id = ? AND o.story_id = ? ORDER BY l.article_id, l.other_id",
            (story_id, story_id))]
        sources = Counter(a["source"] for a in articles if a["source"])
        return {**dict(row), "articles": articles, "events": [_event(e) for e in events],
                "sources": [{"source": name, "articles": number}
                            for name, number in sources.most_common()],
                "copies": copies}

    def copies(self, article_id: int | None = None) -> list[dict]:
        """Links between articles that share text (near duplicates and shared passages), each
        with its passages quoted from the later article; only those of `article_id` if given."""
        where = "WHERE l.article_id = ? OR l.other_id = ?" if article_id is not None else ""
        params = (article_id, article_id) if article_id is not None else ()
        links = self.store.conn.execute(
            "SELECT l.*, a.clean_text AS text FROM article_links l "
            "JOIN articles a ON a.id = l.article_id "
            f"{where} ORDER BY l.article_id, l.other_id", params).fetchall()
        found = []
        for link in links:
            passages = self.store.conn.execute(
                "SELECT start, end, other_start, other_end, sentences, words FROM "
                "shared_passages WHERE article_id = ? AND other_id = ? ORDER BY start",
                (link["article_id"], link["other_id"])).fetchall()
            found.append({key: link[key] for key in ("article_id", "other_id", "kind",
                                                     "similarity", "shared_words", "agency")}
                         | {"passages": [dict(p) | {"text": link["text"][p["start"]:p["end"]]}
                                         for p in passages]})
        return found

    def article_labels(self, article_ids: Iterable[int] | None = None) -> dict[int, str]:
        """A short name for each article (only those of `article_ids` if given): its file name
        without extension, and without a trailing content hash ("000_f6232f9d088d499b.txt" →
        "000")."""
        if article_ids is None:
            rows = self.store.conn.execute("SELECT id, origin FROM articles").fetchall()
        else:
            wanted = sorted(set(article_ids))
            rows = [row for start in range(0, len(wanted), 500)
                    for row in self.store.conn.execute(
                        f"SELECT id, origin FROM articles WHERE id IN "
                        f"({','.join('?' * len(wanted[start:start + 500]))})",
                        wanted[start:start + 500])]
        return {row[0]: HASH_SUFFIX.sub("", EXTENSION.sub("", Path(row[1]).name)) or str(row[0])
                for row in rows}

    def article_titles(self, article_ids: Iterable[int] | None = None) -> dict[int, str]:
        """A short name for each article (only those of `article_ids` if given): its title
        (`display_title`), cut to LABEL_CHARS."""
        select = ("SELECT id, origin, title, substr(clean_text, 1, 200) AS opening "
                  "FROM articles")
        if article_ids is None:
            rows = self.store.conn.execute(select).fetchall()
        else:
            wanted = sorted(set(article_ids))
            rows = [row for start in range(0, len(wanted), 500)
                    for row in self.store.conn.execute(
                        f"{select} WHERE id IN ({','.join('?' * len(wanted[start:start + 500]))})",
                        wanted[start:start + 500])]
        return {row["id"]: _shortened(display_title(dict(row))) for row in rows}

    def article(self, article_id: int) -> dict:
        """One article with its removed lines, origins, copies, and what the pipeline found in
        it: actor mentions, time expressions and event reports, with offsets into `clean_text`."""
        row = self.store.conn.execute("SELECT * FROM articles WHERE id = ?",
                                      (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        query = self.store.conn.execute
        removed = query("SELECT line_no, text, reason FROM removed_lines WHERE article_id = ? "
                        "ORDER BY line_no", (article_id,)).fetchall()
        origins = query("SELECT origin, source FROM article_origins WHERE article_id = ?",
                        (article_id,)).fetchall()
        mentions = query("SELECT m.start, m.end, m.text, m.kind, m.actor_id, a.name AS actor_name, "
                         "m.confidence FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id "
                         "WHERE m.article_id = ? ORDER BY m.start", (article_id,)).fetchall()
        times = query("SELECT start, end, text, type, value, first_day, last_day FROM "
                      "time_expressions WHERE article_id = ? ORDER BY start",
                      (article_id,)).fetchall()
        reports = query("SELECT v.event_id, e.type, v.trigger, v.start, v.end, v.status, "
                        "s.name AS source_name, t.name AS target_name, e.source_actor AS source, "
                        "e.target_actor AS target, e.first_day, e.last_day, se.text AS sentence "
                        "FROM event_evidence v JOIN events e ON e.id = v.event_id "
                        "JOIN actors s ON s.id = e.source_actor "
                        "LEFT JOIN actors t ON t.id = e.target_actor "
                        "JOIN sentences se ON se.article_id = v.article_id "
                        "AND se.idx = v.sentence_idx "
                        "WHERE v.article_id = ? ORDER BY v.start, v.id", (article_id,)).fetchall()
        return {**_titled(dict(row) | {"opening": row["clean_text"][:200]}),
                "removed": [dict(r) for r in removed],
                "origins": [r["origin"] for r in origins],
                "sources": sorted({r["source"] for r in origins if r["source"]}),
                "copies": self.copies(article_id),
                "mentions": [dict(m) for m in mentions],
                "time_expressions": [dict(t) for t in times],
                "reports": [_trigger_span(dict(r), row["clean_text"]) for r in reports]}


def _trigger_span(report: dict, text: str) -> dict:
    """A report with the offsets of its trigger: found inside the reported span, where the
    pipeline found it."""
    found = text.find(report["trigger"], report["start"], report["end"])
    report["trigger_start"] = found if found >= 0 else None
    report["trigger_end"] = found + len(report["trigger"]) if found >= 0 else None
    return report


def headline(text: str) -> str | None:
    """The first line of an article's text when it reads as a headline: short, more than one
    word, not ending like a sentence of running text, with more text after it."""
    first, newline, rest = text.partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not 2 <= len(first.split()) <= 25 \
            or len(first) > HEADLINE_CHARS or first[-1] in ".,;:":
        return None
    return first


def display_title(article: dict) -> str:
    """The title to show for an article: its metadata title, else its headline line, else
    the first words of its text, else its file name without extension and trailing content
    hash ("000_f6232f9d.txt" → "000")."""
    opening = article.get("opening") or ""
    words = opening.split()
    return article.get("title") or headline(opening) or \
        (" ".join(words[:OPENING_WORDS]) + " …" if words else "") or \
        HASH_SUFFIX.sub("", EXTENSION.sub("", Path(article["origin"]).name)) or str(article["id"])


def _titled(article: dict) -> dict:
    """An article row with `display_title` as its title, and without the opening it read."""
    title = display_title(article)
    article.pop("opening", None)
    return article | {"title": title}


def _shortened(title: str) -> str:
    return title if len(title) <= LABEL_CHARS else title[:LABEL_CHARS - 1].rstrip() + "…"


def _bins(first: date, last: date, unit: str) -> list[tuple[date, date]]:
    """Consecutive [start, end] periods of one day, week (from Monday) or month that cover
    `first` to `last`."""
    bins = []
    if unit == "day":
        start = first
    elif unit == "week":
        start = first - timedelta(days=first.weekday())
    else:
        start = first.replace(day=1)
    while start <= last:
        if unit == "day":
            following = start + timedelta(days=1)
        elif unit == "week":
            following = start + timedelta(days=7)
        else:
            following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        bins.append((start, following - timedelta(days=1)))
        start = following
    return bins


def _page(limit: int | None, offset: int) -> str:
    return f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""


def _iso(value: date | str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ChronikError(f"bad date {value!r}; use YYYY-MM-DD") from None


def open_chronicle(db: str | Path) -> Chronicle:
    return Chronicle(db)
