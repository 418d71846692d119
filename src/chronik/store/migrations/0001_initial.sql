-- chronik schema, version 1: articles and what was learned from them, and the merged chronicle.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    source TEXT,
    url TEXT,
    title TEXT,
    format TEXT NOT NULL,
    raw_text TEXT NOT NULL,
    clean_text TEXT NOT NULL,
    header_date TEXT,
    metadata_date TEXT,
    published TEXT,
    date_method TEXT,
    date_confidence REAL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE article_origins (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
);
CREATE TABLE removed_lines (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    actor_id TEXT REFERENCES actors(id),
    confidence REAL NOT NULL
);
CREATE TABLE time_expressions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    first_day TEXT,
    last_day TEXT,
    precision TEXT NOT NULL,
    tense TEXT NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    mode TEXT,
    source_actor TEXT NOT NULL REFERENCES actors(id),
    target_actor TEXT REFERENCES actors(id),
    first_day TEXT,
    last_day TEXT,
    precision TEXT NOT NULL,
    location TEXT,
    status TEXT NOT NULL,
    condition TEXT,
    confidence REAL NOT NULL,
    num_reports INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE event_evidence (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    mode TEXT,
    status TEXT NOT NULL,
    condition TEXT,
    location TEXT,
    first_day TEXT,
    last_day TEXT,
    precision TEXT NOT NULL,
    confidence REAL NOT NULL,
    published TEXT
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX time_expressions_article ON time_expressions(article_id);
CREATE INDEX events_pair ON events(type, source_actor, target_actor);
CREATE INDEX events_day ON events(first_day);
CREATE INDEX evidence_event ON event_evidence(event_id);
CREATE INDEX evidence_article ON event_evidence(article_id);
