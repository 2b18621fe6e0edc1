"""Demo data for a hub: simulated commune stations that enroll and send real bundles.

Each simulated commune is a real station in a temporary data folder: set up, filled with the
commune demo data, enrolled at the hub with its fingerprint, welcomed, and its bundle imported
by the hub, whose acknowledgement goes back. What the hub then shows (stations, inbox, figures
across communes) is exactly what it would show after a season of real exchanges.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import tr
from desktop.models import demo, station, store
from desktop.models.db import Database
from desktop.models.errors import UserError
from desktop.paths import DataDir
from sync import enrollment, exchange, keys, ledger

COMMUNES = 4
OFFICERS = [
    "Alăng Thị Mai",
    "Bhríu Văn Hùng",
    "Zơrâm Thị Hoa",
    "Pơloong Văn Nhân",
    "Clâu Thị Lan",
    "Hôih Văn Bình",
]


@dataclass(frozen=True)
class SimulatedCommune:
    unit_code: str
    name: str
    site_id: str
    households: int
    changes: int


def communes_of(db: Database, area: str) -> list[tuple[str, str]]:
    """(code, name) of the communes a hub's unit holds, those in force first."""
    rows = db.execute(
        "SELECT code, name FROM admin_unit WHERE level = 'commune' AND parent_code = ? "
        "ORDER BY valid_to IS NOT NULL, code",
        (area,),
    ).fetchall()
    seen: dict[str, str] = {}
    for code, name in rows:
        seen.setdefault(code, name)
    return list(seen.items())


def populate_hub(
    data_dir: DataDir, db: Database, seed: int = 1, households: int = 600
) -> list[SimulatedCommune]:
    """Enroll simulated communes of this hub's area and import their bundles.

    `households` is the district's total, spread unevenly over the communes.
    """
    me = ledger.self_station(db.conn)
    if me.role != "hub":
        raise UserError(tr("Only a district hub holds a demo district."))
    keys.ensure(data_dir, db)
    rng = random.Random(seed)
    candidates = communes_of(db, me.unit_code)
    if len(candidates) < COMMUNES:
        raise UserError(
            tr("{unit} holds too few communes for a demo district.").format(unit=me.unit_code)
        )
    chosen = sorted(rng.sample(candidates, COMMUNES))
    weights = [rng.uniform(0.6, 1.4) for _ in chosen]
    shares = [max(5, round(households * w / sum(weights))) for w in weights]
    made: list[SimulatedCommune] = []
    with tempfile.TemporaryDirectory(prefix="ketnghia-demo-") as folder:
        root = Path(folder)
        for i, ((code, name), share) in enumerate(zip(chosen, shares, strict=True)):
            made.append(_simulate(data_dir, db, root, i, code, name, share, seed + i))
        # the hub's acknowledgements travel back, as they would on the next USB trip
        exchange.export_bundles(data_dir, db, root / "down")
    return made


def _simulate(
    hub_dir: DataDir,
    hub_db: Database,
    root: Path,
    index: int,
    code: str,
    name: str,
    households: int,
    seed: int,
) -> SimulatedCommune:
    commune = DataDir(root / f"commune{index}")
    db = store.open_database(commune, create=True)
    try:
        short = name.split(" ", 1)[1] if " " in name else name
        station.initialize(
            db,
            station.StationSetup(
                "commune", code, f"Máy UBND xã {short}", OFFICERS[index % len(OFFICERS)]
            ),
        )
        keys.create(commune, db)
        demo.populate(db, households=households, seed=seed)
        request = enrollment.write_request(commune, db, root / f"request{index}.ketnghia")
        enrolled = enrollment.enroll(
            hub_dir, hub_db, request, enrollment.fingerprint(commune, db), root / "welcome"
        )
        # the commune officer types the hub's fingerprint, read out by the district officer
        hub_digits = enrollment.fingerprint(hub_dir, hub_db)
        _expect_accepted(
            exchange.import_bundle(commune, db, enrolled.welcome.path, hub_fingerprint=hub_digits)
        )
        applied = 0
        for made in exchange.export_bundles(commune, db, root / "up"):
            result = exchange.import_bundle(hub_dir, hub_db, made.path)
            _expect_accepted(result)
            applied += result.applied
        site = ledger.self_station(db.conn).site_id
    finally:
        db.conn.close()
    return SimulatedCommune(code, name, site, households, applied)


def _expect_accepted(result: exchange.ImportResult) -> None:
    if result.refused:
        raise UserError(result.reason)
