-- Near-duplicate LSH buckets: one row per band of each article's MinHash signature.
CREATE TABLE lsh_buckets (
    bucket INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (bucket, article_id)
) WITHOUT ROWID;
-- Fingerprinted articles whose buckets are still to be filled (those stored before this version).
CREATE TABLE lsh_pending (article_id INTEGER PRIMARY KEY);
INSERT INTO lsh_pending SELECT article_id FROM fingerprints;
