-- Reference data loaded from resources/reference; each set carries a version that only rises.

CREATE TABLE reference_set (
    name TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    source TEXT,
    loaded_at TEXT NOT NULL
);

-- Admin units are keyed by (code, valid_from): a new commune may reuse an old code.
CREATE TABLE admin_unit (
    code TEXT NOT NULL,
    valid_from TEXT NOT NULL DEFAULT '',
    valid_to TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    parent_code TEXT,
    search_key TEXT NOT NULL,
    PRIMARY KEY (code, valid_from)
);

CREATE TABLE admin_unit_change (
    old_code TEXT NOT NULL,
    old_name TEXT NOT NULL,
    new_code TEXT NOT NULL,
    new_name TEXT NOT NULL,
    change TEXT NOT NULL,
    effective TEXT NOT NULL,
    PRIMARY KEY (old_code, new_code, effective)
);

CREATE TABLE ethnic_group (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    other_names TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL
);

-- Catalogs: support categories, resource kinds, sponsor kinds, stages, model kinds,
-- deadlines, targets, reporting periods, poverty dimensions and indicators.
CREATE TABLE catalog_item (
    catalog TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (catalog, code)
);

-- A versioned poverty standard: thresholds and rules as JSON, valid over a period.
CREATE TABLE poverty_standard (
    code TEXT PRIMARY KEY,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    source TEXT NOT NULL,
    data TEXT NOT NULL
);
