-- The squared length of each story's actor vector (sum of squared mention counts), kept as
-- articles join, so that comparing a new article with a story reads only the actors they share.
ALTER TABLE stories ADD COLUMN actor_norm INTEGER NOT NULL DEFAULT 0;
UPDATE stories SET actor_norm = coalesce(
    (SELECT sum(weight * weight) FROM story_actors WHERE story_id = stories.id), 0);
