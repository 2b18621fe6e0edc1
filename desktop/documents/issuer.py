"""Who issues this station's documents: header lines, place, signer, from the station and settings.

Settings that override the defaults (all optional): `document_parent` ("UBND XÃ LA DÊÊ"),
`document_body` ("TỔ CÔNG TÁC KẾT NGHĨA"), `document_signer_title`, `document_signer_name`,
`document_symbol_suffix` ("UBND").

A document names the units in force on its date: a minute of 2024 made under Xã Đắc Tôi says
"xã Đắc Tôi, huyện Nam Giang", one of 2026 "xã La Dêê, thành phố Đà Nẵng". The settings, typed
for the station's unit as it is now, apply only to documents of that unit.
"""

from __future__ import annotations

import datetime as dt

from desktop.documents.layout import Issuer, upper
from desktop.models import reference, reports, station, station_settings
from desktop.models.db import Database, setting


def issuer(db: Database, day: dt.date | None = None, commune_code: str | None = None) -> Issuer:
    """The issuer of a document dated `day` (today when None) about a record of `commune_code`
    (the station's own unit when None)."""
    info = station.info(db)
    day = day or dt.date.today()
    unit = reference.unit_on(db.conn, commune_code or info.unit.code, day.isoformat()) or info.unit
    own = unit.code == info.unit.code and unit.valid_to is None
    hub = info.role == "hub"

    def chosen(key: str) -> str | None:
        return setting(db, key) if own else None

    return Issuer(
        parent=chosen("document_parent") or f"UBND {upper(unit.name)}",
        body=setting(db, "document_body")
        or ("BAN CHỈ ĐẠO CÔNG TÁC KẾT NGHĨA" if hub else "TỔ CÔNG TÁC KẾT NGHĨA"),
        place=chosen("document_place") or unit.short_name,
        commune_name=unit.name,
        district_name=unit.parent_name or "",
        commune_code=None if hub else info.unit.code,
        signer_title=setting(db, "document_signer_title") or ("TRƯỞNG BAN" if hub else "TỔ TRƯỞNG"),
        # a hub's members are the communes' working groups: its signer comes from its settings
        signer_name=setting(db, "document_signer_name")
        or ("" if hub else reports.group_leader(db)),
        symbol_suffix=setting(db, "document_symbol_suffix") or "UBND",
        chairman_name=setting(db, "document_chairman_name") or "",
        recipients=tuple(station_settings.recipients(db) or ()),
        hub=hub,
    )
