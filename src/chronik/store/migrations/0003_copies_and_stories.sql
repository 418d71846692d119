-- Duplicates, shared agency copy and stories.
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    first_day TEXT,
    last_day TEXT,
    num_articles INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- How much each actor is mentioned in a story, for matching new articles against it.
CREATE TABLE story_actors (
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    weight INTEGER NOT NULL,
    PRIMARY KEY (story_id, actor_id)
);
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id);
-- Hash of the cleaned text with case, punctuation and spacing removed: exact duplicates.
ALTER TABLE articles ADD COLUMN text_hash TEXT;
-- News agencies the article credits for its text, joined by ", ".
ALTER TABLE articles ADD COLUMN agencies TEXT;
-- The outlet of each copy of an exact duplicate.
ALTER TABLE article_origins ADD COLUMN source TEXT;
-- Independent sources of an event: its articles, counting copies of one text once.
ALTER TABLE events ADD COLUMN num_sources INTEGER NOT NULL DEFAULT 0;
CREATE TABLE fingerprints (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL,
    shingles BLOB NOT NULL
);
CREATE TABLE passage_anchors (
    hash INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (hash, article_id)
) WITHOUT ROWID;
-- A later article (article_id) that copies an earlier one (other_id), wholly or in passages.
CREATE TABLE article_links (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('near-duplicate', 'shared-passages')),
    similarity REAL NOT NULL,
    shared_words INTEGER NOT NULL,
    agency TEXT,
    PRIMARY KEY (article_id, other_id)
);
CREATE TABLE shared_passages (
    article_id INTEGER NOT NULL,
    other_id INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    other_start INTEGER NOT NULL,
    other_end INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    words INTEGER NOT NULL,
    FOREIGN KEY (article_id, other_id) REFERENCES article_links(article_id, other_id)
        ON DELETE CASCADE
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX links_other ON article_links(other_id);
CREATE INDEX passages_pair ON shared_passages(article_id, other_id);
CREATE INDEX story_actors_actor ON story_actors(actor_id);
