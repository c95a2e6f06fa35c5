-- Optimistic locking for widgets (docs/decisions/0009-optimistic-locking-with-lock-version.md),
-- Rails' lock_version convention: a form carries the version of the widget it shows, and the
-- update applies only while the row still has that version, adding one to it. A save based on
-- an older version changes nothing and is refused, so no update is lost silently.

ALTER TABLE widgets ADD COLUMN lock_version integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN widgets.lock_version IS 'Optimistic lock: how many times the widget was updated. An update applies only at the version the editor saw, and increments it.';
