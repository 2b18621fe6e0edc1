"""What every page shares: the open database, the station, and a signal when records change."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.models import area, station
from desktop.models.db import Database
from desktop.paths import DataDir

if TYPE_CHECKING:
    from desktop.views.online_sync import OnlineSync


class Changes(QObject):
    """Emitted after a page writes records, so other pages refresh what they show."""

    changed = Signal(str)  # the table written


class AppContext:
    """What the window gives each of its pages (a plain class: a dataclass would write and
    compile its methods when the window's first paint is on its way)."""

    def __init__(
        self,
        db: Database,
        data_dir: DataDir,
        station: station.StationInfo,
        changes: Changes,
        online: OnlineSync | None = None,  # the window's online sync, made on first use
    ) -> None:
        self.db = db
        self.data_dir = data_dir
        self.station = station
        self.changes = changes
        self.online = online

    @property
    def is_hub(self) -> bool:
        return self.station.role == "hub"

    @property
    def commune_code(self) -> str | None:
        """The commune whose records this station writes (None on a hub)."""
        return None if self.is_hub else self.station.unit.code

    @cached_property
    def level(self) -> str:
        """The hub's level in a sentence: "thành phố" for a city, "huyện" for a district."""
        return area.level_word(self.db)

    def notify(self, table: str) -> None:
        self.changes.changed.emit(table)
