-- The highest clock stamp each peer station has sent (its own changes): the hub's stations page
-- flags a station whose stamps run ahead of the hub's clock. Migrating also reinstalls the
-- triggers: exact REAL values in the change log, edits stamped above the version they replace,
-- and the hub's read-only guard of commune records.
ALTER TABLE sync_peer ADD COLUMN max_hlc TEXT;
