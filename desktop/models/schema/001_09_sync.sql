-- The sync engine's bookkeeping (owned by sync/): what was applied from whom, what each peer
-- acknowledged, bundles seen and made, changes held behind a gap, the hub's relay archive and
-- the conflicts kept for review. None of these tables is synced itself.

-- Per origin station: the highest seq applied here with nothing missing below it.
CREATE TABLE sync_stream (
    origin TEXT PRIMARY KEY,
    applied_seq INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);

-- A segment (from_seq, to_seq] of an origin's changes that arrived after a gap; applied as soon
-- as the gap fills. `changes` is the segment as it came in the bundle (JSON).
CREATE TABLE sync_held (
    origin TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    to_seq INTEGER NOT NULL,
    changes TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (origin, from_seq, to_seq)
);

-- Per peer and origin: the highest seq the peer says it applied (its acknowledgement).
CREATE TABLE sync_peer_ack (
    peer TEXT NOT NULL,
    origin TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (peer, origin)
) WITHOUT ROWID;

-- Per peer: what it last told us it holds of our acknowledgements (so we know when to resend
-- them) and the reference-data version it has.
CREATE TABLE sync_peer (
    site_id TEXT PRIMARY KEY,
    echo TEXT NOT NULL DEFAULT '{}',
    acks_sent TEXT,  -- the acks in our last bundle to it; cleared when it sends us a bundle
    reference_version TEXT,
    last_number INTEGER,
    last_bundle_at TEXT
);

-- Every bundle accepted here (the file's sha256), to tell replays and forks.
CREATE TABLE sync_bundle (
    sha256 TEXT PRIMARY KEY,
    sender TEXT NOT NULL,
    number INTEGER NOT NULL,
    previous TEXT,
    kind TEXT NOT NULL,
    received_at TEXT NOT NULL,
    applied INTEGER NOT NULL DEFAULT 0,
    held INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sync_bundle_number ON sync_bundle (sender, number);

-- Bundles made here.
CREATE TABLE sync_sent (
    number INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    kind TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    changes INTEGER NOT NULL,
    made_at TEXT NOT NULL
);

-- Hub only: changes of a commune station kept to relay them to that commune's other stations.
CREATE TABLE sync_relay (
    origin TEXT NOT NULL,
    seq INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    change TEXT NOT NULL,
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;

-- A version that lost to a concurrent edit of the same record, kept for review.
CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    commune_code TEXT,
    loser_hlc TEXT NOT NULL,
    loser_site TEXT,
    loser_row TEXT,
    winner_hlc TEXT NOT NULL,
    winner_site TEXT,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT CHECK (resolution IS NULL OR resolution IN ('kept', 'taken'))
);
CREATE UNIQUE INDEX sync_conflict_version ON sync_conflict (tbl, row_id, loser_hlc, loser_site);
CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at);
