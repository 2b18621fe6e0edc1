-- The hub's directory of sponsors (đơn vị kết nghĩa): one entry per unit across the area's
-- communes, hub-owned (commune_code NULL), carried to every commune in the hub's bundles.
CREATE TABLE sponsor_directory (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL,
    headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    notes TEXT
);

-- A commune's sponsor confirmed by the hub's officer as a directory entry. It carries the
-- sponsor's commune code, so it reaches that commune only, and only the hub writes it
-- (ownership.HUB_ONLY); one live row per sponsor.
CREATE TABLE sponsor_match (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    sponsor_id TEXT NOT NULL REFERENCES sponsor (id) DEFERRABLE INITIALLY DEFERRED,
    directory_id TEXT NOT NULL REFERENCES sponsor_directory (id) DEFERRABLE INITIALLY DEFERRED,
    confirmed_by TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
);
CREATE INDEX sponsor_match_sponsor ON sponsor_match (sponsor_id);
CREATE INDEX sponsor_match_directory ON sponsor_match (directory_id);
