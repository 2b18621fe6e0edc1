"""The commune's `sync` page: send bundles to the district (a folder or a USB stick), import the
district's bundles (file dialog or drag and drop), what still waits for the district's
acknowledgement, and this station's fingerprint and enrollment request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models.text import format_date, format_number
from desktop.views import look
from desktop.views.bundle_import import BundleDrop, ImportPanel, export_work
from desktop.views.context import AppContext
from desktop.views.drives import removable_drives
from desktop.views.inputs import Combo
from desktop.views.relay_panel import RelayPanel
from desktop.views.widgets import FigureCard, heading
from sync import conflict_review, enrollment, exchange, keys, ledger, pinning, waiting


def format_moment(stamp: str | None) -> str:
    """ "2026-11-22T10:41:07" -> "22/11/2026 10:41"; "—" when never."""
    if not stamp:
        return "—"
    return f"{format_date(stamp[:10])} {stamp[11:16]}".strip()


def fingerprint_label(digits: str) -> QLabel:
    """The fingerprint in large digit groups, two lines of three, readable over the phone."""
    groups = digits.split()
    half = (len(groups) + 1) // 2
    label = QLabel("   ".join(groups[:half]) + "\n" + "   ".join(groups[half:]))
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(22)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("fingerprint")
    look.tone(label, look.NAVY)
    return label


def _request_work(out_dir: Path, re_enroll: bool):
    def work(data_dir, db, job) -> Path:
        return enrollment.write_request(data_dir, db, out_dir, re_enroll=re_enroll)

    return work


class SyncPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.import_panel = ImportPanel(context)
        self.import_panel.imported.connect(lambda _results: self.refresh())
        self.import_panel.runner.busy_changed.connect(self._busy)
        self.fingerprint_digits = keys.self_public(context.db)
        digits = self.fingerprint_digits.fingerprint if self.fingerprint_digits else ""

        # fingerprint and enrollment
        self.fingerprint = fingerprint_label(digits)
        self.enrolled = QLabel()
        self.enrolled.setWordWrap(True)
        self.request_button = QPushButton(tr("Make an enrollment request…"))
        self.request_button.clicked.connect(self.make_request)
        self.re_enroll_button = QPushButton(
            tr("Re-enroll with a new {level} hub…").format(level=self.context.level)
        )
        self.re_enroll_button.clicked.connect(self.confirm_re_enroll)
        self.re_enroll_box: QMessageBox | None = None
        station_box = QGroupBox(tr("This station's fingerprint"))
        station_layout = QVBoxLayout(station_box)
        station_layout.addWidget(self.fingerprint)
        hint = QLabel(
            tr(
                "When enrolling, read these digits to the {level} officer by phone; the {level}'s "
                "screen must show the same."
            ).format(level=self.context.level)
        )
        hint.setWordWrap(True)
        look.note(hint)
        station_layout.addWidget(hint)
        station_layout.addWidget(self.enrolled)
        station_layout.addWidget(self.request_button, 0, Qt.AlignmentFlag.AlignLeft)
        station_layout.addWidget(self.re_enroll_button, 0, Qt.AlignmentFlag.AlignLeft)

        # what is waiting
        self.pending = FigureCard(
            tr("changes waiting for the {level}'s acknowledgement").format(level=self.context.level)
        )
        self.attachments = FigureCard(tr("attachments not yet acknowledged"))
        self.acked = FigureCard(
            tr("last acknowledgement from the {level}").format(level=self.context.level)
        )
        cards = QGridLayout()
        cards.addWidget(self.pending, 0, 0)
        cards.addWidget(self.attachments, 0, 1)
        cards.addWidget(self.acked, 1, 0, 1, 2)

        # sending
        self.folder_button = QPushButton(tr("Make a bundle into a folder…"))
        self.folder_button.clicked.connect(self.export_to_folder)
        self.drives = Combo()
        self.drives.setMinimumWidth(260)
        self.usb_button = QPushButton(tr("Make a bundle onto the USB stick"))
        self.usb_button.clicked.connect(self.export_to_drive)
        rescan = QPushButton(tr("Look for USB sticks again"))
        rescan.clicked.connect(self.list_drives)
        send_box = QGroupBox(tr("Send to the {level}").format(level=self.context.level))
        send = QGridLayout(send_box)
        # one column: the page fits a 1366-pixel screen at 125% scaling
        send.addWidget(self.folder_button, 0, 0)
        send.addWidget(self.drives, 1, 0)
        send.addWidget(self.usb_button, 2, 0)
        send.addWidget(rescan, 3, 0, Qt.AlignmentFlag.AlignLeft)
        self.send_reason = QLabel()
        self.send_reason.setWordWrap(True)
        look.note(self.send_reason)
        send.addWidget(self.send_reason, 4, 0)

        # receiving
        self.import_button = QPushButton(
            tr("Import the {level}'s bundles…").format(level=self.context.level)
        )
        self.import_button.clicked.connect(self.import_panel.choose_and_import)
        drop_hint = QLabel(tr("or drag .ketnghia files from a folder onto this page."))
        look.note(drop_hint)
        receive_box = QGroupBox(tr("Receive from the {level}").format(level=self.context.level))
        receive = QVBoxLayout(receive_box)
        receive.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        receive.addWidget(drop_hint)
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        receive.addWidget(self.conflicts)

        left = QVBoxLayout()
        left.addWidget(station_box)
        left.addLayout(cards)
        right = QVBoxLayout()
        right.addWidget(send_box)
        right.addWidget(receive_box)
        self.relay = RelayPanel(context)
        right.addWidget(self.relay)
        right.addStretch(1)
        panels = QWidget()
        top = QHBoxLayout(panels)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        # scrolls rather than pushing the import results off a small screen (125% scaling)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panels)
        scroll.setMinimumHeight(200)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Exchange with the {level}").format(level=self.context.level)))
        layout.addWidget(scroll, 2)
        layout.addWidget(self.import_panel, 1)

        self.drop = BundleDrop(self)
        self.drop.dropped.connect(self.import_panel.import_files)
        context.changes.changed.connect(self.refresh)
        self.list_drives()
        self.refresh()

    # ---- showing -----------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The results' list takes at most a third of a short page (125% scaling), leaving
        the panels above their room instead of an empty table's."""
        super().resizeEvent(event)
        most = max(120, self.height() // 3)
        if self.import_panel.maximumHeight() != most:
            self.import_panel.setMaximumHeight(most)
            # the layout has already placed the page for this size: place it again now
            self.layout().invalidate()
            self.layout().activate()

    def refresh(self, *_: object) -> None:
        conn = self.context.db.conn
        state = waiting.waiting(self.context.db)
        self.pending.set(format_number(state.changes), self._by_table(state))
        self.attachments.set(
            format_number(state.attachments),
            tr("{size} MB to send").format(
                size=format_number(round(state.attachment_bytes / 1024**2, 1))
            )
            if state.attachments
            else "",
        )
        self.acked.set(
            format_moment(state.acked_at),
            tr("Last bundle made here: {made}. Last bundle received: {received}.").format(
                made=format_moment(state.last_made_at),
                received=format_moment(state.last_received_at),
            ),
        )
        hub = ledger.hub_site(conn)
        if hub is not None:
            station = ledger.station(conn, hub)
            text = tr("Enrolled with the {level} hub “{name}”.").format(
                level=self.context.level, name=station.name if station else hub
            )
            if pinning.re_enrolling(conn):
                text += " " + tr(
                    "A request for re-enrollment was made: import the new hub's welcome bundle "
                    "when it comes."
                )
            self.enrolled.setText(text)
        elif ledger.enrollment_requested(conn):
            self.enrolled.setText(
                tr(
                    "Enrollment request made; import the {level}'s welcome bundle when it comes."
                ).format(level=self.context.level)
            )
        else:
            self.enrolled.setText(
                tr(
                    "Not yet enrolled with the {level}: make an enrollment request and send it."
                ).format(level=self.context.level)
            )
        self.request_button.setVisible(hub is None)
        self.re_enroll_button.setVisible(hub is not None)
        self.folder_button.setEnabled(hub is not None and not self.import_panel.runner.busy)
        self.usb_button.setEnabled(
            hub is not None
            and self.drives.count() > 0
            and self.drives.currentData() is not None
            and not self.import_panel.runner.busy
        )
        # a disabled button says why
        why = (
            tr(
                "Bundles can be made once the {level} has enrolled this station (see above)."
            ).format(level=self.context.level)
            if hub is None
            else ""
        )
        self.send_reason.setText(why)
        self.send_reason.setVisible(bool(why))
        for button in (self.folder_button, self.usb_button):
            button.setToolTip(why)
        count = len(conflict_review.open_conflicts(self.context.db))
        self.conflicts.setText(
            tr("{count} conflicts between versions wait for review on the conflicts page.").format(
                count=count
            )
            if count
            else ""
        )

    def _by_table(self, state: waiting.Waiting) -> str:
        if not state.changes:
            return (
                tr("The {level} has everything made at this station.").format(
                    level=self.context.level
                )
                if state.enrolled
                else ""
            )
        parts = [
            f"{conflict_review.table_title(t)}: {format_number(n)}" for t, n in state.by_table[:4]
        ]
        return tr("records changed: {parts}").format(parts="; ".join(parts))

    def list_drives(self) -> None:
        self.drives.clear()
        for drive in removable_drives():
            self.drives.addItem(drive.label(), str(drive.root))
        if not self.drives.count():
            self.drives.addItem(tr("No USB stick found"), None)
        if hasattr(self, "pending"):
            self.refresh()

    def _busy(self, busy: bool) -> None:
        for button in (self.import_button, self.request_button, self.re_enroll_button):
            button.setEnabled(not busy)
        self.refresh()

    # ---- actions -----------------------------------------------------------------------

    def export_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Folder for the bundle"), str(Path.home())
        )
        if folder:
            self.export_to(Path(folder))

    def export_to_drive(self) -> None:
        root = self.drives.currentData()
        if root:
            self.export_to(Path(root))

    def export_to(self, folder: Path) -> None:
        self.import_panel.summary.setText(tr("Making the bundle…"))
        self.import_panel.runner.start(
            self.context.data_dir,
            export_work(folder),
            tr("Making the bundle…"),
            on_finished=self._exported,
            on_failed=self.import_panel.show_failure,
        )

    def _exported(self, made: list[exchange.Exported]) -> None:
        self.import_panel.add_exported(made)
        if made:
            self.import_panel.summary.setText(
                tr("Bundle written: {files}. Take it to the {level}.").format(
                    level=self.context.level, files=", ".join(str(m.path) for m in made)
                )
            )
        else:
            self.import_panel.summary.setText(
                tr("Nothing new to send: the {level} has acknowledged everything.").format(
                    level=self.context.level
                )
            )
        self.context.notify("sync")

    def make_request(self, *, re_enroll: bool = False) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Folder for the enrollment request"), str(Path.home())
        )
        if folder:
            self.request_into(Path(folder), re_enroll=re_enroll)

    def confirm_re_enroll(self) -> None:
        """Moving an enrolled station to another hub is asked for explicitly, never assumed."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Re-enroll with a new {level} hub").format(level=self.context.level))
        box.setText(
            tr(
                "This station is enrolled with its {level} hub. Re-enroll only when the {level} "
                "tells you to (a new hub PC, or a move to another {level}): the new hub's "
                "welcome bundle will then replace the current hub, whose bundles are refused "
                "from then on, and every change made here is sent again to the new hub."
            ).format(level=self.context.level)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Re-enroll"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Cancel"))
        box.buttonClicked.connect(
            lambda button: (
                self.make_request(re_enroll=True)
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        self.re_enroll_box = box
        box.open()

    def request_into(self, folder: Path, *, re_enroll: bool = False) -> None:
        self.import_panel.runner.start(
            self.context.data_dir,
            _request_work(folder, re_enroll),
            tr("Writing the enrollment request…"),
            on_finished=self._requested,
            on_failed=self.import_panel.show_failure,
        )

    def _requested(self, path: Path) -> None:
        public = keys.self_public(self.context.db)
        text = tr(
            "The enrollment request was written to {path}. Send it to the {level}, then read "
            "the fingerprint to the {level} officer by phone: {digits}"
        ).format(level=self.context.level, path=path, digits=public.fingerprint if public else "")
        self.import_panel.summary.setText(text)
        self.refresh()
        QMessageBox.information(self, tr("Enrollment request"), text)
