-- household_fts: a trigram full-text index of household.search_key (the folded name, code and
-- phone of text.search_key), so a search word of three characters or more finds its households
-- through the index instead of a LIKE scan of every household (search.household_where). It is
-- derived data: an external-content FTS5 table over household's rowid, kept in step by the
-- triggers below on every write, the sync engine's included; not a synced table (no sync
-- columns), so it is neither logged, sent, exported nor shown in the trash.
CREATE VIRTUAL TABLE household_fts USING fts5(
    search_key, content = 'household', content_rowid = 'rowid', tokenize = 'trigram'
);
INSERT INTO household_fts (household_fts) VALUES ('rebuild');
CREATE TRIGGER household_fts_insert AFTER INSERT ON household BEGIN
    INSERT INTO household_fts (rowid, search_key) VALUES (NEW.rowid, NEW.search_key);
END;
CREATE TRIGGER household_fts_delete AFTER DELETE ON household BEGIN
    INSERT INTO household_fts (household_fts, rowid, search_key)
    VALUES ('delete', OLD.rowid, OLD.search_key);
END;
CREATE TRIGGER household_fts_update AFTER UPDATE OF search_key ON household BEGIN
    INSERT INTO household_fts (household_fts, rowid, search_key)
    VALUES ('delete', OLD.rowid, OLD.search_key);
    INSERT INTO household_fts (rowid, search_key) VALUES (NEW.rowid, NEW.search_key);
END;
