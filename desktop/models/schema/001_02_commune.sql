-- The commune's units, sponsors, twinnings and working group (synced records).

CREATE TABLE village (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    ordinal INTEGER NOT NULL DEFAULT 0,
    notes TEXT
);
CREATE INDEX village_commune ON village (commune_code);

-- commune_code is NULL for sponsors owned by the hub's directory.
CREATE TABLE sponsor (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL,
    headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    address TEXT,
    representative TEXT,
    representative_title TEXT,
    phone TEXT,
    email TEXT,
    notes TEXT
);

CREATE TABLE twinning (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    sponsor_id TEXT NOT NULL REFERENCES sponsor (id) DEFERRABLE INITIALLY DEFERRED,
    since TEXT NOT NULL,
    until TEXT,
    decision_number TEXT,
    decision_date TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    notes TEXT
);
CREATE INDEX twinning_sponsor ON twinning (sponsor_id);

-- Tổ công tác: stages is a JSON list of stage codes the member is responsible for.
CREATE TABLE member (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    full_name TEXT NOT NULL,
    position TEXT,
    unit TEXT,
    group_role TEXT NOT NULL DEFAULT 'thanh_vien',
    phone TEXT,
    term_start TEXT,
    term_end TEXT,
    stages TEXT NOT NULL DEFAULT '[]',
    sponsor_id TEXT REFERENCES sponsor (id) DEFERRABLE INITIALLY DEFERRED,
    notes TEXT
);
