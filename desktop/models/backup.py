"""Backup copies of the station database: made, listed, verified, rotated and restored.

A backup is a consistent copy taken with SQLite's backup API through a read-only connection
(so it works while the window writes, on a full disk's database and on read-only media),
switched to a self-contained rollback journal, checked with `PRAGMA integrity_check`, then
gzip-compressed and renamed into place only when whole. Its name tells the station, the date and
time and why it was made: `20705_may-ubnd-xa-dac-toi_20261201-081500_daily.sqlite3.gz`.

Automatic copies (daily on the first open of a day, before a migration, a bundle import or a
spreadsheet import, when the window closes after changes) live in the data folder's `backups/`
as a rolling set: the newest few, one a day for 7 days, one a week for 4 weeks and one a month
for 12 months. Copies made by hand and the copy taken before a restore are never pruned. An
optional second place (a USB stick, another disk) receives a copy of each backup when it is
reachable; the window reminds the officer when the last copy there is more than a week old.
The second place is a setting of this PC, kept in a file of the data folder rather than in the
database, so that restoring an old database does not change it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
import time
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import tr
from desktop.models import migrations, wal
from desktop.models.db import SQLITE_MAGIC, connect_read_only
from desktop.models.errors import UserError, file_error
from desktop.models.text import fold
from desktop.paths import DataDir

if TYPE_CHECKING:
    from concurrent.futures import Future

SUFFIX = ".sqlite3.gz"
AUTOMATIC = ("daily", "migration", "bundle-import", "spreadsheet-import", "close")
KINDS = (*AUTOMATIC, "manual", "before-restore")
KEEP_NEWEST = 5
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
REMIND_AFTER = dt.timedelta(days=7)
COMPRESS_LEVEL = 3  # gzip: 3 compresses a station database about as well as 9, several times faster
CHUNK_BYTES = 8 * 1024 * 1024
WORK_PREFIX = ".ketnghia-backup-"
STALE_WORK_SECONDS = 6 * 3600

_NAME = re.compile(
    r"^(?P<unit>[0-9A-Za-z]+)_(?P<slug>[0-9a-z-]*)_(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
    r"_(?P<kind>[a-z-]+)\.sqlite3\.gz$"
)


@dataclass(frozen=True)
class BackupFile:
    """A backup copy as its name describes it."""

    path: Path
    unit_code: str
    station_slug: str
    made: dt.datetime
    number: int  # several copies in one second: 1, 2, …
    kind: str
    size: int
    second_place: bool = False

    @property
    def name(self) -> str:
        return self.path.name

    def kind_label(self) -> str:
        return {
            "daily": tr("daily"),
            "migration": tr("before an upgrade"),
            "bundle-import": tr("before a bundle import"),
            "spreadsheet-import": tr("before a spreadsheet import"),
            "close": tr("when the window closed"),
            "manual": tr("made by hand"),
            "before-restore": tr("before a restore"),
        }.get(self.kind, self.kind)

    def as_json(self) -> dict:
        return {
            "file": str(self.path),
            "unit_code": self.unit_code,
            "station": self.station_slug,
            "made": self.made.isoformat(timespec="seconds"),
            "kind": self.kind,
            "size": self.size,
            "second_place": self.second_place,
        }


@dataclass(frozen=True)
class Verified:
    """What a backup file holds, after its integrity check passed."""

    path: Path
    settings: dict[str, str]
    schema: int
    households: int

    @property
    def site_id(self) -> str | None:
        return self.settings.get("site_id")

    @property
    def unit_code(self) -> str | None:
        return self.settings.get("unit_code")

    @property
    def role(self) -> str | None:
        return self.settings.get("role")

    @property
    def station_name(self) -> str:
        return self.settings.get("station_name") or ""


@dataclass(frozen=True)
class Restored:
    """A restore done: the backup now in place, the copy of what it replaced, and the settings
    of both (the sync engine compares them to know whether the station fell behind)."""

    source: Path
    safety_copy: Path | None
    restored: dict[str, str]
    previous: dict[str, str] | None
    previous_last_seq: int | None  # the replaced database's last change-log seq, when readable


def parse(path: Path, *, second_place: bool = False) -> BackupFile | None:
    """The backup named `path`, or None when the name is not one of ours."""
    match = _NAME.match(path.name)
    if match is None or match["kind"] not in KINDS:
        return None
    try:
        made = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(
        path,
        match["unit"],
        match["slug"],
        made,
        int(match["n"] or 1),
        match["kind"],
        size,
        second_place,
    )


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", fold(name)).strip("-")[:40].strip("-")


def _read_settings(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return {k: v for k, v in conn.execute("SELECT key, value FROM settings") if v is not None}
    except sqlite3.Error:
        return {}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _target_name(folder: Path, unit: str, slug: str, when: dt.datetime, kind: str) -> Path:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        suffix = "" if n == 1 else f"-{n}"
        target = folder / f"{unit}_{slug}_{stamp}{suffix}_{kind}{SUFFIX}"
        if not target.exists():
            return target
    raise UserError(tr("Too many backup copies in one second; try again."))


def _storage(exc: BaseException, what: Path) -> BaseException:
    """The user's sentence for what stopped a backup; a bug is raised again as it was."""
    if isinstance(exc, sqlite3.Error):
        from desktop.models.db import storage_error

        return storage_error(exc, what) or exc
    if isinstance(exc, OSError):
        return file_error(exc)
    return UserError(
        tr("The backup copy could not be written to {folder} ({reason}).").format(
            folder=what, reason=exc
        )
    )


def create(data_dir: DataDir, kind: str = "manual", out_dir: Path | None = None) -> BackupFile:
    """Back the database up into `out_dir` (default: the data folder's backups) and return it.

    The copy goes to the second place too when one is set and reachable, and automatic copies
    are pruned to the rolling set afterwards.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    database = data_dir.database
    if not database.exists():
        raise UserError(
            tr("No station is set up in {folder}; there is nothing to back up.").format(
                folder=data_dir.root
            )
        )
    folder = Path(out_dir) if out_dir is not None else data_dir.backups
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _storage(exc, folder) from exc
    when = dt.datetime.now()
    _clean_work_folders(folder)
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=folder))
    copy_path = work / "copy.sqlite3"
    try:
        try:
            source = connect_read_only(database)
            try:
                settings = _read_settings(source)
                copy = sqlite3.connect(copy_path, isolation_level=None)
                try:
                    source.backup(copy)
                    copy.execute("PRAGMA journal_mode = DELETE")
                    check = copy.execute("PRAGMA integrity_check").fetchall()
                finally:
                    copy.close()
            finally:
                source.close()
        except sqlite3.DatabaseError as exc:
            raise _storage(exc, database) from exc
        if check != [("ok",)]:
            raise UserError(
                tr(
                    "The database failed its integrity check, so no backup was made from it; "
                    "restore an earlier backup copy ({problem})."
                ).format(problem=check[0][0])
            )
        target = _target_name(
            folder,
            settings.get("unit_code") or "0",
            _slug(settings.get("station_name") or "ketnghia"),
            when,
            kind,
        )
        packed = work / "copy.sqlite3.gz"
        _compress(copy_path, packed)
        _fsync(packed)
        os.replace(packed, target)
    except OSError as exc:
        raise _storage(exc, folder) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    made = parse(target)
    assert made is not None, target
    if out_dir is None:
        prune(folder)
        _copy_to_second_place(data_dir, made)
    return made


def _clean_work_folders(folder: Path) -> None:
    """Remove what a backup killed half-way left (old enough not to be one still running)."""
    limit = dt.datetime.now().timestamp() - STALE_WORK_SECONDS
    for stale in folder.glob(f"{WORK_PREFIX}*"):
        with contextlib.suppress(OSError):
            if stale.is_dir() and stale.stat().st_mtime < limit:
                shutil.rmtree(stale)


def _gzip_member(chunk: bytes) -> bytes:
    packer = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, 31)  # 31: a gzip member
    return packer.compress(chunk) + packer.flush()


def _compress(source: Path, target: Path) -> None:
    """gzip `source` into `target` as one member per chunk, compressed on several threads (zlib
    releases the GIL); any gzip reader reads the members as one stream."""
    from concurrent.futures import ThreadPoolExecutor  # here: the window's start does without it

    workers = max(1, min(4, os.cpu_count() or 1))
    with open(source, "rb") as raw, open(target, "wb") as out, ThreadPoolExecutor(workers) as pool:
        pending: deque[Future[bytes]] = deque()
        while chunk := raw.read(CHUNK_BYTES):
            pending.append(pool.submit(_gzip_member, chunk))
            if len(pending) > workers * 2:
                out.write(pending.popleft().result())
        while pending:
            out.write(pending.popleft().result())


# Automatic copies tried by this process: data folder -> (when, the copy or None if it failed).
_RECENT_SECONDS = 60
_recent: dict[Path, tuple[float, BackupFile | None]] = {}


def create_quietly(data_dir: DataDir, kind: str) -> tuple[BackupFile | None, str | None]:
    """An automatic backup that never stops the work it precedes: (the copy, or what went wrong
    in one sentence). One tried by this process less than a minute ago stands for it (the
    day's first open, then the import it was opened for): no second copy, no second warning."""
    key = data_dir.root.resolve()
    recent = _recent.get(key)
    if recent is not None and time.monotonic() - recent[0] < _RECENT_SECONDS:
        return recent[1], None
    try:
        made: BackupFile | None = create(data_dir, kind)
        problem = None
    except UserError as exc:
        made = None
        problem = tr("The automatic backup copy could not be made: {reason}").format(
            reason=exc.message
        )
    _recent[key] = (time.monotonic(), made)
    return made, problem


def daily_due(data_dir: DataDir) -> bool:
    """Whether no backup copy was made today in the data folder."""
    today = dt.date.today().strftime("%Y%m%d")
    try:
        names = [p.name for p in data_dir.backups.glob(f"*_{today}-*{SUFFIX}")]
    except OSError:
        return False
    return not any(parse(data_dir.backups / n) for n in names)


def list_backups(data_dir: DataDir) -> list[BackupFile]:
    """The backup copies in the data folder and in the second place (when reachable), newest
    first."""
    found: list[BackupFile] = []
    places = [(data_dir.backups, False)]
    second = second_place(data_dir)
    if second is not None and second.is_dir():
        places.append((second, True))
    for folder, is_second in places:
        if folder.is_dir():
            for path in folder.glob(f"*{SUFFIX}"):
                item = parse(path, second_place=is_second)
                if item is not None:
                    found.append(item)
    return sorted(found, key=_age_key, reverse=True)


def _age_key(item: BackupFile) -> tuple:
    """Newest first; copies made in the same second by when their file was written."""
    try:
        written = item.path.stat().st_mtime_ns
    except OSError:
        written = 0
    return item.made, item.number, written, not item.second_place


def _unpack(path: Path, target: Path) -> None:
    import gzip  # here: the window's start unpacks nothing

    try:
        with gzip.open(path, "rb") as packed, open(target, "wb") as out:
            shutil.copyfileobj(packed, out, 1024 * 1024)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise UserError(
            tr("{file} is not a backup copy of Sổ Kết Nghĩa, or it is damaged.").format(
                file=path.name
            )
        ) from exc


def _check(path: Path, copy: Path) -> Verified:
    with open(copy, "rb") as raw:
        magic = raw.read(len(SQLITE_MAGIC))
    if magic != SQLITE_MAGIC:
        raise UserError(
            tr("{file} is not a backup copy of Sổ Kết Nghĩa, or it is damaged.").format(
                file=path.name
            )
        )
    try:
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchall()
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
            settings = _read_settings(conn)
            households = 0
            if check == [("ok",)] and settings.get("site_id"):
                households = conn.execute(
                    "SELECT count(*) FROM household WHERE deleted = 0"
                ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(
            tr("{file} is not a backup copy of Sổ Kết Nghĩa, or it is damaged.").format(
                file=path.name
            )
        ) from exc
    if check != [("ok",)]:
        raise UserError(
            tr("{file} is damaged: it failed its integrity check ({problem}).").format(
                file=path.name, problem=check[0][0]
            )
        )
    if not settings.get("site_id"):
        raise UserError(tr("{file} holds no station of Sổ Kết Nghĩa.").format(file=path.name))
    if schema > migrations.SCHEMA_VERSION:
        raise UserError(
            tr(
                "{file} was made by a newer version of Sổ Kết Nghĩa; install the newer "
                "program to restore it."
            ).format(file=path.name)
        )
    return Verified(path, settings, schema, households)


def verify(path: Path) -> Verified:
    """Unpack `path` into a temporary folder and check it; UserError says what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise UserError(tr("There is no file {file}.").format(file=path))
    with tempfile.TemporaryDirectory(prefix="ketnghia-verify-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        try:
            _unpack(path, copy)
        except OSError as exc:
            raise _storage(exc, Path(folder)) from exc
        return _check(path, copy)


def _peek(database: Path) -> tuple[dict[str, str] | None, int | None]:
    """The settings and last change-log seq of the database in place (None: unreadable)."""
    if not database.exists():
        return None, None
    try:
        conn = connect_read_only(database)
    except sqlite3.Error:
        return None, None
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return None, None
        last = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM change_log").fetchone()[0]
        return _read_settings(conn) or None, int(last)
    except sqlite3.Error:
        return None, None
    finally:
        conn.close()


def restore(data_dir: DataDir, path: Path) -> Restored:
    """Put the backup `path` in place of the station's database.

    The current database is backed up first (or, when it cannot be read, its files are copied
    aside as they are); the restored file replaces it with no `-wal`/`-shm` of the old one left
    beside it. Every connection of this process must be closed first.
    """
    path = Path(path)
    database = data_dir.database
    if wal.held_here(database) or wal.in_use_elsewhere(database):
        raise UserError(
            tr(
                "The database is open in another window of Sổ Kết Nghĩa or another program; "
                "close it and restore again."
            )
        )
    if not path.is_file():
        raise UserError(tr("There is no file {file}.").format(file=path))
    data_dir.ensure()
    staging = database.with_name(database.name + ".restoring")
    try:
        try:
            _unpack(path, staging)
        except OSError as exc:
            raise _storage(exc, data_dir.root) from exc
        incoming = _check(path, staging)
        previous, previous_last_seq = _peek(database)
        other = previous is not None and (previous.get("role"), previous.get("unit_code")) != (
            incoming.role,
            incoming.unit_code,
        )
        if other and previous is not None and previous.get("site_id"):
            raise UserError(
                tr(
                    "{file} is a backup of another station ({station}, unit {unit}); it was "
                    "not restored."
                ).format(file=path.name, station=incoming.station_name, unit=incoming.unit_code)
            )
        safety = _keep_current(data_dir, previous is not None)
        for extra in (wal.wal_path(database), wal.shm_path(database)):
            with contextlib.suppress(FileNotFoundError):
                extra.unlink()
        _fsync(staging)
        os.replace(staging, database)
    except OSError as exc:
        raise _storage(exc, data_dir.root) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
    return Restored(path, safety, incoming.settings, previous, previous_last_seq)


def _keep_current(data_dir: DataDir, readable: bool) -> Path | None:
    """A copy of the database about to be replaced: a backup when it can be read, else its
    files as they are, in a folder of their own."""
    database = data_dir.database
    if not database.exists():
        return None
    if readable:
        try:
            return create(data_dir, "before-restore").path
        except UserError:
            pass
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = data_dir.backups / f"replaced-{stamp}"
    folder.mkdir(parents=True, exist_ok=True)
    for item in (database, wal.wal_path(database), wal.shm_path(database)):
        if item.exists():
            shutil.copy2(item, folder / item.name)
    return folder


# ---- the rolling set -------------------------------------------------------------------------


def keep_set(items: list[BackupFile]) -> set[Path]:
    """Which automatic copies the rolling set keeps: the newest few, the newest of each of the
    last 7 days, 4 weeks and 12 months that have copies."""
    ordered = sorted(items, key=lambda b: (b.made, b.number), reverse=True)
    kept = {b.path for b in ordered[:KEEP_NEWEST]}
    for key, count in (
        (lambda b: b.made.date(), KEEP_DAILY),
        (lambda b: b.made.isocalendar()[:2], KEEP_WEEKLY),
        (lambda b: (b.made.year, b.made.month), KEEP_MONTHLY),
    ):
        seen: list = []
        for item in ordered:
            bucket = key(item)
            if bucket not in seen:
                if len(seen) == count:
                    break
                seen.append(bucket)
                kept.add(item.path)
    return kept


def prune(folder: Path) -> list[Path]:
    """Delete the automatic copies in `folder` that fall out of the rolling set, per station."""
    by_station: dict[tuple[str, str], list[BackupFile]] = {}
    for path in folder.glob(f"*{SUFFIX}"):
        item = parse(path)
        if item is not None and item.kind in AUTOMATIC:
            by_station.setdefault((item.unit_code, item.station_slug), []).append(item)
    removed = []
    for items in by_station.values():
        kept = keep_set(items)
        for item in items:
            if item.path not in kept:
                with contextlib.suppress(OSError):
                    item.path.unlink()
                    removed.append(item.path)
    return removed


# ---- the second place ------------------------------------------------------------------------


def _load(data_dir: DataDir) -> dict:
    try:
        text = data_dir.backup_settings.read_text("utf-8")
    except (OSError, ValueError):  # missing, unreadable, or not UTF-8
        return {}
    import json  # here: most stations have no second place, and no file to read

    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _save(data_dir: DataDir, data: dict) -> None:
    target = data_dir.backup_settings
    temporary = target.with_suffix(".part")
    import json

    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    os.replace(temporary, target)


def second_place(data_dir: DataDir) -> Path | None:
    folder = _load(data_dir).get("second_place")
    return Path(folder) if isinstance(folder, str) and folder else None


def last_second_copy(data_dir: DataDir) -> dt.datetime | None:
    """When a copy last reached the second place (remembered, or seen there now)."""
    times = []
    stamp = _load(data_dir).get("second_place_copied")
    if isinstance(stamp, str):
        with contextlib.suppress(ValueError):
            times.append(dt.datetime.fromisoformat(stamp))
    folder = second_place(data_dir)
    if folder is not None and folder.is_dir():
        times += [b.made for b in map(parse, folder.glob(f"*{SUFFIX}")) if b is not None]
    return max(times, default=None)


def set_second_place(data_dir: DataDir, folder: Path | None) -> BackupFile | None:
    """Choose (or with None, forget) the second place; a first copy goes there at once."""
    data = _load(data_dir)
    if folder is None:
        data.pop("second_place", None)
        data.pop("second_place_copied", None)
        _save(data_dir, data)
        return None
    folder = Path(folder).expanduser().resolve()
    if folder == data_dir.backups.resolve() or folder == data_dir.root.resolve():
        raise UserError(
            tr("The second place must be another disk or a USB stick, not the data folder.")
        )
    if not folder.is_dir():
        raise UserError(tr("There is no folder {folder}.").format(folder=folder))
    try:
        probe = folder / ".ketnghia-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UserError(
            tr("The folder {folder} cannot be written ({reason}).").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    data["second_place"] = str(folder)
    data.pop("second_place_copied", None)
    _save(data_dir, data)
    newest = next((b for b in list_backups(data_dir) if not b.second_place), None)
    if newest is None:
        newest = create(data_dir, "manual")  # copies itself there
    else:
        _copy_to_second_place(data_dir, newest)
    return newest


def _copy_to_second_place(data_dir: DataDir, item: BackupFile) -> bool:
    folder = second_place(data_dir)
    if folder is None or not folder.is_dir():
        return False
    target = folder / item.name
    temporary = folder / (item.name + ".part")
    try:
        shutil.copyfile(item.path, temporary)
        _fsync(temporary)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    prune(folder)
    data = _load(data_dir)
    data["second_place_copied"] = dt.datetime.now().isoformat(timespec="seconds")
    with contextlib.suppress(OSError):
        _save(data_dir, data)
    return True


def second_place_reminder(data_dir: DataDir, now: dt.datetime | None = None) -> str | None:
    """A sentence for the status bar when the second place's newest copy is over a week old."""
    folder = second_place(data_dir)
    if folder is None:
        return None
    last = last_second_copy(data_dir)
    now = now or dt.datetime.now()
    if last is not None and now - last <= REMIND_AFTER:
        return None
    if last is None:
        return tr("No backup copy has reached {folder} yet: plug in the drive.").format(
            folder=folder
        )
    return tr("The last backup copy in {folder} is {days} days old: plug in the drive.").format(
        folder=folder, days=(now - last).days
    )
