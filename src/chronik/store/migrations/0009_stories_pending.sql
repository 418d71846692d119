-- Stories that articles joined since their label was last written. A run labels them at its end;
-- a run that was killed before leaves them here for the next run to label, so that an interrupted
-- and resumed run ends with the same labels as one that was never interrupted.
CREATE TABLE stories_pending (
    story_id INTEGER PRIMARY KEY REFERENCES stories(id)
);
