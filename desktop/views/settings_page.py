"""The settings page: what the station's documents print (issuing body, parent, place, signer,
"Nơi nhận") and, on a hub, after how many days a commune counts as silent. The fields come from
desktop.models.station_settings, which checks and stores them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import station_settings
from desktop.models.errors import UserError
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.widgets import heading


class SettingsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        unit = context.station.unit
        self.title = heading(tr("Settings of the station"))
        self.unit = QLabel(
            tr("Station “{name}” of {unit} (code {code}).").format(
                name=context.station.name, unit=unit.name, code=unit.code
            )
        )
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for item in station_settings.fields():
            edit = QLineEdit()
            edit.setPlaceholderText(item.help)
            edit.setToolTip(item.help)
            edit.returnPressed.connect(self.save)  # Enter saves, as in a dialog
            self.fields[item.key] = edit
            form.addRow(item.label, edit)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.unit)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        for key, value in station_settings.values(self.context.db).items():
            self.fields[key].setText(value)

    def save(self) -> None:
        changes = {key: edit.text() for key, edit in self.fields.items()}
        try:
            station_settings.set_values(self.context.db, changes)
        except UserError as exc:
            self.message.setObjectName("fieldError")
            look.error(self.message)
            self.message.setText(exc.message)
            return
        self.load()
        self.message.setObjectName("")
        look.error(self.message, False)
        self.message.setText(tr("Saved; the next documents print these."))
        self.context.notify("settings")
