-- Survey rounds, their commune/village indicators and household observations (synced).

CREATE TABLE survey (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    survey_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('commune', 'village', 'household')),
    title TEXT NOT NULL,
    surveyors TEXT NOT NULL DEFAULT '[]',
    standard_code TEXT,
    notes TEXT
);

-- village_id NULL: a commune-level figure.
CREATE TABLE survey_indicator (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    survey_id TEXT NOT NULL REFERENCES survey (id) DEFERRABLE INITIALLY DEFERRED,
    village_id TEXT REFERENCES village (id) DEFERRABLE INITIALLY DEFERRED,
    indicator TEXT NOT NULL,
    value REAL NOT NULL
);
CREATE INDEX survey_indicator_survey ON survey_indicator (survey_id);

CREATE TABLE survey_observation (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    survey_id TEXT NOT NULL REFERENCES survey (id) DEFERRABLE INITIALLY DEFERRED,
    household_id TEXT NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    income_per_month INTEGER CHECK (income_per_month IS NULL OR income_per_month >= 0),
    deprivations TEXT NOT NULL DEFAULT '[]',
    classification TEXT CHECK (classification IN ('poor', 'near_poor', 'average', 'not_poor')),
    members INTEGER,
    notes TEXT
);
-- Covering (survey_id, household_id, deleted, classification): comparing two rounds of 100,000
-- households and counting classes read this index only.
CREATE INDEX survey_observation_survey
    ON survey_observation (survey_id, household_id, deleted, classification);
CREATE INDEX survey_observation_household ON survey_observation (household_id);
