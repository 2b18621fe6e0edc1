-- Households and their status per year (synced records).

CREATE TABLE household (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    village_id TEXT NOT NULL REFERENCES village (id) DEFERRABLE INITIALLY DEFERRED,
    code TEXT,
    head_name TEXT NOT NULL,
    head_birth_year INTEGER CHECK (head_birth_year IS NULL OR head_birth_year BETWEEN 1900 AND 2100),
    head_gender TEXT CHECK (head_gender IS NULL OR head_gender IN ('nam', 'nu')),
    ethnic_code TEXT,
    members INTEGER NOT NULL DEFAULT 1 CHECK (members >= 0),
    phone TEXT,
    notes TEXT,
    search_key TEXT NOT NULL DEFAULT ''
);
-- The register scans this index in order (search_key = folded name, code, phone): counting and
-- filtering by text read only the index, and the first page is the first rows of it.
CREATE INDEX household_search ON household (deleted, search_key, id);
-- The same for one commune (a commune station always filters by its own; a hub may).
CREATE INDEX household_commune_search ON household (deleted, commune_code, search_key, id);
CREATE INDEX household_head ON household (head_name);
-- Filtering by village or ethnic group keeps the register's order and counts from the index alone.
CREATE INDEX household_village ON household (village_id, deleted, commune_code, search_key, id);
CREATE INDEX household_ethnic ON household (deleted, commune_code, ethnic_code, search_key, id);

-- status: poor / near_poor / average / not_poor (codes of the poverty standard's rule).
-- deprivations: JSON list of the indicator codes the household lacks.
CREATE TABLE household_year (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('poor', 'near_poor', 'average', 'not_poor')),
    income_per_month INTEGER CHECK (income_per_month IS NULL OR income_per_month >= 0),
    deprivations TEXT NOT NULL DEFAULT '[]',
    standard_code TEXT,
    notes TEXT
);
CREATE UNIQUE INDEX household_year_unique ON household_year (household_id, year) WHERE deleted = 0;
-- Covers the register's status filter (households with a status in a year) without the table.
CREATE INDEX household_year_year ON household_year (year, status, deleted, household_id);
