"""Who issues this station's documents: header lines, place, signer, from the station and settings.

Settings that override the defaults (all optional): `document_parent` ("UBND XÃ ĐẮC TÔI"),
`document_body` ("TỔ CÔNG TÁC KẾT NGHĨA"), `document_signer_title`, `document_signer_name`,
`document_symbol_suffix` ("UBND").
"""

from __future__ import annotations

from desktop.documents.layout import Issuer, upper
from desktop.models import reports, station
from desktop.models.db import Database, setting


def issuer(db: Database) -> Issuer:
    info = station.info(db)
    unit = info.unit
    parent_name = unit.parent_name or ""
    return Issuer(
        parent=setting(db, "document_parent") or f"UBND {upper(unit.name)}",
        body=setting(db, "document_body") or "TỔ CÔNG TÁC KẾT NGHĨA",
        place=unit.short_name,
        commune_name=unit.name,
        district_name=parent_name,
        commune_code=unit.code if info.role == "commune" else None,
        signer_title=setting(db, "document_signer_title") or "TỔ TRƯỞNG",
        signer_name=setting(db, "document_signer_name") or reports.group_leader(db),
        symbol_suffix=setting(db, "document_symbol_suffix") or "UBND",
        chairman_name=setting(db, "document_chairman_name") or "",
    )
