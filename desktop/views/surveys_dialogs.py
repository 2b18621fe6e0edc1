"""Dialogs of the surveys page: a survey round, the indicators of one village (or the whole
commune), and one household's observation with its classification shown as it is ticked."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.i18n import tr
from desktop.models import group, households, poverty, reference, surveys
from desktop.models.text import format_date
from desktop.models.validation import parse_number
from desktop.views.attachments_panel import AttachmentsPanel
from desktop.views.context import AppContext
from desktop.views.forms import RecordDialog, combo, text_edit
from desktop.views.inputs import CheckList, Combo, DateLine, NumberLine


class SurveyDialog(RecordDialog):
    def __init__(
        self, context: AppContext, survey_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, tr("Survey round") if survey_id else tr("New survey round"), parent
        )
        survey = (
            surveys.get_survey(context.db, survey_id)
            if survey_id
            else surveys.Survey(commune_code=context.commune_code)
        )
        self.survey = survey
        self.date = self.add_field("survey_date", tr("Date"), DateLine(survey.survey_date))
        self.kind = self.add_field(
            "kind",
            tr("Kind"),
            combo([(k, surveys.kind_label(k)) for k in surveys.KINDS], survey.kind),
        )
        self.title = self.add_field("title", tr("Round title"), QLineEdit(survey.title))
        self.title.setPlaceholderText(tr("e.g. Review of poor and near-poor households 2026"))
        self.surveyors = self.add_field(
            "surveyors",
            tr("Surveyors"),
            CheckList(group.member_choices(context.db, context.commune_code), survey.surveyors, 1),
        )
        for box in self.surveyors.boxes.values():
            self.watch(box)
        self.notes = self.add_field("notes", tr("Notes"), text_edit(survey.notes or "", 50))
        self.completed = self.add_field(
            "completed",
            tr("Results"),
            QCheckBox(tr("Round completed: its classifications set the households' status")),
        )
        self.completed.setChecked(survey.completed)
        self.attachments = AttachmentsPanel(
            context,
            "survey",
            survey_id,
            tr("Scans of the survey forms and minutes: copied into the data folder."),
            compact=True,
        )
        self.attachments.pending_changed.connect(self.mark_dirty)
        self.form.addRow(tr("Attachments"), self.attachments)
        self.resize(620, self.sizeHint().height())
        self.mark_clean()

    def save_record(self) -> str:
        survey = surveys.Survey(
            id=self.survey.id,
            survey_date=self.date.value(),
            kind=self.kind.currentData(),
            title=self.title.text(),
            surveyors=self.surveyors.checked(),
            notes=self.notes.toPlainText(),
            commune_code=self.survey.commune_code,
            completed=self.completed.isChecked(),
        )
        survey_id = self.attachments.save_with(lambda: surveys.save_survey(self.context.db, survey))
        self.context.notify("survey")
        self.context.notify("household_year")
        return survey_id


class IndicatorsDialog(RecordDialog):
    """The indicators of one village (village_id) or of the whole commune (None)."""

    def __init__(
        self,
        context: AppContext,
        survey_id: str,
        village_id: str | None,
        scope_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, tr("Indicators — {scope}").format(scope=scope_name), parent)
        self.survey_id = survey_id
        self.village_id = village_id
        values = surveys.indicator_values(context.db, survey_id).get(village_id, {})
        self.inputs: dict[str, NumberLine] = {}
        for indicator in surveys.indicator_catalog(context.db):
            line = NumberLine(values.get(indicator.code))
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(line)
            row.addWidget(QLabel(indicator.unit))
            row.addStretch(1)
            self.add_field(indicator.code, indicator.name, holder)
            self.watch(line)
            self.inputs[indicator.code] = line
        self.resize(620, self.sizeHint().height())
        self.mark_clean()

    def save_record(self) -> str:
        surveys.set_indicators(
            self.context.db,
            self.survey_id,
            self.village_id,
            {code: line.value() for code, line in self.inputs.items()},
        )
        self.context.notify("survey_indicator")
        return self.survey_id


class ObservationDialog(RecordDialog):
    """A household's income and lacking indicators in a round; the class follows the standard."""

    def __init__(
        self,
        context: AppContext,
        survey_id: str,
        observation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            tr("Household observation") if observation_id else tr("New household observation"),
            parent,
        )
        db = context.db
        self.survey = surveys.get_survey(db, survey_id)
        self.standard = surveys.standard_of(db, self.survey)
        observation = (
            surveys.get_observation(db, observation_id)
            if observation_id
            else surveys.Observation(survey_id=survey_id)
        )
        self.observation = observation
        self.round = QLabel(
            tr("{title} — {date}").format(
                title=self.survey.title, date=format_date(self.survey.survey_date)
            )
        )
        self.round.setObjectName("surveyRound")
        self.form.addRow(tr("Survey round"), self.round)
        picker = QWidget()
        row = QHBoxLayout(picker)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find a household (name, code, phone)"))
        self.household = Combo()
        row.addWidget(self.search, 1)
        row.addWidget(self.household, 2)
        self.add_field("household_id", tr("Household"), picker)
        self.watch(self.household)
        if observation_id:
            self.search.setEnabled(False)
            self.household.addItem(
                households.label(db, observation.household_id), observation.household_id
            )
        else:
            # a search over 100,000 households takes a moment: wait for a pause in typing
            self._debounce = QTimer(self)
            self._debounce.setSingleShot(True)
            self._debounce.setInterval(200)
            self._debounce.timeout.connect(lambda: self._find(self.search.text()))
            self.search.textChanged.connect(self._debounce.start)
            self._find("")
        self.members = self.add_field("members", tr("Members"), NumberLine(observation.members))
        self.income = self.add_field(
            "income_per_month",
            tr("Income per person per month (đồng)"),
            NumberLine(observation.income_per_month, "1.500.000"),
        )
        self.deprivations = self.add_field(
            "deprivations",
            tr("Lacking indicators"),
            CheckList(
                [(code, name) for code, name, _dim in reference.poverty_indicators(self.standard)],
                observation.deprivations,
            ),
        )
        for box in self.deprivations.boxes.values():
            self.watch(box)
            box.toggled.connect(self.update_class)
        self.income.textChanged.connect(self.update_class)
        self.result = QLabel()
        self.result.setObjectName("classification")
        self.form.addRow(tr("Classification"), self.result)
        self.notes = self.add_field("notes", tr("Notes"), text_edit(observation.notes or "", 44))
        self.resize(820, self.sizeHint().height())
        self.update_class()
        self.mark_clean()

    def done(self, result: int) -> None:
        debounce = getattr(self, "_debounce", None)
        if debounce is not None:
            debounce.stop()  # a closed dialog searches no more
        super().done(result)

    def _find(self, text: str) -> None:
        self.household.clear()
        for hid, label in surveys.find_households(
            self.context.db, self.context.commune_code, text, 30
        ):
            self.household.addItem(label, hid)

    def update_class(self, *_: object) -> None:
        """Show the class the household would get, by the standard in force for the round."""
        text = self.income.text().strip()
        try:
            income = int(parse_number(text)) if text else None
        except ValueError:
            self.result.setText(tr("Enter the income as a number to see the classification."))
            return
        code = poverty.classify(self.standard, income, self.deprivations.checked())
        self.result.setText(f"<b>{households.status_label(code)}</b>")

    def save_record(self) -> str:
        observation = surveys.Observation(
            id=self.observation.id,
            survey_id=self.survey.id or "",
            household_id=self.household.currentData() or "",
            income_per_month=self.income.value(),  # type: ignore[arg-type]
            deprivations=self.deprivations.checked(),
            members=self.members.value(),  # type: ignore[arg-type]
            notes=self.notes.toPlainText(),
        )
        observation_id = surveys.save_observation(self.context.db, observation)
        self.context.notify("survey_observation")
        self.context.notify("household_year")
        return observation_id
