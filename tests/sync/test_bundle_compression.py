"""The payload's compression: bundles written today and by earlier programs both import, and a
released preset dictionary never changes (a bundle's file names the one it was made with)."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from district import District, export, import_files

from desktop.models import store
from desktop.models.db import transaction
from sync import bundle

# sha256 of each released dictionary: a new dictionary is a new compression id, never a change.
RELEASED = {
    ("zlib-schema", 1): "e405422e3939f03f85f927af50160f06dd1b84c221a0520928e329a5c0c2f1a6",
    ("zlib-schema", 2): "83559fac9525be026e8c7eff903ac3d590d28e75d61c02963b729941ea093db1",
    ("zlib-words1", 1): "0fce73af827611c69b128969687b017c3769a8581e09481a286505a33f4cdd7a",
    ("zlib-words1", 2): "09eaed62982f67cb51ab9c5b5dc99d6c3e96364bae7b8c648f3f301c4b83d990",
}


def compression_of(path) -> str:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))["payload"]["compression"]


def edit_notes(district: District, notes: str) -> None:
    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE household SET notes = ? WHERE deleted = 0", [notes])
    db.conn.close()


def notes_on_hub(district: District, notes: str) -> int:
    db = store.open_database(district.hub)
    try:
        return db.execute("SELECT count(*) FROM household WHERE notes = ?", [notes]).fetchone()[0]
    finally:
        db.conn.close()


@pytest.mark.parametrize("compression", ["zlib-schema", "zlib-words1"])
def test_bundles_of_every_compression_import(
    district: District, monkeypatch: pytest.MonkeyPatch, compression: str
) -> None:
    # "zlib-schema": what the programs before this one wrote, made as they made it
    monkeypatch.setattr(bundle, "COMPRESSION", compression)
    edit_notes(district, "Có thêm con nhỏ")
    files = export(district.a, district.outbox("up"))
    monkeypatch.undo()
    assert [compression_of(path) for path in files] == [compression]
    assert import_files(district.hub, files) == 0
    db = store.open_database(district.a)
    edited = db.execute("SELECT count(*) FROM household WHERE deleted = 0").fetchone()[0]
    db.conn.close()
    assert edited > 0 and notes_on_hub(district, "Có thêm con nhỏ") == edited


@pytest.mark.parametrize(("compression", "schema"), sorted(RELEASED))
def test_a_released_dictionary_never_changes(compression: str, schema: int) -> None:
    digest = hashlib.sha256(bundle.schema_dictionary(schema, compression)).hexdigest()
    assert digest == RELEASED[compression, schema]
