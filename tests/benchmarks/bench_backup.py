"""Backup of the 100,000-household station (`--quick`: 20,000).

backup_100k  `backup.create`: SQLite's backup API through a read-only connection, the integrity
             check of the copy, gzip, fsync and the rename into place; baseline: a plain file
             copy of the same database file (shutil.copyfile) in the same run, which is neither
             consistent while the program writes nor checked nor compressed.

The station is the one bench_households builds once and caches in /tmp.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench_households import _station
from common import median_time, result

TARGET_S = 30.0  # a close-of-window or daily copy must not hold the officer up longer
REPEAT = 3


def backup_100k(quick: bool) -> dict:
    from desktop.models import backup
    from desktop.paths import DataDir

    folder = _station(quick)
    data_dir = DataDir(folder)
    with tempfile.TemporaryDirectory(prefix="ketnghia-bench-backup-") as work:
        out = Path(work)
        made: list = []

        def copy() -> None:
            shutil.copyfile(data_dir.database, out / "plain.sqlite3")

        def make() -> None:
            made.append(backup.create(data_dir, "manual", out))

        plain = median_time(copy, REPEAT)
        value = median_time(make, REPEAT)
        size_mb = data_dir.database.stat().st_size / 1e6
        packed_mb = made[-1].size / 1e6
    return result(
        "backup_100k",
        value,
        "s",
        plain,
        f"plain copy of the {size_mb:.0f} MB file (backup: {packed_mb:.0f} MB compressed)",
        f"< {TARGET_S:.0f} s",
        value < TARGET_S,
    )


BENCHMARKS = {"backup_100k": backup_100k}
