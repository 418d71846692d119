"""A large synthetic chronicle written straight into a chronik database, for the page tests and
the load benchmark: as many events, articles, actors and stories as a year of news gives, built in
seconds instead of the hours the pipeline would need for 100,000 articles.

    python benchmarks/chronicle_fixture.py big.db --events 10000 --articles 100000

Actors come from the shipped actor base; texts are sentences written for this file from a few
patterns per event type (German), so that search, spellings ("Außenministerium") and word forms
have something to find. Dates cluster in 2019–2024 with a few far outliers (a charter of 1291,
a plan for 2031), as real chronicles have them. The same seed gives the same database.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from datetime import date, timedelta
from pathlib import Path

PATTERNS = {
    "CONSULT": ("traf", "{a} traf am Rande des Gipfels mit {b} zusammen."),
    "ACCUSE": ("warf", "{a} warf {b} vor, die Absprachen gebrochen zu haben."),
    "REQUEST": ("forderte", "{a} forderte von {b} die Freilassung der Gefangenen."),
    "THREATEN": ("drohte", "{a} drohte {b} mit weiteren Sanktionen."),
    "SUPPORT": ("sicherte", "{a} sicherte {b} politische Unterstützung zu."),
    "SANCTION": ("verhängte", "{a} verhängte neue Sanktionen gegen {b}."),
    "REJECT": ("wies", "{a} wies die Vorschläge von {b} entschieden zurück."),
    "AGREE": ("unterzeichneten", "{a} und {b} unterzeichneten ein Abkommen über den Handel."),
    "AID": ("schickte", "{a} schickte Hilfsgüter und Ärzte an {b}."),
    "PROTEST": ("demonstrierten", "Anhänger von {a} demonstrierten vor der Botschaft von {b}."),
    "ASSAULT": ("griffen", "Einheiten von {a} griffen Stellungen von {b} an."),
    "COOPERATE": ("vereinbarten", "{a} und {b} vereinbarten eine engere Zusammenarbeit."),
}
FILLERS = (
    "Das Außenministerium äußerte sich zunächst nicht zu den Berichten.",
    "Beobachter rechnen mit einer längeren Auseinandersetzung.",
    "Die Gespräche sollen in der kommenden Woche fortgesetzt werden.",
    "Nach Angaben von Diplomaten war die Stimmung angespannt.",
    "Der Streit über die Grenzziehung schwelt seit Jahren.",
    "Mehrere Abgeordnete verlangten eine Sondersitzung des Parlaments.",
)
HEADLINES = ("Streit um {b} verschärft sich", "{a} setzt auf Gespräche",
             "Neue Spannungen zwischen {a} und {b}", "Was der Besuch bei {b} bedeutet")
SOURCES = ("Nordkurier Online", "Tagesblick", "Rheinpost", "Alpenrundschau", "Hafenzeitung",
           "Morgenecho", "Der Landbote", "Stadtanzeiger", "Abendpresse", "Weltspiegel digital")
STATUSES = ("happened",) * 16 + ("planned", "planned", "conditional", "denied")
OUTLIER_DAYS = (date(1291, 8, 1), date(1914, 7, 28), date(1989, 11, 9), date(2031, 5, 1))
START, DAYS = date(2019, 1, 1), 6 * 365


def _actors(rng: random.Random) -> list[tuple[str, str, str]]:
    """(id, name, kind) of the actors the chronicle is about: states, organisations, groups and
    people of the base, drawn once per seed."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from chronik.actors import load

    base = load()
    by_kind: dict[str, list[tuple[str, str, str]]] = {}
    for actor in sorted(base.actors.values(), key=lambda a: a.id):
        by_kind.setdefault(actor.kind, []).append((actor.id, actor.name, actor.kind))
    wanted = {"country": 80, "organization": 40, "person": 240, "group": 40}
    chosen = []
    for kind, number in wanted.items():
        pool = by_kind.get(kind, [])
        chosen += rng.sample(pool, min(number, len(pool)))
    return chosen


def _day(rng: random.Random) -> date:
    if rng.random() < 0.004:
        return rng.choice(OUTLIER_DAYS)
    offset = int(min(max(rng.gauss(DAYS / 2, DAYS / 5), 0), DAYS - 1))
    return START + timedelta(days=offset)


def build(db: str | Path, events: int = 10_000, articles: int = 100_000, seed: int = 7) -> None:
    """Write a chronicle of `events` events reported in `articles` articles (at least one
    article for every two events) into the new database `db`."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from chronik.store import Store

    db = Path(db)
    if db.exists():
        raise SystemExit(f"{db} exists; give a new path")
    rng = random.Random(seed)
    actors = _actors(rng)
    reporting = max(1, min(articles, (events + 1) // 2))
    store = Store(db)
    conn = store.conn
    plans = [(rng.choice(list(PATTERNS)), *rng.sample(actors, 2), _day(rng),
              rng.choice(STATUSES)) for _ in range(events)]
    with store.transaction():
        stories: list[tuple[int, str, date]] = []
        for number in range(max(1, reporting // 8)):
            first, second = rng.sample(actors, 2)
            stories.append((number + 1, f"{first[1]} / {second[1]}", _day(rng)))
        conn.executemany("INSERT INTO stories (id, label, first_day, last_day, num_articles) "
                         "VALUES (?, ?, ?, ?, 0)",
                         [(i, label, day.isoformat(), (day + timedelta(days=30)).isoformat())
                          for i, label, day in stories])
        reports: dict[int, list[int]] = {}
        for index in range(events):
            for _ in range(1 + (rng.random() < 0.35) + (rng.random() < 0.1)):
                reports.setdefault(rng.randrange(reporting), []).append(index)
        event_rows, evidence_rows, mention_rows = [], [], []
        counts: dict[int, set[int]] = {}
        for article_id in range(1, articles + 1):
            planned = reports.get(article_id - 1, [])
            lines, sentences = _text(rng, [(i, plans[i]) for i in planned], actors)
            text = "\n".join(lines)
            source = rng.choice(SOURCES)
            day = plans[planned[0]][3] if planned else _day(rng)
            title = lines[0] if rng.random() < 0.3 else None
            digest = hashlib.sha1(f"{seed}:{article_id}:{text}".encode()).hexdigest()
            story = stories[article_id % len(stories)][0]
            conn.execute(
                "INSERT INTO articles (id, content_hash, text_hash, origin, source, url, title, "
                "format, raw_text, clean_text, published, date_method, date_confidence, "
                "story_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'text', ?, ?, ?, 'metadata', 1.0, ?)",
                (article_id, digest, digest, f"/srv/news/{article_id:06d}.txt", source,
                 f"https://news.example.org/{article_id}" if rng.random() < 0.7 else None,
                 title, text, text, day.isoformat(), story))
            conn.execute("INSERT INTO article_origins (article_id, origin, source) "
                         "VALUES (?, ?, ?)", (article_id, f"/srv/news/{article_id:06d}.txt",
                                              source))
            conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                             [(article_id, idx, start, start + len(sentence), sentence)
                              for idx, (start, sentence, _, _) in enumerate(sentences)])
            for idx, (start, sentence, event_index, names) in enumerate(sentences):
                for actor_id, name, kind in names:
                    found = sentence.find(name)
                    if found >= 0:
                        mention_rows.append((article_id, idx, start + found,
                                             start + found + len(name), name, kind,
                                             actor_id, 0.9))
                if event_index is None:
                    continue
                kind, _, _, when, status = plans[event_index]
                trigger = PATTERNS[kind][0]
                evidence_rows.append((event_index + 1, article_id, idx, start,
                                      start + len(sentence), trigger, status, when.isoformat(),
                                      when.isoformat(), "day", 0.8, day.isoformat()))
                counts.setdefault(event_index, set()).add(article_id)
        for index, (kind, (source, *_), (target, *_), when, status) in enumerate(plans):
            seen = counts.get(index, set())
            event_rows.append((index + 1, kind, source, target, when.isoformat(),
                               (when + timedelta(days=rng.choice((0, 0, 0, 1, 3)))).isoformat(),
                               status, len(seen), len(seen), max(1, min(len(seen), 3))))
        conn.executemany(
            "INSERT INTO events (id, type, source_actor, target_actor, first_day, last_day, "
            "precision, status, confidence, num_reports, num_articles, num_sources) "
            "VALUES (?, ?, ?, ?, ?, ?, 'day', ?, 0.8, ?, ?, ?)", event_rows)
        conn.executemany(
            "INSERT INTO event_evidence (event_id, article_id, sentence_idx, start, end, trigger, "
            "status, first_day, last_day, precision, confidence, published) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", evidence_rows)
        conn.executemany(
            "INSERT INTO mentions (article_id, sentence_idx, start, end, text, kind, actor_id, "
            "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", mention_rows)
        conn.execute("UPDATE stories SET num_articles = (SELECT count(*) FROM articles a "
                     "WHERE a.story_id = stories.id)")
        conn.executemany(
            "INSERT OR IGNORE INTO article_links (article_id, other_id, kind, similarity, "
            "shared_words) VALUES (?, ?, 'near-duplicate', 0.9, 120)",
            [(a, a - len(stories)) for a in range(len(stories) + 1, reporting + 1, 97)])
    store.close()


def _text(rng: random.Random, planned: list[tuple[int, tuple]], actors: list[tuple[str, str, str]]
          ) -> tuple[list[str], list[tuple[int, str, int | None, list]]]:
    """The lines of an article that reports the (event index, plan) pairs `planned`: a headline
    and a paragraph; and its sentences as (start, text, event index or None, actors named)."""
    first, second = (planned[0][1][1], planned[0][1][2]) if planned else rng.sample(actors, 2)
    headline = rng.choice(HEADLINES).format(a=first[1], b=second[1])
    body: list[tuple[str, int | None, list]] = []
    for event_index, (kind, a, b, _, _) in planned:
        body.append((PATTERNS[kind][1].format(a=a[1], b=b[1]), event_index, [a, b]))
        body.append((rng.choice(FILLERS), None, []))
    while len(body) < 4:
        body.append((rng.choice(FILLERS), None, []))
    sentences, start = [], len(headline) + 1
    for sentence, event_index, names in body:
        sentences.append((start, sentence, event_index, names))
        start += len(sentence) + 1
    return [headline, " ".join(sentence for sentence, _, _ in body)], sentences


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    build(options.db, options.events, options.articles, options.seed)
    print(f"wrote {options.db}: {options.events:,} events in {options.articles:,} articles")
