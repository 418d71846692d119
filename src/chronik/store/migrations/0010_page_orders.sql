-- The orders in which lists are read page by page (articles by publication, events by date,
-- stories latest first), as indexes: a page deep into a large chronicle then reads its rows from
-- the index instead of sorting every row for each request.
CREATE INDEX articles_publication_order ON articles(published IS NULL, published, id);
CREATE INDEX events_date_order ON events(first_day IS NULL, first_day, last_day, id);
CREATE INDEX stories_recent_order ON stories(last_day IS NULL, last_day DESC, id DESC);
