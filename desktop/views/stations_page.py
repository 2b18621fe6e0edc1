"""The hub's `stations` page: enrolled commune stations with their last bundle, gaps and state;
enrolling a station from its request file after comparing the fingerprint by phone, and
revoking a lost PC."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import reference
from desktop.models.errors import UserError, file_error
from desktop.models.text import fold, format_number
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.jobs import JobRunner
from desktop.views.relay_panel import RelayPanel
from desktop.views.sync_page import fingerprint_label, format_moment
from desktop.views.widgets import heading
from sync import bundle, enrollment, keys, status


def gaps_text(gaps: list[dict[str, int]]) -> str:
    """Held changes behind a missing bundle, in words."""
    if not gaps:
        return tr("none")
    held = sum(g["to"] - g["from"] for g in gaps)
    first = min(g["from"] for g in gaps)
    return tr("{held} changes held: a bundle before change {seq} is missing").format(
        held=format_number(held), seq=format_number(first + 1)
    )


@dataclass(frozen=True)
class RowColumn:
    """One column of a `RowsModel`: its key, header, text of a row and when it shows in red."""

    key: str
    title: str
    text: Callable[[dict[str, Any]], str]
    warn: Callable[[dict[str, Any]], bool] = lambda _row: False


class RowsModel(QAbstractTableModel):
    """A read-only table of rows (dicts of sync.status), one `RowColumn` per column."""

    def __init__(self, columns: list[RowColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.warn(row):
            return QBrush(QColor(look.ERROR))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)


def _last_bundle(row: dict[str, Any]) -> str:
    if row["last_bundle_number"] is None:
        return tr("no bundle yet")
    return tr("no. {number}, {when}").format(
        number=row["last_bundle_number"], when=format_moment(row["last_bundle_at"])
    )


def _state(row: dict[str, Any]) -> str:
    if row["revoked_at"]:
        return tr("revoked on {date}").format(date=format_moment(row["revoked_at"]))
    note = status.clock_note(row)
    return f"{tr('active')} · {note}" if note else tr("active")


def station_columns() -> list[RowColumn]:
    """Every station enrolled at the hub (revoked ones in red)."""

    def revoked(row: dict[str, Any]) -> bool:
        return bool(row["revoked_at"])

    return [
        RowColumn("commune", tr("Commune"), lambda r: r["commune"], revoked),
        RowColumn("name", tr("Station"), lambda r: r["name"], revoked),
        RowColumn("officer", tr("Officer"), lambda r: r["officer"] or "", revoked),
        RowColumn("enrolled", tr("Enrolled"), lambda r: format_moment(r["enrolled_at"]), revoked),
        RowColumn("last", tr("Last bundle"), _last_bundle, revoked),
        RowColumn(
            "gaps", tr("Gaps"), lambda r: gaps_text(r["gaps"]), lambda r: revoked(r) or r["gaps"]
        ),
        RowColumn("state", tr("State"), _state, lambda r: revoked(r) or r["clock_ahead_ms"]),
    ]


def _waiting(row: dict[str, Any]) -> str:
    return "; ".join(
        tr("{held} held, waiting for bundle no. {number} of {station}").format(
            held=format_number(row["held"]), number=w["number"], station=w["station"]
        )
        for w in row["waiting_for"]
    )


def _proposal(row: dict[str, Any]) -> str:
    state = row["proposal_state"]
    label = {
        "on_time": tr("sent on time"),
        "late": tr("sent late"),
        "missing": tr("not sent"),
        "waiting": tr("not yet due"),
        status.HELD: tr("sent, still held here"),
    }.get(state, state)
    return f"{row['proposal_year']}: {label}"


def area_columns() -> list[RowColumn]:
    """Every commune of the hub's area, with a station or not (sync.status's `communes`)."""
    return [
        RowColumn("name", tr("Commune"), lambda r: r["name"]),
        RowColumn("code", tr("Code"), lambda r: r["code"]),
        RowColumn(
            "enrolled",
            tr("Station"),
            lambda r: tr("enrolled") if r["enrolled"] else tr("no station"),
        ),
        RowColumn(
            "last",
            tr("Last bundle"),
            lambda r: format_moment(r["last_bundle_at"]) if r["last_bundle_at"] else "",
        ),
        RowColumn("waiting", tr("Held changes"), _waiting, lambda r: bool(r["waiting_for"])),
        RowColumn("proposal", tr("Needs proposal"), _proposal, lambda r: r["late"]),
        RowColumn(
            "silent",
            tr("Silence"),
            lambda r: (
                tr("silent for {days} days").format(days=r["silent_days"]) if r["silent"] else ""
            ),
            lambda r: r["silent"],
        ),
    ]


class EnrollDialog(QDialog):
    """Shows a request and its fingerprint; enrolls only when the digits the commune reads out
    by phone match."""

    def __init__(
        self,
        request: enrollment.Request,
        out_dir: Path,
        level: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("Enroll a commune station"))
        self.request = request
        self.out_dir = out_dir
        form = QFormLayout()
        form.addRow(tr("Commune:"), QLabel(request.unit_name))
        form.addRow(tr("Station:"), QLabel(request.name))
        form.addRow(tr("Officer:"), QLabel(request.officer))
        self.fingerprint = fingerprint_label(request.fingerprint)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(tr("the 30 digits the commune officer reads out"))
        self.typed.textChanged.connect(self._check)
        self.match = QLabel()
        self.folder = QLabel(str(out_dir))
        change = QPushButton(tr("Change…"))
        change.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(change)
        self.buttons = QDialogButtonBox()
        self.enroll_button = self.buttons.addButton(
            tr("Enroll and write the welcome bundle"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        explain = QLabel(
            tr(
                "Call the commune officer. They read the fingerprint shown on their “Exchange with "
                "the {level}” page; type it here. It must match the digits below, which come "
                "from the request file."
            ).format(level=level)
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.typed)
        layout.addWidget(self.match)
        layout.addWidget(QLabel(tr("The welcome bundle will be written to:")))
        layout.addLayout(folder_row)
        layout.addWidget(self.buttons)
        self._check()
        # the keyboard: the cursor starts in the digits box, Enter there enrolls
        self.enroll_button.setDefault(True)
        self.typed.setFocus()

    def _check(self) -> None:
        typed = keys.normalize_fingerprint(self.typed.text())
        expected = keys.normalize_fingerprint(self.request.fingerprint)
        ok = typed == expected
        self.enroll_button.setEnabled(ok)
        if not typed:
            self.match.setText("")
        elif ok:
            self.match.setText(tr("The digits match."))
            look.tone(self.match, look.GOOD)
        elif len(typed) >= len(expected):
            self.match.setText(tr("The digits do not match: do not enroll this station."))
            look.tone(self.match, look.ERROR)
        else:
            self.match.setText(
                tr("{count} of {total} digits typed.").format(count=len(typed), total=len(expected))
            )
            look.tone(self.match)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Folder for the welcome bundle"), str(self.out_dir)
        )
        if folder:
            self.out_dir = Path(folder)
            self.folder.setText(folder)


def _enroll_work(path: Path, digits: str, out_dir: Path):
    def work(data_dir, db, job) -> enrollment.Enrolled:
        return enrollment.enroll(data_dir, db, path, digits, out_dir)

    return work


class StationsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.runner = JobRunner(self)
        self.model = RowsModel(station_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column("gaps"), QHeaderView.ResizeMode.Stretch)
        self.enroll_button = QPushButton(tr("Enroll from a request file…"))
        self.enroll_button.clicked.connect(self.choose_request)
        self.revoke_button = QPushButton(tr("Revoke the selected station…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enroll_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        self.counts = QLabel()
        # the commune officer types these digits before accepting the hub's welcome
        public = keys.self_public(context.db)
        self.own_digits = public.fingerprint if public else ""
        self.fingerprint = fingerprint_label(self.own_digits)
        own_box = QGroupBox(tr("Fingerprint of this {level} hub").format(level=context.level))
        own = QHBoxLayout(own_box)
        own.addWidget(self.fingerprint)
        own_hint = QLabel(
            tr(
                "When a commune imports its welcome bundle, read these digits to the commune "
                "officer by phone; the welcome is accepted only with them."
            )
        )
        own_hint.setWordWrap(True)
        look.note(own_hint)
        own.addWidget(own_hint, 1)
        self.area_model = RowsModel(area_columns(), self)
        self.area_table = QTableView()
        self.area_table.setModel(self.area_model)
        self.area_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area_table.verticalHeader().setVisible(False)
        self.area_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.area_table.horizontalHeader().setStretchLastSection(True)
        self.area_counts = QLabel()
        area_box = QWidget()
        area_layout = QVBoxLayout(area_box)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.addWidget(heading(tr("Communes of the area")))
        area_layout.addWidget(self.area_counts)
        area_layout.addWidget(self.area_table, 1)
        stations_box = QWidget()
        stations_layout = QVBoxLayout(stations_box)
        stations_layout.setContentsMargins(0, 0, 0, 0)
        stations_layout.addWidget(heading(tr("Enrolled stations")))
        stations_layout.addWidget(own_box)
        stations_layout.addWidget(self.counts)
        stations_layout.addLayout(buttons)
        stations_layout.addWidget(self.message)
        stations_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(stations_box)
        split.addWidget(area_box)
        split.setSizes([330, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        self.relay = RelayPanel(context)
        layout.addWidget(self.relay)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.runner.busy_changed.connect(lambda busy: self.enroll_button.setEnabled(not busy))
        context.changes.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        conn = self.context.db.conn
        now = status.status(self.context.db)
        stations = [s for s in now["stations"] if s["role"] == "commune"]
        for row in stations:
            unit = reference.unit(conn, row["unit_code"])
            row["commune"] = unit.name if unit else row["unit_code"]
        self.model.set_rows(
            sorted(stations, key=lambda r: (fold(r["commune"]), r["enrolled_at"] or ""))
        )
        communes = now["communes"]
        self.area_model.set_rows(communes)
        self.area_counts.setText(
            tr(
                "{total} communes; {enrolled} with a station, {late} without the needs proposal "
                "by the deadline, {silent} silent, {held} waiting for a missing bundle."
            ).format(
                total=len(communes),
                enrolled=sum(c["enrolled"] for c in communes),
                late=sum(c["late"] for c in communes),
                silent=sum(c["silent"] for c in communes),
                held=sum(bool(c["waiting_for"]) for c in communes),
            )
        )
        rows = self.model.rows
        active = [r for r in rows if not r["revoked_at"]]
        communes = {r["unit_code"] for r in active}
        self.counts.setText(
            tr("{stations} active stations in {communes} communes; {revoked} revoked.").format(
                stations=len(active), communes=len(communes), revoked=len(rows) - len(active)
            )
        )
        self._selection()

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection(self, *_: object) -> None:
        row = self._selected_row()
        self.revoke_button.setEnabled(
            row is not None and not self.model.rows[row]["revoked_at"] and not self.runner.busy
        )

    # ---- enrolling ---------------------------------------------------------------------

    def choose_request(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Enrollment request of a commune"),
            str(Path.home()),
            tr("Sổ Kết Nghĩa bundles (*{ext})").format(ext=bundle.EXTENSION),
        )
        if name:
            self.enroll_from(Path(name))

    def read_request(self, path: Path) -> enrollment.Request | None:
        try:
            return enrollment.read_request(self.context.db, path)
        except bundle.BundleRefused as refusal:
            self._fail(refusal.message)
        except OSError as exc:
            self._fail(file_error(exc, str(path)).message)
        return None

    def enroll_from(self, path: Path) -> EnrollDialog | None:
        """Read the request and open the phone check; enrolling runs off the UI thread."""
        request = self.read_request(path)
        if request is None:
            return None
        dialog = EnrollDialog(request, self.context.data_dir.outbox, self.context.level, self)
        dialog.accepted.connect(lambda: self._start_enroll(path, dialog))
        self.enroll_dialog = dialog
        dialog.open()
        return dialog

    def _start_enroll(self, path: Path, dialog: EnrollDialog) -> None:
        self.runner.start(
            self.context.data_dir,
            _enroll_work(path, dialog.typed.text(), dialog.out_dir),
            tr("Enrolling the station…"),
            on_finished=self._enrolled,
            on_failed=self._fail,
        )

    def _enrolled(self, enrolled: enrollment.Enrolled) -> None:
        self._say(
            tr(
                "Station “{name}” is enrolled. Give the commune the welcome bundle: {path} — and "
                "read them the fingerprint of this {level} hub by phone: {digits}"
            ).format(
                level=self.context.level,
                name=enrolled.station.name,
                path=enrolled.welcome.path,
                digits=self.own_digits,
            )
        )
        self.context.notify("station")

    def _say(self, text: str, error: bool = False) -> None:
        look.error(self.message, error)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _fail(self, message: str) -> None:
        self._say(message, error=True)

    # ---- revoking ----------------------------------------------------------------------

    def revoke_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        station = self.model.rows[row]
        answer = QMessageBox.question(
            self,
            tr("Revoke a station"),
            tr(
                "Revoke the station “{name}” of {commune}? Every bundle it makes from now on will "
                "be refused. Do this for a lost or replaced PC; it cannot be undone."
            ).format(name=station["name"], commune=station["commune"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            revoked = enrollment.revoke(self.context.db, station["site_id"])
        except UserError as exc:
            self._fail(exc.message)
            return
        self._say(
            tr("Station “{name}” is revoked; its bundles will be refused.").format(
                name=revoked.name
            )
        )
        self.context.notify("station")
