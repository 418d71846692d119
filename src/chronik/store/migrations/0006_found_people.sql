-- People the actor base does not know become actors found in the text (origin 'found'), keyed by
-- their normalised name; each mention keeps the role words that stood next to it.
ALTER TABLE actors ADD COLUMN origin TEXT NOT NULL DEFAULT 'base';
ALTER TABLE mentions ADD COLUMN role TEXT;
