"""The household form: the household on the left, its poverty status of a year on the right.

The status is never picked: it is classified by the poverty standard from the income estimate
and the ticked indicators, and the reasons are shown under it as the officer types.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import households, reference, villages
from desktop.models.errors import ValidationError
from desktop.models.text import format_vnd, parse_money, parse_whole
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.forms import RecordDialog, combo, no_wheel, text_edit
from desktop.views.inputs import CheckList, Combo, NumberLine
from desktop.views.widgets import small_table


class HouseholdDialog(RecordDialog):
    def __init__(
        self,
        context: AppContext,
        household_id: str | None = None,
        parent: QWidget | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(context, tr("Household") if household_id else tr("New household"), parent)
        self.db = context.db
        self.record_id = household_id
        self.year = year or dt.date.today().year
        self.commune_code = context.commune_code
        if household_id:
            self.record = households.get(self.db, household_id, self.year)
            self.commune_code = self.record.commune_code
        else:
            self.record = households.Household(year=self.year, commune_code=self.commune_code)
        self._build()
        self._load(self.record)
        self.mark_clean()
        if context.is_hub:  # the commune writes its households; the district reads them
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        left = self.form
        self.body.takeAt(0)  # the base form: put it in a column beside the year's status
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns = QHBoxLayout()
        household_box = QGroupBox(tr("Household"))
        household_column = QVBoxLayout(household_box)
        household_column.addLayout(left)
        household_column.addStretch(1)
        status_box = QGroupBox(tr("Poverty status of a year"))
        status_column = QVBoxLayout(status_box)
        status_column.addLayout(right)
        columns.addWidget(household_box, 5)
        columns.addWidget(status_box, 6)
        self.body.insertLayout(0, columns)

        self.head_name = self.add_field("head_name", tr("Head of household"), QLineEdit())
        self.birth_year = self.add_field(
            "head_birth_year", tr("Birth year"), NumberLine(placeholder=tr("e.g. 1975"))
        )
        self.gender = self.add_field(
            "head_gender",
            tr("Gender"),
            combo([("nam", tr("Male")), ("nu", tr("Female"))], blank=tr("(not given)")),
        )
        self.ethnicity = self.add_field(
            "ethnic_code",
            tr("Ethnicity"),
            combo(households.ethnic_choices(self.db, self.commune_code), blank=tr("(not given)")),
        )
        self.ethnicity.setMaxVisibleItems(15)
        self.members = self.add_field("members", tr("Members"), no_wheel(QSpinBox()))
        self.members.setRange(0, 99)
        self.village = self.add_field("village_id", tr("Village"), Combo())
        self._fill_villages()
        self.phone = self.add_field("phone", tr("Phone"), QLineEdit())
        self.code = self.add_field("code", tr("Household code"), QLineEdit())
        self.notes = self.add_field("notes", tr("Notes"), text_edit(height=60))

        self.form = right
        self.year_box = self.add_field("year", tr("Year"), no_wheel(QSpinBox()))
        this_year = dt.date.today().year
        self.year_box.setRange(2000, this_year + 1)
        self.income = self.add_field(
            "income_per_month",
            tr("Income per person per month"),
            NumberLine(placeholder=tr("e.g. 1.200.000")),
        )
        standard = reference.poverty_standard(self.db.conn, self.year)
        self.indicators = CheckList(
            [(code, name) for code, name, _dim in reference.poverty_indicators(standard)],
            columns=2,
        )
        self.add_field("deprivations", tr("Lacking indicators"), self.indicators)
        for box in self.indicators.boxes.values():
            self.watch(box)
            box.toggled.connect(self._update_status)
        self.year_notes = self.add_field("year_notes", tr("Notes of the year"), QLineEdit())
        self.status = QLabel()
        look.text(self.status, px=17, bold=True, color=look.NAVY)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.source = QLabel()
        self.source.setObjectName("statusSource")
        self.source.setWordWrap(True)
        status_column.addWidget(self.status)
        status_column.addWidget(self.source)
        status_column.addWidget(self.reasons)
        self.history = small_table([], [])
        self.history.setMaximumHeight(150)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # rows as high as their wrapped source, at whatever width the dialog has
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        status_column.addWidget(QLabel(tr("Earlier years")))
        status_column.addWidget(self.history)
        status_column.addStretch(1)
        self.form = left
        self.income.textChanged.connect(self._update_status)
        self.year_box.valueChanged.connect(self._year_changed)
        self.resize(1100, 580)

    def _fill_villages(self, select: str | None = None) -> None:
        self.village.clear()
        self.village.addItem(tr("(choose a village)"), None)
        for village in villages.list_villages(self.db, self.commune_code):
            self.village.addItem(village.name, village.id)
        if select:
            self.village.setCurrentIndex(max(0, self.village.findData(select)))

    def _load(self, record: households.Household) -> None:
        self.head_name.setText(record.head_name)
        self.birth_year.setText(
            "" if record.head_birth_year is None else str(record.head_birth_year)
        )
        self.gender.setCurrentIndex(max(0, self.gender.findData(record.head_gender)))
        self.ethnicity.setCurrentIndex(max(0, self.ethnicity.findData(record.ethnic_code)))
        self.members.setValue(record.members)
        self.village.setCurrentIndex(max(0, self.village.findData(record.village_id or None)))
        self.phone.setText(record.phone or "")
        self.code.setText(record.code or "")
        self.notes.setPlainText(record.notes or "")
        self.year_box.blockSignals(True)
        self.year_box.setValue(record.year)
        self.year_box.blockSignals(False)
        self._load_year(record)
        self._fill_history()

    def _load_year(self, record: households.Household) -> None:
        self.income.set_number(record.income_per_month)
        self.indicators.set_checked(record.deprivations)
        self.year_notes.setText(record.year_notes or "")
        self._update_status()
        stored = self._stored_years().get(record.year)
        self.source.setText(
            tr("Status from: {source}").format(source=stored.source) if stored else ""
        )

    def _stored_years(self) -> dict[int, households.YearStatus]:
        if not self.record_id:
            return {}
        return {status.year: status for status in households.years(self.db, self.record_id)}

    def _fill_history(self) -> None:
        from desktop.views.widgets import fill_table

        rows = [
            [
                str(status.year),
                households.status_label(status.status),
                format_vnd(status.income_per_month),
                str(len(status.deprivations)),
                status.source,
            ]
            for status in self._stored_years().values()
        ]
        fill_table(
            self.history,
            [tr("Year"), tr("Status"), tr("Income"), tr("Lacking"), tr("From")],
            rows,
            {2, 3},
            stretch=4,  # the round's long title wraps in the free width instead of being cut
        )

    def _year_changed(self, year: int) -> None:
        """Show the chosen year's record (or an empty one to fill)."""
        if self.record_id:
            loaded = households.get(self.db, self.record_id, year)
        else:
            loaded = households.Household(year=year)
        self._load_year(loaded)

    # ---- status --------------------------------------------------------------------------

    def _income(self) -> int | None:
        return parse_money(self.income.value())

    def _update_status(self, *_: object) -> None:
        try:
            income = self._income()
        except ValueError:
            self.status.setText(tr("Status: —"))
            self.reasons.setText(tr("Type the income as a number, like 1.200.000."))
            return
        status, reasons = households.explain(
            self.db, self.year_box.value(), income, self.indicators.checked()
        )
        self.status.setText(households.status_label(status))
        self.reasons.setText("\n".join(f"• {reason}" for reason in reasons))

    # ---- saving ----------------------------------------------------------------------------

    def household(self) -> households.Household:
        """The household the fields describe; ValidationError naming every wrong field."""
        errors: dict[str, str] = {}
        try:
            birth = parse_whole(self.birth_year.value())
        except ValueError:
            birth = None
            errors["head_birth_year"] = tr("Enter the year as a number, like 1975.")
        try:
            income = self._income()
        except ValueError:
            income = None
            errors["income_per_month"] = tr("Type the income as a number, like 1.200.000.")
        household = households.Household(
            id=self.record_id,
            commune_code=self.commune_code,
            head_name=self.head_name.text(),
            village_id=self.village.currentData() or "",
            head_birth_year=birth,
            head_gender=self.gender.currentData(),
            ethnic_code=self.ethnicity.currentData(),
            members=self.members.value(),
            phone=self.phone.text(),
            code=self.code.text(),
            notes=self.notes.toPlainText(),
            year=self.year_box.value(),
            income_per_month=income,
            deprivations=self.indicators.checked(),
            year_notes=self.year_notes.text(),
        )
        if errors:  # numbers that are not numbers: report them with whatever else is wrong
            try:
                households.validate(self.db, household)
            except ValidationError as exc:
                errors = {**exc.errors, **errors}
            raise ValidationError(errors)
        return household

    def try_save(self) -> bool:
        """Warn about a household already registered (same head, village, birth year) first."""
        try:
            found = households.duplicates(self.db, self.household())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        if found:
            answer = QMessageBox.question(
                self,
                tr("Possible duplicate"),
                tr(
                    "The village already has a household with the same head's name and birth "
                    "year: {names}. Save this one too?"
                ).format(names=", ".join(found)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
        return super().try_save()

    def save_record(self) -> str:
        household_id = households.save(self.db, self.household())
        self.context.notify("household")
        return household_id
