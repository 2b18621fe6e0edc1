"""Dialogs of the needs page: a need with its beneficiaries, and a dated status change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import needs, sponsors, surveys, villages
from desktop.views.context import AppContext
from desktop.views.forms import RecordDialog, combo, no_wheel, text_edit
from desktop.views.inputs import Combo, DateLine, NumberLine
from desktop.views.widgets import DELETE, on_key


class BeneficiaryPicker(QWidget):
    """Villages and households that benefit from a need: pick, list, remove."""

    def __init__(self, context: AppContext, chosen: list[needs.Beneficiary]) -> None:
        super().__init__()
        self.context = context
        self.village = combo(
            [(v.id, v.name) for v in villages.list_villages(context.db, context.commune_code)]
        )
        self.add_village = QPushButton(tr("Add village"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find a household (name, code, phone)"))
        self.household = Combo()
        self.add_household = QPushButton(tr("Add household"))
        self.list = QListWidget()
        self.list.setMaximumHeight(80)
        self.remove = QPushButton(tr("Remove"))
        on_key(self.list, DELETE, self._remove)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.village, 0, 0, 1, 2)
        grid.addWidget(self.add_village, 0, 2)
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.household, 1, 1)
        grid.addWidget(self.add_household, 1, 2)
        grid.addWidget(self.list, 2, 0, 1, 2)
        grid.addWidget(self.remove, 2, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for ben in chosen:
            self._append(ben)
        # a search over 100,000 households takes a moment: wait for a pause in typing
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(lambda: self._find(self.search.text()))
        self.search.textChanged.connect(self._debounce.start)
        self.add_village.clicked.connect(self._add_village)
        self.add_household.clicked.connect(self._add_household)
        self.remove.clicked.connect(self._remove)
        self._find("")

    def _append(self, ben: needs.Beneficiary) -> None:
        for row in range(self.list.count()):
            existing = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if (existing.kind, existing.ref_id) == (ben.kind, ben.ref_id):
                return
        prefix = tr("Village") if ben.kind == "village" else tr("Household")
        item = QListWidgetItem(f"{prefix}: {ben.label}")
        item.setData(Qt.ItemDataRole.UserRole, ben)
        self.list.addItem(item)
        self.changed()

    def changed(self) -> None:
        """Replaced by the dialog to mark the form dirty."""

    def _find(self, text: str) -> None:
        self.household.clear()
        for hid, label in surveys.find_households(
            self.context.db, self.context.commune_code, text, 30
        ):
            self.household.addItem(label, hid)

    def _add_village(self) -> None:
        if self.village.currentData():
            self._append(
                needs.Beneficiary("village", self.village.currentData(), self.village.currentText())
            )

    def _add_household(self) -> None:
        if self.household.currentData():
            self._append(
                needs.Beneficiary(
                    "household", self.household.currentData(), self.household.currentText()
                )
            )

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed()

    def chosen(self) -> list[needs.Beneficiary]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]


class NeedDialog(RecordDialog):
    """A need of the yearly proposal: what, for whom, how much, which sponsor is asked."""

    def __init__(
        self,
        context: AppContext,
        need_id: str | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, tr("Need") if need_id else tr("New need"), parent)
        db = context.db
        need = (
            needs.get_need(db, need_id)
            if need_id
            else needs.Need(year=year or needs.proposal_year(db), commune_code=context.commune_code)
        )
        self.need = need
        self.year = QSpinBox()
        self.year.setRange(2000, dt.date.today().year + 1)
        self.year.setValue(need.year or dt.date.today().year)
        no_wheel(self.year)
        self.add_field("year", tr("Year"), self.year)
        self.category = self.add_field(
            "category_code",
            tr("Support category"),
            combo(needs.category_choices(db), need.category_code, blank=tr("— choose —")),
        )
        self.description = self.add_field(
            "description", tr("What is needed"), text_edit(need.description, 56)
        )
        self.beneficiaries = BeneficiaryPicker(context, need.beneficiaries)
        self.beneficiaries.changed = self.mark_dirty  # type: ignore[method-assign]
        self.add_field("beneficiaries", tr("Beneficiaries"), self.beneficiaries)
        self.quantity = self.add_field("quantity", tr("Quantity"), NumberLine(need.quantity))
        self.unit = self.add_field("unit", tr("Unit"), QLineEdit(need.unit or ""))
        self.unit.setMaximumWidth(220)
        self.cost = self.add_field(
            "estimated_cost",
            tr("Estimated cost (đồng)"),
            NumberLine(need.estimated_cost, "42.000.000"),
        )
        self.priority = self.add_field(
            "priority",
            tr("Priority"),
            combo([(p, needs.priority_label(p)) for p in needs.PRIORITIES], need.priority),
        )
        self.sponsor = self.add_field(
            "sponsor_id",
            tr("Proposed sponsor"),
            combo(
                sponsors.sponsor_choices(db, context.commune_code),
                need.sponsor_id,
                blank=tr("— not yet chosen —"),
            ),
        )
        self.survey = self.add_field(
            "survey_id",
            tr("Source survey"),
            combo(
                surveys.survey_choices(db, context.commune_code),
                need.survey_id,
                blank=tr("— none —"),
            ),
        )
        self.notes = text_edit(need.notes or "", 44)
        self.attachments = self.add_text_with_attachments(
            "notes",
            tr("Notes and attachments"),
            self.notes,
            ("need", need_id),
            tr("Photos of the place, the request letter, quotations: copied into the data folder."),
        )
        self.resize(720, self.sizeHint().height())
        self.mark_clean()

    def save_record(self) -> str:
        need = needs.Need(
            id=self.need.id,
            year=self.year.value(),
            category_code=self.category.currentData(),
            description=self.description.toPlainText(),
            quantity=self.quantity.value(),
            unit=self.unit.text(),
            estimated_cost=self.cost.value(),
            priority=self.priority.currentData(),
            sponsor_id=self.sponsor.currentData(),
            survey_id=self.survey.currentData(),
            notes=self.notes.toPlainText(),
            status=self.need.status,
            status_date=self.need.status_date,
            commune_code=self.need.commune_code,
            beneficiaries=self.beneficiaries.chosen(),
        )
        need_id = self.attachments.save_with(lambda: needs.save_need(self.context.db, need))
        self.context.notify("need")
        return need_id


class StatusDialog(RecordDialog):
    """Move a need along the flow, with the date of the change and a note."""

    def __init__(self, context: AppContext, need_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, tr("Change the status of the need"), parent)
        self.need = needs.get_need(context.db, need_id)
        current = QLabel(
            tr("{status} since {date}").format(
                status=needs.status_label(self.need.status),
                date=dt.date.fromisoformat(self.need.status_date).strftime("%d/%m/%Y")
                if self.need.status_date
                else "—",
            )
        )
        self.form.addRow(tr("Current status"), current)
        self.form.addRow(tr("Need"), QLabel(self.need.description))
        self.status = self.add_field(
            "status",
            tr("New status"),
            combo([(s, needs.status_label(s)) for s in needs.next_statuses(self.need.status)]),
        )
        self.changed_on = self.add_field(
            "changed_on", tr("Date of the change"), DateLine(dt.date.today())
        )
        self.note = self.add_field("note", tr("Note"), text_edit("", 56))
        self.resize(520, self.sizeHint().height())
        self.mark_clean()

    def save_record(self) -> str:
        needs.change_status(
            self.context.db,
            self.need.id or "",
            self.status.currentData(),
            self.changed_on.value(),
            self.note.toPlainText(),
        )
        self.context.notify("need")
        return self.need.id or ""


class SendProposalDialog(RecordDialog):
    """Record that the year's proposal was sent: every proposed need becomes "sent" that day."""

    def __init__(self, context: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(context, tr("Send the needs proposal of {year}").format(year=year), parent)
        self.year = year
        status = needs.proposal_status(context.db, context.commune_code, year)
        summary = QLabel(
            tr(
                "{count} needs of {year} are still only proposed; they will be marked as sent."
            ).format(count=status.not_sent, year=year)
        )
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.sent_on = self.add_field("changed_on", tr("Sent on"), DateLine(dt.date.today()))
        self.note = self.add_field("note", tr("Note"), text_edit("", 50))
        self.note.setPlaceholderText(tr("e.g. Report no. 15/BC-UBND"))
        self.resize(520, self.sizeHint().height())
        self.mark_clean()

    def save_record(self) -> str:
        needs.send_proposal(
            self.context.db,
            self.context.commune_code,
            self.year,
            self.sent_on.value(),
            self.note.toPlainText(),
        )
        self.context.notify("need")
        return str(self.year)
