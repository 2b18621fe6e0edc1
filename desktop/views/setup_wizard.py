"""The first-run wizard: role, unit (searched without diacritics), station, officer, villages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.i18n import tr
from desktop.models import reference, station
from desktop.models.db import Database
from desktop.models.errors import UserError
from desktop.models.text import format_date
from desktop.paths import DataDir
from desktop.views import look
from sync import keys


def unit_label(unit: reference.Unit) -> str:
    parent = f", {unit.parent_name}" if unit.parent_name else ""
    if unit.valid_to:
        period = tr("until {date}").format(date=format_date(unit.valid_to))
    elif unit.valid_from:
        period = tr("from {date}").format(date=format_date(unit.valid_from))
    else:
        period = tr("in force")
    return f"{unit.name}{parent} — {tr('code')} {unit.code} ({period})"


class RolePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("What is this computer for?"))
        self.commune = QRadioButton(tr("A commune's twinning working group (commune station)"))
        self.hub = QRadioButton(tr("The district, merging the communes' data (district hub)"))
        self.commune.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.commune)
        group.addButton(self.hub)
        layout = QVBoxLayout(self)
        layout.addWidget(self.commune)
        layout.addWidget(self.hub)

    @property
    def role(self) -> str:
        return "hub" if self.hub.isChecked() else "commune"


class UnitPage(QWizardPage):
    def __init__(self, db: Database, role_page: RolePage) -> None:
        super().__init__()
        self.db = db
        self.role_page = role_page
        self.setTitle(tr("Which unit?"))
        self.setSubTitle(tr("Type part of the name; accents are not needed (“dac toi”)."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name"))
        self.results = QListWidget()
        self.notice = look.error_line()  # a unit that ended: what it became
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.notice)
        self.search.textChanged.connect(self.update_results)
        self.results.currentItemChanged.connect(lambda *_: self.show_choice())

    def initializePage(self) -> None:
        self.update_results()

    def levels(self) -> tuple[str, ...]:
        return ("commune",) if self.role_page.role == "commune" else station.HUB_LEVELS

    def update_results(self) -> None:
        self.results.clear()
        for unit in reference.search_units(self.db.conn, self.search.text(), self.levels()):
            item = QListWidgetItem(unit_label(unit))
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            self.results.addItem(item)
        self.completeChanged.emit()

    def ended(self) -> str | None:
        """Why the chosen unit cannot have a station today (it ended), or None."""
        if not self.unit_code:
            return None
        return reference.defunct_reason(self.db.conn, self.unit_code, dt.date.today())

    def show_choice(self) -> None:
        self.notice.setText(self.ended() or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.results.currentItem() is not None and self.ended() is None

    @property
    def unit_code(self) -> str:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""


class StationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("This station and its officer"))
        self.station_name = QLineEdit()
        self.station_name.setPlaceholderText(tr("e.g. Computer of the commune People's Committee"))
        self.officer = QLineEdit()
        form = QFormLayout(self)
        form.addRow(tr("Station name"), self.station_name)
        form.addRow(tr("Officer in charge"), self.officer)
        self.registerField("station*", self.station_name)
        self.registerField("officer*", self.officer)


class VillagesPage(QWizardPage):
    def __init__(self, role_page: RolePage) -> None:
        super().__init__()
        self.role_page = role_page
        self.setTitle(tr("Villages of the commune"))
        self.setSubTitle(tr("One village (thôn) per line; more can be added later."))
        self.villages = QPlainTextEdit()
        self.villages.setTabChangesFocus(True)
        self.error = look.error_line()
        layout = QVBoxLayout(self)
        layout.addWidget(self.villages)
        layout.addWidget(self.error)

    def names(self) -> list[str]:
        if self.role_page.role != "commune":
            return []
        return [line.strip() for line in self.villages.toPlainText().splitlines() if line.strip()]


class SetupWizard(QWizard):
    """Collects a StationSetup and initializes the station when finished."""

    def __init__(self, data_dir: DataDir, db: Database) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.db = db
        self.setWindowTitle(tr("Set up Sổ Kết Nghĩa"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.role_page = RolePage()
        self.unit_page = UnitPage(db, self.role_page)
        self.station_page = StationPage()
        self.villages_page = VillagesPage(self.role_page)
        for page in (self.role_page, self.unit_page, self.station_page, self.villages_page):
            self.addPage(page)
        self.resize(720, 520)

    def setup(self) -> station.StationSetup:
        return station.StationSetup(
            role=self.role_page.role,
            unit_code=self.unit_page.unit_code,
            station_name=self.station_page.station_name.text(),
            officer=self.station_page.officer.text(),
            villages=self.villages_page.names(),
        )

    def accept(self) -> None:
        try:
            station.initialize(self.db, self.setup())
            keys.create(self.data_dir, self.db)  # the fingerprint is there from the start
        except UserError as exc:
            self.villages_page.error.setText(exc.message)
            QMessageBox.warning(self, tr("Cannot set up the station"), exc.message)
            return
        super().accept()
