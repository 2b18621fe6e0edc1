-- The yearly proposal of needs and the history of each need's status (synced).

-- status: de_xuat, da_gui, duoc_nhan, dang_thuc_hien, hoan_thanh, khong_thuc_hien
CREATE TABLE need (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    year INTEGER NOT NULL,
    category_code TEXT NOT NULL,
    description TEXT NOT NULL,
    quantity REAL CHECK (quantity IS NULL OR quantity >= 0),
    unit TEXT,
    estimated_cost INTEGER CHECK (estimated_cost IS NULL OR estimated_cost >= 0),
    priority INTEGER NOT NULL DEFAULT 2,
    status TEXT NOT NULL DEFAULT 'de_xuat',
    status_date TEXT,
    sponsor_id TEXT REFERENCES sponsor (id) DEFERRABLE INITIALLY DEFERRED,
    survey_id TEXT REFERENCES survey (id) DEFERRABLE INITIALLY DEFERRED,
    notes TEXT
);
CREATE INDEX need_year ON need (year, status);

-- Who benefits: a village or a household.
CREATE TABLE need_beneficiary (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    need_id TEXT NOT NULL REFERENCES need (id) DEFERRABLE INITIALLY DEFERRED,
    village_id TEXT REFERENCES village (id) DEFERRABLE INITIALLY DEFERRED,
    household_id TEXT REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((village_id IS NULL) <> (household_id IS NULL))
);
CREATE INDEX need_beneficiary_need ON need_beneficiary (need_id);

CREATE TABLE need_status_change (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    need_id TEXT NOT NULL REFERENCES need (id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    note TEXT
);
CREATE INDEX need_status_change_need ON need_status_change (need_id);
