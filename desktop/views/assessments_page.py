"""The year-end assessment page: for each sponsor twinned with the commune in a year, the figures
computed from the records against the targets of its kind, commendation eligibility and why, the
officer's rating and comments, finalizing, and every revision kept.

All figures come from desktop.models.assessments; a finalized revision is shown as recorded and
cannot be edited here, only superseded by a new revision.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import assessments, district, reference
from desktop.models.errors import UserError, ValidationError
from desktop.models.text import format_date, format_number, format_vnd
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.forms import text_edit
from desktop.views.inputs import Combo
from desktop.views.widgets import fill_table, heading, small_table

FIRST_YEAR = 2021  # the program (CT 16-CT/TU, QĐ 3651) began in 2021


def _state(sponsor: assessments.SponsorYear) -> str:
    if sponsor.revision is None:
        return tr("not assessed")
    if sponsor.finalized_on:
        return tr("finalized (revision {n})").format(n=sponsor.revision)
    return tr("draft (revision {n})").format(n=sponsor.revision)


class SponsorYearModel(QAbstractTableModel):
    """The twinned sponsors of a year and the state of their assessment."""

    COLUMNS = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[assessments.SponsorYear] = []
        self.communes: dict[str | None, str] = {}  # on a hub: commune code -> name

    def set_rows(self, rows: list[assessments.SponsorYear]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def sponsor(self, row: int) -> assessments.SponsorYear:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sponsor = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return sponsor.sponsor_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return sponsor.name + (
                f" · {self.communes.get(sponsor.commune_code, sponsor.commune_code)}"
                if self.communes
                else ""
            )
        if index.column() == 1:
            return _state(sponsor)
        if sponsor.eligible is None:
            return ""
        return tr("eligible") if sponsor.eligible else tr("not eligible")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = [tr("Sponsor"), tr("Assessment"), tr("Commendation")]
            return titles[section] if 0 <= section < len(titles) else None
        return str(section + 1)


SIDE_WIDTH = 380  # the list of sponsors


def _fit_height(table: QTableWidget) -> None:
    """A small table as tall as its rows (up to 330 px), so it needs no scroll bar."""
    height = table.horizontalHeader().height() + 4
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(min(height, 330))


class AssessmentsPage(QWidget):
    finalized = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.db = context.db
        self.commune = context.commune_code
        self.read_only = context.is_hub
        self._dirty = False
        self._record: assessments.Record | None = None  # the revision shown
        self._sponsor_id: str | None = None
        self._commune: str | None = self.commune  # the selected twinning's commune
        this_year = dt.date.today().year
        self.year = Combo()
        for year in range(this_year, FIRST_YEAR - 1, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.sponsors = SponsorYearModel(self)
        if self.read_only:
            self.sponsors.communes = {c.code: c.name for c in district.communes(self.db)}
        self.list = QTableView()
        self.list.setModel(self.sponsors)
        self.list.setTabKeyNavigation(False)  # Tab goes on to the rating and comments
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.list.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.list.clicked.connect(lambda index: self.select_row(index.row()))
        # the arrow keys choose a sponsor as a click does
        self.list.selectionModel().currentRowChanged.connect(
            lambda index, _previous: index.isValid() and self.select_row(index.row())
        )
        left = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Year")))
        pick.addWidget(self.year, 1)
        left.addLayout(pick)
        left.addWidget(QLabel(tr("Sponsors twinned with the commune in the year")))
        left.addWidget(self.list, 1)
        self.empty = QLabel(tr("No sponsor was twinned with the commune in this year."))
        self.empty.setWordWrap(True)
        left.addWidget(self.empty)

        # ---- the detail of one sponsor's year ----
        self.title = QLabel()
        self.title.setObjectName("subheading")
        look.text(self.title, px=16, bold=True, color=look.NAVY)
        self.title.setWordWrap(True)
        self.revision = Combo()
        self.revision.currentIndexChanged.connect(self._revision_changed)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.figures = small_table([], [])
        self.targets = small_table([], [])
        for table in (self.figures, self.targets):
            table.verticalHeader().setDefaultSectionSize(24)
            # rows grow when a narrower column wraps their text: the table grows with them
            table.verticalHeader().sectionResized.connect(lambda *_, t=table: _fit_height(t))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.reported = QCheckBox(tr("The sponsor sent its report for the year"))
        self.reported.setChecked(True)
        self.reported.toggled.connect(self._reported_toggled)
        self.rating = Combo()
        self.rating.setEditable(True)
        self.rating.addItems(
            [
                "",
                *assessments.ratings(),
            ]
        )
        self.rating.currentTextChanged.connect(self._mark_dirty)
        self.rating_error = look.error_line()
        self.rating_error.hide()
        self.comments = text_edit("", 70)
        self.comments.textChanged.connect(self._mark_dirty)
        self.save_button = QPushButton(tr("Save draft"))
        self.save_button.clicked.connect(self.save_draft)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(lambda: self.save_button.isEnabled() and self.save_draft())
        self.finalize_button = QPushButton(tr("Finalize…"))
        self.finalize_button.clicked.connect(self.finalize)
        self.revise_button = QPushButton(tr("Make a new revision"))
        self.revise_button.clicked.connect(self.new_revision)
        form = QFormLayout()
        form.addRow("", self.reported)
        rating_box = QVBoxLayout()
        rating_box.setSpacing(2)
        rating_box.addWidget(self.rating)
        rating_box.addWidget(self.rating_error)
        form.addRow(tr("Rating"), rating_box)
        form.addRow(tr("Comments"), self.comments)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.revise_button, self.save_button, self.finalize_button):
            buttons.addWidget(button)
        detail = QWidget()
        right = QVBoxLayout(detail)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(tr("Revision")))
        top.addWidget(self.revision)
        right.addLayout(top)
        right.addWidget(self.state)
        tables = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked when narrow
        self.tables = tables
        figures_box = QVBoxLayout()
        figures_box.addWidget(QLabel(tr("Figures computed from the records")))
        figures_box.addWidget(self.figures)
        targets_box = QVBoxLayout()
        targets_box.addWidget(QLabel(tr("Targets for its kind of sponsor")))
        targets_box.addWidget(self.targets)
        targets_box.addWidget(self.verdict)
        targets_box.addStretch(1)
        figures_box.addStretch(1)
        tables.addLayout(figures_box, 1)
        tables.addLayout(targets_box, 1)
        right.addLayout(tables)
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail = detail

        body = QHBoxLayout()
        side = QWidget()
        side.setLayout(left)
        side.setFixedWidth(SIDE_WIDTH)
        body.addWidget(side)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Year-end assessment of sponsors")))
        layout.addLayout(body, 1)
        context.changes.changed.connect(self._records_changed)
        self._load_sponsors()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The figures beside the targets where there is room, else above them (125%
        scaling), so neither table squeezes its names into "…"."""
        super().resizeEvent(event)
        wide = self.width() - SIDE_WIDTH >= 2 * 400
        self.tables.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    # ---- choosing --------------------------------------------------------------------------

    def current_year(self) -> int:
        return self.year.currentData()

    def _confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("You have changes that are not saved. Close and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _year_changed(self) -> None:
        if not self._confirm_discard():
            return
        self._dirty = False
        self._sponsor_id = None
        self._load_sponsors()

    def _records_changed(self, table: str) -> None:
        watched = ("receipt", "allocation", "livelihood_model", "need", "twinning", "sponsor")
        if table in watched and not self._dirty:
            self._load_sponsors()

    def _load_sponsors(self) -> None:
        rows = assessments.twinned_sponsors(self.db, self.current_year(), self.commune)
        self.sponsors.set_rows(rows)
        self.empty.setVisible(not rows)
        self.detail.setVisible(bool(rows))
        if not rows:
            self._sponsor_id = None
            return
        keys = [r.key for r in rows]
        current = (self._sponsor_id, self._commune)
        row = keys.index(current) if current in keys else 0
        self._show_sponsor(row)

    def select_row(self, row: int) -> None:
        if self.sponsors.sponsor(row).key == (self._sponsor_id, self._commune):
            return
        if not self._confirm_discard():
            self._select_in_list()
            return
        self._show_sponsor(row)

    def select_sponsor(self, sponsor_id: str) -> None:
        for row in range(self.sponsors.rowCount()):
            if self.sponsors.sponsor(row).sponsor_id == sponsor_id:
                self.select_row(row)
                return
        raise KeyError(sponsor_id)

    def _select_in_list(self) -> None:
        for row in range(self.sponsors.rowCount()):
            if self.sponsors.sponsor(row).key == (self._sponsor_id, self._commune):
                self.list.selectRow(row)

    def _show_sponsor(self, row: int) -> None:
        self._sponsor_id = self.sponsors.sponsor(row).sponsor_id
        self._commune = self.sponsors.sponsor(row).commune_code
        self.list.selectRow(row)
        self._dirty = False
        self._fill_revisions()

    def _fill_revisions(self, select_id: str | None = None) -> None:
        self._revisions = assessments.revisions(
            self.db, self._sponsor_id, self.current_year(), self._commune
        )
        self.revision.blockSignals(True)
        self.revision.clear()
        for record in self._revisions:
            label = (
                tr("{n} · finalized {date}").format(
                    n=record.revision, date=format_date(record.finalized_on)
                )
                if record.finalized
                else tr("{n} · draft").format(n=record.revision)
            )
            self.revision.addItem(label, record.id)
        if not self._revisions:
            self.revision.addItem(tr("not yet recorded"), None)
        index = self.revision.findData(select_id) if select_id else 0
        self.revision.setCurrentIndex(max(0, index))
        self.revision.blockSignals(False)
        self._revision_changed()

    def _revision_changed(self) -> None:
        record_id = self.revision.currentData()
        self._record = next((r for r in self._revisions if r.id == record_id), None)
        self._show_record()

    # ---- showing ---------------------------------------------------------------------------

    def _show_record(self, editing_new: bool = False) -> None:
        record = self._record
        locked = record is not None and record.finalized and not editing_new
        self._editing_new = editing_new
        for widget in (self.reported, self.rating, self.comments):
            widget.blockSignals(True)
        self.reported.setChecked(record.reported if record else True)
        self.rating.setCurrentText(record.rating if record else "")
        self.comments.setPlainText(record.comments if record else "")
        for widget in (self.reported, self.rating, self.comments):
            widget.blockSignals(False)
        editable = not locked and not self.read_only
        self.reported.setEnabled(editable)
        self.rating.setEnabled(editable)
        self.comments.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.finalize_button.setEnabled(editable)
        latest = bool(self._revisions) and record is not None and record.id == self._revisions[0].id
        self.revise_button.setVisible(locked and latest and not self.read_only)
        self.rating_error.hide()
        if locked:
            figures = record.figures
            self.state.setText(
                tr(
                    "Finalized on {date} by {who}: locked. The figures are those recorded then; "
                    "a change makes a new revision and this one is kept."
                ).format(date=format_date(record.finalized_on), who=record.finalized_by or "")
            )
        else:
            figures = assessments.compute(
                self.db,
                self._sponsor_id,
                self.current_year(),
                reported=self.reported.isChecked(),
                commune_code=self._commune,
            )
            self.state.setText(
                tr("Draft: the figures are computed from the records now.")
                if record is not None or editing_new
                else tr("Not yet assessed: the figures are computed from the records now.")
            )
        self.shown_figures = figures
        self.title.setText(
            tr("{sponsor} — {year}").format(sponsor=figures.sponsor_name, year=figures.year)
        )
        self._fill_figures(figures)

    def _fill_figures(self, figures: assessments.Figures) -> None:
        catalog = reference.catalog(self.db.conn, "support_category")
        categories = {c.code: c.name for c in catalog}
        gifts = {c.code for c in catalog if c.data.get("gift_only")}
        rows = [
            [tr("Receipts"), format_number(figures.receipts)],
            [tr("Value received"), format_vnd(figures.total_value)],
        ]
        for code, value in sorted(figures.value_by_category.items(), key=lambda kv: -kv[1]):
            shown = format_vnd(value)
            if code in gifts and figures.total_value:  # the gift share, on its own row only
                shown = tr("{value} ({share}% of the value)").format(
                    value=shown, share=format_number(round(100 * value / figures.total_value))
                )
            rows.append(["   " + categories.get(code, code), shown])
        rows += [
            [tr("Poor households helped"), format_number(figures.poor_households_helped)],
            [tr("Livelihood models"), format_number(figures.models)],
            [
                tr("Needs fulfilled / proposed"),
                f"{figures.needs_fulfilled} / {figures.needs_proposed}",
            ],
            [tr("Staff (headcount)"), format_number(figures.headcount)],
            [tr("Report sent"), tr("yes") if figures.reported else tr("no")],
        ]
        fill_table(self.figures, [tr("Figure"), tr("Value")], rows, {1})
        target_rows = []
        for target in figures.targets:
            money = "value" in target.code
            show = format_vnd if money else format_number
            target_rows.append(
                [
                    target.text,
                    show(int(target.required) if money else target.required),
                    show(int(target.actual) if money else target.actual),
                    tr("met") if target.met else tr("not met"),
                ]
            )
        fill_table(
            self.targets,
            [tr("Target"), tr("Required"), tr("Actual"), tr("Result")],
            target_rows,
            {1, 2},
        )
        # the names take the width left by the figures (and wrap) rather than end in "…"
        for table in (self.figures, self.targets):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(True)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            _fit_height(table)
        verdict = (
            tr("Eligible for commendation")
            if figures.eligible
            else tr("Not eligible for commendation")
        )
        # green only when eligible with every target met; amber when targets are missed
        color = (
            look.ERROR if not figures.eligible else (look.WARNING if figures.unmet() else look.GOOD)
        )
        reasons = " ".join(figures.reasons)
        self.verdict.setText(f"<b style='color:{color}'>{verdict}</b><br>{reasons}")

    # ---- editing ---------------------------------------------------------------------------

    def _mark_dirty(self, *_: object) -> None:
        self._dirty = True

    def _reported_toggled(self) -> None:
        self._dirty = True
        if self._record is None or not self._record.finalized or self._editing_new:
            figures = assessments.compute(
                self.db,
                self._sponsor_id,
                self.current_year(),
                reported=self.reported.isChecked(),
                commune_code=self._commune,
            )
            self.shown_figures = figures
            self._fill_figures(figures)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def new_revision(self) -> None:
        """Unlock the form for a new revision superseding the finalized one (saved on Save)."""
        self._show_record(editing_new=True)
        self.revise_button.hide()
        self.state.setText(
            tr("New revision: save to record it; revision {n} stays as it was finalized.").format(
                n=self._record.revision if self._record else 0
            )
        )

    def save_draft(self) -> str | None:
        draft_id = (
            self._record.id
            if self._record is not None and not self._record.finalized and not self._editing_new
            else None
        )
        try:
            assessment_id = assessments.save_draft(
                self.db,
                self._sponsor_id,
                self.current_year(),
                commune_code=self._commune,
                reported=self.reported.isChecked(),
                rating=self.rating.currentText(),
                comments=self.comments.toPlainText(),
                assessment_id=draft_id,
            )
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return None
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot save"), exc.message)
            return None
        self._dirty = False
        self.context.notify("assessment")
        self._reload(assessment_id)
        return assessment_id

    def _show_errors(self, errors: dict[str, str]) -> None:
        if "rating" in errors:
            self.rating_error.setText(errors.pop("rating"))
            self.rating_error.show()
        if errors:
            QMessageBox.warning(self, tr("Cannot save"), "\n".join(errors.values()))

    def _reload(self, select_id: str) -> None:
        rows = assessments.twinned_sponsors(self.db, self.current_year(), self.commune)
        self.sponsors.set_rows(rows)
        self._select_in_list()
        self._fill_revisions(select_id)

    def finalize(self) -> bool:
        """Save the draft, then lock it after the officer confirms.

        No parameters: `clicked(bool)` would pass its `checked` into one.
        """
        if not (self.rating.currentText() or "").strip():
            self._show_errors({"rating": tr("Give a rating before finalizing.")})
            return False
        assessment_id = self.save_draft()
        if assessment_id is None:
            return False
        answer = QMessageBox.question(
            self,
            tr("Finalize the assessment"),
            tr(
                "After finalizing, this assessment can no longer be edited; a later change "
                "makes a new revision. Finalize now?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            assessments.finalize(self.db, assessment_id, self.context.station.officer)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot finalize"), exc.message)
            return False
        self.context.notify("assessment")
        self._reload(assessment_id)
        self.finalized.emit(assessment_id)
        return True
