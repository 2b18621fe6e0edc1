"""Record types: every synced table has one, and a new record type is listed everywhere through
its descriptor alone (ARCHITECTURE.md, "Adding a record type").

The test-only type `harvest` is what adding a record type takes: its table, and its RecordType in
the RECORD_TYPES of its module (this one), named in records.MODULES. Nothing else is touched, and
the trash, the record counts, the table export and the conflicts page list it.
"""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.documents import xlsx
from desktop.models import changelog, counts, records, trash
from desktop.models.db import transaction
from desktop.models.records import Column, Count, Export, RecordType
from desktop.models.text import format_vnd
from desktop.views.conflicts_page import ConflictsPage

HARVEST = RecordType(
    "harvest",
    lambda: "Vụ thu hoạch",
    "t.crop || ' — ' || t.year",
    count=Count("harvests", lambda: "vụ thu hoạch"),
    export=Export(
        name="harvests",
        title="Thu hoạch",
        sql=(
            "SELECT h.year, h.crop, h.tonnes, h.value FROM harvest h "
            "WHERE h.deleted = 0 AND {year} AND {commune} ORDER BY h.year"
        ),
        year_condition="h.year = ?",
        columns=[
            Column("Năm", "year"),
            Column("Cây trồng", words={"lua": "Lúa", "ngo": "Ngô"}),
            Column("Sản lượng (tấn)", "qty", total=True),
            Column("Giá trị (đồng)", "money", total=True),
        ],
        commune="h.commune_code",
    ),
    fields={"crop": lambda: "Cây trồng", "value": lambda: "Giá trị"},
    codes={"crop": lambda code: {"lua": "Lúa", "ngo": "Ngô"}.get(code, code)},
    money=frozenset({"value"}),
)
RECORD_TYPES = (HARVEST,)


def test_every_synced_table_has_a_record_type(commune_db):
    assert set(records.by_table()) == set(changelog.synced_tables(commune_db.conn))
    for kind in records.types():
        label = commune_db.execute(f'SELECT {kind.label} FROM "{kind.table}" t LIMIT 1')
        assert label.fetchall() is not None  # the label's SQL runs
        assert kind.title() != kind.table
    for kind in records.exports().values():
        assert kind.export is not None
        sql = kind.export.sql.format(year="1", commune="1")
        assert len(commune_db.execute(sql).description) == len(kind.export.columns)


@pytest.fixture
def harvests(commune_db, monkeypatch):
    """The harvest table in the commune's database, its record type declared here."""
    with transaction(commune_db) as conn:
        conn.execute(
            "CREATE TABLE harvest (id TEXT PRIMARY KEY, commune_code TEXT, "
            "hlc TEXT NOT NULL DEFAULT '', site_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, "
            "household_id TEXT REFERENCES household (id), crop TEXT NOT NULL, "
            "year INTEGER NOT NULL, tonnes REAL, value INTEGER)"
        )
        changelog.install_triggers(conn)
    monkeypatch.setattr(records, "MODULES", (*records.MODULES, __name__))
    household = commune_db.execute(
        "SELECT id, head_name FROM household WHERE deleted = 0 ORDER BY id LIMIT 1"
    ).fetchone()
    with transaction(commune_db) as conn:
        conn.executemany(
            "INSERT INTO harvest (id, commune_code, household_id, crop, year, tonnes, value) "
            "VALUES (?, '20704', ?, ?, 2025, ?, ?)",
            [("h1", household[0], "lua", 2.5, 15_000_000), ("h2", household[0], "ngo", 1.0, 0)],
        )
    return household


def test_a_new_record_type_is_in_the_trash_and_the_counts(commune_db, harvests):
    assert counts.record_counts(commune_db)["harvests"] == 2
    assert counts.label("harvests") == "vụ thu hoạch"
    with transaction(commune_db) as conn:
        conn.execute("UPDATE harvest SET deleted = 1 WHERE id = 'h2'")
    assert counts.record_counts(commune_db)["harvests"] == 1
    q = trash.query(commune_db, "20704")
    rows = commune_db.execute(
        f"SELECT key, tbl, label FROM {q.source} WHERE tbl = 'harvest'", q.params
    ).fetchall()
    assert rows == [("harvest:h2", "harvest", "ngo — 2025")]
    assert records.title("harvest") == "Vụ thu hoạch"
    assert trash.restore(commune_db, "harvest:h2") == "harvest"
    assert counts.record_counts(commune_db)["harvests"] == 2


def test_a_new_record_type_exports_its_table(commune_db, harvests, tmp_path):
    assert "harvests" in xlsx.tables()
    out = tmp_path / "thu-hoach.xlsx"
    exported = xlsx.export_table(commune_db, "harvests", out, year=2025)
    assert exported.rows == 2
    ws = load_workbook(out).active
    values = [[cell.value for cell in row] for row in ws.iter_rows()]
    header = next(row for row in values if row[0] == "Năm")
    assert header == ["Năm", "Cây trồng", "Sản lượng (tấn)", "Giá trị (đồng)"]
    data = values[values.index(header) + 1 :]
    assert [row[1] for row in data[:2]] == ["Lúa", "Ngô"]  # the codes in words
    assert data[2][0] == xlsx.TOTAL_LABEL
    assert exported.totals["Giá trị (đồng)"] == 15_000_000


def test_a_new_record_type_shows_in_the_conflicts_page(qtbot, context, harvests):
    """A conflict on a harvest: its fields named, its codes in words, its money in đồng and the
    household it refers to by name."""
    db = context.db
    row = db.execute("SELECT * FROM harvest WHERE id = 'h1'").fetchone()
    columns = [c[0] for c in db.execute("SELECT * FROM harvest LIMIT 0").description]
    other = dict(zip(columns, row, strict=True)) | {"crop": "ngo", "value": 12_000_000}
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO sync_conflict (tbl, row_id, commune_code, loser_hlc, loser_site, "
            "loser_row, winner_hlc, detected_at) VALUES ('harvest', 'h1', '20704', "
            "'000000000000001-00000', NULL, ?, '000000000000002-00000', '2026-01-05 08:00')",
            [json.dumps(other)],
        )
    page = ConflictsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Vụ thu hoạch — lua — 2025"
    qtbot.mouseClick(
        page.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.list.visualRect(page.model.index(0, 0)).center(),
    )
    shown = {
        page.versions.item(r, 0).text(): (
            page.versions.item(r, 1).text(),
            page.versions.item(r, 2).text(),
        )
        for r in range(page.versions.rowCount())
    }
    assert shown["Cây trồng"] == ("Lúa", "Ngô")
    assert all(named.startswith(f"{harvests[1]} — Thôn") for named in shown["Hộ gia đình"])
    assert shown["Giá trị"] == (format_vnd(15_000_000), format_vnd(12_000_000))
