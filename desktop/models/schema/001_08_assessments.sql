-- Year-end assessments of sponsors, and the register of issued documents (synced).

-- figures: JSON of the computed figures; reasons: JSON list of why (not) eligible.
-- A finalized revision is never edited; a change makes revision + 1 that supersedes it.
CREATE TABLE assessment (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    sponsor_id TEXT NOT NULL REFERENCES sponsor (id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    supersedes_id TEXT REFERENCES assessment (id) DEFERRABLE INITIALLY DEFERRED,
    figures TEXT NOT NULL DEFAULT '{}',
    reported INTEGER NOT NULL DEFAULT 1,
    eligible INTEGER,
    reasons TEXT NOT NULL DEFAULT '[]',
    rating TEXT,
    comments TEXT,
    finalized_on TEXT,
    finalized_by TEXT
);
CREATE INDEX assessment_sponsor_year ON assessment (sponsor_id, year);

-- Documents issued, numbered per year and symbol: "Số: 05/BB-UBND".
CREATE TABLE document (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    symbol TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    owner_table TEXT,
    owner_id TEXT,
    file_name TEXT
);
CREATE INDEX document_year ON document (year, symbol, number);
