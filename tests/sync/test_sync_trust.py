"""Sync trust, through the CLI between real data directories: a record points only within its
commune, causality decides over clocks, numbers are the same at every station, and the hub never
writes a commune's records. Every refusal leaves the receiving database as it was."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from district import (
    COMMUNE_A,
    COMMUNE_B,
    District,
    content_digest,
    enroll,
    init_station,
    settle,
    site_id,
)
from forge import applied_at, change_bundle, columns, forge, row_values, version_of
from translations import tr

from desktop.models import changelog, hlc, ownership, receipts, sponsors, store
from desktop.models.db import transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.models.reference import family_sql
from desktop.paths import DataDir
from sync import bundle, changes, references

YEAR_2039_MS = int(dt.datetime(2039, 6, 1, tzinfo=dt.UTC).timestamp() * 1000)


def _query(data_dir: DataDir, sql: str, params: tuple = ()) -> list[tuple]:
    db = store.open_database(data_dir)
    try:
        return [tuple(r) for r in db.execute(sql, params).fetchall()]
    finally:
        db.conn.close()


def _write(data_dir: DataDir, sql: str, params: tuple = ()) -> None:
    db = store.open_database(data_dir)
    try:
        with transaction(db) as conn:
            conn.execute(sql, params)
    finally:
        db.conn.close()


def _import(run_cli, data_dir: DataDir, data: bytes, tmp_path) -> str:
    path = tmp_path / f"forged-{uuid7()}.ketnghia"
    path.write_bytes(data)
    result = run_cli("--lang", "vi", "--data-dir", data_dir.root, "sync", "import", path)
    assert result.code == 0, result.out + result.err
    return result.out


def _status(run_cli, data_dir: DataDir) -> dict:
    result = run_cli("--data-dir", data_dir.root, "sync", "status", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out.strip().splitlines()[-1])


def _second_pc(district: District, tmp_path) -> DataDir:
    second = DataDir(tmp_path / "a2")
    init_station(second, "commune", COMMUNE_A, "Máy thứ hai của xã Đắc Tôi")
    enroll(district.hub, second, district.outbox("enroll-a2"))
    return second


# ---- 3. references and unique indexes ------------------------------------------------------


def _references(data_dir: DataDir) -> list[tuple[str, str, str]]:
    db = store.open_database(data_dir)
    try:
        synced = changelog.synced_tables(db.conn)
        return [
            (table, column, target)
            for table in synced
            for column, target in references.foreign_keys(db.conn, table)
            if target in synced
        ]
    finally:
        db.conn.close()


def test_every_reference_into_another_commune_is_refused_at_the_hub(
    district: District, refused
) -> None:
    """Each foreign-key column of the schema: commune B's record pointing at commune A's."""
    pairs = _references(district.hub)
    assert len(pairs) >= 25  # every REFERENCES of the schema, read from SQLite
    tried = []
    for table, column, target in pairs:
        # commune A's records include those Xã Đắc Tôi made before it was merged into A
        theirs = _query(
            district.hub,
            f'SELECT id FROM "{target}" WHERE {family_sql("commune_code")} AND deleted = 0 LIMIT 1',
            (COMMUNE_A, COMMUNE_A),
        )
        # one of B's records that uses the column (so the record stays valid otherwise)
        where = f"deleted = 0 AND commune_code = '{COMMUNE_B}' AND \"{column}\" IS NOT NULL"
        mine = _query(district.b, f'SELECT 1 FROM "{table}" WHERE {where} LIMIT 1')
        if not theirs or not mine:
            continue  # the demo has no such records to point from or at
        _, values = row_values(district.b, table, where)
        values[columns(district.hub, table).index(column)] = theirs[0][0]
        data = change_bundle(
            district.b, district.hub, table, values, row_id=uuid7(), commune=COMMUNE_B
        )
        refused(district.hub, data, "của xã khác")
        tried.append(f"{table}.{column}")
    # every kind of record that points at another: households, surveys, needs, receipts,
    # allocations, models, assessments (25 columns with the demo's records)
    assert len(tried) >= 20 and "allocation.receipt_item_id" in tried, tried


def test_a_record_of_today_may_point_at_its_predecessors_records(
    district: District, refused
) -> None:
    """After the 2025 reform commune A (Xã La Dêê) goes on with the households Xã Đắc Tôi
    recorded: a 2026 household in a Đắc Tôi village and the help handed to a Đắc Tôi household
    reach the hub, while commune B still may not point there."""
    from desktop.models import households

    old_code = "20705"  # Xã Đắc Tôi, merged into Xã La Dêê (COMMUNE_A)
    db = store.open_database(district.a)
    try:
        village, household = db.execute(
            "SELECT village_id, id FROM household WHERE commune_code = ? AND deleted = 0 LIMIT 1",
            (old_code,),
        ).fetchone()
        new = households.save(
            db,
            households.Household(
                head_name="Hồ Văn Mới", village_id=village, commune_code=COMMUNE_A
            ),
        )
        [receipt] = db.execute(
            "SELECT r.id FROM receipt r WHERE r.deleted = 0 AND r.commune_code = ? "
            "AND EXISTS (SELECT 1 FROM receipt_item i WHERE i.receipt_id = r.id) LIMIT 1",
            (COMMUNE_A,),
        ).fetchone()
        item = db.execute(
            "SELECT id FROM receipt_item WHERE receipt_id = ? AND deleted = 0 LIMIT 1", (receipt,)
        ).fetchone()[0]
        allocation = uuid7()
        with transaction(db) as conn:
            conn.execute(
                "INSERT INTO allocation (id, commune_code, receipt_item_id, household_id, "
                "quantity) VALUES (?, ?, ?, ?, 1)",
                (allocation, COMMUNE_A, item, household),
            )
    finally:
        db.conn.close()
    settle(district.hub, [district.a, district.b], district.outbox("predecessor"))
    assert _query(
        district.hub, "SELECT commune_code, village_id FROM household WHERE id = ?", (new,)
    ) == [(COMMUNE_A, village)]
    assert _query(
        district.hub, "SELECT household_id FROM allocation WHERE id = ?", (allocation,)
    ) == [(household,)]
    # the rule still holds between communes: the same reference from commune B is refused
    where = f"deleted = 0 AND commune_code = '{COMMUNE_B}' AND household_id IS NOT NULL"
    _, values = row_values(district.b, "allocation", where)
    values[columns(district.hub, "allocation").index("household_id")] = household
    data = change_bundle(
        district.b, district.hub, "allocation", values, row_id=uuid7(), commune=COMMUNE_B
    )
    refused(district.hub, data, "của xã khác")


def test_a_district_record_pointing_into_the_commune_is_refused_at_the_commune(
    district: District, refused
) -> None:
    household = _query(district.a, "SELECT id FROM household WHERE deleted = 0 LIMIT 1")[0][0]
    _, values = row_values(district.a, "household_year")
    values[columns(district.a, "household_year").index("household_id")] = household
    values[columns(district.a, "household_year").index("year")] = 2040
    # a district-owned (commune NULL) record whose household is commune A's
    data = change_bundle(
        district.hub, district.a, "household_year", values, row_id=uuid7(), commune=None
    )
    line = refused(district.a, data, "liên kết một bản ghi")
    assert "household_year.household_id" in line


def test_a_unique_clash_with_another_communes_record_is_refused(
    district: District, refused
) -> None:
    # commune B adds "the same" year of a commune A household (the index household_id, year)
    household, year = _query(
        district.hub,
        "SELECT household_id, year FROM household_year WHERE commune_code = ? AND deleted = 0 "
        "LIMIT 1",
        (COMMUNE_A,),
    )[0]
    _, values = row_values(district.b, "household_year")
    cols = columns(district.hub, "household_year")
    values[cols.index("household_id")] = household
    values[cols.index("year")] = year
    data = change_bundle(
        district.b, district.hub, "household_year", values, row_id=uuid7(), commune=COMMUNE_B
    )
    # the only synced unique index holds a reference (household_id), so the clash is also a
    # link to commune A's household, refused as the change is read, before anything is merged
    refused(district.hub, data, "liên kết một bản ghi (household_year.household_id)")
    # commune A's row is untouched: live, not tombstoned, no conflict recorded against it
    assert _query(
        district.hub,
        "SELECT deleted FROM household_year WHERE household_id = ? AND year = ?",
        (household, year),
    ) == [(0,)]


def test_a_held_link_to_a_record_another_commune_sent_meanwhile_is_refused_when_taken(
    district: District, refused, run_cli, tmp_path
) -> None:
    """A held segment is judged again, against every record, when the gap fills: its link was
    read while the record it names was not here, and another commune may have sent it since."""
    b_site = site_id(district.b)
    start = applied_at(district.hub, b_site)
    cols = columns(district.hub, "household_year")
    _, values = row_values(district.b, "household_year")
    household = uuid7()  # not at the hub yet
    values[cols.index("household_id")] = household
    entry = [start + 2, "upsert", uuid7(), COMMUNE_B, "001790000000000-00000", b_site]
    late = changes.Segment(
        b_site, start + 1, start + 2, {"household_year": (cols, [[*entry, None, None, values]])}
    )
    after_a_gap = forge(
        district.b,
        district.hub,
        {"streams": [late.as_json()]},
        ranges={b_site: [start + 1, start + 2]},
        number=9002,
    )
    _import(run_cli, district.hub, after_a_gap, tmp_path)
    assert _status(run_cli, district.hub)["held_segments"] == 1
    # commune A sends a household of its own under that id
    _, household_values = row_values(district.a, "household")
    _import(
        run_cli,
        district.hub,
        change_bundle(
            district.a,
            district.hub,
            "household",
            household_values,
            row_id=household,
            commune=COMMUNE_A,
        ),
        tmp_path,
    )
    # commune B's bundle that fills the gap (an edit of one of its households) takes the held
    # segment, whose year now points at commune A's household
    own, own_values = row_values(district.b, "household")
    (own_commune,) = _query(district.b, "SELECT commune_code FROM household WHERE id = ?", (own,))[
        0
    ]
    filling = change_bundle(
        district.b,
        district.hub,
        "household",
        own_values,
        row_id=own,
        commune=own_commune,
        base=version_of(district.hub, "household", own),
        number=9001,
    )
    refused(district.hub, filling, "liên kết một bản ghi (household_year.household_id)")


# ---- 4. causality decides, not clocks --------------------------------------------------------


def test_a_clock_years_ahead_neither_wins_over_later_edits_nor_drags_other_clocks(
    district: District, tmp_path, run_cli
) -> None:
    second = _second_pc(district, tmp_path)
    village = _query(district.a, "SELECT id FROM village WHERE deleted = 0 ORDER BY id LIMIT 1")
    village = village[0][0]
    # PC 1's clock ran to 2039: its edit is stamped there
    db = store.open_database(district.a)
    db.execute("UPDATE hlc_state SET physical = ?, counter = 0", (YEAR_2039_MS,))
    with transaction(db) as conn:
        conn.execute(
            "UPDATE village SET notes = 'sửa khi đồng hồ chạy tới 2039' WHERE id = ?", [village]
        )
    db.conn.close()
    settle(district.hub, [district.a, second, district.b], district.outbox("clock-1"))
    # PC 2, its clock right, edits on top of that version: it saw it, so it replaces it
    _write(second, "UPDATE village SET notes = 'sửa sau, đúng giờ' WHERE id = ?", (village,))
    _write(second, "UPDATE village SET name = name || ' (mới)' WHERE id = ?", (village,))
    settle(district.hub, [district.a, second, district.b], district.outbox("clock-2"))
    for station in (district.hub, district.a, second):
        assert _query(station, "SELECT notes FROM village WHERE id = ?", (village,)) == [
            ("sửa sau, đúng giờ",)
        ]
        assert not _query(
            station,
            "SELECT 1 FROM sync_conflict WHERE row_id = ? AND resolved_at IS NULL",
            (village,),
        )
    # the 2039 stamps went through but did not drag the others' clocks past today's cap
    cap = hlc.wall_ms() + hlc.REMOTE_AHEAD_LIMIT_MS
    for station in (district.hub, second, district.b):
        assert _query(station, "SELECT physical FROM hlc_state")[0][0] <= cap
    # the hub's stations list flags the PC whose stamps run ahead, and only that one
    ahead = {s["site_id"]: s["clock_ahead_ms"] for s in _status(run_cli, district.hub)["stations"]}
    assert ahead[site_id(district.a)] > 10 * 365 * 24 * 3600 * 1000
    assert ahead[site_id(second)] == 0 and ahead[site_id(district.b)] == 0
    listed = run_cli("--lang", "vi", "--data-dir", district.hub.root, "sync", "status").out
    flagged = [line for line in listed.splitlines() if "chạy nhanh hơn máy này" in line]
    assert len(flagged) == 1 and site_id(district.a) in flagged[0], listed


def _village_edit(
    district: District, sender: DataDir, recipient: DataDir, notes: str, **change
) -> tuple[str, bytes]:
    """(id, bundle): `sender`'s edit of the notes of commune A's first village, for `recipient`."""
    rid, values = row_values(district.a, "village")
    values[columns(district.a, "village").index("notes")] = notes
    # Xã Đắc Tôi's village, made before the reform merged it into commune A: its code stays
    [(commune,)] = _query(district.a, "SELECT commune_code FROM village WHERE id = ?", (rid,))
    return rid, change_bundle(
        sender, recipient, "village", values, row_id=rid, commune=commune, **change
    )


def test_an_edit_made_on_top_of_the_current_version_replaces_it_whatever_its_stamp(
    district: District, tmp_path, run_cli
) -> None:
    rid = row_values(district.a, "village")[0]
    rid, data = _village_edit(
        district,
        district.a,
        district.hub,
        "sửa trên bản hiện tại, đồng hồ chậm",
        stamp="000000000000001-00000",  # far below the current version's stamp
        base=version_of(district.hub, "village", rid),
    )
    assert "0 xung đột" in _import(run_cli, district.hub, data, tmp_path)
    assert _query(district.hub, "SELECT notes, hlc FROM village WHERE id = ?", (rid,)) == [
        ("sửa trên bản hiện tại, đồng hồ chậm", "000000000000001-00000")
    ]


def test_a_concurrent_edit_is_settled_by_the_stamps_and_the_loser_kept(
    district: District, tmp_path, run_cli
) -> None:
    second = _second_pc(district, tmp_path)
    rid, data = _village_edit(
        district,
        second,
        district.hub,
        "sửa song song, dấu thời gian cũ",
        stamp="000000000000001-00000",
        base=("000000000000000-00001", site_id(district.a)),  # not the current version
    )
    before = _query(district.hub, "SELECT notes, hlc FROM village WHERE id = ?", (rid,))
    assert "1 xung đột" in _import(run_cli, district.hub, data, tmp_path)
    assert _query(district.hub, "SELECT notes, hlc FROM village WHERE id = ?", (rid,)) == before
    kept = _query(district.hub, "SELECT loser_row FROM sync_conflict WHERE row_id = ?", (rid,))
    assert "sửa song song" in kept[0][0]


def test_an_absurd_stamp_is_taken_by_the_rule_without_dragging_the_clock(
    district: District, tmp_path, run_cli
) -> None:
    absurd = "999999999999999-00000"
    rid = row_values(district.a, "village")[0]
    rid, data = _village_edit(
        district,
        district.a,
        district.hub,
        "dấu thời gian vô lý",
        stamp=absurd,
        base=version_of(district.hub, "village", rid),
    )
    _import(run_cli, district.hub, data, tmp_path)
    assert version_of(district.hub, "village", rid) == (absurd, site_id(district.a))
    assert _query(district.hub, "SELECT physical FROM hlc_state")[0][0] <= (
        hlc.wall_ms() + hlc.REMOTE_AHEAD_LIMIT_MS
    )
    ahead = {s["site_id"]: s["clock_ahead_ms"] for s in _status(run_cli, district.hub)["stations"]}
    assert ahead[site_id(district.a)] > 1000 * 365 * 24 * 3600 * 1000
    # the next edit, made on top of it with a sane clock, replaces it
    _, data = _village_edit(
        district,
        district.a,
        district.hub,
        "sửa tiếp, đồng hồ đúng",
        stamp=f"{hlc.wall_ms():015d}-00000",
        base=(absurd, site_id(district.a)),
        number=9001,
        previous=bundle.sha256(data),
    )
    _import(run_cli, district.hub, data, tmp_path)
    assert _query(district.hub, "SELECT notes FROM village WHERE id = ?", (rid,)) == [
        ("sửa tiếp, đồng hồ đúng",)
    ]
    # and what the hub writes afterwards is stamped today
    hub = store.open_database(district.hub)
    sponsor = sponsors.save_sponsor(hub, sponsors.Sponsor(name="Sở Tài chính", kind="so_ban_nganh"))
    stamp = hub.execute("SELECT hlc FROM sponsor WHERE id = ?", (sponsor,)).fetchone()[0]
    hub.conn.close()
    assert hlc.Stamp.parse(stamp).physical <= hlc.wall_ms() + hlc.REMOTE_AHEAD_LIMIT_MS


@pytest.mark.parametrize(
    ("stamp", "base"),
    [
        ("٠٠١٧٩٠٠٠٠٠٠٠٠٠٠-٠٠٠٠٠", None),  # Arabic-Indic digits, which \d and int() take
        ("００１７９００００００００００-０００００", None),  # full-width digits
        ("001790000000000-00000\n", None),  # a line break after it
        ("0017900_0000000-00000", None),  # int() takes underscores
        ("001790000000000-00001", "٠٠١٧٩٠٠٠٠٠٠٠٠٠٠-٠٠٠٠٠"),  # in the base
    ],
)
def test_a_stamp_with_other_than_ascii_digits_is_refused(
    district: District, refused, stamp: str, base: str | None
) -> None:
    _, data = _village_edit(
        district,
        district.a,
        district.hub,
        "dấu thời gian lạ",
        stamp=stamp,
        base=(base, site_id(district.a) if base else None),
    )
    refused(district.hub, data, "sai cấu trúc")


# ---- 6. exact numbers ----------------------------------------------------------------------

EXACT = [4 / 3, 0.1 + 0.2, 1e-7, 123456789.12345679, 2 / 3 * 1e10, 1.3333333333333333]


def _rows_of(data_dir: DataDir, commune: str) -> dict[str, list[tuple]]:
    """Every synced row of `commune` (and the district's), each value as SQLite quotes it."""
    db = store.open_database(data_dir)
    try:
        found = {}
        for table in changelog.synced_tables(db.conn):
            names = ", ".join(f'quote("{c}")' for c in changelog.table_columns(db.conn, table))
            found[table] = db.execute(
                f'SELECT {names} FROM "{table}" WHERE commune_code IS ? OR commune_code IS NULL '
                "ORDER BY id",
                (commune,),
            ).fetchall()
        return found
    finally:
        db.conn.close()


def test_real_numbers_are_byte_identical_at_every_station(district: District, tmp_path) -> None:
    second = _second_pc(district, tmp_path)
    db = store.open_database(district.a)
    with transaction(db) as conn:
        for table, column in (("need", "quantity"), ("receipt_item", "quantity")):
            ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
            assert len(ids) >= 2
            for i, row_id in enumerate(ids):
                conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE id = ?", (EXACT[i % len(EXACT)], row_id)
                )
    db.conn.close()
    settle(district.hub, [district.a, second, district.b], district.outbox("exact"))
    mine = _rows_of(district.a, COMMUNE_A)
    assert _rows_of(district.hub, COMMUNE_A) == mine
    assert _rows_of(second, COMMUNE_A) == mine
    quantities = {
        q
        for (q,) in _query(
            district.hub, "SELECT quantity FROM need WHERE commune_code = ?", (COMMUNE_A,)
        )
    }
    assert {4 / 3, 0.1 + 0.2, 1e-7} <= quantities  # not 1.33333333333333 or 0.3


# ---- 7. the hub does not write a commune's records ------------------------------------------


def test_the_hub_models_refuse_to_write_a_communes_record(district: District) -> None:
    before = content_digest(district.hub)
    db = store.open_database(district.hub)
    receipt = db.execute(
        "SELECT id FROM receipt WHERE deleted = 0 AND commune_code = ? LIMIT 1", (COMMUNE_A,)
    ).fetchone()[0]
    message = tr(
        "On the district hub a commune's records are read-only: only the commune's own "
        "stations change them, and the hub receives their changes by sync."
    )
    with pytest.raises(UserError) as deleting:
        receipts.delete(db, receipt)
    assert deleting.value.message == message
    for sql in (
        "UPDATE household SET notes = 'huyện sửa'",
        "DELETE FROM member",
        f"INSERT INTO village (id, commune_code, name) VALUES ('{uuid7()}', '{COMMUNE_A}', 'Thôn')",
    ):
        with pytest.raises(UserError) as raw, transaction(db) as conn:
            conn.execute(sql)
        assert raw.value.message == message
    db.conn.close()
    assert content_digest(district.hub) == before
    # the district's own records and the twinnings it shares with the communes stay writable
    db = store.open_database(district.hub)
    sponsor = sponsors.save_sponsor(
        db, sponsors.Sponsor(name="Sở Nông nghiệp và Môi trường", kind="so_ban_nganh")
    )
    sponsors.save_twinning(
        db, sponsors.Twinning(commune_code=COMMUNE_A, sponsor_id=sponsor, since="2026-01-05")
    )
    db.conn.close()


def test_a_hub_bundle_changing_the_communes_own_records_is_refused(
    district: District, refused
) -> None:
    # the hub's own change: a tombstone of one of commune A's receipts
    rid, values = row_values(district.a, "receipt")
    values[columns(district.a, "receipt").index("deleted")] = 1
    data = change_bundle(district.hub, district.a, "receipt", values, row_id=rid, commune=COMMUNE_A)
    refused(district.a, data, "sửa bản ghi của chính xã này (receipt)")


def test_a_relay_from_another_pc_of_the_commune_is_taken_but_not_a_district_record(
    district: District, tmp_path, run_cli, refused
) -> None:
    second = _second_pc(district, tmp_path)
    rid, values = row_values(district.a, "village")
    _, relay = _village_edit(
        district,
        district.hub,
        district.a,
        "máy thứ hai sửa",
        stamp=f"{hlc.wall_ms():015d}-00000",
        base=version_of(district.a, "village", rid),
        origin=second,
    )
    # a relayed change of a district record is not the other PC's to make
    forged = change_bundle(
        district.hub, district.a, "village", values, row_id=uuid7(), commune=None, origin=second
    )
    refused(district.a, forged, "do trạm tổng hợp quản lý")
    # this PC's own changes sent back to it
    _, back = _village_edit(district, district.hub, district.a, "quay lại", origin=district.a)
    refused(district.a, back, "thay đổi của trạm này quay lại")
    _import(run_cli, district.a, relay, tmp_path)
    assert _query(district.a, "SELECT notes FROM village WHERE id = ?", (rid,)) == [
        ("máy thứ hai sửa",)
    ]


def test_the_hub_cannot_twin_a_communes_own_sponsor_with_another_commune(district: District):
    before = content_digest(district.hub)
    db = store.open_database(district.hub)
    sponsor = db.execute(
        f"SELECT id FROM sponsor WHERE {family_sql('commune_code')} AND deleted = 0 LIMIT 1",
        (COMMUNE_A, COMMUNE_A),
    ).fetchone()[0]
    with pytest.raises(UserError) as refused:
        sponsors.save_twinning(
            db, sponsors.Twinning(commune_code=COMMUNE_B, sponsor_id=sponsor, since="2026-01-05")
        )
    db.conn.close()
    assert (
        tr(
            "This sponsor was added by another commune; twin it with that commune, or choose a "
            "sponsor of the district's directory."
        )
        in refused.value.message
    )
    assert content_digest(district.hub) == before


@pytest.mark.parametrize("version", ["٢٠٣٠.1.1", "2030.1_0.1", "+2030.1.1", "2030..1"])
def test_a_reference_version_with_other_than_ascii_digits_is_refused(
    district: District, refused, version: str
) -> None:
    from forge import older_reference_bundle

    refused(district.a, older_reference_bundle(district.hub, district.a, version), "sai cấu trúc")


def test_the_hub_refuses_a_communes_minutes_and_numbers_nothing(
    district: District, run_cli, tmp_path
) -> None:
    """The commune numbers and prints its minutes; the hub refuses to print them (issue 10: the
    commune's documents are the commune's) and its register stays as it was."""
    receipt = _query(
        district.a,
        "SELECT id FROM receipt WHERE deleted = 0 AND id IN (SELECT receipt_id FROM receipt_item) "
        "ORDER BY received_on DESC LIMIT 1",
    )[0][0]
    printed = run_cli(
        "--lang", "vi", "--data-dir", district.a.root, "print", "handover",
        "--receipt", receipt, "--out", tmp_path / "xa.pdf",
    )  # fmt: skip
    assert printed.code == 0, printed.err
    settle(district.hub, [district.a, district.b], district.outbox("minutes"))
    assert _query(
        district.hub, "SELECT number FROM document WHERE owner_id = ? AND deleted = 0", (receipt,)
    )  # the commune's number reached the hub
    before = content_digest(district.hub)
    at_hub = tmp_path / "huyen.pdf"
    printed = run_cli(
        "--lang", "vi", "--data-dir", district.hub.root, "print", "handover",
        "--receipt", receipt, "--out", at_hub,
    )  # fmt: skip
    assert printed.code == 1 and "không in biên bản bàn giao" in printed.err, printed.err
    assert not at_hub.exists()
    assert content_digest(district.hub) == before  # nothing numbered in the commune's register


def test_a_hubs_old_writes_of_a_communes_records_stay_at_the_hub(district: District) -> None:
    """A hub that deleted a commune's receipt before the guard existed: after the upgrade its
    bundles leave that change out, so the commune still takes them."""
    db = store.open_database(district.hub)
    receipt = db.execute(
        "SELECT id FROM receipt WHERE deleted = 0 AND commune_code = ? LIMIT 1", (COMMUNE_A,)
    ).fetchone()[0]
    with transaction(db) as conn:  # as the program did before: no guard on the hub
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (f"%{ownership.TRIGGER_TAG}%",),
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE receipt SET deleted = 1 WHERE id = ?", (receipt,))
        changelog.install_triggers(conn)  # the upgrade
        sponsors.save_sponsor(db, sponsors.Sponsor(name="Sở Y tế", kind="so_ban_nganh"))
    db.conn.close()
    settle(district.hub, [district.a, district.b], district.outbox("old-writes"))
    assert _query(district.a, "SELECT deleted FROM receipt WHERE id = ?", (receipt,)) == [(0,)]
    assert _query(district.a, "SELECT count(*) FROM sponsor WHERE name = 'Sở Y tế'") == [(1,)]


def test_a_link_sent_as_a_number_to_another_communes_digit_id_is_refused(
    district: District, refused, run_cli, tmp_path
) -> None:
    """A reference is an id, which is text: the JSON number 123 would be stored as the text
    '123' (the column's affinity) and so link to another commune's record whose id is all
    digits, while the reference check looked the number up and found nothing."""
    _, village_values = row_values(district.a, "village")
    a_village = change_bundle(
        district.a, district.hub, "village", village_values, row_id="123", commune=COMMUNE_A
    )
    _import(run_cli, district.hub, a_village, tmp_path)
    assert _query(district.hub, "SELECT commune_code FROM village WHERE id = '123'") == [
        (COMMUNE_A,)
    ]
    own, values = row_values(district.b, "household")
    ((commune,),) = _query(district.b, "SELECT commune_code FROM household WHERE id = ?", (own,))
    values[columns(district.hub, "household").index("village_id")] = 123
    data = change_bundle(
        district.b, district.hub, "household", values, row_id=uuid7(), commune=commune
    )
    refused(district.hub, data, "sai cấu trúc")
