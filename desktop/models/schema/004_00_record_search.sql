-- Trigram full-text indexes of the search keys of needs and receipts (search.KeyIndex), which a
-- city's hub holds by the thousand: `<table>_fts` holds search_key(...) of a row's searched
-- text by the row's rowid, `<table>_fts_stale` the rowids whose key must be made again. SQL
-- cannot fold Vietnamese (our search_key() is a Python function, absent from other programs'
-- connections), so the triggers below only mark the rows whose searched text changed, whoever
-- wrote it, and search.indexed_where makes their keys before a search. Derived data: no sync
-- columns, so neither logged, sent, exported nor shown in the trash. Every row starts stale;
-- the migration makes the keys (migrations.AFTER_SCRIPTS).
CREATE VIRTUAL TABLE need_fts USING fts5(search_key, tokenize = 'trigram');
CREATE TABLE need_fts_stale (row INTEGER PRIMARY KEY);
INSERT INTO need_fts_stale (row) SELECT rowid FROM need;
CREATE TRIGGER need_fts_insert AFTER INSERT ON need BEGIN
    INSERT OR IGNORE INTO need_fts_stale (row) VALUES (NEW.rowid);
END;
CREATE TRIGGER need_fts_update AFTER UPDATE OF description, unit, notes ON need BEGIN
    INSERT OR IGNORE INTO need_fts_stale (row) VALUES (NEW.rowid);
END;
CREATE TRIGGER need_fts_delete AFTER DELETE ON need BEGIN
    INSERT OR IGNORE INTO need_fts_stale (row) VALUES (OLD.rowid);
END;

-- A receipt is searched by its description, minutes number, sponsor's name and items' names.
CREATE VIRTUAL TABLE receipt_fts USING fts5(search_key, tokenize = 'trigram');
CREATE TABLE receipt_fts_stale (row INTEGER PRIMARY KEY);
INSERT INTO receipt_fts_stale (row) SELECT rowid FROM receipt;
CREATE TRIGGER receipt_fts_insert AFTER INSERT ON receipt BEGIN
    INSERT OR IGNORE INTO receipt_fts_stale (row) VALUES (NEW.rowid);
END;
CREATE TRIGGER receipt_fts_update AFTER UPDATE OF description, minutes_number, sponsor_id
ON receipt BEGIN
    INSERT OR IGNORE INTO receipt_fts_stale (row) VALUES (NEW.rowid);
END;
CREATE TRIGGER receipt_fts_delete AFTER DELETE ON receipt BEGIN
    INSERT OR IGNORE INTO receipt_fts_stale (row) VALUES (OLD.rowid);
END;
CREATE TRIGGER receipt_fts_item_insert AFTER INSERT ON receipt_item BEGIN
    INSERT OR IGNORE INTO receipt_fts_stale (row)
    SELECT rowid FROM receipt WHERE id = NEW.receipt_id;
END;
CREATE TRIGGER receipt_fts_item_update AFTER UPDATE OF name, deleted, receipt_id
ON receipt_item BEGIN
    INSERT OR IGNORE INTO receipt_fts_stale (row)
    SELECT rowid FROM receipt WHERE id IN (OLD.receipt_id, NEW.receipt_id);
END;
CREATE TRIGGER receipt_fts_item_delete AFTER DELETE ON receipt_item BEGIN
    INSERT OR IGNORE INTO receipt_fts_stale (row)
    SELECT rowid FROM receipt WHERE id = OLD.receipt_id;
END;
CREATE TRIGGER receipt_fts_sponsor_update AFTER UPDATE OF name ON sponsor BEGIN
    INSERT OR IGNORE INTO receipt_fts_stale (row)
    SELECT rowid FROM receipt WHERE sponsor_id = NEW.id;
END;
