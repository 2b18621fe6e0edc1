"""The relay settings and "Đồng bộ ngay", on the commune's sync page and the hub's stations page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from desktop.i18n import tr
from desktop.models.errors import UserError
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.online_sync import Outcome, online_sync
from sync import relay_settings


class RelayPanel(QGroupBox):
    def __init__(self, context: AppContext) -> None:
        super().__init__(tr("Online sync (relay)"))
        self.context = context
        self.online = online_sync(context)
        self.url = QLineEdit(relay_settings.relay_url(context.db) or "")
        self.url.setPlaceholderText("https://trungchuyen.danang.gov.vn")
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(tr(" minutes"))
        self.interval.setValue(relay_settings.interval_minutes(context.db))
        self.interval.setMinimumWidth(110)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        look.note(self.result)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(tr("Relay address")), 0, 0)
        grid.addWidget(self.url, 0, 1, 1, 2)
        grid.addWidget(QLabel(tr("Sync automatically every")), 1, 0)
        every = QHBoxLayout()
        every.addWidget(self.interval)
        every.addStretch(1)
        every.addWidget(self.save_button)
        grid.addLayout(every, 1, 1, 1, 2)
        grid.addWidget(self.sync_button, 2, 0)
        grid.addWidget(self.state, 2, 1, 1, 2)
        grid.addWidget(self.result, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.online.status_changed.connect(self._show_state)
        self.online.running_changed.connect(lambda _running: self._show_state())
        self.online.ended.connect(self._ended)
        self._show_state()

    def save(self) -> None:
        text = self.url.text().strip()
        try:
            stored = relay_settings.set_relay(self.context.db, text or None)
            relay_settings.set_interval_minutes(self.context.db, self.interval.value())
        except UserError as exc:
            QMessageBox.warning(self, tr("Relay address"), exc.message)
            return
        self.url.setText(stored or "")
        self.online.configure()
        self.result.setText(
            tr("Saved: online sync goes through {url}.").format(url=stored)
            if stored
            else tr("No relay: bundles travel by file only.")
        )

    def sync_now(self) -> None:
        if self.online.sync_now():
            self.result.setText("")

    def _show_state(self, *_: object) -> None:
        self.sync_button.setEnabled(self.online.configured and not self.online.running)
        self.state.setText(self.online.status_text() or tr("No relay set: bundles go by file."))

    def _ended(self, outcome: Outcome) -> None:
        self.result.setText(outcome.message)
        self._show_state()
