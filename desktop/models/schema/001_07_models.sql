-- Livelihood models (nhóm hộ / câu lạc bộ / tổ hợp tác / hợp tác xã) and their households.

-- status: moi (mới), cung_co (củng cố), nhan_rong (nhân rộng)
CREATE TABLE livelihood_model (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    sponsor_id TEXT REFERENCES sponsor (id) DEFERRABLE INITIALLY DEFERRED,
    category_code TEXT,
    status TEXT NOT NULL DEFAULT 'moi' CHECK (status IN ('moi', 'cung_co', 'nhan_rong')),
    village_id TEXT REFERENCES village (id) DEFERRABLE INITIALLY DEFERRED,
    results TEXT,
    notes TEXT
);
CREATE INDEX livelihood_model_year ON livelihood_model (year, sponsor_id);

CREATE TABLE model_member (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    model_id TEXT NOT NULL REFERENCES livelihood_model (id) DEFERRABLE INITIALLY DEFERRED,
    household_id TEXT NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX model_member_model ON model_member (model_id);
