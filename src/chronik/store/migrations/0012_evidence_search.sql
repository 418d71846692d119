-- Full-text search over the sentences that report events (SQLite FTS5): one row per report,
-- keyed by its evidence id, holding a copy of the sentence; kept in step by triggers.
CREATE VIRTUAL TABLE evidence_fts USING fts5(
    sentence, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON event_evidence BEGIN
    INSERT INTO evidence_fts (rowid, sentence)
    SELECT new.id, s.text FROM sentences s
    WHERE s.article_id = new.article_id AND s.idx = new.sentence_idx;
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON event_evidence BEGIN
    DELETE FROM evidence_fts WHERE rowid = old.id;
END;
INSERT INTO evidence_fts (rowid, sentence)
SELECT v.id, s.text FROM event_evidence v
JOIN sentences s ON s.article_id = v.article_id AND s.idx = v.sentence_idx;
