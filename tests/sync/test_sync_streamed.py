"""A payload's changes are judged as they are read, before the payload is built: a large bundle
is refused at its first change the sender may not make, with the reason, and nothing changes.
The memory this saves is measured by tests/benchmarks/bench_bundle_bombs.py."""

from __future__ import annotations

import sqlite3

from district import COMMUNE_A, COMMUNE_B, District
from forge import applied_at, columns, forge, identity, row_values

from desktop.models import store
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import changes, exchange

MANY = 3000


def _query(data_dir: DataDir, sql: str, params: tuple = ()) -> list[tuple]:
    db = store.open_database(data_dir)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.conn.close()


def _bundle(
    sender: DataDir, hub: DataDir, table: str, rows: list[tuple[str, list]], cols: list[str]
) -> bytes:
    """A bundle of one upsert per (commune, values) of `rows`, as the program writes them
    (canonical JSON: a table's changes come before its columns)."""
    me, _ = identity(sender)
    start = applied_at(hub, me.site_id)
    entries = [
        [start + i + 1, "upsert", uuid7(), commune, f"00{1790000000000 + i}-00000", me.site_id,
         None, None, values]
        for i, (commune, values) in enumerate(rows)
    ]  # fmt: skip
    segment = changes.Segment(me.site_id, start, start + len(entries), {table: (cols, entries)})
    return forge(
        sender,
        hub,
        {"streams": [segment.as_json()]},
        ranges={me.site_id: [start, start + len(entries)]},
    )


def _village_of_b(district: District) -> str:
    """A village of commune B that the hub holds."""
    [(village,)] = _query(district.b, "SELECT id FROM village WHERE deleted = 0 LIMIT 1")
    assert _query(district.hub, "SELECT 1 FROM village WHERE id = ?", (village,))
    return village


def _villages(district: District, last_commune: str) -> bytes:
    _, values = row_values(district.a, "village")
    cols = columns(district.hub, "village")
    name = cols.index("name")
    rows = [(COMMUNE_A, [*values[:name], f"Thôn {i}", *values[name + 1 :]]) for i in range(MANY)]
    rows[-1] = (last_commune, rows[-1][1])
    return _bundle(district.a, district.hub, "village", rows, cols)


def test_a_large_bundle_whose_last_change_is_another_communes_is_refused(
    district: District, refused
) -> None:
    data = _villages(district, COMMUNE_B)
    line = refused(district.hub, data, "bản ghi của xã khác")
    assert COMMUNE_B in line


def test_a_large_bundle_of_links_into_another_commune_is_refused(
    district: District, refused
) -> None:
    # commune A's households, each in a village of commune B that the hub holds
    village = _village_of_b(district)
    _, values = row_values(district.a, "household")
    cols = columns(district.hub, "household")
    values[cols.index("village_id")] = village
    data = _bundle(district.a, district.hub, "household", [(COMMUNE_A, values)] * MANY, cols)
    refused(district.hub, data, "liên kết một bản ghi (household.village_id)")


def test_columns_in_another_order_are_read_again_and_judged_the_same(
    district: District, refused
) -> None:
    """A sender whose columns differ from this program's (an older schema, another order):
    its changes are judged by its own columns, refused or accepted as they say."""
    village = _village_of_b(district)
    _, values = row_values(district.a, "household")
    cols = columns(district.hub, "household")
    wrong = list(values)
    wrong[cols.index("village_id")] = village
    data = _bundle(district.a, district.hub, "household", [(COMMUNE_A, wrong[::-1])], cols[::-1])
    refused(district.hub, data, "liên kết một bản ghi (household.village_id)")
    # the same household with its own village, columns reversed, is taken as it is
    values[cols.index("notes")] = "cột theo thứ tự khác"
    data = _bundle(district.a, district.hub, "household", [(COMMUNE_A, values[::-1])], cols[::-1])
    path = district.outbox("reversed") / "reversed.ketnghia"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    db = store.open_database(district.hub)
    try:
        outcome = exchange.import_bundle(district.hub, db, path)
        assert outcome.status == "accepted", outcome.reason
        db.conn.row_factory = sqlite3.Row
        row = db.execute(
            "SELECT village_id, notes FROM household WHERE notes = 'cột theo thứ tự khác'"
        ).fetchone()
    finally:
        db.conn.close()
    assert tuple(row) == (values[cols.index("village_id")], "cột theo thứ tự khác")
