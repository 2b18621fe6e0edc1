"""The register of issued documents: numbers per year and symbol, kept for the same document."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import documents_register as register
from desktop.models.errors import UserError


def _issue(db, symbol="BC-UBND", day=dt.date(2026, 1, 5), owner=None, **kw):
    return register.issue(
        db,
        commune_code="20704",
        kind=kw.pop("kind", "report"),
        symbol=symbol,
        title="Báo cáo",
        issued_on=day,
        owner_id=owner,
        **kw,
    )


def test_numbers_run_per_year_and_symbol_with_a_leading_zero(docs_station):
    db = docs_station.db
    labels = [_issue(db).label for _ in range(10)]
    assert labels[:2] == ["01/BC-UBND", "02/BC-UBND"]
    assert labels[-1] == "10/BC-UBND"
    assert _issue(db, "BB-UBND").label == "01/BB-UBND"
    assert _issue(db, day=dt.date(2027, 1, 2)).label == "01/BC-UBND"
    assert _issue(db).label == "11/BC-UBND"


def test_the_same_owner_keeps_its_number(docs_station):
    db = docs_station.db
    first = _issue(db, owner="2026")
    _issue(db, owner="2027")
    assert _issue(db, owner="2026") == first
    assert len(register.issued(db)) == 2


def test_numbers_typed_on_receipts_are_taken(docs_station):
    db = docs_station.db
    db.execute(
        "UPDATE receipt SET minutes_number = '04/BB-UBND', received_on = '2026-02-01' WHERE id = ?",
        [docs_station.receipt_id],
    )
    assert _issue(db, "BB-UBND").label == "05/BB-UBND"


def test_register_writes_go_through_the_change_log(docs_station):
    db = docs_station.db
    doc = _issue(db)
    logged = db.execute(
        "SELECT op FROM change_log WHERE tbl = 'document' AND row_id = ?", [doc.id]
    ).fetchall()
    assert logged == [("upsert",)]


@pytest.mark.parametrize(
    ("label", "parsed"),
    [
        ("05/BB-UBND", (5, "BB-UBND")),
        (" 12 / BC-UBND ", (12, "BC-UBND")),
        ("BB 5", None),
        ("", None),
    ],
)
def test_parse_number(label, parsed):
    assert register.parse_number(label) == parsed


def test_a_document_needs_a_symbol(docs_station):
    with pytest.raises(UserError):
        _issue(docs_station.db, symbol=" ")
    assert register.issued(docs_station.db) == []
