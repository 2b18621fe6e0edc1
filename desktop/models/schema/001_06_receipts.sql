-- Resources received (tiếp nhận): items, parties, links to needs, allocations, attachments.

CREATE TABLE receipt (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    received_on TEXT NOT NULL,
    place TEXT,
    sponsor_id TEXT NOT NULL REFERENCES sponsor (id) DEFERRABLE INITIALLY DEFERRED,
    resource_kind TEXT NOT NULL,
    category_code TEXT NOT NULL,
    gift_only INTEGER NOT NULL DEFAULT 0,
    minutes_number TEXT,
    description TEXT,
    notes TEXT
);
CREATE INDEX receipt_date ON receipt (received_on);
CREATE INDEX receipt_sponsor ON receipt (sponsor_id);

-- side: giver (bên giao), receiver (bên nhận), witness (chứng kiến).
CREATE TABLE receipt_party (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    receipt_id TEXT NOT NULL REFERENCES receipt (id) DEFERRABLE INITIALLY DEFERRED,
    side TEXT NOT NULL CHECK (side IN ('giver', 'receiver', 'witness')),
    full_name TEXT NOT NULL,
    position TEXT,
    ordinal INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX receipt_party_receipt ON receipt_party (receipt_id);

CREATE TABLE receipt_item (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    receipt_id TEXT NOT NULL REFERENCES receipt (id) DEFERRABLE INITIALLY DEFERRED,
    ordinal INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    quantity REAL NOT NULL CHECK (quantity >= 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    notes TEXT
);
CREATE INDEX receipt_item_receipt ON receipt_item (receipt_id);

-- Which needs a receipt fulfils, with the value (and quantity) counted towards each.
CREATE TABLE receipt_need (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    receipt_id TEXT NOT NULL REFERENCES receipt (id) DEFERRABLE INITIALLY DEFERRED,
    need_id TEXT NOT NULL REFERENCES need (id) DEFERRABLE INITIALLY DEFERRED,
    value INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
    quantity REAL CHECK (quantity IS NULL OR quantity >= 0)
);
CREATE INDEX receipt_need_receipt ON receipt_need (receipt_id);
CREATE INDEX receipt_need_need ON receipt_need (need_id);

-- An item handed to a household or a village; never more than received (checked in models).
CREATE TABLE allocation (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    receipt_item_id TEXT NOT NULL REFERENCES receipt_item (id) DEFERRABLE INITIALLY DEFERRED,
    household_id TEXT REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    village_id TEXT REFERENCES village (id) DEFERRABLE INITIALLY DEFERRED,
    quantity REAL NOT NULL CHECK (quantity > 0),
    handed_on TEXT,
    notes TEXT,
    CHECK ((household_id IS NULL) <> (village_id IS NULL))
);
CREATE INDEX allocation_item ON allocation (receipt_item_id);
CREATE INDEX allocation_household ON allocation (household_id);

-- Photos and scans copied into the data dir (attachments/<sha256>); owner is any record.
CREATE TABLE attachment (
    id TEXT PRIMARY KEY,
    commune_code TEXT,
    hlc TEXT NOT NULL DEFAULT '',
    site_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    owner_table TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_on TEXT NOT NULL
);
CREATE INDEX attachment_owner ON attachment (owner_table, owner_id);
