-- The evidence a publication date rests on ("metadata", the date line, "gestrigen Montag, dem 21.
-- Juli 2008"), shown next to the date by `chronik articles`.
ALTER TABLE articles ADD COLUMN date_clue TEXT;
