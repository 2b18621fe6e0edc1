-- Local bookkeeping: settings, the hybrid logical clock, the change log, stations, users.
-- Tables that carry id, commune_code, hlc, site_id and deleted are synced; the migration code
-- installs the change-log triggers on exactly those.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- Hybrid logical clock state: the highest (physical ms, counter) issued or seen.
CREATE TABLE hlc_state (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    physical INTEGER NOT NULL,
    counter INTEGER NOT NULL
);
INSERT INTO hlc_state VALUES (1, 0, 0);

-- applying = 1 while the sync engine applies remote changes: those are not local changes.
CREATE TABLE sync_control (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    applying INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_control VALUES (1, 0);

-- Every local write to a synced table, in order; seq is gap-free (AUTOINCREMENT rolls back
-- with the transaction that took it).
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    hlc TEXT NOT NULL,
    site_id TEXT,
    commune_code TEXT,
    actor TEXT,
    row TEXT,
    -- the version this write replaced (NULL for an insert): tells a later edit from a concurrent one
    base_hlc TEXT,
    base_site TEXT
);
CREATE INDEX change_log_row ON change_log (tbl, row_id);

-- Stations known here: this installation and, on a hub, every enrolled station.
CREATE TABLE station (
    site_id TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('commune', 'hub')),
    unit_code TEXT NOT NULL,
    name TEXT NOT NULL,
    officer TEXT,
    sign_public_key TEXT,
    enc_public_key TEXT,
    enrolled_at TEXT,
    revoked_at TEXT,
    is_self INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    username TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    position TEXT,
    role TEXT NOT NULL DEFAULT 'officer',
    created_at TEXT NOT NULL
);

-- Who changed what, here: one row per local change, written with the change log.
CREATE VIEW audit_entry AS
    SELECT seq, tbl, row_id, op, hlc, actor FROM change_log;
