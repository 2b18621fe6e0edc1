"""One sponsor, one row: the hub's directory of sponsors and the officer's matches, through the
command line, with a city hub and three communes exchanging real bundle files.

Xã La Dêê records "Bộ đội Biên phòng tỉnh", Xã La Êê "BĐBP tỉnh" — the same unit, its names
folding differently; Xã Phú Ninh works with a sponsor nobody matched."""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import pytest
from district import COMMUNE_A, COMMUNE_B, District, enroll, init_station, settle
from forge import change_bundle, columns
from PySide6.QtCore import Qt

from desktop.models import assessments, receipts, sponsors, store
from desktop.models.ids import uuid7
from desktop.models.text import format_number
from desktop.paths import DataDir
from tests.documents.conftest import one_line, pdf_text

COMMUNE_C = "20392"  # Xã Phú Ninh
LONG, SHORT = "Bộ đội Biên phòng tỉnh", "BĐBP tỉnh"
OTHER = "Công ty Điện lực Phú Ninh"


def _rename(data_dir: DataDir, code: str, name: str) -> str:
    """The commune officer edits the demo's border guard sponsor; returns its id."""
    db = store.open_database(data_dir)
    try:
        sponsor_id = db.execute(
            "SELECT id FROM sponsor WHERE name = 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'"
        ).fetchone()[0]
        sponsor = sponsors.get_sponsor(db, sponsor_id)
        sponsor.name, sponsor.short_name = name, None
        sponsors.save_sponsor(db, sponsor, code)
        return sponsor_id
    finally:
        store.close(db)


def _third_commune(data_dir: DataDir, year: int) -> str:
    """Xã Phú Ninh's officer records a sponsor, its twinning and one receipt."""
    db = store.open_database(data_dir)
    try:
        sponsor_id = sponsors.save_sponsor(
            db, sponsors.Sponsor(name=OTHER, kind="doanh_nghiep", commune_code=COMMUNE_C), COMMUNE_C
        )
        sponsors.save_twinning(
            db,
            sponsors.Twinning(sponsor_id=sponsor_id, since=f"{year}-01-05", commune_code=COMMUNE_C),
        )
        receipts.save(
            db,
            receipts.Receipt(
                received_on=dt.date(year, 3, 10),
                sponsor_id=sponsor_id,
                resource_kind="hien_vat",
                category_code="ha_tang",
                items=[receipts.Item("Cột điện", "cột", 10, 3_000_000)],
                parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
            ),
            commune_code=COMMUNE_C,
        )
        return sponsor_id
    finally:
        store.close(db)


@pytest.fixture
def area(district: District):
    """The district with a third commune enrolled and every station settled after the edits."""
    c = DataDir(district.root / "c")
    init_station(c, "commune", COMMUNE_C, "Máy UBND xã Phú Ninh")
    files = district.outbox("setup")
    enroll(district.hub, c, files)
    hub = store.open_database(district.hub)
    year = int(
        hub.execute(
            "SELECT max(substr(r.received_on, 1, 4)) FROM receipt r JOIN sponsor s ON "
            "s.id = r.sponsor_id WHERE s.name = 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'"
        ).fetchone()[0]
    )
    store.close(hub)
    ids = {
        COMMUNE_A: _rename(district.a, COMMUNE_A, LONG),
        COMMUNE_B: _rename(district.b, COMMUNE_B, SHORT),
        COMMUNE_C: _third_commune(c, year),
    }
    settle(district.hub, [district.a, district.b, c], files)
    return district, c, ids, year


def _list(run_cli, data_dir: DataDir, year: int) -> dict:
    result = run_cli(
        "--data-dir", data_dir.root, "sponsors", "directory", "list", "--year", year, "--json"
    )
    assert result.code == 0, result.err
    return json.loads(result.out.strip().splitlines()[-1])


def _confirm(run_cli, district: District, ids: dict, year: int) -> str:
    """The district officer adds La Dêê's sponsor to the directory and confirms La Êê's as it."""
    d = ("--data-dir", district.hub.root, "sponsors", "directory")
    before = _list(run_cli, district.hub, year)
    assert before["entries"] == [] and before["matches"] == []
    assert {u["sponsor_id"] for u in before["unmatched"]} >= set(ids.values())
    added = run_cli(*d, "add", "--from-sponsor", ids[COMMUNE_A])
    assert added.code == 0, added.err
    listed = _list(run_cli, district.hub, year)
    [entry] = listed["entries"]
    assert entry["name"] == LONG and entry["communes"] == ["Xã La Dêê"]
    loose = {u["sponsor_id"]: u for u in listed["unmatched"]}
    assert ids[COMMUNE_A] not in loose
    # suggested, by the folded name's initials, but not matched until the officer says so
    assert loose[ids[COMMUNE_B]]["suggested"] == {"id": entry["id"], "name": LONG}
    assert loose[ids[COMMUNE_C]]["suggested"] is None
    matched = run_cli(*d, "match", ids[COMMUNE_B], SHORT)
    assert matched.code == 0, matched.err
    assert LONG in matched.out
    return entry["id"]


def test_a_sponsor_spelled_two_ways_is_one_row_once_the_officer_confirms(
    area, run_cli, tmp_path
) -> None:
    from openpyxl import load_workbook

    district, _c, ids, year = area
    book = tmp_path / "district.xlsx"
    args = ("export", "xlsx", "--table", "district", "--year", year)
    assert run_cli("--data-dir", district.hub.root, *args, "--out", book).code == 0
    rows = [[c.value for c in r] for r in load_workbook(book).worksheets[0].iter_rows(min_row=2)]
    names = [r[0] for r in rows]
    assert not any(name == LONG for name in names)  # nothing merged before the officer confirms
    assert f"{LONG} (Xã La Dêê, chưa đối chiếu)" in names
    assert f"{SHORT} (Xã La Êê, chưa đối chiếu)" in names

    entry_id = _confirm(run_cli, district, ids, year)
    hub = store.open_database(district.hub)
    per_commune = dict(
        hub.execute(
            "SELECT r.commune_code, COALESCE(SUM(i.amount), 0) FROM receipt r "
            "JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 WHERE r.deleted = 0 "
            "AND r.sponsor_id IN (?, ?) AND r.received_on BETWEEN ? AND ? GROUP BY 1",
            [ids[COMMUNE_A], ids[COMMUNE_B], f"{year}-01-01", f"{year}-12-31"],
        ).fetchall()
    )
    a_value = sum(v for code, v in per_commune.items() if code != COMMUNE_B)  # with Đắc Tôi's
    assert a_value > 0 and per_commune[COMMUNE_B] > 0
    assert run_cli("--data-dir", district.hub.root, *args, "--out", book).code == 0
    sheet = load_workbook(book).worksheets[0]
    header = [c.value for c in sheet[1]]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    [row] = [r for r in rows if r[0] == LONG]
    assert not any(SHORT in (r[0] or "") for r in rows)
    assert row[header.index("Xã La Dêê")] == a_value
    assert row[header.index("Xã La Êê")] == per_commune[COMMUNE_B]
    assert row[-1] == a_value + per_commune[COMMUNE_B]
    # the sponsor nobody matched stays apart, marked, below the directory's entries
    [other] = [i for i, r in enumerate(rows) if (r[0] or "").startswith(OTHER)]
    assert rows[other][0] == f"{OTHER} (Xã Phú Ninh, chưa đối chiếu)"
    assert other > rows.index(row)

    listed = _list(run_cli, district.hub, year)
    [entry] = listed["entries"]
    assert entry["id"] == entry_id and entry["communes"] == ["Xã La Dêê", "Xã La Êê"]
    assert entry["value"] == a_value + per_commune[COMMUNE_B]
    store.close(hub)


def test_the_year_end_judges_the_targets_across_its_communes(area, run_cli, tmp_path) -> None:
    district, _c, ids, year = area
    _confirm(run_cli, district, ids, year)
    hub = store.open_database(district.hub)
    a = assessments.compute(hub, ids[COMMUNE_A], year, commune_code=COMMUNE_A)
    b = assessments.compute(hub, ids[COMMUNE_B], year, commune_code=COMMUNE_B)
    headcount = hub.execute(
        "SELECT headcount FROM sponsor_directory WHERE name = ?", [LONG]
    ).fetchone()[0]
    store.close(hub)
    out = tmp_path / "tong-ket.pdf"
    d = ("--data-dir", district.hub.root, "print", "year-end", "--year", year, "--out", out)
    assert run_cli(*d).code == 0
    text = one_line(" ".join(pdf_text(out)))
    section = text.split("2. Nhận xét")[0]
    assert section.count(LONG) == 1 and SHORT not in section
    helped = a.poor_households_helped + b.poor_households_helped
    models = a.models + b.models
    found = re.search(
        rf"{LONG} 2 ([\d.]+) (\d+) (\d+) (\d+)/(\d+)", section
    )  # communes, value, households, models, targets met / judged
    assert found is not None, section
    assert found.group(1) == format_number(a.total_value + b.total_value)
    assert (int(found.group(2)), int(found.group(3))) == (helped, models)
    # households summed against the unit's staff; a model wanted in each of the two communes
    poor_met = helped >= math.ceil(headcount / 5)
    model_met = min(a.models, b.models) >= 1
    assert int(found.group(5)) == 2
    assert int(found.group(4)) == poor_met + model_met
    assert f"{OTHER} (Xã Phú Ninh, chưa đối chiếu)" in section
    commendation = text.split("3. Đề nghị khen thưởng")[1]
    proposed, waiting = commendation.split("chưa đối chiếu với danh mục đơn vị kết nghĩa")
    assert proposed.count(LONG) == 1 and SHORT not in commendation  # once, under its entry
    assert "chưa đối chiếu" not in proposed and OTHER in waiting


def _sponsors_page_shows(qtbot, data_dir: DataDir) -> dict[str, str]:
    """Each sponsor's name → the hub's entry its sponsors page shows, read off the screen."""
    from desktop.models import station
    from desktop.views.context import AppContext, Changes
    from desktop.views.sponsors_page import SponsorsPage

    db = store.open_database(data_dir)
    try:
        page = SponsorsPage(AppContext(db, data_dir, station.info(db), Changes()))
        qtbot.addWidget(page)
        model = page.model
        heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        name, entry = heads.index("Tên"), heads.index("Trong danh mục của trạm tổng hợp")
        return {
            model.index(r, name).data(): model.index(r, entry).data() or ""
            for r in range(model.rowCount())
        }
    finally:
        store.close(db)


def test_the_match_reaches_the_commune_with_the_hubs_next_bundle(area, run_cli, qtbot) -> None:
    district, c, ids, year = area
    entry_id = _confirm(run_cli, district, ids, year)
    b_before = _list(run_cli, district.b, year)
    assert b_before["matches"] == []  # not yet: the hub has not sent it
    settle(district.hub, [district.a, district.b, c], district.outbox("after"))
    seen = _list(run_cli, district.b, year)
    assert [(m["sponsor_id"], m["directory_id"], m["directory_name"]) for m in seen["matches"]] == [
        (ids[COMMUNE_B], entry_id, LONG)
    ]
    assert seen["matches"][0]["confirmed_by"] == "Cán bộ thử"
    assert _sponsors_page_shows(qtbot, district.b)[SHORT] == LONG  # in the commune's window
    assert [m["sponsor_id"] for m in _list(run_cli, district.a, year)["matches"]] == [
        ids[COMMUNE_A]
    ]
    third = _list(run_cli, c, year)
    assert [e["name"] for e in third["entries"]] == [LONG] and third["matches"] == []
    # only the hub matches: the commune's own command says so and changes nothing
    refused = run_cli(
        "--data-dir", district.b.root, "sponsors", "directory", "unmatch", ids[COMMUNE_B]
    )
    assert refused.code == 1 and "trạm tổng hợp" in refused.err
    assert _list(run_cli, district.b, year)["matches"] == seen["matches"]
    # an unmatch at the hub reaches it the same way
    d = ("--data-dir", district.hub.root, "sponsors", "directory")
    assert run_cli(*d, "unmatch", ids[COMMUNE_B]).code == 0
    settle(district.hub, [district.a, district.b, c], district.outbox("again"))
    assert _list(run_cli, district.b, year)["matches"] == []


def test_a_communes_forged_write_to_the_directory_is_refused(area, run_cli, refused) -> None:
    district, _c, ids, year = area
    entry_id = _confirm(run_cli, district, ids, year)
    entry_columns = columns(district.hub, "sponsor_directory")
    values = {"name": "Đơn vị giả", "kind": "khac", "deleted": 0}
    forged = change_bundle(
        district.b,
        district.hub,
        "sponsor_directory",
        [values.get(c) for c in entry_columns],
        row_id=uuid7(),
        commune=None,
    )
    refused(district.hub, forged, "danh mục đơn vị kết nghĩa")
    match_columns = columns(district.hub, "sponsor_match")
    own = {
        "sponsor_id": ids[COMMUNE_B],
        "directory_id": entry_id,
        "confirmed_by": "xã tự ghi",
        "confirmed_at": "2026-12-01T08:00:00",
        "deleted": 0,
    }
    forged = change_bundle(
        district.b,
        district.hub,
        "sponsor_match",
        [own.get(c) for c in match_columns],
        row_id=uuid7(),
        commune=COMMUNE_B,
    )
    refused(district.hub, forged, "danh mục đơn vị kết nghĩa")
