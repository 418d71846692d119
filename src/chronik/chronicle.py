"""Read the chronicle: the query API that the command line and any other front end call."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from .actors import load as load_actors
from .actors import person_key, translit_key
from .errors import ChronikError, LimitError, NotFoundError
from .events import TYPES
from .store import Store

EXTENSION = re.compile(r"\.(?:txt|html?|jsonl)(?=$|:)")
HASH_SUFFIX = re.compile(r"[_-][0-9a-f]{8,}(?=$|:)")
EVENT_COLUMNS = ("id", "type", "mode", "source", "source_name", "target", "target_name",
                 "participants", "first_day", "last_day", "precision", "location", "status",
                 "condition", "confidence", "num_reports", "num_articles", "num_sources",
                 "article_ids")
STATUSES = ("happened", "planned", "conditional", "denied")
MARK_START, MARK_END = "\x02", "\x03"
# Bounds on a text query, so that its cost stays bounded: each word is one index lookup or one
# LIKE scan of the evidence sentences.
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 20
CONTROL_CHARACTERS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")
EVENT_SELECT = (
    "SELECT e.id, e.type, e.mode, e.source_actor AS source, s.name AS source_name, "
    "e.target_actor AS target, t.name AS target_name, "
    "(SELECT group_concat(pa.name, char(31)) FROM event_participants p "
    "JOIN actors pa ON pa.id = p.actor_id WHERE p.event_id = e.id) AS participants, "
    "e.first_day, e.last_day, e.precision, "
    "e.location, e.status, e.condition, e.confidence, e.num_reports, e.num_articles, "
    "e.num_sources, "
    "(SELECT group_concat(DISTINCT v.article_id) FROM event_evidence v WHERE v.event_id = e.id) "
    "AS article_ids "
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
        lowered = name.casefold()
        for actor in base.actors.values():
            if actor.name.casefold() == lowered or actor.id.casefold() == lowered:
                return actor.id
        for surface, actor_id in base.surfaces.items():
            if surface.casefold() == lowered:
                return actor_id
        found = self.store.conn.execute("SELECT id FROM actors WHERE id IN (?, ?)",
                                        (name, person_key(name))).fetchone()
        if found:
            return found[0]
        raise ChronikError(f"unknown actor {name!r}; try a full name such as 'Joe Biden' or a "
                           "country such as 'Russland'")

    def timeline(self, actor: str | None = None, start: date | str | None = None,
                 end: date | str | None = None, type: str | None = None,
                 status: str | None = None, story: int | None = None, query: str | None = None,
                 limit: int | None = None, offset: int = 0) -> list[dict]:
        """Events in date order (undated ones last), optionally filtered: by an actor as source
        or target, by overlap with [start, end], type, status, story, or by words that an
        evidence sentence holds; `limit` and `offset` page through them."""
        where, params = self._event_filter(actor, start, end, type, status, story, query)
        rows = self.store.conn.execute(
            f"{EVENT_SELECT}{where} ORDER BY e.first_day IS NULL, e.first_day, e.last_day, e.id"
            f"{_page(limit, offset)}", params).fetchall()
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
        for word in query_words(query or ""):
            clauses.append("e.id IN (SELECT v.event_id FROM event_evidence v JOIN sentences s "
                           "ON s.article_id = v.article_id AND s.idx = v.sentence_idx "
                           "WHERE s.text LIKE ? ESCAPE '\\')")
            params.append("%" + re.sub(r"([%_\\])", r"\\\1", word) + "%")
        return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params

    def events(self) -> list[dict]:
        return self.timeline()

    def network(self, type: str | None = None, start: date | str | None = None,
                end: date | str | None = None) -> dict:
        """The actor network: actors as nodes, and for each pair of actors that an event links
        (source and target, or participants of one meeting) an edge with the number of events
        and their types."""
        edges: dict[tuple[str, str], dict] = {}
        names: dict[str, dict] = {}
        for event in self.timeline(type=type, start=start, end=end):
            ends = [(event["source"], event["source_name"])]
            if event["target"]:
                ends.append((event["target"], event["target_name"]))
            for actor_id, name in ends:
                node = names.setdefault(actor_id, {"id": actor_id, "name": name, "num_events": 0})
                node["num_events"] += 1
            if len(ends) == 2 and ends[0][0] != ends[1][0]:
                key = (ends[0][0], ends[1][0])
                edge = edges.setdefault(key, {"source": key[0], "target": key[1], "count": 0,
                                              "types": {}, "event_ids": []})
                edge["count"] += 1
                edge["types"][event["type"]] = edge["types"].get(event["type"], 0) + 1
                edge["event_ids"].append(event["id"])
        wanted = sorted(names)
        kinds = {row["id"]: row["kind"] for start in range(0, len(wanted), 500)
                 for row in self.store.conn.execute(
                     "SELECT id, kind FROM actors WHERE id IN "
                     f"({','.join('?' * len(wanted[start:start + 500]))})",
                     wanted[start:start + 500])}
        nodes = sorted(({**node, "kind": kinds.get(node["id"])} for node in names.values()),
                       key=lambda node: (-node["num_events"], node["name"]))
        return {"nodes": nodes,
                "edges": sorted(edges.values(), key=lambda e: (-e["count"], e["source"],
                                                               e["target"]))}

    def search(self, query: str, limit: int = 20, offset: int = 0) -> dict:
        """Articles whose title or text holds every word of `query` (SQLite FTS5, accents and
        case ignored), best first, each with a snippet; words found are wrapped in
        MARK_START and MARK_END."""
        terms = " ".join('"' + word.replace('"', '""') + '"' for word in query_words(query))
        if not terms:
            raise ChronikError("empty search query; give one or more words")
        total = self.store.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (terms,)).fetchone()[0]
        rows = self.store.conn.execute(
            "SELECT a.id, a.origin, a.title, a.source, a.published, "
            f"snippet(articles_fts, 1, '{MARK_START}', '{MARK_END}', '…', 16) AS snippet "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT ? OFFSET ?",
            (terms, int(limit), int(offset))).fetchall()
        return {"total": total, "items": [dict(row) for row in rows]}

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
            "SELECT a.id, a.origin, a.title, a.source, a.published, a.date_method, "
            "a.date_confidence, a.date_clue, a.story_id, a.agencies, "
            "(SELECT count(*) FROM event_evidence v WHERE v.article_id = a.id) AS reports, "
            "(SELECT count(*) FROM article_origins o WHERE o.article_id = a.id) AS num_origins "
            f"FROM articles a ORDER BY a.published IS NULL, a.published, a.id{_page(limit, offset)}"
        ).fetchall()
        return [dict(row) for row in rows]

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
        """One story with its articles and the chronicle events they report."""
        row = self.store.conn.execute("SELECT * FROM stories WHERE id = ?",
                                      (story_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no story with id {story_id}; `chronik stories` lists them")
        articles = self.store.conn.execute(
            "SELECT id, origin, title, source, published, agencies FROM articles "
            "WHERE story_id = ? ORDER BY published, id", (story_id,)).fetchall()
        events = self.store.conn.execute(
            f"{EVENT_SELECT} WHERE e.id IN (SELECT v.event_id FROM event_evidence v JOIN "
            "articles a ON a.id = v.article_id WHERE a.story_id = ?) "
            "ORDER BY e.first_day IS NULL, e.first_day, e.last_day, e.id", (story_id,)).fetchall()
        return {**dict(row), "articles": [dict(a) for a in articles],
                "events": [_event(e) for e in events]}

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
        reports = query("SELECT v.event_id, e.type, v.trigger, v.start, v.end, v.status FROM "
                        "event_evidence v JOIN events e ON e.id = v.event_id "
                        "WHERE v.article_id = ? ORDER BY v.start, v.id", (article_id,)).fetchall()
        return {**dict(row), "removed": [dict(r) for r in removed],
                "origins": [r["origin"] for r in origins],
                "sources": sorted({r["source"] for r in origins if r["source"]}),
                "copies": self.copies(article_id),
                "mentions": [dict(m) for m in mentions],
                "time_expressions": [dict(t) for t in times],
                "reports": [_trigger_span(dict(r), row["clean_text"]) for r in reports]}


def query_words(query: str) -> list[str]:
    """The words of a text query, refused when it is too long or holds control characters."""
    if len(query) > MAX_QUERY_CHARS:
        raise LimitError(f"query of {len(query)} characters; at most {MAX_QUERY_CHARS}")
    if CONTROL.search(query):
        raise LimitError("query holds control characters")
    words = query.split()
    if len(words) > MAX_QUERY_WORDS:
        raise LimitError(f"query of {len(words)} words; at most {MAX_QUERY_WORDS}")
    return words


def _trigger_span(report: dict, text: str) -> dict:
    """A report with the offsets of its trigger: found inside the reported span, where the
    pipeline found it."""
    found = text.find(report["trigger"], report["start"], report["end"])
    report["trigger_start"] = found if found >= 0 else None
    report["trigger_end"] = found + len(report["trigger"]) if found >= 0 else None
    return report


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
