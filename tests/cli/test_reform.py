"""The 2025 reform through the command line: defunct units refused with their successor, a
station set up before the reform moved to its successor keeping its history, the demo commune
whose history is its predecessor's, documents naming the units of their date."""

from __future__ import annotations

import datetime as dt
import json

from desktop.models import station, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from tests.documents.conftest import one_line, pdf_text


def init(run_cli, data_dir: DataDir, role: str, unit: str):
    return run_cli(
        "--data-dir", data_dir.root, "init", "--role", role, "--unit", unit,
        "--station", "Máy", "--officer", "Zơrâm Thị Hoa",
    )  # fmt: skip


def test_init_on_a_merged_commune_names_its_successor(run_cli, data_dir):
    result = init(run_cli, data_dir, "commune", "20705")
    assert result.code == 1
    assert "Xã Đắc Tôi đã nhập vào Xã La Dêê (mã 20704) từ 01/07/2025" in result.err
    assert "Traceback" not in result.err
    assert not data_dir.database.exists()  # nothing was set up
    info = run_cli("--data-dir", data_dir.root, "info", "--json")
    assert info.code == 1 and "ketnghia init" in info.err


def test_init_on_an_abolished_district_names_the_city(run_cli, data_dir):
    result = init(run_cli, data_dir, "hub", "510")
    assert result.code == 1
    assert "Huyện Nam Giang" in result.err and "Thành phố Đà Nẵng (mã 48)" in result.err
    assert init(run_cli, data_dir, "hub", "48").code == 0


def pre_reform_station(data_dir: DataDir) -> None:
    """A station of Xã Đắc Tôi set up in March 2025, with a household and a receipt of then."""
    db = store.open_database(data_dir, create=True)
    station.initialize(
        db,
        station.StationSetup(
            "commune", "20705", "Máy UBND xã Đắc Tôi", "Zơrâm Thị Hoa", ["Thôn A"]
        ),
        today=dt.date(2025, 3, 1),
    )
    village = db.execute("SELECT id FROM village").fetchone()[0]
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO household (id, commune_code, village_id, code, head_name, members, "
            "search_key) VALUES (?, '20705', ?, '20705-000001', 'Alăng Văn Thương', 4, "
            "'alang van thuong')",
            (uuid7(), village),
        )
    db.conn.close()


def test_a_station_of_before_the_reform_moves_to_its_successor(run_cli, data_dir):
    pre_reform_station(data_dir)
    d = ("--data-dir", data_dir.root)
    moved = run_cli(*d, "settings", "move-unit")
    assert moved.code == 0, moved.err
    assert "Xã La Dêê" in moved.out
    info = json.loads(run_cli(*d, "info", "--json").out)
    assert info["unit_code"] == "20704"
    assert info["counts"]["households"] == 1  # its history is kept and counted
    again = run_cli(*d, "settings", "move-unit")
    assert again.code == 1 and "Xã La Dêê" in again.err  # already in force: nothing to move


def test_demo_builds_a_current_commune_whose_history_is_its_predecessors(commune_db):
    codes = dict(
        commune_db.execute(
            "SELECT commune_code, count(*) FROM receipt WHERE deleted = 0 GROUP BY 1"
        ).fetchall()
    )
    assert set(codes) == {"20704", "20705"}  # La Dêê now, Đắc Tôi before 01/07/2025
    late = commune_db.execute(
        "SELECT count(*) FROM receipt WHERE commune_code = '20705' AND received_on >= '2025-07-01'"
    ).fetchone()[0]
    early = commune_db.execute(
        "SELECT count(*) FROM receipt WHERE commune_code = '20704' AND received_on < '2025-07-01'"
    ).fetchone()[0]
    assert late == 0 and early == 0


def test_documents_name_the_units_of_their_date(commune_dir, run_cli, tmp_path):
    db = store.open_database(commune_dir)
    before, after = (
        db.execute(
            "SELECT r.id FROM receipt r WHERE r.deleted = 0 AND r.commune_code = ? AND "
            "EXISTS (SELECT 1 FROM receipt_item i WHERE i.receipt_id = r.id) "
            "ORDER BY r.received_on LIMIT 1",
            [code],
        ).fetchone()[0]
        for code in ("20705", "20704")
    )
    db.conn.close()
    d = ("--data-dir", commune_dir.root, "print", "handover")
    for receipt, out in ((before, tmp_path / "old.pdf"), (after, tmp_path / "new.pdf")):
        assert run_cli(*d, "--receipt", receipt, "--out", out).code == 0
    old = one_line(" ".join(pdf_text(tmp_path / "old.pdf")))
    new = one_line(" ".join(pdf_text(tmp_path / "new.pdf")))
    assert "xã Đắc Tôi, huyện Nam Giang" in old and "UBND XÃ ĐẮC TÔI" in old
    assert "La Dêê" not in old
    assert "xã La Dêê, thành phố Đà Nẵng" in new and "UBND XÃ LA DÊÊ" in new
