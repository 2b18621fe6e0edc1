"""What every page shares: the open database, the station, and a signal when records change."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.models import station
from desktop.models.db import Database
from desktop.paths import DataDir


class Changes(QObject):
    """Emitted after a page writes records, so other pages refresh what they show."""

    changed = Signal(str)  # the table written


@dataclass
class AppContext:
    db: Database
    data_dir: DataDir
    station: station.StationInfo
    changes: Changes

    @property
    def is_hub(self) -> bool:
        return self.station.role == "hub"

    @property
    def commune_code(self) -> str | None:
        """The commune whose records this station writes (None on a hub)."""
        return None if self.is_hub else self.station.unit.code

    def notify(self, table: str) -> None:
        self.changes.changed.emit(table)
