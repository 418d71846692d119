-- The last publication day on which a story's articles mention each actor, indexed with the
-- actor, so that the stories naming an actor within a few days are read from a range of the index
-- however many stories named it before.
ALTER TABLE story_actors ADD COLUMN last_day TEXT;
-- "+m.actor_id" keeps SQLite from reading every mention of a common actor for each row: it goes
-- through the story's articles (articles_story) and their mentions (mentions_article) instead.
UPDATE story_actors SET last_day = (
    SELECT max(a.published) FROM articles a JOIN mentions m ON m.article_id = a.id
    WHERE a.story_id = story_actors.story_id AND +m.actor_id = story_actors.actor_id);
CREATE INDEX story_actors_actor_day ON story_actors(actor_id, last_day);
DROP INDEX story_actors_actor;
