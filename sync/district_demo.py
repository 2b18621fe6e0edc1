"""Demo data for a hub: simulated commune stations that enroll and send real bundles.

Each simulated commune is a real station in a temporary data folder: set up, filled with the
commune demo data, enrolled at the hub with its fingerprint, welcomed, and its bundle imported
by the hub, whose acknowledgement goes back. What the hub then shows (stations, inbox, figures
across communes) is exactly what it would show after a season of real exchanges.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import tr
from desktop.models import area, demo, reference, sponsor_directory, station, store
from desktop.models.db import Database, transaction
from desktop.models.errors import UserError
from desktop.models.text import search_key
from desktop.paths import DataDir
from sync import enrollment, exchange, keys, ledger

COMMUNES = 6
OFFICERS = [
    "Alăng Thị Mai",
    "Bhríu Văn Hùng",
    "Zơrâm Thị Hoa",
    "Pơloong Văn Nhân",
    "Clâu Thị Lan",
    "Hôih Văn Bình",
]
# The commune of `ketnghia demo` on a commune station, whose history includes Xã Đắc Tôi.
FIRST = "20704"
# What each simulated commune's season was like, by its place among the chosen ones.
NORMAL, TWO_PCS, GAP, SILENT, LATE = "normal", "two_pcs", "gap", "silent", "late"
STORIES = [NORMAL, TWO_PCS, GAP, SILENT, LATE, LATE]
SILENT_DAYS = 120


@dataclass(frozen=True)
class SimulatedCommune:
    unit_code: str
    name: str
    site_id: str
    households: int
    changes: int
    story: str


def communes_of(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the communes in force of this hub's area."""
    return [(c.code, c.name) for c in area.area(db) if c.valid_to is None]


def populate_hub(
    data_dir: DataDir, db: Database, seed: int = 1, households: int = 600
) -> list[SimulatedCommune]:
    """Enroll simulated communes of this hub's area and import their bundles.

    `households` is the area's total, spread unevenly over the communes. The season they tell:
    one commune works from two PCs whose edits of one household crossed (a conflict), one lost
    the first part of its last delivery (changes held until it arrives), one has sent nothing for
    months (silent), two enrolled late in the year; every other commune of the area has no
    station yet.
    """
    me = ledger.self_station(db.conn)
    if me.role != "hub":
        raise UserError(tr("Only a district hub holds a demo district."))
    keys.ensure(data_dir, db)
    rng = random.Random(seed)
    candidates = communes_of(db)
    if len(candidates) < COMMUNES:
        raise UserError(
            tr("{unit} holds too few communes for a demo district.").format(unit=me.unit_code)
        )
    first = [c for c in candidates if c[0] == FIRST]
    others = [c for c in candidates if c[0] != FIRST]
    chosen = first + sorted(rng.sample(others, COMMUNES - len(first)))
    weights = [rng.uniform(0.6, 1.4) for _ in chosen]
    shares = [max(5, round(households * w / sum(weights))) for w in weights]
    made: list[SimulatedCommune] = []
    with tempfile.TemporaryDirectory(prefix="ketnghia-demo-") as folder:
        root = Path(folder)
        for i, ((code, name), share) in enumerate(zip(chosen, shares, strict=True)):
            made.append(_simulate(data_dir, db, root, i, code, name, share, seed + i, STORIES[i]))
        _match_sponsors(db, made[-1].unit_code)
        # the hub's acknowledgements travel back, as they would on the next USB trip
        exchange.export_bundles(data_dir, db, root / "down")
    _date_the_season(db, made)
    return made


def _match_sponsors(db: Database, waiting: str) -> None:
    """The district officer's sponsor directory: each demo sponsor an entry, confirmed for every
    commune but the one enrolled last, whose copies still wait to be matched."""
    officer = station.info(db).officer
    entries: dict[str, str] = {}
    for sponsor_id, name, code in db.execute(
        "SELECT id, name, commune_code FROM sponsor WHERE deleted = 0 AND commune_code IS NOT "
        "NULL ORDER BY commune_code, name"
    ).fetchall():
        if reference.current_code(db.conn, code) == waiting:
            continue
        key = search_key(name)
        if key in entries:
            sponsor_directory.match(db, sponsor_id, entries[key], officer)
        else:
            entries[key] = sponsor_directory.add_from_sponsor(db, sponsor_id, officer)


def _simulate(
    hub_dir: DataDir,
    hub_db: Database,
    root: Path,
    index: int,
    code: str,
    name: str,
    households: int,
    seed: int,
    story: str,
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
        _enroll(hub_dir, hub_db, commune, db, root, f"{index}")
        applied = _deliver(hub_dir, hub_db, commune, db, root / f"up{index}")
        if story == TWO_PCS:
            applied += _crossed_edits(hub_dir, hub_db, commune, db, root, index)
        elif story == GAP:
            applied += _lost_first_part(hub_dir, hub_db, commune, db, root / f"gap{index}")
        site = ledger.self_station(db.conn).site_id
    finally:
        db.conn.close()
    return SimulatedCommune(code, name, site, households, applied, story)


def _enroll(
    hub_dir: DataDir, hub_db: Database, commune: DataDir, db: Database, root: Path, tag: str
) -> None:
    request = enrollment.write_request(commune, db, root / f"request{tag}.ketnghia")
    enrolled = enrollment.enroll(
        hub_dir, hub_db, request, enrollment.fingerprint(commune, db), root / f"welcome{tag}"
    )
    # the commune officer types the hub's fingerprint, read out by the district officer
    hub_digits = enrollment.fingerprint(hub_dir, hub_db)
    _expect_accepted(
        exchange.import_bundle(commune, db, enrolled.welcome.path, hub_fingerprint=hub_digits)
    )


def _deliver(hub_dir: DataDir, hub_db: Database, commune: DataDir, db: Database, out: Path) -> int:
    applied = 0
    for made in exchange.export_bundles(commune, db, out):
        result = exchange.import_bundle(hub_dir, hub_db, made.path)
        _expect_accepted(result)
        applied += result.applied
    return applied


def _crossed_edits(
    hub_dir: DataDir, hub_db: Database, commune: DataDir, db: Database, root: Path, index: int
) -> int:
    """A second PC of the commune, welcomed with its records; both PCs correct the same
    household's phone before either bundle reaches the hub: the hub keeps one version and the
    other as a conflict to review."""
    second = DataDir(root / f"commune{index}b")
    other = store.open_database(second, create=True)
    try:
        me = station.info(db)
        station.initialize(
            other,
            station.StationSetup(
                "commune", me.unit.code, f"{me.name} (máy 2)", OFFICERS[(index + 1) % 6]
            ),
        )
        keys.create(second, other)
        _enroll(hub_dir, hub_db, second, other, root, f"{index}b")
        household = db.execute(
            "SELECT id FROM household WHERE deleted = 0 ORDER BY code LIMIT 1"
        ).fetchone()[0]
        for target, phone in ((db, "0905111222"), (other, "0905333444")):
            with transaction(target) as conn:
                conn.execute("UPDATE household SET phone = ? WHERE id = ?", (phone, household))
        applied = _deliver(hub_dir, hub_db, commune, db, root / f"up{index}c")
        applied += _deliver(hub_dir, hub_db, second, other, root / f"up{index}d")
    finally:
        other.conn.close()
    return applied


def _lost_first_part(
    hub_dir: DataDir, hub_db: Database, commune: DataDir, db: Database, out: Path
) -> int:
    """The commune revises its needs and households; the delivery is split in parts and the
    first part never reaches the hub, so what came after it waits there."""
    me = ledger.self_station(db.conn).site_id
    for made in exchange.export_bundles(hub_dir, hub_db, out / "acks"):
        if made.recipient == me:  # the hub's acknowledgement reached it first
            _expect_accepted(exchange.import_bundle(commune, db, made.path))
    with transaction(db) as conn:
        conn.execute("UPDATE household SET notes = 'Rà soát lại tháng 11' WHERE deleted = 0")
        conn.execute("UPDATE need SET notes = 'Cập nhật tiến độ' WHERE deleted = 0")
    pending = db.execute(
        "SELECT count(*) FROM change_log WHERE seq > ?", (ledger.acked_seq(db.conn),)
    ).fetchone()[0]
    parts = exchange.export_bundles(commune, db, out, most=max(2, pending // 3))
    applied = 0
    for made in parts[1:]:
        result = exchange.import_bundle(hub_dir, hub_db, made.path)
        _expect_accepted(result)
        applied += result.applied
    return applied


def _date_the_season(db: Database, made: list[SimulatedCommune]) -> None:
    """Spread the enrollments over the months since the reform, as a real season would have
    them: the silent commune's last bundle months ago, the late ones enrolled this autumn."""
    today = dt.date.today()
    reform = dt.date.fromisoformat(reference.reform_date(db.conn))
    with transaction(db) as conn:
        for i, commune in enumerate(made):
            if commune.story == LATE:
                enrolled = today - dt.timedelta(days=20 + 15 * i)
            else:
                enrolled = reform + dt.timedelta(days=30 + 7 * i)
            conn.execute(
                "UPDATE station SET enrolled_at = ? WHERE unit_code = ? AND is_self = 0",
                (f"{enrolled.isoformat()}T08:30:00", commune.unit_code),
            )
            if commune.story == SILENT:
                quiet = today - dt.timedelta(days=SILENT_DAYS)
                conn.execute(
                    "UPDATE sync_peer SET last_bundle_at = ? WHERE site_id = ?",
                    (f"{quiet.isoformat()}T16:05:00", commune.site_id),
                )


def _expect_accepted(result: exchange.ImportResult) -> None:
    if result.refused:
        raise UserError(result.reason)
