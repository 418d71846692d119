-- Further participants of a meeting beyond its first target ("trifft Selenskyj und Kuleba").
CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    PRIMARY KEY (event_id, actor_id)
);
-- Who says so, for reported speech ("teilte die Sprecherin des Weißen Hauses, Jen Psaki, mit").
ALTER TABLE event_evidence ADD COLUMN reported_by TEXT REFERENCES actors(id);
